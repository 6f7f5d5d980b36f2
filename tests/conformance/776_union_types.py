# PEP 604 unions: int | str makes a types.UnionType that annotations,
# isinstance(), issubclass() and typing understand.
import types
import typing
from collections.abc import Sequence

u = int | str
print(u, type(u).__name__, type(u).__module__, type(u) is types.UnionType)
print(u.__args__, (int | None).__args__, None | int)
print(int | int, (int | str) | float, int | (str | float), str | int | str)
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str) == (int | float))
print(int | Sequence, Sequence | None)
for value in [1, "s", 1.5, None, True]:
    print(repr(value), isinstance(value, int | str), isinstance(value, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(typing.get_origin(int | str) is types.UnionType, typing.get_args(int | str | None))
try:
    types.UnionType()
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: int | 3, lambda: 3 | int, lambda: int | "str"]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


def f(x: int | None = None) -> list | tuple:
    return x


print(f.__annotations__)


class Point:
    x: int | float
    y: "int | None"


print(Point.__annotations__)
print(typing.get_type_hints(Point))
print(typing.Optional[int | str])
