"""Running coroutines together: sleep, gather, shield, wait, wait_for,
as_completed, and the Task class (in `_asyncio_loop`)."""

import _tornado
from _asyncio_loop import (
    CancelledError,
    Future,
    Task,
    all_tasks,
    create_task,
    current_task,
    ensure_future,
    get_event_loop,
    get_running_loop,
    iscoroutine,
    isfuture,
    _enter_task,
    _leave_task,
    _register_task,
    _unregister_task,
)
from tornado.concurrent import Future as _NativeFuture
import types as _types

__all__ = (
    "Task",
    "create_task",
    "FIRST_COMPLETED",
    "FIRST_EXCEPTION",
    "ALL_COMPLETED",
    "wait",
    "wait_for",
    "as_completed",
    "sleep",
    "gather",
    "shield",
    "ensure_future",
    "run_coroutine_threadsafe",
    "current_task",
    "all_tasks",
    "_register_task",
    "_unregister_task",
    "_enter_task",
    "_leave_task",
)

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


@_types.coroutine
def _sleep0():
    yield


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    """Suspends the calling coroutine for `delay` seconds; a timer of the
    running loop, so that closing the loop removes it."""
    if delay <= 0:
        await _sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def _loop_of(fut):
    get_loop = getattr(fut, "get_loop", None)
    return get_loop() if get_loop is not None else get_event_loop()


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
            if child.cancel(msg) if isinstance(child, Future) else child.cancel():
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def _cancelled_error_of(fut):
    """The CancelledError a cancelled future raises (with its message)."""
    try:
        fut.result()
    except CancelledError as e:
        return e
    return CancelledError()


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
    outer = _GatheringFuture(children, loop=_loop_of(children[0]))
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
                # The child's own CancelledError (its message), as asyncio.
                outer.set_exception(_cancelled_error_of(fut))
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if pending[0] == 0:
            results = []
            for f in children:
                if f.cancelled():
                    msg = getattr(f, "_cancel_message", None)
                    results.append(CancelledError("" if msg is None else msg))
                elif f.exception() is not None:
                    results.append(f.exception())
                else:
                    results.append(f.result())
            if outer._cancel_requested:
                outer.set_exception(_cancelled_error_of(fut))
            else:
                outer.set_result(results)

    for f in unique:
        f.add_done_callback(child_done)
    return outer


def shield(arg):
    """A future that follows `arg` but whose cancellation leaves `arg`
    running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = _loop_of(inner).create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
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


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures and tasks of `fs`; returns (done, pending)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect a list of futures, not %s" % type(fs).__name__)
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return_when value: %s" % (return_when,))
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in fs}
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _set_result_unless_cancelled, waiter, None)
    remaining = [len(fs)]

    def on_completion(f):
        remaining[0] -= 1
        if (
            remaining[0] <= 0
            or return_when == FIRST_COMPLETED
            or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)
        ):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables that give the results of `fs` in the order
    they finish; TimeoutError once `timeout` passes."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect an iterable of futures, not %s" % type(fs).__name__)
    from asyncio.queues import Queue

    finished = Queue()
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            finished.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def wait_for_one():
        f = await finished.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


def run_coroutine_threadsafe(coro, loop):
    """Schedules `coro` on `loop` and returns a concurrent.futures.Future
    for its result. whirl runs one thread: the loop must be run by this
    thread for the result to come."""
    if not iscoroutine(coro):
        raise TypeError("A coroutine object is required")
    import concurrent.futures

    future = concurrent.futures.Future()

    def start():
        task = ensure_future(coro, loop=loop)

        def copy(t):
            if t.cancelled():
                future.cancel()
            elif t.exception() is not None:
                future.set_exception(t.exception())
            else:
                future.set_result(t.result())

        task.add_done_callback(copy)

    loop.call_soon_threadsafe(start)
    return future
