# The ISO 2022 codecs beyond iso2022_jp: iso2022_kr, iso2022_jp_1,
# iso2022_jp_2, iso2022_jp_ext. Escape sequences, shifts, unknown
# sequences, errors and incremental use with the state across chunks.
import codecs

CODECS = ["iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_ext",
          "iso2022_kr"]

def show_decode(enc, data, errors="strict"):
    try:
        print(enc, data, errors, ascii(data.decode(enc, errors)))
    except UnicodeDecodeError as e:
        print(enc, data, errors, type(e).__name__, e, e.start, e.end, e.reason)
    except RuntimeError as e:
        print(enc, data, errors, type(e).__name__)

def show_encode(enc, text, errors="strict"):
    try:
        print(enc, ascii(text), errors, text.encode(enc, errors))
    except UnicodeEncodeError as e:
        print(enc, ascii(text), errors, type(e).__name__, e, e.start, e.end)

for alias in ["ISO-2022-KR", "csiso2022kr", "iso2022kr", "iso-2022-jp-1",
              "iso2022jp_1", "ISO_2022_JP_2", "iso2022jp-2", "iso2022_jp_ext",
              "iso-2022-jp-ext"]:
    print(alias, codecs.lookup(alias).name)

TEXTS = ["日本語 text", "한국어 텍스트", "中文简体", "\xe9t\xe9 \u4e02",
         "\xa5100 \u203e", "\uff71\uff72\uff73 カナ", "α and ω", "mixed 日本 한국 中国",
         "line1 日本\nline2 한국\n", "\u3164", "\uff3c", "~", "€"]
for enc in CODECS:
    for t in TEXTS:
        show_encode(enc, t)
        try:
            print("  back", t.encode(enc).decode(enc) == t)
        except UnicodeEncodeError:
            pass

BAD = [b"\x1b", b"\x1b$", b"\x1b$B", b"\x1b$BF|", b"\x1b$B F", b"\x1b$BF",
       b"\x1b(Aab", b"\x1b.AabN", b"\x1bNa", b"\x1b.A\x1bNa", b"\x1b.F\x1bNa",
       b"\x1b.F\x1bN", b"\x1bxyzAb", b"\x1bx", b"\x1b(Z", b"\x1b$(Zab",
       b"\x1b$)C\x0e%a\x0f", b"\x1b$)C\x0e%a\n%a", b"\x0e\x0f",
       b"\x1b&@\x1b$BF|", b"\x1b$BF|\nF|", b"\x1b$B\x7f\x7f", b"\x1b$B!@",
       b"\x1b$(D\"7", b"\x1b(I!1", b"\x1b$(C$T", b"\x1b(JAB\\~",
       b"\x1b$A0!", b"\x1b)Ba", b"\x1b$B\x1b", b"\x1b(", b"\x1b$(",
       b"\x1babcdefghijklmnop", b"\x1b(abcdefghijklmnopq",
       b"\x1b$B\x1b(Jab", b"\x1b$Bab\x80", b"\x1b.J\x1bNa", b"\x1b.F\x1bN\xe1",
       b"\x1b$)C\x1b$(C\x0e!!", b"\x1b$)A\x0eVP\x0f", b"\x1bx\x80\xffA\x80"]
for enc in CODECS:
    for b in BAD:
        show_decode(enc, b)
        show_decode(enc, b, "replace")

for enc in CODECS:
    for t in ["日\U0001f600本", "a\u0100b", "한\u0e01국"]:
        for errors in ["strict", "replace", "ignore", "xmlcharrefreplace",
                       "backslashreplace"]:
            show_encode(enc, t, errors)

# Incremental: the designations and SO/SI live across chunks.
for enc in CODECS:
    text = "a日本b한국c中文\nd"
    e = codecs.getincrementalencoder(enc)(errors="replace")
    parts = [e.encode(ch) for ch in text] + [e.encode("", final=True)]
    print(enc, "inc enc", parts)
    data = b"".join(parts)
    d = codecs.getincrementaldecoder(enc)()
    chunks = [d.decode(data[i:i + 1]) for i in range(len(data))]
    print(enc, "inc dec", ascii("".join(chunks)), ascii(d.decode(b"", True)))

e = codecs.getincrementalencoder("iso2022_kr")()
print("kr again", e.encode("한"), e.encode("", True), e.encode("한", True))
d = codecs.getincrementaldecoder("iso2022_jp_2")()
print("jp2 state", ascii(d.decode(b"\x1b$(C")), ascii(d.decode(b"GQ\x1b")),
      ascii(d.decode(b"(B")), ascii(d.decode(b"x")))
try:
    d.decode(b"\x1b$", final=True)
except UnicodeDecodeError as ex:
    print("jp2 final", type(ex).__name__, ex)

# Stream writers keep the shift state between writes.
import io
for enc in ["iso2022_jp", "iso2022_kr", "hz"]:
    buf = io.BytesIO()
    w = codecs.getwriter(enc)(buf)
    w.write("中文")
    w.write("字a")
    w.write("中")
    print(enc, "writer", buf.getvalue())
    w.reset()
    print(enc, "after reset", buf.getvalue())
    data = "x中文\n字y".encode(enc)
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(enc, "reader", ascii(r.read()))
