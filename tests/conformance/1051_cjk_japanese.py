# The Japanese codecs: shift_jis, cp932, euc_jp, iso2022_jp.
import codecs

TEXTS = ["日本語テキスト", "ひらがな カタカナ 漢字", "ｶﾀｶﾅ", "〜～－−",
         "全角ＡＢＣ　スペース", "¥100 ‾", "ab\\~cd", "①②Ⅰⅱ", "丂丄", ""]
CODECS = ["shift_jis", "cp932", "euc_jp", "iso2022_jp"]

for enc in CODECS:
    print("==", enc, codecs.lookup(enc).name)
    for t in TEXTS:
        try:
            b = t.encode(enc)
            print(" ", repr(t), b.hex(), b.decode(enc) == t)
        except UnicodeEncodeError as e:
            print(" ", repr(t), type(e).__name__, e, e.start, e.end)

for alias in ["SJIS", "Shift-JIS", "s_jis", "shiftjis", "csshiftjis", "CP932",
              "ms932", "mskanji", "ms-kanji", "932", "EUC-JP", "eucjp",
              "ujis", "u-jis", "ISO-2022-JP", "iso2022jp", "csiso2022jp"]:
    print(alias, codecs.lookup(alias).name)

BAD = [b"\x80", b"\xa0", b"\xfd", b"\xff", b"\x81", b"\x81 ", b"\xa1\xa0",
       b"\x81\x60", b"\x81\x5f", b"\x87\x40", b"\xfa\x40", b"\xf0\x40",
       b"\x8e\xa1", b"\x8f\xa2\xb7", b"\x8f\xb0\xa1", b"\x8f\xa1", b"\xa1\xc1",
       b"\xad\xa1", b"\x1b(I!", b"\x1b$B", b"\x1b$B$\"", b"\x1b$B$\"\x1b(B",
       b"\x1b(J\\~", b"\x1b$@0!\x1b(Bx", b"\x1b$Bxx", b"\xc6\xa1", b"\xa3\xe1"]
for enc in CODECS:
    for b in BAD:
        try:
            print(enc, b.hex(), ascii(b.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, b.hex(), type(e).__name__, e, e.start, e.end, e.reason)

for enc in CODECS:
    for ch in ["€", "·", "〜", "～", "¥", "\\", "ｱ", "\u2015", "\u2016",
               "\u2225", "¢", "￠", "¬", "￢", "\u203e", "ⅰ", "丂", "\x80"]:
        try:
            print(enc, ascii(ch), ch.encode(enc).hex())
        except UnicodeEncodeError as e:
            print(enc, ascii(ch), type(e).__name__, e)

for enc in CODECS:
    text = "aあ€b😀い"
    for errors in ["replace", "ignore", "xmlcharrefreplace",
                   "backslashreplace"]:
        print(enc, errors, text.encode(enc, errors))
for enc in ["shift_jis", "euc_jp"]:
    raw = "あい".encode(enc) + b"\x80\xff" + "う".encode(enc) + b"\x82"
    for errors in ["replace", "ignore", "backslashreplace"]:
        print(enc, errors, ascii(raw.decode(enc, errors)))

# Incremental decoding keeps the ISO-2022-JP shift state between calls.
for enc in CODECS:
    data = "日本 ab ｶ ".encode(enc, "replace")
    dec = codecs.getincrementaldecoder(enc)()
    print(enc, "".join(dec.decode(data[i:i + 1]) for i in range(len(data))),
          repr(dec.decode(b"", final=True)))
