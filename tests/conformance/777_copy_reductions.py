# copy: reductions that name a global, copyreg registrations, tuple and dict
# subclasses, bound methods, code objects, reduce tuples of the wrong size.
import copy
import copyreg


class Global:
    calls = 0

    def __reduce__(self):
        Global.calls += 1
        return "Global"


g = Global()
print(copy.copy(g) is g, copy.deepcopy(g) is g, Global.calls)


class NeedsArg:
    def __new__(cls, foo):
        obj = object.__new__(cls)
        obj.foo = foo
        return obj


x = NeedsArg(42)
try:
    copy.copy(x)
except TypeError:
    print("TypeError without a registration")
copyreg.pickle(NeedsArg, lambda obj: (NeedsArg, (obj.foo,)))
y = copy.copy(x)
z = copy.deepcopy(x)
print(y is x, type(y).__name__, y.foo, z.foo)
try:
    copyreg.pickle(NeedsArg, 5)
except TypeError as e:
    print("TypeError", e)


class T(tuple):
    pass


t = T([1, [2], 3])
tc, td = copy.copy(t), copy.deepcopy(t)
print(type(tc).__name__, tuple(tc), tc[1] is t[1], tuple(td), td[1] is t[1])


class Keys(dict):
    def __init__(self, d=None):
        self._keys = list((d or {}).keys())
        super().__init__(d or {})

    def __setitem__(self, key, item):
        super().__setitem__(key, item)
        if key not in self._keys:
            self._keys.append(key)


k = Keys({"foo": 0})
kd = copy.deepcopy(k)
print(kd == k, kd._keys, kd is k)


class Owner:
    def __init__(self):
        self.items = [1]

    def method(self):
        return self.items


o = Owner()
m = copy.deepcopy(o.method)
print(m() == o.method(), m.__self__ is o, m() is o.items)
code = (lambda: 0).__code__
print(copy.copy(code) is code, copy.deepcopy(code) is code)


class SixTuple:
    def __reduce__(self):
        return SixTuple, (), None, None, None, None


for fn in (copy.copy, copy.deepcopy):
    try:
        fn(SixTuple())
    except TypeError:
        print("TypeError for a 6-tuple", fn.__name__)
print(copyreg.__newobj__(Owner).__class__.__name__)
