# property, classmethod and staticmethod as ordinary descriptors: __get__
# called directly, subclassed, __func__/__wrapped__/__isabstractmethod__;
# functools.cached_property.
import functools


class C:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        "the x"
        return self._x

    @x.setter
    def x(self, v):
        self._x = v

    @x.deleter
    def x(self):
        print("deleting x")

    @classmethod
    def cm(cls, a):
        return (cls.__name__, a)

    @staticmethod
    def sm(a, b=2):
        return a + b

    ro = property(lambda self: "read-only")


c = C()
p = C.__dict__["x"]
print(type(p).__name__, p.__get__(c), p.__get__(c, C), p.__get__(None, C) is p)
p.__set__(c, 5)
print(c.x)
p.__delete__(c)
print(p.__doc__, C.ro.__doc__)
try:
    C.__dict__["ro"].__set__(c, 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.ro
except AttributeError as e:
    print(type(e).__name__, e)

cm = C.__dict__["cm"]
print(type(cm).__name__, cm.__get__(c)(1), cm.__get__(None, C)(2), cm.__func__.__name__)
print(cm.__wrapped__ is cm.__func__)
sm = C.__dict__["sm"]
print(type(sm).__name__, sm.__get__(c)(1), sm.__get__(None, C)(1, 5), sm.__func__.__name__)
print(sm(10), sm.__wrapped__ is sm.__func__)
print(C.cm(3), c.cm(4), C.sm(1), c.sm(1, 1))


# Subclasses of the builtin descriptors.
class LoudProperty(property):
    def __get__(self, obj, owner=None):
        if obj is not None:
            print("LoudProperty get")
        return super().__get__(obj, owner)


class UpperProperty(property):
    pass


class MyClassMethod(classmethod):
    pass


class MyStaticMethod(staticmethod):
    pass


class D:
    def __init__(self):
        self.v = "val"

    @LoudProperty
    def loud(self):
        return self.v

    @UpperProperty
    def up(self):
        return self.v.upper()

    @up.setter
    def up(self, value):
        self.v = value.lower()

    @MyClassMethod
    def mcm(cls):
        return cls.__name__

    @MyStaticMethod
    def msm(x):
        return x * 2


d = D()
print(d.loud, type(D.loud).__name__)
print(d.up, type(D.__dict__["up"]).__name__)
d.up = "NEW"
print(d.v, d.up)
print(D.mcm(), d.mcm(), D.msm(4), d.msm(5))
print(isinstance(D.__dict__["mcm"], classmethod), isinstance(D.__dict__["loud"], property))


# __isabstractmethod__
def abstract(f):
    f.__isabstractmethod__ = True
    return f


class E:
    @property
    @abstract
    def ap(self):
        pass

    @property
    def cp(self):
        pass

    @classmethod
    @abstract
    def acm(cls):
        pass

    @staticmethod
    @abstract
    def asm():
        pass

    @staticmethod
    def csm():
        pass


print(E.__dict__["ap"].__isabstractmethod__, E.__dict__["cp"].__isabstractmethod__)
print(E.__dict__["acm"].__isabstractmethod__, E.__dict__["asm"].__isabstractmethod__)
print(E.__dict__["csm"].__isabstractmethod__)


# property without getter/setter, error messages naming the property
class F:
    only_set = property(None, lambda self, v: None)
    nothing = property()


f = F()
for action in ("get", "set", "del"):
    for name in ("only_set", "nothing"):
        try:
            if action == "get":
                getattr(f, name)
            elif action == "set":
                setattr(f, name, 1)
            else:
                delattr(f, name)
            print(action, name, "ok")
        except AttributeError as e:
            print(action, name, type(e).__name__, e)


# functools.cached_property
class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0

    @functools.cached_property
    def total(self):
        "sum of range"
        self.computed += 1
        return sum(range(self.n))


dt = Data(5)
print(dt.total, dt.total, dt.computed, "total" in vars(dt))
dt.total = 100
print(dt.total)
del dt.total
print(dt.total, dt.computed)
cp = Data.__dict__["total"]
print(type(cp).__name__, cp.attrname, cp.__doc__, Data.total is cp)
try:
    cp.__set_name__(Data, "other")
except TypeError as e:
    print(type(e).__name__, e)


class Slotted:
    __slots__ = ("a",)

    @functools.cached_property
    def x(self):
        return 1


try:
    Slotted().x
except TypeError as e:
    print(type(e).__name__, e)

loose = functools.cached_property(lambda self: 1)


class Host:
    pass


Host.z = loose
try:
    Host().z
except TypeError as e:
    print(type(e).__name__, e)
