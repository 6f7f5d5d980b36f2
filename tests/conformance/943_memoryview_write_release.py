# memoryview item assignment by format, release(), the context manager,
# hashing, equality, and exports blocking bytearray/array resizes.
import array
import copy
import weakref


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


def setitem(m, k, v):
    m[k] = v
    return m.tolist()


buf = bytearray(16)
m = memoryview(buf)
for fmt, good, bad in [
    ("B", 255, 256), ("b", -128, 128), ("h", -32768, 40000), ("H", 65535, -1),
    ("i", 2 ** 31 - 1, 2 ** 31), ("I", 2 ** 32 - 1, -1), ("l", -2 ** 63, 2 ** 63),
    ("L", 2 ** 64 - 1, 2 ** 64), ("q", 5, 2 ** 63), ("Q", 7, -1),
    ("n", -3, 2 ** 63), ("N", 3, -3),
]:
    v = m.cast(fmt)
    show(fmt + " good", lambda: setitem(v, 0, good)[0])
    show(fmt + " bad", lambda: setitem(v, 0, bad))
    show(fmt + " float", lambda: setitem(v, 0, 1.5))
    show(fmt + " str", lambda: setitem(v, 0, "1"))
    show(fmt + " bool", lambda: setitem(v, 0, True)[0])


class Idx:
    def __index__(self):
        return 7


show("index obj", lambda: setitem(m.cast("i"), 1, Idx())[1])
show("index key obj", lambda: m.cast("i")[Idx() if False else 1])
d = m.cast("d")
show("d int", lambda: setitem(d, 0, 3)[0])
show("d float", lambda: setitem(d, 1, 2.5)[1])
show("d huge", lambda: setitem(d, 0, 1e308 * 10)[0])
show("d str", lambda: setitem(d, 0, "x"))
f = m.cast("f")
show("f round", lambda: setitem(f, 0, 0.1)[0])
show("f overflow", lambda: setitem(f, 0, 1e300)[0])
c = m.cast("c")
show("c one", lambda: setitem(c, 0, b"z")[0])
show("c two", lambda: setitem(c, 0, b"zz"))
show("c int", lambda: setitem(c, 0, 1))
show("c bytearray", lambda: setitem(c, 0, bytearray(b"q")))
q = m.cast("?")
show("? list", lambda: setitem(q, 0, [])[0])
show("? int", lambda: setitem(q, 0, 5)[0])

# Slice assignment needs the same structure
v = memoryview(bytearray(b"abcdefgh"))
show("slice ok", lambda: setitem(v, slice(0, 2), b"XY"))
show("slice step", lambda: setitem(v, slice(None, None, 2), b"1234"))
show("slice reversed", lambda: setitem(v, slice(None, None, -1), b"ABCDEFGH"))
show("slice short", lambda: setitem(v, slice(0, 2), b"abc"))
show("slice list", lambda: setitem(v, slice(0, 2), [1, 2]))
vi = memoryview(bytearray(8)).cast("i")
show("slice same fmt", lambda: setitem(vi, slice(0, 2), memoryview(b"\x01" * 8).cast("i")))
show("slice other fmt", lambda: setitem(vi, slice(0, 2), memoryview(b"\x01" * 8).cast("I")))
show("slice bytes into i", lambda: setitem(vi, slice(0, 2), b"\x01" * 8))
nd = memoryview(bytearray(b"abcd")).cast("B", (2, 2))
show("nd item", lambda: setitem(nd, (1, 1), 65))
show("nd row", lambda: setitem(nd, 0, 65))
show("nd slice", lambda: setitem(nd, slice(0, 1), b"zz"))
show("read-only", lambda: setitem(memoryview(b"abc"), 0, 65))
show("tuple key 1-D", lambda: setitem(memoryview(bytearray(b"ab")), (0,), 66))
zero = memoryview(bytearray(b"a")).cast("B", [])
show("0-dim ()", lambda: setitem(zero, (), 66))
show("0-dim ...", lambda: setitem(zero, ..., 67))


def delete(k):
    del v[k]


show("delete", lambda: delete(0))

