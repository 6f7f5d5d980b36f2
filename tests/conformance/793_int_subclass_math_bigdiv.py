# math's integer functions take int subclasses and __index__ objects;
# dividing huge ints is correctly rounded; Fractions of int subclasses.
import fractions
import math


class MyInt(int):
    def __mul__(self, other):
        return type(self)(int(self) * int(other))

    def __floordiv__(self, other):
        return type(self)(int(self) // int(other))

    def __mod__(self, other):
        return type(self)(int(self) % int(other))

    @property
    def numerator(self):
        return type(self)(int(self))

    @property
    def denominator(self):
        return type(self)(1)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class BadIndex:
    def __index__(self):
        return "seven"


print(math.gcd(MyInt(12), MyInt(18)), math.gcd(Index(21), 14), math.lcm(MyInt(4), Index(6)))
print(math.factorial(MyInt(5)), math.isqrt(Index(50)), math.comb(MyInt(5), Index(2)), math.perm(Index(5), 2))
for bad in (1.5, "3", BadIndex(), [1]):
    try:
        math.gcd(bad, 3)
    except TypeError as e:
        print(type(e).__name__, e)

f = fractions.Fraction(MyInt(3), MyInt(6))
print(f, type(f.numerator).__name__, type(f.denominator).__name__, int(f), type(int(f)).__name__)

big_a = int("2" * 400 + "7")
big_b = int("3" * 400 + "1")
print(big_a / big_b, -big_a / big_b, float(fractions.Fraction(big_a, big_b)))
print(10 ** 400 / 3 ** 800, (2 ** 1100 + 1) / 2 ** 1090, 1 / 10 ** 400, -(10 ** 300) / 7)
print(2 ** 2000 // 3 / 2 ** 1990, (3 ** 700) / (3 ** 699), 0 / -(10 ** 400))
print((2 ** 54 + 1) / 2, (2 ** 53 + 1) / 1, (10 ** 20 + 1) / 10 ** 20, 123456789 ** 30 / 987654321 ** 29)
for num, den in ((10 ** 400, 3), (-(10 ** 400), 7)):
    try:
        print(num / den)
    except OverflowError as e:
        print(type(e).__name__, e)
