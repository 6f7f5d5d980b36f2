"""contextlib: utilities for `with` statements (whirl's own).

contextmanager turns a generator into a context manager: __enter__ runs it
to its yield; __exit__ resumes it, or throws the exception that ended the
block into it at the yield. ExitStack keeps a stack of exit callbacks and
runs them in reverse, each seeing the exception the previous one left.
"""

import sys
from abc import ABCMeta, abstractmethod
from functools import wraps

__all__ = [
    "asynccontextmanager",
    "contextmanager",
    "closing",
    "nullcontext",
    "AbstractContextManager",
    "AbstractAsyncContextManager",
    "AsyncExitStack",
    "ContextDecorator",
    "ExitStack",
    "redirect_stdout",
    "redirect_stderr",
    "suppress",
    "aclosing",
    "chdir",
]


def _defines(C, *methods):
    """True when C's MRO defines every method (not as None), else
    NotImplemented: what the ABCs' __subclasshook__ answers."""
    for method in methods:
        for klass in C.__mro__:
            if method in klass.__dict__:
                if klass.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(metaclass=ABCMeta):
    """An ABC for context managers: __enter__ returns self; subclasses
    supply __exit__. Any class defining both counts as a subclass."""

    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(metaclass=ABCMeta):
    """An ABC for asynchronous context managers."""

    async def __aenter__(self):
        return self

    @abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator:
    """Lets a context manager decorate a function: each call runs inside
    a `with` of the manager (a fresh one, for one-shot managers)."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)

        return inner


class AsyncContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)

        return inner


class _GeneratorContextManagerBase:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # A generator runs once: a decorated function needs a new one per call.
        return self.__class__(self.func, self.args, self.kwds)


def _keep_traceback(exc, tb):
    try:
        exc.__traceback__ = tb
    except (AttributeError, TypeError):
        pass


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager."""

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught the exception and finished: suppressed,
            # unless what stopped it is the exception itself.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                _keep_traceback(exc, traceback)
                return False
            # A StopIteration thrown in comes back wrapped by PEP 479.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                _keep_traceback(value, traceback)
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            _keep_traceback(exc, traceback)
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager, AsyncContextDecorator):
    """Helper for @asynccontextmanager."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                _keep_traceback(exc, traceback)
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                _keep_traceback(value, traceback)
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            _keep_traceback(exc, traceback)
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager: a generator function yielding once becomes a
    factory of context managers; the yielded value is what `as` binds."""

    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    return helper


def asynccontextmanager(func):
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)

    return helper


class closing(AbstractContextManager):
    """Calls thing.close() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that one instance can be entered again while active.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Sends sys.stdout elsewhere for the duration of the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends sys.stderr elsewhere for the duration of the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallows the listed exceptions raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing (for optional `with` targets)."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Changes the working directory for the block."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os

        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os

        os.chdir(self._old_cwd.pop())


def _protocol_error(cm, what):
    cls = type(cm)
    return TypeError(
        "'%s.%s' object does not support the %s protocol" % (cls.__module__, cls.__qualname__, what)
    )


def _link_context(new_exc, old_exc, frame_exc):
    """An exit callback raised new_exc while old_exc was pending: make
    old_exc its context, as if the callbacks had been nested `with`s."""
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


class _BaseExitStack:
    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves the callbacks to a new stack, which is returned."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Adds a context manager's __exit__, or any callable taking the
        exception details, to the stack."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enters cm and pushes its __exit__; returns what __enter__ did."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise _protocol_error(cm, "context manager") from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Pushes a call of callback(*args, **kwds) that ignores exceptions' details."""

        def exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)

        exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)

        exit_wrapper.__self__ = cm
        self._push_exit_callback(exit_wrapper, True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Runs a dynamic set of exit callbacks, last pushed first, when the
    `with` block ends (or at close())."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _link_context(new_exc, exc_details[1], frame_exc)
                pending = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending:
            exc = exc_details[1]
            context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = context  # keep what _link_context chose
                raise
        return received_exc and suppressed

    def close(self):
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for `async with`: callbacks may be coroutine functions."""

    async def enter_async_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise _protocol_error(cm, "asynchronous context manager") from None
        result = await enter(cm)
        self._push_async_cm_exit(cm, exit)
        return result

    def push_async_exit(self, exit):
        exit_method = getattr(type(exit), "__aexit__", None)
        if exit_method is None:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)

        exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(exit_wrapper, False)
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    def _push_async_cm_exit(self, cm, cm_exit):
        async def exit_wrapper(exc_type, exc, tb):
            return await cm_exit(cm, exc_type, exc, tb)

        exit_wrapper.__self__ = cm
        self._push_exit_callback(exit_wrapper, False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    done = cb(*exc_details)
                else:
                    done = await cb(*exc_details)
                if done:
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _link_context(new_exc, exc_details[1], frame_exc)
                pending = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending:
            exc = exc_details[1]
            context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = context
                raise
        return received_exc and suppressed
