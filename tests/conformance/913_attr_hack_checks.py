# object.__setattr__/__delattr__ refuse classes (type.__setattr__ is
# their door); builtin types refuse attribute changes; attribute names
# may be str subclasses; dict.__getitem__ asks __missing__; in-place
# power names its operator.
class Meta(type):
    pass


K = Meta("K", (), {})
tests = [
    lambda: object.__setattr__(str, "foo", 42),
    lambda: object.__delattr__(str, "lower"),
    lambda: object.__setattr__(K, "foo", 1),
    lambda: object.__delattr__(K, "foo"),
    lambda: type.__setattr__(str, "foo", 1),
    lambda: type.__delattr__(str, "lower"),
    lambda: delattr(int, "real"),
    lambda: setattr(list, "append", None),
]
for t in tests:
    try:
        t()
        print("ok")
    except TypeError as e:
        print("TypeError", e)
print(str.lower("ABC"))

type.__setattr__(K, "foo", 1)
print(K.foo)
type.__delattr__(K, "foo")
print(hasattr(K, "foo"))


class Logging(type):
    def __setattr__(cls, key, value):
        print("Logging.__setattr__", key)
        super().__setattr__(key, value)

    def __delattr__(cls, key):
        print("Logging.__delattr__", key)
        super().__delattr__(key)


class L(metaclass=Logging):
    pass


L.a = 1
print(L.a)
del L.a
print(hasattr(L, "a"))


class Direct(type):
    def __setattr__(cls, key, value):
        type.__setattr__(cls, key, value)


class Indirect(type):
    def __setattr__(cls, key, value):
        object.__setattr__(cls, key, value)


class B:
    pass


class C1(B, Direct):
    pass


class C2(B, Indirect):
    pass


d = C1("D", (object,), {})
d.test = True
print(d.test)
e = C2("E", (object,), {})
try:
    e.test = True
except TypeError as err:
    print("TypeError", err)


class S(str):
    pass


class Obj:
    pass


o = Obj()
setattr(o, S("name"), 1)
print(getattr(o, S("name")), o.name, hasattr(o, S("name")), list(vars(o)))
object.__setattr__(o, S("other"), 2)
print(object.__getattribute__(o, S("other")))
delattr(o, S("name"))
object.__delattr__(o, S("other"))
print(vars(o))
for bad in (1, None, b"x"):
    try:
        getattr(o, bad)
    except TypeError as err:
        print("TypeError", err)


class D(dict):
    def __missing__(self, key):
        return ("missing", key)


dd = D(a=1)
print(dd["a"], dd["b"], dd.__getitem__("a"), dd.__getitem__("c"))
print(dict.__getitem__(dd, "d"), "d" in dd)


class Plain(dict):
    pass


try:
    Plain().__getitem__("x")
except KeyError as err:
    print("KeyError", err)

x = None
try:
    x **= 2
except TypeError as err:
    print("TypeError", err)
try:
    x = pow(x, 2)
except TypeError as err:
    print("TypeError", err)
