# dir() lists the special methods builtin types have (dir(int) has
# '__int__'), object.__dir__, a function's own attributes; hex/oct/bin use
# __index__.
for t, names in ((int, ["__int__", "__index__", "__float__", "__add__", "__bool__", "__hash__"]),
                 (float, ["__int__", "__float__", "__round__", "__add__"]),
                 (list, ["__iter__", "__len__", "__getitem__", "__setitem__", "__add__", "__contains__"]),
                 (str, ["__len__", "__getitem__", "__mod__", "__contains__"]),
                 (dict, ["__getitem__", "__setitem__", "__len__", "__iter__"]),
                 (object, ["__eq__", "__repr__", "__str__", "__hash__"])):
    listed = dir(t)
    print(t.__name__, [n for n in names if n in listed], listed == sorted(listed), len(listed) == len(set(listed)))


class MyInt(int):
    def extra(self):
        pass


print([n for n in ("__int__", "extra", "__add__") if n in dir(MyInt)], "__int__" in dir(MyInt(3)))


def f():
    pass


f.tag = 1
f.other = 2
print("tag" in dir(f), "other" in dir(f))


class WithDir:
    def __init__(self):
        self.attribute = 1

    def __dir__(self):
        base = super().__dir__()
        return ["custom"] + [n for n in base if n == "attribute"]


print(dir(WithDir()))
od = object.__dir__(WithDir())
print(type(od).__name__, "attribute" in od, "__init__" in od, "__dir__" in od)
try:
    object.__dir__()
except TypeError as e:
    print(type(e).__name__)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(hex(Idx(255)), oct(Idx(8)), bin(Idx(5)), hex(Idx(-16)), bin(Idx(2 ** 70)))


class BadIdx:
    def __index__(self):
        return "x"


for fn in (hex, oct, bin):
    for arg in (BadIdx(), 1.5, "3", object()):
        try:
            fn(arg)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)
