"""unittest.mock, whirl's own: Mock, MagicMock (magic methods configured),
patch / patch.object / patch.dict / patch.multiple, call, ANY, sentinel,
DEFAULT, side_effect, return_value, the assert_* methods with CPython's
messages, call_args / call_args_list / mock_calls / method_calls, spec.

Each mock gets a class of its own, so that magic methods set on one mock
(`m.__len__.return_value = 3`) stay on that mock: the class attribute is
a descriptor (_MagicProxy) that creates the magic method's child mock on
first use and puts it in its place.

create_autospec (and patch's autospec=True) check calls against the
signatures inspect.signature gives; mocks compare calls by binding them
to their spec's signature too. AsyncMock (and any mock specced on an async
function) returns coroutines and records awaits."""

import sys
import builtins
from functools import wraps
from unittest.util import safe_repr, pformat

__all__ = ("Mock", "MagicMock", "patch", "sentinel", "DEFAULT", "ANY", "call", "create_autospec",
           "AsyncMock", "FILTER_DIR", "NonCallableMock", "NonCallableMagicMock", "mock_open",
           "PropertyMock", "seal")

FILTER_DIR = True


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel.%s" % self.name

    def __reduce__(self):
        return "sentinel.%s" % self.name


class _Sentinels:
    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name == "__bases__":
            raise AttributeError
        made = self._made
        if name not in made:
            made[name] = _SentinelObject(name)
        return made[name]


sentinel = _Sentinels()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _AnyType:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return 0

    def __repr__(self):
        return "<ANY>"


ANY = _AnyType()


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


def _format_args(args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend("%s=%r" % (k, v) for k, v in kwargs.items())
    return ", ".join(parts)


def _format_call_signature(name, args, kwargs):
    return "%s(%s)" % (name, _format_args(args, kwargs))


_TUPLE_NAMES = frozenset(tuple.__dict__)


class _Call(tuple):
    """A recorded call: (args, kwargs) for call_args, (name, args, kwargs)
    in mock_calls; `call` builds them for comparisons."""

    def __new__(cls, value=(), name="", parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        n = len(value)
        if n == 3:
            name, args, kwargs = value
        elif n == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif n == 1:
            (v,) = value
            if isinstance(v, str):
                name = v
            elif isinstance(v, tuple):
                args = v
            else:
                kwargs = v
        if two:
            self = tuple.__new__(cls, (args, kwargs))
        else:
            self = tuple.__new__(cls, (name, args, kwargs))
        return self

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return "", args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            n = len(other)
        except TypeError:
            return NotImplemented
        my_name, my_args, my_kwargs = self._parts()
        if (getattr(self, "_mock_parent", None) is not None and getattr(other, "_mock_parent", None) is not None
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ""
        if n == 0:
            other_args, other_kwargs = (), {}
        elif n == 3:
            other_name, other_args, other_kwargs = other
        elif n == 1:
            (v,) = other
            if isinstance(v, tuple):
                other_args, other_kwargs = v, {}
            elif isinstance(v, str):
                other_name, other_args, other_kwargs = v, (), {}
            else:
                other_args, other_kwargs = (), v
        elif n == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if my_name and other_name != my_name:
            return False
        return (other_args, other_kwargs) == (my_args, my_kwargs)

    def __ne__(self, other):
        r = _Call.__eq__(self, other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = tuple.__hash__

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(("", args, kwargs), name="()")
        name = self._mock_name + "()"
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattribute__(self, attr):
        # tuple's own methods are call attributes too (`call.count(1)`,
        # `call().__getitem__('x')`).
        if attr in _TUPLE_NAMES:
            raise AttributeError(attr)
        return tuple.__getattribute__(self, attr)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name="%s.%s" % (self._mock_name, attr), parent=self, from_kall=False)


    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or "call"
            if name.startswith("()"):
                name = "call%s" % name
            return name
        name, args, kwargs = self._parts()
        if not name:
            name = "call"
        elif not name.startswith("()"):
            name = "call.%s" % name
        else:
            name = "call%s" % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        out = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                out.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(out))


call = _Call(from_kall=False)


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(0, len(self) - n + 1):
            if list(self[i:i + n]) == list(value):
                return True
        return False

    def __repr__(self):
        return pformat(list(self))


# -- magic methods
#
# _CONFIGURED: what a MagicMock sets up by itself (with the defaults below);
# _SETTABLE_ONLY: special methods a mock accepts being given but leaves
# alone otherwise; _ASYNC_MAGICS: those that a MagicMock makes AsyncMocks.

_NUMERIC_OPS = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow".split()
_CONFIGURED = frozenset(
    ["__%s__" % n for n in (
        "lt gt le ge eq ne getitem setitem delitem len contains iter hash str sizeof enter exit "
        "divmod rdivmod neg pos abs invert complex int float index round trunc floor ceil bool "
        "next fspath aiter").split()]
    + ["__%s__" % n for n in _NUMERIC_OPS]
    + ["__r%s__" % n for n in _NUMERIC_OPS]
    + ["__i%s__" % n for n in _NUMERIC_OPS]
)
_SETTABLE_ONLY = frozenset(
    "__get__ __set__ __delete__ __reversed__ __missing__ __reduce__ __reduce_ex__ "
    "__getinitargs__ __getnewargs__ __getstate__ __setstate__ __getformat__ __repr__ "
    "__dir__ __subclasses__ __format__ __getnewargs_ex__".split()
)
_ASYNC_MAGICS = frozenset(("__aenter__", "__aexit__", "__anext__"))
_SYNC_MAGICS = _CONFIGURED | _SETTABLE_ONLY
_ALL_MAGICS = _SYNC_MAGICS | _ASYNC_MAGICS
# The machinery of mocks relies on these: a mock refuses them.
_UNSUPPORTED_MAGICS = frozenset(
    "__getattr__ __setattr__ __init__ __new__ __prepare__ __instancecheck__ "
    "__subclasscheck__ __del__".split()
)
# Kept for code that looked at the old table.
_magics = _CONFIGURED | _ASYNC_MAGICS


def _is_magic(name):
    return len(name) > 4 and name[:2] == "__" and name[-2:] == "__" and name[2:-2].strip("_") == name[2:-2]


def _method_calling(name, func):
    """A method named `name` that calls func with the mock first."""

    def method(self, /, *args, **kw):
        return func(self, *args, **kw)

    method.__name__ = name
    return method


class InvalidSpecError(Exception):
    """Raised when a spec is not valid for the requested mock."""


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _is_list(obj):
    return type(obj) in (list, tuple)


def _callable(obj):
    """Whether a mock of obj should be callable: classes, functions and
    methods, static/class methods, and objects with __call__."""
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, _FUNCTION_TYPES[1])):
        return _callable(obj.__func__)
    return getattr(obj, "__call__", None) is not None


