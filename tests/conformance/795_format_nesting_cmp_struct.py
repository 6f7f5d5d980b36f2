# str.format: fields nested in a spec share the automatic numbering;
# comparisons fall back to a builtin base type's slot; struct takes
# bytearray/memoryview buffers; math.ldexp; importlib.util helpers.
import importlib.util
import math
import struct

print("{:^{}} {}".format("bar", 6, "X"), "{:{}}|{}".format(1, 4, 2), "{0:{1}}|".format("a", 3))
print("{:{}.{}f}".format(3.14159, 8, 2), "{:>{w}}".format("r", w=4), "{a:{b}}".format(a=5, b="03"))
for fmt, args in (("{:{:{}}}", (1, 2, 3)), ("{:{0}}", (1, 2)), ("{0:{}}", (1, 2)), ("{:{}}", (1,))):
    try:
        print(fmt.format(*args))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)


class Declines(int):
    def __lt__(self, other):
        return NotImplemented


class Text(str):
    def __gt__(self, other):
        return NotImplemented


print(Declines(0) < 1, 1 > Declines(0), Declines(3) < Declines(5), Declines(2) < 1.5)
print(Text("b") > "a", Text("a") > Text("b"), sorted([Declines(3), Declines(1), Declines(2)]))
for a, b in ((Declines(1), "x"), (Text("a"), 1)):
    try:
        print(a < b if isinstance(a, int) else a > b)
    except TypeError as e:
        print(type(e).__name__, e)

buf = bytearray(8)
struct.pack_into("<hi", buf, 1, -2, 70000)
print(buf, struct.unpack_from("<hi", buf, 1), struct.unpack("<2h", memoryview(b"\x01\x00\x02\x00")))
mv = memoryview(bytearray(4))
struct.pack_into(">I", mv, 0, 0xDEADBEEF)
print(bytes(mv), list(struct.iter_unpack("<H", bytearray(b"\x01\x00\x02\x00"))))
for target in (b"1234", memoryview(b"1234"), "1234"):
    try:
        struct.pack_into("b", target, 0, 1)
    except TypeError as e:
        print(type(e).__name__, e)

print(math.ldexp(1.5, 3), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(-3, -10 ** 30), math.ldexp(0.0, 10 ** 30))
print(math.ldexp(float("inf"), -5), math.ldexp(2 ** 60, -60), math.ldexp(1.0, 1023) == 2.0 ** 1023)
for args in ((1.0, 1024), (1.0, 10 ** 30), (1.0, 1.5)):
    try:
        print(math.ldexp(*args))
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)

print(importlib.util.resolve_name(".mod", "pkg.sub"), importlib.util.resolve_name("..x", "pkg.sub"), importlib.util.resolve_name("abs", None))
spec = importlib.util.spec_from_file_location("made", "/tmp/made.py")
module = importlib.util.module_from_spec(spec)
print(spec.name, spec.origin, spec.parent == "", module.__name__, module.__file__, module.__spec__ is spec)
try:
    importlib.util.resolve_name(".x", None)
except ImportError as e:
    print(type(e).__name__, e)

import json.encoder

print(json.encoder.encode_basestring_ascii('a\x7f\u00e9\U0001f600"\\\t'), json.encoder.encode_basestring("é\n\x01"))
for bad in (3, None):
    try:
        json.encoder.encode_basestring_ascii(bad)
    except TypeError as e:
        print(type(e).__name__, e)
