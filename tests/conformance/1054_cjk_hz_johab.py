# The HZ and Johab codecs: round trips, errors and their positions, the
# error handlers, incremental use with HZ's shift state across chunks.
import codecs

def show_decode(enc, data, errors="strict"):
    try:
        print(enc, data, errors, ascii(data.decode(enc, errors)))
    except UnicodeDecodeError as e:
        print(enc, data, errors, type(e).__name__, e, e.start, e.end, e.reason)

def show_encode(enc, text, errors="strict"):
    try:
        print(enc, ascii(text), errors, text.encode(enc, errors))
    except UnicodeEncodeError as e:
        print(enc, ascii(text), errors, type(e).__name__, e, e.start, e.end)

for alias in ["hz", "HZ-GB-2312", "hzgb", "hz_gb", "johab", "cp1361", "MS1361"]:
    print(alias, codecs.lookup(alias).name)

TEXTS = ["中文 text", "~tilde~ and ~{", "a中\nb文c", "", "ASCII only",
         "你好，世界！", "αβγ ДЖ", "中~文"]
for t in TEXTS:
    show_encode("hz", t)
    b = t.encode("hz")
    print("  back", b.decode("hz") == t)

for b in [b"~", b"~{", b"~{V", b"~{VP", b"~{VP~}", b"~{\nVP~}", b"~{ VP",
          b"~x", b"~{~~", b"a~}b", b"~\nab", b"~{VP\x80", b"\x80abc",
          b"~{VP~", b"~{!!~}", b"~{VP~}~}", b"~{\x7f\x7f~}", b"~~~~",
          b"~{VPVP~}a~{VP~}"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace"]:
        show_decode("hz", b, errors)

for t in ["中\uac00文", "x\U0001f600y", "中€"]:
    for errors in ["strict", "replace", "ignore", "xmlcharrefreplace",
                   "backslashreplace"]:
        show_encode("hz", t, errors)

# Incremental HZ: the GB mode lives across chunks, and a split "~{" too.
enc = codecs.getincrementalencoder("hz")()
parts = [enc.encode("中"), enc.encode("文"), enc.encode("a"),
         enc.encode("字"), enc.encode("", final=True)]
print("hz inc enc", parts)
dec = codecs.getincrementaldecoder("hz")()
data = b"a~{VPND~}b~{WV~}"
print("hz inc dec", [dec.decode(data[i:i + 1]) for i in range(len(data))],
      ascii(dec.decode(b"", final=True)))
dec = codecs.getincrementaldecoder("hz")()
print("hz split", ascii(dec.decode(b"~")), ascii(dec.decode(b"{V")),
      ascii(dec.decode(b"P~")), ascii(dec.decode(b"}x")))
try:
    dec = codecs.getincrementaldecoder("hz")()
    dec.decode(b"~{V")
    dec.decode(b"", final=True)
except UnicodeDecodeError as e:
    print("hz final", type(e).__name__, e)

# Johab: every kind of character it has.
TEXTS = ["한국어 텍스트", "똠방각하", "ㄱㄴㄷ ㅏㅑ ㄳ", "漢字 한자", "가힣",
         "€ ～ ±", "\u3164", "\u3000", "abc"]
for t in TEXTS:
    show_encode("johab", t)
    b = t.encode("johab")
    print("  back", b.decode("johab") == t)
for b in [b"\x80", b"\x84\x41", b"\x84\x44", b"\x88\x41", b"\x84\x61",
          b"\x88\x61", b"\x88\x62", b"\xd9\x31", b"\xda\xa1", b"\xda\xd4",
          b"\xdf\x31", b"\xfa\x31", b"\xd9\x7f", b"\xd9\x85", b"\x88",
          b"\xb0\xa1\x88", b"\x84\x40", b"\xff\xff", b"\xe0\x31\xf9\xfe"]:
    for errors in ["strict", "replace"]:
        show_decode("johab", b, errors)
for t in ["가\xe9나", "\U00020000", "丂", "\ud800"]:
    for errors in ["strict", "replace", "ignore", "xmlcharrefreplace"]:
        show_encode("johab", t, errors)
show_encode("johab", "a\udcff", "surrogateescape")
show_decode("johab", b"a\xff\xfe", "surrogateescape")
dec = codecs.getincrementaldecoder("johab")()
print("johab inc", [dec.decode(bytes([x])) for x in "한글".encode("johab")])
