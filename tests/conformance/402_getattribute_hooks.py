# __getattribute__, __getattr__, __setattr__, __delattr__ overridden, and
# object.__getattribute__/__setattr__/__delattr__ and super() reaching the
# generic behaviour.


class Tracing:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        return object.__getattribute__(self, name)

    def method(self):
        return "method result"


t = Tracing()
print(t.a)
print(t.method())
try:
    t.missing
except AttributeError as e:
    print(type(e).__name__, e)


class WithFallback:
    x = "class attr"

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        if name == "answer":
            return 42
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "fallback:" + name


w = WithFallback()
print(w.answer, w.x, w.secret, w.other)
print(getattr(w, "secret"), hasattr(w, "anything"))


class Inherits(WithFallback):
    y = 2


i = Inherits()
print(i.answer, i.y, i.secret)


class Guarded:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name == "bad":
            raise AttributeError("cannot set bad")
        object.__setattr__(self, name, value * 2)

    def __delattr__(self, name):
        print("delattr", name)
        if name == "keep":
            raise AttributeError("cannot delete keep")
        object.__delattr__(self, name)


g = Guarded()
g.v = 3
print(g.v, vars(g))
try:
    g.bad = 1
except AttributeError as e:
    print(type(e).__name__, e)
del g.v
print(vars(g))
try:
    del g.keep
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del g.never
except AttributeError as e:
    print(type(e).__name__, e)
setattr(g, "w", 5)
delattr(g, "w")


class SuperSet(Guarded):
    def __setattr__(self, name, value):
        print("SuperSet", name)
        super().__setattr__(name, value + 1)


s = SuperSet()
s.q = 1
print(s.q)


# __getattribute__ added to a class after instances exist.
class Later:
    def __init__(self):
        self.z = 1


lt = Later()
print(lt.z)
Later.__getattribute__ = lambda self, n: "patched " + n
print(lt.z, lt.anything)


class LaterSub(Later):
    pass


print(LaterSub().q)
del Later.__getattribute__
print(lt.z)

# object.__getattribute__ on various objects
print(object.__getattribute__(t, "a"))
try:
    object.__getattribute__(t, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__getattribute__(t, 5)
except TypeError as e:
    print(type(e).__name__, e)


# A proxy forwarding everything.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattribute__(self, name):
        target = object.__getattribute__(self, "_target")
        return getattr(target, name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, "_target"), name, value)


class Target:
    def __init__(self):
        self.val = 10

    def double(self):
        return self.val * 2


p = Proxy(Target())
print(p.val, p.double())
p.val = 21
print(p.double())
try:
    p.nothing
except AttributeError as e:
    print(type(e).__name__, e)


# __getattr__ only for missing names; errors inside it propagate.
class OnlyGetattr:
    def __init__(self):
        self.present = 1

    def __getattr__(self, name):
        if name == "boom":
            raise KeyError(name)
        raise AttributeError(f"no {name!r} here")


o = OnlyGetattr()
print(o.present)
try:
    o.absent
except AttributeError as e:
    print(type(e).__name__, e)
try:
    o.boom
except KeyError as e:
    print(type(e).__name__, e)
print(getattr(o, "absent", "default"))


# A property raising AttributeError hands over to __getattr__.
class PropertyFallback:
    @property
    def p(self):
        raise AttributeError("inner")

    @property
    def k(self):
        raise KeyError("not redirected")

    def __getattr__(self, name):
        return "getattr " + name


pf = PropertyFallback()
print(pf.p)
try:
    pf.k
except KeyError as e:
    print(type(e).__name__, e)
