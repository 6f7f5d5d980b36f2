# What type() checks in __slots__: entries are strings (str subclasses
# too) and identifiers; __dict__ and __weakref__ at most once; a private
# entry is mangled before the conflict check; __classcell__ must be a cell.
import types

cases = [
    ["foo bar"], ["1"], [""], [None], [1.5], ["foo\0bar"], [chr(128)],
    ["a", "a"], ["__dict__", "__dict__"], ["__weakref__", "__weakref__"],
    "x y", "ok", ["ä", "_b", "A0"], ("__dict__", "__weakref__"),
]
for slots in cases:
    try:
        class C:
            __slots__ = slots
        print("ok", repr(slots), sorted(k for k in C.__dict__ if not k.startswith("__")))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class SubStr(str):
    pass


class X:
    __slots__ = (SubStr("x"), SubStr("__p"))

    def set_p(self, v):
        self.__p = v
        return self.__p


x = X()
x.x = 1
print(x.x, x.set_p(2), sorted(k for k in X.__dict__ if not k.startswith("__")))
for attempt in ("a", "__p"):
    try:
        setattr(x, attempt, 3)
    except AttributeError as e:
        print(type(e).__name__, e)

print(type(X.x) is types.MemberDescriptorType, types.MemberDescriptorType.__name__)

for ns in ({"__classcell__": 42}, {"__classcell__": None, "__slots__": ()}):
    try:
        type("Y", (), ns)
        print("made")
    except TypeError as e:
        print(type(e).__name__, e)

try:
    class Z:
        __classcell__ = "nope"
except TypeError as e:
    print(type(e).__name__, e)


class WithCell:
    __slots__ = ["__classcell__"]

    def f(self):
        return __class__.__name__


print(WithCell().f(), type(WithCell.__dict__["__classcell__"]).__name__)
