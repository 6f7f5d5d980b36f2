# io.TextIOWrapper over any binary stream, io.BufferedWriter/Reader over a
# raw one, and the newline modes of text files.
import io
import os


class StdIOBuffer(io.TextIOWrapper):
    """A writable text stream with a .buffer, as argparse's tests use."""

    def __init__(self, initial_value="", newline="\n"):
        super().__init__(io.BufferedWriter(io.BytesIO(initial_value.encode("utf-8"))), "utf-8", newline=newline)

    def getvalue(self):
        self.flush()
        return self.buffer.raw.getvalue().decode("utf-8")


out = StdIOBuffer()
out.write("héllo\n")
print(out.write("wörld\n"), repr(out.getvalue()))
print(type(out.buffer).__name__, type(out.buffer.raw).__name__, out.encoding)

t = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\rthree\nfour"))
print([t.readline() for _ in range(5)])
for newline in ("", "\n", "\r", "\r\n"):
    t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), newline=newline)
    print(repr(newline), t.readlines())
for newline in (None, "", "\n", "\r", "\r\n"):
    raw = io.BytesIO()
    t = io.TextIOWrapper(raw, encoding="utf-8", newline=newline)
    t.write("x\ny\r\n")
    t.flush()
    print(repr(newline), raw.getvalue())

t = io.TextIOWrapper(io.BytesIO("añb".encode("latin-1")), encoding="latin-1")
print(repr(t.read()), t.encoding, t.errors)
r = io.BufferedReader(io.BytesIO(b"line1\nline2\n"))
print(r.readline(), r.read(), r.closed)
r.close()
print(r.closed)

for bad in ("x", 3):
    try:
        io.TextIOWrapper(io.BytesIO(), newline=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    io.BufferedWriter(io.BytesIO(), 0)
except ValueError as e:
    print(type(e).__name__, e)

path = "790_tmp_file.txt"
with open(path, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, newline="") as f:
    print(f.readlines())
with open(path) as f:
    print(f.readlines(), f.mode, type(f.buffer).__name__)
for args in ((path, "rb"), (path, "r")):
    try:
        open(*args, newline=5)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    open(path, "rb", newline="")
except ValueError as e:
    print(type(e).__name__, e)
os.remove(path)
