# Modules made at run time, __import__ with its arguments,
# importlib.import_module, and the types module.
import sys
import types
import importlib


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# type(sys)(...) and types.ModuleType make empty modules.
M = type(sys)
print(M is types.ModuleType, M.__name__)
m = M("made")
print(m, m.__name__, m.__doc__, sorted(m.__dict__))
m2 = types.ModuleType("withdoc", "Some text.")
print(m2.__doc__, m2.__dict__["__doc__"])
m3 = M(name="kw", doc=None)
print(m3.__name__)
m.value = 42
exec("def twice(x):\n    return 2 * x\nresult = twice(value)", m.__dict__)
print(m.result, m.twice(5), m.twice.__module__, "__builtins__" in m.__dict__)
print("made" in sys.modules)
sys.modules["made"] = m
import made
print(made is m, made.result)
from made import twice
print(twice(21))
del sys.modules["made"]
attempt("no name", lambda: M())
attempt("int name", lambda: M(1))
attempt("too many", lambda: M("a", "b", "c"))
attempt("bad kw", lambda: M("a", colour=1))
attempt("missing attr", lambda: m.nothing)

# __import__: the top package, or the module itself with a fromlist.
os_mod = __import__("os")
print(os_mod.__name__)
path_pkg = __import__("os.path")
print(path_pkg.__name__)
print(__import__("os.path", fromlist=["join"]).__name__ in ("posixpath", "os.path"))
print(__import__("os", globals(), locals(), ["sep"], 0).sep)
print(__import__(name="json").__name__)
attempt("missing", lambda: __import__("no_such_module_here"))
attempt("relative no package", lambda: __import__("x", globals(), None, [], 1))
attempt("negative level", lambda: __import__("os", level=-1))
attempt("empty", lambda: __import__(""))
attempt("not str", lambda: __import__(5))

# importlib.import_module.
print(importlib.import_module("json").__name__)
print(importlib.import_module("collections").__name__)
attempt("relative without package", lambda: importlib.import_module(".x"))
attempt("missing", lambda: importlib.import_module("no_such_module_either"))

# types: the classes of existing values.


def f():
    pass


def g():
    yield 1


async def c():
    pass


class K:
    def meth(self):
        pass


co = c()
checks = [
    (f, types.FunctionType), (lambda: 0, types.LambdaType), (f.__code__, types.CodeType),
    (g(), types.GeneratorType), (co, types.CoroutineType), (K().meth, types.MethodType),
    (len, types.BuiltinFunctionType), (sys, types.ModuleType),
    (sys._getframe(), types.FrameType), (None, types.NoneType),
    (NotImplemented, types.NotImplementedType), (..., types.EllipsisType),
]
co.close()
for value, t in checks:
    print(t.__name__, isinstance(value, t))
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType))


def cellmaker():
    x = 1
    return lambda: x


print(isinstance(cellmaker().__closure__[0], types.CellType))

# SimpleNamespace.
ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns))
print(types.SimpleNamespace() == types.SimpleNamespace(), ns == types.SimpleNamespace(b="two", c=[3]))
print(types.SimpleNamespace(x=1) != types.SimpleNamespace(x=2))
attempt("positional", lambda: types.SimpleNamespace(1))


class Sub(types.SimpleNamespace):
    pass


print(Sub(z=0))
