# gzip: one-shot compress/decompress (multi-member), GzipFile and open()
# in binary and text modes, errors
import gzip
import io
import os
import struct
import zlib

data = b"line one\nline two\n" * 50 + bytes(range(256))
c = gzip.compress(data, mtime=0)
print(c[:10], gzip.decompress(c) == data, struct.unpack("<I", c[-4:])[0] == len(data))
print(gzip.compress(b"x", 1, mtime=12345)[:10], gzip.compress(b"x", 6, mtime=0)[:10])
print(gzip.decompress(c + gzip.compress(b"second", mtime=0)) == data + b"second")
print(gzip.decompress(c + b"\0\0\0\0") == data, gzip.decompress(b""))
print(zlib.decompress(c, 31) == data, gzip.decompress(zlib.compress(b"via zlib", wbits=31)))

path = "/tmp/whirl_conformance_716_%d.gz" % os.getpid()
with gzip.open(path, "wb") as f:
    print(f.write(b"hello "), f.write(bytearray(b"binary\nworld\n")), f.mode == gzip.WRITE)
with open(path, "rb") as raw:
    head = raw.read(10)
    print(head[:4], head[8:])
with gzip.open(path, "rb") as f:
    print(f.read(3), f.readline(), f.read(), f.read(), f.mode == gzip.READ)
with gzip.open(path) as f:
    print(list(f))
with gzip.GzipFile(path, "rb") as f:
    print(f.readlines(), f.tell(), f.seek(0), f.read(5))
with gzip.open(path, "wt", encoding="utf-8") as f:
    print(f.write("héllo\n"), f.write("wörld\n"))
with gzip.open(path, "rt", encoding="utf-8") as f:
    print(f.read())
with gzip.open(path, "rt") as f:
    print([line for line in f])
with gzip.open(path, "ab") as f:
    f.write(b"appended member\n")
with gzip.open(path, "rt") as f:
    print(f.readlines())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(b"into a BytesIO")
print(gzip.decompress(buf.getvalue()), buf.getvalue()[:10])
buf.seek(0)
print(gzip.GzipFile(fileobj=buf).read())
os.remove(path)

for f in [lambda: gzip.decompress(b"not gzip data"), lambda: gzip.decompress(c[:-4]),
          lambda: gzip.decompress(c[:-8] + b"\0\0\0\0" + c[-4:]),
          lambda: gzip.decompress(c[:-4] + b"\0\0\0\0"), lambda: gzip.decompress(c[:20]),
          lambda: gzip.decompress(b"\x1f\x8b\x07" + c[3:]), lambda: gzip.open(path, "rbt"),
          lambda: gzip.open(path, "wb", encoding="utf-8"), lambda: gzip.GzipFile(path, "z"),
          lambda: gzip.open(123.5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(gzip.BadGzipFile, OSError))
