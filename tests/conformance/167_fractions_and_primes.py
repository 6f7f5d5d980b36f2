# numbers: a Fraction class with operator overloading and hashing, a prime sieve, gcd, big-integer arithmetic
from math import gcd


class Fraction:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        g = gcd(num, den)
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g

    def __add__(self, other):
        other = as_fraction(other)
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __sub__(self, other):
        other = as_fraction(other)
        return Fraction(self.num * other.den - other.num * self.den, self.den * other.den)

    def __mul__(self, other):
        other = as_fraction(other)
        return Fraction(self.num * other.num, self.den * other.den)

    def __truediv__(self, other):
        other = as_fraction(other)
        return Fraction(self.num * other.den, self.den * other.num)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __eq__(self, other):
        other = as_fraction(other)
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        other = as_fraction(other)
        return self.num * other.den < other.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


def as_fraction(x):
    return x if isinstance(x, Fraction) else Fraction(x)


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, f in enumerate(flags) if f]


h = sum(Fraction(1, k) for k in range(1, 11))
print(h, repr(h), float(h), Fraction(2) < h, -h < 0)
print(Fraction(6, -4), Fraction(3, 4) * 2 - Fraction(1, 2), Fraction(1, 3) / Fraction(2, 9))
print(sorted([Fraction(1, 2), Fraction(1, 3), Fraction(2, 3), Fraction(1)]), len({Fraction(2, 4), Fraction(1, 2)}))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
primes = sieve(200)
print(len(primes), primes[:10], primes[-3:], sum(primes))
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print(len(twins), twins[-3:])
fact = 1
for k in range(1, 31):
    fact *= k
print(fact, len(str(fact)), fact % 1000003, 2 ** 127 - 1 in set(primes), pow(3, 200, 1000000007))
print(gcd(2 ** 64, 6 ** 30), (2 ** 100) // (3 ** 40), -(2 ** 70) // 7, divmod(-(10 ** 20), 7))
