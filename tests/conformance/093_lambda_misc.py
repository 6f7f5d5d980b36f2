# lambda, conditional expressions, walrus, chained assignment, augmented assignment targets, assert, del
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, k=2))
print(sorted([-3, 1, -2], key=lambda v: abs(v)))
x = y = z = 0
x += 1
print(x, y, z)
a = b = []
a.append(1)
print(b)
data = [1, 2, 3, 4, 5]
if (n := len(data)) > 3:
    print("long list", n)
print([y2 for v in data if (y2 := v * v) > 5], y2)
while (chunk := data[:2]):
    print("chunk", chunk)
    data = data[2:]
sign = lambda v: "neg" if v < 0 else "zero" if v == 0 else "pos"
print(sign(-1), sign(0), sign(5))
d = {"k": 1}
d["k"] += 10
d.setdefault("l", []).append(1)
print(d)

class O:
    pass

o = O()
o.n = 1
o.n *= 5
lst = [1, 2]
lst[0] -= 10
lst[-1] **= 3
print(o.n, lst)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print(repr(e))
v = 5
del v
try:
    v
except NameError as e:
    print(e)
s = "abc"
s += "d"
s *= 2
t = (1,)
t += (2,)
print(s, t)
