# Class creation: starred annotations (PEP 646 syntax), unpacked bases and
# keywords, type(name, bases, ns) under a metaclass with its own __new__,
# type.mro(), object.__init_subclass__, a class's __dict__, mappingproxy.
import abc
import types


class Unpackable:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(["item%d" % i for i in range(self.n)])


def g(a: int, *args: *Unpackable(1), **kw: str):
    pass


print(g.__annotations__)
for n in (0, 2):
    try:
        def h(*args: *Unpackable(n)):
            pass
    except ValueError as e:
        print("ValueError", e)
try:
    def h(*args: *5):
        pass
except TypeError as e:
    print("TypeError", e)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=Meta):
    pass


bases = (A,)
kw = {"flag": 1}


class B(*bases, **kw):
    pass


class B2(object, *(), **{}):
    pass


print(B.__bases__, type(B).__name__, B2.__bases__)

C = type("C", (A,), {"x": 1})
print(type(C).__name__, C.x, C.__mro__ == (C, A, object))


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


D = type("D", (Abstract,), {})
try:
    D()
except TypeError as e:
    print("TypeError", e)
E = type("E", (Abstract,), {"run": lambda self: "ran"})
print(E().run(), sorted(D.__abstractmethods__))

print(int.mro(), bool.mro())
print(B.mro() == list(B.__mro__))
print(A.__init_subclass__() is None)
try:
    A.__init_subclass__(x=1)
except TypeError as e:
    print("TypeError", e)
print(object.__init_subclass__() is None)


class WithDictProperty:
    @property
    def __dict__(self):
        return {"shown": True}


print(type(WithDictProperty.__dict__).__name__, "__dict__" in WithDictProperty.__dict__)
print(WithDictProperty().__dict__)

backing = {"a": 1}
proxy = types.MappingProxyType(backing)
backing["b"] = 2
print(proxy["b"], len(proxy), sorted(proxy), "a" in proxy, proxy.get("z", 0))
try:
    proxy["c"] = 3
except TypeError as e:
    print("TypeError", e)
try:
    types.MappingProxyType(5)
except TypeError as e:
    print("TypeError", e)


class Box:
    def method(self):
        pass


Box.method.tag = "tagged"
print(Box().method.tag)
try:
    Box().method.missing
except AttributeError as e:
    print("AttributeError", e)


class OnlyEnter:
    def __enter__(self):
        return self


class OnlyExit:
    def __exit__(self, *exc):
        return False


for maker in (OnlyEnter, OnlyExit, int):
    try:
        with maker():
            pass
    except TypeError as e:
        print("TypeError", e)
