"""tornado.platform.asyncio: Tornado's names for running on asyncio.

In Tornado 6 the IOLoop wraps an asyncio event loop. whirl's IOLoop is a
view of the thread's one native loop (see tornado.ioloop), so the loop
classes here are IOLoops under Tornado's names, and the conversions give the
other kind of future for code that still calls them.
"""

import asyncio

from tornado.gen import convert_yielded
from tornado.ioloop import IOLoop


class BaseAsyncIOLoop(IOLoop):
    """The IOLoop of an asyncio event loop."""


class AsyncIOMainLoop(BaseAsyncIOLoop):
    """The IOLoop of the thread's event loop (``AsyncIOMainLoop().install()``
    in Tornado 5 code)."""

    def install(self):
        self.make_current()
        return self


class AsyncIOLoop(BaseAsyncIOLoop):
    """An IOLoop with an event loop of its own in Tornado (here the
    thread's one loop)."""


def to_tornado_future(asyncio_future):
    """The Tornado future of an asyncio future (deprecated in Tornado)."""
    return convert_yielded(asyncio_future)


def to_asyncio_future(tornado_future):
    """An awaitable for asyncio code from a Tornado future or yieldable
    (deprecated in Tornado)."""
    return convert_yielded(tornado_future)


def _make_any_thread_policy():
    class AnyThreadEventLoopPolicy(asyncio.DefaultEventLoopPolicy):
        """An event loop policy that makes an event loop for any thread
        that asks for one (asyncio's default only does in the main
        thread)."""

        def get_event_loop(self):
            try:
                return super().get_event_loop()
            except RuntimeError:
                loop = self.new_event_loop()
                self.set_event_loop(loop)
                return loop

    AnyThreadEventLoopPolicy.__module__ = __name__
    AnyThreadEventLoopPolicy.__qualname__ = "AnyThreadEventLoopPolicy"
    return AnyThreadEventLoopPolicy


_any_thread_policy = None


def __getattr__(name):
    # AnyThreadEventLoopPolicy is made only when asked for, as in Tornado:
    # on Python 3.14 naming asyncio's policy classes warns.
    global _any_thread_policy
    if name == "AnyThreadEventLoopPolicy":
        if _any_thread_policy is None:
            _any_thread_policy = _make_any_thread_policy()
        return _any_thread_policy
    raise AttributeError("module %r has no attribute %r" % (__name__, name))
