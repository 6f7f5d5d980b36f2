# dataclasses: fields, defaults and factories, ClassVar/InitVar/KW_ONLY
# (string annotations), frozen, order, hashing rules, slots, inheritance,
# __post_init__, asdict/astuple/replace/make_dataclass, the errors.
from __future__ import annotations

import dataclasses
dataclass, field, fields, asdict, astuple, replace = (dataclasses.dataclass, dataclasses.field, dataclasses.fields,
    dataclasses.asdict, dataclasses.astuple, dataclasses.replace)
InitVar, KW_ONLY, FrozenInstanceError, MISSING = dataclasses.InitVar, dataclasses.KW_ONLY, dataclasses.FrozenInstanceError, dataclasses.MISSING

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0

p = Point(1)
print(p, repr(p), p == Point(1), p == Point(2), Point.__match_args__, Point.__doc__)
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=5), Point.count)
print(Point.__hash__ is None, Point.y, hasattr(Point, "tags"))
try: Point()
except TypeError as e: print("TypeError", e)
try: Point(1, 2, [], 4)
except TypeError as e: print("TypeError", e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    def bump(self):
        return replace(self, minor=self.minor + 1)

v = Version(1, 2)
print(v < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)), v.bump())
try: v.major = 3
except FrozenInstanceError as e: print("FrozenInstanceError", e, isinstance(e, AttributeError))
try: del v.minor
except FrozenInstanceError as e: print("FrozenInstanceError", e)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale

w = WithPost(3)
print(w, WithPost(3, 10), [f.name for f in fields(w)], WithPost.__doc__)
try: replace(w, b=1)
except ValueError as e: print("ValueError", e)

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 1
print(KW(a=2), KW.__match_args__, KW.__doc__)
try: KW(1)
except TypeError as e: print("TypeError", e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(Mixed(1, b=2), Mixed.__match_args__, Mixed.__doc__)

@dataclass
class Base:
    x: int = 1
@dataclass
class Child(Base):
    y: int = 2
    x: int = 10
print(Child(), Child(5), [f.name for f in fields(Child)])

for src in ["@dataclass\nclass A:\n    a: int = 1\n    b: int\n",
            "@dataclass\nclass A:\n    a: list = []\n",
            "@dataclass(order=True, eq=False)\nclass A:\n    a: int = 1\n",
            "@dataclass(order=True)\nclass A:\n    a: int = 1\n    def __lt__(self, o): return True\n",
            "@dataclass(frozen=True)\nclass F:\n    a: int = 1\n@dataclass\nclass G(F):\n    b: int = 2\n",
            "@dataclass\nclass A:\n    a = field(default=1)\n",
            "x = field(default=1, default_factory=list)\n",
            "@dataclass(unsafe_hash=True)\nclass A:\n    a: int = 1\n    def __hash__(self): return 1\n"]:
    try:
        exec(src, {"dataclass": dataclass, "field": field})
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)
print(hash(H(1)) == hash(H(1, [1])), H(1) == H(1, [2]))

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(n))
print(astuple(n))
n.children.append(n)
print(repr(n)[:60])

@dataclass(slots=True)
class S:
    a: int
    b: str = "x"
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
try: s.c = 1
except AttributeError as e: print("AttributeError")

C = dataclasses.make_dataclass("C", [("x", int), "y", ("z", int, field(default=5))], namespace={"add": lambda self: self.x + self.z})
c = C(1, 2)
print(c, c.add(), C.__name__)
print(dataclasses.is_dataclass(C), dataclasses.is_dataclass(c), dataclasses.is_dataclass(1))
try: fields(1)
except TypeError as e: print("TypeError", e)
try: asdict(Point)
except TypeError as e: print("TypeError", e)
print(repr(InitVar[int]), repr(field(default=1).default), fields(Point)[0].type, fields(Point)[2].default_factory)

@dataclass
class Meta:
    a: int = field(default=0, metadata={"unit": "m"})
print(fields(Meta)[0].metadata["unit"], len(fields(Meta)[0].metadata))
