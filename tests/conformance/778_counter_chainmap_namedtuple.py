# collections: Counter's comparisons, unary and in-place operations,
# fromkeys and repr; ChainMap as a MutableMapping with | and |=;
# namedtuple's module, _replace and subclasses.
from collections import ChainMap, Counter, OrderedDict, deque, namedtuple
from collections.abc import Mapping, MutableMapping, MutableSequence

a = Counter(a=3, b=1)
b = Counter(a=1, b=1, c=0)
print(a >= b, a > b, b <= a, b < a, a == Counter(a=3, b=1, z=0), a != b)
print(Counter(a=1) == {"a": 1}, Counter(a=1) != {"a": 2}, Counter() == Counter(x=0))
for op in ("<", "<=", ">", ">="):
    try:
        eval("Counter() %s {}" % op)
    except TypeError as e:
        print("TypeError", e)
c = Counter(a=2, b=-1, c=0)
print(+c, -c)
c += Counter(b=3)
print(c)
c -= Counter(a=5)
print(c)
c |= Counter(z=4, b=1)
print(c)
c &= Counter(z=1, b=9)
print(c)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)


class Sub(Counter):
    pass


s = Sub("aab")
print(repr(s), type(s.copy()).__name__, repr(Sub()))
print(Counter({"a": None, "b": 1}))
print(Counter("abracadabra").most_common(2), Counter("ab").most_common(-1))
s.subtract({"a": 5}, )
s.subtract("b")
print(s)

cm = ChainMap({"a": 1}, {"a": 9, "b": 2})
print(isinstance(cm, MutableMapping), sorted(cm.items()), sorted(cm.keys()), sorted(cm.values()))
print(cm | {"c": 3}, {"z": 0} | cm)
cm |= {"d": 4}
print(cm, cm == {"a": 1, "b": 2, "d": 4}, cm.get("b"), "b" in cm, len(cm))
try:
    cm | 5
except TypeError as e:
    print("TypeError", e)


class RorChain(ChainMap):
    def __ror__(self, other):
        return "RorChain.__ror__"


print(ChainMap() | RorChain())
print(isinstance(deque(), MutableSequence), isinstance(OrderedDict(), Mapping))

P = namedtuple("P", "x y")
print(P.__module__, P(1, 2)._replace(y=5))
Q = namedtuple("Q", "self cls", module="somewhere")
print(Q.__module__, Q(cls=1, self=2), Q(1, 2)._replace(self=7))


class P3(P):
    pass


p = P3(1, 2)
p.w = 3
print(p.w, p)
try:
    P(1, 2).w = 3
except AttributeError as e:
    print("AttributeError", e)
