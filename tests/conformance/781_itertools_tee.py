# itertools.tee: independent iterators over one source, long lags, copies,
# the _tee type, pass-through of copyable iterators, re-entrance.
import copy
from itertools import tee

a, b, c = tee(range(200), 3)
for i in range(100):
    next(a)
print(list(b)[-3:], [next(c), next(c)], next(a), list(a)[-1], list(c)[:3])
print(tee("abc", 0), [list(x) for x in tee("abc", 1)])
for bad in [("abc", "x"), ([], -1)]:
    try:
        tee(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t1, t2 = tee("abc")
tnew = type(t1)
print(tnew.__name__, list(tnew("def")))
t3 = tnew(t1)
print(list(t1), list(t2), list(t3))
try:
    tnew()
except TypeError:
    print("TypeError no argument")
try:
    tnew(10)
except TypeError as e:
    print("TypeError", e)
x, y = tee("xyz")
next(x)
z = copy.copy(x)
print(list(x), list(z), list(y))
p, q = tee(x for x in "pq")
r, s = tee(p)
print(r is p, list(r), list(s), list(q))


class Reenter:
    first = True

    def __iter__(self):
        return self

    def __next__(self):
        first = Reenter.first
        Reenter.first = False
        if first:
            return next(u)
        return 1


u, v = tee(Reenter())
try:
    next(u)
except RuntimeError as e:
    print("RuntimeError", e)


def failing():
    yield 1
    raise ValueError("boom")


f1, f2 = tee(failing())
print(next(f1))
try:
    next(f1)
except ValueError as e:
    print("ValueError", e)
print(next(f2))
