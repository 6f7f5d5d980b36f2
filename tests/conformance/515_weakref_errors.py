import weakref
class C: pass
c = C()
tests = [
    lambda: weakref.ref(),
    lambda: weakref.ref(c, None, 3),
    lambda: weakref.proxy(),
    lambda: weakref.getweakrefcount(),
    lambda: weakref.getweakrefs(),
    lambda: weakref.ref(c)(1),
    lambda: weakref.WeakMethod(5),
    lambda: weakref.finalize(),
    lambda: weakref.WeakValueDictionary()[1],
    lambda: weakref.WeakKeyDictionary()[1],
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

# WeakMethod equality and callbacks
class M:
    def f(self):
        return 1
    def g(self):
        return 2
m = M()
w1, w2, w3 = weakref.WeakMethod(m.f), weakref.WeakMethod(m.f), weakref.WeakMethod(m.g)
print(w1 == w2, w1 == w3, w1 != w3, hash(w1) == hash(w2))
w4 = weakref.WeakMethod(m.f, lambda wm: print("method gone", wm is w4, wm()))
del m
print(w1(), w1 == w2, w1 == w1)
# finalize called by hand, then not again
o = C()
calls = []
fin = weakref.finalize(o, calls.append, "x")
fin()
fin()
del o
print(calls, fin.alive, fin.peek(), fin.detach())