def _instance_callable(obj):
    """Whether instances of obj (a class, or an object's class) are callable."""
    if not isinstance(obj, type):
        return getattr(obj, "__call__", None) is not None
    for base in (obj,) + obj.__mro__:
        if base.__dict__.get("__call__") is not None:
            return True
    return False


def _is_async_func(obj):
    if getattr(obj, "__code__", None) is None:
        return False
    import inspect
    return inspect.iscoroutinefunction(obj)


def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    import inspect
    if hasattr(obj, "__func__"):
        obj = getattr(obj, "__func__")
    return inspect.iscoroutinefunction(obj) or inspect.isawaitable(obj)


def _check_spec_arg_typos(kwargs):
    for typo in ("autospect", "auto_spec", "set_spec"):
        if typo in kwargs:
            raise RuntimeError("%r might be a typo; use unsafe=True if this is intended" % typo)


def _extract_mock(obj):
    """The mock behind an autospecced function (its `mock` attribute)."""
    if isinstance(obj, _FUNCTION_TYPES) and hasattr(obj, "mock"):
        return obj.mock
    return obj


def _signature_of(spec, as_instance, eat_self):
    """(callable, inspect.Signature) that calls of a mock with this spec
    are checked against, or None when there is none to check."""
    import inspect
    if isinstance(spec, type) and not as_instance:
        func = spec.__init__
        eat_self = True
    elif isinstance(spec, (classmethod, staticmethod)):
        if isinstance(spec, classmethod):
            eat_self = True
        func = spec.__func__
    elif not isinstance(spec, _FUNCTION_TYPES):
        try:
            func = spec.__call__
        except AttributeError:
            return None
    else:
        func = spec
    try:
        sig = inspect.signature(func)
    except (ValueError, TypeError):
        return None
    if eat_self:
        params = list(sig.parameters.values())
        if params and params[0].kind in (params[0].POSITIONAL_ONLY, params[0].POSITIONAL_OR_KEYWORD):
            sig = sig.replace(parameters=params[1:])
        elif not params or params[0].kind != params[0].VAR_POSITIONAL:
            return None
    return func, sig


def _check_sig(spec, mock, skipfirst, instance=False):
    """Makes calls of `mock` checked against spec's signature (a TypeError
    as calling spec would raise), and inspect.signature(mock) give it."""
    found = _signature_of(spec, instance, skipfirst)
    if found is None:
        return
    sig = found[1]

    def checksig(self, /, *args, **kwargs):
        sig.bind(*args, **kwargs)

    own = type(mock)
    own._mock_check_sig = checksig
    own.__signature__ = sig


class _SpecState:
    """An autospecced attribute not made yet: made on first access."""

    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


def _iter_default(owner):
    def __iter__():
        rv = owner.__iter__._mock_return_value
        if rv is DEFAULT:
            return iter([])
        return iter(rv)
    return __iter__


def _aiter_default(owner):
    def __aiter__():
        rv = owner.__aiter__._mock_return_value
        if rv is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(rv))
    return __aiter__


def _eq_default(owner):
    def __eq__(other):
        rv = owner.__eq__._mock_return_value
        if rv is not DEFAULT:
            return rv
        if owner is other:
            return True
        return NotImplemented
    return __eq__


def _ne_default(owner):
    def __ne__(other):
        if owner.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if owner is other:
            return False
        return NotImplemented
    return __ne__


# A MagicMock's magic methods: fixed return values, values computed from
# the mock, and behaviours given as side effects.
_RETURN_DEFAULTS = {
    "__lt__": NotImplemented, "__gt__": NotImplemented, "__le__": NotImplemented, "__ge__": NotImplemented,
    "__int__": 1, "__contains__": False, "__len__": 0, "__exit__": False, "__complex__": 1j,
    "__float__": 1.0, "__bool__": True, "__index__": 1, "__aexit__": False,
}
_COMPUTED_DEFAULTS = {
    "__hash__": lambda self: object.__hash__(self),
    "__str__": lambda self: object.__str__(self),
    "__sizeof__": lambda self: _object_sizeof(self),
    "__fspath__": lambda self: "%s/%s/%s" % (type(self).__name__, self._extract_mock_name(), id(self)),
}
_SIDE_EFFECT_DEFAULTS = {
    "__eq__": _eq_default, "__ne__": _ne_default, "__iter__": _iter_default, "__aiter__": _aiter_default,
}


def _object_sizeof(obj):
    try:
        return object.__sizeof__(obj)
    except AttributeError:
        return sys.getsizeof(object())


def _set_magic_default(owner, method, name):
    fixed = _RETURN_DEFAULTS.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    computed = _COMPUTED_DEFAULTS.get(name)
    if computed is not None:
        method.return_value = computed(owner)
        return
    effect = _SIDE_EFFECT_DEFAULTS.get(name)
    if effect is not None:
        method.side_effect = effect(owner)


