# __length_hint__ of the builtin iterators, and operator.length_hint
import operator
it = iter([1, 2, 3]); next(it)
print(it.__length_hint__())
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter("héllo")))
print(operator.length_hint(reversed([1, 2])), operator.length_hint(iter((1,))))
r = iter(range(5)); next(r)
print(r.__length_hint__(), iter(range(10**20, 10**20 + 7)).__length_hint__())
l = [1, 2, 3]
it = iter(l); l.append(4)
print(it.__length_hint__())
it = iter(l); list(it)
print(it.__length_hint__())
rv = reversed(l); next(rv)
print(rv.__length_hint__())
b = iter(b"abc"); next(b)
print(b.__length_hint__())
print(operator.length_hint(iter({}), 7), operator.length_hint(x for x in ()), operator.length_hint((5 for _ in []), 9))
class X:
    def __init__(self, v): self.v = v
    def __length_hint__(self):
        if isinstance(self.v, type): raise self.v
        return self.v
print(operator.length_hint(X(2)), operator.length_hint(X(NotImplemented), 4))
for bad in [X("abc"), X(-2), X(LookupError)]:
    try:
        operator.length_hint(bad)
    except Exception as e:
        print(type(e).__name__, e)
d={1:2,3:4,5:6}; it=iter(d.items()); next(it); print(it.__length_hint__()); del d[5]; print(it.__length_hint__())
