# Mangling in imports, __slots__, and the names that are never mangled:
# strings (getattr, setattr, __dict__ keys), keyword arguments, and the
# attribute names of class patterns.
import sys
import types

# Modules the imports below find (a dotted import is never mangled).
for name in ("_I__priv", "__priv", "__pkg", "__pkg.sub"):
    m = types.ModuleType(name)
    m.__x = "x of " + name          # module level: not mangled
    m._I__x = "_I__x of " + name
    m.y = "y of " + name
    sys.modules[name] = m
sys.modules["__pkg"].sub = sys.modules["__pkg.sub"]


class I:
    def plain(self):
        import __priv  # imports `_I__priv`, binds `_I__priv`
        return __priv.y, sorted(n for n in locals() if "priv" in n)

    def dotted(self):
        import __pkg.sub  # dotted: imports `__pkg.sub`, binds `_I__pkg`
        return __pkg.sub.y, sorted(n for n in locals() if "pkg" in n)

    def dotted_as(self):
        import __pkg.sub as __s
        return __s.y, sorted(locals())

    def from_import(self):
        from __priv import __x, y as __y  # module `_I__priv`, names `_I__x`
        return __x, __y, sorted(locals())

    def from_import_dotted(self):
        from __pkg.sub import __x
        return __x, sorted(locals())

    def missing_module(self):
        import __nothere

    def missing_name(self):
        from __pkg import __nothere


i = I()
for m in (i.plain, i.dotted, i.dotted_as, i.from_import, i.from_import_dotted,
          i.missing_module, i.missing_name):
    try:
        print(m.__name__, m())
    except ImportError as e:
        print(m.__name__, type(e).__name__, e)


# __slots__: private entries become mangled member descriptors.
class S:
    __slots__ = ("__x", "y", "__z__", "_S__w")

    def __init__(self):
        self.__x = 1
        self.y = 2
        self.__z__ = 3

    def get(self):
        return self.__x, self.y, self.__z__


s = S()
print(s.get(), S.__slots__)
print(sorted(k for k in S.__dict__ if not k.startswith("__") or k == "__z__"))
print(repr(S._S__x), s._S__x)
for attempt in ("__x", "_S__w", "other"):
    try:
        setattr(s, attempt, 9)
        print("set", attempt, getattr(s, attempt))
    except AttributeError as e:
        print(type(e).__name__, e)
del s._S__x
try:
    s.get()
except AttributeError as e:
    print(type(e).__name__, e)


class Sub(S):
    __slots__ = ["__x"]

    def __init__(self):
        super().__init__()
        self.__x = "sub"


sub = Sub()
print(sub.get(), sub._Sub__x, sorted(k for k in Sub.__dict__ if "x" in k))

for name in ("__T", "_T_", "___"):
    T = type(name, (), {"__slots__": ("__a", "b")})
    print(name, sorted(k for k in T.__dict__ if k.endswith("a") or k == "b"))

for body in ({"__slots__": ("__q",), "_C__q": 1}, {"__slots__": "__q", "_C__q": 1},
             {"__slots__": ("__q",), "__q": 1}):
    try:
        type("C", (), body)
        print("no error")
    except ValueError as e:
        print(type(e).__name__, e)

try:
    exec("class E:\n    __slots__ = ('__v',)\n    __v = 0\n")
except ValueError as e:
    print(type(e).__name__, e)


class WithDict:
    __slots__ = ("__dict__", "__s")


w = WithDict()
w.free = 1
w._WithDict__s = 2
print(w.free, w._WithDict__s, sorted(k for k in WithDict.__dict__ if "__s" in k))


# Strings are never mangled.
class Str:
    def __init__(self):
        setattr(self, "__raw", 1)
        self.__dict__["__d"] = 2
        self.__m = 3

    def read(self):
        return (getattr(self, "__raw"), getattr(self, "__m", "none"),
                self.__dict__.get("__d"), sorted(vars(self)))

    def missing(self):
        return self.__raw


st = Str()
print(st.read())
try:
    st.missing()
except AttributeError as e:
    print(type(e).__name__, e)


# Class patterns: keyword attributes are looked up as written.
class Point:
    __match_args__ = ("__x",)

    def __init__(self):
        self.__x = "mangled"
        setattr(self, "__x", "raw")


class Matcher:
    def by_keyword(self, p):
        match p:
            case Point(__x=v):
                return "kw", v
        return "no match"

    def positional(self, p):
        match p:
            case Point(v):
                return "pos", v
        return "no match"

    def capture(self, p):
        match p:
            case Point() as __cap:
                return sorted(n for n in locals() if "cap" in n)

    def mapping(self, d):
        match d:
            case {"k": __val, **__rest}:
                return __val, __rest, sorted(n for n in locals() if n != "self")


m = Matcher()
print(m.by_keyword(Point()), m.positional(Point()), m.capture(Point()))
print(m.mapping({"k": 1, "z": 2}))
