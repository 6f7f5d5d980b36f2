print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, divmod(17, 5), divmod(-17, 5))
print(2 ** 10, 2 ** 100, (-2) ** 3, 2 ** -2, 10 ** 0, 0 ** 0, pow(3, 4, 5), pow(2, 100, 1000))
print(abs(-5), -(-5), +5, ~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, 1 << 10, 1024 >> 3, -16 >> 2)
big = 2 ** 200
print(big, big // 3, big % 1000007, -big, big.bit_length(), len(str(big)))
print(factorial := 1)
for i in range(1, 31):
    factorial *= i
print(factorial, factorial % (10 ** 9 + 7), str(factorial)[:10])
print(int("42"), int("-17"), int("  8  "), int("0x1f", 16), int("ff", 16), int("0b101", 0), int("777", 8), int("z", 36))
print(int(3.99), int(-3.99), int(True), int("1_000_000"), round(2.5), round(3.5), round(-2.5), round(17, -1), round(15, -1))
print(hex(255), oct(8), bin(10), hex(-255), bin(0), format(255, "x"), format(255, "08b"), format(1234567, ","))
print(10 / 4, 10 / 5, type(10 / 5).__name__, 1e3, 2 ** 0.5, 10 ** -2)
print(max(3, 7, -1), min([4, 2, 8]), sum(range(101)), sum([], 10))
print(True + True, True * 10, False - 1, isinstance(True, int), bool(0), bool(-1))
for bad in ["12a", "", "1.5", " ", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for a, b in [(1, 0), (5, 0)]:
    try:
        a // b
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
print((12345678901234567890).bit_length(), 2 ** 64 - 1, (2 ** 64) // (2 ** 32), -(2 ** 63), hash(2 ** 61 - 1))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 20 > 1e19)
print(int.from_bytes(b"\x01\x00", "big") if hasattr(int, "from_bytes") else 256, (255).to_bytes(2, "big") if hasattr(int, "to_bytes") else b"\x00\xff")
