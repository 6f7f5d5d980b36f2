# Assigning a class's __bases__: CPython's checks, the MRO recomputed for
# the class and every class below it (a metaclass's mro() included), and
# everything restored when a recomputation fails.


def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


class A:
    def meth(self):
        return "A.meth"


class B:
    def meth(self):
        return "B.meth"

    def other(self):
        return "B.other"


class C(A):
    pass


class D(C):
    pass


d = D()
print(d.meth())
C.__bases__ = (B,)
print(d.meth(), d.other())
print([k.__name__ for k in C.__mro__], [k.__name__ for k in D.__mro__])
print(A.__subclasses__(), [k.__name__ for k in B.__subclasses__()])
print(isinstance(d, B), isinstance(d, A), issubclass(D, B))
C.__bases__ = (A, B)
print(d.meth(), d.other(), [k.__name__ for k in D.__mro__])

# The checks, in CPython's order and words.
t(lambda: setattr(C, "__bases__", ()))
t(lambda: setattr(C, "__bases__", [A]))
t(lambda: setattr(C, "__bases__", (1,)))
t(lambda: setattr(C, "__bases__", (C,)))
t(lambda: setattr(C, "__bases__", (D,)))
t(lambda: setattr(C, "__bases__", (A, A)))
t(lambda: setattr(C, "__bases__", (list,)))
t(lambda: setattr(C, "__bases__", (A, list)))
t(lambda: setattr(C, "__bases__", (bool,)))
t(lambda: delattr(C, "__bases__"))
t(lambda: setattr(int, "__bases__", (object,)))
t(lambda: setattr(list, "__bases__", (dict,)))
print([k.__name__ for k in C.__mro__])


# A subclass of list stays a subclass of a list.
class L(list):
    pass


class L2(list):
    def first(self):
        return self[0]


class L3(list):
    __slots__ = ()

    def first(self):
        return self[0]


t(lambda: setattr(L, "__bases__", (dict,)))
t(lambda: setattr(L, "__bases__", (L2,)))
L.__bases__ = (L3,)
print(L([7, 8]).first(), [k.__name__ for k in L.__mro__])


# An MRO conflict in a subclass undoes the whole assignment.
class P:
    pass


class Q:
    pass


class R(P, Q):
    pass


class S(P, Q):
    pass


class T(R, S):
    pass


t(lambda: setattr(R, "__bases__", (Q, P)))
print([k.__name__ for k in R.__mro__], [k.__name__ for k in T.__mro__])


# A metaclass's mro() runs again for every class whose bases changed.
class Logged(type):
    calls = []

    def mro(cls):
        Logged.calls.append(cls.__name__)
        return type.mro(cls)


class X(metaclass=Logged):
    pass


class Y(X):
    pass


class Z(Y):
    pass


Logged.calls.clear()
Y.__bases__ = (X,)
print(Logged.calls)


# One that fails the second time: the error propagates and every MRO
# already recomputed is put back.
class Once(type):
    def mro(cls):
        if getattr(cls, "done", False):
            raise RuntimeError("no second mro for " + cls.__name__)
        cls.done = True
        return type.mro(cls)


class E1:
    pass


class E2:
    pass


class F(E1):
    pass


class G(F):
    pass


class H(F, metaclass=Once):
    pass


before = (F.__mro__, G.__mro__, H.__mro__)
t(lambda: setattr(F, "__bases__", (E2,)))
print(before == (F.__mro__, G.__mro__, H.__mro__), F.__bases__)


# A metaclass's mro() that returns a non-class.
class Bad(type):
    def mro(cls):
        if getattr(cls, "ready", False):
            return [cls, 1]
        return type.mro(cls)


class K(metaclass=Bad):
    pass


K.ready = True
t(lambda: setattr(K, "__bases__", (object,)))
print(K.__mro__)


# __getattribute__ and properties of a new base reach existing instances.
class Plain:
    pass


class Hooked:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)

    @property
    def prop(self):
        return "prop"


class Mid(Plain):
    pass


class Low(Mid):
    pass


low = Low()
Mid.__bases__ = (Hooked,)
print(low.magic, low.prop, Low().magic)
t(lambda: setattr(low, "prop", 1))

# Re-entrant assignment from mro() that would make a cycle.
class Re(type):
    armed = False

    def mro(cls):
        if Re.armed:
            if cls.__name__ == "B1":
                B2.__bases__ = (B1,)
            if cls.__name__ == "B2":
                B1.__bases__ = (B2,)
        return type.mro(cls)


class A0(metaclass=Re):
    pass


class B1(A0):
    pass


class B2(A0):
    pass


Re.armed = True
t(lambda: setattr(B1, "__bases__", B1.__bases__ + ()))
Re.armed = False
print([k.__name__ for k in B1.__mro__], [k.__name__ for k in B2.__mro__])