class _AsyncIterator:
    """What a MagicMock's __aiter__ gives: its return_value, asynchronously."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class _MagicProxy:
    """Stands on a MagicMock's class for one magic method until first used;
    then it makes the method's child mock and puts it in its own place."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        name = self.name
        parent = self.parent
        m = parent._get_child_mock(name=name, _new_name=name, _new_parent=parent)
        setattr(parent, name, m)
        _set_magic_default(parent, m, name)
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()


def _check_and_set_parent(parent, value, name, new_name):
    """Adopts `value` as parent's child when it is a mock of nobody's;
    False when it is not one, or is named, or adopting it closes a loop."""
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    vd = value.__dict__
    if (vd.get("_mock_name") or vd.get("_mock_new_name") or vd.get("_mock_parent") is not None
            or vd.get("_mock_new_parent") is not None):
        return False
    p = parent
    while p is not None:
        if p is value:
            return False
        p = p.__dict__.get("_mock_new_parent")
    if new_name:
        vd["_mock_new_parent"] = parent
        vd["_mock_new_name"] = new_name
    if name:
        vd["_mock_parent"] = parent
        vd["_mock_name"] = name
    return True


def _is_ancestor(candidate, mock):
    """Whether candidate is mock or one of its parents: making it mock's
    child would close a loop."""
    while mock is not None:
        if mock is candidate:
            return True
        mock = mock.__dict__.get("_mock_new_parent")
    return False


# Names a mock keeps in its own __dict__ (set without the child logic).
_OWN_NAMES = frozenset((
    "called", "call_count", "call_args", "call_args_list", "mock_calls", "method_calls",
    "_spec_class", "_spec_set", "_mock_methods", "_spec_signature", "_spec_asyncs",
    "await_count", "await_args", "await_args_list",
))


class Base:
    def __init__(self, /, *args, **kwargs):
        pass


