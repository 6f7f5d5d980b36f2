s = "abcdefghij"
l = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-2:-6:-1], s[5:2], s[100:], s[-100:2])
print(l[2:5], l[::-3], l[1:9:2], l[9:0:-2], l[:], l[5:5])
t = tuple(l)
print(t[3:6], t[::-1][:3], (1, 2, 3)[-1:], ())
l[2:4] = [20, 30, 40]
print(l)
l[::3] = ["x"] * len(l[::3])
print(l)
del l[::2]
print(l)
l[:] = []
print(l)
try:
    l2 = [1, 2, 3, 4]
    l2[::2] = [9]
except ValueError as e:
    print("ValueError:", e)
sl = slice(1, 8, 3)
print(s[sl], sl.start, sl.stop, sl.step, sl, slice(5), slice(None, None, -1))
print(sl.indices(5), slice(-3, None).indices(10), "hello"[slice(None, None, -2)])
b = b"binary data"
print(b[:6], b[-4:], b[::2], b[0], b[-1])
r = range(0, 20, 3)
print(r[2], r[-1], r[1:4], list(r[::2]), r[::-1], len(r[2:]))
try:
    "abc"[1:2:0]
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2][3]
except IndexError as e:
    print("IndexError:", e)
try:
    key = "x"
    "abc"[key]
except TypeError as e:
    print("TypeError:", e)
matrix = [list(range(i, i + 4)) for i in range(0, 16, 4)]
print([row[1:3] for row in matrix[1:3]], [row[-1] for row in matrix], matrix[-1][::-1])
text = "2024-05-17T10:30:00"
date, time = text[:10], text[11:]
print(date.split("-"), time[:5], text[5:7], int(text[8:10]) + 1)
