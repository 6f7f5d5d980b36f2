"""unittest.mock, whirl's own: Mock, MagicMock (magic methods configured),
patch / patch.object / patch.dict / patch.multiple, call, ANY, sentinel,
DEFAULT, side_effect, return_value, the assert_* methods with CPython's
messages, call_args / call_args_list / mock_calls / method_calls, spec.

Each mock gets a class of its own, so that magic methods set on one mock
(`m.__len__.return_value = 3`) stay on that mock: the class attribute is
a small forwarder (_MagicSlot) that creates the magic method's child mock
on first use."""

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
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = tuple.__hash__

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(("", args, kwargs), name="()")
        name = self._mock_name + "()"
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name="%s.%s" % (self._mock_name, attr), parent=self, from_kall=False)

    def __getattribute_fallback(self, attr):
        raise AttributeError(attr)

    def count(self, *args, **kwargs):
        return self.__getattr__("count")(*args, **kwargs)

    def index(self, *args, **kwargs):
        return self.__getattr__("index")(*args, **kwargs)

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


_MAGIC_ARITY = {
    "__len__": 0, "__iter__": 0, "__bool__": 0, "__int__": 0, "__float__": 0, "__complex__": 0,
    "__index__": 0, "__hash__": 0, "__str__": 0, "__sizeof__": 0, "__enter__": 0, "__fspath__": 0,
    "__reversed__": 0, "__neg__": 0, "__pos__": 0, "__abs__": 0, "__invert__": 0, "__next__": 0,
    "__trunc__": 0, "__floor__": 0, "__ceil__": 0, "__aiter__": 0, "__anext__": 0, "__aenter__": 0,
    "__getitem__": 1, "__contains__": 1, "__delitem__": 1, "__eq__": 1, "__ne__": 1,
    "__lt__": 1, "__gt__": 1, "__le__": 1, "__ge__": 1, "__format__": 1, "__missing__": 1,
    "__setitem__": 2, "__exit__": 3, "__aexit__": 3, "__round__": 0, "__dir__": 0,
}
for _op in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "lshift", "rshift",
            "and", "xor", "or", "pow", "divmod"):
    for _form in ("__%s__", "__r%s__", "__i%s__"):
        _MAGIC_ARITY[_form % _op] = 1
_MAGIC_ARITY.pop("__idivmod__", None)
# The magic methods a MagicMock configures (and a Mock accepts being set).
_magics = frozenset(_MAGIC_ARITY)
# Special methods a mock accepts being given beyond those, and those it
# refuses (the machinery of mocks relies on them).
_SETTABLE_MAGICS = frozenset(
    "__get__ __set__ __delete__ __reversed__ __missing__ __reduce__ __reduce_ex__ "
    "__getinitargs__ __getnewargs__ __getstate__ __setstate__ __getformat__ __repr__ "
    "__dir__ __subclasses__ __format__ __getnewargs_ex__ __fspath__ __class_getitem__ "
    "__len__ __str__ __hash__ __sizeof__ __bool__".split()
)
_UNSUPPORTED_MAGICS = frozenset(
    "__getattr__ __setattr__ __init__ __new__ __prepare__ __instancecheck__ "
    "__subclasscheck__ __del__".split()
)


def _method_calling(name, func):
    """A method named `name` that calls func with the mock first."""

    def method(self, /, *args, **kw):
        return func(self, *args, **kw)

    method.__name__ = name
    return method


class InvalidSpecError(Exception):
    """Raised when a spec is not valid for the requested mock."""


def _callable(obj):
    """Whether a mock of obj should be callable: classes, functions and
    methods, static/class methods, and objects with __call__."""
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod)):
        return _callable(obj.__func__)
    return getattr(obj, "__call__", None) is not None


