import weakref, gc
class C:
    def __init__(self, name): self.name = name
    def __repr__(self): return "C(%s)" % self.name
    def meth(self): return "meth of " + self.name
c = C("a")
r = weakref.ref(c)
print(r() is c, r.__callback__, weakref.ref(c) is r, weakref.getweakrefcount(c))
def cb(ref):
    print("callback", ref is r2, ref())
r2 = weakref.ref(c, cb)
r3 = weakref.ref(c, lambda ref: print("callback3"))
print(weakref.getweakrefcount(c), len(weakref.getweakrefs(c)))
print(hash(r) == hash(c), r == r2, r != r2)
del c
print("after del", r(), r2())
for o in [1, "s", (), None, [], {}, 1.5, b"", range(3)]:
    try:
        weakref.ref(o)
    except TypeError as e:
        print(e)
for o in [len, {1}, frozenset(), C, weakref, (lambda: 0)]:
    print(type(weakref.ref(o)()).__name__)
class S:
    __slots__ = ("x",)
class SW:
    __slots__ = ("x", "__weakref__")
try:
    weakref.ref(S())
except TypeError as e:
    print(e)
print(weakref.ref(SW())())
# cycles
a = C("cyc"); a.self = a
ra = weakref.ref(a, lambda ref: print("cycle callback"))
del a
print("before collect", ra() is not None)
gc.collect()
print("after collect", ra())
try:
    hash(weakref.ref(C("tmp")))
except TypeError as e:
    print(e)
# proxy
c = C("p")
p = weakref.proxy(c)
print(p.name, p.meth(), repr(p)[:10], str(p), type(p).__name__)
p.extra = 5
print(c.extra)
try:
    hash(p)
except TypeError as e:
    print(e)
del c
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)
# WeakValueDictionary
d = weakref.WeakValueDictionary()
x, y = C("x"), C("y")
d["x"] = x; d["y"] = y
print(sorted(d.keys()), len(d), "x" in d)
del x
print(sorted(d.keys()), len(d), "x" in d, d.get("x", "gone"))
# WeakKeyDictionary
k = weakref.WeakKeyDictionary()
k1, k2 = C("k1"), C("k2")
k[k1] = 1; k[k2] = 2
print(len(k), k[k1], k1 in k)
del k1
print(len(k), [v for v in k.values()])
# WeakSet
s = weakref.WeakSet()
s1, s2 = C("s1"), C("s2")
s.add(s1); s.add(s2); s.add(s1)
print(len(s), s1 in s)
del s2
print(len(s), list(s))
# WeakMethod
c = C("wm")
wm = weakref.WeakMethod(c.meth, lambda r: print("wm dead"))
print(wm()())
del c
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
# finalize
c = C("f")
f = weakref.finalize(c, print, "finalized", "f")
print(f.alive, f.peek()[1:], f.atexit)
del c
print(f.alive)
c = C("g")
f = weakref.finalize(c, lambda: "ret")
print(f(), f(), f.alive)
f2 = weakref.finalize(c, print, "detached")
print(f2.detach()[2], f2.alive)
f3 = weakref.finalize(c, print, "at exit")
f4 = weakref.finalize(c, print, "not at exit")
f4.atexit = False
print("end")
