# An asyncio Task collected while pending (its loop closed under it) is
# reported through the "asyncio" logger, "Task was destroyed but it is
# pending!", and its coroutine's `finally` runs; the task of
# run_until_complete is not reported. Tornado's gen_test
# (RunnerGCTest.test_gc_infinite_async_await).
import asyncio
import gc
import logging
import weakref

from tornado import gen
from tornado.ioloop import IOLoop


class Capture(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append((record.name, record.levelname,
                             record.getMessage().splitlines()[0]))


capture = Capture()
logging.getLogger("asyncio").addHandler(capture)
logging.getLogger("asyncio").propagate = False

loop = IOLoop(make_current=False)
events = []
tasks = []


async def infinite():
    try:
        while True:
            await gen.sleep(1e-3)
            events.append("woke")
    finally:
        events.append("finally")


@gen.coroutine
def main():
    task = asyncio.get_event_loop().create_task(infinite())
    task._refcycle = task
    tasks.append(weakref.ref(task))
    yield gen.sleep(0.05)


loop.run_sync(main)
loop.close()
gc.collect()
print("collected:", tasks[0]() is None, "last:", events[-1])
print("logged:", capture.records)

capture.records.clear()
aloop = asyncio.new_event_loop()


async def stops_the_loop():
    aloop.stop()
    await asyncio.sleep(10)


try:
    aloop.run_until_complete(stops_the_loop())
except RuntimeError as e:
    print("RuntimeError:", e)
aloop.close()
gc.collect()
print("run_until_complete's task logged:", capture.records)
