# math.fsum (exact, with infinities and NaNs), nextafter/ulp, __float__
# arguments; type.__base__; __slots__ given as a dict; the utf-8-sig
# codec; json's int digit limit following sys.set_int_max_str_digits;
# statistics.fmean weights and NormalDist.inv_cdf.
import json
import math
import statistics
import sys
from fractions import Fraction

print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 1e-16, 1e-16]), math.fsum([2.0 ** 53, 1.0, 1.0]), math.fsum([]), math.fsum(iter([1, 2.5])))
print(math.fsum([10, float("inf")]), math.fsum([float("-inf"), 1]), math.fsum([float("nan"), float("inf")]))
for bad in ([float("inf"), float("-inf")], [1e308, 1e308], ["x"]):
    try:
        print(math.fsum(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.sqrt(Fraction(9, 4)), math.fsum([Fraction(1, 3)] * 3), math.exp(Fraction(0)), math.floor(Fraction(7, 2)))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(5.0, 5.0))
print(math.ulp(1.0), math.ulp(-2.0), math.ulp(0.0), math.ulp(float("inf")), math.ulp(1e308), math.lcm(4, 6, 10), math.lcm())


class MyError(ValueError):
    pass


class Both(MyError, KeyError):
    pass


print(MyError.__base__, Both.__base__, int.__base__, bool.__base__, object.__base__)


class Slotted:
    __slots__ = {"_mu": "the mean", "_sigma": "the spread"}

    def __init__(self):
        self._mu = 1


s = Slotted()
print(tuple(s.__slots__), s._mu)
for action in (lambda: vars(s), lambda: setattr(s, "other", 1)):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

data = "héllo".encode("utf-8-sig")
print(data, data.decode("utf-8-sig"), "x".encode("utf_8_sig"), b"plain".decode("utf-8-sig"))
print(json.loads(data.decode("utf-8-sig").join('""')))

old = sys.get_int_max_str_digits()
sys.set_int_max_str_digits(5000)
print(len(str(json.loads("1" * 5000))))
try:
    json.loads("1" * 5001)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps(10 ** 5001)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(old)

print(statistics.fmean([10, 10, 20], [0.25, 0.25, 0.5]), statistics.fmean(iter([1, 2]), iter([3, 1])))
print(statistics.fmean([10, float("inf")]), statistics.fmean([1.5, 2.5]))
try:
    statistics.fmean([10, 20], [-1, 1])
except statistics.StatisticsError as e:
    print(type(e).__name__, e)
nd = statistics.NormalDist()
print([round(nd.inv_cdf(p), 9) for p in (0.0005, 0.01, 0.3, 0.5, 0.975, 0.9995, 1e-10)])

# numeric hashes follow sys.hash_info
m = sys.hash_info.modulus
print(m == 2 ** 61 - 1, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag, sys.hash_info.width)
print(hash(m) == 0, hash(m + 5) == 5, hash(float("inf")) == sys.hash_info.inf, hash(-m - 1) == -1 or hash(-m - 1) == -2)
print(hash(Fraction(1, 3)) == pow(3, -1, m), hash(Fraction(-5, 7)) == -(5 * pow(7, -1, m) % m), hash(complex(0, 1)) == sys.hash_info.imag)
