"""tornado.platform.asyncio: Tornado's names for running on asyncio.

In Tornado 6 the IOLoop wraps an asyncio event loop. whirl's IOLoop is a
view of the thread's one native loop (see tornado.ioloop), so the loop
classes here are IOLoops under Tornado's names, and the conversions give the
other kind of future for code that still calls them.
"""

import asyncio

import _tornado

from tornado.gen import convert_yielded
from tornado.ioloop import IOLoop


# Defined in tornado.ioloop (under this module's name), so that IOLoop()
# can make them without importing asyncio: a program that never imports
# contextvars runs its coroutines without copying contexts.
from tornado.ioloop import _AsyncIOLoop as AsyncIOLoop  # noqa: E402
from tornado.ioloop import _AsyncIOMainLoop as AsyncIOMainLoop  # noqa: E402
from tornado.ioloop import _BaseAsyncIOLoop as BaseAsyncIOLoop  # noqa: E402


class AddThreadSelectorEventLoop:
    """Wraps an asyncio event loop to give it ``add_reader``/``add_writer``
    (Tornado runs a selector thread for loops without them). whirl's
    loops poll file descriptors natively, so no thread is needed: the
    readers and writers are watched by the native loop, and their
    callbacks run on it. Every other attribute is the wrapped loop's;
    closing this closes the wrapped loop too."""

    MY_ATTRIBUTES = {
        "_real_loop",
        "_selector",
        "add_reader",
        "add_writer",
        "close",
        "remove_reader",
        "remove_writer",
    }

    def __getattribute__(self, name):
        if name in AddThreadSelectorEventLoop.MY_ATTRIBUTES:
            return super().__getattribute__(name)
        return getattr(self._real_loop, name)

    def __init__(self, real_loop):
        self._real_loop = real_loop
        self._selector = _FdWatcher()

    def close(self):
        self._selector.close()
        self._real_loop.close()

    def add_reader(self, fd, callback, *args):
        return self._selector.add(fd, IOLoop.READ, callback, args)

    def add_writer(self, fd, callback, *args):
        return self._selector.add(fd, IOLoop.WRITE, callback, args)

    def remove_reader(self, fd):
        return self._selector.remove(fd, IOLoop.READ)

    def remove_writer(self, fd):
        return self._selector.remove(fd, IOLoop.WRITE)


class _FdWatcher:
    """Readers and writers of file descriptors on the native loop."""

    def __init__(self):
        self._watched = {}  # fd number -> {event: (callback, args)}

    def add(self, fd, event, callback, args):
        fd_num, _ = IOLoop.split_fd(fd)
        entry = self._watched.get(fd_num)
        if entry is None:
            entry = self._watched[fd_num] = {}
            entry[event] = (callback, args)
            _tornado.add_fd_handler(fd_num, event, lambda ev, e=entry: self._ready(e, ev))
        else:
            entry[event] = (callback, args)
            _tornado.update_fd_handler(fd_num, self._events(entry))

    @staticmethod
    def _events(entry):
        events = 0
        for event in entry:
            events |= event
        return events

    @staticmethod
    def _ready(entry, events):
        for event in (IOLoop.READ, IOLoop.WRITE):
            if events & (event | IOLoop.ERROR) and event in entry:
                callback, args = entry[event]
                callback(*args)

    def remove(self, fd, event):
        fd_num, _ = IOLoop.split_fd(fd)
        entry = self._watched.get(fd_num)
        if entry is None or event not in entry:
            return False
        del entry[event]
        if entry:
            _tornado.update_fd_handler(fd_num, self._events(entry))
        else:
            del self._watched[fd_num]
            _tornado.remove_fd_handler(fd_num)
        return True

    def close(self):
        for fd_num in list(self._watched):
            self._watched.pop(fd_num)
            _tornado.remove_fd_handler(fd_num)


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
