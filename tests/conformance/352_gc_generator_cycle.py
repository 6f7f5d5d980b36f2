# Cycles through generators and generator expressions are collected:
# a generator whose frame refers to it, a generator expression kept by
# the object it iterates over.
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


a = Tracked("genexp")
a.items = [a]
a.it = (x for x in a.items)
del a
collect("generator expression")

b = Tracked("started genexp")
b.items = [b, 1]
b.it = (x.name if isinstance(x, Tracked) else x for x in b.items)
print(next(b.it))
del b
collect("started generator expression")


def gen(owner):
    yield owner.name
    yield 2


c = Tracked("generator")
c.g = gen(c)
print(next(c.g))
del c
# (CPython 3.11's gc.collect() does not count a cycle freed by closing a
# generator: only __del__ is printed here.)
gc.collect()
print("generator frame", LOG)
LOG.clear()


def echo():
    me = yield
    yield me


d = echo()
next(d)
d.send((d, Tracked("self generator")))
del d
gc.collect()
print("self generator", LOG)
LOG.clear()


class Plain:
    pass


def make_genexp():
    p = Plain()
    p.items = [p]
    p.it = (x for x in p.items)


def make_gen():
    g = echo()
    next(g)
    g.send(g)


bounded("generator expressions", make_genexp)
bounded("generators", make_gen)
