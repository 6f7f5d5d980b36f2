# Dict views are their own types (dict_keys, dict_values, dict_items): set
# operations, reversed(), isdisjoint, mapping, truth, and the ABCs they register with.
d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(k, v, i)
print(len(k), 'a' in k, 1 in v, ('a', 1) in i)
d['c'] = 3
print(list(k), list(reversed(k)), list(reversed(i)))
print(*[sorted(s) for s in (k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'z'}, i & {('a', 1)})])
print(type(k & set()).__name__, type(i | set()).__name__)
print(k == {'a', 'b', 'c'}, k < {'a', 'b', 'c', 'd'}, k.isdisjoint(['x']))
print(k.mapping, type(k.mapping))
import collections.abc as abc
print(isinstance(k, abc.KeysView), isinstance(v, abc.ValuesView), isinstance(i, abc.ItemsView), isinstance(i, abc.Set))
print(type(k) is type({}.keys()), isinstance(k, type(d.keys())))
class D(dict): pass
d = D(x=1, y=2)
print(type(d.keys()).__name__, d.keys(), d.items() == {('x', 1), ('y', 2)})
v = {1: 2}.values()
print(v == v, {1: 2}.values() == {1: 2}.values())
k = {1: 2}.keys()
print(hash(k) if False else 'x', {1: 2}.keys() == {1: 2}.keys(), {1: 2}.keys() != {1: 3}.keys())
print(k <= {1, 2}, k > set(), k ^ [1, 5], [1, 9] & k if False else 'y')
print({1}.union({1:2}.keys()), set(k) | {3})
print({'a':1}.items().isdisjoint([('a', 2)]), {'a':1}.items().isdisjoint([('a', 1)]))
print(hasattr({}.values(), 'isdisjoint'), len({1:1, 2:2}.values()))
d = {1: 1}
try:
    for x in d.keys():
        d[x + 1] = 0
except RuntimeError as e:
    print(e)
print(type({}.keys()).__module__, repr(type({}.keys())))
try:
    type({}.keys())()
except TypeError as e:
    print(e)
print(bool({}.keys()), bool({1:1}.items()))
print(list(iter({1:2}.items())), type(iter({}.keys())).__name__, type(iter({}.items())).__name__)
print(type(reversed({}.keys())).__name__)
import collections.abc as c
for v in ({}.keys(), {}.values(), {}.items()):
    print(type(v).__name__, [n for n in ('Iterator', 'Iterable', 'Sized', 'Container', 'Reversible', 'Hashable', 'Set', 'KeysView', 'MappingView', 'Collection') if isinstance(v, getattr(c, n))])
print(isinstance(iter([]), c.Set), isinstance(iter([]), c.KeysView))
for v in ({}.keys(), {}.items()):
    try:
        hash(v)
    except TypeError as e:
        print(e)
print(hash({}.values()) is not None)
d = {1: 2}
print(1 in d.keys(), d.keys().__contains__(1), d.items().__contains__((1, 2)), 5 in d.values())
print(d.keys().__len__(), list(d.items().__iter__()), list(d.keys().__reversed__()))
print(type(d.keys()).__hash__, hasattr(d.values(), '__contains__'))
