# slicing with steps and negative indices, slice assignment and deletion
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2])
print(a[::-1], a[8:2:-2], a[-1:-4:-1], a[5:2], a[100:], a[-100:2], a[3:3], a[::-3])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[:0] = [-1]
print(b)
b[len(b):] = [10, 11]
print(b)
b[::2] = "ABCDEF"
print(b)
c = list(range(6))
c[1:4] = []
print(c)
d = list(range(10))
del d[::3]
print(d)
e = list(range(5))
e[1:3] = range(7, 10)
print(e)
try:
    f = list(range(6))
    f[::2] = [1, 2]
except ValueError as err:
    print(err)
t = (0, 1, 2, 3, 4)
print(t[1:4], t[::-2])
s = "abcdef"
print(s[1:4], s[::-1], s[-2:], s[:100])
print(a[slice(1, 8, 3)], a[-1], a[-10])
try:
    a[10]
except IndexError as err:
    print(err)
m = [1, 2, 3]
m[-1] = 30
m[0] += 10
print(m, a[:] is a, a[:] == a)
