# Comparisons of two strs or two floats take a direct path in the loop;
# dict(iterable) takes pairs without copying them. Every answer must be
# the general path's.
import math

words = ["b", "a", "ab", "", "\u00e9", "\U0001f600", "\ud800", "\udfff", "\uffff", "B"]
for x in words:
    row = []
    for y in words:
        row.append("".join(str(int(r)) for r in (x < y, x <= y, x > y, x >= y, x == y, x != y)))
    print(repr(x), " ".join(row))
s = "abc"
t = "".join(["a", "b", "c"])
print(s == t, s is t, s != t, s is not t, s is s)
print(sorted(words) == sorted(words, key=lambda w: [ord(c) for c in w]))

nan = float("nan")
floats = [0.0, -0.0, 1.5, -1.5, math.inf, -math.inf, nan, 1e308, 5e-324]
for x in floats:
    print(repr(x), " ".join(
        "".join(str(int(r)) for r in (x < y, x <= y, x > y, x >= y, x == y, x != y))
        for y in floats))
n = nan
print(n == n, n != n, n is n, [n] == [n])


class S(str):
    def __lt__(self, other):
        return "S.__lt__"


print(S("a") < "b", "b" > S("a"), S("a") == "a")


class F(float):
    def __eq__(self, other):
        return "F.__eq__"


print(F(1.0) == 1.0, 1.0 == F(1.0), F(1.0) < 2.0)

# A comparison feeding a branch, and its result as a value.
count = 0
for w in words:
    if w < "b":
        count += 1
    if 1.5 <= 2.5:
        count += 10
print(count, [w > "a" for w in words[:4]], [x < 1.0 for x in floats[:4]])

# dict() from pairs: zip, tuples, lists, a bad element.
print(dict(zip("abc", range(3))), dict([("x", 1), ["y", 2]]), dict(((1, 2),)))
for bad in ([(1, 2, 3)], [1], ["ab", "cde"]):
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class HasKeys:
    def keys(self):
        return ["k"]

    def __getitem__(self, k):
        return k * 2


class GetattrKeys:
    def __getattr__(self, name):
        if name == "keys":
            return lambda: ["g"]
        raise AttributeError(name)

    def __getitem__(self, k):
        return k + "!"


print(dict(HasKeys()), dict(GetattrKeys()))
d = {}
d.update(zip(["p", "q"], [1, 2]))
print(d)
