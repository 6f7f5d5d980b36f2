# property's fget/fset/fdel are read-only; __doc__ is writable; getter(),
# setter() and deleter() keep a doc given to the property.
def getx(self):
    "the x doc"
    return self._x


def setx(self, v):
    self._x = v


p = property(getx, setx)
for attr in ("fget", "fset", "fdel"):
    try:
        setattr(p, attr, None)
    except AttributeError as e:
        print("set", attr, "AttributeError", e)
    try:
        delattr(p, attr)
    except AttributeError as e:
        print("del", attr, "AttributeError", e)
print(p.fget is getx, p.fset is setx, p.fdel)
print(p.__doc__)
p.__doc__ = 42
print(p.__doc__)


class Sub(property):
    pass


s = Sub(getx)
try:
    s.fget = None
except AttributeError as e:
    print("Sub AttributeError", e)
s.__doc__ = "hello"
s.extra = 1
print(s.__doc__, s.extra)


class C:
    foo = property(doc="hello")

    @foo.getter
    def foo(self):
        "getter doc"
        return self._foo

    @foo.setter
    def foo(self, value):
        self._foo = abs(value)

    @foo.deleter
    def foo(self):
        del self._foo

    bar = property(getx)

    @bar.setter
    def bar(self, v):
        self._x = v * 2


c = C()
print(C.foo.__doc__, hasattr(c, "foo"))
c.foo = -42
print(c._foo, c.foo)
del c.foo
print(hasattr(c, "_foo"))
c.bar = 4
print(C.bar.__doc__, c.bar)


def other_get(self):
    "other doc"
    return 1


q = property(getx)
print(q.getter(other_get).__doc__, q.setter(setx).__doc__)
