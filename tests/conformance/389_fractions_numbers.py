# fractions.Fraction (construction from ints, strings, floats; exact
# arithmetic, mixed with int/float; comparisons, hashing like int/float,
# rounding, limit_denominator) and the numbers tower.
import fractions
import numbers
from math import floor, ceil, trunc
F = fractions.Fraction
print(F(3, 4), repr(F(6, -8)), F("3/4"), F(" -1.25 "), F("1e-3"), F("2_0/3_0"), F(5), F(F(1, 3)), F(0.75), F(0.1), F(-0))
for bad in ["1/", "x", "1.2.3", "/2", "1__0", ""]:
    try: F(bad)
    except ValueError as e: print("ValueError", e)
try: F(1, 0)
except ZeroDivisionError as e: print("ZeroDivisionError", e)
try: F(1.5, 2)
except TypeError as e: print("TypeError", e)
try: F([1])
except TypeError as e: print("TypeError", e)
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(F(-2, 3)), a ** 2, a ** -2, F(-2, 3) ** -3, 4 ** F(1, 2), F(4) ** F(1, 2))
print(a + 1, 1 + a, a * 2, 2 / a, a + 0.5, 0.5 + a, a == F(2, 6), a == 1, F(2) == 2, F(1, 2) == 0.5, a < b, a > 0.3, a <= F(1, 3), 1 < a)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)) == hash(-1), float(a), int(F(-7, 2)), floor(F(-7, 2)), ceil(F(-7, 2)), trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 2), round(F(1234), -2))
print(F(3.141592653589793).limit_denominator(1000), F(1, 3).limit_denominator(2), F(0.1).limit_denominator(), a.as_integer_ratio(), a.numerator, a.denominator, bool(F(0)), F.from_float(0.25), F.from_float(3))
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Real), isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1.5, numbers.Rational), isinstance(True, numbers.Number), issubclass(int, numbers.Complex))
print(sum([F(1, n) for n in range(1, 6)]), sorted([F(1, 2), F(1, 3), 0.4]), max(F(7, 3), 2), str(F(10, 5)), format(F(1, 3)), "%s" % F(2, 3))
try: F.from_float("x")
except TypeError as e: print("TypeError", e)
try: a.limit_denominator(0)
except ValueError as e: print("ValueError", e)
class Sub(F): pass
print(repr(Sub(1, 2)), type(Sub(1, 2) + 1).__name__)
