# queue: FIFO, LIFO and priority order, bounds, task accounting, and
# the exceptions of non-blocking and timed calls.
import queue

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)])

lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get_nowait() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    pq.put(item)
print([pq.get() for _ in range(4)])

bq = queue.Queue(maxsize=2)
bq.put(1)
bq.put_nowait(2)
print(bq.full(), bq.qsize(), bq.maxsize)
for call in (lambda: bq.put_nowait(3), lambda: bq.put(3, block=False), lambda: bq.put(3, timeout=0.01)):
    try:
        call()
    except queue.Full as e:
        print("Full", repr(e))

e = queue.Queue()
for call in (e.get_nowait, lambda: e.get(False), lambda: e.get(timeout=0.01)):
    try:
        call()
    except queue.Empty as ex:
        print("Empty", repr(ex), isinstance(ex, Exception))
try:
    e.get(timeout=-1)
except ValueError as ex:
    print(type(ex).__name__, ex)

t = queue.Queue()
t.put("job1")
t.put("job2")
print(t.unfinished_tasks)
t.get()
t.task_done()
t.get()
t.task_done()
t.join()
print(t.unfinished_tasks)
try:
    t.task_done()
except ValueError as ex:
    print(type(ex).__name__, ex)

s = queue.SimpleQueue()
s.put(1)
s.put_nowait(2)
print(s.qsize(), s.empty(), s.get(), s.get_nowait(), s.empty())
try:
    s.get(block=False)
except queue.Empty:
    print("SimpleQueue empty")
try:
    s.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue empty after timeout")

print(queue.Queue[int], queue.SimpleQueue[str])
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
print(sorted(queue.__all__))


class Reversed(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.insert(0, item)

    def _get(self):
        return self.queue.pop(0)


r = Reversed()
for i in range(3):
    r.put(i)
print([r.get() for _ in range(3)])
