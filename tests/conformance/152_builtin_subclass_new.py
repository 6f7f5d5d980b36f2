# builtin subclasses with __new__ (a namedtuple-like tuple subclass, a str subclass), their hash and repr
class Point(tuple):
    __fields = ("x", "y")
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return "Point(x=%r, y=%r)" % tuple(self)
p = Point(1, 2)
print(p, p.x, p[1], len(p), isinstance(p, tuple), p == (1, 2), tuple(p), hash(p) == hash((1, 2)))
a, b = p
print(a + b, sorted(p, reverse=True), p + (3,))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("abc")
print(u, len(u), u.lower(), isinstance(u, str))