class NonCallableMock(Base):
    """A mock that can't be called; Mock adds the calling."""

    def __new__(cls, /, *args, **kw):
        # Each mock gets a class of its own: special methods set on it
        # (looked up on the type) stay on it. A mock specced on an async
        # function or object gets AsyncMock's behaviour.
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            spec_arg = kw.get("spec_set", kw.get("spec"))
            if spec_arg is None and args:
                spec_arg = args[0]
            if spec_arg is not None and _is_async_obj(spec_arg):
                bases = (AsyncMockMixin, cls)
        own = type(cls.__name__, bases, {"__doc__": cls.__doc__, "_mock_klass": cls})
        return object.__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None, _spec_state=None,
                 _new_name="", _new_parent=None, _spec_as_instance=False, _eat_self=None, unsafe=False,
                 **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d["_mock_parent"] = parent
        d["_mock_name"] = name
        d["_mock_new_name"] = _new_name
        d["_mock_new_parent"] = _new_parent
        d["_mock_sealed"] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        d["_mock_children"] = {}
        d["_mock_wraps"] = wraps
        d["_mock_delegate"] = None
        d["_mock_called"] = False
        d["_mock_unsafe"] = unsafe
        d["method_calls"] = _CallList()
        d.setdefault("_mock_return_value", DEFAULT)
        d.setdefault("_mock_side_effect", None)
        self._mock_reset_counts()
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_reset_counts(self):
        d = self.__dict__
        d["called"] = False
        d["call_args"] = None
        d["call_count"] = 0
        d["call_args_list"] = _CallList()
        d["mock_calls"] = _CallList()
        self._mock_sync_delegate()

    def _mock_sync_delegate(self):
        # An autospecced function shows the record of the mock it calls.
        d = self.__dict__
        delegate = d.get("_mock_delegate")
        if delegate is not None:
            for name in ("called", "call_args", "call_count", "call_args_list", "mock_calls", "method_calls"):
                setattr(delegate, name, d[name])

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError("Cannot spec a Mock object. [object=%r]" % (spec,))
        spec_class = None
        signature = None
        asyncs = []
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            found = _signature_of(spec, _spec_as_instance, _eat_self)
            signature = found and found[1]
            names = dir(spec)
            import inspect
            for attr in names:
                try:
                    value = getattr(spec, attr, None)
                except Exception:
                    continue
                if inspect.iscoroutinefunction(value):
                    asyncs.append(attr)
            spec = names
        d = self.__dict__
        d["_spec_class"] = spec_class
        d["_spec_set"] = spec_set
        d["_spec_signature"] = signature
        d["_mock_methods"] = spec
        d["_spec_asyncs"] = asyncs

    def mock_add_spec(self, spec, spec_set=False):
        """Restricts the mock's attributes to those of spec."""
        self._mock_add_spec(spec, spec_set)

    def attach_mock(self, mock, attribute):
        """Makes `mock` this mock's attribute `attribute`, its calls
        recorded in this one's method_calls and mock_calls."""
        inner = _extract_mock(mock)
        d = inner.__dict__
        d["_mock_parent"] = None
        d["_mock_new_parent"] = None
        d["_mock_name"] = ""
        d["_mock_new_name"] = None
        setattr(self, attribute, mock)

    def _get_child_mock(self, /, **kw):
        new_name = kw.get("_new_name")
        if self._mock_sealed:
            attribute = ".%s" % kw["name"] if "name" in kw else "()"
            raise AttributeError(self._extract_mock_name() + attribute)
        if new_name in self.__dict__.get("_spec_asyncs", ()):
            return AsyncMock(**kw)
        own = type(self)
        if issubclass(own, MagicMock) and new_name in _ASYNC_MAGICS:
            klass = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            methods = self._mock_methods
            if new_name in _SYNC_MAGICS or (methods and new_name in methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(own, CallableMixin):
            if issubclass(own, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        else:
            klass = own.__dict__.get("_mock_klass", own)
        return klass(**kw)

    def __get_return_value(self):
        rv = self._mock_return_value
        delegate = self._mock_delegate
        if delegate is not None:
            rv = delegate.return_value
        if rv is DEFAULT:
            rv = self._get_child_mock(_new_parent=self, _new_name="()")
            self.return_value = rv
        return rv

    def __set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self.__dict__["_mock_return_value"] = value
            _check_and_set_parent(self, value, None, "()")

    return_value = property(__get_return_value, __set_return_value,
                            doc="What calling the mock returns (a child mock unless set).")

    def __get_side_effect(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self._mock_side_effect
        effect = delegate.side_effect
        if effect is not None and not callable(effect) and not isinstance(effect, _MockIter) \
                and not _is_exception(effect):
            effect = _MockIter(effect)
            delegate.side_effect = effect
        return effect

    def __set_side_effect(self, value):
        value = _try_iter(value)
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__["_mock_side_effect"] = value
        else:
            delegate.side_effect = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def __get_class(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    __class__ = property(__get_class, lambda self, value: self.__dict__.__setitem__("_spec_class", value))

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forgets the calls made (children too); return_value and
        side_effect too when asked."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self._mock_reset_counts()
        self.__dict__["method_calls"] = _CallList()
        if return_value:
            self.__dict__["_mock_return_value"] = DEFAULT
        if side_effect:
            self.__dict__["_mock_side_effect"] = None
        for child in list(self._mock_children.values()):
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child = _extract_mock(child)
            if isinstance(child, NonCallableMock):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        rv = self._mock_return_value
        if _is_instance_mock(rv) and rv is not self:
            rv.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Sets attributes, dotted names reaching children
        (`**{'method.return_value': 3}`)."""
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count(".")):
            parts = arg.split(".")
            final = parts.pop()
            obj = self
            for entry in parts:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in ("_mock_methods", "_mock_unsafe", "_mock_check_sig", "_mock_children", "_spec_class",
                    "_mock_sealed", "_mock_parent", "_mock_new_parent", "_mock_name", "_mock_new_name",
                    "_mock_delegate", "_mock_wraps", "_spec_asyncs", "_spec_signature", "_spec_set",
                    "_mock_return_value", "_mock_side_effect"):
            raise AttributeError(name)
        d = self.__dict__
        methods = d.get("_mock_methods")
        if methods is not None:
            if name not in methods or name in _ALL_MAGICS:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not d.get("_mock_unsafe") and (not methods or name not in methods):
            if name.startswith(("assert", "assret", "asert", "aseert", "assrt")):
                raise AttributeError(
                    "%r is not a valid assertion. Use a spec for the mock if %r is meant to be an attribute."
                    % (name, name))
        children = d["_mock_children"]
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if d["_mock_wraps"] is not None:
                wraps = getattr(d["_mock_wraps"], name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name, _new_parent=self)
            children[name] = result
        elif isinstance(result, _SpecState):
            try:
                result = create_autospec(result.spec, result.spec_set, result.instance, result.parent, result.name)
            except InvalidSpecError:
                target_name = d["_mock_name"] or self
                raise InvalidSpecError(
                    "Cannot autospec attr %r from target %r as it has already been mocked out. "
                    "[target=%r, attr=%r]" % (result.name, target_name, self, result.spec))
            children[name] = result
        return result

    def __setattr__(self, name, value):
        d = self.__dict__
        if name in ("return_value", "side_effect"):
            return object.__setattr__(self, name, value)
        if name.startswith("_mock_") or name in _OWN_NAMES:
            d[name] = value
            return
        if (d.get("_spec_set") and d.get("_mock_methods") is not None and name not in d["_mock_methods"]
                and name not in d):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _UNSUPPORTED_MAGICS:
            raise AttributeError("Attempting to set unsupported magic method %r." % name)
        if name in _ALL_MAGICS:
            # Special methods are looked up on the type: each mock has a
            # class of its own (see __new__) to hold them.
            methods = d.get("_mock_methods")
            if methods is not None and name not in methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _method_calling(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                # mock_calls records it, method_calls does not.
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == "__class__":
            d["_spec_class"] = value
            return
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if d.get("_mock_sealed") and not hasattr(self, name):
            raise AttributeError("Cannot set %s.%s" % (self._extract_mock_name(), name))
        # (a property of a Mock subclass gets the value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        d = self.__dict__
        if name in _ALL_MAGICS and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in d:
                # A magic method not set on the instance: deleting it from
                # the class is enough (and it stays deleted).
                return
        obj = d["_mock_children"].get(name, _missing)
        if name in d:
            del d[name]
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del d["_mock_children"][name]
        d["_mock_children"][name] = _deleted

    def __dir__(self):
        """The spec's attributes when there is one (FILTER_DIR), the mock's
        own methods and the children made so far, less those deleted."""
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_children = [name for name, child in self._mock_children.items() if child is not _deleted]
        if not FILTER_DIR:
            return object.__dir__(self)
        if FILTER_DIR:
            from_type = [e for e in from_type if not e.startswith("_")]
            from_dict = [e for e in from_dict if not e.startswith("_") or _is_magic(e)]
        return sorted(set(extras + from_type + from_dict + from_children))

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = "."
        if names == ["()"]:
            dot = ""
        seen = set()
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = "."
            if parent._mock_new_name == "()":
                dot = ""
            if id(parent) in seen:
                break
            seen.add(id(parent))
            parent = parent._mock_new_parent
        names = list(reversed(names))
        root = last._mock_name or "mock"
        if len(names) > 1 and names[1] not in ("()", "()."):
            root += "."
        names[0] = root
        return "".join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_part = ""
        if name not in ("mock", "mock."):
            name_part = " name=%r" % name
        spec_part = ""
        if self._spec_class is not None:
            spec_part = " spec=%r"
            if self._spec_set:
                spec_part = " spec_set=%r"
            spec_part = spec_part % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part, id(self))

    def _format_mock_call_signature(self, args, kwargs):
        name = self._mock_name or "mock"
        return _format_call_signature(name, args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action="call"):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self.call_args if action == "call" else self.await_args
        actual_text = self._format_mock_call_signature(*actual)
        return "expected %s not found.\nExpected: %s\nActual: %s" % (action, expected, actual_text)

    def _spec_signature_for(self, name):
        """The signature that calls recorded as `name` (dotted, from
        mock_calls) are matched with: the child's spec's, if any."""
        if not name:
            return self._spec_signature
        sig = None
        names = name.replace("()", "").split(".")
        children = self._mock_children
        for part in names:
            child = children.get(part)
            if child is None or isinstance(child, _SpecState):
                break
            child = _extract_mock(child)
            try:
                sig = child._spec_signature
                children = child._mock_children
            except AttributeError:
                break
        return sig

    def _call_matcher(self, _call):
        """`_call` bound to the spec's signature (so that `f(1, b=2)` and
        `f(a=1, b=2)` match), or the TypeError binding gives."""
        if isinstance(_call, tuple) and len(_call) > 2:
            sig = self._spec_signature_for(_call[0])
        else:
            sig = self._spec_signature
        if sig is None:
            return _call
        if len(_call) == 2:
            name = ""
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
            return call(name, bound.args, bound.kwargs)
        except TypeError as e:
            return e.with_traceback(None)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return "\n%s: %s." % (prefix, safe_repr(self.mock_calls))

    def assert_not_called(self):
        """The mock was never called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or "mock", self.call_count, self._calls_repr()))

    def assert_called(self):
        """The mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or "mock"))

    def assert_called_once(self):
        """The mock was called exactly once."""
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or "mock", self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """The last call was with these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("expected call not found.\nExpected: %s\nActual: not called." % (expected,))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """The mock was called exactly once, with these arguments."""
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or "mock", self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """mock_calls holds `calls`: in a row, or anywhere with any_order."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = "Calls not found."
                else:
                    problem = "Error processing expected calls.\nErrors: %s" % (
                        [e if isinstance(e, Exception) else None for e in expected],)
                raise AssertionError("%s\nExpected: %r\nActual: %r"
                                     % (problem, _CallList(calls), self.mock_calls)
                                     if self.mock_calls else
                                     "%s\nExpected: %r" % (problem, _CallList(calls))) from cause
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError("%r does not contain all of %r in its call list, found %r instead"
                                 % (self._mock_name or "mock", tuple(not_found), all_calls)) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Some call was with these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError("%s call not found" % self._format_mock_call_signature(args, kwargs)) from cause


class _AnyComparer(list):
    """A list whose `in` compares the wanted item on the left (so that ANY
    inside it matches whatever the recorded call holds)."""

    def __contains__(self, item):
        for element in self:
            if len(item) == len(element) and all(
                    expected == actual for expected, actual in zip(item, element)):
                return True
        return False


class _MockIter:
    def __init__(self, obj):
        self.obj = iter(obj)

    def __next__(self):
        return next(self.obj)


def _try_iter(obj):
    if obj is None or _is_exception(obj) or callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


class CallableMixin(Base):
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name="", _new_parent=None, **kwargs):
        self.__dict__["_mock_return_value"] = return_value
        NonCallableMock.__init__(self, spec, wraps, name, spec_set, parent, _spec_state, _new_name, _new_parent,
                                 **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        # Replaced on the mock's own class when it has a spec to check.
        pass

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        d = self.__dict__
        d["called"] = True
        d["call_count"] += 1
        this = _Call((args, kwargs), two=True)
        d["call_args"] = this
        d["call_args_list"].append(this)
        d["mock_calls"].append(_Call(("", args, kwargs)))
        if d.get("_mock_delegate") is not None:
            self._mock_sync_delegate()
        method_name = self._mock_name
        record_method = self._mock_parent is not None
        call_name = self._mock_new_name
        is_call = call_name == "()"
        parent = self._mock_new_parent
        while parent is not None:
            if record_method:
                parent.method_calls.append(_Call((method_name, args, kwargs)))
                record_method = parent._mock_parent is not None
                if record_method:
                    method_name = parent._mock_name + "." + method_name
            parent.mock_calls.append(_Call((call_name, args, kwargs)))
            if parent._mock_new_name:
                dot = "" if is_call else "."
                is_call = parent._mock_new_name == "()"
                call_name = parent._mock_new_name + dot + call_name
            parent = parent._mock_new_parent

    _mock_record = _increment_mock_call

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_delegate is not None and self._mock_delegate.return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records its calls, returns return_value (a child
    mock unless set), runs side_effect."""


class MagicMixin(Base):
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        """Puts a _MagicProxy on the mock's class for each magic method it
        configures (those of the spec only, when there is one)."""
        wanted = _CONFIGURED | _ASYNC_MAGICS
        own = type(self)
        methods = self.__dict__.get("_mock_methods")
        if methods is not None:
            keep = wanted.intersection(methods)
            for entry in wanted - keep:
                if entry in own.__dict__:
                    delattr(own, entry)
            wanted = keep
        for entry in wanted - set(own.__dict__):
            setattr(own, entry, _MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock whose magic methods (len, iter, with, [], comparisons,
    arithmetic...) are mocks too, with CPython's defaults."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


CO_COROUTINE = 0x0080


class AsyncMockMixin(Base):
    """Calling gives a coroutine; awaiting it runs side_effect / gives
    return_value and records the await (await_count, await_args...)."""

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d["await_count"] = 0
        d["await_args"] = None
        d["await_args_list"] = _CallList()
        # inspect.iscoroutinefunction(mock) is True, as for an async def.
        import inspect
        d["_is_coroutine_marker"] = getattr(inspect, "_is_coroutine_mark", None)
        try:
            import asyncio.coroutines
            d["_is_coroutine"] = asyncio.coroutines._is_coroutine
        except (ImportError, AttributeError):
            pass
        d["__name__"] = "AsyncMock"
        d["__defaults__"] = tuple()
        d["__kwdefaults__"] = {}
        d["__annotations__"] = None
        # What inspect reads where the marker above means nothing: a code
        # object's flags saying "coroutine".
        try:
            code = NonCallableMock(spec_set=type(_object_sizeof.__code__))
            code.co_flags = CO_COROUTINE | 0x04 | 0x08
            code.co_argcount = 0
            code.co_varnames = ("args", "kwargs")
            code.co_posonlyargcount = 0
            code.co_kwonlyargcount = 0
        except AttributeError:
            pass
        else:
            d["__code__"] = code

    async def _execute_mock_call(self, /, *args, **kwargs):
        this = _Call((args, kwargs), two=True)
        d = self.__dict__
        d["await_count"] += 1
        d["await_args"] = this
        d["await_args_list"].append(this)
        delegate = d.get("_mock_delegate")
        if delegate is not None:
            # an autospecced async function shows the awaits of its mock
            delegate.await_count = d["await_count"]
            delegate.await_args = this
            delegate.await_args_list = d["await_args_list"]
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            else:
                import inspect
                result = effect(*args, **kwargs)
                if inspect.iscoroutinefunction(effect) or inspect.iscoroutine(result):
                    result = await result
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        wraps = self._mock_wraps
        if wraps is not None:
            import inspect
            if inspect.iscoroutinefunction(wraps):
                return await wraps(*args, **kwargs)
            return wraps(*args, **kwargs)
        return self.return_value

    def _name_for_await(self):
        return self._mock_name or "mock"

    def assert_awaited(self):
        """The mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited." % self._name_for_await())

    def assert_awaited_once(self):
        """The mock was awaited exactly once."""
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._name_for_await(), self.await_count))

    def assert_not_awaited(self):
        """The mock was never awaited."""
        if self.await_count != 0:
            raise AssertionError("Expected %s to not have been awaited. Awaited %s times."
                                 % (self._name_for_await(), self.await_count))

    def assert_awaited_with(self, /, *args, **kwargs):
        """The last await was with these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("Expected await: %s\nNot awaited" % (expected,))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs, action="await")) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """The mock was awaited exactly once, with these arguments."""
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._name_for_await(), self.await_count))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Some await was with these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if cause or expected not in _AnyComparer(actual):
            raise AssertionError("%s await not found" % self._format_mock_call_signature(args, kwargs)) from cause

    def assert_has_awaits(self, calls, any_order=False):
        """await_args_list holds `calls`: in a row, or anywhere with any_order."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_awaits = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                if cause is None:
                    problem = "Awaits not found."
                else:
                    problem = "Error processing expected awaits.\nErrors: %s" % (
                        [e if isinstance(e, Exception) else None for e in expected],)
                raise AssertionError("%s\nExpected: %s\nActual: %s"
                                     % (problem, _CallList(calls), self.await_args_list)) from cause
            return
        all_awaits = list(all_awaits)
        not_found = []
        for kall in expected:
            try:
                all_awaits.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError("%r not all found in await list" % (tuple(not_found),)) from cause

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        d = self.__dict__
        d["await_count"] = 0
        d["await_args"] = None
        d["await_args_list"] = _CallList()
        delegate = d.get("_mock_delegate")
        if delegate is not None:
            delegate.await_count = 0
            delegate.await_args = None
            delegate.await_args_list = d["await_args_list"]


class AsyncMagicMixin(MagicMixin):
    pass


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A mock whose call returns a coroutine; awaiting it gives the result
    (return_value, or side_effect's) and is recorded: await_count,
    await_args, await_args_list, assert_awaited*, assert_has_awaits."""


