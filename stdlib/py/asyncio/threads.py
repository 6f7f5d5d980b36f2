"""to_thread: whirl runs one thread, so the function runs at once, in the
caller's context, before the awaitable is returned: the result is the
same, but nothing runs in parallel with it."""

import contextvars
import functools

from _asyncio_loop import get_running_loop

__all__ = ("to_thread",)


async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    call = functools.partial(contextvars.copy_context().run, func, *args, **kwargs)
    return await loop.run_in_executor(None, call)
