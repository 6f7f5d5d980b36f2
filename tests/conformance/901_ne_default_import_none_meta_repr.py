# object.__ne__ inverts the type's __eq__; None in sys.modules blocks an
# import; a metaclass __repr__ may call type.__repr__ through super().
import sys


class A:
    def __eq__(self, other):
        return other == 1


class B:
    pass


a, b = A(), B()
print(a != 1, a != 2, object.__ne__(a, 1), object.__ne__(a, 2))
print(object.__ne__(b, b), object.__ne__(b, 1), b != b, b != 1)


class E:
    def __eq__(self, other):
        return NotImplemented


print(object.__ne__(E(), 1), E() != 1)

sys.modules["no_such_module_here"] = None
for stmt in ("import no_such_module_here", "from no_such_module_here import x"):
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
del sys.modules["no_such_module_here"]


class Meta(type):
    def __repr__(cls):
        return "Meta:" + super().__repr__()

    def __str__(cls):
        return "str:" + type.__repr__(cls)


class C(metaclass=Meta):
    pass


class D(C):
    pass


print(repr(C), repr(D), str(D), type.__repr__(int))
print([C, D])
