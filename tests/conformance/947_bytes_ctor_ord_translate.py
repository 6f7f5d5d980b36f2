# bytes and bytearray: the constructor's encoding/errors checks, ord() of
# one byte, translate() with any bytes-like table, %-formatting with a
# mapping of bytes keys, index type errors, extended-slice deletion.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


for tp in (bytes, bytearray):
    n = tp.__name__
    show(n + " encoding only", lambda: tp(encoding="ascii"))
    show(n + " errors only", lambda: tp(errors="ignore"))
    show(n + " int + encoding", lambda: tp(0, "ascii"))
    show(n + " bytes + encoding", lambda: tp(b"", "ascii"))
    show(n + " int + errors", lambda: tp(0, errors="ignore"))
    show(n + " str alone", lambda: tp(""))
    show(n + " str + errors", lambda: tp("", errors="ignore"))
    show(n + " bytes encoding", lambda: tp("", b"ascii"))
    show(n + " bytes errors", lambda: tp("", "ascii", b"ignore"))
    show(n + " ok", lambda: tp("h\xe9", "latin-1"))
    show(n + " ord", lambda: ord(tp(b"A")))
    show(n + " ord 2", lambda: ord(tp(b"AB")))
    show(n + " ord 0", lambda: ord(tp(b"")))
    table = bytearray(range(256))
    table[ord("o")] = ord("e")
    show(n + " translate bytearray", lambda: tp(b"hello").translate(table))
    show(n + " translate memoryview", lambda: tp(b"hello").translate(memoryview(bytes(table))))
    show(n + " translate delete bytearray", lambda: tp(b"hello").translate(None, bytearray(b"l")))
    show(n + " translate short", lambda: tp(b"hello").translate(bytearray(10)))
    show(n + " mapping", lambda: tp(b"%(foo)s-%(bar)d") % {b"foo": b"x", b"bar": 5})
    show(n + " str key", lambda: tp(b"%(foo)s") % {"foo": b"x"})

b = bytearray(b"python")


def set_str_index():
    b["a"] = "python"


show("str index", set_str_index)
b = bytearray(range(10))
b[1:-1:2] = b""
print(b)
v = memoryview(b)


def del_extended():
    b[1:-1:2] = b""


show("exported extended delete", del_extended)
def set_extended():
    b[1:5:2] = b"x"


show("extended size", set_extended)
v.release()
b[1:5:2] = b"XY"
print(b)

# A decode error made with a bytearray keeps it in args, bytes in .object.
e = UnicodeDecodeError("ascii", bytearray(b"\xff"), 0, 1, "ordinal not in range(128)")
print(repr(e.object), e.args, str(e))


class Text(str):
    def __bytes__(self):
        return b"abc"


print(bytes(Text("\u20ac")), bytes(Text("\u20ac"), "iso8859-15"))
show("str subclass no encoding", lambda: bytes(Text("x"), errors="strict"))
