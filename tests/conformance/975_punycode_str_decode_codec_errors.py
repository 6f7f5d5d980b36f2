# The punycode codec, str(bytes, encoding, errors), and codec errors re-raised
# naming the codec as CPython does.
import codecs
for s in ["bücher", "münchen", "abc", "", "日本語", "Ελληνικά", "a-b-ü", "ü"*5, "\U0001f600x"]:
    e = s.encode("punycode")
    print(repr(s), e, e.decode("punycode") == s)
for bad in [b"abc-9", b"b\xfccher", b"-x!", b"zzzzzzzzzzzzzzzzz"]:
    try:
        print(bad.decode("punycode"))
    except (UnicodeError, ValueError) as ex:
        print(type(ex).__name__, ex)
print(codecs.lookup("punycode").name)
print(b"bcher-kva".decode("punycode", "ignore"), b"abc-9".decode("punycode", "replace"))

for args, kw in [((b'b\xfccher', 'ascii'), {}), ((b'\xfc', 'latin-1'), {}), ((b'\xe9', 'cp1252'), {}),
                 ((b'a\xffb', 'utf-8', 'replace'), {}), ((bytearray(b'xy'), 'ascii'), {}),
                 ((memoryview(b'mv'),), {'encoding': 'ascii'}), ((), {'object': b'k', 'errors': 'strict'}),
                 (('s', 'utf-8'), {}), ((5, 'utf-8'), {}), ((b'x',), {'bogus': 1}), ((), {}), ((7,), {}),
                 ((), {'object': 9}), ((b'a', 'utf-8', 'strict', 4), {}), ((b'a', 'no-such'), {})]:
    try:
        print(repr(str(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

import codecs
class MyErr(ValueError):
    pass
class Rich(ValueError):
    def __init__(self, a, b):
        super().__init__(a, b)
def search(name):
    if name not in ("boom", "rich", "uni", "keyerr"):
        return None
    def enc(s, errors="strict"):
        if name == "boom": raise MyErr("bad thing")
        if name == "rich": raise Rich(1, 2)
        if name == "keyerr": raise KeyError("k")
        raise UnicodeEncodeError("ascii", s, 0, 1, "nope")
    def dec(b, errors="strict"):
        raise TypeError("no decoding")
    return codecs.CodecInfo(enc, dec, name=name)
codecs.register(search)
for name in ["boom", "rich", "uni", "keyerr"]:
    for f in (lambda: "x".encode(name), lambda: codecs.encode("x", name), lambda: b"x".decode(name), lambda: codecs.decode(b"x", name)):
        try:
            f()
        except Exception as e:
            print(name, type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
