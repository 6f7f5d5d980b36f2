"""Async generator objects (see vm/src/interp/asyncgen.rs).

The body of an `async def` that yields runs as a coroutine frame (`_gen`);
its `yield v` hands out `_Wrapped(v)`, anything else it yields comes from
an `await` and goes on to the event loop. The awaitables below drive that
frame and turn a wrapped value into their own result (StopIteration)."""

_INIT, _ITER, _DONE = 0, 1, 2

_hooks = [None, None]  # firstiter, finalizer: sys.set_asyncgen_hooks


class _Wrapped:
    pass


class asyncgen_hooks(tuple):
    def __new__(cls, firstiter, finalizer):
        return tuple.__new__(cls, (firstiter, finalizer))

    @property
    def firstiter(self):
        return self[0]

    @property
    def finalizer(self):
        return self[1]

    def __repr__(self):
        return "asyncgen_hooks(firstiter=%r, finalizer=%r)" % (self[0], self[1])


_unset = object()


def get_asyncgen_hooks():
    return asyncgen_hooks(_hooks[0], _hooks[1])


def set_asyncgen_hooks(firstiter=_unset, finalizer=_unset):
    if finalizer is not _unset and finalizer is not None and not callable(finalizer):
        raise TypeError("callable finalizer expected, got %s" % type(finalizer).__name__)
    if firstiter is not _unset and firstiter is not None and not callable(firstiter):
        raise TypeError("callable firstiter expected, got %s" % type(firstiter).__name__)
    if firstiter is not _unset:
        _hooks[0] = firstiter
    if finalizer is not _unset:
        _hooks[1] = finalizer


class async_generator:
    def __init__(self, gen):
        self._gen = gen
        self._running = False
        self._closed = False
        self._hooked = False
        self._finalizer = None
        self._stepped = False
        self.__name__ = gen.__name__
        self.__qualname__ = gen.__qualname__

    def _init_hooks(self):
        if self._hooked:
            return
        self._hooked = True
        firstiter, finalizer = _hooks
        self._finalizer = finalizer
        if firstiter is not None:
            firstiter(self)

    def __aiter__(self):
        return self

    def __anext__(self):
        self._init_hooks()
        return async_generator_asend(self, None)

    def asend(self, value):
        self._init_hooks()
        return async_generator_asend(self, value)

    def athrow(self, typ, val=None, tb=None):
        self._init_hooks()
        return async_generator_athrow(self, (typ, val, tb), False)

    def aclose(self):
        self._init_hooks()
        return async_generator_athrow(self, None, True)

    @property
    def ag_running(self):
        return self._running

    @property
    def ag_frame(self):
        return self._gen.cr_frame

    @property
    def ag_code(self):
        return self._gen.cr_code

    @property
    def ag_await(self):
        return self._gen.cr_await

    def __repr__(self):
        return "<async_generator object %s at %#x>" % (self._gen.__qualname__, id(self))

    def __del__(self):
        # Started and unfinished: the event loop's finalizer (asyncio's
        # aclose() task) gets it; without one the frame is closed as it
        # goes, as a dropped generator's.
        if self._finalizer is not None and not self._closed and self._stepped:
            self._finalizer(self)

    def _step(self, op, arg):
        """Runs the frame one step with `op(arg)`; a wrapped value ends
        the awaitable (StopIteration), anything else passes through."""
        self._stepped = True
        try:
            r = op(*arg)
        except StopIteration:
            # `return` (or falling off the end) in the body.
            self._running = False
            self._closed = True
            raise StopAsyncIteration
        except StopAsyncIteration as e:
            self._running = False
            self._closed = True
            raise RuntimeError("async generator raised StopAsyncIteration") from e
        except RuntimeError as e:
            self._running = False
            self._closed = True
            if str(e) == "coroutine raised StopIteration":
                raise RuntimeError("async generator raised StopIteration") from e.__cause__
            raise
        except BaseException:
            self._running = False
            self._closed = True
            raise
        if type(r) is _Wrapped:
            self._running = False
            raise StopIteration(r.value)
        return r


class async_generator_asend:
    def __init__(self, agen, value):
        self._agen = agen
        self._value = value
        self._state = _INIT

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        agen = self._agen
        if self._state == _DONE:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        if self._state == _INIT:
            if agen._running:
                self._state = _DONE
                raise RuntimeError("anext(): asynchronous generator is already running")
            if agen._closed:
                self._state = _DONE
                raise StopAsyncIteration
            if value is None:
                value = self._value
            if value is not None and not agen._stepped:
                self._state = _DONE
                raise TypeError("can't send non-None value to a just-started async generator")
            self._state = _ITER
            agen._running = True
        try:
            return agen._step(agen._gen.send, (value,))
        except BaseException:
            self._state = _DONE
            raise

    def throw(self, typ, val=None, tb=None):
        agen = self._agen
        if self._state == _DONE:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        try:
            return agen._step(agen._gen.throw, (typ, val, tb))
        except BaseException:
            self._state = _DONE
            raise

    def close(self):
        self._state = _DONE


