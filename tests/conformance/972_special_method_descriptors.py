# Special methods are looked up on the type and bound as descriptors:
# __get__ is honoured, other callables are called without the instance.
class Binder:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, typ=None):
        return lambda *a: (self.name, type(obj).__name__, a)


class C:
    pass


for n in ["__getitem__", "__add__", "__radd__", "__lt__", "__call__", "__contains__", "__eq__",
          "__len__", "__bool__", "__hash__", "__str__", "__repr__", "__iter__", "__neg__",
          "__enter__", "__exit__", "__format__"]:
    setattr(C, n, Binder(n))
c = C()
for expr in ["c[1]", "c + 2", "3 + c", "c < 3", "c(4)", "1 in c", "c == 5", "-c", "format(c, 'x')"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
for f in [len, bool, hash, str, repr, iter]:
    try:
        print(f.__name__, f(c))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
try:
    with c as x:
        print("with", x)
except Exception as e:
    print("with", type(e).__name__, e)


class Calls:
    """A callable, not a descriptor: called without the instance."""

    def __init__(self, result):
        self.result = result

    def __call__(self, *args):
        return (self.result, args)


class D:
    __len__ = Calls(7)
    __getitem__ = Calls("item")
    __mul__ = Calls("mul")
    __str__ = staticmethod(lambda: "static str")
    __repr__ = classmethod(lambda cls: "repr of " + cls.__name__)
    __call__ = Calls("called")
    __neg__ = property(lambda self: lambda: "neg via property")


d = D()
for expr in ["d[1]", "d * 2", "str(d)", "repr(d)", "d(1, 2)", "-d"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
try:
    print(len(d))
except TypeError as e:
    print("len", e)


class E:
    __iter__ = [1, 2].__iter__  # a bound method: called as it is
    __len__ = len


e = E()
print(list(e))
try:
    print(len(e))
except TypeError as ex:
    print("len", ex)
