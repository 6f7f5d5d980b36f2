# Metaclasses: __new__/__init__/__call__/__prepare__, metaclass methods and
# properties seen from the class, type(name, bases, ns), the most derived
# metaclass and its conflict error, __instancecheck__/__subclasscheck__.


class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("M.__new__", mcs.__name__, name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name, kw)
        super().__init__(name, bases, ns)

    def hello(cls):
        return "hello " + cls.__name__

    @property
    def upper(cls):
        return cls.__name__.upper()

    def __call__(cls, *a, **k):
        print("M.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", mcs.__name__, name, kw)
        return {"injected": 42}

    def __instancecheck__(cls, x):
        print("instancecheck", cls.__name__)
        return x == 5

    def __subclasscheck__(cls, x):
        print("subclasscheck", cls.__name__)
        return x is int


class C(metaclass=M, flag=1):
    x = 1

    def __init__(self, v, w=0):
        self.v = v + w

    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


print(type(C).__name__, C.hello(), C.upper, C.injected, C.x)
print(C.__class__ is M, type(C) is M, isinstance(C, M), isinstance(C, type))
c = C(3, w=4)
print(c.v, type(c).__name__)


class D(C, flag=2):
    pass


print(type(D).__name__, D.hello(), D.upper)
print(isinstance(5, C), isinstance(6, C), isinstance(c, C))
print(issubclass(int, C), issubclass(str, C))
print(isinstance(c, (int, C)))

try:
    D.nope
except AttributeError as e:
    print(type(e).__name__, e)

try:
    c.hello
except AttributeError as e:
    print(type(e).__name__, e)


# The most derived metaclass wins; unrelated ones conflict.
class N(type):
    pass


class E(metaclass=N):
    pass


try:
    class F(C, E):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class N2(N):
    pass


class G(E, metaclass=type):
    pass


print(type(G).__name__)


class H(metaclass=N2):
    pass


class I(E, H):
    pass


print(type(I).__name__)

# type(name, bases, ns) and type(x)
T = type("T", (object,), {"a": 1, "f": lambda self: self.a + 1})
print(T().f(), T.__name__, T.__qualname__, T.__module__, type(T))
print(type(1), type("s"), type(T()), type(type))
X = M("X", (), {"q": 5})
print(X.q, type(X).__name__, X.__bases__)
Y = type.__new__(M, "Y", (), {})
print(Y.__name__, type(Y).__name__)

for args in [(), (1, 2), (1, 2, 3, 4)]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(1, (), {}), ("A", [], {}), ("A", (), [])]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type.__new__(M, "Z")
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("B", (True,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("B", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)


# A function as metaclass.
def fmeta(name, bases, ns, **kw):
    print("fmeta", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return 42


class K(metaclass=fmeta, extra=3):
    z = 1


print(K)


# __init__-only metaclass, class attribute counter.
class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)

    def __len__(cls):
        return 7

    def __iter__(cls):
        return iter([1, 2])

    def __getitem__(cls, k):
        return ("item", k)

    def __repr__(cls):
        return "<registered " + cls.__name__ + ">"


class R1(metaclass=Registry):
    pass


class R2(R1):
    pass


print(Registry.classes, repr(R2), str(R1))
print(len(R1), list(R1), R1["k"])


# A metaclass __call__ that does not construct.
class Singleton(type):
    _inst = {}

    def __call__(cls, *a):
        if cls not in Singleton._inst:
            Singleton._inst[cls] = super().__call__(*a)
        return Singleton._inst[cls]


class S(metaclass=Singleton):
    def __init__(self, *a):
        print("S init", a)


print(S(1) is S(2))


# __prepare__ returning a dict subclass that records order.
class OrderedNS(dict):
    pass


class PM(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return OrderedNS()

    def __new__(mcs, name, bases, ns):
        print(type(ns).__name__, [k for k in ns if not k.startswith("__")])
        return super().__new__(mcs, name, bases, dict(ns))


class P(metaclass=PM):
    b = 1
    a = 2

    def m(self):
        pass


class BadPrep(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5


try:
    class Q(metaclass=BadPrep):
        pass
except TypeError as e:
    print(type(e).__name__, e)


# metaclass attribute precedence
class AM(type):
    shared = "meta"
    only_meta = "meta-only"


class A(metaclass=AM):
    shared = "class"


print(A.shared, A.only_meta, hasattr(A(), "only_meta"))
print(type(A).__mro__)
