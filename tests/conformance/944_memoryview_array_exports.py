# memoryview over array.array: the array's format, writes on either side
# seen by the other, and BufferError for resizes while a view is held.
import array


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


for tc in "bBhHiIlLqQfd":
    a = array.array(tc, [1, 2, 3])
    m = memoryview(a)
    print(tc, m.format, m.itemsize, m.nbytes, m.shape, m.strides, m.readonly, m.obj is a)
    print("  ", m.tolist(), m[::-1].tolist(), m == a, a == m, m.tobytes() == a.tobytes())
    m[0] = 5
    a[2] = 9
    print("  ", a, m.tolist())
    show("   bad value", lambda: m.__class__ and m.__setitem__(0, "x") if False else None)
    m.release()

u = memoryview(array.array("u", "ab"))
print(u.format, u.itemsize, u.nbytes)
show("tolist u", lambda: u.tolist())
show("item u", lambda: u[0])

a = array.array("i", [10, 20, 30])
m = memoryview(a)
for label, op in [
    ("append", lambda: a.append(1)),
    ("extend", lambda: a.extend([1])),
    ("extend empty", lambda: a.extend([])),
    ("insert", lambda: a.insert(0, 1)),
    ("pop", lambda: a.pop()),
    ("pop empty index", lambda: a.pop(10)),
    ("remove", lambda: a.remove(10)),
    ("remove missing", lambda: a.remove(99)),
    ("fromlist", lambda: a.fromlist([1])),
    ("frombytes", lambda: a.frombytes(b"\x00" * 4)),
    ("frombytes empty", lambda: a.frombytes(b"")),
    ("imul 2", lambda: a.__imul__(2)),
    ("imul 1", lambda: a.__imul__(1)),
    ("imul 0", lambda: a.__imul__(0)),
    ("iadd", lambda: a.__iadd__(array.array("i", [1]))),
    ("slice grow", lambda: a.__setitem__(slice(0, 0), array.array("i", [1]))),
    ("slice same", lambda: a.__setitem__(slice(0, 1), array.array("i", [11]))),
    ("del item", lambda: a.__delitem__(0)),
    ("del slice", lambda: a.__delitem__(slice(0, 1))),
    ("del empty slice", lambda: a.__delitem__(slice(0, 0))),
]:
    show(label, op)
    print("   ", a, m.tolist())
a.reverse()
print(a, m.tolist())
a.byteswap()
print(a, m.tolist())
a.byteswap()
m2 = m[1:]
m.release()
show("append with slice view", lambda: a.append(1))
del m2
a.append(40)
print(a, len(a))
with memoryview(a) as v:
    v[0] = -1
    print(v.tolist(), bytes(v[:1]) == a.tobytes()[:4])
a.append(50)
print(a)
c = memoryview(a).cast("B")
print(c.format, len(c), c.cast("i").tolist())
print(bytes(memoryview(array.array("h", [1, -1]))))
