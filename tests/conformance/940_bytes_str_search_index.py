# bytes, bytearray and str: searching with bounds past the end, splitting
# with maxsplit, objects with __index__ as indexes and byte values, the
# buffer of array.array, fromhex/join/copy of subclasses.
import copy
import pickle
import sys


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIdx:
    def __index__(self):
        return "x"


# find/rfind/count/startswith with start past the end
for s in ("abc", b"abc", bytearray(b"abc")):
    e = s[:0]
    show("find(e, 3)", lambda: s.find(e, 3))
    show("find(e, 4)", lambda: s.find(e, 4))
    show("rfind(e, 4)", lambda: s.rfind(e, 4))
    show("count(e, 10)", lambda: s.count(e, 10))
    show("count(e, -1)", lambda: s.count(e, -1))
    show("count(e, -10)", lambda: s.count(e, -10))
    show("find big start", lambda: s.find(s[:1], sys.maxsize + 1))
    show("find big neg start", lambda: s.find(s[:1], -sys.maxsize * 4))
    show("rfind big end", lambda: s.rfind(s[:1], 0, sys.maxsize * 3))
    show("startswith(e, 4)", lambda: s.startswith(e, 4))
    show("startswith(e, 3)", lambda: s.startswith(e, 3))
    show("endswith(e, 2, 1)", lambda: s.endswith(e, 2, 1))
    show("startswith list", lambda: s.startswith([e]))
    show("endswith list", lambda: s.endswith([e]))
show("str find int", lambda: "hello".find(42))
show("str count int", lambda: "hello".count(1))
show("empty count", lambda: "".count("", sys.maxsize, 0))

# split / rsplit
for s in ("  a  b  c  ", "abbbc", "a|b|c|d"):
    for conv in (str, lambda x: x.encode()):
        t = conv(s)
        sep = conv("bb") if "bb" in s else (conv("|") if "|" in s else None)
        for n in (-1, 0, 1, 2):
            show(f"{t!r}.split({sep!r}, {n})", lambda: t.split(sep, n))
            show(f"{t!r}.rsplit({sep!r}, {n})", lambda: t.rsplit(sep, n))
show("expandtabs kw", lambda: "a\tb".expandtabs(tabsize=4))
show("bytes expandtabs kw", lambda: b"a\tb".expandtabs(tabsize=3))

# __index__ objects
show("list[Idx]", lambda: [10, 20, 30][Idx(1)])
show("tuple[Idx]", lambda: (10, 20, 30)[Idx(-1)])
show("bytes[Idx]", lambda: b"xyz"[Idx(2)])
show("list[BadIdx]", lambda: [1][BadIdx()])
KEY = "a"
show("bytes['a']", lambda: b"abc"[KEY])
show("range['a']", lambda: range(3)[KEY])
show("bytearray['a']", lambda: bytearray(3)[KEY])


def assign_list():
    x = [1, 2]
    x[KEY] = 1


show("list['a'] = 1", assign_list)
show("bytes([Idx])", lambda: bytes([Idx(65), Idx(66)]))
show("bytes([Idx(256)])", lambda: bytes([Idx(256)]))
show("bytearray([Idx(-1)])", lambda: bytearray([Idx(-1)]))
show("bytes(Idx(3))", lambda: bytes(Idx(3)))
show("bytearray(Idx(2))", lambda: bytearray(Idx(2)))


def ba_ops():
    b = bytearray(b"abc")
    b.append(Idx(100))
    b.insert(Idx(0), Idx(101))
    b[Idx(1)] = Idx(102)
    b.remove(Idx(99))
    b.extend([Idx(103)])
    return b


show("bytearray ops", ba_ops)


class Shrink:
    def __init__(self, target):
        self.target = target

    def __index__(self):
        self.target.clear()
        return 0


def shrink_set():
    b = bytearray(b"abc")
    b[0] = Shrink(b)


def shrink_get():
    x = [1, 2, 3]
    return x[Shrink(x)]


def shrink_del():
    x = [1, 2, 3]
    del x[Shrink(x)]


show("bytearray set shrinks", shrink_set)
show("list get shrinks", shrink_get)
show("list del shrinks", shrink_del)

# contains
for b in (b"abc", bytearray(b"abc")):
    show("97 in", lambda: 97 in b)
    show("True in", lambda: True in b)
    show("Idx(98) in", lambda: Idx(98) in b)
    show("300 in", lambda: 300 in b)
    show("big in", lambda: sys.maxsize + 1 in b)
    show("None in", lambda: None in b)
    show("'a' in", lambda: "a" in b)
    show("bytearray in", lambda: bytearray(b"bc") in b)
    show("memoryview in", lambda: memoryview(b"ab") in b)
    show("find(Idx)", lambda: b.find(Idx(99)))
    show("find(big)", lambda: b.find(sys.maxsize + 1))
    show("count(True)", lambda: b.count(True))


# subclasses
class B(bytes):
    pass


class BA(bytearray):
    pass


class S(str):
    pass


show("B.fromhex", lambda: (type(B.fromhex("41 42")).__name__, B.fromhex("41 42")))
show("BA.fromhex", lambda: (type(BA.fromhex("4142")).__name__, BA.fromhex("4142")))
show("fromhex vt", lambda: bytes.fromhex("41\x0b42\x0c"))
show("join subclasses", lambda: b"-".join([B(b"a"), BA(b"b"), memoryview(b"c")]))
show("bytearray join", lambda: bytearray(b"+").join([B(b"x"), b"y"]))
show("copy B", lambda: (type(copy.copy(B(b"abcd"))).__name__, copy.copy(B(b"abcd"))))
show("pickle B", lambda: pickle.loads(pickle.dumps(B(b"xy"))))
show("B getnewargs", lambda: B(b"q").__getnewargs__())
show("S getnewargs", lambda: S("q").__getnewargs__())
show("bytes.__bytes__", lambda: b"abc".__bytes__())
show("B.__bytes__", lambda: type(B(b"zz").__bytes__()).__name__)
show("bytes(B)", lambda: bytes(B(b"zz")))
show("bytes(bytearray)", lambda: bytes(bytearray(b"ba")))
show("bytes(memoryview)", lambda: bytes(memoryview(b"mv")))
