# Cycles through bound methods (self.cb = self.method) are collected:
# __del__ runs after del + gc.collect(), once, and memory stays flat.
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


a = Tracked("bound")
a.cb = a.method
del a
print("after del", LOG)
collect("bound method")

b = Tracked("classmethod-ish")
b.cbs = [b.method, b.method]
del b
collect("list of bound methods")

c = Tracked("in dict")
c.handlers = {"x": c.method}
del c
collect("dict of bound methods")

d = Tracked("again")
d.cb = d.method
d.keep = d
del d
collect("twice")
print("second collect", gc.collect() >= 0, LOG)


class Plain:
    def m(self):
        pass


def make():
    p = Plain()
    p.cb = p.m


bounded("bound methods", make)
