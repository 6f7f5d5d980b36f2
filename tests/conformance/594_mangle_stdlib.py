# Private names with dataclasses, enum, typing, collections, properties,
# descriptors, __set_name__ and copy.
import copy
import dataclasses
import enum
import typing
from collections import namedtuple, OrderedDict


@dataclasses.dataclass
class DC:
    __a: int
    b: int = 2
    __c: str = dataclasses.field(default="c", repr=False)

    def total(self):
        return self.__a + self.b


d = DC(1)
print(d, d.total(), [f.name for f in dataclasses.fields(DC)])
print(DC.__annotations__)
print(DC(_DC__a=5, b=1, _DC__c="z").total())
try:
    DC(__a=1)
except TypeError as e:
    print(type(e).__name__, e)
print(dataclasses.asdict(d), dataclasses.replace(d, _DC__a=7).total())


@dataclasses.dataclass(frozen=True)
class Frozen:
    __x: int = 0

    def get(self):
        return self.__x


f = Frozen(3)
print(f.get(), f)
try:
    f._Frozen__x = 4
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    __hidden = 3

    def describe(self):
        return self.name.lower()


print(list(Color), Color.RED.describe())
print(Color._Color__hidden, type(Color._Color__hidden).__name__)


class Flags(enum.IntFlag):
    A = 1
    B = 2

    @classmethod
    def __all(cls):
        return cls.A | cls.B

    @classmethod
    def every(cls):
        return cls.__all()


print(Flags.every(), repr(Flags.every()))


class Proto(typing.NamedTuple):
    x: int
    y: int = 0

    def __norm(self):
        return abs(self.x) + abs(self.y)

    def norm(self):
        return self.__norm()


print(Proto(-1, 2).norm(), Proto._fields)


class TD(typing.TypedDict):
    a: int


print(TD.__annotations__, TD(a=1))

T = typing.TypeVar("T")


class Box(typing.Generic[T]):
    def __init__(self, v: T):
        self.__v = v

    def get(self) -> T:
        return self.__v


print(Box[int](4).get(), typing.get_type_hints(Box.get))


def hinted(x: "int") -> None:
    pass


class Ann:
    __n: int
    m: "Ann"

    def f(self, __p: int, *, __k: str) -> "Ann":
        pass


print(typing.get_type_hints(Ann), typing.get_type_hints(Ann.f))

Pair = namedtuple("Pair", ["left", "right"])


class MyPair(Pair):
    __slots__ = ()

    def __swap(self):
        return MyPair(self.right, self.left)

    def swapped(self):
        return self.__swap()


print(MyPair(1, 2).swapped())


class Ordered(OrderedDict):
    def __init__(self):
        super().__init__()
        self.__count = 0

    def __setitem__(self, k, v):
        self.__count += 1
        super().__setitem__(k, v)

    def count(self):
        return self.__count


o = Ordered()
o["a"] = 1
o["b"] = 2
print(list(o.items()), o.count())


class Named:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, typ=None):
        return self.name


class Owner:
    __field = Named()
    plain = Named()

    def get(self):
        return self.__field, self.plain


print(Owner().get())


class Temp:
    def __init__(self):
        self.__c = 0.0

    @property
    def celsius(self):
        return self.__c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self.__c = v


t = Temp()
t.celsius = 20
print(t.celsius, vars(t))
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)


class Slotted:
    __slots__ = ("__a", "b")

    def __init__(self, a, b):
        self.__a = a
        self.b = b

    def get(self):
        return self.__a, self.b


s = Slotted([1], 2)
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.get(), s3.get(), s3.get()[0] is s.get()[0], s2.get()[0] is s.get()[0])


class Counter:
    __instances = 0

    def __init__(self):
        Counter.__instances += 1
        type(self).__count = Counter.__instances

    @classmethod
    def instances(cls):
        return cls.__instances


Counter()
Counter()
print(Counter.instances(), Counter._Counter__count)
