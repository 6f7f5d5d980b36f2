def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


for n in [0, 1, 7, 255, 1023, 2 ** 40 + 1, 12345]:
    print(n, bin(n), popcount(n), bin(n).count("1"), n.bit_length(), n & -n if n else 0)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC), flags ^ EXEC, flags & ~READ)
print([i for i in range(16) if i & (i - 1) == 0], 1 << 62, (1 << 64) - 1, -1 >> 10, -8 >> 1, ~0, ~255)
x, y = 12, 25
x ^= y
y ^= x
x ^= y
print(x, y)
mask = 0b10101010
print(format(mask, "08b"), format(mask >> 1, "08b"), format(~mask & 0xFF, "08b"), format(mask << 3, "b"))
subsets = [[c for i, c in enumerate("abc") if m >> i & 1] for m in range(8)]
print(subsets)
gray = [i ^ (i >> 1) for i in range(8)]
print(gray, [format(g, "03b") for g in gray])
print(int("11110000", 2) & int("10101010", 2), 0xF0 | 0x0F, 0xFF ^ 0x0F, hex(0xDEAD_BEEF), 0o777 & 0o070)
big = (1 << 200) | 1
print(big.bit_length(), big & 0xFF, big >> 195, popcount(big), (big ^ 1) == 1 << 200)
