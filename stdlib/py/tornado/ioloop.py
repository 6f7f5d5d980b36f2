"""tornado.ioloop: the one native event loop of the thread, under
Tornado's names. Every IOLoop object is a view of that loop."""

import _tornado
import _asyncio_loop
from tornado.concurrent import Future, is_future, future_add_done_callback
from tornado.util import TimeoutError  # re-exported: Tornado 6 documents ioloop.TimeoutError
from tornado.util import Configurable, import_object  # re-exported, as Tornado's
import functools
import math
import sys


_agens = None  # the async generators the loop iterated (a WeakSet)


def _agen_firstiter(agen):
    global _agens
    if _agens is None:
        import weakref

        _agens = weakref.WeakSet()
    _agens.add(agen)


def _agen_finalizer(agen):
    if _agens is not None:
        _agens.discard(agen)
    _tornado.add_callback(_start_closing, agen.aclose())


def _start_closing(closing):
    from tornado.gen import convert_yielded

    convert_yielded(_await_closing(closing))


async def _await_closing(closing):
    try:
        await closing
    except Exception:
        pass


class IOLoop:
    NONE = 0
    READ = 0x001
    WRITE = 0x004
    ERROR = 0x018

    _current = None

    # The asyncio event loop of each IOLoop that has one (as Tornado's map
    # from asyncio loop to IOLoop): made when `asyncio_loop` is first asked
    # for, or for an asyncio loop running when IOLoop.current() is called;
    # closed loops leave it on close() or on the next registration.
    _ioloop_for_asyncio = {}
    _asyncio_loop = None

    # The class IOLoop() makes (IOLoop.configure); None: AsyncIOLoop.
    _configured = None

    def __new__(cls, *args, **kwargs):
        # As Tornado's Configurable: IOLoop() makes the configured
        # implementation, AsyncIOLoop unless told otherwise.
        if cls is IOLoop:
            cls = IOLoop.configured_class()
        return object.__new__(cls)

    @classmethod
    def configure(cls, impl, **kwargs):
        if isinstance(impl, str):
            impl = import_object(impl)
        if isinstance(impl, type) and not issubclass(impl, _BaseAsyncIOLoop):
            raise RuntimeError("only AsyncIOLoop is allowed when asyncio is available")
        if impl is not None and not issubclass(impl, cls):
            raise ValueError("Invalid subclass of %s" % cls)
        IOLoop._configured = impl

    @classmethod
    def configured_class(cls):
        if IOLoop._configured is None:
            return _AsyncIOLoop
        return IOLoop._configured

    @staticmethod
    def _main_loop():
        """The IOLoop current() makes when there is none (Tornado's
        AsyncIOMainLoop, the IOLoop of the thread's event loop)."""
        return _AsyncIOMainLoop(make_current=False)

    def __init__(self, make_current=True, asyncio_loop=None):
        if asyncio_loop is not None:
            existing = IOLoop._ioloop_for_asyncio.get(asyncio_loop)
            if existing is not None and not asyncio_loop.is_closed():
                raise RuntimeError(
                    "IOLoop %s already associated with asyncio loop %s" % (existing, asyncio_loop))
            self._asyncio_loop = asyncio_loop
            IOLoop._register_asyncio(asyncio_loop, self)
        if make_current:
            IOLoop._current = self

    @property
    def asyncio_loop(self):
        """This IOLoop's asyncio event loop (every loop shares the one
        native loop: run_until_complete on it runs Tornado's callbacks
        too)."""
        loop = self._asyncio_loop
        if loop is None:
            loop = self._asyncio_loop = _asyncio_loop.new_event_loop()
            IOLoop._register_asyncio(loop, self)
        return loop

    @staticmethod
    def _register_asyncio(loop, ioloop):
        for other in list(IOLoop._ioloop_for_asyncio):
            if other.is_closed():
                del IOLoop._ioloop_for_asyncio[other]
        IOLoop._ioloop_for_asyncio[loop] = ioloop

    @staticmethod
    def current(instance=True):
        running = _asyncio_loop._running_loop
        if running is not None:
            # Inside asyncio's run_until_complete/run_forever: the IOLoop
            # of that asyncio loop, as Tornado's AsyncIOMainLoop.
            ioloop = IOLoop._ioloop_for_asyncio.get(running)
            if ioloop is None and instance:
                ioloop = IOLoop._main_loop()
                ioloop._asyncio_loop = running
                IOLoop._register_asyncio(running, ioloop)
            return ioloop
        if IOLoop._current is None:
            if not instance:
                return None
            IOLoop._current = IOLoop._main_loop()
        return IOLoop._current

    instance = current

    def make_current(self):
        IOLoop._current = self

    @staticmethod
    def clear_current():
        IOLoop._current = None

    @staticmethod
    def clear_instance():
        IOLoop._current = None

    def start(self):
        # While the loop runs, async generators it iterates are closed
        # through it: `aclose()` of one collected unfinished runs as a task
        # (asyncio's hooks; `shutdown_asyncgens` closes those still alive).
        hooks = sys.get_asyncgen_hooks()
        install = hooks[0] is None and hooks[1] is None
        if install:
            sys.set_asyncgen_hooks(_agen_firstiter, _agen_finalizer)
        # While it runs, this loop is the current one (as asyncio's running
        # loop): callbacks see it in IOLoop.current().
        previous = IOLoop._current
        IOLoop._current = self
        # Timers scheduled while it runs are its own: close() drops them.
        previous_owner = _tornado.set_timer_owner(id(self))
        try:
            _tornado.start()
        finally:
            _tornado.set_timer_owner(previous_owner)
            IOLoop._current = previous
            if install:
                sys.set_asyncgen_hooks(*hooks)

    async def shutdown_asyncgens(self):
        global _agens
        if not _agens:
            return
        closing = list(_agens)
        _agens.clear()
        for agen in closing:
            try:
                await agen.aclose()
            except Exception:
                pass

    def stop(self):
        _tornado.stop()

    # fd number -> (the object given, the handler), for all IOLoop objects
    # (each is a view of the one native loop).
    _handlers = {}

    @staticmethod
    def split_fd(fd):
        """(fd number, the object) for an int or an object with fileno()."""
        if isinstance(fd, int):
            return fd, fd
        return fd.fileno(), fd

    def add_handler(self, fd, handler, events):
        """Calls `handler(fd, events)` while `fd` (a descriptor number or an
        object with fileno()) is ready for `events` (READ, WRITE)."""
        fd_num, obj = self.split_fd(fd)
        if fd_num in IOLoop._handlers:
            raise ValueError("fd %s added twice" % fd_num)
        _tornado.add_fd_handler(fd_num, events, lambda ev: handler(obj, ev))
        IOLoop._handlers[fd_num] = (obj, handler)

    def update_handler(self, fd, events):
        fd_num, obj = self.split_fd(fd)
        _tornado.update_fd_handler(fd_num, events)

    def remove_handler(self, fd):
        fd_num, obj = self.split_fd(fd)
        if IOLoop._handlers.pop(fd_num, None) is not None:
            _tornado.remove_fd_handler(fd_num)

    def close_fd(self, fd):
        try:
            if isinstance(fd, int):
                import os

                os.close(fd)
            else:
                fd.close()
        except OSError:
            pass

    def close(self, all_fds=False):
        for fd_num, (obj, _) in list(IOLoop._handlers.items()):
            self.remove_handler(fd_num)
            if all_fds:
                self.close_fd(obj)
        if not _tornado.is_running():
            _tornado.drop_timers(id(self))
        loop = self._asyncio_loop
        if loop is not None:
            IOLoop._ioloop_for_asyncio.pop(loop, None)
            if not loop.is_running():
                loop.close()

    def time(self):
        return _tornado.time()

    def add_callback(self, callback, *args, **kwargs):
        if kwargs:
            callback = functools.partial(callback, *args, **kwargs)
            args = ()
        _tornado.add_callback(callback, *args)

    add_callback_from_signal = add_callback

    def spawn_callback(self, callback, *args, **kwargs):
        self.add_callback(callback, *args, **kwargs)

    def call_at(self, when, callback, *args, **kwargs):
        if kwargs:
            callback = functools.partial(callback, *args, **kwargs)
            args = ()
        return _tornado.call_at(when, callback, *args)

    def call_later(self, delay, callback, *args, **kwargs):
        return self.call_at(_tornado.time() + delay, callback, *args, **kwargs)

    def add_timeout(self, deadline, callback, *args, **kwargs):
        if hasattr(deadline, "total_seconds"):
            deadline = _tornado.time() + deadline.total_seconds()
        elif not isinstance(deadline, (int, float)):
            raise TypeError("Unsupported deadline %r" % (deadline,))
        return self.call_at(deadline, callback, *args, **kwargs)

    def remove_timeout(self, timeout):
        _tornado.remove_timeout(timeout)

    def add_future(self, future, callback):
        if not is_future(future):
            from tornado.gen import convert_yielded

            future = convert_yielded(future)
        future.add_done_callback(lambda f: self._run_callback(functools.partial(callback, f)))

    def _run_callback(self, callback):
        ret = callback()
        if ret is not None:
            from tornado.gen import convert_yielded

            ret = convert_yielded(ret)
            self.add_future(ret, self._discard_future_result)

    def _discard_future_result(self, future):
        future.result()

    def run_sync(self, func, timeout=None):
        future_cell = [None, False]

        def run():
            try:
                result = func()
                if result is not None:
                    from tornado.gen import convert_yielded

                    result = convert_yielded(result)
            except Exception as e:
                fut = Future()
                future_cell[0] = fut
                fut.set_exception(e)
            else:
                if is_future(result):
                    future_cell[0] = result
                else:
                    fut = Future()
                    future_cell[0] = fut
                    fut.set_result(result)
            self.add_future(future_cell[0], lambda future: self.stop())

        self.add_callback(run)
        if timeout is not None:

            def timeout_callback():
                future_cell[1] = True
                if not future_cell[0].cancel():
                    self.stop()

            timeout_handle = self.add_timeout(self.time() + timeout, timeout_callback)
        self.start()
        if timeout is not None:
            self.remove_timeout(timeout_handle)
        if future_cell[0].cancelled() or not future_cell[0].done():
            if future_cell[1]:
                raise TimeoutError("Operation timed out after %s seconds" % timeout)
            raise RuntimeError("Event loop stopped before Future completed.")
        return future_cell[0].result()

    def run_in_executor(self, executor, func, *args):
        fut = Future()
        try:
            fut.set_result(func(*args))
        except Exception as e:
            fut.set_exception(e)
        return fut


