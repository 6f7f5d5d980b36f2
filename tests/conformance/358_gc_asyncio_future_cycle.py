# asyncio.Future with done callbacks that refer back to it: collected.
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

import asyncio

loop = asyncio.new_event_loop()

a = Tracked("future callback")
a.fut = loop.create_future()
a.fut.add_done_callback(a.method)
del a
collect("bound method callback")

b = Tracked("future result")
b.fut = loop.create_future()
b.fut.set_result(b)
del b
collect("future result")


def lambda_cycle():
    t = Tracked("lambda callback")
    f = loop.create_future()
    f.add_done_callback(lambda fut: (f, t))


lambda_cycle()
collect("lambda callback")


class Plain:
    def m(self, fut):
        pass


def make():
    p = Plain()
    p.f = loop.create_future()
    p.f.add_done_callback(p.m)


bounded("futures", make)
loop.close()