def _magic_defaults(owner):
    def eq(other):
        rv = owner.__eq__._mock_return_value
        if rv is not DEFAULT:
            return rv
        return True if owner is other else NotImplemented

    def ne(other):
        rv = owner.__ne__._mock_return_value
        if rv is not DEFAULT:
            return rv
        return False if owner is other else NotImplemented

    def iterate():
        rv = owner.__iter__._mock_return_value
        if rv is DEFAULT:
            return iter([])
        return iter(rv)

    def aiterate():
        rv = owner.__aiter__._mock_return_value
        return _AsyncIterator(iter([] if rv is DEFAULT else rv))

    return {
        "__eq__": eq, "__ne__": ne, "__iter__": iterate, "__aiter__": aiterate,
        "__hash__": lambda: object.__hash__(owner),
        "__str__": lambda: object.__str__(owner),
        "__sizeof__": lambda: object.__sizeof__(owner),
        "__fspath__": lambda: "%s/%s" % (type(owner).__name__, id(owner)),
    }


def _complex_one():
    # complex literals may not parse everywhere whirl runs; build 1j.
    try:
        return complex(0, 1)
    except NameError:
        return 1


_ASYNC_MAGICS = ("__aenter__", "__aexit__", "__anext__")


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


_RETURN_DEFAULTS = {
    "__lt__": NotImplemented, "__gt__": NotImplemented, "__le__": NotImplemented, "__ge__": NotImplemented,
    "__int__": 1, "__contains__": False, "__len__": 0, "__exit__": False, "__complex__": _complex_one(),
    "__float__": 1.0, "__bool__": True, "__index__": 1, "__aexit__": False,
}


class _MagicSlot:
    """The class attribute standing for one magic method of one mock: calls
    and attribute accesses go to the method's child mock, made on first use."""

    def __init__(self, owner, name):
        object.__setattr__(self, "_owner", owner)
        object.__setattr__(self, "_name", name)

    def _child(self):
        owner = self._owner
        name = self._name
        children = owner._mock_children
        child = children.get(name)
        if child is None:
            kind = AsyncMock if name in _ASYNC_MAGICS else MagicMock
            child = kind(name=name, parent=owner, _new_name=name)
            child.__dict__["_mock_magic_owner"] = owner
            if name in _RETURN_DEFAULTS:
                child.__dict__["_mock_return_value"] = _RETURN_DEFAULTS[name]
            fn = _magic_defaults(owner).get(name)
            if fn is not None:
                child.__dict__["_mock_side_effect"] = fn
            children[name] = child
        return child

    def __call__(self, *args, **kwargs):
        child = self._child()
        return child(*args, **kwargs)

    def __getattr__(self, attr):
        return getattr(self._child(), attr)

    def __setattr__(self, attr, value):
        setattr(self._child(), attr, value)

    def __repr__(self):
        return repr(self._child())


def _is_ancestor(candidate, mock):
    """Whether candidate is mock or one of its parents: making it mock's
    child would close a loop."""
    seen = 0
    while mock is not None and seen < 100000:
        if mock is candidate:
            return True
        mock = mock.__dict__.get("_mock_new_parent")
        seen += 1
    return False


