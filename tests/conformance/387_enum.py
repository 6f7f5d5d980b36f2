# enum: Enum (members, aliases, lookup by value and name, auto, methods,
# tuples with __init__, _missing_, _order_, _ignore_, member/nonmember),
# IntEnum, StrEnum, Flag and IntFlag (combinations, ~, iteration,
# boundaries), the functional API, unique, and the errors.
import enum
Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique = enum.Enum, enum.IntEnum, enum.StrEnum, enum.Flag, enum.IntFlag, enum.auto, enum.unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
    def describe(self):
        return "%s is %d" % (self.name, self.value)
    @classmethod
    def favourite(cls):
        return cls.GREEN

print(repr(Color), list(Color), len(Color), Color.RED, repr(Color.RED), Color.ALIAS is Color.RED)
print(Color(2), Color["BLUE"], Color.RED.describe(), Color.favourite(), Color.RED.name, Color.RED.value)
print(Color.__members__, list(Color.__members__), type(Color).__name__, isinstance(Color.RED, Color))
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, list(reversed(Color)))
print(format(Color.RED), f"{Color.GREEN}", "%s" % Color.BLUE, hash(Color.RED) == hash("RED"), bool(Color.RED), bool(Color))
try: Color(7)
except ValueError as e: print("ValueError", e)
try: Color["NOPE"]
except KeyError as e: print("KeyError", e)
try: Color.RED < Color.GREEN
except TypeError as e: print("TypeError", e)
try: Color.RED = 9
except AttributeError as e: print("AttributeError", e)
try: del Color.GREEN
except AttributeError as e: print("AttributeError", e)
try:
    class More(Color): pass
except TypeError as e: print("TypeError", e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e: print("TypeError", e)
try:
    class Bad(Enum):
        _x_ = 1
except ValueError as e: print("ValueError", e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 2
        C = 1
except ValueError as e: print("ValueError", e)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [m.value for m in Auto])

class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print(list(Lower), Lower("x"))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet((3.303e+23, 2.4397e6)))

class Mood(Enum):
    HAPPY = 1
    SAD = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Mood("happy"), Mood(2))
try: Mood(5)
except ValueError as e: print("ValueError", e)

class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = auto()
print(repr(Number.TWO), str(Number.TWO), f"{Number.TWO}", format(Number.ONE, "03d"), Number.ONE + Number.TWO, Number.THREE > 2, sorted([Number.THREE, Number.ONE]), isinstance(Number.ONE, int), Number(3), int(Number.TWO), Number.ONE == 1, hash(Number.ONE) == hash(1))

class Shade(StrEnum):
    DARK = auto()
    LIGHT = "light"
print(repr(Shade.DARK), str(Shade.DARK), Shade.LIGHT == "light", Shade.DARK.upper(), f"{Shade.LIGHT}", Shade("dark"), len(Shade.LIGHT))
try:
    class BadStr(StrEnum):
        A = 1
except TypeError as e: print("TypeError", e)

class Perm(Flag):
    R = 4
    W = 2
    X = 1
RW = Perm.R | Perm.W
print(repr(RW), str(RW), repr(Perm(0)), str(Perm(0)), list(Perm), list(RW), len(RW), Perm.R in RW, Perm.X in RW, bool(Perm(0)))
print(repr(~Perm.R), repr(~RW), repr(Perm(7)), repr(RW & Perm.W), repr(RW ^ Perm.R), Perm(6) is RW, repr(Perm.R | Perm.R))

class Color2(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color2), repr(Color2.WHITE), [m.value for m in Color2], repr(Color2(3)), list(Color2.WHITE), Color2._member_names_, list(Color2.__members__))

class IF(IntFlag):
    A = 1
    B = 2
    C = 4
print(repr(IF.A | IF.B), str(IF.A | IF.B), repr(IF.A | 8), IF.A + 1, repr(~IF.A), repr(IF(0)), IF.B & 2, isinstance(IF.A, int), repr(IF(12)), format(IF.C))

A = Enum("A", "X Y Z")
print(list(A), repr(A.Y), A.__name__)
B = Enum("B", [("P", 5), ("Q", 6)])
print(list(B), B(6))
C = IntEnum("C", {"ONE": 1, "TWO": 2})
print(list(C), C.TWO + 1)
D = Enum("D", "a, b, c", start=10)
print([m.value for m in D])

class Ordered(Enum):
    _order_ = "A B"
    A = 1
    B = 2
print(list(Ordered))
try:
    class Misordered(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e: print("TypeError", str(e).splitlines()[0])

class WithIgnore(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    A = 1
print(list(WithIgnore))

class NM(Enum):
    A = 1
    B = enum.nonmember(2)
    @enum.member
    def C(self):
        return 3
print([m.name for m in NM], NM.B)

class Base(Enum):
    def hello(self):
        return "hi " + self.name
class Child(Base):
    X = 1
print(Child.X.hello(), Child.X.__class__.__name__)

print(repr(enum.auto()), Color.RED.__class__ is Color, enum.EnumMeta is enum.EnumType, Perm.R._value_, Color._member_names_)
print(dir(Color))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Number.ONE) is Number.ONE)
