# Cycles through closures (cells), default arguments, keyword-only
# defaults, function attributes, bound builtin methods and classes are
# collected.
import gc

LOG = []


def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return 0


def bounded(name, make, n=200000, limit=60):
    """Makes n cycles with `make`; RSS must stay flat (CPython: +0 MB)."""
    gc.collect()
    base = rss_mb()
    peak = base
    for i in range(n):
        make()
        if i % 20000 == 0:
            peak = max(peak, rss_mb())
    gc.collect()
    peak = max(peak, rss_mb())
    print(name, "ok" if peak - base < limit else "grew %d MB" % (peak - base))


def collect(label):
    n = gc.collect()
    print(label, "collected" if n > 0 else "nothing collected", sorted(LOG))
    LOG.clear()


class Tracked:
    def __init__(self, name):
        self.name = name

    def method(self, *args):
        return self.name

    def __del__(self):
        LOG.append(self.name)


def closure_cycle():
    t = Tracked("closure cell")

    def f():
        return t

    t.f = f


closure_cycle()
collect("closure")

a = Tracked("default")


def g(x=a):
    return x


a.g = g
del a, g
collect("default argument")

b = Tracked("kwdefault")


def h(*, x=b):
    return x


b.h = h
del b, h
collect("keyword-only default")

c = Tracked("function attribute")


def k():
    pass


k.owner = c
c.k = k
del c, k
collect("function attribute")

d = Tracked("bound builtin")
d.items = [d]
d.add = d.items.append
del d
collect("bound builtin method")


def make_class():
    class C:
        def m(self):
            return super().__repr__()

    C.me = C
    return C


C = make_class()
i = C()
i.t = Tracked("class")
del C, i
collect("class")


def make_closure():
    def f():
        return f


def make_default():
    p = []

    def f(x=p):
        pass

    p.append(f)


bounded("closures", make_closure)
bounded("defaults", make_default)
bounded("classes", make_class, n=20000, limit=40)
