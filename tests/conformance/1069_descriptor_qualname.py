# Member and getset descriptors have a __qualname__ (their class's, a dot,
# their name), and type's __qualname__/__name__ are data descriptors: a
# `__qualname__` slot does not hide the class's own, with or without a
# metaclass.
for d in [str.lower, complex.real, float.real, int.__add__, int.real]:
    print(type(d).__name__, d.__qualname__, d.__objclass__.__qualname__ + "." + d.__name__)


class Outer:
    class Inner:
        __slots__ = ["a", "b"]


print(Outer.Inner.a.__qualname__, Outer.Inner.__dict__["b"].__qualname__)


class Meta(type):
    pass


for meta in (type, Meta):

    class Q(metaclass=meta):
        __slots__ = ["__qualname__", "__name__"]

    print(Q.__qualname__.rpartition(".")[2], Q.__name__, type(Q.__dict__["__qualname__"]).__name__)
    q = Q()
    print(hasattr(q, "__qualname__"))
    q.__qualname__ = "q"
    q.__name__ = "n"
    print(q.__qualname__, q.__name__, Q.__qualname__.rpartition(".")[2], Q.__name__)
