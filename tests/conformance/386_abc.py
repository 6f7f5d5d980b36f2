# abc (ABCMeta, abstract methods and the instantiation error, register,
# __subclasshook__, caches) and collections.abc (the one-method ABCs on the
# builtin types, mixin methods of Mapping/MutableSequence/MutableSet,
# subscripting).
import abc
import collections.abc as cabc
ABC, ABCMeta, abstractmethod = abc.ABC, abc.ABCMeta, abc.abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s

class Half(Shape):
    def area(self): return 1

print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, Half):
    try: cls()
    except TypeError as e: print("TypeError", e)
print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, Shape))

class Duck:
    def area(self): return 0
print(isinstance(Duck(), Shape))
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), Shape.register(int) is int, isinstance(3, Shape))
try: Shape.register(3)
except TypeError as e: print("TypeError", e)

class Meta(ABCMeta): pass
class Plug(metaclass=Meta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plug:
            return hasattr(C, "plug")
        return NotImplemented
class P:
    plug = 1
print(issubclass(P, Plug), issubclass(int, Plug), isinstance(P(), Plug))

samples = [("int", 1), ("str", "s"), ("list", [1]), ("tuple", (1,)), ("dict", {1: 2}), ("set", {1}),
           ("frozenset", frozenset()), ("range", range(3)), ("bytes", b"x"), ("list iterator", iter([])),
           ("generator", (x for x in ())), ("builtin", len), ("lambda", lambda: 0), ("None", None), ("float", 1.5)]
for label, value in samples:
    print(label, [a.__name__ for a in (cabc.Hashable, cabc.Iterable, cabc.Iterator, cabc.Sized, cabc.Container,
          cabc.Collection, cabc.Sequence, cabc.MutableSequence, cabc.Mapping, cabc.MutableMapping, cabc.Set,
          cabc.MutableSet, cabc.Callable, cabc.Reversible, cabc.Generator) if isinstance(value, a)])

class MyMap(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, len(m.keys()))
print(m.keys() & {"a"}, sorted(m.keys() | {"c"}), m.items() - {("a", 1)}, isinstance(m, dict))

class MySeq(cabc.MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
s = MySeq()
s.extend([3, 1, 2]); s.append(5); s.reverse(); s += [9]
print(s.l, s.index(1), s.count(1), 2 in s, list(reversed(s)), s.pop(), s.l)
s.remove(3); print(s.l)
try: s.index(42)
except ValueError as e: print("ValueError", repr(e))

class MySet(cabc.MutableSet):
    def __init__(self, it=()): self.items = set(it)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(sorted(self.items))
    def __len__(self): return len(self.items)
    def add(self, x): self.items.add(x)
    def discard(self, x): self.items.discard(x)
a = MySet([1, 2, 3])
print(sorted(a & {2, 3, 4}), sorted(a | [7]), sorted(a - {1}), sorted(a ^ {3, 4}), a <= MySet([1, 2, 3, 4]), a == MySet([3, 2, 1]), a.isdisjoint([5]))
a |= [10]; a -= [1]; print(list(a))
try: MySet().pop()
except KeyError: print("KeyError")
try: cabc.Sequence()
except TypeError as e: print("TypeError", e)
print(cabc.Iterable[int], cabc.Callable[[int], str], cabc.Mapping[str, int])
print(abc.get_cache_token() >= 0, type(Shape).__name__, ABC.__slots__)