# release and the context manager
b = bytearray(b"xyz")
mv = memoryview(b)
with mv as cm:
    print(cm is mv, cm[0])
for label, op in [
    ("bytes", lambda: bytes(mv)), ("tobytes", lambda: mv.tobytes()),
    ("tolist", lambda: mv.tolist()), ("item", lambda: mv[0]),
    ("len", lambda: len(mv)), ("format", lambda: mv.format),
    ("itemsize", lambda: mv.itemsize), ("ndim", lambda: mv.ndim),
    ("shape", lambda: mv.shape), ("strides", lambda: mv.strides),
    ("readonly", lambda: mv.readonly), ("obj", lambda: mv.obj),
    ("nbytes", lambda: mv.nbytes), ("contiguous", lambda: mv.contiguous),
    ("cast", lambda: mv.cast("B")), ("hex", lambda: mv.hex()),
    ("iter", lambda: list(mv)), ("toreadonly", lambda: mv.toreadonly()),
]:
    show("released " + label, op)
print("released" in repr(mv), mv == mv, mv != memoryview(b"xyz"), mv.release())
mv2 = memoryview(b)
with mv2:
    mv2.release()
show("enter released", lambda: mv2.__enter__())

# bytearray exports
b = bytearray(b"abc")
e1 = memoryview(b)
e2 = e1[1:]
for label, op in [
    ("append", lambda: b.append(1)), ("extend", lambda: b.extend(b"zz")),
    ("pop", lambda: b.pop()), ("clear", lambda: b.clear()),
    ("remove", lambda: b.remove(97)), ("insert", lambda: b.insert(0, 1)),
]:
    show("exported " + label, op)
b[0:1] = b"Q"
print(b, e2.tolist())
e1.release()
show("still exported", lambda: b.append(1))
e2.release()
b.append(33)
print(b)

# Hashing
ro = memoryview(b"abcd")
print(hash(ro) == hash(b"abcd"), hash(ro.cast("c")) == hash(b"abcd"))
show("hash writable", lambda: hash(memoryview(bytearray(b"a"))))
show("hash format i", lambda: hash(ro.cast("i")))
ro.release()
print("kept hash", hash(ro) == hash(b"abcd"))
late = memoryview(b"abcd")
late.release()
show("hash released", lambda: hash(late))

# Equality compares values by format
print(memoryview(b"ab") == b"ab", b"ab" == memoryview(b"ab"), memoryview(b"ab") != b"ab")
print(memoryview(b"ab") == bytearray(b"ab"), memoryview(b"ab") == "ab")
print(memoryview(b"abcd").cast("c") == memoryview(b"abcd"))
print(memoryview(b"abcd").cast("B", (2, 2)) == memoryview(b"abcd"))
print(memoryview(b"abcd").cast("B", (2, 2)) == memoryview(b"abcd").cast("B", (2, 2)))
print(memoryview(b"\x01\x00\x00\x00").cast("i") == memoryview(b"\x01\x00\x00\x00\x00\x00\x00\x00").cast("q"))
nan = memoryview(bytearray(8)).cast("d")
nan[0] = float("nan")
print(nan == nan, nan == memoryview(nan))
show("order", lambda: memoryview(b"a") < memoryview(b"b"))

# toreadonly shares memory
src = bytearray(b"xy")
rw = memoryview(src)
rdo = rw.toreadonly()
rw[0] = 65
print(rdo.readonly, rdo.tolist(), rdo.obj is src)
show("write readonly", lambda: setitem(rdo, 0, 1))

# weak references to views, copying
w = memoryview(b"q")
r = weakref.ref(w, lambda ref: print("callback ran"))
print(r() is w)
del w
print("after del", r())
try:
    copy.copy(memoryview(b"abc"))
except TypeError as e:
    print("copy -> TypeError")
show("memoryview()", lambda: memoryview())
show("memoryview(1)", lambda: memoryview(1))
show("memoryview(str)", lambda: memoryview("abc"))
show("memoryview(object=)", lambda: memoryview(object=b"x").tolist())
show("memoryview(list)", lambda: memoryview([1]))
