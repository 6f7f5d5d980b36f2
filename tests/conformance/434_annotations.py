# __annotations__ of functions, modules and classes, evaluated at definition time
import sys

order = []
def note(label, value):
    order.append(label)
    return value

def f(a: int, b: "str" = "b", /, c: float = 1.0, *args: tuple, d: bool, e=5, **kw: dict) -> list:
    return a
print(f.__annotations__)
print(list(f.__annotations__))

def no_annotations(x, y=1, *z, **w):
    pass
print(no_annotations.__annotations__)
no_annotations.__annotations__["x"] = int
print(no_annotations.__annotations__)
no_annotations.__annotations__ = {"replaced": True}
print(no_annotations.__annotations__)
try:
    no_annotations.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__, e)

def only_return() -> None:
    pass
print(only_return.__annotations__)

lam = lambda x, y=2: x
print(lam.__annotations__)

# annotations are evaluated when the def runs, after the defaults
def g(x: note("x annotation", int) = note("x default", 1), *, y: note("y annotation", str) = note("y default", "")) -> note("return annotation", None):
    pass
print(order)
print(g.__annotations__)

# methods, nested functions, closures
class Shape:
    def area(self, scale: float = 1.0) -> float:
        return 0.0
    @staticmethod
    def make(kind: str) -> "Shape":
        return Shape()
print(Shape.area.__annotations__, Shape.make.__annotations__)
print(Shape().area.__annotations__)

def outer():
    T = list
    def inner(x: T) -> T:
        return x
    return inner
print(outer().__annotations__)

async def coro(x: int) -> str:
    return ""
print(coro.__annotations__)

def gen(n: int) -> "Iterator[int]":
    yield n
print(gen.__annotations__)

# module annotations: a dict in the module's namespace
count: int = 0
name: str
print(__annotations__)
print("name" in globals(), "count" in globals())
print(sys.modules[__name__].__annotations__ is __annotations__)
if True:
    in_if: float = 1.5
for i in range(3):
    in_loop: int = i
try:
    in_try: bytes = b""
finally:
    pass
print(__annotations__)
count: "redeclared" = 1
print(__annotations__["count"])

# class annotations
class Point:
    x: int
    y: int = 0
    label: "str" = "p"
    def method(self) -> None:
        z: int = 1
print(Point.__annotations__)
print(Point.y, Point.label, hasattr(Point, "x"))
print(Point.method.__annotations__)

class Point3(Point):
    z: int = 0
print(Point3.__annotations__)

class Plain:
    pass
print(Plain.__annotations__)
print(Plain.__annotations__ is Plain.__annotations__)

class Child(Point):
    pass
print(Child.__annotations__)

class Counted:
    n: note("class annotation", int) = note("class value", 3)
print(order[-2:])

# the annotation dict of a class can be replaced
Plain.__annotations__ = {"a": 1}
print(Plain.__annotations__)
