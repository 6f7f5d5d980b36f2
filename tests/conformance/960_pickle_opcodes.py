# pickle: the exact bytes of every protocol for builtin values, pickletools'
# view of them, round trips, recursion and the default object reduction.
import pickle
import pickletools
import io
import copyreg


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)


class Slotted:
    __slots__ = ("a", "b")


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MySet(set):
    pass


class WithNewArgs:
    def __new__(cls, a, b=0):
        self = object.__new__(cls)
        self.a, self.b = a, b
        return self

    def __getnewargs_ex__(self):
        return (self.a,), {"b": self.b}


values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**64, -2**100,
    0.5, -1e300, float("inf"), "", "abc", "h\u00e9llo\n\\", "\U0001f600", b"", b"xyz",
    bytearray(b"ab"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2]], {},
    {"a": 1, "b": [2]}, set(), {3}, frozenset(), frozenset({4}), 1j, range(1, 10, 2),
    slice(1, None, 2), len, copyreg.pickle, Point, ..., NotImplemented, type(None),
]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print("protocol", proto)
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v or back is v or (v != v)
        shown = v.__name__ if callable(v) and hasattr(v, "__name__") else repr(v)[:30]
        print(" ", shown, data, same)

print("--- dis")
for proto in (0, 2, 4, 5):
    pickletools.dis(pickle.dumps([1, "a", (2, 3.5), {"x": None}, b"xy", 10**20, True], proto))
    pickletools.dis(pickle.dumps(Point(1, 2), proto), annotate=0)

print("--- genops")
for op, arg, pos in pickletools.genops(pickle.dumps({"k": [1, 2]}, 4)):
    print(op.name, op.code.encode("latin-1"), op.proto, repr(arg), pos)
print(len(pickletools.opcodes), pickletools.code2op["K"].name, pickletools.code2op["K"].arg.name)
print(pickle.loads(pickletools.optimize(pickle.dumps([[1], [2], "x"], 2))))

print("--- instances")
for proto in range(6):
    p = Point(1, [2])
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, q == p, q.__dict__)
    s = Slotted()
    s.a = 5
    t = pickle.loads(pickle.dumps(s, proto)) if proto >= 2 else None
    print(proto, t and t.a, t and hasattr(t, "b"))
    for v in (MyList([1, 2]), MyDict(a=1), MyInt(7), MyStr("s"), MyTuple((1, 2)), MySet({1})):
        w = pickle.loads(pickle.dumps(v, proto))
        print(" ", type(w).__name__, w == v)
    w = pickle.loads(pickle.dumps(WithNewArgs(1, 2), proto))
    print("  newargs_ex", w.a, w.b)

print("--- reductions")
print(object().__reduce_ex__(2)[0].__name__, object().__reduce_ex__(2)[1])
print(Point(1, 2).__reduce_ex__(2)[1:3])
print(Point(1, 2).__reduce_ex__(0)[1:])
print(Point(1, 2).__getstate__())
print(Slotted().__getstate__())
s = Slotted(); s.a = 1
print(s.__getstate__())
print(object().__getstate__())
print(MyList([1]).__reduce_ex__(2)[1])
print(list(MyList([1]).__reduce_ex__(2)[3]))
print(object.__reduce__(Point(3, 4))[1])

print("--- recursion")
for proto in range(6):
    a = [1]
    a.append(a)
    b = pickle.loads(pickle.dumps(a, proto))
    print(proto, b[1] is b, len(b))
    d = {}
    d["self"] = d
    e = pickle.loads(pickle.dumps(d, proto))
    print(proto, e["self"] is e)
    p = Point(1, None)
    p.y = p
    r = pickle.loads(pickle.dumps(p, proto))
    print(proto, r.y is r)
    t = ([],)
    t[0].append(t)
    u = pickle.loads(pickle.dumps(t, proto))
    print(proto, u[0][0] is u)

print("--- Pickler and Unpickler")


class PersistentPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith("ext:"):
            return obj[4:]
        return None


class PersistentUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid


for proto in range(6):
    f = io.BytesIO()
    PersistentPickler(f, proto).dump(["ext:one", "two"])
    f.seek(0)
    print(proto, PersistentUnpickler(f).load())

f = io.BytesIO()
pickle.Pickler(f, 2).dump("ext:x")
f.seek(0)
print(pickle.Unpickler(f).load())


class TablePickler(pickle.Pickler):
    dispatch_table = {Point: lambda p: (complex, (p.x, p.y))}


f = io.BytesIO()
TablePickler(f, 3).dump(Point(1, 2))
print(pickle.loads(f.getvalue()))
print(hasattr(pickle.Pickler(io.BytesIO()), "dispatch_table"))
print(pickle.dispatch_table is copyreg.dispatch_table)


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj == 42:
            return str, ("forty-two",)
        return NotImplemented


f = io.BytesIO()
Override(f, 4).dump([42, 1])
print(pickle.loads(f.getvalue()))


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


try:
    Restricted(io.BytesIO(pickle.dumps(Point(1, 2)))).load()
except pickle.UnpicklingError as e:
    print(type(e).__name__, e)

print("--- errors")


def local():
    def inner():
        pass
    return inner


bad = [
    b"", b"N", b"(.", b"0", b"]Na.", b"\xff", b"S'abc\n.", b"S\n.", b"S'\\'\n.",
    b"\x80\x09N.", b"h\x05.", b"}(Nu", b"cbuiltins\nnosuchname\n.",
    b"cnosuchmodule\nx\n.", b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00I42\n.",
]
for data in bad:
    try:
        print(repr(pickle.loads(data)))
    except Exception as e:
        # (the start of the message: module reprs differ)
        print(data, type(e).__name__, isinstance(e, pickle.UnpicklingError), str(e)[:40])

for obj in (local(), (x for x in ()), lambda: 0):
    for proto in (0, 4):
        try:
            pickle.dumps(obj, proto)
        except Exception as e:
            print(type(e).__name__, str(e).split(" at 0x")[0])
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pickle.loads("text")
except TypeError as e:
    print(type(e).__name__, e)
print(pickle.PickleError.__module__, issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
