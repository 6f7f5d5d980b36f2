"""tornado.concurrent: the native Future and the helpers around it."""

import functools
from concurrent import futures

import _tornado
from _asyncio_loop import Future as _AsyncioFuture

Future = _tornado.Future
FUTURES = (Future, _AsyncioFuture)


def _future_await(self):
    if not self.done():
        yield self
    return self.result()


_tornado.set_future_await(_future_await)


def is_future(x):
    # As Tornado's: asyncio's futures count (a Task among them).
    return _tornado.is_future(x) or isinstance(x, _AsyncioFuture)


def future_add_done_callback(future, callback):
    """Runs callback(future) now if the future is done, else when it is."""
    if future.done():
        callback(future)
    else:
        future.add_done_callback(callback)


def future_set_result_unless_cancelled(future, value):
    if not future.cancelled():
        future.set_result(value)


def future_set_exception_unless_cancelled(future, exc):
    if not future.cancelled():
        future.set_exception(exc)
    else:
        # Nobody can see it any more: logged instead, as Tornado does.
        from tornado.log import app_log

        app_log.error("Exception after Future was cancelled", exc_info=exc)


def future_set_exc_info(future, exc_info):
    future_set_exception_unless_cancelled(future, exc_info[1])


def chain_future(a, b):
    """When future a finishes, copy its result, exception or cancellation
    into b (either may be a concurrent.futures.Future)."""

    def copy(a):
        if b.done():
            return
        if a.cancelled():
            b.cancel()
        elif a.exception() is not None:
            b.set_exception(a.exception())
        else:
            b.set_result(a.result())

    future_add_done_callback(a, copy)


class ReturnValueIgnoredError(Exception):
    """A function whose return value is ignored returned one (Tornado's
    name; raised by nothing here)."""


class DummyExecutor(futures.Executor):
    """An executor that runs each function at once, in the caller's thread,
    and gives its outcome as a done concurrent.futures.Future."""

    def submit(self, fn, *args, **kwargs):
        future = futures.Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as e:
            future.set_exception(e)
        return future

    def shutdown(self, wait=True, cancel_futures=False):
        pass


dummy_executor = DummyExecutor()


def run_on_executor(*args, **kwargs):
    """Decorates a method to run on `self.executor` (or the attribute named
    by `executor=`) and return a Future of its result. Usable bare or
    called."""

    def run_on_executor_decorator(fn):
        executor = kwargs.get("executor", "executor")

        @functools.wraps(fn)
        def wrapper(self, *args, **kwargs):
            async_future = Future()
            conc_future = getattr(self, executor).submit(fn, self, *args, **kwargs)
            chain_future(conc_future, async_future)
            return async_future

        return wrapper

    if args and kwargs:
        raise ValueError("cannot combine positional and keyword args")
    if len(args) == 1:
        return run_on_executor_decorator(args[0])
    elif len(args) != 0:
        raise ValueError("expected 1 argument, got %d" % len(args))
    return run_on_executor_decorator