def _check_throw_args(typ, val, tb):
    """throw()'s argument errors, raised before the frame is touched."""
    if tb is not None and type(tb).__name__ != "traceback":
        raise TypeError("throw() third argument must be a traceback object")
    if isinstance(typ, type) and issubclass(typ, BaseException):
        return
    if isinstance(typ, BaseException):
        if val is not None:
            raise TypeError("instance exception may not have a separate value")
        return
    raise TypeError(
        "exceptions must be classes or instances deriving from BaseException, not %s"
        % type(typ).__name__
    )


class async_generator_athrow:
    def __init__(self, agen, args, close):
        self._agen = agen
        self._args = args
        self._close = close
        self._state = _INIT

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _check(self, r):
        # aclose(): the body may await in its `finally`, not yield.
        if self._close and type(r) is _Wrapped:
            self._agen._running = False
            self._state = _DONE
            raise RuntimeError("async generator ignored GeneratorExit")
        return r

    def _run(self, op, arg):
        agen = self._agen
        try:
            r = op(*arg)
        except (StopIteration, StopAsyncIteration, GeneratorExit) as e:
            self._state = _DONE
            agen._running = False
            agen._closed = True
            if self._close:
                raise StopIteration from None
            if isinstance(e, StopAsyncIteration):
                raise RuntimeError("async generator raised StopAsyncIteration") from e
            if isinstance(e, StopIteration):
                raise StopAsyncIteration from None
            raise
        except BaseException:
            self._state = _DONE
            agen._running = False
            agen._closed = True
            raise
        if type(r) is _Wrapped:
            if self._close:
                return self._check(r)
            self._state = _DONE
            agen._running = False
            raise StopIteration(r.value)
        return r

    def send(self, value):
        agen = self._agen
        if self._state == _DONE:
            raise RuntimeError("cannot reuse already awaited aclose()/athrow()")
        if self._state == _INIT:
            if agen._running:
                self._state = _DONE
                what = "aclose" if self._close else "athrow"
                raise RuntimeError("%s(): asynchronous generator is already running" % what)
            if agen._closed:
                self._state = _DONE
                raise StopIteration
            if not self._close:
                try:
                    _check_throw_args(*self._args)
                except TypeError:
                    self._state = _DONE
                    raise
            self._state = _ITER
            agen._running = True
            agen._stepped = True
            if self._close:
                return self._run(agen._gen.throw, (GeneratorExit,))
            return self._run(agen._gen.throw, self._args)
        return self._run(agen._gen.send, (value,))

    def throw(self, typ, val=None, tb=None):
        if self._state == _DONE:
            raise RuntimeError("cannot reuse already awaited aclose()/athrow()")
        agen = self._agen
        return self._run(agen._gen.throw, (typ, val, tb))

    def close(self):
        self._state = _DONE


class _ANextDefault:
    """anext(iterator, default): the iterator's __anext__() awaitable,
    with StopAsyncIteration turned into the default."""

    def __init__(self, awaitable, default):
        self._awaitable = awaitable
        self._it = None
        self._default = default

    def _iter(self):
        # As `await` would: the iterator of the awaitable, got at the
        # first step, with await's errors.
        it = self._it
        if it is None:
            aw = self._awaitable
            if type(aw).__name__ == "coroutine":
                it = aw.__await__()
            else:
                method = getattr(type(aw), "__await__", None)
                if method is None:
                    raise TypeError(
                        "object %s can't be used in 'await' expression" % type(aw).__name__
                    )
                it = method(aw)
                if type(it).__name__ == "coroutine":
                    raise TypeError("__await__() returned a coroutine")
                if not hasattr(it, "__next__"):
                    raise TypeError(
                        "__await__() returned non-iterator of type '%s'" % type(it).__name__
                    )
            self._it = it
            self._awaitable = None
        return it

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _wrap(self, op, arg):
        try:
            return op(*arg)
        except StopAsyncIteration:
            raise StopIteration(self._default) from None

    def send(self, value):
        it = self._iter()
        if value is None and not hasattr(it, "send"):
            return self._wrap(it.__next__, ())
        return self._wrap(it.send, (value,))

    def throw(self, typ, val=None, tb=None):
        return self._wrap(self._iter().throw, (typ, val, tb))

    def close(self):
        close = getattr(self._iter(), "close", None)
        if close is not None:
            close()


def anext_default(awaitable, default):
    return _ANextDefault(awaitable, default)


class coroutine_wrapper:
    """What `coroutine.__await__()` returns: the coroutine, driven as an
    iterator (whirl's coroutines are not iterators themselves)."""

    def __init__(self, coro):
        self._coro = coro

    def __iter__(self):
        return self

    def __next__(self):
        return self._coro.send(None)

    def send(self, value):
        return self._coro.send(value)

    def throw(self, typ, val=None, tb=None):
        return self._coro.throw(typ, val, tb)

    def close(self):
        return self._coro.close()

    def __repr__(self):
        return "<coroutine_wrapper object at %#x>" % id(self)


coroutine_wrapper.__module__ = "builtins"
