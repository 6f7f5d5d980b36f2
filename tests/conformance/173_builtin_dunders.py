# Dunder methods of builtin types, called by name.
it = iter([10, 20, 30])
print(it.__next__(), next(it), it.__next__())
try:
    it.__next__()
except StopIteration:
    print("exhausted")
print(int.__add__(2, 3), (7).__mul__(6), (7).__add__("x"), float.__truediv__(1.0, 4))
print(list.__getitem__([1, 2, 3], -1), str.__len__("hello"), set.__contains__({1, 2}, 2))
print(dict.__getitem__({"a": 1}, "a"), tuple.__len__((1, 2)), (5).__neg__(), (2).__pow__(10))
print([1, 2].__contains__(3), "abc".__getitem__(1), {1: 2}.__len__(), (3.5).__int__())
print(int.__eq__(1, 1), int.__lt__(1, 2), str.__lt__("b", "a"), int.__eq__(1, "1"))
print(hasattr(int, "__add__"), hasattr(str, "__len__"), hasattr(int, "__len__"), list.__hash__)
print(callable(len.__call__), len.__call__([1, 2]), (lambda x: x * 2).__call__(4))

class LoudDict(dict):
    def __setitem__(self, key, value):
        print("  set", key, value)
        dict.__setitem__(self, key, value)

    def __getitem__(self, key):
        value = dict.__getitem__(self, key)
        return value * 10

d = LoudDict()
d["a"] = 1
d["b"] = 2
print(d["a"], d.get("a"), sorted(d.items()), len(d), dict(d))

class CaseInsensitive(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

ci = CaseInsensitive()
ci["Content-Type"] = "text/html"
print(ci["CONTENT-TYPE"], "content-type" in ci, "Content-Length" in ci, list(ci))

class Stack(list):
    def push(self, x):
        self.append(x)

    def __len__(self):
        return list.__len__(self)

    def __repr__(self):
        return "Stack(" + list.__repr__(self) + ")"

s = Stack()
s.push(1)
s.push(2)
print(s, len(s), s.__len__(), list.__len__(s), s[-1], s.pop(), s)

class Temperature:
    def __init__(self, c):
        self.c = c

    def __setattr__(self, name, value):
        if name == "c" and value < -273.15:
            raise ValueError("below absolute zero")
        object.__setattr__(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, Temperature):
            return NotImplemented
        return self.c == other.c

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        return "Temperature(%r)" % self.c

t = Temperature(20)
t.c = 25
print(t, t == Temperature(25), t == 25, t != Temperature(1))
try:
    t.c = -300
except ValueError as e:
    print("ValueError:", e)
print(object.__repr__(t).startswith("<__main__.Temperature object at 0x"))

class Plain:
    pass

print(Plain.__repr__ is object.__repr__, Plain.__eq__ is object.__eq__, Plain.__init__ is object.__init__)
p = Plain()
print(p.__eq__(p), p.__eq__(1), p.__ne__(1), p.__hash__() == hash(p), str(p) == p.__str__())
