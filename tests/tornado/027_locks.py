# tornado.locks: Lock with "with (yield lock.acquire())", Semaphore limiting concurrency.
from tornado import gen, ioloop, locks

lock = locks.Lock()
sem = locks.Semaphore(2)
log = []
active = [0, 0]


@gen.coroutine
def critical(name):
    with (yield lock.acquire()):
        log.append("enter " + name)
        yield gen.sleep(0.005)
        log.append("leave " + name)


@gen.coroutine
def limited(i):
    with (yield sem.acquire()):
        active[0] += 1
        active[1] = max(active[1], active[0])
        yield gen.sleep(0.005)
        active[0] -= 1


@gen.coroutine
def main():
    yield [critical("a"), critical("b"), critical("c")]
    print("\n".join(log))
    yield [limited(i) for i in range(6)]
    print("max concurrent", active[1])
    try:
        yield lock.acquire(timeout=ioloop.IOLoop.current().time() + 0.01)
        print("acquired free lock")
        yield lock.acquire(timeout=ioloop.IOLoop.current().time() + 0.01)
    except gen.TimeoutError:
        print("second acquire timed out")
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    b = locks.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)


ioloop.IOLoop.current().run_sync(main)
