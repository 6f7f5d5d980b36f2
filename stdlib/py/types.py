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


def _union_arg_repr(arg):
    if arg is type(None):
        return "None"
    if isinstance(arg, type):
        if arg.__module__ == "builtins":
            return arg.__qualname__
        return "%s.%s" % (arg.__module__, arg.__qualname__)
    if arg is Ellipsis:
        return "..."
    return repr(arg)


def _unionable(x):
    return (x is None or isinstance(x, (type, UnionType)) or hasattr(x, "__origin__")
            or type(x).__name__ in ("TypeVar", "ParamSpec", "TypeVarTuple"))


class UnionType:
    """`X | Y` of types (PEP 604): usable in annotations and as the second
    argument of isinstance() and issubclass()."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        return " | ".join(_union_arg_repr(a) for a in self.__args__)

    @property
    def __parameters__(self):
        found = []
        for arg in self.__args__:
            for p in getattr(arg, "__parameters__", ()) if not isinstance(arg, type) else ():
                if p not in found:
                    found.append(p)
            if type(arg).__name__ in ("TypeVar", "ParamSpec", "TypeVarTuple") and arg not in found:
                found.append(arg)
        return tuple(found)

    def _checkable_args(self):
        for arg in self.__args__:
            if not isinstance(arg, type):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return self.__args__

    def __instancecheck__(self, obj):
        return isinstance(obj, self._checkable_args())

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._checkable_args())


UnionType.__module__ = "types"


def _type_or(left, right):
    """`left | right` where one side is a type (the VM's `type.__or__`)."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    args = []
    for side in (left, right):
        parts = side.__args__ if isinstance(side, UnionType) else (type(None) if side is None else side,)
        for part in parts:
            if part not in args:
                args.append(part)
    if len(args) == 1:
        return args[0]
    union = object.__new__(UnionType)
    union.__args__ = tuple(args)
    return union
