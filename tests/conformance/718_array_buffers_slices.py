# arrays as bytes-like objects (memoryview, zlib, binascii, hashlib,
# base64), and slices whose step is near sys.maxsize (no overflow)
import base64
import binascii
import hashlib
import sys
import zlib
from array import array

a = array("B", b"hello")
print(memoryview(a).tobytes(), len(memoryview(a)), zlib.crc32(a), binascii.hexlify(a))
print(hashlib.md5(a).hexdigest(), base64.b64encode(a), zlib.decompress(zlib.compress(a)))
h = array("H", [1, 2, 513])
print(memoryview(h).tobytes() == h.tobytes(), zlib.adler32(h) == zlib.adler32(h.tobytes()))
print(binascii.a2b_base64(array("B", b"aGk=")))

items = [1, 2, 3, 4, 5]
for step in (sys.maxsize, -sys.maxsize, -sys.maxsize - 1, 2**70, -2**70, 3, -3):
    for start, stop in ((None, None), (0, 100), (100, -100), (-1, 0), (4, None)):
        print(step, start, stop, items[start:stop:step], "abcde"[start:stop:step],
              bytes(b"abcde")[start:stop:step], list(range(5))[start:stop:step])
