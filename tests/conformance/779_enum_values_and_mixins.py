# enum: auto() after values that do not sort or add 1, several auto() in
# one member, data-type mixins (with __init__ or a dataclass), non-data
# mixins keeping their repr and str, data types' own __str__.
import warnings
from dataclasses import dataclass
from datetime import date
from enum import Enum, IntEnum, ReprEnum, auto

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")

    class Color(Enum):
        red = "red"
        blue = 2
        green = auto()

print([(m.name, m.value) for m in Color], [w.category.__name__ for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")

    class Only(Enum):
        red = "red"
        blue = auto()

print(Only.blue.value, len(caught))


class Huh(Enum):
    ONE = auto()
    TWO = auto(), auto()
    THREE = auto(), auto(), auto()


print([m.value for m in Huh])


class Foo:
    def __init__(self, a):
        self.a = a

    def __repr__(self):
        return "Foo(a=%r)" % (self.a,)


class Entries(Foo, Enum):
    ENTRY1 = 1


print(repr(Entries.ENTRY1), Entries._member_type_ is Foo, Entries.ENTRY1.value.a)


@dataclass
class Pt:
    x: int


class Points(Pt, Enum):
    ORIGIN = 0


print(repr(Points.ORIGIN), Points.ORIGIN.value == Pt(0))


class Shown:
    def __repr__(self):
        return "Shown-repr"

    def __str__(self):
        return "Shown-str"


class Plain(Shown, Enum):
    A = 1


print(repr(Plain.A), str(Plain.A), format(Plain.A))


class Day(date, ReprEnum):
    NEW_YEAR = 2024, 1, 1


print(str(Day.NEW_YEAR), format(Day.NEW_YEAR), repr(Day.NEW_YEAR), "{:%Y}".format(Day.NEW_YEAR))


class Loud(IntEnum):
    def __str__(self):
        return self.name.upper()

    quiet = 1


print(str(Loud.quiet), format(Loud.quiet), "{}".format(Loud.quiet), format(Loud.quiet, "d"))
print(type(Color).mro(Color)[0].__name__, [k.__name__ for k in Color.mro()], type.mro(int))


class WithName(int):
    @property
    def __name__(self):
        return "instance-name"


print(WithName.__name__, WithName(1).__name__)
