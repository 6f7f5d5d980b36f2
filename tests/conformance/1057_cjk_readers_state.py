# CJK stream readers as CPython's multibyte ones (read(size) reads once, an
# incomplete character at the end of the stream is an error), and the
# incremental codecs' getstate/setstate with their checks.
import codecs, io
for enc in ["iso2022_jp", "euc_jp", "hz", "big5hkscs", "cp949"]:
    data = "x中文\n字y\nabc 字\n".encode(enc)
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(enc, ascii(r.read(2)), ascii(r.read(1)), ascii(r.readline()), ascii(r.readline(3)), ascii(r.read()))
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(enc, r.readlines())
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(enc, [line for line in r])
    r = codecs.getreader(enc)(io.BytesIO(data[:-2]))
    try:
        print(enc, ascii(r.read(None)))
    except UnicodeDecodeError as e:
        print(enc, type(e).__name__, e)
r = codecs.getreader("cp949")(io.BytesIO(b"\xa1"))
try:
    r.read(2)
except UnicodeDecodeError as e:
    print("cp949", type(e).__name__, e)
r = codecs.getreader("cp949")(io.BytesIO(b"a\xa1"), "replace")
print(ascii(r.read(1)), ascii(r.read(1)), ascii(r.read(1)))
d = codecs.getincrementaldecoder("euc_jp")()
for s in [123, ("invalid", 0), (b"1234", "invalid"), (b"123456789", 0), (b"12",), (b"\xa4", 0)]:
    try:
        d.setstate(s); print("ok", d.getstate())
    except Exception as e:
        print(type(e).__name__, e)
e = codecs.getincrementalencoder("euc_jp")()
for s in [int.from_bytes(b"\x09"+b"\0"*16,"little"), int.from_bytes(b"\x01\xff"+b"\0"*8,"little"), -1, "x", 1<<200, 0]:
    try:
        e.setstate(s); print("ok", e.getstate())
    except Exception as x:
        print(type(x).__name__, x)
e = codecs.getincrementalencoder("big5hkscs")()
e.encode("\xca")
st = e.getstate()
e2 = codecs.getincrementalencoder("big5hkscs")()
e2.setstate(st)
print(e2.encode("\u0304", True))
# An unfinished escape sequence longer than the 8 bytes kept between calls.
r = codecs.getreader("iso2022_jp")(io.BytesIO(b"a\x1b(abcdefghijk"))
try:
    print(ascii(r.read(2)), ascii(r.read(1)), ascii(r.read(1)), ascii(r.read(20)))
except UnicodeError as e:
    print(type(e).__name__, e)
d = codecs.getincrementaldecoder("iso2022_kr")()
out = []
try:
    for b in b"C\x1b$(abcdefghij":
        out.append(d.decode(bytes([b])))
except UnicodeError as e:
    print(ascii(out), type(e).__name__, e)
