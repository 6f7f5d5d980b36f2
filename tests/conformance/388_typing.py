# typing: reprs and equality of hints, Union flattening, generics with
# substitution, Protocol/runtime_checkable, NamedTuple, TypedDict, NewType,
# overload, get_type_hints/get_origin/get_args, ParamSpec, the errors.
import typing
t = typing
T = t.TypeVar("T")
K = t.TypeVar("K")
V = t.TypeVar("V")
T_co = t.TypeVar("T_co", covariant=True)
Num = t.TypeVar("Num", int, float)
print(repr(t.List[int]), repr(t.Dict[str, t.Any]), repr(t.Optional[int]), repr(t.Union[int, str, None]))
print(repr(t.Tuple[int, ...]), repr(t.Tuple[()]), repr(t.Tuple[int, str]), repr(t.Callable[[int, str], bool]), repr(t.Callable[..., int]), repr(t.Callable[[], None]))
print(repr(t.List), repr(t.Any), repr(T), repr(T_co), repr(Num), Num.__constraints__, repr(t.Literal[1, "a"]), repr(t.Annotated[int, "m"]))
print(repr(t.ClassVar[int]), repr(t.Final[int]), repr(t.Type[int]), repr(t.Iterable[T]), repr(t.Mapping[K, V]), repr(t.Mapping[K, V][str, int]))
print(t.Union[int, t.Union[str, int]], t.Union[int], t.Optional[t.Optional[int]], t.Union[int, str] == t.Union[str, int], hash(t.Union[int, str]) == hash(t.Union[str, int]))
print(t.List[int] == t.List[int], t.List[int] == t.List[str], isinstance([], t.List), issubclass(list, t.Sequence), isinstance({}, t.Mapping), isinstance(1, t.Union[int, str]))
print(t.get_origin(t.List[int]), t.get_origin(t.Union[int, str]), t.get_args(t.Optional[int]), t.get_args(t.Callable[[int], str]), t.get_args(t.Dict[str, int]), t.get_origin(int), t.get_args(int))
print(t.get_origin(t.Annotated[int, "x"]), t.get_args(t.Annotated[int, "x", 2]), t.get_origin(t.Literal[1]), t.get_args(t.Literal[1, 2]))

class Stack(t.Generic[T]):
    def __init__(self):
        self.items: t.List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
print(repr(Stack[int]), Stack.__parameters__, s.pop(), s.__orig_class__ == Stack[int], type(s).__name__, Stack.__mro__[1:])

class Pair(t.Generic[K, V]):
    pass
print(repr(Pair[str, int]), Pair[str, V].__parameters__, repr(Pair[str, V][int]))
try: Pair[int]
except TypeError as e: print("TypeError", e)
try: t.Generic[int]
except TypeError as e: print("TypeError", e)
try: t.List[int, str]
except TypeError as e: print("TypeError", e)
try: isinstance([], t.List[int])
except TypeError as e: print("TypeError", e)
try: isinstance(1, t.Any)
except TypeError as e: print("TypeError", e)
try: t.TypeVar("X", int)
except TypeError as e: print("TypeError", e)
try: t.Union[()]
except TypeError as e: print("TypeError", e)

@t.runtime_checkable
class Closer(t.Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer), issubclass(F, Closer))
class NotRuntime(t.Protocol):
    def x(self): ...
try: isinstance(1, NotRuntime)
except TypeError as e: print("TypeError", e)
try: NotRuntime()
except TypeError as e: print("TypeError", e)
print(isinstance(3, t.SupportsInt), isinstance("s", t.SupportsInt), isinstance(2.5, t.SupportsFloat))

class Point(t.NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), Point._fields, Point.__annotations__, Point._field_defaults, isinstance(p, tuple), Point(1))
P2 = t.NamedTuple("P2", [("a", int), ("b", str)])
print(P2(1, "x"), P2.__annotations__)
try:
    class BadNT(t.NamedTuple):
        x: int = 1
        y: int
except TypeError as e: print("TypeError", e)

class Movie(t.TypedDict):
    name: str
    year: int
m = Movie(name="Blade Runner", year=1982)
print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
class Partial(t.TypedDict, total=False):
    note: str
print(sorted(Partial.__optional_keys__), t.is_typeddict(Movie), t.is_typeddict(dict))
M2 = t.TypedDict("M2", {"a": int})
print(M2(a=1), M2.__annotations__)

UserId = t.NewType("UserId", int)
print(UserId(5), repr(UserId), UserId.__supertype__)
print(t.cast(int, "x"), t.TYPE_CHECKING, t.Text is str, repr(t.AnyStr))

@t.overload
def f(x: int) -> int: ...
@t.overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(2), len(t.get_overloads(f)))

def g(a: int, b: "str" = "x", c: t.Optional["int"] = None) -> t.List[int]:
    return []
print(t.get_type_hints(g))
class A:
    x: int
    y: "t.List[str]"
class B(A):
    z: t.ClassVar[int] = 1
print(t.get_type_hints(B))
def h(a: t.Annotated[int, "meta"]): pass
print(t.get_type_hints(h), t.get_type_hints(h, include_extras=True))
print(repr(t.ForwardRef("x")), t.ForwardRef("x") == t.ForwardRef("x"))
try: t.assert_never(1)
except AssertionError as e: print("AssertionError", e)
print(repr(t.Optional[t.List[int]]), repr(t.Union[t.List[int], None, str]), repr(t.Dict[str, t.Callable[[int], str]]))
@t.final
class Fin: pass
print(Fin.__final__, t.get_args(t.Tuple[int, ...]), t.get_args(t.Callable[..., int]), t.Sized, t.Hashable, t.Generator[int, None, None])
P = t.ParamSpec("P")
print(repr(P), repr(P.args), repr(P.kwargs), repr(t.Callable[P, int]), repr(t.Concatenate[int, P]))
print(repr(t.Literal[1, 1, 2]), t.Literal[1, 2] == t.Literal[2, 1], repr(t.Union[t.Literal[1], t.Literal[2]]))
print(repr(t.Pattern), repr(t.Match[str]), repr(t.IO[str]), repr(t.Deque[int]), repr(t.DefaultDict[str, int]))
