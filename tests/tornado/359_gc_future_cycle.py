# tornado Futures in cycles: done callbacks that refer back to the
# future, a coroutine waiting forever on a future only it holds.
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

from tornado import gen
from tornado.concurrent import Future

a = Tracked("future callback")
a.fut = Future()
a.fut.add_done_callback(a.method)
del a
collect("bound method callback")

b = Tracked("future result")
b.fut = Future()
b.fut.set_result(b)
del b
collect("future result")


@gen.coroutine
def waiter(fut, t):
    yield fut


def start_waiter():
    f = Future()
    waiter(f, Tracked("coroutine"))


start_waiter()
gc.collect()
print("coroutine waiting on its own future", LOG)
LOG.clear()


class Plain:
    def m(self, fut):
        pass


def make():
    p = Plain()
    p.f = Future()
    p.f.add_done_callback(p.m)


def make_coroutine():
    waiter(Future(), None)


bounded("futures", make)
bounded("coroutines", make_coroutine)
