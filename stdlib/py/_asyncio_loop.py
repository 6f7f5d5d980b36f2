"""asyncio's event loop, Future and Task, over whirl's one native loop.

Every asyncio loop object schedules on the native loop of the thread
(`_tornado`: ready callbacks, timers, I/O), so asyncio code and Tornado
code share it. What asyncio adds lives here, in Python: futures and
tasks with asyncio's semantics (cancellation thrown into the coroutine,
callbacks run on the loop, "Task got bad yield"), the exception handler,
and the async generator hooks through which the running loop finalizes
the async generators it iterated (`shutdown_asyncgens`).

A Python Future awaited by a coroutine that Tornado's native runner
drives (not a Task of this module) hands that runner a native future
chained to it, since the native runner only waits on native futures."""

import sys
import _tornado

_NativeFuture = _tornado.Future
CancelledError = _tornado.CancelledError
InvalidStateError = _tornado.InvalidStateError

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"

_running_loop = None  # the loop whose run_forever() is on the stack
_event_loop = None  # set_event_loop()'s
_current_task = None  # the Task whose step runs
_all_tasks = None  # WeakSet of the unfinished tasks
_task_counter = 0


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    if _running_loop is None:
        if _tornado.is_running():
            # Started by Tornado's IOLoop: asyncio code running in it
            # schedules on the same native loop.
            return get_event_loop()
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = EventLoop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    if loop is not None and not isinstance(loop, EventLoop):
        raise TypeError(
            "loop must be an instance of AbstractEventLoop or None, not '%s'" % type(loop).__name__
        )
    _event_loop = loop


def new_event_loop():
    return EventLoop()


class DefaultEventLoopPolicy:
    def get_event_loop(self):
        return get_event_loop()

    def set_event_loop(self, loop):
        set_event_loop(loop)

    def new_event_loop(self):
        return new_event_loop()


_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy, _event_loop
    if policy is not None and not isinstance(policy, DefaultEventLoopPolicy):
        raise TypeError(
            "policy must be an instance of AbstractEventLoopPolicy or None, not '%s'"
            % type(policy).__name__
        )
    _policy = policy
    if policy is None:
        _event_loop = None


def isfuture(obj):
    return getattr(obj, "_asyncio_future_blocking", None) is not None or _tornado.is_future(obj)


def iscoroutine(obj):
    import types
    import collections.abc

    return isinstance(obj, (types.CoroutineType, types.GeneratorType, collections.abc.Coroutine))


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    task = _current_task
    if task is None:
        # A coroutine the native runner drives as a task (Tornado's).
        handle = _tornado.current_task_handle()
        if handle is not None:
            task = _native_task(handle)
    if task is not None and task._loop is not loop:
        return None
    return task


def all_tasks(loop=None):
    """The unfinished tasks of `loop` (the running one by default): every
    loop shares the native loop, so each task remembers its own."""
    if loop is None:
        loop = get_running_loop()
    tasks = {_native_task(h) for h in _tornado.task_handles()}
    if _all_tasks is not None:
        tasks.update(_all_tasks)
    return {t for t in tasks if t._loop is loop and not t.done()}


def _register_task(task):
    global _all_tasks
    if _all_tasks is None:
        import weakref

        _all_tasks = weakref.WeakSet()
    _all_tasks.add(task)


def _unregister_task(task):
    if _all_tasks is not None:
        _all_tasks.discard(task)


def _enter_task(loop, task):
    global _current_task
    if _current_task is not None:
        raise RuntimeError(
            "Cannot enter into task %r while another task %r is being executed."
            % (task, _current_task)
        )
    _current_task = task


def _leave_task(loop, task):
    global _current_task
    if _current_task is not task:
        raise RuntimeError(
            "Leaving task %r does not match the current task %r." % (task, _current_task)
        )
    _current_task = None


def _copy_context():
    import contextvars

    return contextvars.copy_context()


