# reprlib: aRepr limits, Repr subclass and options, recursive_repr
import reprlib
r = reprlib.repr
print(r(list(range(20))), r(tuple(range(3))), r((1,)), r(()), r([]), r(set(range(10))), r(set()), r(frozenset('abcdefgh')), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}), r({'a': [1, [2, [3, [4, [5, [6, [7]]]]]]]}))
print(r('x' * 100), r('short'), r("it's" * 10), r(2 ** 200), r(12345), r(-10 ** 50))
print(r([[[[[[[[1]]]]]]]]), r([1, 'a' * 40, (2, 3)]))
class Big:
    def __repr__(self): return 'Big(' + 'z' * 50 + ')'
class Boom:
    def __repr__(self): raise ValueError('no')
print(r(Big()), r(1.5), r(None), r(True), r(b'bytes' * 20))
print(r(Boom()).startswith('<Boom instance at 0x'))
a = reprlib.Repr(); a.maxlist = 2; a.maxstring = 10; a.maxlevel = 2; a.fillvalue = '+++'; a.maxdict = 1; a.maxlong = 8; a.maxother = 6
print(a.repr(list(range(5))), a.repr('abcdefghijklmnop'), a.repr([[[1]]]), a.repr({1: 2, 3: 4}), a.repr(10 ** 20), a.repr(Big()), a.repr({}))
print(a.maxset, a.maxtuple, a.maxfrozenset, a.maxdeque, a.maxarray, reprlib.aRepr.maxlevel)
class MyRepr(reprlib.Repr):
    def repr_str(self, x, level): return 'S<%d>' % len(x)
print(MyRepr().repr(['ab', ('c',)]))
from collections import deque
print(r(deque(range(10))))
class Node:
    def __init__(self, v): self.v = v; self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self): return 'Node(%r, %r)' % (self.v, self.kids)
n = Node(1); n.kids.append(n); n.kids.append(Node(2))
print(repr(n), Node.__repr__.__name__, Node.__repr__.__qualname__)
class Q(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self): return 'Q' + list.__repr__(self)
q = Q([1]); q.append(q); print(repr(q))
