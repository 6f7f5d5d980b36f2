def record(cls):
    fields = [k for k, v in cls.__dict__.items() if not k.startswith("_") and not callable(v)]
    defaults = {k: cls.__dict__[k] for k in fields}

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError("%s takes at most %d arguments" % (cls.__name__, len(fields)))
        values = dict(defaults)
        values.update(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError("unexpected field %r" % k)
            values[k] = v
        for k in fields:
            setattr(self, k, values[k])

    def __repr__(self):
        return "%s(%s)" % (cls.__name__, ", ".join("%s=%r" % (k, getattr(self, k)) for k in fields))

    def __eq__(self, other):
        return type(other) is type(self) and all(getattr(self, k) == getattr(other, k) for k in fields)

    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls._fields = tuple(fields)
    return cls


@record
class Point:
    x = 0
    y = 0

    def norm2(self):
        return self.x ** 2 + self.y ** 2


@record
class Book:
    title = ""
    author = "anonymous"
    year = None


p = Point(3, 4)
print(p, p.norm2(), Point(), Point(y=2), p == Point(3, 4), p == Point(4, 3), Point._fields)
b = Book("Dune", year=1965)
print(b, Book._fields, b.author)
for bad in [lambda: Point(1, 2, 3), lambda: Book(pages=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(sorted([Point(2, 2), Point(1, 0), Point(0, 3)], key=Point.norm2))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
