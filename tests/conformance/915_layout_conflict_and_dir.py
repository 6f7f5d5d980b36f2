# Bases whose instances would be different builtin values conflict;
# exception classes and plain classes combine freely. A class's __dict__
# cannot be replaced. dir() of a module (and of a module subclass's
# instance) lists the module's dict only.
import types


class X(ValueError, KeyError):
    pass


class Z(OSError, ValueError):
    pass


class L(list):
    pass


class P:
    pass


print(X.__mro__[1].__name__, Z.__mro__[1].__name__)
cases = [
    (int, str),
    (int, Exception),
    (L, dict),
    (types.ModuleType, str),
    (list, dict),
    (dict, object),
    (P, dict),
    (L, P, list),
    (bytes, tuple),
    (float, complex),
]
for bases in cases:
    names = [b.__name__ for b in bases]
    try:
        type("Q", bases, {})
        print("ok", names)
    except TypeError as e:
        print(names, "TypeError", e)


class Meta(type):
    pass


try:
    Meta("Q", (int, str), {})
except TypeError as e:
    print("Meta TypeError", e)
try:

    class Y(L, dict):
        pass

except TypeError as e:
    print("class statement TypeError", e)


class C:
    pass


class D(metaclass=Meta):
    pass


for target in (C, D):
    for f in (lambda: setattr(target, "__dict__", {}), lambda: delattr(target, "__dict__")):
        try:
            f()
        except AttributeError as e:
            print("AttributeError", e)

print(dir(types.ModuleType("q")))


class MS(types.ModuleType):
    a = 1

    def method(self):
        pass


m = MS("ms")
m.b = 2
print(dir(m))
