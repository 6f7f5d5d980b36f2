"""Queues for coroutines: FIFO, priority and LIFO. Subclasses change the
order through _init/_put/_get, as asyncio's do."""

import collections
import heapq
from asyncio.locks import Event, _wake_first
from tornado.concurrent import Future as _NativeFuture

__all__ = ("Queue", "PriorityQueue", "LifoQueue", "QueueFull", "QueueEmpty")


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def __class_getitem__(cls, item):
        import types

        return types.GenericAlias(cls, item)

    def _format(self):
        text = "maxsize=%r" % (self._maxsize,)
        if getattr(self, "_queue", None):
            text += " _queue=%r" % (list(self._queue),)
        if self._getters:
            text += " _getters[%d]" % len(self._getters)
        if self._putters:
            text += " _putters[%d]" % len(self._putters)
        if self._unfinished_tasks:
            text += " tasks=%d" % self._unfinished_tasks
        return text

    def __repr__(self):
        return "<%s at %#x %s>" % (type(self).__name__, id(self), self._format())

    def __str__(self):
        return "<%s %s>" % (type(self).__name__, self._format())

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return self._maxsize > 0 and self.qsize() >= self._maxsize

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        _wake_first(self._getters)

    async def put(self, item):
        while self.full():
            fut = _NativeFuture()
            self._putters.append(fut)
            try:
                await fut
            except BaseException:
                if not self.full():
                    _wake_first(self._putters)
                raise
            finally:
                if fut in self._putters:
                    self._putters.remove(fut)
        self.put_nowait(item)

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_first(self._putters)
        return item

    async def get(self):
        while self.empty():
            fut = _NativeFuture()
            self._getters.append(fut)
            try:
                await fut
            except BaseException:
                if not self.empty():
                    _wake_first(self._getters)
                raise
            finally:
                if fut in self._getters:
                    self._getters.remove(fut)
        return self.get_nowait()

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Gets the smallest item first (a heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Gets the most recently put item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
