# Bare object() takes no attributes (its subclasses' instances do), the
# function type's __get__ is reachable on the type, and a plain module's
# __class__ can become a ModuleType subclass.
import sys
import types


def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


o = object()
t(lambda: setattr(o, "x", 1))
t(lambda: o.x)
t(lambda: object.__setattr__(o, "y", 2))
t(lambda: delattr(o, "x"))
t(lambda: vars(o))


class Sub:
    pass


class Sub2(object):
    __slots__ = ()


s = Sub()
s.x = 1
print(s.x, vars(s))
t(lambda: setattr(Sub2(), "x", 1))


class Sub3(Sub2):
    pass


s3 = Sub3()
s3.z = 3
print(s3.z)


# function.__get__ on the type
def f(self, n=1):
    return (self, n)


get = type(f).__get__
print(type(get).__name__, get is types.FunctionType.__get__)
bound = get(f, "obj")
print(type(bound).__name__, bound(), bound(5))
print(get(f, None, int) is f)
t(lambda: get(f, None))
t(lambda: get(f, None, None))
t(lambda: get(f))
t(lambda: get(1, 2))
print(f.__get__("x")(), f.__get__(None, str) is f)


class Desc:
    method = f


print(Desc().method()[1], Desc.method is f)


# A module's __class__
class Verbose(types.ModuleType):
    greeting = "hello"

    def hello(self):
        return "hi from " + self.__name__

    @property
    def answer(self):
        return 42

    def __getattr__(self, name):
        return "missing " + name


m = types.ModuleType("mm")
m.existing = 1
print(type(m).__name__)
m.__class__ = Verbose
print(type(m).__name__, isinstance(m, Verbose), isinstance(m, types.ModuleType))
print(m.hello(), m.greeting, m.answer, m.existing, m.nothing)
m.greeting = "own"
print(m.greeting, Verbose.greeting)
t(lambda: setattr(m, "answer", 1))
m.__class__ = types.ModuleType
print(type(m).__name__, m.greeting)
t(lambda: m.hello)


class Guarded(types.ModuleType):
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private: " + name)
        super().__setattr__(name, value)


g = types.ModuleType("gg")
g.__class__ = Guarded
g.ok = 1
print(g.ok)
t(lambda: setattr(g, "_no", 1))


class NotAModule:
    pass


t(lambda: setattr(g, "__class__", NotAModule))
t(lambda: setattr(g, "__class__", int))
t(lambda: setattr(g, "__class__", 1))
t(lambda: delattr(g, "__class__"))

# This very module, as the idiom does it.
mod = sys.modules[__name__]
mod.__class__ = Verbose
print(type(mod).__name__, mod.hello() == "hi from " + __name__)
