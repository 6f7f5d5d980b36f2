# Weak reference callbacks run the moment a referent's count drops to zero,
# for every weakly referenceable type, not only instances; weakref.finalize
# likewise. Classes sit in cycles of their own: theirs run at a collection.
import gc
import weakref


def cb(r):
    print("  callback; referent now", r())


print("set")
s = {1, 2}
r = weakref.ref(s, cb)
del s
print("after set")

print("frozenset")
fs = frozenset([3])
r = weakref.ref(fs, cb)
fs = None
print("after frozenset")


def f():
    pass


print("function")
r = weakref.ref(f, cb)
del f
print("after function")

print("lambda in a list")
items = [lambda: 1]
r = weakref.ref(items[0], cb)
items.pop()
print("after pop")


class D:
    def m(self):
        pass


print("bound method")
d = D()
bm = d.m
r = weakref.ref(bm, cb)
del bm
print("after bound method")


def g():
    yield 1


print("generator")
gen = g()
next(gen)
r = weakref.ref(gen, cb)
del gen
print("after generator")

print("module")
import types

m = types.ModuleType("scratch")
r = weakref.ref(m, cb)
del m
print("after module")

print("code")
co = compile("1 + 1", "<x>", "eval")
r = weakref.ref(co, cb)
del co
print("after code")

print("several references, newest callback first")
s = {4}
r1 = weakref.ref(s, lambda r: print("  first"))
r2 = weakref.ref(s, lambda r: print("  second"))
plain = weakref.ref(s)
del s
print("after several; plain now", plain())

print("reference dead before the referent: no callback")
s = {5}
r = weakref.ref(s, cb)
del r
del s
print("after dead reference")

print("finalize on a set")
s = {6}
fin = weakref.finalize(s, print, "  finalized", "with args")
print("alive", fin.alive)
del s
print("after finalize; alive", fin.alive)

print("finalize on a function, detached first")
def h():
    pass
fin = weakref.finalize(h, print, "  never")
print("detach", fin.detach() is not None)
del h
print("after detach")

print("callback raising")
def bad(r):
    raise ValueError("boom")
s = {7}
r = weakref.ref(s, bad)
import sys, io
saved = sys.stderr
sys.stderr = io.StringIO()
del s
out = sys.stderr.getvalue()
sys.stderr = saved
print("after raising; reported", "ValueError: boom" in out)

print("WeakSet of functions")
ws = weakref.WeakSet()
def k1():
    pass
def k2():
    pass
ws.add(k1)
ws.add(k2)
print(len(ws))
del k1
print(len(ws))

print("WeakValueDictionary of sets")
wd = weakref.WeakValueDictionary()
a = frozenset("a")
b = frozenset("b")
wd["a"] = a
wd["b"] = b
del a
print(sorted(wd.keys()))

print("class: at a collection")
class C:
    pass
r = weakref.ref(C, cb)
del C
gc.collect()
print("after class collected")
print("done")
