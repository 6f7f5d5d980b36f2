# enum: _simple_enum / _test_simple_enum, _iter_bits_lsb, _convert_, and
# enum properties of a base that share a member's name.
import enum
import sys
from enum import Enum, IntFlag, KEEP, _simple_enum, _test_simple_enum, _iter_bits_lsb


@_simple_enum(Enum)
class Color:
    RED = 1
    GREEN = 2

    def describe(self):
        return "%s=%s" % (self.name, self.value)


class CheckedColor(Enum):
    RED = 1
    GREEN = 2

    def describe(self):
        return "%s=%s" % (self.name, self.value)


print(type(Color).__name__, list(Color), Color(2), Color.RED.describe())
print(Color.__qualname__, Color.__module__, isinstance(Color.RED, Enum))
print(_test_simple_enum(CheckedColor, Color))
Color.GREEN._value_ = 9
try:
    _test_simple_enum(CheckedColor, Color)
except TypeError as e:
    print("TypeError", str(e).splitlines()[0])


@_simple_enum(IntFlag, boundary=KEEP)
class Perm:
    R = 4
    W = 2
    X = 1


print(list(Perm), Perm(7), Perm(8) == 8, Perm._boundary_)

print(list(_iter_bits_lsb(0)), list(_iter_bits_lsb(7)), list(_iter_bits_lsb(40)))
try:
    list(_iter_bits_lsb(-8))
except ValueError as e:
    print("ValueError", e)


class Base(Enum):
    @enum.property
    def first(self):
        return "%s is first!" % self.name


class Main(Base):
    first = 1
    second = 2


print([m.first for m in Main], Main.first, Main.second.value)

mod = type(sys)("convertme")
mod.C_ONE = 1
mod.C_TWO = 2
mod.OTHER = 3
sys.modules["convertme"] = mod
Consts = enum.IntEnum._convert_("Consts", "convertme", lambda name: name.startswith("C_"))
print(list(Consts), mod.Consts is Consts, mod.C_TWO, Consts(1).name)
