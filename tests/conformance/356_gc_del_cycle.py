# __del__ of objects in a cycle: runs at collection (not at del), sees
# the attributes, runs once even when the object resurrects itself, and
# gc.collect() counts what it freed.
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


class Loud:
    def __init__(self, name):
        self.name = name
        self.data = [1, 2, 3]

    def __del__(self):
        print("__del__", self.name, self.data, self.peer.name)


a = Loud("a")
a.peer = a
del a
print("before collect")
print("collect > 0:", gc.collect() > 0)
print("after collect")

SAVED = []


class Phoenix:
    def __del__(self):
        print("phoenix __del__")
        SAVED.append(self)


p = Phoenix()
p.me = p
del p
gc.collect()
print("resurrected", len(SAVED))
SAVED.clear()
print("again:", gc.collect() > 0)
print("no second __del__")

x = Tracked("x")
y = Tracked("y")
z = Tracked("z")
x.next, y.next, z.next = y, z, x
del x, y, z
collect("ring of three")

keep = Tracked("kept")
keep.me = keep
gc.collect()
print("kept alive", keep.name, LOG)
del keep
collect("released")
print("empty collect", gc.collect())


class Quiet:
    def __del__(self):
        pass


def make_finalizable():
    q = Quiet()
    q.me = q
    q.pad = [0] * 10


# Cycles with __del__ are freed right after their finalizers run, not
# left for a full collection: a loop making them stays flat.
bounded("finalizable cycles", make_finalizable)
