# ImportError(name=, path=), AttributeError(name=, obj=), NameError(name=):
# keyword attributes, their defaults, and the ones lookups and imports set.
e = ImportError("test", name="somemodule", path="p")
print(e, e.name, e.path, e.msg, e.args)
print(ImportError().name, ImportError().path, ImportError().msg)
print(ImportError("a", "b").msg, ImportError("only").msg)
for kwargs in ({"invalid": "keyword"}, {"name": "n", "invalid": "keyword"}):
    try:
        ImportError("test", **kwargs)
    except TypeError as x:
        print(type(x).__name__, x)
a = AttributeError("Ouch", name="carry", obj=1)
print(a, a.name, a.obj, AttributeError().name, AttributeError().obj)
print(NameError("n", name="x").name, NameError().name)
for cls, kwargs in ((NameError, {"obj": 1}), (AttributeError, {"path": 1}),
                    (ValueError, {"x": 1}), (KeyError, {"name": 1})):
    try:
        cls(**kwargs)
    except TypeError as x:
        print(type(x).__name__, x)
try:
    import nosuchmod_for_test  # noqa: F401
except ImportError as x:
    print(type(x).__name__, x.name, x.msg, x.path)


class A:
    pass


try:
    A().zz
except AttributeError as x:
    print(x.name, type(x.obj).__name__)
try:
    undefined_x  # noqa: F821
except NameError as x:
    print(x.name)


class MyIE(ImportError):
    pass


m = MyIE("m", name="q")
print(type(m).__name__, m.name, m.path, m)
print(ModuleNotFoundError("x", name="y").name)
e = ImportError("z")
e.name = "set later"
print(e.name)
