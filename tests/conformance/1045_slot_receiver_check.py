# Builtin methods and slot wrappers called through their class check the
# receiver they are given, with CPython's TypeError wording.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


class MyList(list):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyDict(dict):
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


cases = [
    ("bytearray.__len__(b'a')", lambda: bytearray.__len__(b"a")),
    ("bytearray.__len__(bytearray(b'ab'))", lambda: bytearray.__len__(bytearray(b"ab"))),
    ("list.append((), 1)", lambda: list.append(tuple(), 1)),
    ("list.append(MyList(), 1)", lambda: list.append(MyList(), 1)),
    ("int.__add__('a', 1)", lambda: int.__add__("a", 1)),
    ("int.__add__(True, 1)", lambda: int.__add__(True, 1)),
    ("int.__add__(MyInt(4), 1)", lambda: int.__add__(MyInt(4), 1)),
    ("int.__add__(2.5, 1)", lambda: int.__add__(2.5, 1)),
    ("dict.__getitem__([], 1)", lambda: dict.__getitem__([], 1)),
    ("dict.__getitem__(MyDict(a=1), 'a')", lambda: dict.__getitem__(MyDict(a=1), "a")),
    ("dict.__len__({1: 2})", lambda: dict.__len__({1: 2})),
    ("dict.__len__([1])", lambda: dict.__len__([1])),
    ("list.__len__((1,))", lambda: list.__len__((1,))),
    ("tuple.__len__([])", lambda: tuple.__len__([])),
    ("tuple.__getitem__([1], 0)", lambda: tuple.__getitem__([1], 0)),
    ("bool.__and__(1, 1)", lambda: bool.__and__(1, 1)),
    ("bool.__and__(True, 1)", lambda: bool.__and__(True, 1)),
    ("float.__add__(1, 2.0)", lambda: float.__add__(1, 2.0)),
    ("float.__neg__('x')", lambda: float.__neg__("x")),
    ("str.__mod__(b'a', 1)", lambda: str.__mod__(b"a", 1)),
    ("str.__len__(MyStr('abc'))", lambda: str.__len__(MyStr("abc"))),
    ("str.__add__(1, 'a')", lambda: str.__add__(1, "a")),
    ("str.upper(1)", lambda: str.upper(1)),
    ("bytes.__len__('ab')", lambda: bytes.__len__("ab")),
    ("bytes.hex(bytearray(b'a'))", lambda: bytes.hex(bytearray(b"a"))),
    ("set.add(frozenset(), 1)", lambda: set.add(frozenset(), 1)),
    ("set.__len__({1, 2})", lambda: set.__len__({1, 2})),
    ("set.__contains__(frozenset(), 1)", lambda: set.__contains__(frozenset(), 1)),
    ("frozenset.__len__({1})", lambda: frozenset.__len__({1})),
    ("dict.keys(1)", lambda: dict.keys(1)),
    ("list.__iter__('ab')", lambda: list.__iter__("ab")),
    ("list.__getitem__({}, 0)", lambda: list.__getitem__({}, 0)),
    ("list.__setitem__((), 0, 1)", lambda: list.__setitem__((), 0, 1)),
    ("list.__contains__('abc', 'a')", lambda: list.__contains__("abc", "a")),
    ("int.__neg__(None)", lambda: int.__neg__(None)),
    ("int.__bool__(0)", lambda: int.__bool__(0)),
    ("complex.__abs__(3)", lambda: complex.__abs__(3)),
    ("range.__len__([1])", lambda: range.__len__([1])),
    ("type.__call__(1)", lambda: type.__call__(1)),
    ("type.__repr__(int)", lambda: type.__repr__(int)),
    ("type.__repr__(WithMeta)", lambda: type.__repr__(WithMeta)),
    ("type.__repr__(1)", lambda: type.__repr__(1)),
    ("list.append()", lambda: list.append()),
    ("int.__add__()", lambda: int.__add__()),
    ("int.__add__(1)", lambda: int.__add__(1)),
    ("int.__add__(1, 2, 3)", lambda: int.__add__(1, 2, 3)),
    ("bytearray.__len__()", lambda: bytearray.__len__()),
    ("list.__len__([], 1)", lambda: list.__len__([], 1)),
]
for label, f in cases:
    show(label, f)

# The instance path is unchanged.
xs = []
xs.append(1)
xs.__setitem__(0, 5)
print(xs, xs.__len__(), (3).__add__(4), "a%s".__mod__(1), b"ab".__len__())
m = MyList([1, 2])
print(m.__len__(), list.__len__(m), MyInt(3).__add__(1), MyStr("x").__add__("y"))
# Slot wrappers taken from the class and bound later.
f = int.__add__
print(f(2, 3), f.__get__(5)(1))
show("f.__get__('s')", lambda: f.__get__("s"))
g = bytearray.__len__
show("g(b'abc')", lambda: g(b"abc"))
show("g(bytearray(3))", lambda: g(bytearray(3)))
