# object.__new__ and object.__init__ refuse extra arguments as CPython
# does (depending on which of the two the class replaces); super() with
# one argument is an unbound descriptor; super() checks its arguments.


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


class Neither:
    pass


class InitOnly:
    def __init__(self, foo):
        self.foo = foo


class NewOnly:
    def __new__(cls, foo):
        return object.__new__(cls)


class Both:
    def __new__(cls, foo):
        return object.__new__(cls)

    def __init__(self, foo):
        self.foo = foo


for C in (Neither, InitOnly, NewOnly, Both):
    print("--", C.__name__)
    t(object.__new__, C)
    t(object.__new__, C, 5)
    t(object.__new__, C, x=5)
    inst = object.__new__(C)
    t(object.__init__, inst)
    t(object.__init__, inst, 5)
    t(object.__init__, inst, x=5)
    t(C, 5)

t(Neither)
t(Neither, 1, 2)
t(Neither, x=1)
t(object)
t(object, 1)
t(object.__new__, object, 1)
t(object.__init__, object(), 1)


class Sub(InitOnly):
    pass


t(Sub, 1)
t(Sub)


class CallsSuperNew:
    def __new__(cls, *args):
        return super().__new__(cls, *args)


t(CallsSuperNew)
t(CallsSuperNew, 1)


class CallsSuperInit:
    def __init__(self, *args):
        super().__init__(*args)


t(CallsSuperInit)
t(CallsSuperInit, 1)


# super
class A:
    def meth(self, a):
        return "A(%r)" % a


class B(A):
    def meth(self, a):
        return "B(%r)" % a + self.__super.meth(a)


B._B__super = super(B)
print(B().meth(3))
print(type(B._B__super).__name__, B.__dict__["_B__super"] is B._B__super)


class Unrelated:
    pass


t(super, B, 42)
t(super, B, Unrelated())
t(super, B, Unrelated)
t(super, B, kw=1)
t(super(B).__get__, 12)
t(super(B).__get__, Unrelated())
print(super(B, B()).meth(1), super(B, B).meth(B(), 2))
t(super, 1)


# A class attribute through a __slots__ instance is read-only.
class Slotted:
    y = 0
    __slots__ = ("z",)


s = Slotted()
t(setattr, s, "y", 1)
t(delattr, s, "y")
t(setattr, s, "x", 1)
t(delattr, s, "x")
t(getattr, s, "z")
t(delattr, s, "z")
s.z = 5
print(s.z)
o = object()
t(setattr, o, "__init__", 1)
t(setattr, o, "anything", 1)
