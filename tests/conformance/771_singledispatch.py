# functools.singledispatch and singledispatchmethod: registration by class
# and by annotation, dispatch along the MRO and through ABCs, errors.
import collections.abc as c
import functools
from functools import singledispatch, singledispatchmethod


@singledispatch
def show(obj):
    return "object"


@show.register(int)
def _(obj):
    return "int"


@show.register
def _(obj: str):
    return "str"


show.register(list, lambda obj: "list")


class MyInt(int):
    pass


for value in [1, MyInt(2), "s", [1], (1,), 1.5, True]:
    print(type(value).__name__, show(value))

print(show.dispatch(bool) is show.registry[int])
print(sorted(k.__name__ for k in show.registry))
print(show.__name__)


@singledispatch
def kind(obj):
    return "other"


kind.register(c.Mapping, lambda obj: "mapping")
kind.register(c.Sequence, lambda obj: "sequence")
kind.register(c.Sized, lambda obj: "sized")
print(kind({}), kind([]), kind("x"), kind({1}), kind(3))


class Both(c.Sized, c.Container):
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False


@singledispatch
def amb(obj):
    return "obj"


amb.register(c.Sized, lambda obj: "sized")
amb.register(c.Container, lambda obj: "container")
print(amb(Both()))


class Plain:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False


try:
    amb(Plain())
except RuntimeError as e:
    print("RuntimeError", e)

# Registration errors.
try:
    show.register(5)
except TypeError as e:
    print("TypeError", e)
try:
    @show.register
    def _(obj):
        pass
except TypeError as e:
    print("TypeError", str(e).split(":")[0])
try:
    show()
except TypeError as e:
    print("TypeError", e)

print(functools._c3_mro(bool) == [bool, int, object])
print([k.__name__ for k in functools._compose_mro(dict, [c.Sequence, c.MutableMapping, c.Mapping, c.Set])])


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "obj %r" % (arg,)

    @fmt.register
    def _(self, arg: int):
        return "int %d" % arg

    @fmt.register(list)
    def _(self, arg):
        return "list of %d" % len(arg)


f = Formatter()
print(f.fmt(3), f.fmt([1, 2]), f.fmt("x"))
try:
    singledispatchmethod(5)
except TypeError as e:
    print("TypeError", e)
