# dir() of builtin types and their instances lists what CPython's does,
# and the names it lists work: set's update methods and in-place and
# reflected operators, dict's |=, __class_getitem__, range's and slice's
# data descriptors, property/staticmethod/classmethod's, type's,
# BaseException's.
import pickle

EXPECTED_SIZES = {}
objs = [
    ("range", range),
    ("range(3)", range(3)),
    ("slice", slice),
    ("slice(1)", slice(1)),
    ("type", type),
    ("set", set),
    ("{1}", {1}),
    ("frozenset", frozenset),
    ("frozenset()", frozenset()),
    ("property", property),
    ("staticmethod", staticmethod),
    ("staticmethod(len)", staticmethod(len)),
    ("classmethod", classmethod),
    ("classmethod(len)", classmethod(len)),
    ("int", int),
    ("1", 1),
    ("str", str),
    ("''", ""),
    ("bytes", bytes),
    ("b''", b""),
    ("dict", dict),
    ("{}", {}),
    ("list", list),
    ("[]", []),
    ("tuple", tuple),
    ("()", ()),
    ("object", object),
    ("object()", object()),
    ("BaseException", BaseException),
    ("BaseException()", BaseException()),
]
for label, v in objs:
    names = sorted(set(dir(v)))
    print(label, len(names))
    print("  ", " ".join(names))
    # Every name dir lists can be read (but type's layout numbers, which
    # whirl's classes do not have).
    layout = ("__basicsize__", "__dictoffset__", "__flags__", "__itemsize__", "__weakrefoffset__", "__text_signature__")
    missing = [
        n for n in names if not hasattr(v, n) and n not in ("__abstractmethods__", "__annotations__") + layout
    ]
    print("   unreadable:", missing)

print("set methods")
s = {1, 2, 3}
s.difference_update({1}, [2])
print(s)
s = {1, 2, 3}
s.intersection_update([2, 3, 4], {3})
print(s)
s = {1, 2}
s.symmetric_difference_update([2, 5])
print(sorted(s))
s = {1, 2}
s.intersection_update(s)
print(s)
try:
    s.symmetric_difference_update()
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset().difference_update
except AttributeError as e:
    print(type(e).__name__, e)
set.difference_update(s, [1])
print(s)

print("in-place and reflected")
s = {1}
print(s.__ior__({2}) is s, s, s.__ior__([3]))
print(s.__iand__({2}), s.__isub__({2}), s.__ixor__({4}))
print({1}.__rsub__({1, 2}), frozenset([1]).__ror__({2}), {1}.__rand__(3))
print(frozenset([1]).__rxor__(frozenset([2])), set.__rand__({1, 2}, {2}))
d = {1: 2}
print(d.__ior__({3: 4}) is d, d, {1: 2}.__ror__({5: 6}), d.__ror__(1))


class S(set):
    pass


x = S([1])
x |= {2}
print(type(x).__name__, sorted(x))
x.difference_update([1])
print(sorted(x))

print("__class_getitem__")
print(list[int], list.__class_getitem__(int), dict[str, int], set[int], frozenset[int], tuple[int, ...])


class L(list):
    pass


print(L[int], L.__class_getitem__(str))
print((1, 2).__getnewargs__(), pickle.loads(pickle.dumps((1, [2]))))
print(bool(range(0)), range(2).__bool__(), range.__bool__(range(0)))

print("descriptors")
for t, n in [
    (range, "start"),
    (slice, "stop"),
    (property, "fget"),
    (staticmethod, "__func__"),
    (classmethod, "__wrapped__"),
    (BaseException, "args"),
]:
    d = getattr(t, n)
    print(t.__name__, n, n in t.__dict__, t.__dict__[n] is d, d.__name__)
for n in ["__mro__", "__name__", "__bases__", "__flags__", "__subclasses__"]:
    print("type", n, n in type.__dict__, type.__dict__[n].__name__)
print(range.__dict__["start"].__get__(range(4, 9)), slice.__dict__["step"].__get__(slice(1, 2, 3)))
p = property(len)
print(property.__dict__["fget"].__get__(p) is len)
print(BaseException.__dict__["args"].__get__(ValueError(1, 2)))
print(type.__dict__["__mro__"].__get__(bool))
print(type.__dict__["__subclasses__"](bool), type.__or__(int, str), type.__ror__(int, str))


class P:
    x = property(lambda self: 1)
    y = property(lambda self: 2)


P.__dict__["y"].__set_name__(P, "renamed")
try:
    P().y = 3
except AttributeError as e:
    print(type(e).__name__, e)


def f(a: int):
    "f's doc"


sm = staticmethod(f)
print(sm.__name__, sm.__qualname__, sm.__doc__, sm.__module__, sm.__annotations__)
cm = classmethod(len)
print(cm.__name__, cm.__doc__ is len.__doc__, cm.__module__)

print("set subclasses' repr names the subclass")


class F(frozenset):
    pass


print(S(), S([1]), F(), F("a"), [S([2])], str(F([3])))