class Handle:
    """A callback scheduled on the loop; cancel() keeps it from running."""

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._context = context
        self._cancelled = False
        self._timer = None

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._timer is not None:
                _tornado.remove_timeout(self._timer)
                self._timer = None
                self._loop._timers.discard(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        # A closed loop's callbacks are dropped, as closing an asyncio loop
        # clears its queues (the native loop they wait in lives on).
        if self._cancelled or self._loop._closed:
            return
        if self._timer is not None:
            self._timer = None
            self._loop._timers.discard(self)
        try:
            if self._context is None:
                self._callback(*self._args)
            else:
                self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler(
                {
                    "message": "Exception in callback %s" % _format_callback(self._callback, self._args),
                    "exception": exc,
                    "handle": self,
                }
            )

    def __repr__(self):
        if self._cancelled:
            return "<%s cancelled>" % type(self).__name__
        return "<%s %r>" % (type(self).__name__, self._callback)


def _format_callback(callback, args):
    """`name(args) at file:line`, as asyncio's messages show a callback."""
    name = getattr(callback, "__qualname__", None) or repr(callback)
    text = "%s(%s)" % (name, ", ".join(repr(a) for a in args))
    code = getattr(callback, "__code__", None)
    if code is not None:
        text += " at %s:%s" % (code.co_filename, code.co_firstlineno)
    return text


class TimerHandle(Handle):
    _when = None

    def when(self):
        return self._when


class Future:
    """asyncio.Future: a result or an exception set once; the callbacks
    run on the loop when it is."""

    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def get_loop(self):
        return self._loop

    # A task's coroutine's own CancelledError: raised by the first look at
    # the outcome, later looks make a new one (as asyncio's Task).
    _cancelled_exc = None

    def _cancelled_error(self):
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for cb, context in callbacks:
            self._loop.call_soon(cb, self, context=context)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not set.")
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception.__traceback__)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._callbacks if cb[0] != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError(
                "StopIteration interacts badly with generators and cannot be raised into a Future"
            )
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            if _current_task is None:
                # Driven by Tornado's native runner, or by hand.
                yield _native_proxy(self)
            else:
                yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def _repr_state(self):
        if self._state == _FINISHED:
            if self._exception is not None:
                return "finished exception=%r" % (self._exception,)
            return "finished result=%r" % (self._result,)
        return self._state.lower()

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self._repr_state())

    def __del__(self):
        if not self._log_traceback:
            return
        self._log_traceback = False
        what = "Task" if isinstance(self, Task) else "Future"
        context = {
            "message": "%s exception was never retrieved" % what,
            "exception": self._exception,
            "future": self,
        }
        self._loop.call_exception_handler(context)


def _native_proxy(fut):
    """A native future settled as `fut` is."""
    native = _NativeFuture()

    def copy(f):
        if native.done():
            return
        if f.cancelled():
            # The CancelledError's message goes along (asyncio's Task
            # wakes its awaiter with the awaited one's error).
            exc, _ = _future_outcome(f)
            native.cancel(exc.args[0] if exc is not None and exc.args else None)
        elif f.exception() is not None:
            native.set_exception(f.exception())
        else:
            native.set_result(f.result())

    fut.add_done_callback(copy)
    return native


def _future_outcome(fut):
    """(exception, result) of a done future, native or not."""
    try:
        return None, fut.result()
    except BaseException as exc:
        return exc, None


