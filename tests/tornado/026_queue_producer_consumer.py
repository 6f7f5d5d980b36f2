# A producer and several consumers on a bounded tornado.queues.Queue.
from tornado import gen, ioloop, queues

q = queues.Queue(maxsize=2)
processed = []


async def consumer(name):
    while True:
        item = await q.get()
        try:
            if item is None:
                return name
            await gen.sleep(0.005)
            processed.append((item, name))
        finally:
            q.task_done()


async def producer():
    for i in range(8):
        await q.put(i)
        print("put", i, "qsize", q.qsize())
    for _ in range(3):
        await q.put(None)


async def main():
    # async def coroutines start when scheduled: convert_yielded does that.
    workers = [gen.convert_yielded(consumer("w%d" % i)) for i in range(3)]
    await producer()
    await q.join()
    names = await gen.multi(workers)
    print(sorted(names))
    print(sorted(item for item, _ in processed))
    print(len(set(name for _, name in processed)) > 1)
    print(q.empty(), q.qsize(), q)


ioloop.IOLoop.current().run_sync(main)
