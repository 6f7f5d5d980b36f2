# dataclasses: docstrings naming typing's forms, field metadata that must
# be a mapping, a field whose type is itself; typing: generic TypedDicts,
# internals the standard library relies on.
import typing
from dataclasses import dataclass, field, fields
from typing import Generic, List, Optional, TypedDict, TypeVar


@dataclass
class C:
    x: List[int]
    y: Optional[int] = None
    z: list = field(default_factory=list)


print(C.__doc__)
try:
    @dataclass
    class Bad:
        i: int = field(metadata=0)
except TypeError as e:
    print("TypeError", e)


class NameSpace:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __getitem__(self, item):
        return getattr(self, item)

    def __len__(self):
        return len(self.__dict__)


@dataclass
class M:
    i: int = field(metadata=NameSpace(a=10))


print(len(fields(M)[0].metadata), fields(M)[0].metadata["a"])
try:
    fields(M)[0].metadata["b"] = 1
except TypeError as e:
    print("TypeError", e)
rec = field()
rec.type = rec
rec.name = "id"
print(",type=...," in repr(rec))

T = TypeVar("T")


class Box(TypedDict, Generic[T]):
    item: T


class IntBox(Box[int], total=False):
    extra: str


print(Box.__parameters__, Box[int], IntBox.__required_keys__, sorted(IntBox.__optional_keys__))
print(IntBox(item=1, extra="x"), type(IntBox(item=1)).__name__)
print(typing._idfunc(5), typing._ASSERT_NEVER_REPR_MAX_LENGTH)
try:
    typing.assert_never("a" * 500)
except AssertionError as e:
    print(len(str(e)) < 200)
print(sorted(typing.__all__) == sorted(set(typing.__all__)), "operator_getitem" in vars(typing))


class Meta(type):
    def __instancecheck__(cls, obj):
        return super().__instancecheck__(obj) or obj == "any"

    def __subclasscheck__(cls, sub):
        return super().__subclasscheck__(sub)


class Base(metaclass=Meta):
    pass


class Derived(Base):
    pass


print(isinstance(Derived(), Base), isinstance("any", Base), isinstance(3, Base), issubclass(Derived, Base))
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool), type.__subclasscheck__(int, str))
