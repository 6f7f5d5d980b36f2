# print() writes through a replaced sys.stdout; io.StringIO and io.BytesIO.
import io
import sys


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


c = Collect()
saved = sys.stdout
sys.stdout = c
print("hello", 1, 2.5, sep="-")
print("no newline", end="")
sys.stdout = saved
print(c.parts)
print(sys.stdout is sys.__stdout__)

s = io.StringIO()
sys.stdout = s
print("captured")
for i in range(3):
    print(i, end=" ")
sys.stdout = sys.__stdout__
print(repr(s.getvalue()))

s = io.StringIO("line one\nline two\nthree")
print(s.readline(), end="")
print(s.tell())
print(s.read(4), s.read())
print(repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
print(s.seek(0, 2), s.tell())
s.write("!")
print(repr(s.getvalue()))
s.seek(5)
s.write("ONE")
print(repr(s.getvalue()))
print(s.truncate(8), repr(s.getvalue()))
s.seek(12)
s.write("x")
print(repr(s.getvalue()))
for bad in [(-1,), (1, 1), (0, 3)]:
    try:
        s.seek(*bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    s.write(5)
except TypeError as e:
    print("TypeError", e)
print(io.StringIO("a\r\nb", newline=None).getvalue().split("\n"))
with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO(newline="x")
except ValueError as e:
    print("ValueError", e)

parts = io.StringIO()
for i in range(2000):
    parts.write("%d," % i)
print(len(parts.getvalue()), parts.getvalue()[-10:])

b = io.BytesIO(b"abc\ndef")
print(b.readline(), b.read(), b.read())
b.write(b"XY")
print(b.getvalue(), b.tell())
b.seek(1)
b.write(b"-")
print(b.getvalue())
try:
    b.write("str")
except TypeError as e:
    print("TypeError", e)
print(io.BytesIO().getvalue())
