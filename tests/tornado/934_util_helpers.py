# tornado.util: Configurable, ArgReplacer, import_object, exec_in,
# raise_exc_info, re_unescape, timedelta_to_seconds, GzipDecompressor,
# ObjectDict, errno_from_exception.
import datetime
import gzip
import re
import sys
import warnings
import zlib

from tornado.util import (
    ArgReplacer,
    Configurable,
    GzipDecompressor,
    ObjectDict,
    errno_from_exception,
    exec_in,
    import_object,
    raise_exc_info,
    re_unescape,
    timedelta_to_seconds,
)


class Base(Configurable):
    @classmethod
    def configurable_base(cls):
        return Base

    @classmethod
    def configurable_default(cls):
        return ImplA

    def initialize(self, value=None):
        self.value = value


class ImplA(Base):
    pass


class ImplB(Base):
    def initialize(self, value=None, extra=None):
        self.value = value
        self.extra = extra


saved = Base._save_configuration()
print(type(Base()).__name__, Base(value=1).value)
Base.configure(ImplB, extra="e")
b = Base(2)
print(type(b).__name__, b.value, b.extra, type(ImplA()).__name__)
Base.configure("__main__.ImplA")
print(type(Base()).__name__, Base.configured_class().__name__)
try:
    Base.configure(int)
except ValueError as e:
    print("ValueError", e)
Base._restore_configuration(saved)
print(type(Base()).__name__)


def function(x, y, callback=None, z=None):
    pass


r = ArgReplacer(function, "callback")
print(r.get_old_value((1, 2), {}), r.replace("new", (1, 2), {}))
print(r.get_old_value((1, 2, "old"), {}), r.replace("new", (1, 2, "old", 3), {}))
print(r.replace("new", (1,), {"callback": "old", "z": 3}))
print(ArgReplacer(function, "nope").replace(1, (1, 2, 3), {}))

print(import_object("os.path").__name__, import_object("os.path.join") is __import__("os").path.join)
try:
    import_object("os.no_such_thing")
except ImportError as e:
    print("ImportError", e)
try:
    import_object("no_such_module_x")
except ImportError as e:
    print("ImportError", type(e).__name__)

ns = {}
exec_in("a = 1 + 1", ns)
print(ns["a"])
loc = {}
exec_in("b = a * 3", ns, loc)
print(loc)

try:
    try:
        raise KeyError("inner")
    except KeyError:
        info = sys.exc_info()
    raise_exc_info(info)
except KeyError as e:
    print("re-raised", repr(e), e is info[1])

for s in ("/favicon.ico", "a.b*c", "!$@#%;", "x y"):
    print(re_unescape(re.escape(s)) == s)
for bad in ("\\d", "\\b", "\\Z"):
    try:
        re_unescape(bad)
    except ValueError as e:
        print("ValueError", e)
print(timedelta_to_seconds(datetime.timedelta(hours=1, milliseconds=5)))

d = ObjectDict(a=1)
d.b = 2
print(d.a, d["b"], sorted(d))
try:
    d.missing
except AttributeError as e:
    print("AttributeError", e)

print(errno_from_exception(OSError(2, "x")), errno_from_exception(Exception(5)), errno_from_exception(Exception()))

data = gzip.compress(b"hello " * 100) + gzip.compress(b"second")
g = GzipDecompressor()
out = b""
chunk = data
while chunk:
    out += g.decompress(chunk, 64)
    chunk = g.unconsumed_tail
print(len(out), out[-12:], g.flush())
g = GzipDecompressor()
g.decompress(data[:20], 1000)
try:
    g.flush()
except zlib.error as e:
    print("zlib.error", e)
g = GzipDecompressor()
print(g.decompress(gzip.compress(b"x" * 50), 10), len(g.unconsumed_tail) > 0)
try:
    g.flush()
except ValueError:
    print("ValueError on flush with tail")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(GzipDecompressor().decompress(gzip.compress(b"ab") + gzip.compress(b"cd")))
print([x.category.__name__ for x in w])
for junk in (b"garbage", b"\x1f\x00", b"\x00"):
    g = GzipDecompressor()
    try:
        g.decompress(gzip.compress(b"ok") + junk, 100)
        g.flush()
        print("no error")
    except ValueError as e:
        print("ValueError", e)
    g = GzipDecompressor()
    try:
        chunk = gzip.compress(b"ok") + junk
        while chunk:
            g.decompress(chunk, 100)
            chunk = g.unconsumed_tail
        g.flush()
        print("no error")
    except zlib.error:
        print("zlib.error for trailing", junk)
print(GzipDecompressor().flush())
