# Soak: a million collected cycles through tornado Futures and coroutines.
#   1. N futures whose done callback is a bound method of their holder
#      (p.f = Future(); p.f.add_done_callback(p.m))
#   2. N @gen.coroutine coroutines waiting forever on a future only their
#      own frame holds (future -> callback -> runner -> generator -> future)
#   3. N/4 futures resolved with their holder and yielded by a coroutine
#      (the loop runs their callbacks every 1000)
# Nothing stays reachable: RSS must stay flat. VmRSS (/proc/self/status) goes
# to stderr every 100k iterations of each part, then the peak and end figures;
# stdout gets one checksum line every interpreter must reproduce.
# Runs under whirl and under CPython with Tornado (benches/soak.sh).

import sys

from tornado import gen
from tornado.concurrent import Future
from tornado.ioloop import IOLoop

N = 1000000
PEAK = [0]


def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0


def sample(part, i):
    if i % 100000 == 0:
        r = rss_mb()
        PEAK[0] = max(PEAK[0], r)
        sys.stderr.write("%s %d %.1f\n" % (part, i, r))


class Holder:
    def __init__(self, i):
        self.i = i
        self.f = Future()
        self.f.add_done_callback(self.done)

    def done(self, fut):
        pass


def callback_cycles(n):
    chk = 0
    for i in range(n):
        h = Holder(i)
        chk = (chk + h.i) & 0xFFFFFFFF
        sample("callback_cycles", i)
    return chk


@gen.coroutine
def waiter(fut):
    yield fut


def coroutine_cycles(n):
    chk = 0
    for i in range(n):
        result = waiter(Future())
        if not result.done():
            chk += 1
        sample("coroutine_cycles", i)
    return chk


@gen.coroutine
def resolved(n):
    chk = 0
    for i in range(n):
        h = Holder(i)
        h.f.set_result(h)
        value = yield h.f
        chk = (chk + value.i) & 0xFFFFFFFF
        if i % 1000 == 0:
            yield gen.moment  # let the loop run the done callbacks
        sample("resolved_futures", i)
    return chk


def main():
    a = callback_cycles(N)
    b = coroutine_cycles(N)
    c = IOLoop.current().run_sync(lambda: resolved(N // 4))
    print("futures", a, b, c)
    sys.stderr.write("peak %.1f end %.1f\n" % (max(PEAK[0], rss_mb()), rss_mb()))


main()