class NonCallableAsyncMock(NonCallableMock):
    pass


class PropertyMock(Mock):
    """A mock to put on a class as a property: reading the attribute calls
    it with no arguments, assigning calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def _function_types():
    def f():
        pass

    class C:
        def m(self):
            pass
    return (type(f), type(C().m))


_FUNCTION_TYPES = _function_types()


def _must_skip(spec, entry, is_type):
    """Whether calls of spec's attribute `entry` leave out its first
    argument (self): methods of a class's instances do, static methods and
    class methods read from the class do not."""
    if not isinstance(spec, type):
        if entry in getattr(spec, "__dict__", {}):
            return False
        spec = type(spec)
        is_type = False
    for klass in spec.__mro__:
        result = klass.__dict__.get(entry, DEFAULT)
        if result is DEFAULT:
            continue
        if isinstance(result, (staticmethod, classmethod)):
            return False
        if isinstance(result, _FUNCTION_TYPES):
            return is_type
        return False
    return is_type


def _set_signature(mock, original, instance=False):
    """A real function with original's signature that checks its arguments
    and calls mock: what create_autospec gives for a function."""
    skipfirst = isinstance(original, type)
    found = _signature_of(original, instance, skipfirst)
    if found is None:
        return mock
    func, sig = found

    def checksig(*args, **kwargs):
        sig.bind(*args, **kwargs)

    def funcopy(*args, **kwargs):
        checksig(*args, **kwargs)
        return mock(*args, **kwargs)

    for attr in ("__name__", "__doc__", "__text_signature__", "__module__", "__defaults__", "__kwdefaults__",
                 "__qualname__"):
        try:
            setattr(funcopy, attr, getattr(func, attr))
        except (AttributeError, TypeError):
            pass
    name = getattr(func, "__name__", None)
    if not isinstance(name, str) or not name.isidentifier():
        funcopy.__name__ = "funcopy"
    _setup_func(funcopy, mock, sig)
    return funcopy


def _setup_func(funcopy, mock, sig):
    """Gives the function standing for `mock` the mock's attributes."""
    funcopy.mock = mock
    funcopy.__signature__ = sig

    def assert_called_with(*args, **kwargs):
        return mock.assert_called_with(*args, **kwargs)

    def assert_called(*args, **kwargs):
        return mock.assert_called(*args, **kwargs)

    def assert_not_called(*args, **kwargs):
        return mock.assert_not_called(*args, **kwargs)

    def assert_called_once(*args, **kwargs):
        return mock.assert_called_once(*args, **kwargs)

    def assert_called_once_with(*args, **kwargs):
        return mock.assert_called_once_with(*args, **kwargs)

    def assert_has_calls(*args, **kwargs):
        return mock.assert_has_calls(*args, **kwargs)

    def assert_any_call(*args, **kwargs):
        return mock.assert_any_call(*args, **kwargs)

    def reset_mock():
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock()
        ret = funcopy.return_value
        if _is_instance_mock(ret) and ret is not mock:
            ret.reset_mock()

    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()
    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children
    funcopy.assert_called_with = assert_called_with
    funcopy.assert_called_once_with = assert_called_once_with
    funcopy.assert_has_calls = assert_has_calls
    funcopy.assert_any_call = assert_any_call
    funcopy.reset_mock = reset_mock
    funcopy.assert_called = assert_called
    funcopy.assert_not_called = assert_not_called
    funcopy.assert_called_once = assert_called_once
    mock.__dict__["_mock_delegate"] = funcopy


