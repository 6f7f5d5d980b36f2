# The descriptor protocol for any class attribute: data descriptors before
# the instance dict, non-data descriptors after it, __get__(None, cls) on
# class access, __set__/__delete__, __set_name__, and their errors.


class NonData:
    def __get__(self, obj, owner=None):
        return ("nondata", obj is None, owner.__name__)


class Data:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print("delete", self.name)
        del obj.__dict__[self.name]


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class DeleteOnly:
    def __get__(self, obj, owner=None):
        return "DeleteOnly.get"

    def __delete__(self, obj):
        print("DeleteOnly.__delete__")


class C:
    nd = NonData()
    d = Data()
    so = SetOnly()
    do = DeleteOnly()


c = C()
print(c.nd, C.nd)
c.__dict__["nd"] = "instance wins over non-data"
print(c.nd)
print(c.d, type(C.d).__name__)
c.d = 10
print(c.d, c.__dict__)
c.__dict__["d"] = "instance loses to data"
print(c.d)
del c.d
print(c.d)
c.so = 3
print(type(c.so).__name__)
c.__dict__["so"] = "inst"
print(c.so)
print(c.do)
del c.do
try:
    c.do = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.so
except AttributeError as e:
    print(type(e).__name__, e)


# Descriptors inherited, overridden, and added to a class later.
class D(C):
    pass


dd = D()
dd.d = 5
print(dd.d, D.nd)


class Late:
    pass


obj = Late()
obj.x = "inst"
late = Data()
late.__set_name__(Late, "x")
Late.x = late
print(obj.x)
obj.x = 7
print(obj.x)


class Sub(Late):
    pass


s = Sub()
s.y = "before"
late_y = Data()
late_y.name = "_y"
Sub.y = late_y
print(s.y)


# A descriptor that counts accesses and caches into the instance.
class Lazy:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        self.calls += 1
        v = self.func(obj)
        obj.__dict__[self.attr] = v
        return v


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r * self.r


ci = Circle(2)
print(ci.area, ci.area, Circle.area.calls)


# Descriptors as methods: a class whose instances bind like functions.
class Method:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)


class UsesMethod:
    def __init__(self):
        self.v = 3

    @Method
    def add(self, x):
        return self.v + x


print(UsesMethod().add(4))


# __set_name__ errors are wrapped; set_name on late assignment is not called.
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)


try:
    class HasBad:
        b = Bad()
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


class Named:
    def __set_name__(self, owner, name):
        print("named", name)


class Host:
    pass


Host.n = Named()
print("no set_name on late assignment")

# getattr/hasattr/setattr/delattr builtins go through descriptors.
print(getattr(c, "nd"), hasattr(c, "d"))
setattr(c, "d", 99)
print(getattr(c, "d"))
delattr(c, "d")


# A descriptor whose __get__ raises AttributeError falls back to __getattr__.
class Raising:
    def __get__(self, obj, owner=None):
        raise AttributeError("from get")


class WithGetattr:
    r = Raising()

    def __getattr__(self, name):
        return "getattr " + name


print(WithGetattr().r)
try:
    WithGetattr.r
except AttributeError as e:
    print(type(e).__name__, e)


# Descriptors on a metaclass act on the class.
class MetaDesc:
    def __get__(self, obj, owner=None):
        return ("meta", obj.__name__ if obj is not None else None)

    def __set__(self, obj, v):
        print("meta set", obj.__name__, v)


class Meta(type):
    md = MetaDesc()


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.md)
WithMeta.md = 4


# Classes made where __name__ is unset (module 'builtins') are user classes.
ns = {}
exec(
    "class D:\n"
    "    def __get__(self, obj, owner):\n"
    "        return 'exec get'\n"
    "class C:\n"
    "    d = D()\n"
    "r = (C().d, C.__module__)\n",
    ns,
)
print(ns["r"])
