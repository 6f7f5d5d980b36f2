# open() in every mode, with encodings, errors and newline arguments;
# the io class hierarchy; seek/tell, readline(s), iteration; the errors.
import io
import os

d = "_tmp_750_io_files"
os.mkdir(d)
p = os.path.join(d, "t.txt")


def show(mode, **kw):
    with open(p, mode, **kw) as f:
        print(mode, kw, type(f).__name__, f.readable(), f.writable(), f.seekable())


text = "héllo\nwörld\n€ and 𝄞\n"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig"]:
    with open(p, "w", encoding=enc) as f:
        print(enc, f.write(text), f.encoding)
    with open(p, "rb") as f:
        raw = f.read()
    with open(p, encoding=enc) as f:
        print(len(raw), raw[:6], f.readline(), f.readlines())
    with open(p, encoding=enc) as f:
        print([line for line in f])

for enc in ["latin-1", "ascii"]:
    with open(p, "w", encoding=enc, errors="replace") as f:
        f.write("naïve €\n")
    with open(p, "rb") as f:
        print(enc, f.read())
    with open(p, encoding=enc, errors="replace") as f:
        print(f.read())

with open(p, "w", encoding="ascii") as f:
    try:
        f.write("é")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)

# newline: translation on write, universal newlines on read
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline=nl) as f:
        f.write("a\nb\r\nc\rd")
    with open(p, "rb") as f:
        print(repr(nl), f.read())
with open(p, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
with open(p) as f:
    f.read()
    print(f.newlines)

# modes
for mode in ["r", "rb", "r+", "rb+", "w", "wb", "w+", "a", "ab", "a+", "rt", "wt"]:
    show(mode)
os.remove(p)
for mode in ["x", "xb", "x+"]:
    show(mode)
    os.remove(p)
with open(p, "w") as f:
    f.write("data")
try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(os.path.join(d, "missing.txt"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
with open(p, "a") as f:
    f.write("+more")
with open(p) as f:
    print(f.read())
with open(p, "a+") as f:
    print(f.tell())
    f.seek(0)
    print(f.read())

# bad arguments
for args, kw in [(("rw",), {}), (("rr",), {}), (("q",), {}), (("bt",), {}), (("",), {}),
                 (("rb",), {"encoding": "utf-8"}), (("rb",), {"errors": "strict"}),
                 (("rb",), {"newline": "\n"}), (("r",), {"newline": "x"}),
                 (("r",), {"buffering": 0}), (("r",), {"encoding": "no-such-codec"}),
                 ((3,), {}), (("r",), {"encoding": 5})]:
    try:
        open(p, *args, **kw)
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)

# binary: buffered reader/writer/random, raw FileIO
with open(p, "wb") as f:
    print(repr(f).replace(p, "P"), f.write(b"0123456789\nabc\n"), f.tell())
with open(p, "rb") as f:
    print(repr(f).replace(p, "P"), f.read(3), f.tell(), f.readline(), f.peek(1)[:1], f.read1(2))
    print(f.seek(-3, 2), f.read(), f.seek(0), f.readlines())
    print(isinstance(f.raw, io.FileIO), f.raw.mode, f.mode, f.name == p)
with open(p, "r+b") as f:
    print(type(f).__name__, f.read(2), f.write(b"XY"), f.seek(0), f.read(5), f.truncate(4), f.seek(0, 2))
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(), f.readall())
with open(p, "rb") as f:
    b = bytearray(3)
    print(f.readinto(b), b)

# text seek/tell and reading pieces
with open(p, "w+") as f:
    f.write("line one\nline two\nline three\n")
    print(f.tell(), f.seek(0), f.read(4), f.readline(), f.readline(3))
    pos = f.tell()
    print(f.readline(), f.seek(pos), f.readline())
    try:
        f.seek(2, 1)
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1, 2)
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
    f.seek(0)
    print(f.truncate(4), f.read())

# unsupported operations and closed files
with open(p) as f:
    for call in [lambda: f.write("x"), lambda: f.truncate()]:
        try:
            call()
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
with open(p, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
with open(p, "rb") as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
with open(p, "wb") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
    try:
        f.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
f = open(p)
f.close()
print(f.closed)
for call in [f.read, f.readline, lambda: f.write("x"), lambda: f.seek(0), f.tell, lambda: next(iter(f))]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)

# the class hierarchy
for cls in [io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.TextIOWrapper,
            io.StringIO, io.BytesIO]:
    print(cls.__name__, [issubclass(cls, b) for b in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)])
with open(p) as f:
    print(isinstance(f, io.TextIOBase), isinstance(f.buffer, io.BufferedIOBase), isinstance(f.buffer.raw, io.RawIOBase))
raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-16", newline="")
w.write("x\r\ny\n")
w.flush()
print(raw.getvalue())
t = io.TextIOWrapper(io.BytesIO(raw.getvalue()), encoding="utf-16")
print(t.readlines(), t.encoding)
w = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", newline="\r\n")
w.write("é\n")
w.flush()
print(w.buffer.getvalue())
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
os.remove(p)
os.rmdir(d)
