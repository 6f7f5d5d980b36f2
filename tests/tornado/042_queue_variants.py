# PriorityQueue, LifoQueue, get/put timeouts, QueueEmpty/QueueFull, task_done errors.
from tornado import gen, ioloop, queues


async def main():
    pq = queues.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid"), (0, "top")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(4)])
    lq = queues.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])
    q = queues.Queue(maxsize=1)
    q.put_nowait("a")
    print(q.full(), q.qsize(), q.maxsize, q)
    try:
        q.put_nowait("b")
    except queues.QueueFull:
        print("QueueFull")
    try:
        await q.put("b", timeout=ioloop.IOLoop.current().time() + 0.01)
    except gen.TimeoutError:
        print("put timed out")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except queues.QueueEmpty:
        print("QueueEmpty")
    try:
        await q.get(timeout=ioloop.IOLoop.current().time() + 0.01)
    except gen.TimeoutError:
        print("get timed out")
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        queues.Queue(maxsize=-1)
    except ValueError as e:
        print("ValueError:", e)
    waiting = q.get()
    q.put_nowait("handed over")
    print(await waiting)


ioloop.IOLoop.current().run_sync(main)
