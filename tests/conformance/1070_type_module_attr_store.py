# type's __name__, __qualname__, __module__, __doc__ are data descriptors:
# deleting one from a class is a TypeError, they take only strings, and
# their __set__/__delete__ act as the attribute store/delete on a class.


class X:
    "doc"


for n in ["__qualname__", "__name__", "__bases__", "__module__", "__doc__"]:
    try:
        delattr(X, n)
        print(n, "deleted")
    except TypeError as e:
        print(n, "TypeError:", e)
print(X.__qualname__, X.__name__, X.__module__, X.__doc__)

for n in ["__qualname__", "__name__"]:
    try:
        setattr(X, n, 3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        type.__dict__[n].__set__(str, "Oink")
    except TypeError as e:
        print("TypeError:", e)
    try:
        type.__dict__[n].__delete__(X)
    except TypeError as e:
        print("TypeError:", e)

type.__dict__["__qualname__"].__set__(X, "A.X")
type.__dict__["__name__"].__set__(X, "Y")
type.__dict__["__module__"].__set__(X, "elsewhere")
print(X.__qualname__, X.__name__, X.__module__)
X.__qualname__ = "B.X"
print(X.__qualname__)
try:
    type.__dict__["__qualname__"].__set__(1, "no")
except TypeError as e:
    print("TypeError:", e)
try:
    type.__dict__["__dict__"].__set__(X, {})
except AttributeError as e:
    print("AttributeError:", e)

# A module's __dict__ is a read-only member, on a module subclass too.
import types


class Base:
    pass


class Module1(types.ModuleType, Base):
    pass


for m in (types.ModuleType("plain"), Module1("spam")):
    try:
        m.__dict__ = {}
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        del m.__dict__
    except AttributeError as e:
        print("AttributeError:", e)
    m.__dict__["spam"] = "eggs"
    print(m.spam, sorted(k for k in m.__dict__ if not k.startswith("__")))
try:
    Base.__dict__["__dict__"].__set__(Module1("x"), {})
except AttributeError as e:
    print("AttributeError:", e)
