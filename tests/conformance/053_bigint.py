# arbitrary-precision integers: powers, factorials, signs, floor division and modulo, bit ops, conversions
import math

print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)), math.factorial(50) == f)
big = 3 ** 80
print(big // 7, big % 7)
print(-big // 7, -big % 7)
print(big // -1000000007, big % -1000000007)
print(divmod(-(10 ** 30), 7))
print((2 ** 100) * (3 ** 50) - 1)
print((10 ** 40 + 1) // (10 ** 20), (10 ** 40) // -(10 ** 20 + 1))
print(2 ** 100 > 2 ** 99, -(2 ** 100) < 0, 2 ** 100 == 2 ** 100 + 0)
print(hex(2 ** 70), bin(2 ** 65 + 1), oct(8 ** 25), hex(-(2 ** 65)))
print(int("123456789012345678901234567890") * 3)
print(int("-" + "9" * 30) + 1)
print((2 ** 100) >> 90, 1 << 100, (2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1)
print(-(2 ** 70) & 0xFFFF, -(2 ** 70) >> 60, ~(2 ** 80), (2 ** 90) ^ (2 ** 89))
print(pow(7, 1000, 10 ** 9 + 7), pow(2, 200))
print(abs(-(2 ** 90)), float(2 ** 60), int(1e20), 2 ** 100 == float(2 ** 100))
print(str(2 ** 200)[:10], len(str(7 ** 300)))
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print((2 ** 63) * (2 ** 63), -(2 ** 63) // 3, (2 ** 64) % 10)
print(sum(2 ** i for i in range(70)), max(2 ** 70, 3 ** 44))
print(10 ** 25 / 10 ** 5, (2 ** 70) / 2)
