# The reprs of OrderedDict, defaultdict and deque name the subclass.
from collections import OrderedDict, defaultdict, deque


class OD(OrderedDict):
    pass


class DD(defaultdict):
    pass


class DQ(deque):
    pass


print(repr(OD()), repr(OD(a=1, b=2)))
print(repr(OrderedDict()), repr(OrderedDict(x=1)))
print(repr(DD(int)), repr(DD(list, a=[1])))
print(repr(defaultdict(None)))
print(repr(DQ()), repr(DQ([1, 2])), repr(DQ([1], maxlen=3)))
print(repr(deque([1, 2], maxlen=2)))
