# The Chinese codecs: gbk, gb2312, gb18030, big5, cp950 (round trips,
# bytes, names, aliases, error handlers and error messages).
import codecs

TEXTS = ["中文字符", "简体中文，测试。", "繁體中文：測試！", "abc 漢字 xyz",
         "你好，世界", "·—…『』", "ａｂｃ１２３", ""]
CODECS = ["gbk", "gb2312", "gb18030", "big5", "cp950"]

for enc in CODECS:
    print("==", enc, codecs.lookup(enc).name)
    for t in TEXTS:
        try:
            b = t.encode(enc)
            print(" ", repr(t), b.hex(), b.decode(enc) == t)
        except UnicodeEncodeError as e:
            print(" ", repr(t), type(e).__name__, e, e.start, e.end)

for alias in ["GBK", "cp936", "ms936", "936", "GB2312", "chinese", "euc-cn",
              "EUC_CN", "gb2312-1980", "iso-ir-58", "csiso58gb231280",
              "GB18030", "gb18030-2000", "BIG5", "big5-tw", "csbig5",
              "ms950", "950"]:
    print(alias, codecs.lookup(alias).name)

# Characters one codec has and another lacks.
for enc in CODECS:
    for ch in ["€", "·", "〜", "～", "¥", "\\", "ｱ", "똠", "\U00020000",
               "\x80", "\u2015", "\u2014", "\u203e", "\u30fb", "ḿ"]:
        try:
            print(enc, ascii(ch), ch.encode(enc).hex())
        except UnicodeEncodeError as e:
            print(enc, ascii(ch), type(e).__name__, e)

# Bad bytes.
BAD = [b"\x80", b"\xff", b"\x81", b"\x81 ", b"\xa1\xa0", b"\x81\x30\x81\x30",
       b"\x81\x30", b"\xa1\xa4", b"\xa2\xe3", b"\xfe\x50", b"\xfe\x51",
       b"\xa3\xe1", b"\xf9\xd6", b"\xf9\xfe", b"\xc6\xa1", b"\xa1\x45",
       b"ab\xc4\xe3\xba", b"\xaa\xa1", b"\x87\x87", b"\xa1\xa1\xa1"]
for enc in CODECS:
    for b in BAD:
        try:
            print(enc, b.hex(), ascii(b.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, b.hex(), type(e).__name__, e, e.start, e.end, e.reason)

# Error handlers.
for enc in ["gbk", "big5", "gb2312"]:
    data = "a中€b文\U0001f600c".encode("utf-8").decode("utf-8")
    for errors in ["replace", "ignore", "xmlcharrefreplace",
                   "backslashreplace", "namereplace"]:
        print(enc, errors, data.encode(enc, errors).hex())
    raw = b"a\xc4\xe3\x80b\xff\xa1"
    for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
        print(enc, errors, ascii(raw.decode(enc, errors)))
    try:
        "x€".encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason)

# gb18030 covers all of Unicode.
s = "".join(chr(c) for c in [0x80, 0xa5, 0x3000, 0x4e00, 0x9fa5, 0xe000,
                             0xffff, 0x10000, 0x10ffff, 0x20ac])
b = s.encode("gb18030")
print(b.hex(), b.decode("gb18030") == s)

# Incremental decoding, byte by byte.
for enc in ["gbk", "gb18030", "big5"]:
    data = "中文 ab 繁體".encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    print(enc, [dec.decode(data[i:i + 1]) for i in range(len(data))],
          repr(dec.decode(b"", final=True)))
    dec = codecs.getincrementaldecoder(enc)()
    dec.decode(data[:1])
    try:
        dec.decode(b"", final=True)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    enc_ = codecs.getincrementalencoder(enc)()
    print(enc_.encode("中"), enc_.encode("文", final=True))
