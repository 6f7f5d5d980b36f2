# pprint: CPython's layout for nested dicts/lists/tuples/sets/strings/bytes, every PrettyPrinter option
import pprint
data = {'name': 'whirl', 'numbers': list(range(30)), 'nested': {'a': [1, 2, {'b': (3, 4, 5) * 6}], 'z': 'x' * 50, 'm': {i: str(i) * i for i in range(8)}}, 'tuple1': (1,), 'set': set(range(25)), 'fs': frozenset({3, 1, 2}), 'empty': [[], {}, (), set(), '']}
pprint.pprint(data)
for w in (1, 10, 20, 40, 60, 100):
    print(w); pprint.pprint(data, width=w)
pprint.pprint(data, indent=4, width=50)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=1)
pprint.pprint(data, compact=True, width=40)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp({'b': 1, 'a': [2] * 40})
pprint.pp({'b': 1, 'a': 2}, sort_dicts=True)
print(pprint.pformat(list(range(40)), compact=True, width=30))
print(pprint.pformat([10**12, 123456789], underscore_numbers=True), pprint.pformat(2**64, underscore_numbers=True))
long = 'The quick brown fox jumps over the lazy dog and keeps running far away.  ' * 3
pprint.pprint(long)
pprint.pprint([long, 'short'], width=40)
pprint.pprint({'k': long, 'lines': 'one\ntwo\nthree ' * 6}, width=50)
pprint.pprint(('x' * 100,))
pprint.pprint('nospacesatall' * 10, width=30)
pprint.pprint(b'\x00\x01abcdefgh' * 10, width=30)
pprint.pprint([b'0123456789' * 8], width=40)
pprint.pprint({'deep': [[[[[[1, 2, 3] * 5]]]]]}, width=30)
pprint.pprint([(1, 2), (3, 4)] * 10, width=20, compact=True)
pprint.pprint(frozenset(range(30)), width=40)
pprint.pprint({(1, 2): 'a', (0, 5): 'b', 'x': 1, 3: 'c', None: 2}, width=20)
pprint.pprint([1, 'a', None, 2.5, True, b'x'], width=10)
class D(dict): pass
class L(list):
    def __repr__(self): return 'L!'
pprint.pprint(D(a=list(range(30))), width=40)
pprint.pprint(L(range(30)), width=10)
pprint.pprint([L([1]), D()], width=10)
r = [1, 2]; r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, {'a': (2,)}]), pprint.isreadable(object()), pprint.isrecursive([1]))
print(pprint.saferepr([1, {'b': 2, 'a': 1}]), pprint.saferepr('x'), pprint.saferepr({2: 1, 1: 2}))
pr = pprint.PrettyPrinter(width=30, indent=2)
print(pr.pformat({'alpha': list(range(12)), 'beta': 'b'}), pr.isreadable([1]), pr.isrecursive(r))
print(pr.format([1, 2], {}, 0, 0))
for kw in [dict(indent=-1), dict(depth=0), dict(width=0), dict(depth=-2)]:
    try: pprint.PrettyPrinter(**kw)
    except ValueError as e: print('ValueError', e)
import io
s = io.StringIO(); pprint.pprint({'a': 1}, stream=s); print(repr(s.getvalue()))
s = io.StringIO(); pprint.PrettyPrinter(stream=s, width=5).pprint([1, 2]); print(repr(s.getvalue()))
mixed = {1: 'a', 'b': 2, 2.5: 'c', (1,): 'd'}
print(pprint.pformat(mixed, width=15))
print(pprint.pformat({3, 'a', 1, 'b'}, width=5))
from collections import OrderedDict, defaultdict, Counter, deque
print(pprint.pformat(OrderedDict((str(i), i) for i in range(10)), width=30))
dd = defaultdict(list); dd['x'] = list(range(20)); dd['a'] = [1]
print(pprint.pformat(dd, width=30))
print(pprint.pformat(Counter('abracadabra' * 3), width=20))
print(pprint.pformat(deque(range(20)), width=20), pprint.pformat(deque(range(20), maxlen=30), width=20))
print(pprint.pformat([OrderedDict(), defaultdict(int), Counter(), deque()]))
