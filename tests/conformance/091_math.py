# the math module: constants and common functions
import math

print(math.pi, math.e, math.inf, math.tau)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.floor(3.7), math.ceil(3.2))
print(math.gcd(12, 18), math.factorial(20), math.isqrt(99), math.fabs(-3))
print(math.pow(2, 10), math.exp(0), math.log(1), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), math.isnan(float("nan")), math.isinf(-math.inf))
print(math.isclose(0.1 + 0.2, 0.3), math.trunc(-3.7), math.hypot(3, 4), math.copysign(1, -0.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.comb(5, 2), math.perm(5, 2))
print(type(math.floor(2.5)).__name__, math.floor(-0.5), math.ceil(10 ** 20 + 0.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
