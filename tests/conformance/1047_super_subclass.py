# Subclasses of super: lookups through them search the MRO after the given
# class first, as super does, then the subclass's own attributes.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", r)


class A:
    x = "A.x"

    def meth(self, a):
        return "A(%r)" % a

    @classmethod
    def cm(cls):
        return "A.cm(%s)" % cls.__name__

    @property
    def prop(self):
        return "A.prop of " + type(self).__name__


class B(A):
    def meth(self, a):
        return "B(%r)" % a + super().meth(a)


class C(A):
    def meth(self, a):
        return "C(%r)" % a + super().meth(a)


class D(B, C):
    def meth(self, a):
        return "D(%r)" % a + super().meth(a)


class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)


class E(D):
    def meth(self, a):
        return "E(%r)" % a + mysuper(E, self).meth(a)


print(E().meth(5))
s = mysuper(E, E())
print(type(s).__name__, isinstance(s, super), issubclass(mysuper, super))
print(s.x, s.prop, s.__thisclass__.__name__, type(s.__self__).__name__)
print(s.__self_class__.__name__, s.__class__.__name__)
print(mysuper(B, D()).meth(1), mysuper(C, D()).meth(2))
print(mysuper(D, D).cm(), mysuper(B, E).cm())


class Overrides(super):
    own = "own"
    meth = "Overrides.meth (hidden by the MRO)"

    def extra(self):
        return "extra on " + type(self).__name__


o = Overrides(B, D())
print(o.meth(3), o.own, o.extra())
show("o.nothing", lambda: o.nothing)
show("super(B, D()).nothing", lambda: super(B, D()).nothing)
o.note = "set on the super object"
print(o.note)


class Hooked(super):
    def __getattribute__(self, name):
        if name == "special":
            return "Hooked special"
        return super().__getattribute__(name)


h = Hooked(B, D())
print(h.special, h.meth(4), h.x)
show("h.missing", lambda: h.missing)


class Plain(super):
    pass


u = Plain(B)
print(type(u).__name__, u.__self__, u.__thisclass__.__name__, u.__self_class__)
print(Plain(C, D()).meth(6))


# An unbound subclass instance as a class attribute binds on access.
class F(D):
    sup = Plain(D)

    def meth(self, a):
        return "F(%r)" % a + self.sup.meth(a)


print(F().meth(7))
show("Plain(1, 2)", lambda: Plain(1, 2))
show("Plain(B, 1)", lambda: Plain(B, 1))
show("mysuper(int, 'x')", lambda: mysuper(int, "x"))
show("Plain(1)", lambda: Plain(1))
show("super(1)", lambda: super(1))
show("super(1, 2)", lambda: super(1, 2))
show("super(int, 'x')", lambda: super(int, "x"))
show("super(int, int, int)", lambda: super(int, int, int))
show("Plain(int, int, int)", lambda: Plain(int, int, int))
show("super(int, x=1)", lambda: super(int, x=1))
show("Plain(int, x=1)", lambda: Plain(int, x=1))
