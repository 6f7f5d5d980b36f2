# Cycles through map, filter, zip, enumerate and iter(callable,
# sentinel) objects are collected.
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


a = Tracked("map")
a.items = [a]
a.it = map(Tracked.method, a.items)
del a
collect("map")

b = Tracked("filter")
b.items = [b]
b.it = filter(None, b.items)
del b
collect("filter")

c = Tracked("zip")
c.items = [c]
c.it = zip(c.items, [1])
del c
collect("zip")

d = Tracked("enumerate")
d.items = [d]
d.it = enumerate(d.items)
del d
collect("enumerate")

e = Tracked("map func")
e.it = map(e.method, [1, 2])
print(next(e.it))
del e
collect("map over a bound method")

f = Tracked("callable iter")
f.it = iter(f.method, None)
del f
collect("iter(callable, sentinel)")


class Seq(Tracked):
    """Only __getitem__: iter() gives a sequence iterator holding self."""

    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i


g = Seq("sequence iter")
g.it = iter(g)
print(next(g.it))
del g
collect("sequence iterator")


class Plain:
    pass


def make_map():
    p = Plain()
    p.items = [p]
    p.it = map(id, p.items)


def make_zip():
    p = Plain()
    p.items = [p]
    p.it = enumerate(zip(p.items, filter(None, p.items)))


bounded("map", make_map)
bounded("zip, enumerate, filter", make_zip)


class PlainSeq:
    def __getitem__(self, i):
        raise IndexError(i)


def make_seq():
    s = PlainSeq()
    s.it = iter(s)


bounded("sequence iter", make_seq)