class NonCallableMock:
    """A mock that can't be called; Mock adds the calling."""

    def __new__(cls, *args, **kw):
        own = type(cls.__name__, (cls,), {"__doc__": cls.__doc__})
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
        d["_mock_children"] = {}
        d["_mock_wraps"] = wraps
        d["_mock_return_value"] = DEFAULT
        d["_mock_side_effect"] = None
        d["_mock_unsafe"] = unsafe
        d["method_calls"] = _CallList()
        d["_mock_magic_owner"] = None
        self._mock_add_spec(spec, spec_set)
        self.reset_mock_counts()
        if kwargs:
            self.configure_mock(**kwargs)

    def reset_mock_counts(self):
        d = self.__dict__
        d["called"] = False
        d["call_args"] = None
        d["call_count"] = 0
        d["call_args_list"] = _CallList()
        d["mock_calls"] = _CallList()

    def _mock_add_spec(self, spec, spec_set):
        spec_class = None
        methods = None
        if spec is not None and not isinstance(spec, list):
            spec_class = spec if isinstance(spec, type) else type(spec)
            methods = dir(spec)
        elif spec is not None:
            methods = list(spec)
        d = self.__dict__
        d["_spec_class"] = spec_class
        d["_spec_set"] = spec_set
        d["_mock_methods"] = methods

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def attach_mock(self, mock, attribute):
        d = mock.__dict__
        d["_mock_parent"] = None
        d["_mock_new_parent"] = None
        d["_mock_name"] = ""
        d["_mock_new_name"] = None
        setattr(self, attribute, mock)

    def _get_child_mock(self, **kw):
        klass = type(self).__mro__[1]
        if isinstance(self, AsyncMock) and kw.get("_new_name") != "()":
            klass = MagicMock
        elif issubclass(klass, NonCallableMagicMock) and not issubclass(klass, MagicMock):
            klass = MagicMock
        elif issubclass(klass, NonCallableMock) and not issubclass(klass, Mock):
            klass = Mock
        return klass(**kw)

    @property
    def return_value(self):
        rv = self._mock_return_value
        if rv is DEFAULT:
            rv = self._get_child_mock(_new_parent=self, _new_name="()")
            self.__dict__["_mock_return_value"] = rv
        return rv

    @return_value.setter
    def return_value(self, value):
        self.__dict__["_mock_return_value"] = value
        if (isinstance(value, NonCallableMock) and value._mock_new_parent is None and value._mock_parent is None
                and not _is_ancestor(value, self)):
            value.__dict__["_mock_new_parent"] = self
            value.__dict__["_mock_new_name"] = "()"

    @property
    def side_effect(self):
        return self._mock_side_effect

    @side_effect.setter
    def side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__["_mock_side_effect"] = value

    def __class__getter(self):
        return self._spec_class or type(self)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.reset_mock_counts()
        self.__dict__["method_calls"] = _CallList()
        if return_value:
            self.__dict__["_mock_return_value"] = DEFAULT
        if side_effect:
            self.__dict__["_mock_side_effect"] = None
        for child in self._mock_children.values():
            if isinstance(child, NonCallableMock) and child is not _deleted:
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        rv = self._mock_return_value
        if isinstance(rv, NonCallableMock) and rv is not self:
            rv.reset_mock(visited)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count(".")):
            parts = arg.split(".")
            final = parts.pop()
            obj = self
            for entry in parts:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in ("_mock_methods", "_spec_class", "_mock_children", "_mock_parent"):
            raise AttributeError(name)
        d = self.__dict__
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        methods = d.get("_mock_methods")
        if methods is not None:
            if name not in methods:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif not d.get("_mock_unsafe") and (name.startswith(("assert", "assret", "asert", "aseert", "assrt"))):
            raise AttributeError(
                f"{name!r} is not a valid assertion. Use a spec for the mock if {name!r} is meant to be an attribute.")
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
        return result

    def __setattr__(self, name, value):
        d = self.__dict__
        if name in ("return_value", "side_effect"):
            type(self).__mro__[1].__dict__  # (class-level properties)
            if name == "return_value":
                NonCallableMock.return_value.fset(self, value)
            else:
                NonCallableMock.side_effect.fset(self, value)
            return
        if (d.get("_spec_set") and d.get("_mock_methods") is not None and name not in d["_mock_methods"]
                and name not in d):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _UNSUPPORTED_MAGICS:
            raise AttributeError("Attempting to set unsupported magic method %r." % name)
        if name in _MAGIC_ARITY or name in _SETTABLE_MAGICS:
            # Special methods are looked up on the type: each mock has a
            # class of its own (see __new__) to hold them.
            methods = d.get("_mock_methods")
            if methods is not None and name not in methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if isinstance(value, NonCallableMock):
                if value._mock_parent is None and value._mock_new_parent is None and not _is_ancestor(value, self):
                    value.__dict__["_mock_parent"] = self
                    value.__dict__["_mock_new_parent"] = self
                    value.__dict__["_mock_name"] = name
                    value.__dict__["_mock_new_name"] = name
                self._mock_children[name] = value
                setattr(type(self), name, value)
                return
            setattr(type(self), name, _method_calling(name, value))
            original = value
            d[name] = lambda *args, **kw: original(self, *args, **kw)
            return
        if name.startswith("_mock_") or name in ("called", "call_count", "call_args", "call_args_list",
                                                 "mock_calls", "method_calls", "_spec_class", "_spec_set",
                                                 "_mock_methods"):
            d[name] = value
            return
        if isinstance(value, NonCallableMock) and value._mock_parent is None and value._mock_new_parent is None \
                and not value._mock_name and not value._mock_new_name and not _is_ancestor(value, self):
            vd = value.__dict__
            vd["_mock_parent"] = self
            vd["_mock_new_parent"] = self
            vd["_mock_name"] = name
            vd["_mock_new_name"] = name
            self._mock_children[name] = value
            return
        if name in d.get("_mock_children", {}) and not isinstance(value, NonCallableMock):
            del d["_mock_children"][name]
        if isinstance(value, NonCallableMock):
            self._mock_children[name] = value
            return
        d[name] = value

    def __delattr__(self, name):
        d = self.__dict__
        if name in d:
            del d[name]
        children = d["_mock_children"]
        if children.get(name) is _deleted:
            raise AttributeError(name)
        children[name] = _deleted

    def __dir__(self):
        return sorted(set(dir(type(self)) + list(self.__dict__) + list(self._mock_children)))

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
        actual = self._format_mock_call_signature(*self.call_args)
        return "expected %s not found.\nExpected: %s\nActual: %s" % (action, expected, actual)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {safe_repr(self.mock_calls)}."

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or "mock", self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or "mock"))

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or "mock", self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("expected call not found.\nExpected: %s\nActual: not called." % (expected,))
        if _Call((args, kwargs), two=True) != self.call_args:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or "mock", self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError("Calls not found.\nExpected: %r%s"
                                     % (_CallList(calls), self._calls_repr(prefix="Actual").rstrip(".")))
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
                                 % (self._mock_name or "mock", tuple(not_found), all_calls))

    def assert_any_call(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in [_Call(c, two=True) for c in self.call_args_list]:
            raise AssertionError("%s call not found" % self._format_mock_call_signature(args, kwargs))


class CallableMixin:
    def __call__(self, *args, **kwargs):
        self._mock_record(args, kwargs)
        return self._mock_execute(args, kwargs)

    def _mock_record(self, args, kwargs):
        d = self.__dict__
        d["called"] = True
        d["call_count"] += 1
        this = _Call((args, kwargs), two=True)
        d["call_args"] = this
        d["call_args_list"].append(this)
        d["mock_calls"].append(_Call(("", args, kwargs)))
        method_name = self._mock_name
        record_method = self._mock_parent is not None
        call_name = self._mock_new_name
        is_call = call_name == "()"
        parent = self._mock_new_parent
        seen = 0
        while parent is not None and seen < 10000:
            seen += 1
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

    def _mock_execute(self, args, kwargs):
        effect = self._mock_side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records its calls, returns return_value (a child
    mock unless set), runs side_effect."""


class MagicMixin:
    def _mock_set_magics(self):
        own = type(self)
        for name in _MAGIC_ARITY:
            setattr(own, name, _MagicSlot(self, name))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    def __init__(self, *args, **kw):
        NonCallableMock.__init__(self, *args, **kw)
        self._mock_set_magics()

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)


class MagicMock(MagicMixin, Mock):
    """A Mock whose magic methods (len, iter, with, [], comparisons,
    arithmetic...) are mocks too, with CPython's defaults."""

    def __init__(self, *args, **kw):
        Mock.__init__(self, *args, **kw)
        self._mock_set_magics()

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)


