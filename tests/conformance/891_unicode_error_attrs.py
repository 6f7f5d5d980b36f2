# UnicodeEncodeError/DecodeError/TranslateError: attributes and messages.
cases = [
    lambda: "a\xe9".encode("ascii"),
    lambda: "ab\u20ac\u20acc".encode("latin-1"),
    lambda: "x\udc80".encode("utf-8"),
    lambda: b"a\xffb".decode("utf-8"),
    lambda: b"\xe2\x82".decode("utf-8"),
    lambda: b"abc".decode("utf-16-le"),
    lambda: b"\x80\x81".decode("ascii"),
]
for f in cases:
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, "|", e)
        print("  ", e.encoding, repr(e.object), e.start, e.end, e.reason, len(e.args))

made = [
    UnicodeEncodeError("ascii", "a\xe9b", 1, 2, "nope"),
    UnicodeEncodeError("ascii", "a\xe9b", 1, 3, "nope"),
    UnicodeEncodeError("ascii", "\x7f", 0, 1, "ctl"),
    UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "emoji"),
    UnicodeEncodeError("ascii", "\u1234", 0, 1, "bmp"),
    UnicodeDecodeError("utf-8", b"\x00\xff", 1, 2, "bad"),
    UnicodeDecodeError("utf-8", b"\x00\xff\xfe", 0, 3, "bad"),
    UnicodeTranslateError("abc", 1, 2, "no"),
    UnicodeTranslateError("a\xe9c", 1, 2, "no"),
    UnicodeTranslateError("abc", 0, 3, "no"),
]
for e in made:
    print(type(e).__name__, "|", str(e), "|", e.start, e.end, e.reason)
    print("  ", isinstance(e, UnicodeError), isinstance(e, ValueError), repr(e.object))
t = UnicodeTranslateError("abc", 1, 2, "no")
print(t.encoding, t.args)
for w in [BytesWarning, FutureWarning, ResourceWarning, SyntaxWarning, ImportWarning,
          UnicodeWarning, PendingDeprecationWarning, EncodingWarning]:
    print(w.__name__, w.__mro__[1].__name__, issubclass(w, Warning))
print("\N{CHEROKEE LETTER A}", "\N{snowman}", ascii("\N{EURO SIGN}"))
print("\u20ac\xe9\u2603".encode("ascii", "namereplace"))
print("\u20ac\xe9".encode("latin-1", "namereplace"))
print("\u0378x".encode("ascii", "namereplace"))
