import codecs, io
for n in ["UTF8", "utf_8", "latin1", "iso-8859-1", "u8", "utf-16", "UTF-32-LE", "ascii", "US-ASCII", "l1", "utf-8-sig", "utf8"]:
    print(n, codecs.lookup(n).name)
try:
    codecs.lookup("nope")
except LookupError as e:
    print(type(e).__name__, e)
print(codecs.encode("héllo", "latin-1"), codecs.decode(b"h\xe9", "latin1"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
def h(exc):
    print("handler", type(exc).__name__, exc.start, exc.end, exc.reason)
    return ("<%s>" % ",".join(str(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)
codecs.register_error("mine", h)
print(codecs.encode("aéb€c", "ascii", "mine"))
def hd(exc):
    return ("[%d]" % exc.object[exc.start], exc.end)
codecs.register_error("mined", hd)
print(codecs.decode(b"a\xffb\xfe", "utf-8", "mined"))
print(codecs.lookup_error("strict") is codecs.strict_errors)
try:
    codecs.lookup_error("zzz")
except LookupError as e:
    print(type(e).__name__, e)
e = UnicodeEncodeError("ascii", "a\u20acb", 1, 2, "nope")
for f in [codecs.ignore_errors, codecs.replace_errors, codecs.backslashreplace_errors, codecs.xmlcharrefreplace_errors, codecs.namereplace_errors]:
    print(f.__name__, f(e))
d = UnicodeDecodeError("utf-8", b"a\xffb", 1, 2, "bad")
for f in [codecs.ignore_errors, codecs.replace_errors, codecs.backslashreplace_errors]:
    print(f.__name__, f(d))
try:
    codecs.xmlcharrefreplace_errors(d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    codecs.strict_errors(d)
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(bytes([b])) for b in "h€!".encode()], repr(dec.decode(b"", True)))
dec = codecs.getincrementaldecoder("utf-16")()
print([dec.decode(b) for b in [b"\xff", b"\xfea", b"\x00b", b"\x00"]])
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
print(list(codecs.iterencode(["a", "é"], "utf-8")), list(codecs.iterdecode([b"\xc3", b"\xa9x"], "utf-8")))
s = io.BytesIO()
w = codecs.getwriter("utf-8")(s)
w.write("héllo\nwörld\n")
print(s.getvalue())
r = codecs.getreader("utf-8")(io.BytesIO(s.getvalue()))
print(r.readline(), r.readline(), repr(r.readline()))
r = codecs.getreader("latin-1")(io.BytesIO(b"ab\xe9"))
print(r.read())
print(codecs.lookup("utf-8")[:2] == (codecs.lookup("utf-8").encode, codecs.lookup("utf-8").decode))
with codecs.open("/tmp/_c.txt", "w", "utf-8") as f:
    f.write("zé\n")
with codecs.open("/tmp/_c.txt", "r", "utf-8") as f:
    print(repr(f.read()))
print(codecs.lookup("utf-8").encode("é"), codecs.lookup("utf-16-le").decode(b"a\x00"))
