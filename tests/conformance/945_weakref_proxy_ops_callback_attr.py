# weakref: ref's constructor checks, the read-only __callback__ (None once
# the referent is gone), proxies forwarding in-place and matmul operators,
# reversed() and next(), and the weak dictionaries' update() taking any
# mapping with keys().
import gc
import weakref


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


class C:
    def __floordiv__(self, o):
        return 42

    def __ifloordiv__(self, o):
        return 21

    def __matmul__(self, o):
        return 1729

    def __rmatmul__(self, o):
        return -163

    def __imatmul__(self, o):
        return 561

    def __iadd__(self, o):
        return "iadd"

    def __ior__(self, o):
        return "ior"

    def __ixor__(self, o):
        return "ixor"

    def __ipow__(self, o):
        return "ipow"

    def __len__(self):
        return 3

    def __reversed__(self):
        return iter("cba")

    def __iter__(self):
        return iter([1, 2])


c = C()
show("ref kw", lambda: weakref.ref(c, callback=None))
r = weakref.ref(Exception)
show("init 5 args", lambda: r.__init__(0, 0, 0, 0, 0))
show("init ok", lambda: r.__init__(Exception))
show("init none", lambda: r.__init__())


def cb(ref):
    print("callback; __callback__ is cb:", ref.__callback__ is cb)


x = C()
r2 = weakref.ref(x, cb)
print("before:", r2.__callback__ is cb, weakref.ref(c).__callback__)


def set_cb():
    r2.__callback__ = None


def del_cb():
    del r2.__callback__


show("set __callback__", set_cb)
show("del __callback__", del_cb)
del x
gc.collect()
print("after:", r2.__callback__)

p = weakref.proxy(c)
print(p // 5, p @ 5, 5 @ p, "".join(reversed(p)), list(p), len(p))
for op in ["//=", "@=", "+=", "|=", "^=", "**="]:
    q = weakref.proxy(c)
    ns = {"q": q}
    exec("q %s 5" % op, ns)
    print(op, ns["q"])
show("next non-iterator", lambda: next(weakref.proxy(lambda: 0)))
class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n


it = Counter()
print("next iterator", next(weakref.proxy(it)), next(weakref.proxy(it)))
show("divmod", lambda: divmod(weakref.proxy(C.__len__), 2))


class Mapping:
    def __init__(self, d):
        self.d = d

    def keys(self):
        return list(self.d)

    def __getitem__(self, k):
        return self.d[k]


objs = [C(), C(), C()]
d = weakref.WeakValueDictionary()
d.update({1: objs[0]})
d.update([(2, objs[1])])
d.update(Mapping({3: objs[2]}))
d.update(four=objs[0])
print(sorted(map(str, d.keys())), d[3] is objs[2])
kd = weakref.WeakKeyDictionary()
kd.update({objs[0]: 1})
kd.update([(objs[1], 2)])
kd.update(Mapping({objs[2]: 3}))
print(sorted(kd.values()))
