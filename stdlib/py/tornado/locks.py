"""tornado.locks: Condition, Event, Semaphore, BoundedSemaphore and Lock
for coroutines on one IOLoop, as Tornado 6's.

``with (yield lock.acquire()):`` releases on leaving the block; the
``async with`` forms are there for code that uses them.
"""

import collections

from tornado import gen, ioloop
from tornado.concurrent import Future, future_set_result_unless_cancelled

__all__ = ["Condition", "Event", "Semaphore", "BoundedSemaphore", "Lock"]


class _TimeoutGarbageCollector:
    """Drops timed-out waiters now and then, so many timeouts do not pile up."""

    def __init__(self):
        self._waiters = collections.deque()
        self._timeouts = 0

    def _garbage_collect(self):
        self._timeouts += 1
        if self._timeouts > 100:
            self._timeouts = 0
            self._waiters = collections.deque(w for w in self._waiters if not w.done())


class Condition(_TimeoutGarbageCollector):
    """Coroutines ``wait()`` until another calls ``notify()``/``notify_all()``."""

    def __repr__(self):
        result = "<%s" % (self.__class__.__name__,)
        if self._waiters:
            result += " waiters[%s]" % len(self._waiters)
        return result + ">"

    def wait(self, timeout=None):
        waiter = Future()
        self._waiters.append(waiter)
        if timeout is not None:
            def on_timeout():
                if not waiter.done():
                    future_set_result_unless_cancelled(waiter, False)
                self._garbage_collect()
            io_loop = ioloop.IOLoop.current()
            timeout_handle = io_loop.add_timeout(timeout, on_timeout)
            waiter.add_done_callback(lambda _: io_loop.remove_timeout(timeout_handle))
        return waiter

    def notify(self, n=1):
        waiters = []
        while n and self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                n -= 1
                waiters.append(waiter)
        for waiter in waiters:
            future_set_result_unless_cancelled(waiter, True)

    def notify_all(self):
        self.notify(len(self._waiters))


class Event:
    """A flag coroutines can ``wait()`` for until it is ``set()``."""

    def __init__(self):
        self._value = False
        self._waiters = set()

    def __repr__(self):
        return "<%s %s>" % (self.__class__.__name__, "set" if self.is_set() else "clear")

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in list(self._waiters):
                if not fut.done():
                    fut.set_result(None)

    def clear(self):
        self._value = False

    def wait(self, timeout=None):
        fut = Future()
        if self._value:
            fut.set_result(None)
            return fut
        self._waiters.add(fut)
        fut.add_done_callback(lambda fut: self._waiters.remove(fut))
        if timeout is None:
            return fut
        timeout_fut = gen.with_timeout(timeout, fut)

        def cancel_waiter(tf):
            if not fut.done():
                fut.cancel()
        timeout_fut.add_done_callback(cancel_waiter)
        return timeout_fut


class _ReleasingContextManager:
    """What ``acquire()`` resolves to: ``with`` it releases on exit."""

    def __init__(self, obj):
        self._obj = obj

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc_val, exc_tb):
        self._obj.release()


class Semaphore(_TimeoutGarbageCollector):
    """A counter: ``acquire()`` waits while it is zero, ``release()`` adds one."""

    def __init__(self, value=1):
        _TimeoutGarbageCollector.__init__(self)
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def __repr__(self):
        res = "<%s.%s object at %s>" % (type(self).__module__, type(self).__name__,
                                         hex(id(self)))
        extra = "locked" if self._value == 0 else "unlocked,value:%s" % self._value
        if self._waiters:
            extra = "%s,waiters:%s" % (extra, len(self._waiters))
        return "<%s [%s]>" % (res[1:-1], extra)

    def release(self):
        self._value += 1
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                self._value -= 1
                waiter.set_result(_ReleasingContextManager(self))
                break

    def acquire(self, timeout=None):
        waiter = Future()
        if self._value > 0:
            self._value -= 1
            waiter.set_result(_ReleasingContextManager(self))
        else:
            self._waiters.append(waiter)
            if timeout is not None:
                def on_timeout():
                    if not waiter.done():
                        waiter.set_exception(gen.TimeoutError())
                    self._garbage_collect()
                io_loop = ioloop.IOLoop.current()
                timeout_handle = io_loop.add_timeout(timeout, on_timeout)
                waiter.add_done_callback(lambda _: io_loop.remove_timeout(timeout_handle))
        return waiter

    def __enter__(self):
        raise RuntimeError("Use 'async with' instead of 'with' for Semaphore")

    def __exit__(self, typ, value, traceback):
        self.__enter__()

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, typ, value, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value=value)
        self._initial_value = value

    def release(self):
        if self._value >= self._initial_value:
            raise ValueError("Semaphore released too many times")
        Semaphore.release(self)


class Lock:
    """A lock for coroutines: ``with (yield lock.acquire()): ...``."""

    def __init__(self):
        self._block = BoundedSemaphore(value=1)

    def __repr__(self):
        return "<%s _block=%s>" % (self.__class__.__name__, self._block)

    def acquire(self, timeout=None):
        return self._block.acquire(timeout)

    def release(self):
        try:
            self._block.release()
        except ValueError:
            raise RuntimeError("release unlocked lock")

    def __enter__(self):
        raise RuntimeError("Use `async with` instead of `with` for Lock")

    def __exit__(self, typ, value, tb):
        self.__enter__()

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, typ, value, tb):
        self.release()
