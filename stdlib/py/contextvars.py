"""contextvars: context-local state (whirl's own).

A Context maps ContextVars to values. There is always a current context;
ContextVar.get/set read and write it, and Context.run(fn) makes another
context current while fn runs. Contexts are copied, never shared, by
copy_context(): a task that runs in its own copy sees the values set when
it was made and cannot change its creator's. whirl runs one thread, so the
current context is a module-level variable.
"""

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_MISSING = object()


class Context:
    """A mapping from ContextVar to value, made current by run()."""

    __slots__ = ("_data", "_prev", "_entered")

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    @classmethod
    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        """Calls callable(*args, **kwargs) with this context current."""
        global _current
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        self._prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None

    def __repr__(self):
        return "<_contextvars.Context object at 0x%x>" % id(self)


_current = Context()


def copy_context():
    """A copy of the current context."""
    return _current.copy()


class _TokenMissing:
    def __repr__(self):
        return "<Token.MISSING>"


class Token:
    """What ContextVar.set returns: reset(token) restores the old value."""

    __slots__ = ("_ctx", "_var", "_old_value", "_used")

    MISSING = _TokenMissing()

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    @classmethod
    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'Token' is not an acceptable base type")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        return "<Token%s var=%r at 0x%x>" % (" used" if self._used else "", self._var, id(self))


class ContextVar:
    """A context variable: its value depends on the current context."""

    __slots__ = ("_name", "_default")

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @classmethod
    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """The value in the current context, else the default given here,
        else the variable's default; LookupError if none."""
        if len(args) > 1:
            raise TypeError("get expected at most 1 argument, got %d" % len(args))
        try:
            return _current._data[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Sets the value in the current context; returns a Token."""
        data = _current._data
        old = data.get(self, Token.MISSING)
        data[self] = value
        return Token(_current, self, old)

    def reset(self, token):
        """Restores the value the variable had before the set() that
        returned token."""
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        if token._ctx is not _current:
            raise ValueError("%r was created in a different Context" % (token,))
        if token._old_value is Token.MISSING:
            _current._data.pop(self, None)
        else:
            _current._data[self] = token._old_value
        token._used = True

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        if self._default is _MISSING:
            return "<ContextVar name=%r at 0x%x>" % (self._name, id(self))
        return "<ContextVar name=%r default=%r at 0x%x>" % (self._name, self._default, id(self))

    def __hash__(self):
        return object.__hash__(self)
