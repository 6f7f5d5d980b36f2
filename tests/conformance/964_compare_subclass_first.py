# A comparison asks the right operand first when its type is a subclass of
# the left one's (a builtin's subclass too, even without its own __eq__):
# that decides whose element __eq__ runs, which unittest.mock's ANY uses.


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("  eq called on", self.name)
        return NotImplemented if self.name == "shy" else self.name == getattr(other, "name", None)

    __hash__ = object.__hash__


class PlainList(list):
    pass


class OwnEq(list):
    def __eq__(self, other):
        print("  OwnEq.__eq__")
        return list.__eq__(self, other)

    __hash__ = None


print([Loud("a")] == PlainList([Loud("b")]))
print(PlainList([Loud("c")]) == [Loud("d")])
print([Loud("e")] != PlainList([Loud("f")]))
print([Loud("g")] == OwnEq([Loud("h")]))
print(OwnEq([1]) == [1], [1] == OwnEq([1]))
print((Loud("i"),) == (Loud("j"),))


class PlainTuple(tuple):
    pass


print((Loud("k"),) == PlainTuple((Loud("l"),)))
print([1, 2] < PlainList([1, 3]), PlainList([1, 3]) > [1, 2])


class Base:
    def __eq__(self, other):
        print("  Base.__eq__")
        return NotImplemented

    __hash__ = object.__hash__


class Derived(Base):
    def __eq__(self, other):
        print("  Derived.__eq__")
        return True

    __hash__ = object.__hash__


print(Base() == Derived(), Derived() == Base())
from unittest.mock import ANY, call


class Grumpy:
    def __eq__(self, other):
        return False

    __hash__ = object.__hash__


g = Grumpy()
recorded = PlainList([call(g)])
print([call(ANY)] == recorded, recorded == [call(ANY)])
