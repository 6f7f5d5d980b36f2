"""Producer/consumer with tornado.queues: a bounded queue makes the
producer wait when the consumers fall behind; join() waits for all work.

Run:   whirl scripts/producer_consumer.py [--count=10] [--consumers=3]
"""

from tornado import gen, ioloop, queues
from tornado.options import define, options, parse_command_line

define("count", default=10, help="items to produce", type=int)
define("consumers", default=3, help="consumer coroutines", type=int)


async def producer(q):
    for i in range(options.count):
        await q.put(i)
        print("produced %d (queue size %d)" % (i, q.qsize()))


async def consumer(q, name, results):
    while True:
        item = await q.get()
        try:
            await gen.sleep(0.02)  # the work
            results.append((item, name))
            print("  %s consumed %d" % (name, item))
        finally:
            q.task_done()


async def main():
    q = queues.Queue(maxsize=2)
    results = []
    for i in range(options.consumers):
        ioloop.IOLoop.current().spawn_callback(consumer, q, "consumer-%d" % i, results)
    await producer(q)
    await q.join()
    print("done: %d items, by %s" % (len(results), sorted(set(n for _, n in results))))


if __name__ == "__main__":
    parse_command_line()
    ioloop.IOLoop.current().run_sync(main)
