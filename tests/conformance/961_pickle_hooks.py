# pickle and copy: the reduce protocol's hooks on user classes
# (__reduce__, __reduce_ex__, __getstate__/__setstate__, state_setter,
# list/dict items), copyreg registrations and extension codes.
import copy
import copyreg
import io
import pickle
import pickletools


class WithState:
    def __init__(self):
        self.a = 1
        self.cache = "drop me"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v * 2,))


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (str, ("proto %d" % proto,))


class Items:
    def __init__(self):
        self.items = []
        self.map = {}

    def append(self, x):
        self.items.append(x)

    def extend(self, xs):
        self.items.extend(xs)

    def __setitem__(self, k, v):
        self.map[k] = v

    def __reduce__(self):
        return (Items, (), None, iter([1, 2, 3]), iter([("a", 1), ("b", 2)]))


def set_state(obj, state):
    obj.restored = state


class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), {"x": 1}, None, None, set_state)


class Named:
    def __reduce__(self):
        return "the_named"


the_named = Named()


class Legacy:
    def __init__(self, a):
        self.a = a


def reduce_legacy(obj):
    return (Legacy, (obj.a + 100,))


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    w = pickle.loads(pickle.dumps(WithState(), proto))
    print(proto, w.a, w.cache)
    print(proto, pickle.loads(pickle.dumps(Reduced(3), proto)).v)
    print(proto, pickle.loads(pickle.dumps(ReducedEx(), proto)))
    i = pickle.loads(pickle.dumps(Items(), proto))
    print(proto, i.items, i.map)
    if proto >= 2:
        print(proto, pickle.loads(pickle.dumps(WithSetter(), proto)).restored)
    print(proto, pickle.loads(pickle.dumps(the_named, proto)) is the_named)

copyreg.pickle(Legacy, reduce_legacy)
print(pickle.loads(pickle.dumps(Legacy(1))).a)
print(copy.copy(Legacy(2)).a, copy.deepcopy(Legacy(3)).a)
del copyreg.dispatch_table[Legacy]

copyreg.add_extension(__name__, "Legacy", 240)
for proto in (0, 1, 2, 3, 4):
    data = pickle.dumps(Legacy, proto)
    print(proto, data, pickle.loads(data) is Legacy)
copyreg.remove_extension(__name__, "Legacy", 240)

print("--- copy")
w = copy.copy(WithState())
print(w.a, w.cache)
print(copy.deepcopy(Reduced(5)).v)
print(copy.copy(ReducedEx()))
i = copy.deepcopy(Items())
print(i.items, i.map)
print(copy.copy(the_named) is the_named)

print("--- bad reductions")


class BadReduce:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


for rv in [42, (), (str,), (str, "notatuple"), (1, ()), (str, (), None, None, None, None, None)]:
    for proto in (0, 2, 4):
        try:
            pickle.dumps(BadReduce(rv), proto)
            print("ok", rv, proto)
        except Exception as e:
            print(type(e).__name__, e)

try:
    copyreg.pickle(Legacy, 42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    copyreg.add_extension("m", "n", 0)
except ValueError as e:
    print(type(e).__name__, e)
