"""asyncio.Future (in `_asyncio_loop`) and the bridges to other futures."""

from _asyncio_loop import Future, isfuture, _future_outcome
from _asyncio_loop import get_event_loop as _get_event_loop

__all__ = ("Future", "wrap_future", "isfuture")


def wrap_future(future, *, loop=None):
    """An asyncio Future settled as `future` (a concurrent.futures or
    native future) is."""
    if isinstance(future, Future):
        return future
    if not hasattr(future, "add_done_callback"):
        raise TypeError("concurrent.futures.Future is expected, got %r" % (future,))
    if loop is None:
        loop = _get_event_loop()
    new = loop.create_future()

    def copy(f):
        if new.done():
            return
        if f.cancelled():
            new.cancel()
            return
        exc, result = _future_outcome(f)
        if exc is not None:
            new.set_exception(exc)
        else:
            new.set_result(result)

    def cancel_source(f):
        if f.cancelled():
            future.cancel()

    new.add_done_callback(cancel_source)
    future.add_done_callback(copy)
    return new