def _setup_async_mock(mock):
    """The function create_autospec gives for an async function: a
    coroutine function itself, with the AsyncMock's assertions."""
    try:
        import asyncio.coroutines
        mock._is_coroutine = asyncio.coroutines._is_coroutine
    except (ImportError, AttributeError):
        pass
    inner = mock.mock
    mock.await_count = 0
    mock.await_args = None
    mock.await_args_list = _CallList()
    for attribute in ("assert_awaited", "assert_awaited_once", "assert_awaited_with",
                      "assert_awaited_once_with", "assert_any_await", "assert_has_awaits",
                      "assert_not_awaited"):
        setattr(mock, attribute, getattr(inner, attribute))


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *, unsafe=False,
                    **kwargs):
    """A mock shaped like spec: its attributes are those of spec (mocked
    the same way, lazily), and calls are checked against the signatures of
    spec and its methods (TypeError as the real call would raise)."""
    import inspect
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError("Cannot autospec a Mock object. [object=%r]" % (spec,))
    is_async_func = _is_async_func(spec)
    if is_async_func and instance:
        raise RuntimeError("Instance can not be True when create_autospec is mocking an async function")
    made = {"spec": spec}
    if spec_set:
        made = {"spec_set": spec}
    elif spec is None:
        made = {}
    if made and instance:
        made["_spec_as_instance"] = True
    if not unsafe:
        _check_spec_arg_typos(kwargs)
    made.update(kwargs)
    klass = MagicMock
    if is_async_func:
        klass = AsyncMock
    if inspect.isdatadescriptor(spec):
        # What a descriptor gives is unknown: no spec.
        made = {}
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock
    elif not _callable(spec):
        klass = NonCallableMagicMock
    name = made.pop("name", _name)
    new_name = name
    if _parent is None:
        new_name = ""
    mock = klass(parent=_parent, _new_parent=_parent, _new_name=new_name, name=name, **made)
    if isinstance(spec, _FUNCTION_TYPES):
        mock = _set_signature(mock, spec)
        if is_async_func and isinstance(mock, _FUNCTION_TYPES):
            _setup_async_mock(mock)
    else:
        _check_sig(spec, mock, is_type, instance)
    if _parent is not None and not instance:
        _parent._mock_children[name] = mock
    if is_type and not instance and "return_value" not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name="()", _parent=mock)
    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        child_kwargs = {"spec": original}
        if spec_set:
            child_kwargs = {"spec_set": original}
        if not isinstance(original, _FUNCTION_TYPES):
            new = _SpecState(original, spec_set, mock, entry, instance)
            mock._mock_children[entry] = new
        else:
            parent = mock
            if isinstance(spec, _FUNCTION_TYPES):
                parent = _extract_mock(mock)
            skipfirst = _must_skip(spec, entry, is_type)
            child_kwargs["_eat_self"] = skipfirst
            if inspect.iscoroutinefunction(original):
                child_klass = AsyncMock
            else:
                child_klass = MagicMock
            new = child_klass(parent=parent, name=entry, _new_name=entry, _new_parent=parent, **child_kwargs)
            mock._mock_children[entry] = new
            _check_sig(original, new, skipfirst=skipfirst)
        if isinstance(new, _FUNCTION_TYPES) or isinstance(mock, _FUNCTION_TYPES):
            setattr(mock, entry, new)
    return mock


