"""asyncio: the parts Tornado programs use (`asyncio.run(main())`,
`asyncio.sleep`, `Event().wait()`, `gather`, `wait_for`, `create_task`,
the loop object), running on whirl's native tornado loop, which follows
asyncio's scheduling."""

import _tornado
from tornado.concurrent import Future

CancelledError = _tornado.CancelledError
InvalidStateError = _tornado.InvalidStateError
TimeoutError = TimeoutError
Task = Future


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


def iscoroutinefunction(func):
    return bool(getattr(func, "__code__", None) and func.__code__.co_flags & 0x80)


def isfuture(obj):
    return _tornado.is_future(obj)


def ensure_future(obj, loop=None):
    if _tornado.is_future(obj):
        return obj
    if iscoroutine(obj):
        return _tornado.convert_yielded(obj)
    if hasattr(obj, "__await__"):
        return _tornado.convert_yielded(_await(obj))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _await(awaitable):
    return await awaitable


def create_task(coro, name=None, context=None):
    if not iscoroutine(coro):
        raise TypeError("a coroutine was expected, got %r" % (coro,))
    return ensure_future(coro)


async def sleep(delay, result=None):
    await _tornado.sleep(delay)
    return result


def gather(*aws, return_exceptions=False):
    futures = [ensure_future(a) for a in aws]
    outer = Future()
    if not futures:
        outer.set_result([])
        return outer
    pending = [len(futures)]

    def child_done(fut):
        pending[0] -= 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(CancelledError())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if pending[0] == 0:
            results = []
            for f in futures:
                if f.cancelled():
                    results.append(CancelledError())
                elif f.exception() is not None:
                    results.append(f.exception())
                else:
                    results.append(f.result())
            outer.set_result(results)

    for f in futures:
        f.add_done_callback(child_done)
    return outer


async def wait_for(aw, timeout):
    fut = ensure_future(aw)
    if timeout is None:
        return await fut
    from tornado import gen

    try:
        return await gen.with_timeout(_tornado.time() + timeout, fut)
    except TimeoutError:
        fut.cancel()
        raise TimeoutError() from None


def shield(aw):
    return ensure_future(aw)


def run(main, debug=None):
    if _tornado.is_running():
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got %r" % (main,))
    from tornado.ioloop import IOLoop

    loop = IOLoop.current()
    try:
        return loop.run_sync(lambda: main)
    finally:
        # As asyncio.run: async generators left unfinished are closed
        # before it returns.
        loop.run_sync(loop.shutdown_asyncgens)


class Handle:
    def __init__(self, timeout=None):
        self._timeout = timeout
        self._cancelled = False

    def cancel(self):
        self._cancelled = True
        if self._timeout is not None:
            _tornado.remove_timeout(self._timeout)

    def cancelled(self):
        return self._cancelled


TimerHandle = Handle


class AbstractEventLoop:
    def time(self):
        return _tornado.time()

    def call_soon(self, callback, *args, context=None):
        _tornado.add_callback(callback, *args)
        return Handle()

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        return Handle(_tornado.call_later(delay, callback, *args))

    def call_at(self, when, callback, *args, context=None):
        return Handle(_tornado.call_at(when, callback, *args))

    def create_future(self):
        return Future()

    def create_task(self, coro, name=None, context=None):
        return create_task(coro)

    def run_until_complete(self, future):
        from tornado.ioloop import IOLoop

        return IOLoop.current().run_sync(lambda: ensure_future(future))

    async def shutdown_asyncgens(self):
        from tornado.ioloop import IOLoop

        await IOLoop.current().shutdown_asyncgens()

    def run_forever(self):
        _tornado.start()

    def stop(self):
        _tornado.stop()

    def is_running(self):
        return _tornado.is_running()

    def close(self):
        pass

    def is_closed(self):
        return False

    def run_in_executor(self, executor, func, *args):
        fut = Future()
        try:
            fut.set_result(func(*args))
        except Exception as e:
            fut.set_exception(e)
        return fut


_loop = AbstractEventLoop()


def get_event_loop():
    return _loop


def get_running_loop():
    if not _tornado.is_running():
        raise RuntimeError("no running event loop")
    return _loop


def new_event_loop():
    return _loop


def set_event_loop(loop):
    pass


class Event:
    def __init__(self):
        self._value = False
        self._waiters = []

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            waiters, self._waiters = self._waiters, []
            for fut in waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = Future()
        self._waiters.append(fut)
        await fut
        return True


def _wake_first(waiters):
    """Wakes the first waiter still waiting."""
    while waiters:
        fut = waiters.pop(0)
        if not fut.done():
            fut.set_result(True)
            break


class _AcquireContext:
    """`async with` for what has acquire() and release()."""

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_AcquireContext):
    def __init__(self):
        self._locked = False
        self._waiters = []

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not self._waiters:
            self._locked = True
            return True
        fut = Future()
        self._waiters.append(fut)
        await fut
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        _wake_first(self._waiters)


class Semaphore(_AcquireContext):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = Future()
            self._waiters.append(fut)
            await fut
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        _wake_first(self._waiters)


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return self._maxsize > 0 and len(self._items) >= self._maxsize

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished += 1
        self._finished.clear()
        _wake_first(self._getters)

    async def put(self, item):
        while self.full():
            fut = Future()
            self._putters.append(fut)
            await fut
        self.put_nowait(item)

    def get_nowait(self):
        if not self._items:
            raise QueueEmpty
        item = self._items.pop(0)
        _wake_first(self._putters)
        return item

    async def get(self):
        while not self._items:
            fut = Future()
            self._getters.append(fut)
            await fut
        return self.get_nowait()

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()
