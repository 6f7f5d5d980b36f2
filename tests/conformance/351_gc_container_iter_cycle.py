# Cycles through list, tuple, dict and set iterators (self.it =
# iter(self.items) where items contains self) are collected.
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


a = Tracked("list iter")
a.items = [a]
a.it = iter(a.items)
del a
collect("list iterator")

b = Tracked("tuple iter")
b.it = iter((b, 1, 2))
del b
collect("tuple iterator")

c = Tracked("dict iter")
c.d = {"k": c}
c.it = iter(c.d.values())
c.keys = iter(c.d)
c.items = iter(c.d.items())
del c
collect("dict iterators")

d = Tracked("reversed")
d.items = [d, 1]
d.it = reversed(d.items)
del d
collect("reversed iterator")

e = Tracked("started")
e.items = [1, e, 2]
e.it = iter(e.items)
print(next(e.it))
del e
collect("started iterator")


class Plain:
    pass


def make_list():
    p = Plain()
    p.items = [p]
    p.it = iter(p.items)


def make_dict():
    p = Plain()
    p.d = {1: p}
    p.it = iter(p.d.items())


bounded("list iterators", make_list)
bounded("dict iterators", make_dict)
