# locks.Condition and locks.Event coordinating coroutines.
from tornado import gen, ioloop, locks

condition = locks.Condition()
event = locks.Event()
log = []


async def waiter(name):
    log.append(name + " waiting")
    notified = await condition.wait()
    log.append("%s notified=%s" % (name, notified))


seen = []


async def event_waiter(name):
    await event.wait()
    seen.append(name + " saw event")


async def main():
    waiters = [gen.convert_yielded(waiter(n)) for n in ["w1", "w2", "w3"]]
    await gen.sleep(0)
    condition.notify()
    await gen.sleep(0)
    condition.notify_all()
    await gen.multi(waiters)
    result = await condition.wait(timeout=ioloop.IOLoop.current().time() + 0.01)
    log.append("timed wait returned %s" % result)
    print(event, event.is_set())
    ew = [gen.convert_yielded(event_waiter(n)) for n in ["e1", "e2"]]
    await gen.sleep(0.005)
    event.set()
    await gen.multi(ew)
    print(sorted(seen))
    print(event, event.is_set())
    await event.wait()
    event.clear()
    try:
        await event.wait(timeout=ioloop.IOLoop.current().time() + 0.01)
    except gen.TimeoutError:
        log.append("event wait timed out")
    print("\n".join(log))


ioloop.IOLoop.current().run_sync(main)
