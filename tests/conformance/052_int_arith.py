# integer arithmetic: + - * / // % ** with negative operands, divmod, pow with modulus, bit operations
print(7 + 3, 7 - 10, 6 * -7)
print(7 / 2, -7 / 2, 6 / 3, 1 / 8)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 0 ** 0)
print(pow(3, 4), pow(3, 4, 5), pow(2, 10, 1000), pow(-3, 3, 7))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3, -16 >> 2, -1 & 0xFF)
print(abs(-5), abs(5), -(-5), +5)
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x %= 3
x **= 3
print(x)
y = 17
y <<= 2
y |= 1
y &= 0b111111
y ^= 5
y >>= 1
print(y)
print(10 // 3 * 3 + 10 % 3, 2 + 3 * 4 ** 2 // 5 - 1)
print(1_000_000 + 0x10 + 0o10 + 0b10)
print(type(7 // 2).__name__, type(7 / 7).__name__, type(2 ** -1).__name__)
print(round(7 / 2), round(5 / 2), round(-2.5), round(1234, -2), round(1250, -2))
print(True + True, True * 10, False - 1)
