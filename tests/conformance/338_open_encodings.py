# open() honours the encoding and errors arguments, writing and reading.
import os
P = "338_open_encodings.tmp"

def raw():
    with open(P, "rb") as f:
        return f.read()

def attempt(what, f):
    try:
        print(what, repr(f()))
    except (UnicodeError, LookupError, ValueError, TypeError) as e:
        print(what, type(e).__name__ + ":", e)

for enc in ("latin-1", "iso-8859-1", "latin1", "ISO-8859-1", "utf-8", "UTF8", "utf_8"):
    with open(P, "w", encoding=enc) as f:
        f.write("caf\xe9 \xff\n")
    print(enc, raw())
    with open(P, encoding=enc) as f:
        print(repr(f.read()), f.encoding)

with open(P, "wb") as f:
    f.write(b"caf\xe9\n")
attempt("utf-8 strict", lambda: open(P, encoding="utf-8").read())
attempt("utf-8 replace", lambda: open(P, encoding="utf-8", errors="replace").read())
attempt("utf-8 ignore", lambda: open(P, encoding="utf-8", errors="ignore").read())
attempt("ascii", lambda: open(P, encoding="ascii").read())
attempt("latin-1", lambda: open(P, encoding="latin-1").read())
attempt("default", lambda: open(P).read())

def write(enc, text, errors=None):
    with open(P, "w", encoding=enc, errors=errors) as f:
        f.write(text)
    return raw()

attempt("ascii write", lambda: write("ascii", "caf\xe9"))
attempt("ascii replace", lambda: write("ascii", "caf\xe9", "replace"))
attempt("ascii xmlchar", lambda: write("ascii", "caf\xe9", "xmlcharrefreplace"))
attempt("latin-1 euro", lambda: write("latin-1", "\u20ac"))
attempt("latin-1 euro ignore", lambda: write("latin-1", "a\u20acb", "ignore"))
attempt("utf-8-sig write", lambda: write("utf-8-sig", "hi\n"))
attempt("utf-8-sig read", lambda: open(P, encoding="utf-8-sig").read())
attempt("utf-8 read of sig", lambda: open(P, encoding="utf-8").read())
with open(P, "a", encoding="utf-8-sig") as f:
    f.write("more\n")
print("appended", raw())
attempt("unknown", lambda: open(P, encoding="no-such-codec"))
attempt("binary enc", lambda: open(P, "rb", encoding="latin-1"))
attempt("binary errors", lambda: open(P, "rb", errors="strict"))
attempt("enc type", lambda: open(P, encoding=5))

# multi-byte characters across the reader's chunk boundaries
text = ("\u00e9\u20ac\U0001f600x" * 5000) + "\n" + "end\xe9\n"
with open(P, "w", encoding="utf-8") as f:
    f.write(text)
with open(P, encoding="utf-8") as f:
    back = f.read()
print(back == text, len(back))
with open(P, encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), lines[1])

# binary readline with and without a size, and mixed read/seek/tell
with open(P, "wb") as f:
    f.write(b"one\ntwo\n" + b"x" * 20000 + b"\nlast")
with open(P, "rb") as f:
    print(f.readline(), f.readline(2), f.readline(), f.tell())
    print(len(f.readline(15000)), len(f.readline()), f.readline(), f.readline())
    f.seek(4)
    print(f.read(3), f.tell(), f.readline(0), f.readline(100))
    f.seek(-4, 2)
    print(f.read(), f.read())
with open(P, "rb") as f:
    print(list(f)[:2], f.tell())
with open(P, "r+b") as f:
    f.readline()
    f.write(b"TWO")
    f.seek(0)
    print(f.read(11))
os.remove(P)
