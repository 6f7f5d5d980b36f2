"""Telling coroutines and coroutine functions apart."""

from _asyncio_loop import iscoroutine

__all__ = ("iscoroutinefunction", "iscoroutine")

_is_coroutine = object()


def iscoroutinefunction(func):
    """True for an `async def` function (or one marked as a coroutine)."""
    import inspect

    return inspect.iscoroutinefunction(func) or getattr(func, "_is_coroutine", None) is _is_coroutine
