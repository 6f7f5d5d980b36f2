# Instances of list and dict subclasses in cycles are collected.
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


class TList(list):
    def __del__(self):
        LOG.append("list sub %d" % len(self))


class TDict(dict):
    def __del__(self):
        LOG.append("dict sub %s" % sorted(k for k in self if isinstance(k, str)))


l = TList([1, 2])
l.append(l)
del l
collect("list subclass")

d = TDict(a=1)
d["me"] = d
del d
collect("dict subclass")

t = Tracked("held by subclass")
t.box = TList([t])
del t
collect("instance in a list subclass")

d2 = TDict()
d2.attr = d2
del d2
collect("dict subclass attribute")


class L(list):
    pass


class D(dict):
    pass


def make_list():
    x = L()
    x.append(x)


def make_dict():
    x = D()
    x[0] = x


bounded("list subclasses", make_list)
bounded("dict subclasses", make_dict)
