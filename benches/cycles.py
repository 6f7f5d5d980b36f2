# Memory-reclamation benchmark: make and drop reference cycles and generators.
#   1. N lists that contain themselves                 (a = [i]; a.append(a))
#   2. N generators whose frame refers to the generator (x = g(); next(x); x.send(x))
#   3. N generators run to completion and dropped
#   4. N objects in cycles through a bound method, a list iterator and a list
#      subclass                                         (soak mode only)
# Nothing here is kept alive, so peak memory must stay flat: an interpreter that
# cannot collect cycles grows by hundreds of MB. Imports nothing, never reads a
# clock, and ends by printing one line that every interpreter must reproduce.
#
# Soak mode (`cycles.py --soak`, used by benches/soak.sh) also writes VmRSS
# (from /proc/self/status) to stderr every 100k iterations of each part, and
# the peak and end figures.

import sys

N = 1000000
SOAK = "--soak" in sys.argv
PEAK = [0]


def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0


def sample(part, i):
    if SOAK and i % 100000 == 0:
        r = rss_mb()
        PEAK[0] = max(PEAK[0], r)
        sys.stderr.write("%s %d %.1f\n" % (part, i, r))


def self_lists(n):
    chk = 0
    for i in range(n):
        a = [i]
        a.append(a)
        sample("self_lists", i)
        chk = (chk * 31 + a[1][1][0]) & 0xFFFFFFFF
    return chk


def g():
    me = yield
    yield me


def self_generators(n):
    chk = 0
    for i in range(n):
        x = g()
        next(x)
        sample("self_generators", i)
        if x.send(x) is x:
            chk += 1
    return chk


def finite(k):
    yield k
    yield k + 1
    return k * 2


def finished_generators(n):
    chk = 0
    for i in range(n):
        it = finite(i)
        sample("finished_generators", i)
        chk += next(it) + next(it)
        try:
            next(it)
        except StopIteration as e:
            chk = (chk + e.value) & 0xFFFFFFFF
    return chk


class Node:
    def __init__(self, i):
        self.i = i
        self.cb = self.get
        self.items = [self]
        self.it = iter(self.items)

    def get(self):
        return self.i


class Chain(list):
    pass


def method_iter_subclass_cycles(n):
    chk = 0
    for i in range(n):
        node = Node(i)
        c = Chain([node])
        c.append(c)
        chk = (chk + node.cb() + len(c)) & 0xFFFFFFFF
        sample("method_iter_subclass", i)
    return chk


if SOAK:
    print("cycles", self_lists(N), self_generators(N), finished_generators(N),
          method_iter_subclass_cycles(N))
    sys.stderr.write("peak %.1f end %.1f\n" % (max(PEAK[0], rss_mb()), rss_mb()))
else:
    print("cycles", self_lists(N), self_generators(N), finished_generators(N))