def seal(mock):
    """Stops `mock` and its children (those it made) making new attributes:
    reading or setting one not there yet raises AttributeError."""
    mock.__dict__["_mock_sealed"] = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not _is_instance_mock(m):
            continue
        if isinstance(m._mock_children.get(attr), _SpecState):
            continue
        if m._mock_new_parent is mock:
            seal(m)


def _to_stream(read_data):
    if isinstance(read_data, bytes):
        import io
        return io.BytesIO(read_data)
    import io
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=""):
    """A MagicMock standing for open() and the file it returns: read,
    readline, readlines and iteration give read_data; each open() starts
    again from its beginning."""
    state = {"data": _to_stream(read_data)}

    def read(*args, **kwargs):
        if handle.read.return_value:
            return handle.read.return_value
        return state["data"].read(*args, **kwargs)

    def readline(*args, **kwargs):
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return state["data"].readline(*args, **kwargs)

    def readlines(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state["data"].readlines(*args, **kwargs)

    def iterate():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state["data"]:
            yield line

    def next_line():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state["data"])

    if mock is None:
        # open's attributes, from the real open even while it is patched
        mock = MagicMock(name="open", spec=list(set(dir(_REAL_OPEN))))
    handle = MagicMock(spec=_file_spec())
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    # The side effects give the data while these stay None.
    handle.read.side_effect = read
    handle.readline.side_effect = readline
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = iterate
    handle.__next__.side_effect = next_line

    def reset(*args, **kwargs):
        state["data"] = _to_stream(read_data)
        return DEFAULT

    mock.side_effect = reset
    mock.return_value = handle
    return mock


_REAL_OPEN = builtins.open


