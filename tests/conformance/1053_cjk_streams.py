# The CJK codecs through files and streams: open(), io.TextIOWrapper,
# codecs.open, StreamReader/Writer and incremental codecs.
import codecs
import io
import os
import tempfile

CASES = [("gbk", "第一行\n第二行：中文\n"),
         ("gb18030", "𠀀 and 中 and €\n"),
         ("big5", "繁體中文\n第二行\n"),
         ("shift_jis", "日本語の行\nｶﾀｶﾅ\n"),
         ("euc_jp", "日本語\n二行目\n"),
         ("iso2022_jp", "日本語 text\nもう一行\n"),
         ("euc_kr", "한국어\n둘째 줄\n"),
         ("cp949", "똠방각하\n")]

d = tempfile.mkdtemp()
for enc, text in CASES:
    path = os.path.join(d, enc + ".txt")
    with open(path, "w", encoding=enc) as f:
        f.write(text)
    with open(path, "rb") as f:
        print(enc, f.read().hex())
    with open(path, encoding=enc) as f:
        print(enc, [line for line in f])
    with codecs.open(path, "r", encoding=enc) as f:
        print(enc, repr(f.read()))
    with codecs.open(path, "w", encoding=enc) as f:
        f.write(text)
        f.write(text)
    with open(path, encoding=enc) as f:
        print(enc, f.read() == text * 2)
    buf = io.BytesIO(text.encode(enc))
    w = io.TextIOWrapper(buf, encoding=enc)
    print(enc, repr(w.readline()), repr(w.read()))
    reader = codecs.getreader(enc)(io.BytesIO(text.encode(enc)))
    print(enc, repr(reader.read()))
    out = io.BytesIO()
    writer = codecs.getwriter(enc)(out)
    writer.write(text)
    print(enc, out.getvalue() == text.encode(enc))
    info = codecs.lookup(enc)
    print(enc, info.encode(text)[1], info.decode(text.encode(enc))[0] == text)
    os.remove(path)

with open(os.path.join(d, "bad.txt"), "wb") as f:
    f.write(b"ok\n\xc4\xe3\x80\n")
try:
    with open(os.path.join(d, "bad.txt"), encoding="gbk") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(os.path.join(d, "bad.txt"), encoding="gbk", errors="replace") as f:
    print(repr(f.read()))
os.remove(os.path.join(d, "bad.txt"))
try:
    with open(os.path.join(d, "x.txt"), "w", encoding="big5") as f:
        f.write("ok € no")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
os.remove(os.path.join(d, "x.txt"))
os.rmdir(d)
