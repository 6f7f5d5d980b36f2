import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError("subclasses must implement area")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return "%s with area %.2f and perimeter %.2f" % (self.name, self.area(), self.perimeter())

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.name)


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, "square")


shapes = [Circle(1), Rect(2, 3), Square(4), Circle(0.5)]
for s in shapes:
    print(s, s.describe())
print(Shape.count, Square.count, shapes[2].count)
print(sorted(shapes, key=lambda s: s.area()))
print(max(shapes, key=lambda s: s.perimeter()).name)
print(isinstance(shapes[2], Rect), isinstance(shapes[2], Circle), issubclass(Square, Shape), issubclass(Shape, Square))
print(Square.__mro__)
print(Square.__bases__, Rect.__name__, Square.__qualname__)
print(type(shapes[0]) is Circle, type(shapes[2]).__name__)
try:
    Shape("blob").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
total = sum(s.area() for s in shapes)
print(round(total, 3), "%.1f" % total)
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(s)
print({k: len(v) for k, v in by_kind.items()})