def _file_spec():
    import io
    names = set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO))
    names.update(("__enter__", "__exit__", "__iter__", "__next__"))
    return list(names)


# -- patch

def _importer(target):
    parts = target.split(".")
    import_path = parts.pop(0)
    thing = __import__(import_path)
    for part in parts:
        import_path += ".%s" % part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            __import__(import_path)
            thing = sys.modules[import_path]
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return (lambda: _importer(target)), attribute


class _patch:
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs,
                 *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        if _is_instance_mock(spec):
            raise InvalidSpecError("Cannot spec attr %r as the spec has already been mocked out. [spec=%r]"
                                   % (attribute, spec))
        if _is_instance_mock(spec_set):
            raise InvalidSpecError("Cannot spec attr %r as the spec_set target has already been mocked out. "
                                   "[spec_set=%r]" % (attribute, spec_set))
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        p = _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                   self.autospec, self.new_callable, self.kwargs, unsafe=True)
        p.attribute_name = self.attribute_name
        p.additional_patchers = [x.copy() for x in self.additional_patchers]
        return p

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(klass, attr)
            if not callable(value):
                continue
            setattr(klass, attr, self.copy()(value))
        return klass

    def decorate_callable(self, func):
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func
        import asyncio
        patchings = [self]
        if asyncio.iscoroutinefunction(func):
            async def patched(*args, **kwargs):
                with _patched_context(patchings, args, kwargs) as (a, k):
                    return await func(*a, **k)
        else:
            def patched(*args, **kwargs):
                with _patched_context(patchings, args, kwargs) as (a, k):
                    return func(*a, **k)
        patched = wraps(func)(patched)
        patched.patchings = patchings
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError, TypeError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in builtins.__dict__ and isinstance(target, type(sys)):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                # the spec is the object replaced
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    # a class: its instances get the spec too
                    inherit = True
            if spec is None and _is_async_obj(original):
                klass = AsyncMock
            else:
                klass = MagicMock
            made = {}
            if new_callable is not None:
                klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec if spec_set is None else spec_set
                if _is_list(this_spec):
                    not_callable = "__call__" not in this_spec
                else:
                    not_callable = not callable(this_spec)
                if _is_async_obj(this_spec):
                    klass = AsyncMock
                elif not_callable:
                    klass = NonCallableMagicMock
            if spec is not None:
                made["spec"] = spec
            if spec_set is not None:
                made["spec_set"] = spec_set
            if isinstance(klass, type) and issubclass(klass, NonCallableMock) and self.attribute:
                made["name"] = self.attribute
            made.update(kwargs)
            new = klass(**made)
            if inherit and _is_instance_mock(new):
                this_spec = spec if spec_set is None else spec_set
                if not _is_list(this_spec) and not _instance_callable(this_spec):
                    klass = NonCallableMagicMock
                made.pop("name")
                new.return_value = klass(_new_parent=new, _new_name="()", **made)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            if _is_instance_mock(self.target):
                raise InvalidSpecError(
                    "Cannot autospec attr %r as the patch target has already been mocked out. "
                    "[target=%r, attr=%r]" % (self.attribute, self.target, autospec))
            if _is_instance_mock(autospec):
                target_name = getattr(self.target, "__name__", self.target)
                raise InvalidSpecError(
                    "Cannot autospec attr %r from target %r as it has already been mocked out. "
                    "[target=%r, attr=%r]" % (self.attribute, target_name, self.target, autospec))
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._entered_extra = []
        setattr(self.target, self.attribute, new_attr)
        try:
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = patching.__enter__()
                    self._entered_extra.append(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except BaseException:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        if not hasattr(self, "is_local"):
            raise RuntimeError("stop called on unstarted patcher")
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            try:
                delattr(self.target, self.attribute)
            except AttributeError:
                # (an attribute such as a function's __doc__ that cannot go)
                pass
            if not self.create and (not hasattr(self.target, self.attribute) or self.attribute in (
                    "__doc__", "__module__", "__defaults__", "__annotations__", "__kwdefaults__")):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        entered = self.__dict__.pop("_entered_extra", [])
        for patcher in reversed(entered):
            patcher.__exit__(*exc_info)
        return False

    def start(self):
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


class _patched_context:
    def __init__(self, patchings, args, kwargs):
        self.patchings = patchings
        self.args = args
        self.kwargs = kwargs

    def __enter__(self):
        extra = []
        args = tuple(self.args)
        kwargs = dict(self.kwargs)
        self.entered = []
        try:
            for patching in self.patchings:
                arg = patching.__enter__()
                self.entered.append(patching)
                if patching.attribute_name is not None:
                    kwargs.update(arg)
                elif patching.new is DEFAULT:
                    extra.append(arg)
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise
        return args + tuple(extra), kwargs

    def __exit__(self, *exc):
        for patching in reversed(self.entered):
            patching.__exit__(*exc)
        self.entered = []
        return False


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
                  new_callable=None, *, unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs,
                  unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError("Must supply at least one keyword argument with patch.multiple")
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        this.attribute_name = attribute
        patcher.additional_patchers.append(this)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None, new_callable=None,
          *, unsafe=False, **kwargs):
    """Replace `target` ("module.attribute") with `new` (a MagicMock by
    default) for a with block, a decorated function or class, or between
    start() and stop()."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs,
                  unsafe=unsafe)


class _patch_dict:
    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for attr in dir(f):
                if attr.startswith(patch.TEST_PREFIX):
                    value = getattr(f, attr)
                    if callable(value):
                        setattr(f, attr, _patch_dict(self.in_dict, self.values, self.clear)(value))
            return f
        import asyncio
        if asyncio.iscoroutinefunction(f):
            async def inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
        else:
            def inner(*args, **kw):
                self._patch_dict()
                try:
                    return f(*args, **kw)
                finally:
                    self._unpatch_dict()
        return wraps(f)(inner)

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    for patch_ in reversed(_patch._active_patches):
        patch_.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = "test"
