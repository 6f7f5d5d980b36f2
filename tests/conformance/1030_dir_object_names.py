# dir() lists what each class's __dict__ shows: object's __class__ and
# __doc__, a builtin type's slot dunders, __dict__/__weakref__ descriptors.


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


class WithDoc:
    "documented"

    def method(self):
        pass


class IntSub(int):
    pass


class BytesSub(bytes):
    pass


values = [
    ("object()", object()),
    ("None", None),
    ("str", "a"),
    ("bytes", b"a"),
    ("bytearray", bytearray(b"a")),
    ("complex", 1j),
    ("list", []),
    ("memoryview", memoryview(b"ab")),
    ("Ellipsis", ...),
    ("Plain()", Plain()),
    ("Slotted()", Slotted()),
    ("WithDoc()", WithDoc()),
    ("IntSub(3)", IntSub(3)),
    ("BytesSub(b'x')", BytesSub(b"x")),
    ("Plain", Plain),
    ("Slotted", Slotted),
    ("object", object),
    ("bytes type", bytes),
    ("bytearray type", bytearray),
    ("complex type", complex),
    ("NoneType", type(None)),
]

object_names = sorted(dir(object()))
print("object():", object_names)
for label, v in values:
    names = dir(v)
    print(label, names == sorted(names), "__class__" in names, "__doc__" in names)
    print("  missing object names:", [n for n in object_names if n not in names])

for label, v in values[9:16]:
    base = dir(type(v).__mro__[-2]) if label == "IntSub(3)" else object_names
    print(label, [n for n in dir(v) if n not in base])
print(bytes.__eq__(b"a", bytes(b"a")), bytes.__lt__(b"a", b"b"))

print(sorted(set(dir(bytearray)) - set(dir(object))))
print(sorted(set(dir(bytes)) - set(dir(object))))
print(sorted(set(dir(bytearray)) - set(dir(bytes))))
print(sorted(set(dir(bytes)) - set(dir(bytearray))))

# The slot dunders dir() lists work when called.
ba = bytearray(b"ab")
print(ba.__add__(b"c"), ba.__mul__(2), ba.__rmul__(2), ba.__len__(), ba.__contains__(97))
print(ba.__getitem__(0), list(ba.__iter__()), bytearray(b"x%dy").__mod__(4))
print(bytearray.__eq__(bytearray(b"a"), b"a"), bytes.__eq__(b"a", bytearray(b"a")))
print(bytearray.__lt__(bytearray(b"a"), b"b"), bytearray.__ne__(bytearray(b"a"), b"a"))
print(bytearray.__hash__, bytearray.__add__, bytes.__rmod__, str.__rmod__)
ba.__setitem__(0, 65)
ba.__delitem__(1)
ba.__iadd__(b"zz")
ba.__imul__(2)
print(ba)
print("__rmod__" in str.__dict__, "__rmod__" in bytes.__dict__, "__iadd__" in bytearray.__dict__)
for f in [lambda: bytearray.__add__(bytearray(b"a"), 5), lambda: bytearray(b"a") + 5,
          lambda: bytearray(b"a") * "x"]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)

# object.__dict__['__class__'] is a getset descriptor.
d = object.__dict__["__class__"]
print(type(d).__name__, d, d.__get__(5), d.__get__(None, object) is d)


class Other:
    pass


p = Plain()
d.__set__(p, Other)
print(type(p).__name__)
try:
    d.__set__(5, str)
except TypeError as e:
    print(type(e).__name__, e)

# A module subclass lists its __dict__, which must be a dict.
import sys


class NotADict(type(sys)):
    __dict__ = property(lambda self: "x")


class OwnDict(type(sys)):
    __dict__ = property(lambda self: {"zz": 1, "aa": 2})


class PlainModule(type(sys)):
    pass


try:
    dir(NotADict("m"))
except TypeError as e:
    print(type(e).__name__, e)
print(dir(OwnDict("n")))
pm = PlainModule("p")
pm.b = 1
pm.a = 2
print(dir(pm))
