# readline on a binary file with a long line: linear, not quadratic
# (it used to read one byte at a time and grow the result by copying).
import os
P = "342_binary_readline_long.tmp"
with open(P, "wb") as f:
    f.write(b"a" * 2000000 + b"\n" + b"b" * 300000)
with open(P, "rb") as f:
    line = f.readline()
    print(len(line), line[-2:])
    print(len(f.readline(100000)), len(f.readline(10 ** 7)), f.readline())
with open(P, "rb") as f:
    print(len(f.readline(1999999)), f.readline(5), f.tell())
with open(P, encoding="latin-1") as f:
    print(len(f.readline()), len(f.readline()))
os.remove(P)