class Task(Future):
    """Runs a coroutine on the loop, one step a callback: a future it
    awaits wakes it when done; cancel() throws CancelledError in."""

    # A task collected while pending is reported (run_until_complete's own
    # task is not: its loop stopped with it unfinished).
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_counter
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            self._log_traceback = False
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        if name is None:
            _task_counter += 1
            name = "Task-%d" % _task_counter
        self._name = str(name)
        # Each step runs in the task's own copy of the context variables.
        self._context = _copy_context() if context is None else context
        self._loop.call_soon(self._step)
        _register_task(self)

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        frame = getattr(self._coro, "cr_frame", None)
        return [frame] if frame is not None else []

    def print_stack(self, *, limit=None, file=None):
        pass

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None:
            cancelled = waiter.cancel(msg) if _takes_cancel_msg(waiter) else waiter.cancel()
            if cancelled:
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _settle(self, state, result=None, exception=None):
        self._result = result
        self._exception = exception
        self._state = state
        self._schedule_callbacks()
        if exception is not None:
            self._log_traceback = True

    def _step(self, exc=None):
        if self.done():
            return
        self._context.run(self._step_in_context, exc)

    def _step_in_context(self, exc):
        global _current_task
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        outer = _current_task
        _current_task = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                self._settle(_FINISHED, result=stop.value)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._settle(_FINISHED, exception=fatal)
            raise
        except BaseException as error:
            self._settle(_FINISHED, exception=error)
        else:
            self._waits_on(result)
        finally:
            _current_task = outer

    def _waits_on(self, result):
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is not None:
            if result is self:
                self._loop.call_soon(
                    self._step, RuntimeError("Task cannot await on itself: %r" % (self,))
                )
            elif blocking:
                result._asyncio_future_blocking = False
                self._wait(result)
            else:
                self._loop.call_soon(
                    self._step,
                    RuntimeError(
                        "yield was used instead of yield from in task %r with %r" % (self, result)
                    ),
                )
        elif _tornado.is_future(result):
            self._wait(result)
        elif result is None:
            self._loop.call_soon(self._step)
        else:
            import types

            if isinstance(result, types.GeneratorType):
                msg = "yield was used instead of yield from for generator in task %r with %r" % (
                    self,
                    result,
                )
            else:
                msg = "Task got bad yield: %r" % (result,)
            self._loop.call_soon(self._step, RuntimeError(msg))

    def _wait(self, fut):
        fut.add_done_callback(self._wakeup)
        self._fut_waiter = fut
        if self._must_cancel:
            cancelled = (
                fut.cancel(self._cancel_message) if _takes_cancel_msg(fut) else fut.cancel()
            )
            if cancelled:
                self._must_cancel = False

    def _wakeup(self, fut):
        exc, _ = _future_outcome(fut)
        self._step(exc)

    def __repr__(self):
        return "<Task %s name=%r coro=%r>" % (self._repr_state(), self._name, self._coro)

    def __del__(self):
        if self._state == "PENDING" and self._log_destroy_pending:
            self._loop.call_exception_handler(
                {"task": self, "message": "Task was destroyed but it is pending!"}
            )
        super().__del__()


def _takes_cancel_msg(fut):
    """Whether fut.cancel() takes a message: asyncio's futures and
    Tornado's native ones do."""
    return isinstance(fut, Future) or _tornado.is_future(fut)


def _native_task(handle):
    """The one Task object of a native task runner (made when asked for)."""
    task = handle.facade()
    if task is None:
        task = _NativeTask(handle)
        handle.set_facade(task)
    return task


class _NativeTask(Task):
    """The Task of a coroutine driven by whirl's native runner (what
    Tornado's convert_yielded makes of a coroutine): its outcome is the
    runner's native future, cancel() throws CancelledError into it."""

    def __init__(self, handle):
        global _task_counter
        self._handle = handle
        self._future = handle.future()
        self._loop = get_event_loop()
        self._callbacks = []
        _task_counter += 1
        self._name = "Task-%d" % _task_counter

    def get_coro(self):
        return self._handle.coro()

    @property
    def _coro(self):
        return self._handle.coro()

    def done(self):
        return self._future.done()

    def cancelled(self):
        return self._future.cancelled()

    def result(self):
        return self._future.result()

    def exception(self):
        return self._future.exception()

    def add_done_callback(self, fn, *, context=None):
        def call(_, fn=fn, context=context):
            if context is None:
                fn(self)
            else:
                context.run(fn, self)

        self._callbacks.append((fn, call))
        self._future.add_done_callback(call)

    def remove_done_callback(self, fn):
        removed = 0
        for entry in list(self._callbacks):
            if entry[0] == fn:
                self._callbacks.remove(entry)
                removed += self._future.remove_done_callback(entry[1])
        return removed

    def cancel(self, msg=None):
        return self._handle.cancel(msg)

    def cancelling(self):
        return self._handle.cancelling()

    def uncancel(self):
        return self._handle.uncancel()

    def __await__(self):
        return (yield from self._future.__await__())

    __iter__ = __await__

    def _repr_state(self):
        f = self._future
        if not f.done():
            return "pending"
        if f.cancelled():
            return "cancelled"
        if f.exception() is not None:
            return "finished exception=%r" % (f.exception(),)
        return "finished result=%r" % (f.result(),)

    def __del__(self):
        pass


