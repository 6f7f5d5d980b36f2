# operator: every function, the in-place ones, attrgetter/itemgetter/methodcaller and their reprs, errors
import operator as o
class M:
    def __init__(s, v): s.v = v
    def __matmul__(s, x): return ('matmul', s.v, x)
    def __imatmul__(s, x): s.v = ('imatmul', s.v, x); return s
    def __repr__(s): return 'M(%r)' % (s.v,)
binops = ['add','sub','mul','truediv','floordiv','mod','pow','lshift','rshift','and_','or_','xor','lt','le','eq','ne','gt','ge','is_','is_not']
for name in binops:
    f = getattr(o, name)
    print(name, [f(a, b) for a, b in [(7, 3), (12, 2), (5, 1)]], f is getattr(o, '__%s__' % name.rstrip('_'), f))
print(o.truediv(7, 2), o.add('a', 'b'), o.mul([1], 3), o.mod('%s!', 'x'), o.pow(2, -1), o.matmul(M(1), 2))
for name in ['neg','pos','abs','inv','invert','not_','truth','index']:
    f = getattr(o, name)
    print(name, [f(x) for x in [5, -3, 0, True]])
print(o.index(True), type(o.index(True)).__name__, o.truth([]), o.truth([0]), o.not_(''), o.abs(-2.5))
a = [1, 2, 3, 2, 2]
print(o.getitem(a, 1), o.getitem(a, slice(1, 3)), o.contains(a, 3), o.contains('abc', 'bc'), o.countOf(a, 2), o.indexOf(a, 2), o.concat([1], [2]), o.concat('a', 'b'), o.concat((1,), (2,)))
o.setitem(a, 0, 9); o.delitem(a, 1); o.setitem(a, slice(0, 1), [7, 8]); print(a)
d = {}; o.setitem(d, 'k', 1); print(d, o.getitem(d, 'k')); o.delitem(d, 'k'); print(d)
nan = float('nan'); print(o.countOf([nan, nan], nan), o.indexOf([1, nan], nan))
x = [1]; y = o.iadd(x, [2]); print(x, y, y is x)
print(o.iadd(1, 2), o.isub(5, 2), o.imul(3, 4), o.itruediv(7, 2), o.ifloordiv(7, 2), o.imod(7, 3), o.ipow(2, 5), o.ilshift(1, 4), o.irshift(64, 2), o.iand(6, 3), o.ior(4, 1), o.ixor(6, 3), o.iconcat([1], (2,)), o.iconcat('a', 'b'))
m = M(1); print(o.imatmul(m, 5), o.__imatmul__ is o.imatmul)
class IO:
    def __init__(s): s.log = []
    def __ior__(s, x): s.log.append(x); return s
    def __ixor__(s, x): return 'ixor'
io_ = IO(); print(o.ior(io_, 1) is io_, io_.log, o.ixor(io_, 2))
print(o.call(max, 3, 9, 4), o.call(sorted, [3, 1], reverse=True), o.call(dict, a=1))
print(o.length_hint([1, 2, 3]), o.length_hint(iter(H(2)), 5) if False else 2, o.length_hint(object()), o.length_hint(object(), 4), o.length_hint(range(10)))
class H:
    def __init__(s, v): s.v = v
    def __length_hint__(s): return s.v
for v in [5, NotImplemented, -1, 'x']:
    try: print(o.length_hint(H(v), 7))
    except Exception as e: print(type(e).__name__, e)
class P:
    def __init__(s, **kw): s.__dict__.update(kw)
p = P(a=1, b=P(c=P(d='deep')), name='pp')
g = o.attrgetter('a'); print(g(p), repr(g))
g = o.attrgetter('b.c.d', 'a', 'name'); print(g(p), repr(g))
print(repr(o.itemgetter(1)), o.itemgetter(1)('abc'), o.itemgetter(0, -1, slice(1, 3))('hello'), repr(o.itemgetter('a', 2)), o.itemgetter('k')({'k': 3}))
mc = o.methodcaller('split', ',', maxsplit=1); print(mc('a,b,c'), repr(mc))
print(o.methodcaller('upper')('x'), repr(o.methodcaller('f', 1, 'two', x=[3], y=None)), repr(o.methodcaller('name')))
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=o.itemgetter(1, 0)), sorted([P(a=3), P(a=1)], key=o.attrgetter('a'))[0].a)
print(list(map(o.itemgetter(0), ['ab', 'cd'])), list(map(o.methodcaller('strip'), [' x ', 'y '])))
print(o.attrgetter('a').__reduce__()[1], o.itemgetter(1, 2).__reduce__()[1])
errs = [(o.index, ('x',)), (o.index, (1.5,)), (o.concat, (1, 2)), (o.concat, ([1], (2,))), (o.iconcat, (1, [2])), (o.concat, ({}, {})), (o.length_hint, (1, 'x')), (o.indexOf, ([1], 2)), (o.attrgetter, ()), (o.attrgetter, (1,)), (o.attrgetter, ('a', 2)), (o.itemgetter, ()), (o.methodcaller, ()), (o.methodcaller, (1,)), (o.add, (1, 'a')), (o.lt, (1, 'a')), (o.neg, ('a',)), (o.getitem, (1, 2)), (o.contains, (1, 2)), (o.truediv, (1, 0)), (o.delitem, ({}, 'x')), (o.getitem, ([], 3)), (o.countOf, (5, 1)), (o.inv, (1.0,)), (o.matmul, (1, 2)), (o.attrgetter('a.b'), (p,)), (o.attrgetter('zz'), (p,)), (o.methodcaller('nope'), (1,)), (o.itemgetter(5), ('ab',))]
for f, args in errs:
    try: print(f(*args))
    except Exception as e: print(type(e).__name__, e)
print(sorted(n for n in o.__all__)[:8], len(o.__all__))
