# int's, float's and complex's data attributes are descriptors in their
# classes' __dict__ (getset_descriptor; complex's are member_descriptor).

for cls, names in [
    (int, ["real", "imag", "numerator", "denominator"]),
    (float, ["real", "imag"]),
    (complex, ["real", "imag"]),
    (bool, ["real", "imag", "numerator", "denominator"]),
]:
    for n in names:
        d = getattr(cls, n)
        print(cls.__name__, n, type(d).__name__, repr(d), d.__name__,
              d.__objclass__.__name__, n in cls.__dict__, n in dir(cls))

print(int.real.__get__(5), int.imag.__get__(5), int.numerator.__get__(True),
      int.denominator.__get__(2**70), int.real.__get__(-2**70))
print(float.real.__get__(2.5), float.imag.__get__(2.5))
print(complex.real.__get__(1 + 2j), complex.imag.__get__(1 + 2j))
print(int.real.__get__(None, int) is int.real, complex.imag.__get__(None, complex) is complex.imag)
print(type(int.__dict__["real"]).__name__, type(int.numerator.__get__(7)).__name__)


class I(int):
    pass


class F(float):
    pass


class Z(complex):
    pass


print(int.real.__get__(I(7)), I(7).real, type(I(7).real).__name__, I(3).numerator, I(3).denominator)
print(F(1.5).imag, F(1.5).real, type(F(1.5).real).__name__, Z(3j).imag, Z(3j).real, complex.imag.__get__(Z(2j)))
print(float.real.__get__(F(2.0)), type(float.real.__get__(F(2.0))).__name__)

cases = [
    lambda: int.real.__get__(1.5),
    lambda: float.real.__get__(5),
    lambda: complex.imag.__get__(1.0),
    lambda: complex.real.__get__(5),
    lambda: int.real.__set__(5, 3),
    lambda: int.real.__delete__(5),
    lambda: float.imag.__set__(1.0, 3),
    lambda: complex.real.__set__(1j, 2),
    lambda: complex.real.__delete__(1j),
    lambda: (5).__setattr__("real", 1),
    lambda: setattr(5, "real", 2),
    lambda: setattr(True, "numerator", 2),
    lambda: setattr(1.5, "imag", 2),
    lambda: setattr(1j, "real", 2),
    lambda: delattr(5, "real"),
    lambda: delattr(1j, "imag"),
    lambda: (1.5).numerator,
    lambda: (1j).numerator,
    lambda: setattr(1.5, "numerator", 1),
    lambda: int.real.__get__(),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print((5).real, (5).imag, True.real, type(True.real).__name__, (2**80).real, (2**80).numerator, (-3).denominator)
print((1.5).real, (1.5).imag, (1 + 2j).real, (1 + 2j).imag, getattr(5, "imag"), hasattr(5.0, "numerator"))
print(object.__getattribute__(5, "real"), object.__getattribute__(3j, "imag"), object.__getattribute__(I(4), "imag"))
print("real" in dir(5), "imag" in dir(1.0), "real" in dir(1j), "numerator" in dir(1.0), "denominator" in dir(True))
print(sorted(k for k in complex.__dict__ if not k.startswith("_")))
print(sorted(k for k in float.__dict__ if k in ("real", "imag")))
print([getattr(x, "real") for x in (1, 2.5, 3j, True, 2**65)])
total = 0
for i in range(1000):
    total += i.real + i.imag + i.numerator * i.denominator
print(total)
