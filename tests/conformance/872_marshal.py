# marshal: CPython's byte format for the basic types (versions 0 to 4),
# round trips, data CPython wrote (with references), and its errors.
import io
import marshal

values = [
    None, True, False, ..., StopIteration, 0, 1, -5, 2**31 - 1, -2**31, 2**31,
    2**40, -2**70, 10**30, 1.5, -0.0, float("inf"), 1e300, 3 + 4j, -1j,
    "a b", "", "caf\u00e9 x", "\u20ac and \U0001f600", "x" * 300, b"xy", b"",
    bytes(range(256)), (1, "a b"), (), [1, 2, [3]], {1: 2, "k v": [None]},
    {3}, frozenset({4}), (((1.25,),),),
]

print("version", marshal.version)
for v in values:
    for version in (0, 1, 2):
        print(version, repr(v)[:40], marshal.dumps(v, version)[:48])
    for version in range(5):
        back = marshal.loads(marshal.dumps(v, version))
        if back != v or type(back) is not type(v):
            if not (v != v and back != back):
                print("round trip differs", version, repr(v)[:40], repr(back)[:40])
print("round trips done")

print(marshal.loads(bytearray(b"i\x07\x00\x00\x00")), marshal.loads(memoryview(b"N")))
print(marshal.loads(b"i\x01\x00\x00\x00trailing bytes ignored"))
print(marshal.dumps(bytearray(b"ab"), 2), marshal.dumps(memoryview(b"cd"), 2))

# Written by CPython 3.11 (version 4, with reference flags and back-references).
cpython = [
    b"\xe9\x01\x00\x00\x00",
    b"\xa9\x02\xe9\x01\x00\x00\x00\xfa\x03a b",
    b")\x02\xdb\x01\x00\x00\x00\xe9\x01\x00\x00\x00r\x00\x00\x00\x00",
    b"\xfb\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x000",
    b"\xec\xfb\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04",
    b"\xf9\x00\x00\x00\x00\x00\x00\x08@\x00\x00\x00\x00\x00\x00\x10@",
    b"\xf5\x07\x00\x00\x00caf\xc3\xa9 x",
    b"\xbe\x01\x00\x00\x00\xe9\x04\x00\x00\x00",
    b"x\x010\x011",
    b"f\x031.5",
]
for data in cpython:
    print(marshal.loads(data))
shared = [1]
pair = marshal.loads(marshal.dumps((shared, shared)))
print(pair, pair[0] is pair[1])
nested = {"a": [1, 2], "b": ("x y", frozenset({5}))}
print(marshal.loads(marshal.dumps([nested, nested])))

f = io.BytesIO()
marshal.dump([1, "two"], f)
marshal.dump({"three": 3.0}, f, 2)
f.seek(0)
print(marshal.load(f), marshal.load(f))
try:
    marshal.load(f)
except Exception as e:
    print(type(e).__name__, e)

for bad in (b"", b"Q", b"i\x01", b"l\x02\x00\x00\x00\x01\x00", b"(\x02\x00\x00\x00N",
            b"r\x05\x00\x00\x00", b"{N", b"s\x05\x00\x00\x00ab"):
    try:
        print(marshal.loads(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
for bad in (object(), [1, object()], {1: print}, lambda: 0, range(3)):
    try:
        marshal.dumps(bad)
    except Exception as e:
        print(type(e).__name__, e)
for args in (("x",), (1, "2")):
    try:
        marshal.loads(*args) if len(args) == 1 else marshal.dumps(*args)
    except Exception as e:
        print(type(e).__name__, e)