class BaseAsyncIOLoop(IOLoop):
    """The IOLoop of an asyncio event loop (tornado.platform.asyncio's
    classes live here: IOLoop() makes them without importing asyncio)."""

    @property
    def selector_loop(self):
        """The loop that watches the sockets (Tornado's is the asyncio
        loop itself, or a selector thread beside it on Windows)."""
        return self.asyncio_loop


class AsyncIOMainLoop(BaseAsyncIOLoop):
    """The IOLoop of the thread's event loop (``AsyncIOMainLoop().install()``
    in Tornado 5 code)."""

    def install(self):
        self.make_current()
        return self


class AsyncIOLoop(BaseAsyncIOLoop):
    """An IOLoop with an event loop of its own in Tornado (here the
    thread's one loop)."""


# Private names here; public in tornado.platform.asyncio.
for _cls in (BaseAsyncIOLoop, AsyncIOMainLoop, AsyncIOLoop):
    _cls.__module__ = "tornado.platform.asyncio"
_BaseAsyncIOLoop, _AsyncIOMainLoop, _AsyncIOLoop = BaseAsyncIOLoop, AsyncIOMainLoop, AsyncIOLoop
del _cls, BaseAsyncIOLoop, AsyncIOMainLoop, AsyncIOLoop


class PeriodicCallback:
    """Calls `callback` every `callback_time` milliseconds (a number, or a
    timedelta). A callback returning an awaitable is awaited before the
    next one is scheduled, so calls never overlap. With `jitter`, each
    interval varies by up to that fraction (0.1: +-5%). A call that
    overruns skips whole periods to stay on schedule."""

    def __init__(self, callback, callback_time, jitter=0):
        self.callback = callback
        if hasattr(callback_time, "total_seconds"):
            callback_time = callback_time.total_seconds() * 1000.0
            if callback_time == int(callback_time):
                callback_time = int(callback_time)
        if callback_time <= 0:
            raise ValueError("Periodic callback must have a positive callback_time")
        self.callback_time = callback_time
        self.jitter = jitter
        self._running = False
        self._timeout = None

    def start(self):
        self.io_loop = IOLoop.current()
        self._running = True
        self._next_timeout = self.io_loop.time()
        self._schedule_next()

    def stop(self):
        self._running = False
        if self._timeout is not None:
            self.io_loop.remove_timeout(self._timeout)
            self._timeout = None

    def is_running(self):
        return self._running

    def _run(self):
        if not self._running:
            return
        try:
            val = self.callback()
        except Exception:
            self._log_exception()
            self._schedule_next()
            return
        if val is not None and hasattr(val, "__await__") or is_future(val):
            from tornado.gen import convert_yielded

            self.io_loop.add_future(convert_yielded(val), self._after_awaitable)
        else:
            self._schedule_next()

    def _after_awaitable(self, future):
        try:
            future.result()
        except Exception:
            self._log_exception()
        self._schedule_next()

    def _log_exception(self):
        from tornado.log import app_log

        app_log.error("Exception in callback %r", self.callback, exc_info=True)

    def _schedule_next(self):
        if self._running:
            self._update_next(self.io_loop.time())
            self._timeout = self.io_loop.add_timeout(self._next_timeout, self._run)

    def _update_next(self, current_time):
        callback_time_sec = self.callback_time / 1000.0
        if self.jitter:
            import random

            callback_time_sec *= 1 + (self.jitter * (random.random() - 0.5))
        if self._next_timeout <= current_time:
            # Whole periods missed by an overrun are skipped.
            self._next_timeout += (
                math.floor((current_time - self._next_timeout) / callback_time_sec) + 1
            ) * callback_time_sec
        else:
            # The clock went backwards: keep the schedule, one period on.
            self._next_timeout += callback_time_sec
