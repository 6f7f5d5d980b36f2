def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", r)
class A(object):
    def f(self): return "A"
class B(A): pass
class C(A):
    def f(self): return "C"
class D(B, C): pass
class PerverseMetaType(type):
    def mro(cls):
        L = type.mro(cls)
        L.reverse()
        return L
class X(D,B,C,A, metaclass=PerverseMetaType):
    def g(self): return "X.g"
print([k.__name__ for k in X.__mro__], X().f(), X().g(), X.f(X()))
print(isinstance(X(), X), issubclass(X, A), issubclass(X, object))
def mk(mro, bases=(object,), name="Y"):
    class M(type):
        def mro(self):
            return mro(self)
    return M(name, bases, {})
class B2: pass
show("dict", lambda: mk(lambda s: [s, dict, object]))
show("[1]", lambda: mk(lambda s: [1]))
show("1", lambda: mk(lambda s: 1))
show("(B2,)", lambda: [k.__name__ for k in mk(lambda s: (B2,)).__mro__])
show("[]", lambda: mk(lambda s: []).__mro__)
show("without self", lambda: [k.__name__ for k in mk(lambda s: [A, object]).__mro__])
show("duplicate", lambda: [k.__name__ for k in mk(lambda s: [s, A, A, object]).__mro__])
show("tuple", lambda: [k.__name__ for k in mk(lambda s: (s, C, A, object)).__mro__])
show("gen", lambda: [k.__name__ for k in mk(lambda s: iter([s, object])).__mro__])
show("int base", lambda: [k.__name__ for k in mk(lambda s: [s, int, object], bases=(int,)).__mro__])
show("int base missing", lambda: [k.__name__ for k in mk(lambda s: [s, object], bases=(int,)).__mro__])
show("int in obj", lambda: [k.__name__ for k in mk(lambda s: [s, int, object]).__mro__])
Y = mk(lambda s: [s, C, A, object], bases=(B,))
print([k.__name__ for k in Y.__mro__], Y().f(), issubclass(Y, C), isinstance(Y(), C), issubclass(Y, B))


# The class after its bases: their attributes win over its own.
class Last(type):
    def mro(cls):
        m = type.mro(cls)
        return m[1:-1] + [m[0], m[-1]]


class P:
    who = "P"

    def hello(self):
        return "P.hello"

    def __repr__(self):
        return "<P repr>"


class Q(P, metaclass=Last):
    who = "Q"
    own = "Q.own"

    def hello(self):
        return "Q.hello"

    def __repr__(self):
        return "<Q repr>"


q = Q()
print([k.__name__ for k in Q.__mro__], Q.who, q.who, q.hello(), Q.own, repr(q))
print(isinstance(q, P), isinstance(q, Q), issubclass(Q, P))


class R(Q):
    pass


print([k.__name__ for k in R.__mro__], R.who, R().hello())


# super() follows the custom order.
class S1:
    def name(self):
        return "S1"


class S2(S1):
    def name(self):
        return "S2>" + super().name()


class Rev(type):
    def mro(cls):
        return list(reversed(type.mro(cls)))[1:] + [object]


class S3(S2, metaclass=Rev):
    def name(self):
        return "S3>" + super().name()


print([k.__name__ for k in S3.__mro__])
show("S3().name()", lambda: S3().name())
show("S2.name(S3())", lambda: S2.name(S3()))


# __mro__ follows __bases__ assignment, through the metaclass's mro().
calls = []


class Counting(type):
    def mro(cls):
        calls.append(cls.__name__)
        m = type.mro(cls)
        return m[1:-1] + [m[0], m[-1]]


class U1:
    tag = "U1"


class U2:
    tag = "U2"


class V(U1, metaclass=Counting):
    tag = "V"


class W(V):
    pass


print([k.__name__ for k in V.__mro__], [k.__name__ for k in W.__mro__], V.tag, W.tag, calls)
V.__bases__ = (U2,)
print([k.__name__ for k in V.__mro__], [k.__name__ for k in W.__mro__], V.tag, W.tag, calls)


class Flaky(type):
    bad = False

    def mro(cls):
        if Flaky.bad:
            return [cls, 1]
        return type.mro(cls)


class Z(U1, metaclass=Flaky):
    pass


Flaky.bad = True
show("Z.__bases__ = (U2,)", lambda: setattr(Z, "__bases__", (U2,)))
print([k.__name__ for k in Z.__mro__], Z.__bases__[0].__name__)
Flaky.bad = False
Z.__bases__ = (U2,)
print([k.__name__ for k in Z.__mro__], Z.tag)


# While mro() runs, the class has no __mro__ yet.
class Peek(type):
    def mro(cls):
        print("during mro():", cls.__mro__)
        return type.mro(cls)


class Peeked(metaclass=Peek):
    pass


print([k.__name__ for k in Peeked.__mro__])
