# Private name mangling: attributes, bare names, methods, nested classes.


class Account:
    __rate = 5
    _rate = 1

    def __init__(self, owner):
        self.__owner = owner
        self.__balance = 0

    def deposit(self, n):
        self.__balance += n
        return self.__balance

    def __secret(self):
        return "secret of " + self.__owner

    def reveal(self):
        return self.__secret()

    def rate(self):
        return self.__rate, Account.__rate, self._rate


a = Account("ann")
print(a.deposit(10), a.deposit(5))
print(a.reveal())
print(a.rate())
print(sorted(k for k in vars(a)))
print(sorted(k for k in Account.__dict__ if "secret" in k or "rate" in k))
print(a._Account__balance, a._Account__owner)
for name in ("__balance", "__secret", "__rate"):
    try:
        getattr(a, name)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(a, "_Account__secret"), getattr(a, "_Account__secret")())

# The function keeps its own name; only the binding is mangled.
f = Account.__dict__["_Account__secret"]
print(f.__name__, f.__qualname__)


# Dunder names, single underscores and `__` alone are never mangled.
class D:
    __x__ = "dunder"
    __ = "two"
    ___ = "three"
    _x = "one"
    ____y = "four+"

    def names(self):
        return self.__x__, self.__, self.___, self._x, self.____y


print(D().names())
print(sorted(k for k in D.__dict__ if k.strip("_") in ("x", "y", "")))


# Leading underscores of the class name are stripped.
class _Under:
    def __init__(self):
        self.__v = 1


class __Dunder:
    def __init__(self):
        self.__v = 2


class Tail_:
    def __init__(self):
        self.__v = 3


print(vars(_Under()), vars(__Dunder()), vars(Tail_()))


# A class named only with underscores mangles nothing.
class ___:
    def __init__(self):
        self.__v = 4


class _:
    __w = 5


print(vars(___()), "__w" in _.__dict__)


# Nested classes mangle with their own name; the binding of a nested
# private class name uses the outer one.
class Outer:
    __a = "outer a"

    class __Inner:
        __a = "inner a"

        def get(self):
            return self.__a

    class Plain:
        def get(self, o):
            return o.__a

    def make(self):
        return self.__Inner()


print(Outer().make().get())
print(sorted(k for k in Outer.__dict__ if "Inner" in k or k.endswith("__a")))
print(sorted(k for k in Outer._Outer__Inner.__dict__ if k.endswith("__a")))
print(Outer._Outer__Inner.__name__, Outer._Outer__Inner.__qualname__)
try:
    Outer.Plain().get(Outer())
except AttributeError as e:
    print(type(e).__name__, e)


class Lookup:
    def get(self, o):
        return o._Outer__a


print(Lookup().get(Outer()))


# Subclasses see their own mangled names: no clash.
class Base:
    def __init__(self):
        self.__x = "base"

    def base_x(self):
        return self.__x


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.__x = "derived"

    def derived_x(self):
        return self.__x


d = Derived()
print(d.base_x(), d.derived_x(), sorted(vars(d)))

# Outside any class, nothing is mangled.
__top = "top"
print(__top, globals()["__top"])


def free():
    __local = 1
    return list(locals())


print(free())