class AsyncMock(MagicMock):
    """A mock whose call returns a coroutine; awaiting it gives the result."""

    def __init__(self, *args, **kw):
        MagicMock.__init__(self, *args, **kw)
        d = self.__dict__
        d["await_count"] = 0
        d["await_args"] = None
        d["await_args_list"] = _CallList()

    def __call__(self, *args, **kwargs):
        self._mock_record(args, kwargs)

        async def run():
            d = self.__dict__
            d["await_count"] += 1
            d["await_args"] = _Call((args, kwargs), two=True)
            d["await_args_list"].append(d["await_args"])
            result = self._mock_execute(args, kwargs)
            if hasattr(result, "__await__") and not isinstance(result, NonCallableMock):
                result = await result
            return result
        return run()

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited." % (self._mock_name or "mock"))

    def assert_awaited_once(self):
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError("Expected %s to not have been awaited. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))

    def assert_awaited_with(self, /, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("Expected await: %s\nNot awaited" % (expected,))
        if _Call((args, kwargs), two=True) != self.await_args:
            raise AssertionError(self._format_mock_failure_message(args, kwargs, action="await"))

    def assert_awaited_once_with(self, /, *args, **kwargs):
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))
        return self.assert_awaited_with(*args, **kwargs)


class PropertyMock(Mock):
    """Stand-in for a property: whirl only supports property, staticmethod
    and classmethod as class-level descriptors, so this one is a plain
    callable mock (call it to get or set)."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, **kwargs):
    klass = MagicMock
    if not callable(spec) and not isinstance(spec, type):
        klass = NonCallableMagicMock
    return klass(spec=spec, spec_set=spec_set or None, name=_name, **kwargs)


def seal(mock):
    mock.__dict__["_mock_sealed"] = True


def mock_open(mock=None, read_data=""):
    """A MagicMock standing for open() and the file it returns."""
    data = [read_data]

    def lines():
        text = data[0]
        if isinstance(text, bytes):
            return text.splitlines(True)
        return text.splitlines(True)

    if mock is None:
        mock = MagicMock(name="open", spec=None)
    handle = MagicMock()
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    state = {"lines": None}

    def remaining():
        if state["lines"] is None:
            state["lines"] = lines()
        return state["lines"]

    def read(*args):
        rest = remaining()
        text = "".join(rest) if not rest or isinstance(rest[0], str) else b"".join(rest)
        if args and args[0] is not None and args[0] >= 0:
            n = args[0]
            out, keep = text[:n], text[n:]
            state["lines"] = keep.splitlines(True)
            return out
        state["lines"] = []
        return text

    def readline(*args):
        rest = remaining()
        if not rest:
            return "" if isinstance(data[0], str) else b""
        return rest.pop(0)

    def readlines(*args):
        rest = remaining()
        state["lines"] = []
        return list(rest)

    handle.read.side_effect = read
    handle.readline.side_effect = readline
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = lambda: iter(readlines())

    def reset(*args, **kwargs):
        state["lines"] = None
        return DEFAULT

    mock.side_effect = reset
    mock.return_value = handle
    return mock


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

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
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
                   self.autospec, self.new_callable, self.kwargs)
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
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            if spec is True:
                spec = original
            if spec_set is True:
                spec_set = original
                spec = None
            if new_callable is not None:
                klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec if spec_set is None else spec_set
                klass = MagicMock
                if isinstance(this_spec, type) or callable(this_spec):
                    klass = MagicMock
                else:
                    klass = NonCallableMagicMock
            else:
                klass = MagicMock
                if _is_async_obj(original):
                    klass = AsyncMock
            extra = {}
            if spec is not None:
                extra["spec"] = spec
            if spec_set is not None:
                extra["spec_set"] = spec_set
            if new_callable is None and "name" not in kwargs:
                pass
            extra.update(kwargs)
            new = klass(**extra)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._exit_stack = []
        setattr(self.target, self.attribute, new_attr)
        try:
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = patching.__enter__()
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or self.attribute in (
                    "__doc__", "__module__", "__defaults__", "__annotations__", "__kwdefaults__")):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patcher in reversed(self.additional_patchers):
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


def _is_async_obj(obj):
    try:
        import asyncio
        return asyncio.iscoroutinefunction(obj) and not isinstance(obj, NonCallableMock)
    except Exception:
        return False


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
                  new_callable=None, **kwargs):
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


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
          **kwargs):
    """Replace `target` ("module.attribute") with `new` (a MagicMock by
    default) for a with block, a decorated function or class, or between
    start() and stop()."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


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
