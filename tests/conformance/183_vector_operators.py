import math


class Vector:
    def __init__(self, *components):
        self.c = tuple(components)

    def __repr__(self):
        return "Vector%r" % (self.c,)

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __iter__(self):
        return iter(self.c)

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(*(a / k for a in self))

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return math.sqrt(sum(a * a for a in self))

    def __bool__(self):
        return any(self.c)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __hash__(self):
        return hash(self.c)

    def __contains__(self, x):
        return x in self.c


v = Vector(3, 4)
w = Vector(1, -2)
print(v + w, v - w, v * 2, 3 * v, v * w, v / 2, -v, abs(v))
print(len(v), v[0], v[-1], list(v), 4 in v, 5 in v, bool(v), bool(Vector(0, 0)))
print(v == Vector(3, 4), v != w, v < w, w < v, sorted([v, w, Vector(1, 1)]))
print(max([v, w]), min([v, w]), {v: "v"}[Vector(3, 4)])
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + v
except TypeError as e:
    print("TypeError:", e)
x, y = v
print(x, y, v[0:1], sum(v), Vector(*range(5)))
acc = Vector(0, 0)
for step in [Vector(1, 0), Vector(0, 1), Vector(2, 2)]:
    acc += step
print(acc)
try:
    v @ w
except TypeError as e:
    print("TypeError:", e)
