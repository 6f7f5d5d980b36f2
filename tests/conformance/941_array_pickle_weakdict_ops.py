# array.array: the live iterator (sees appends, stays exhausted), pickling
# of arrays and of their iterators, _array_reconstructor's machine formats,
# bytes of the buffer; weak dictionaries: popitem, ==, | and |=.
import array
import pickle
import struct
import weakref


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


for code, items, extra in (("i", [1, 2, 3], 9), ("d", [0.5, 1.5], 2.5), ("u", "ab", "z"),
                           ("l", [-1, 2**40], 7), ("B", [0, 255], 1)):
    a = array.array(code, items)
    ex, live = iter(a), iter(a)
    for _ in ex:
        next(live)
    a.append(extra)
    print(code, "exhausted", list(ex), "live", list(live))
    show(code + " tobytes len", lambda: len(a.tobytes()) == len(a) * a.itemsize)
    show(code + " bytes()", lambda: bytes(a) == a.tobytes())
    show(code + " bytearray()", lambda: bytearray(a) == a.tobytes())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = iter(a)
        next(it)
        it2, a2 = pickle.loads(pickle.dumps((it, a), proto))
        a2.append(extra)
        print(code, proto, type(it2).__name__, list(it2), a2 == a, type(a2).__name__)
    show(code + " reduce_ex 2", lambda: a.__reduce_ex__(2)[0] is array.array)
    show(code + " reduce_ex 3", lambda: a.__reduce_ex__(3)[0] is array._array_reconstructor)
    show(code + " frombytes int", lambda: a.frombytes(3))
    show(code + " frombytes str", lambda: a.frombytes("ab"))

rec = array._array_reconstructor
show("rec H from <H", lambda: rec(array.array, "H", 2, struct.pack("<HH", 1, 65535)))
show("rec i from >i", lambda: rec(array.array, "i", 9, struct.pack(">ii", -5, 7)))
show("rec d from >d", lambda: rec(array.array, "d", 17, struct.pack(">d", 2.25)))
show("rec L from <Q", lambda: rec(array.array, "L", 10, struct.pack("<Q", 2**63)))
show("rec u utf-16-be", lambda: rec(array.array, "u", 19, "h\U0002030a".encode("utf-16-be")))
show("rec bad type", lambda: rec("", "b", 0, b""))
show("rec not array", lambda: rec(str, "b", 0, b""))
show("rec bad code", lambda: rec(array.array, "?", 0, b""))
show("rec bad mformat", lambda: rec(array.array, "b", 22, b""))
show("rec mformat str", lambda: rec(array.array, "b", "", b""))
show("rec items str", lambda: rec(array.array, "b", 0, ""))
show("rec short", lambda: rec(array.array, "d", 16, b"a"))
for args in (("u", 19, "hi".encode("utf-16-be")), ("u", 19, b"\x00h"), ("u", 18, "hiya".encode("utf-16-le")),
             ("d", 17, b"a" * 8), ("d", 17, b"a" * 4), ("H", 3, b"abc"), ("H", 2, b"abc"),
             ("b", 0, b"\xff"), ("H", 0, b"\xff"), ("u", 0, b"a"), ("b", 1, b"\xff\x01"),
             ("L", 11, b"\x00" * 7 + b"\x05"), ("l", 5, b"\xff\xfe"), ("f", 17, struct.pack(">d", 0.5))):
    show("rec %r %d" % args[:2], lambda: rec(array.array, *args))


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


keys = [Obj(i) for i in range(4)]
wk = weakref.WeakKeyDictionary({keys[0]: "a", keys[1]: "b"})
print(sorted(wk.values()))
k, v = wk.popitem()
print("popitem", v in ("a", "b"), len(wk))
wk2 = weakref.WeakKeyDictionary({keys[2]: "c"})
u = wk | wk2
print("wk | wk2", type(u).__name__, sorted(u.values()))
u2 = {keys[3]: "d"} | wk
print("dict | wk", type(u2).__name__, sorted(u2.values()))
wk |= [(keys[3], "e")]
print("|= pairs", sorted(wk.values()))
print("== dict", wk == dict(wk.items()), wk != {}, wk == 5)
print("== copy", wk == wk.copy())

wv = weakref.WeakValueDictionary({"x": keys[0], "y": keys[1]})
k, v = wv.popitem()
print("wv popitem", k in ("x", "y"), len(wv))
u = wv | {"z": keys[2]}
print("wv |", type(u).__name__, sorted(u))
u2 = {"w": keys[3]} | wv
print("dict | wv", type(u2).__name__, sorted(u2))
wv |= {"q": keys[3]}
print("wv |=", sorted(wv))
print("wv ==", wv == dict(wv.items()), wv == weakref.WeakValueDictionary())
del keys[:]
print("after del", len(wk), len(wv), len(u), len(u2))

d = {}
alive = Obj(1)
r = weakref.ref(alive)
d[r] = 1
del alive
print("dict of dead ref popitem", d.popitem()[1], r())
