# A comparison dunder that is a descriptor whose binding raises (a
# property whose getter fails) counts as missing: NotImplemented, then
# the reflected method, then identity. Other operators keep the error.


def booh(self):
    raise AttributeError("booh")


def boom(self):
    raise ValueError("boom")


class E:
    __eq__ = property(booh)


class V:
    __eq__ = property(boom)
    __lt__ = property(boom)
    __ne__ = property(boom)


class Answer:
    def __eq__(self, other):
        return "Answer.__eq__"

    def __gt__(self, other):
        return "Answer.__gt__"


class GoodProp:
    @property
    def __eq__(self):
        return lambda other: "bound through the property"


class Add:
    __add__ = property(booh)
    __bool__ = property(boom)
    __len__ = property(booh)


e = E()
cases = [
    lambda: E() == E(),
    lambda: e == e,
    lambda: E() != E(),
    lambda: e != e,
    lambda: e == 1,
    lambda: 1 == e,
    lambda: V() == V(),
    lambda: V() != V(),
    lambda: V() < V(),
    lambda: V() < Answer(),
    lambda: V() == Answer(),
    lambda: Answer() == V(),
    lambda: e in [E()],
    lambda: e in [e],
    lambda: [e] == [E()],
    lambda: (e,) == (e,),
    lambda: {1: e} == {1: E()},
    lambda: GoodProp() == 3,
    lambda: Add() + 1,
    lambda: bool(Add()),
    lambda: len(Add()),
    lambda: E().__eq__,
    lambda: [E(), E()].count(e),
    lambda: [E(), e].count(e),
]
for f in cases:
    try:
        print(f())
    except Exception as x:
        print(type(x).__name__, x)


# __init__ is bound through its descriptor too (a failing getter raises).
class I:
    __init__ = property(booh)


class J:
    @property
    def __init__(self):
        return lambda *a, **k: print("init via property", a, k)


class K(list):
    __init__ = property(booh)


class S:
    __init__ = staticmethod(lambda *a: print("static", len(a)))


class C:
    __init__ = classmethod(lambda cls, *a: print("classmethod", cls.__name__, a))


print("-- __init__ through its descriptor")
for f in [lambda: I(), lambda: J(1, x=2), lambda: K(), lambda: S(1), lambda: C(5)]:
    try:
        print(type(f()).__name__)
    except Exception as x:
        print(type(x).__name__, x)
