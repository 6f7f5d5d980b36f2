# __init_subclass__ (with keywords), __class_getitem__, __mro_entries__,
# __qualname__/__module__/__doc__ of classes and functions.


class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kw):
        print("Plugin.__init_subclass__", cls.__name__, name, kw)
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class A(Plugin, name="alpha"):
    pass


class B(Plugin):
    pass


class C(A, name="gamma"):
    pass


print(Plugin.registry, A.plugin_name, B.plugin_name, C.plugin_name)
try:
    class Bad(Plugin, name="x", unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class NoHook(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Base:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("explicit classmethod", cls.__name__, kw)


class Derived(Base, k=1):
    pass


class Mid(Base):
    def __init_subclass__(cls, **kw):
        print("Mid hook", cls.__name__)
        super().__init_subclass__(**kw)


class Leaf(Mid, z=2):
    pass


# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


class SubBox(Box):
    pass


print(Box[int], SubBox["x"], Box[1, 2])
try:
    object()[1]
except TypeError as e:
    print(type(e).__name__, e)


class NotGeneric:
    pass


try:
    NotGeneric[int]
except TypeError as e:
    print(type(e).__name__, e)


# __mro_entries__
class Real:
    def hello(self):
        return "hello from Real"


class Stand:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (Real,)


class UsesStand(Stand(), object):
    pass


print(UsesStand.__bases__, UsesStand().hello(), len(UsesStand.__orig_bases__))


class Empty:
    def __mro_entries__(self, bases):
        return ()


class OnlyEmpty(Empty()):
    pass


print(OnlyEmpty.__bases__)


class BadEntries:
    def __mro_entries__(self, bases):
        return [Real]


try:
    class UsesBad(BadEntries()):
        pass
except TypeError as e:
    print(type(e).__name__, e)


# __qualname__, __module__, __doc__
class Outer:
    "Outer doc"

    class Inner:
        def method(self):
            "method doc"

    def f(self):
        def g():
            pass

        return g


print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer().f().__qualname__, Outer.f.__name__, Outer.__module__, Outer.Inner.__module__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.Inner.method.__doc__, Outer.f.__doc__)
Outer.Inner.__qualname__ = "Renamed"
print(Outer.Inner.__qualname__)


class Q:
    __qualname__ = "Custom.Name"


print(Q.__qualname__, Q.__name__)
try:
    class BadQ:
        __qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
T = type("T", (), {"__doc__": "T doc", "__module__": "mymod"})
print(T.__doc__, T.__module__, repr(T))
