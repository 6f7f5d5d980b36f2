# Subclasses of the module type: instances are modules whose attributes
# live in the module dict; the subclass's methods, properties and
# attribute hooks apply.
import sys
import types

MT = type(sys)
log = []


class Logged(MT):
    def __init__(self, name):
        MT.__init__(self, name)

    def __getattribute__(self, name):
        log.append(("getattr", name))
        return MT.__getattribute__(self, name)

    def __setattr__(self, name, value):
        log.append(("setattr", name, value))
        MT.__setattr__(self, name, value)

    def __delattr__(self, name):
        log.append(("delattr", name))
        MT.__delattr__(self, name)


a = Logged("a")
a.foo = 12
x = a.foo
del a.foo
print(log)
print(x, repr(a), isinstance(a, types.ModuleType), type(a).__name__)


class WithInit(types.ModuleType):
    def __init__(self):
        super().__init__("withinit", "the doc")

    @property
    def answer(self):
        return 42

    def greet(self):
        return "hello from " + self.__name__


n = WithInit()
print(n, n.__name__, n.__doc__, n.answer, n.greet())
print(sorted(n.__dict__))
n.value = 5
print(n.__dict__["value"], "value" in vars(n))


class Plain(types.ModuleType):
    pass


p = Plain("plain", doc="D")
print(p, p.__name__, p.__doc__, p.__spec__, p.__loader__, p.__package__)
for bad in [(), (1,), ("a", "b", "c")]:
    try:
        Plain(*bad)
    except TypeError as e:
        print("TypeError", e)


class Lazy(types.ModuleType):
    def __getattr__(self, name):
        return "lazy:" + name


lz = Lazy("lz")
lz.real = 1
print(lz.real, lz.missing, getattr(lz, "other"))

m = types.ModuleType("orig")
m.__name__ = "renamed"
print(m)
types.ModuleType.__init__(m, "again", "doc2")
print(m, m.__doc__)
