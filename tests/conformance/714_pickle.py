# pickle: every protocol's bytes for the builtin types (as CPython writes
# them), round trips of instances through the reduce protocol, shared and
# recursive structures, errors
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __eq__(self, o):
        return type(o) is Point and (self.x, self.y) == (o.x, o.y)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = [2]


class WithState:
    def __init__(self):
        self.v = 1
        self.cache = "big"

    def __getstate__(self):
        return {"v": self.v}

    def __setstate__(self, s):
        self.v = s["v"]
        self.cache = None


class Red:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Red, (self.n * 2,))


class MyList(list):
    pass


class MyDict(dict):
    pass


class NewArgs(int):
    def __new__(cls, v):
        return int.__new__(cls, v)

    def __getnewargs__(self):
        return (int(self),)


values = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31, 2**63, -2**100,
          1.5, -0.0, 1e300, "", "abc", "é\n\\x\0", "x" * 300, b"", b"abc", b"\xff" * 300,
          bytearray(b"ab"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2, 3]], {},
          {"a": 1, 2: [3]}, set(), {1, 2}, frozenset(), frozenset({3}), list(range(2500)),
          {i: str(i) for i in range(1500)}, complex(1, 2), range(1, 10, 2), int, len,
          ValueError, type(None), NotImplemented, Ellipsis]
for proto in range(6):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        if not back == v:
            print("MISMATCH", proto, repr(v)[:50], repr(back)[:50])
        if len(data) < 80:
            print(proto, repr(v)[:40], data)
for proto in range(6):
    p = Point(1, [2])
    print(proto, pickle.loads(pickle.dumps(p, proto)), pickle.dumps(p, proto))
    s = pickle.loads(pickle.dumps(Slotted(), proto)) if proto >= 2 else None
    print(s and (s.a, s.b))
    w = pickle.loads(pickle.dumps(WithState(), proto))
    print(w.v, w.cache)
    print(pickle.loads(pickle.dumps(Red(3), proto)).n)
    lst = MyList([1, 2])
    lst.attr = 5
    l2 = pickle.loads(pickle.dumps(lst, proto))
    print(type(l2).__name__, l2, l2.attr)
    d2 = pickle.loads(pickle.dumps(MyDict(a=1), proto))
    print(type(d2).__name__, d2)
    n = pickle.loads(pickle.dumps(NewArgs(7), proto))
    print(type(n).__name__, n)
    e = pickle.loads(pickle.dumps(ValueError("bad", 2), proto))
    print(repr(e))
    shared = [1]
    t = pickle.loads(pickle.dumps([shared, shared], proto))
    print(t[0] is t[1])
    rec = []
    rec.append(rec)
    r = pickle.loads(pickle.dumps(rec, proto))
    print(r[0] is r)
    dd = {}
    dd["self"] = dd
    r = pickle.loads(pickle.dumps(dd, proto))
    print(r["self"] is r)
for bad in [b"", b"\x80\x04", b"x", b"\x80\x09.", b"(t", b"h\x05.", b"N"]:
    try:
        print(pickle.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)


def local_maker():
    def inner():
        pass
    return inner


for bad in [lambda: pickle.dumps(1, 6), lambda: pickle.dumps((x for x in [])),
            lambda: pickle.loads("x"), lambda: pickle.dumps(local_maker())]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, str(e)[:60])
f = io.BytesIO()
pickle.dump([1, 2], f)
pickle.dump("two", f, 0)
f.seek(0)
print(pickle.load(f), pickle.load(f))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.dumps(local_maker, 4))


class P(pickle.Pickler):
    def persistent_id(self, obj):
        return "ext:" + obj if isinstance(obj, str) and obj.startswith("@") else None


class U(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid


buf = io.BytesIO()
P(buf, 2).dump(["@a", "b"])
print(buf.getvalue())
buf.seek(0)
print(U(buf).load())
