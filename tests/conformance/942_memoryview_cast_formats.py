# memoryview formats: cast to every native struct format, shapes,
# tolist, tobytes(order), hex(sep), indexing and item assignment.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


raw = bytes(range(1, 17))
m = memoryview(raw)
for fmt in "BbchHiIlLqQnNfd?P":
    v = m.cast(fmt)
    print(fmt, v.format, v.itemsize, v.nbytes, v.ndim, v.shape, v.strides, len(v))
    print("  ", v.tolist()[:4], v[0], v[-1])
print("@i", m.cast("@i").format, m.cast("@i").tolist())

# Bad casts
show("cast x", lambda: m.cast("x"))
show("cast <i", lambda: m.cast("<i"))
show("cast 2i", lambda: m.cast("2i"))
show("cast e", lambda: m.cast("e"))
show("cast int", lambda: m.cast(1))
show("cast no args", lambda: m.cast())
show("cast bad kw", lambda: m.cast("B", bogus=1))
show("cast i->h", lambda: m.cast("i").cast("h"))
show("cast shape int", lambda: m.cast("B", 16))
show("cast shape 0", lambda: m.cast("B", [0]))
show("cast shape -1", lambda: m.cast("B", [-1]))
show("cast shape str", lambda: m.cast("B", ["a"]))
show("cast shape size", lambda: m.cast("i", [3]))
show("cast 65 dims", lambda: m.cast("B", [1] * 65))
show("cast not multiple", lambda: m[:6].cast("i"))
show("cast strided", lambda: m[::2].cast("B"))
show("cast ND->ND", lambda: m.cast("B", (4, 4)).cast("B", (2, 8)))
show("cast ND->1D", lambda: m.cast("B", (4, 4)).cast("i").tolist())
show("cast kw", lambda: m.cast(format="h", shape=[2, 4]).tolist())

# Several dimensions
g = m.cast("B", (2, 2, 4))
print(g.shape, g.strides, g.ndim, g.nbytes, len(g))
print(g.tolist())
print(g[1, 0, 3], g[-1, -1, -1], g[0:1].tolist(), g[::-1].tolist())
show("g[0]", lambda: g[0])
show("g[0,0]", lambda: g[0, 0])
show("g[0,0,0,0]", lambda: g[0, 0, 0, 0])
show("g[0:1,0:1]", lambda: g[0:1, 0:1])
show("g[2,0,0]", lambda: g[2, 0, 0])
show("g[0,0,9]", lambda: g[0, 0, 9])
show("g['a']", lambda: g["a"])
show("g[1.0,0,0]", lambda: g[1.0, 0, 0])
print(g.tobytes() == raw, g.tobytes("C") == raw, g.tobytes("A") == raw)
print(g.tobytes("F"))
print(g[::-1].tobytes("F"), g[::-1].tobytes())
print(g.c_contiguous, g.f_contiguous, g.contiguous, g[::-1].contiguous)
show("tobytes X", lambda: g.tobytes("X"))
show("tobytes 1", lambda: g.tobytes(1))
print(list(memoryview(b"a").cast("B", (1, 1)).tolist()), memoryview(b"a").cast("B", (1, 1)).f_contiguous)
show("iter ND", lambda: list(g))

# Zero dimensions
z = m[:4].cast("i", [])
print(z.shape, z.strides, z.ndim, len(z), z.tolist(), z[()])
print(z[...] is z)
show("z[0]", lambda: z[0])
show("iter 0-dim", lambda: list(z))

# Slices with steps and negative strides
h = memoryview(b"abcdefgh").cast("h")
print(h[::-1].tolist(), h[::-1].strides, h[::2].tolist(), h[1:3].tobytes())
print(h[::-1].c_contiguous, h[::2].contiguous, h[::-1].tobytes())
print(h[5:1].tolist(), h[5:1].shape)

# hex
print(m.hex(), m.hex(":"), m.hex(":", 4), m.hex(sep="-", bytes_per_sep=-3))
print(g.hex(" "), h[::-1].hex())

# Index errors
show("index 16", lambda: m[16])
show("index -17", lambda: m[-17])
show("index huge", lambda: m[2 ** 70])
show("index str", lambda: m["x"])
