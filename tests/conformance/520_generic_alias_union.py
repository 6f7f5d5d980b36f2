import types, typing
print(list[int], dict[str, list[int]], tuple[()], tuple[int, ...], type[int])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, type(a), type(a).__name__, type(a).__module__)
print(a == list[int], a == list[str], hash(a) == hash(list[int]))
print(a(), a([1, 2]), a.__name__, a.__qualname__, a.__module__)
class L(list[int]): pass
print(L.__mro__, L.__orig_bases__)
try: isinstance([], list[int])
except TypeError as e: print("TypeError", e)
try: int[str]
except TypeError as e: print("TypeError", e)
u = int | str
print(u, type(u), type(u).__name__, u.__args__)
print(int | None, None | int, int | str | int, int | int)
print(isinstance(1, int | str), isinstance(1.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str))
print((int | str) == (str | int), hash(int | str) == hash(str | int))
print(list[int] | None, int | list[str])
try: isinstance(1, int | list[int])
except TypeError as e: print("TypeError", e)
try: int | "str"
except TypeError as e: print("TypeError", e)
T = typing.TypeVar("T")
d = dict[str, T]
print(d, d.__parameters__, d[int])
print(isinstance(u, types.UnionType), isinstance(a, types.GenericAlias))
print(typing.get_args(int | str), typing.get_origin(int | str), typing.get_origin(list[int]), typing.get_args(dict[str, int]))
print(typing.Union[int, str] == (int | str))
def f(x: int | None, y: list[int]) -> dict[str, int]: pass
print(typing.get_type_hints(f))
import collections
print(collections.deque[int], collections.defaultdict[str, int])
print(repr(list[int]).upper(), list[int].__class__)
print(*tuple[int, str])
try: list[int][str]
except TypeError as e: print("TypeError", e)
class M(type):
    def __or__(s, o): return "M-or"
    def __ror__(s, o): return "M-ror"
class A(metaclass=M): pass
print(A | int, int | A)
for a, b in [(None, None), (1, int), (int, 1), ("x", str)]:
    try:
        print(a | b)
    except TypeError as e:
        print("TypeError", e)
