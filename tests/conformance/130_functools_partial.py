# functools.partial: func/args/keywords, calls, nesting, repr (without addresses), errors
from functools import partial


def f(a, b=2, *rest, **kw):
    return (a, b, rest, sorted(kw.items()))


p = partial(f, 1)
print(p())
print(p(5))
print(p(5, 6, 7))
print(p(b=9))
print(p.func is f, p.args, p.keywords)

q = partial(f, 1, x=2)
print(q(), q(3, x=4, y=5))
print(q.args, q.keywords)

# nested partials are flattened
r = partial(q, 7, z=0)
print(r.func is f, r.args, sorted(r.keywords.items()))
print(r())

# keyword from the call overrides stored keyword
print(partial(f, b=10)(1), partial(f, b=10)(1, b=20) if False else partial(f, b=10)(a=1, b=20))

# repr with a builtin function (no address)
print(repr(partial(max, 1, key=abs)))
print(repr(partial(sorted)))
print(repr(partial(len, "abc")))
print(partial(len, "abcd")())

# repr of a user function starts with functools.partial(<function f
print(repr(partial(f, 1, x=2)).startswith("functools.partial(<function f at "))
print(repr(partial(f, 1, x=2)).endswith(", 1, x=2)"))

# partial of a class and of a bound method
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        return (self.x + dx, self.y + dy)


mk = partial(Point, 3)
pt = mk(4)
print(pt.x, pt.y)
mv = partial(pt.move, 10)
print(mv(20))

# used with map
add = lambda a, b: a + b
print(list(map(partial(add, 100), [1, 2, 3])))

# partial objects accept attributes
p.note = "hi"
print(p.note)

try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)

try:
    partial(f)()
except TypeError as e:
    print(type(e).__name__)

# repr with a class and nested containers
print(repr(partial(Point, [1, (2, "x")], y={"k": None})))
print(partial(dict, a=1)(b=2))
print(partial(partial(max, 1), 5)(3))