# It is asyncio's Task to whoever looks (type(task).__name__, repr).
_NativeTask.__name__ = _NativeTask.__qualname__ = "Task"


def ensure_future(obj, *, loop=None):
    if isfuture(obj):
        return obj
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(obj):
        return loop.create_task(obj)
    if hasattr(obj, "__await__"):
        return loop.create_task(_await(obj))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _await(awaitable):
    return await awaitable


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name, context=context)


class EventLoop:
    """An asyncio event loop: a view of the native loop with asyncio's
    state of its own (closed, exception handler, async generators)."""

    def __init__(self):
        self._closed = False
        self._running = False
        self._exception_handler = None
        self._asyncgens = None
        self._asyncgens_shutdown_called = False
        self._debug = False
        # Timers waiting in the native loop, removed from it by close().
        self._timers = set()

    def __repr__(self):
        return "<%s running=%s closed=%s debug=%s>" % (
            type(self).__name__,
            self.is_running(),
            self._closed,
            self._debug,
        )

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def time(self):
        return _tornado.time()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        _tornado.add_callback(handle._run)
        return handle

    call_soon_threadsafe = call_soon

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        handle = TimerHandle(callback, args, self, context)
        handle._when = when
        handle._timer = _tornado.call_at(when, handle._run)
        self._timers.add(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name, context=context)

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def _check_runnable(self):
        self._check_closed()
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _running_loop is not None or _tornado.is_running():
            raise RuntimeError("Cannot run the event loop while another loop is running")

    def run_forever(self):
        global _running_loop
        self._check_runnable()
        hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter, finalizer=self._asyncgen_finalizer)
        self._running = True
        _running_loop = self
        try:
            _tornado.start()
        finally:
            _running_loop = None
            self._running = False
            sys.set_asyncgen_hooks(*hooks)

    def run_until_complete(self, future):
        self._check_runnable()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False

        def stop(fut):
            _tornado.stop()

        future.add_done_callback(stop)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(stop)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        _tornado.stop()

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        timers, self._timers = self._timers, set()
        for handle in timers:
            handle.cancel()

    def _asyncgen_firstiter(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings

            warnings.warn(
                "asynchronous generator %r was scheduled after loop.shutdown_asyncgens() call"
                % (agen,),
                ResourceWarning,
                source=self,
            )
        if self._asyncgens is None:
            import weakref

            self._asyncgens = weakref.WeakSet()
        self._asyncgens.add(agen)

    def _asyncgen_finalizer(self, agen):
        if self._asyncgens is not None:
            self._asyncgens.discard(agen)
        if not self._closed:
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        agens = list(self._asyncgens)
        self._asyncgens.clear()
        from asyncio import gather

        results = await gather(*[ag.aclose() for ag in agens], return_exceptions=True)
        for result, agen in zip(results, agens):
            if isinstance(result, Exception):
                self.call_exception_handler(
                    {
                        "message": "an error occurred during closing of asynchronous generator %r"
                        % (agen,),
                        "exception": result,
                        "asyncgen": agen,
                    }
                )

    async def shutdown_default_executor(self):
        pass

    def run_in_executor(self, executor, func, *args):
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except Exception as e:
            fut.set_exception(e)
        return fut

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError("A callable object or None is expected, got %r" % (handler,))
        self._exception_handler = handler

    def default_exception_handler(self, context):
        lines = [context.get("message") or "Unhandled exception in event loop"]
        for key in sorted(context):
            if key not in ("message", "exception"):
                lines.append("%s: %r" % (key, context[key]))
        exc = context.get("exception")
        exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else False
        # Through the "asyncio" logger, as asyncio reports (an application
        # or a test may capture it); unconfigured, it still reaches stderr.
        import logging

        logging.getLogger("asyncio").error("\n".join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        handler = self._exception_handler
        if handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
            return
        try:
            handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler(
                    {
                        "message": "Unhandled error in exception handler",
                        "exception": exc,
                        "context": context,
                    }
                )
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass


AbstractEventLoop = EventLoop
BaseEventLoop = EventLoop
SelectorEventLoop = EventLoop
AbstractEventLoopPolicy = DefaultEventLoopPolicy
