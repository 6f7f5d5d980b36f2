# classes: __init__, methods, instance and class attributes, getattr/setattr/delattr, isinstance
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(3, 4)
print(p, p.norm2(), p.moved(1), p.moved(dy=2, dx=0), Point.dims, p.dims)
p.z = 5
print(p.z, hasattr(p, "z"), hasattr(p, "w"), getattr(p, "w", "no w"))
setattr(p, "x", 30)
m = p.norm2
print(p.x, m(), Point.norm2(p))
p.dims = 3
print(p.dims, Point.dims)

class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

a, b = Counter(), Counter()
print(a.id, b.id, Counter.count)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(p, object))

try:
    p.missing
except AttributeError as err:
    print(err)
delattr(p, "z")
print(hasattr(p, "z"))
