# match statement: class patterns, __match_args__, builtin types, run-time TypeErrors

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point3(x, y, z=0):
            return f"3d flat {x} {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x, y=yy):
            return f"somewhere {x} {yy}"
        case Point():
            return "never reached"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point3(1, 2, 0), Point3(1, 1, 5), Point(2, 2),
          Point(1, 2), "point", 3]:
    print(where(p))

# builtin types match the whole subject with one positional sub-pattern
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([first, *_]):
            return f"list starting with {first}"
        case list(l):
            return f"empty list {l}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case dict(d):
            return f"dict {d}"
        case set(s):
            return f"set {sorted(s)}"
        case frozenset(s):
            return f"frozenset {sorted(s)}"
        case _:
            return "other"

for v in [True, 3, 2.5, "s", b"b", [1, 2], [], (1,), {"k": 1}, {}, {3, 1}, frozenset([2]), None]:
    print(kind(v))

class MyInt(int):
    pass
match MyInt(7):
    case MyInt(n):
        print("subclass of int matches itself:", n, type(n).__name__)
match 7:
    case MyInt():
        print("no")
    case int(7):
        print("plain 7")

# attributes that are missing make the pattern fail
class Bare:
    pass
b = Bare()
b.a = 1
match b:
    case Bare(a=1, b=2):
        print("no")
    case Bare(a=a):
        print("only a", a)

# properties are read through getattr
class Lazy:
    __match_args__ = ("value",)
    @property
    def value(self):
        print("computing value")
        return 10
match Lazy():
    case Lazy(10):
        print("property matched")

# errors raised by the property propagate
class Broken:
    @property
    def boom(self):
        raise KeyError("boom")
try:
    match Broken():
        case Broken(boom=1):
            pass
except KeyError as e:
    print(type(e).__name__, e)

# run-time TypeErrors
def attempt(code):
    try:
        exec(code, globals())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

attempt("""
class NoArgs:
    pass
match NoArgs():
    case NoArgs(1):
        pass
""")
attempt("""
match Point(1, 2):
    case Point(1, 2, 3):
        pass
""")
attempt("""
class ListArgs:
    __match_args__ = ["a"]
match ListArgs():
    case ListArgs(1):
        pass
""")
attempt("""
class IntArgs:
    __match_args__ = (1,)
match IntArgs():
    case IntArgs(1):
        pass
""")
attempt("""
match Point(1, 2):
    case Point(1, x=1):
        pass
""")
attempt("""
match 5:
    case int(1, 2):
        pass
""")
attempt("""
match 5:
    case str(1, 2, 3):
        pass
""")
attempt("""
not_a_class = len
match 5:
    case not_a_class():
        pass
""")
attempt("""
class Holder:
    pass
match 5:
    case Holder.missing():
        pass
""")
# not an instance: __match_args__ is not even looked at
match 5:
    case Point(1, 2, 3):
        print("no")
    case _:
        print("no instance, no error")

# nested class patterns
class Line:
    __match_args__ = ("start", "end")
    def __init__(self, start, end):
        self.start = start
        self.end = end
match Line(Point(0, 0), Point(3, 4)):
    case Line(Point(0, 0), Point(x, y) as end):
        print("from origin to", x, y, type(end).__name__)
