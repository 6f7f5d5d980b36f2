import math

values = [0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-7, 123456789.123, -0.0, 1e300 * 10, float("nan"), 5.0, 2.5e-5, 1e22, 1.5e16]
for v in values:
    print(repr(v), str(v), "%.3f" % v, "%g" % v, format(v, ".2e"))
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), round(0.1 + 0.2, 10) == 0.3)
print(round(2.675, 2), round(1.005, 2), round(0.5), round(1.5), round(-0.5), round(3.14159, 3), round(1234.5678, -2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), math.floor(2.5), math.ceil(2.1))
print(math.sqrt(2), math.pi, math.e, math.inf, -math.inf, math.isnan(float("nan")), math.isinf(1e308 * 10))
print(float("3.5"), float("-1e3"), float(" 7 "), float("inf"), float("-Infinity"), float(10 ** 20), float(True))
print(3.0.is_integer(), 3.5.is_integer(), (0.5).as_integer_ratio() if hasattr(0.5, "as_integer_ratio") else (1, 2))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, 2), 2.0 ** 3, 4 ** 0.5, (-8) ** (1 / 3) if False else "skip")
print(abs(-3.5), max(1.5, 2), min(0.1, -0.1), sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.log(math.e), math.log10(1000), math.log2(8), math.exp(0), math.sin(0), math.cos(0), round(math.atan2(1, 1), 6))
print(math.hypot(3, 4), math.degrees(math.pi), math.radians(180), math.gcd(12, 18), math.factorial(10))
for bad in ["abc", "", "1.2.3"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(float("nan") == float("nan"), float("inf") > 1e308, -0.0 == 0.0, 1e-320 > 0, 2.0 ** 1023 * 2 == math.inf)
print(sorted([3.5, -1.0, 2, 0.0]), 1.0 == 1, hash(1.0) == hash(1), {1.0: "a", 1: "b"})
