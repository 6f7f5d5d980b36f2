"""asyncio: the parts Tornado programs use (`asyncio.run(main())`,
`asyncio.sleep`, `Event().wait()`, `gather`, `wait_for`, `create_task`,
the loop object), running on whirl's native tornado loop, which follows
asyncio's scheduling."""

import _tornado
from tornado.concurrent import Future as _NativeFuture
from _asyncio_loop import (
    CancelledError,
    InvalidStateError,
    Future,
    Task,
    Handle,
    TimerHandle,
    AbstractEventLoop,
    BaseEventLoop,
    SelectorEventLoop,
    AbstractEventLoopPolicy,
    DefaultEventLoopPolicy,
    EventLoop as _EventLoop,
    iscoroutine,
    isfuture,
    ensure_future,
    create_task,
    current_task,
    all_tasks,
    get_event_loop,
    get_running_loop,
    _get_running_loop,
    new_event_loop,
    set_event_loop,
    get_event_loop_policy,
    set_event_loop_policy,
)
import types as _types

TimeoutError = TimeoutError


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


def iscoroutinefunction(func):
    return bool(getattr(func, "__code__", None) and func.__code__.co_flags & 0x80)


@_types.coroutine
def _sleep0():
    yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0()
        return result
    await _tornado.sleep(delay)
    return result


class _GatheringFuture(Future):
    """gather()'s outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if (child.cancel(msg) if isinstance(child, Future) else child.cancel()):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*aws, return_exceptions=False):
    if not aws:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer
    children = []
    by_arg = {}
    for a in aws:
        if isfuture(a) or id(a) not in by_arg:
            fut = ensure_future(a)
            by_arg[id(a)] = fut
        else:
            fut = by_arg[id(a)]
        children.append(fut)
    loop = children[0].get_loop() if isinstance(children[0], Future) else get_event_loop()
    outer = _GatheringFuture(children, loop=loop)
    unique = []
    for f in children:
        if all(f is not u for u in unique):
            unique.append(f)
    pending = [len(unique)]

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
            for f in children:
                if f.cancelled():
                    results.append(CancelledError())
                elif f.exception() is not None:
                    results.append(f.exception())
                else:
                    results.append(f.result())
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for f in unique:
        f.add_done_callback(child_done)
    return outer


async def _cancel_and_wait(fut):
    waiter = _NativeFuture()

    def release(f):
        if not waiter.done():
            waiter.set_result(None)

    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    if timeout is None:
        return await fut
    fut = ensure_future(fut)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = _NativeFuture()

    def release(f=None):
        if not waiter.done():
            waiter.set_result(None)

    timer = _tornado.call_later(timeout, release)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        _tornado.remove_timeout(timer)


def shield(aw):
    return ensure_future(aw)


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler(
                {
                    "message": "unhandled exception during asyncio.run() shutdown",
                    "exception": task.exception(),
                    "task": task,
                }
            )


def run(main, *, debug=None):
    if _get_running_loop() is not None or _tornado.is_running():
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got %r" % (main,))
    loop = new_event_loop()
    try:
        set_event_loop(loop)
        if debug is not None:
            loop.set_debug(debug)
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            set_event_loop(None)
            loop.close()


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
        fut = _NativeFuture()
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
        fut = _NativeFuture()
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
            fut = _NativeFuture()
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
            fut = _NativeFuture()
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
            fut = _NativeFuture()
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
