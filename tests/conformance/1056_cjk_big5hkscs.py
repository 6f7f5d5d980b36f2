# big5hkscs: Big5 with the Hong Kong characters (astral ones too), the
# four cells that decode to a letter and a combining mark and the encoder
# that joins them back, across chunks too; errors and their positions.
import codecs, io

for alias in ["big5hkscs", "BIG5-HKSCS", "big5_hkscs", "hkscs"]:
    print(alias, codecs.lookup(alias).name)

TEXTS = ["香港增補字符集", "粵語 \u7881\u55b4", "\U00020021\U00020a8a\U00027b65",
         "\u3000\uff0c ASCII", "\u2460\u3041\u30a1", "\u4edd \u2550 \u5341"]
for t in TEXTS:
    try:
        b = t.encode("big5hkscs")
        print(ascii(t), b, b.decode("big5hkscs") == t)
    except UnicodeEncodeError as e:
        print(ascii(t), type(e).__name__, e, e.start, e.end)
for t in ["\xca\u0304", "\xca", "\xcax", "\xea\u030c\xea\u0304\xca\u030c", "\xca\u0301", "香港\U00020021", "\xca\U0001f600", "x\xca"]:
    for errors in ["strict", "replace"]:
        try: print(ascii(t), t.encode("big5hkscs", errors))
        except UnicodeEncodeError as e: print(ascii(t), type(e).__name__, e, e.start, e.end)
e = codecs.getincrementalencoder("big5hkscs")()
print([e.encode("a\xca"), e.encode("\u0304\xea"), e.encode("b"), e.encode("\xca"), e.encode("", True)])
buf = io.BytesIO(); w = codecs.getwriter("big5hkscs")(buf)
w.write("\xca"); print(buf.getvalue()); w.write("\u030c\xea"); print(buf.getvalue()); w.reset(); print(buf.getvalue())
for b in [b"\x88\x62", b"\x88\x62\x88", b"\x88", b"\x87\x40", b"\xc6\xa1", b"\x80\x40", b"\xa3\xe1", b"\xfe\xfe"]:
    for errors in ["strict", "replace"]:
        try: print(b, ascii(b.decode("big5hkscs", errors)))
        except UnicodeDecodeError as e: print(b, type(e).__name__, e, e.start, e.end)
d = codecs.getincrementaldecoder("big5hkscs")()
print([d.decode(bytes([x])) for x in "香港\xca\u0304".encode("big5hkscs")])
for errors in ["ignore", "xmlcharrefreplace", "backslashreplace"]:
    print(errors, "港\U0001f600\xca\u0304\u0e01".encode("big5hkscs", errors))
for errors in ["ignore", "backslashreplace", "surrogateescape"]:
    print(errors, ascii(b"\xad\xbb\x80\x87\x40\xfe".decode("big5hkscs", errors)))
