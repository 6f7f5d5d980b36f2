# array: typecodes, range checks, the sequence protocol and the methods
from array import array
import array as arraymod
import copy
import io

print(arraymod.typecodes, arraymod.ArrayType is array)
for c in arraymod.typecodes:
    a = array(c)
    print(c, a.itemsize, a.typecode, repr(a))
for c in "bBhHiIlLqQ":
    size = array(c).itemsize * 8
    for v in (2**70, -2**70, 2**size, -1 - 2**(size - 1), -1, 5):
        try:
            print(c, v, array(c, [v]))
        except Exception as e:
            print(c, v, type(e).__name__, e)
for f in [lambda: array("i", [1.5]), lambda: array("d", ["x"]), lambda: array("u", [1]),
          lambda: array("u", ["ab"]), lambda: array("x"), lambda: array(), lambda: array(1),
          lambda: array("i", "abc"), lambda: array("u", "abc"), lambda: array("i", [1]) + [1],
          lambda: array("i") + array("d"), lambda: array("i").pop(), lambda: array("i", [1]).pop(5),
          lambda: array("i").index(1), lambda: array("i").remove(1), lambda: array("i").frombytes(b"abc"),
          lambda: array("i").fromunicode("x"), lambda: array("i").tounicode(), lambda: array("i", [1])[5],
          lambda: array("i").extend(array("d")), lambda: array("i").fromlist((1,)),
          lambda: array("b", b"\x01\xff"), lambda: array("i", [1, 2]).__setitem__(slice(0, 1), [3]),
          lambda: hash(array("i")), lambda: array("i", [1, 2, 3]) * 2, lambda: array("d", [1.5, 2]),
          lambda: array("f", [0.1]), lambda: array("i", [1, 2]) == array("d", [1.0, 2.0]),
          lambda: array("i", [1]) < array("i", [2]), lambda: array("i", [1, 2, 3])[::2],
          lambda: array("i", [1]).__setitem__(0, "x"), lambda: array("i", array("d", [1.0])),
          lambda: array("i", [1])[0:1].__class__.__name__]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = array("h", range(5))
a.append(7)
a.extend([8, 9])
a.insert(0, -1)
print(a, a.pop(), a.pop(0), a.count(7), a.index(7), len(a), a.index(2, 1, 5))
a.reverse()
print(a, a.tolist(), a.tobytes())
a.byteswap()
print(a)
a.byteswap()
b = array("h")
b.frombytes(a.tobytes())
print(b == a, b != a, b.itemsize, b.typecode, 7 in b, 100 in b)
a[1:3] = array("h", [100, 200, 300])
print(a)
del a[::2]
print(a, 200 in a, list(a), a * 2, 2 * a, a[-1], a[1:])
a += array("h", [1])
a *= 2
print(a)
a[0] = -5
del a[1]
print(a, sorted(a), max(a), sum(a))
a.remove(-5)
print(a)
u = array("u", "hello")
u.fromunicode(" w")
print(u, u.tounicode(), u[0], len(u.tobytes()))
f = io.BytesIO()
array("d", [1.5, 2.5]).tofile(f)
f.seek(0)
d = array("d")
d.fromfile(f, 2)
print(d)
try:
    d.fromfile(f, 1)
except EOFError as e:
    print("EOFError", e)
print(copy.copy(d), copy.deepcopy(d), copy.copy(d) is d)
fl = array("f", [1.1, 2.5])
print(fl, fl[0] == 1.1, fl.tobytes())
q = array("Q", [2**64 - 1])
print(q, array("q", [-2**63]), array("B", b"\x00\xff").tolist())
print(array("i", [3, 1, 2]) > array("i", [3, 1]), array("b", [1]) == [1], array("l") == array("l"))
for x in array("i", [10, 20]):
    print(x)
