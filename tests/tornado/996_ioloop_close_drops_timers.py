# Closing an IOLoop drops the timers scheduled while it ran (as closing an
# asyncio loop discards its handles): a @gen.coroutine sleeping for ever in
# a loop that stopped and closed is then collected, and its `finally`
# runs; a timer of another loop is kept. Tornado's gen_test
# (RunnerGCTest.test_gc_infinite_coro).
import gc
import weakref

from tornado import gen
from tornado.ioloop import IOLoop


def infinite_sleeper(cycle):
    loop = IOLoop(make_current=False)
    events = []
    futures = []

    @gen.coroutine
    def infinite():
        try:
            while True:
                yield gen.sleep(1e-3)
                events.append("woke")
        finally:
            events.append("finally")

    @gen.coroutine
    def main():
        fut = infinite()
        if cycle:
            fut._refcycle = fut
        futures.append(weakref.ref(fut))
        yield gen.sleep(0.05)

    loop.run_sync(main)
    print("before close: collected", futures[0]() is None)
    loop.close()
    gc.collect()
    print("after close: collected", futures[0]() is None,
          "woke", "woke" in events, "last", events[-1])


def other_loop_timer_kept():
    fired = []
    first = IOLoop(make_current=False)
    second = IOLoop(make_current=False)

    async def schedule():
        IOLoop.current().call_later(0.02, fired.append, "second's timer")

    second.run_sync(schedule)
    first.run_sync(lambda: None)
    first.close()
    second.run_sync(lambda: gen.sleep(0.05))
    print("other loop's timer after first.close():", fired)
    second.close()


infinite_sleeper(cycle=False)
infinite_sleeper(cycle=True)
other_loop_timer_kept()
