# repr escapes what str.isprintable() rejects, as CPython does.
samples = [
    "plain",
    "tab\there",
    "nul\x00byte",
    "bell\x07",
    "del\x7f",
    "c1\x85\x9f",
    "nbsp\xa0space",
    "soft\xadhyphen",
    "zero\u200bwidth",
    "bom\ufeff",
    "line\u2028sep",
    "ideographic\u3000space",
    "private\ue000use",
    "café",
    "naïve ß",
    "emoji 😀",
    "combining e\u0301",
    "greek αβγ",
    "cjk 漢字",
    "quote's",
    'double"',
    "both'\"",
    "backslash\\",
]
for s in samples:
    print(repr(s), s.isprintable(), len(s), ascii(s))
print(repr(["a\x00", {"k\u200b": "\xa0"}]), ("\t",))
print("%r|%s|%a" % ("é\x01", "é", "é\x01"))
print(repr("x\u2028"), "{!r}".format("\x0b"))
