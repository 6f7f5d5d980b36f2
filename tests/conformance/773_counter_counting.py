# collections: _count_elements and Counter.update through the mapping's
# own get() and item assignment.
from collections import Counter, OrderedDict, _count_elements

d = {}
_count_elements(d, "abracadabra")
print(d)
m = OrderedDict()
_count_elements(m, "abracadabra")
print(m)


class Loud(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


_count_elements(Loud(), "aba")


class SetCounter(Counter):
    def __setitem__(self, key, value):
        self.setitems = getattr(self, "setitems", 0) + 1
        super().__setitem__(key, value)


c = SetCounter("hello")
print(c.setitems, sorted(c.items()))


class GetCounter(Counter):
    def get(self, key, default=None):
        self.gets = getattr(self, "gets", 0) + 1
        return super().get(key, default)


c = GetCounter("hello")
print(c.gets, sorted(c.items()))

c = Counter(a=2)
c.update({"a": 1, "b": 5})
c.update(Counter(b=1), c=7)
c.update("aa")
print(sorted(c.items()))
e = Counter()
e.update({"x": -1})
print(e)
try:
    _count_elements({}, 5)
except TypeError as e:
    print("TypeError", e)
