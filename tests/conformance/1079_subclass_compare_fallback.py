# Comparisons of builtin subclasses whose own method declines (NotImplemented):
# the builtin slot answers (dict and set equality included), and errors
# name the subclass.
class D(dict):
    def __eq__(self, o):
        return NotImplemented
d = D(a=1)
print(d == {'a': 1}, {'a': 1} == d, d != {'a': 1}, dict.__eq__({'a': 1}, d))
class L(list):
    def __eq__(self, o):
        return NotImplemented
print(L([1]) == [1], [1] == L([1]), L([1]) != [1])
class S(str):
    def __eq__(self, o):
        return NotImplemented
    __hash__ = str.__hash__
print(S("a") == "a", "a" == S("a"))
class T(tuple):
    def __eq__(self, o):
        return NotImplemented
print(T((1,)) == (1,), T((1,)) != (1,))
class Z(set):
    def __eq__(self, o):
        return NotImplemented
    def __le__(self, o):
        return NotImplemented
    __hash__ = None
print(Z({1}) == {1}, {1} == Z({1}), Z({1}) <= {1, 2}, {1} <= Z({1}), Z({1}) == frozenset({1}))
class DD(dict):
    pass
print(DD(a=1) == {'a': 1}, {'a': 1} != DD(a=2))
try:
    D(a=1) < {}
except TypeError as e:
    print(e)
class E(dict): pass
class L(list): pass
class I(int): pass
for a, b in [(E(), {}), ({}, E()), (L([1]), ['a']), (I(1), 'x'), ('x', I(1)), (L(), 3)]:
    try:
        a < b
    except TypeError as e:
        print(e)
from http import cookies
m = cookies.Morsel()
print(m == 1, m != 1, m == '', m != '')
items = list(cookies.Morsel().items())
print(m == items, m != items)
morsel = cookies.Morsel()
morsel.set('key', 'value', '"value"')
morsel.update({'path': '/'})
d = dict(morsel)
print(morsel == d, morsel != d)
