# obj.__class__ = C: allowed between classes with the same layout, with
# CPython's TypeErrors elsewhere.


class A:
    kind = "A"

    def f(self):
        return "A.f"


class B:
    kind = "B"

    def f(self):
        return "B.f"


a = A()
a.x = 1
a.__class__ = B
print(type(a).__name__, a.f(), a.kind, a.x, isinstance(a, B), isinstance(a, A))
print(a.__class__ is B, type(a) is B)
a.__class__ = A
print(type(a).__name__, a.f())


def attempt(obj, cls):
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print(type(e).__name__, e)


for bad in (1, "x", None, [A]):
    attempt(a, bad)
attempt(a, int)
attempt(a, object)
attempt(1, bool)
attempt(object(), A)
attempt([], A)
attempt("s", A)


class L(list):
    pass


class L2(list):
    pass


attempt(a, L)
l = L([1, 2])
attempt(l, L2)
print(l, len(l))
attempt(l, A)

# __slots__: the same names (in any order) on the same base.
class G:
    __slots__ = ["a", "b"]


class H:
    __slots__ = ["b", "a"]


class K:
    __slots__ = ["a", "b", "d"]


class M(G):
    __slots__ = ["e"]


class N(H):
    __slots__ = ["e"]


g = G()
g.a = 5
attempt(g, H)
print(g.a)
attempt(g, K)
attempt(M(), N)
attempt(g, A)

# A class with a dict and one with only slots.
class P:
    __slots__ = ["__dict__"]


class Q:
    __slots__ = ["__dict__", "__weakref__"]


attempt(P(), Q)
attempt(Q(), A)
attempt(A(), Q)

try:
    del a.__class__
except TypeError as e:
    print(type(e).__name__, e)

# Exceptions keep their state.
class E1(Exception):
    pass


class E2(Exception):
    pass


e = E1("m", 2)
e.__class__ = E2
print(repr(e), e.args, isinstance(e, E2))
attempt(e, A)
attempt(A(), E1)

# A class's own __setattr__ sees __class__ first.
class W:
    def __setattr__(self, name, value):
        print("setattr", name)
        object.__setattr__(self, name, value)


class W2(W):
    pass


w = W()
w.__class__ = W2
print(type(w).__name__)

# Switching in __del__, and many objects switching back and forth.
class O:
    pass


class D:
    def __del__(self):
        self.__class__ = O
        print("del", type(self).__name__)


d = D()
del d
objs = [A() for _ in range(5)]
for i, o in enumerate(objs):
    o.__class__ = B if i % 2 else A
print([type(o).__name__ for o in objs])
for o in objs:
    o.__class__ = A
print({type(o).__name__ for o in objs})

# The metaclass's class stays the class's type.
class Meta(type):
    pass


class X(metaclass=Meta):
    pass


class Y(metaclass=Meta):
    pass


x = X()
x.__class__ = Y
print(type(x).__name__, type(type(x)).__name__)
