"""types: names for the types of the interpreter's own objects (the
classes of values made here), and SimpleNamespace."""

import sys


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine():
    pass


_c = _coroutine()
CoroutineType = type(_c)
_c.close()
del _c


class _C:
    def _method(self):
        pass


MethodType = type(_C()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)


def _cell():
    x = 1

    def inner():
        return x

    return inner.__closure__[0]


CellType = type(_cell())

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
MappingProxyType = type(type.__dict__)


class _Slotted:
    __slots__ = ("slot",)


MemberDescriptorType = type(_Slotted.slot)
del _Slotted


class _WithDict:
    pass


GetSetDescriptorType = type(_WithDict.__dict__["__dict__"])
del _WithDict
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made
    with; compared by its attributes."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        items = ("{}={!r}".format(k, v) for k, v in self.__dict__.items())
        return "{}({})".format(name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns)


class _GeneratorWrapper:
    """What a types.coroutine function returns: its generator, made
    awaitable (whirl cannot mark the generator's own code as an iterable
    coroutine, as CPython does)."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    """Makes a generator-based coroutine function: calling it gives an
    object `await` accepts."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    code = getattr(func, "__code__", None)
    if code is not None and code.co_flags & 0x180:
        return func  # already a coroutine (or marked iterable coroutine)
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro).__name__ in ("coroutine", "_GeneratorWrapper"):
            return coro
        if type(coro).__name__ == "generator":
            return _GeneratorWrapper(coro)
        return coro

    return wrapped


del sys, _function, _generator, _coroutine, _C, _cell

from _generic_alias import GenericAlias, UnionType  # noqa: E402


def __getattr__(name):
    # Made on first use: an async generator brings in the `_asyncgen`
    # module, which most programs importing types never need.
    if name == "AsyncGeneratorType":
        async def _asyncgen():
            yield

        t = type(_asyncgen())
        globals()["AsyncGeneratorType"] = t
        return t
    raise AttributeError(f"module 'types' has no attribute '{name}'")
