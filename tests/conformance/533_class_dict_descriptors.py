# The `__dict__` of a class shows the `__dict__`/`__weakref__` getset
# descriptors of the class that adds them, and the member descriptors
# of its __slots__.


class A:
    "doc"

    def m(self):
        pass


class B(A):
    pass


class E(Exception):
    pass


class L(list):
    pass


class I(int):
    pass


class S(str):
    pass


class Sl:
    __slots__ = ("a", "__weakref__")


class Sl2:
    __slots__ = ("a", "__dict__")


class Sl3(Sl2):
    pass


class Sl4(Sl):
    __slots__ = ("b",)


for k in (A, B, E, L, I, S, Sl, Sl2, Sl3, Sl4):
    print(k.__name__, list(k.__dict__))

X = type("X", (), {})
print(list(X.__dict__))

d = A.__dict__["__dict__"]
w = A.__dict__["__weakref__"]
print(type(d).__name__, d, w)
print(d.__name__, d.__objclass__ is A, w.__objclass__ is A)
a = A()
a.v = 1
print(d.__get__(a), w.__get__(a), d.__get__(None, A) is d)
try:
    d.__get__(1)
except TypeError as e:
    print(type(e).__name__, e)

m = Sl.__dict__["a"]
print(type(m).__name__, m, m.__name__, m.__objclass__ is Sl)
s = Sl()
m.__set__(s, 5)
print(m.__get__(s, Sl), s.a)
m.__delete__(s)
try:
    s.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    m.__set__(A(), 1)
except TypeError as e:
    print(type(e).__name__, e)
print(len(A.__dict__.values()), sorted(A.__dict__.keys()))
