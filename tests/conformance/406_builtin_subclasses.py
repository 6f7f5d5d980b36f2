# Subclasses of builtin types: __new__ on immutable ones, methods returning
# the base type, overridden dunders, extra attributes.


class S(str):
    def shout(self):
        return self.upper() + "!"


s = S("abc")
print(s, repr(s), type(s).__name__, s.shout(), len(s), s[1], s == "abc")
r = s + "d"
print(r, type(r).__name__, type(s.upper()).__name__, isinstance(s, str))
print(hash(s) == hash("abc"), {s: 1}["abc"], "b" in s, list(s))


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def __init__(self, value):
        self.original = value


u = Upper("hi")
print(u, u.original, type(u).__name__)


class I(int):
    def __new__(cls, value, unit="m"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj

    def __repr__(self):
        return f"I({int(self)}{self.unit})"


i = I(5, "s")
print(i, repr(i), i + 1, type(i + 1).__name__, i * 2, i.unit, i == 5, i < 7)
print(int.__new__(I, 3).__class__.__name__, isinstance(i, int), float(i), str(i))


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


p = Pair(1, 2)
print(p, p.first, len(p), type(p).__name__, p + (3,), type(p + (3,)).__name__)
a, b = p
print(a, b, p == (1, 2), tuple(p))


class L(list):
    def append(self, x):
        print("append", x)
        super().append(x * 10)


lst = L([1, 2])
lst.append(3)
print(lst, len(lst), type(lst).__name__, lst[2], sorted(lst, reverse=True))
lst.extend([4])
print(lst, type(lst[:2]).__name__)


class D(dict):
    def __missing__(self, key):
        return "missing " + str(key)

    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)


d = D(a=1)
d["b"] = 2
print(d["a"], d["zz"], d, len(d), sorted(d.keys()), type(d.copy()).__name__)


class FS(frozenset):
    def describe(self):
        return f"{len(self)} items"


fs = FS([1, 2, 2, 3])
print(sorted(fs), fs.describe(), type(fs).__name__, 2 in fs, isinstance(fs, frozenset))
print(type(fs | {4}).__name__, sorted(fs | {4}))


class ST(set):
    pass


st = ST([1, 2])
st.add(3)
print(sorted(st), type(st).__name__, len(st))


class B(bytes):
    pass


bb = B(b"xy")
print(bb, type(bb).__name__, bb[0], bb + b"z", type(bb + b"z").__name__)


class F(float):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


print(F(1.5), type(F(1.5)).__name__)


class MyError(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


try:
    raise MyError(42, "bad thing")
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)


class Bad(int):
    def __new__(cls):
        return "not an int"


print(Bad(), type(Bad()).__name__)
try:
    class NoBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
