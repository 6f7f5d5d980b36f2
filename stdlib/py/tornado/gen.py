"""tornado.gen: coroutines on generators. The runner is native
(`_tornado.call_coroutine`); what is simpler in Python lives here."""

import sys
import functools
import _tornado
from tornado.concurrent import (
    Future,
    is_future,
    future_add_done_callback,
    future_set_result_unless_cancelled,
    chain_future,
)

from tornado.util import TimeoutError  # re-exported: Tornado 6 documents gen.TimeoutError
from _asyncio_loop import (
    Future as _AsyncioFuture,
    _NativeTask,
    _native_task,
    _native_proxy,
)


class KeyReuseError(Exception):
    pass


class UnknownKeyError(Exception):
    pass


class LeakedCallbackError(Exception):
    pass


class BadYieldError(Exception):
    pass


class ReturnValueIgnoredError(Exception):
    pass


class Return(Exception):
    def __init__(self, value=None):
        super().__init__()
        self.value = value
        self.args = (value,)


class _NullFuture:
    def result(self):
        return None

    def done(self):
        return True


_null_future = _NullFuture()
moment = _NullFuture()


def coroutine(func):
    """Turns a generator function into a coroutine returning a Future."""

    def wrapper(*args, **kwargs):
        return _tornado.call_coroutine(func, args, kwargs)

    functools.update_wrapper(wrapper, func)
    wrapper.__tornado_coroutine__ = True
    return wrapper


def is_coroutine_function(func):
    return getattr(func, "__tornado_coroutine__", False)


def convert_yielded(yielded):
    if yielded is None or yielded is moment:
        return moment
    if yielded is _null_future:
        return _null_future
    if isinstance(yielded, (list, dict)):
        return multi(yielded)
    if is_future(yielded):
        return yielded
    if type(yielded).__name__ == "coroutine":
        # As Tornado's (asyncio.ensure_future): a coroutine runs as a Task.
        return _native_task(_tornado.new_task(yielded))
    if hasattr(yielded, "__await__"):
        return _native_task(_tornado.new_task(_await_it(yielded)))
    raise BadYieldError("yielded unknown object %r" % (yielded,))


async def _await_it(awaitable):
    return await awaitable


def _native_convert(yielded):
    """convert_yielded for whirl's native runner (`@gen.coroutine`, a loop
    callback's coroutine, a handler's awaitable), which waits on native
    futures only: a coroutine runs as a native task with no Task object
    made for it unless asked for; a Task gives its runner's future; an
    asyncio Future is followed by a native one."""
    if type(yielded).__name__ == "coroutine":
        return _tornado.convert_yielded(yielded)
    future = convert_yielded(yielded)
    if isinstance(future, _NativeTask):
        return future._future
    if isinstance(future, _AsyncioFuture):
        return _native_proxy(future)
    return future


_tornado.register(Return, moment, _native_convert)


def multi(children, quiet_exceptions=()):
    return multi_future(children, quiet_exceptions=quiet_exceptions)


Multi = multi


def multi_future(children, quiet_exceptions=()):
    if isinstance(children, dict):
        keys = list(children.keys())
        children_seq = children.values()
    else:
        keys = None
        children_seq = children
    children_futs = [convert_yielded(c) for c in children_seq]
    unfinished_children = set(children_futs)
    future = Future()
    if not children_futs:
        future.set_result({} if keys is not None else [])

    def callback(fut):
        unfinished_children.discard(fut)
        if not unfinished_children:
            result_list = []
            for f in children_futs:
                try:
                    result_list.append(f.result())
                except BaseException as e:
                    # A cancelled child fails the whole (as asyncio.gather);
                    # a later error is logged, a later cancellation is not.
                    cancelled = not isinstance(e, Exception)
                    if cancelled:
                        from asyncio import CancelledError

                        if not isinstance(e, CancelledError):
                            raise
                    if future.done():
                        if not cancelled and not isinstance(e, quiet_exceptions):
                            _log_error("Multiple exceptions in yield list")
                    else:
                        future.set_exception(e)
            if not future.done():
                if keys is not None:
                    future_set_result_unless_cancelled(future, dict(zip(keys, result_list)))
                else:
                    future_set_result_unless_cancelled(future, result_list)

    listening = set()
    for f in children_futs:
        if f not in listening:
            listening.add(f)
            future_add_done_callback(f, callback)
    return future


def _log_error(message):
    from tornado.log import app_log

    app_log.error(message, exc_info=True)


def maybe_future(x):
    if is_future(x):
        return x
    fut = Future()
    fut.set_result(x)
    return fut


def sleep(duration):
    return _tornado.sleep(duration)


def with_timeout(timeout, future, quiet_exceptions=(), message=None):
    from tornado.ioloop import IOLoop

    # Only read here: a coroutine runs as a native task with no Task object.
    future_converted = _native_convert(future)
    result = Future()
    chain_future(future_converted, result)
    io_loop = IOLoop.current()

    def error_callback(future):
        try:
            future.result()
        except _tornado.CancelledError:
            pass
        except Exception as e:
            if not isinstance(e, quiet_exceptions):
                _log_error("Exception in Future %r after timeout" % (future,))

    def timeout_callback():
        if not result.done():
            if message is None:
                msg = "Timeout"
            elif callable(message):
                msg = message()
            else:
                msg = message
            result.set_exception(TimeoutError(msg))
        future_add_done_callback(future_converted, error_callback)

    timeout_handle = io_loop.add_timeout(timeout, timeout_callback)
    future_add_done_callback(future_converted, lambda future: io_loop.remove_timeout(timeout_handle))
    return result


class WaitIterator:
    """Yields futures as they finish (`while not it.done(): yield it.next()`,
    or `async for result in it`); `current_index` is the position (or
    keyword) of the one that finished, `current_future` the future. The same
    future given twice is reported twice."""

    def __init__(self, *args, **kwargs):
        if args and kwargs:
            raise ValueError("You must provide args or kwargs, not both")
        if kwargs:
            entries = list(kwargs.items())
        else:
            entries = list(enumerate(args))
        self._pending = len(entries)
        self._finished = []  # (key, future) in the order they finished
        self.current_index = None
        self.current_future = None
        self._running_future = None
        for key, future in entries:
            future_add_done_callback(future, functools.partial(self._done_callback, key))

    def done(self):
        if self._finished or self._pending:
            return False
        self.current_index = self.current_future = None
        return True

    def next(self):
        self._running_future = Future()
        if self._finished:
            return self._return_result(*self._finished.pop(0))
        return self._running_future

    def _done_callback(self, key, done):
        self._pending -= 1
        if self._running_future and not self._running_future.done():
            self._return_result(key, done)
        else:
            self._finished.append((key, done))

    def _return_result(self, key, done):
        chain_future(done, self._running_future)
        res = self._running_future
        self._running_future = None
        self.current_future = done
        self.current_index = key
        return res

    def __aiter__(self):
        return self

    def __anext__(self):
        if self.done():
            raise StopAsyncIteration()
        return self.next()
