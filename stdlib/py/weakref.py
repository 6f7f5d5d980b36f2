"""weakref: references that do not keep their object alive.

The native side (`_weakref`, vm/src/runtime/weakref.rs) holds the weak pointers and
tells when a referent dies; the reference, proxy and container types are
written here on top of it."""

import _weakref

getweakrefcount = _weakref.getweakrefcount
getweakrefs = _weakref.getweakrefs

__all__ = [
    "ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
    "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
    "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize", "KeyedRef",
]


def _ref_args(name, args):
    if not args:
        raise TypeError("%s expected at least 1 argument, got 0" % name)
    if len(args) > 2:
        raise TypeError("%s expected at most 2 arguments, got %d" % (name, len(args)))
    return args[0], (args[1] if len(args) == 2 else None)


class ReferenceType:
    """ref(object[, callback]): calling it gives the object, or None once
    the object is gone; `callback(ref)` is called then."""

    def __new__(cls, *args, **kwargs):
        # Keywords are left to a subclass's __init__, as CPython does.
        if kwargs and cls is ReferenceType:
            raise TypeError("ref() takes no keyword arguments")
        ob, callback = _ref_args("__new__", args)
        plain = callback is None and cls is ReferenceType
        if plain:
            # As CPython: one shared plain reference per object.
            for r in _weakref.getweakrefs(ob):
                if type(r) is ReferenceType and r.__callback__ is None:
                    return r
        self = object.__new__(cls)
        # Read by the native side from the dict; Python code sees the
        # read-only property below.
        self.__dict__["__callback__"] = callback
        self._hash = None
        self._h = _weakref.attach(self, ob, plain)
        return self

    def __init__(self, *args, **kwargs):
        _ref_args("__init__", args)

    @property
    def __callback__(self):
        """The callback, until the referent dies (then None)."""
        if _weakref.deref(self._h) is None:
            return None
        return self.__dict__["__callback__"]

    @__callback__.setter
    def __callback__(self, value):
        raise AttributeError("readonly attribute")

    @__callback__.deleter
    def __callback__(self):
        raise AttributeError("readonly attribute")

    def __call__(self, *args):
        if args:
            raise TypeError("weakref expected 0 arguments, got %d" % len(args))
        return _weakref.deref(self._h)

    def __hash__(self):
        if self._hash is None:
            ob = _weakref.deref(self._h)
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = _weakref.deref(self._h)
        b = _weakref.deref(other._h)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = _weakref.deref(self._h)
        b = _weakref.deref(other._h)
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        ob = self()
        if ob is None:
            return "<weakref at %#x; dead>" % id(self)
        name = getattr(ob, "__name__", None)
        text = "<weakref at %#x; to '%s' at %#x" % (id(self), type(ob).__name__, id(ob))
        if isinstance(name, str):
            text += " (%s)" % name
        return text + ">"


ref = ReferenceType


class KeyedRef(ReferenceType):
    """A reference that remembers a key: WeakValueDictionary's."""

    def __new__(cls, ob, callback, key):
        self = ReferenceType.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


def _referent(p):
    ob = _weakref.deref(object.__getattribute__(p, "_weakproxy_handle"))
    if ob is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return ob


def _unwrap(v):
    if isinstance(v, (ProxyType, CallableProxyType)):
        return _referent(v)
    return v


class ProxyType:
    """proxy(object[, callback]): stands for the object while it lives."""

    def __init__(self, handle, callback):
        object.__setattr__(self, "_weakproxy_handle", handle)
        object.__setattr__(self, "__callback__", callback)

    def __getattr__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        ob = _referent(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return bytes(_referent(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __bool__(self):
        return bool(_referent(self))

    def __len__(self):
        return len(_referent(self))

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        ob = _referent(self)
        if not hasattr(type(ob), "__next__"):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(ob).__name__)
        return next(ob)

    def __reversed__(self):
        return reversed(_referent(self))

    def __contains__(self, item):
        return _unwrap(item) in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[_unwrap(key)]

    def __setitem__(self, key, value):
        _referent(self)[_unwrap(key)] = _unwrap(value)

    def __delitem__(self, key):
        del _referent(self)[_unwrap(key)]

    def __eq__(self, other):
        return _referent(self) == _unwrap(other)

    def __ne__(self, other):
        return _referent(self) != _unwrap(other)

    def __lt__(self, other):
        return _referent(self) < _unwrap(other)

    def __le__(self, other):
        return _referent(self) <= _unwrap(other)

    def __gt__(self, other):
        return _referent(self) > _unwrap(other)

    def __ge__(self, other):
        return _referent(self) >= _unwrap(other)

    def __neg__(self):
        return -_referent(self)

    def __pos__(self):
        return +_referent(self)

    def __abs__(self):
        return abs(_referent(self))

    def __invert__(self):
        return ~_referent(self)

    def __int__(self):
        return int(_referent(self))

    def __float__(self):
        return float(_referent(self))

    def __index__(self):
        return _referent(self).__index__()

    def __add__(self, other):
        return _referent(self) + _unwrap(other)

    def __radd__(self, other):
        return _unwrap(other) + _referent(self)

    def __sub__(self, other):
        return _referent(self) - _unwrap(other)

    def __rsub__(self, other):
        return _unwrap(other) - _referent(self)

    def __mul__(self, other):
        return _referent(self) * _unwrap(other)

    def __rmul__(self, other):
        return _unwrap(other) * _referent(self)

    def __truediv__(self, other):
        return _referent(self) / _unwrap(other)

    def __rtruediv__(self, other):
        return _unwrap(other) / _referent(self)

    def __floordiv__(self, other):
        return _referent(self) // _unwrap(other)

    def __rfloordiv__(self, other):
        return _unwrap(other) // _referent(self)

    def __mod__(self, other):
        return _referent(self) % _unwrap(other)

    def __rmod__(self, other):
        return _unwrap(other) % _referent(self)

    def __pow__(self, other):
        return _referent(self) ** _unwrap(other)

    def __rpow__(self, other):
        return _unwrap(other) ** _referent(self)

    def __and__(self, other):
        return _referent(self) & _unwrap(other)

    def __rand__(self, other):
        return _unwrap(other) & _referent(self)

    def __or__(self, other):
        return _referent(self) | _unwrap(other)

    def __ror__(self, other):
        return _unwrap(other) | _referent(self)

    def __xor__(self, other):
        return _referent(self) ^ _unwrap(other)

    def __rxor__(self, other):
        return _unwrap(other) ^ _referent(self)

    def __lshift__(self, other):
        return _referent(self) << _unwrap(other)

    def __rshift__(self, other):
        return _referent(self) >> _unwrap(other)

    def __iadd__(self, other):
        ob = _referent(self)
        ob += _unwrap(other)
        return ob

    def __isub__(self, other):
        ob = _referent(self)
        ob -= _unwrap(other)
        return ob

    def __imul__(self, other):
        ob = _referent(self)
        ob *= _unwrap(other)
        return ob

    def __matmul__(self, other):
        return _referent(self) @ _unwrap(other)

    def __rmatmul__(self, other):
        return _unwrap(other) @ _referent(self)

    def __rlshift__(self, other):
        return _unwrap(other) << _referent(self)

    def __rrshift__(self, other):
        return _unwrap(other) >> _referent(self)

    def __divmod__(self, other):
        return divmod(_referent(self), _unwrap(other))

    def __rdivmod__(self, other):
        return divmod(_unwrap(other), _referent(self))

    def __imatmul__(self, other):
        ob = _referent(self)
        ob @= _unwrap(other)
        return ob

    def __itruediv__(self, other):
        ob = _referent(self)
        ob /= _unwrap(other)
        return ob

    def __ifloordiv__(self, other):
        ob = _referent(self)
        ob //= _unwrap(other)
        return ob

    def __imod__(self, other):
        ob = _referent(self)
        ob %= _unwrap(other)
        return ob

    def __ipow__(self, other):
        ob = _referent(self)
        ob **= _unwrap(other)
        return ob

    def __iand__(self, other):
        ob = _referent(self)
        ob &= _unwrap(other)
        return ob

    def __ior__(self, other):
        ob = _referent(self)
        ob |= _unwrap(other)
        return ob

    def __ixor__(self, other):
        ob = _referent(self)
        ob ^= _unwrap(other)
        return ob

    def __ilshift__(self, other):
        ob = _referent(self)
        ob <<= _unwrap(other)
        return ob

    def __irshift__(self, other):
        ob = _referent(self)
        ob >>= _unwrap(other)
        return ob


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(*args):
    """A proxy to `ob`: CallableProxyType when `ob` is callable."""
    ob, callback = _ref_args("proxy", args)
    cls = CallableProxyType if callable(ob) else ProxyType
    if callback is None:
        for r in _weakref.getweakrefs(ob):
            if type(r) is cls and r.__callback__ is None:
                return r
    p = object.__new__(cls)
    object.__setattr__(p, "__callback__", callback)
    handle = _weakref.attach(p, ob, callback is None)
    ProxyType.__init__(p, handle, callback)
    return p


class WeakMethod(ReferenceType):
    """A weak reference to a bound method: alive while both its object and
    its function are."""

    def __new__(cls, meth, callback=None):
        try:
            ob = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(
                "argument should be a bound method, not {}".format(type(meth))
            ) from None
        box = []

        def gone(_):
            self = box[0]() if box else None
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ReferenceType.__new__(cls, ob, gone)
        self._func_ref = ref(func, gone)
        self._alive = True
        box.append(ref(self))
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        ob = ReferenceType.__call__(self)
        func = self._func_ref()
        if ob is None or func is None:
            return None
        return _weakref.bind(func, ob)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ReferenceType.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ReferenceType.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    def __hash__(self):
        return ReferenceType.__hash__(self)


def _pairs(other):
    """The (key, value) pairs of a mapping (anything with keys(), as
    dict.update takes it) or of an iterable of pairs."""
    if hasattr(other, "keys"):
        return [(k, other[k]) for k in other.keys()]
    return other


class _WeakMappingOps:
    """What collections.abc.MutableMapping gives CPython's weak
    dictionaries: equality as dicts, and the | and |= operators."""

    __slots__ = ()

    def __eq__(self, other):
        if not hasattr(other, "items") or not hasattr(other, "keys"):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def __or__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        c = self.copy()
        c.update(other)
        return c

    def __ror__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        c = self.__class__()
        c.update(other)
        c.update(self)
        return c

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_WeakMappingOps):
    """A mapping whose entries go when their value dies."""

    def __init__(self, other=(), /, **kw):
        self_ref = ref(self)

        def remove(wr):
            d = self_ref()
            if d is not None and d._data.get(wr.key) is wr:
                del d._data[wr.key]

        self._remove = remove
        self._data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        ob = self._data[key]()
        if ob is None:
            raise KeyError(key)
        return ob

    def __setitem__(self, key, value):
        self._data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        try:
            wr = self._data[key]
        except KeyError:
            return False
        return wr() is not None

    def __len__(self):
        return sum(1 for wr in list(self._data.values()) if wr() is not None)

    def __iter__(self):
        for k, wr in list(self._data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def keys(self):
        return iter(self)

    def items(self):
        for k, wr in list(self._data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def values(self):
        for wr in list(self._data.values()):
            v = wr()
            if v is not None:
                yield v

    def itervaluerefs(self):
        for wr in list(self._data.values()):
            if wr() is not None:
                yield wr

    def valuerefs(self):
        return list(self.itervaluerefs())

    def get(self, key, default=None):
        try:
            wr = self._data[key]
        except KeyError:
            return default
        v = wr()
        return default if v is None else v

    def pop(self, key, *default):
        try:
            v = self._data.pop(key)()
        except KeyError:
            v = None
        if v is None:
            if default:
                return default[0]
            raise KeyError(key)
        return v

    def popitem(self):
        while True:
            key, wr = self._data.popitem()
            v = wr()
            if v is not None:
                return key, v

    def setdefault(self, key, default=None):
        try:
            v = self._data[key]()
        except KeyError:
            v = None
        if v is None:
            self[key] = default
            return default
        return v

    def update(self, other=(), /, **kw):
        for k, v in _pairs(other):
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self._data.clear()

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy


class WeakKeyDictionary(_WeakMappingOps):
    """A mapping whose entries go when their key dies."""

    def __init__(self, dict=None):
        self_ref = ref(self)

        def remove(wr):
            d = self_ref()
            if d is not None:
                try:
                    del d._data[wr]
                except KeyError:
                    pass

        self._remove = remove
        self._data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self._data[ref(key)]

    def __setitem__(self, key, value):
        self._data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self._data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self._data

    def __len__(self):
        return sum(1 for wr in list(self._data) if wr() is not None)

    def __iter__(self):
        for wr in list(self._data):
            ob = wr()
            if ob is not None:
                yield ob

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def keys(self):
        return iter(self)

    def items(self):
        for wr, v in list(self._data.items()):
            ob = wr()
            if ob is not None:
                yield ob, v

    def values(self):
        for wr, v in list(self._data.items()):
            if wr() is not None:
                yield v

    def keyrefs(self):
        return [wr for wr in self._data if wr() is not None]

    def get(self, key, default=None):
        try:
            return self._data.get(ref(key), default)
        except TypeError:
            return default

    def pop(self, key, *default):
        return self._data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, v = self._data.popitem()
            ob = wr()
            if ob is not None:
                return ob, v

    def setdefault(self, key, default=None):
        return self._data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            for k, v in _pairs(dict):
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self._data.clear()

    def copy(self):
        return WeakKeyDictionary(dict(self.items()))

    __copy__ = copy


class WeakSet:
    """A set whose items go when they die."""

    def __init__(self, data=None):
        self_ref = ref(self)

        def remove(wr):
            s = self_ref()
            if s is not None:
                s.data.discard(wr)

        self._remove = remove
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            ob = wr()
            if ob is not None:
                yield ob

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            ob = wr()
            if ob is not None:
                return ob

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    __copy__ = copy

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        s = self.copy()
        s.update(other)
        return s

    __or__ = union

    def difference(self, other):
        other = set(other)
        return WeakSet(x for x in self if x not in other)

    __sub__ = difference

    def intersection(self, other):
        other = set(other)
        return WeakSet(x for x in self if x in other)

    __and__ = intersection

    def issubset(self, other):
        return all(x in other for x in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(x in self for x in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return set(self) == set(other)

    def __ne__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return set(self) != set(other)

    __hash__ = None


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs)
    once, when obj dies, when called, or at exit (if `atexit`)."""

    _registry = {}
    _count = 0
    _shutdown = False

    def __init__(self, obj, func, /, *args, **kwargs):
        self._ref = ref(obj, self)
        finalize._count += 1
        finalize._registry[self] = [func, args, kwargs, True, finalize._count]

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info is not None and not finalize._shutdown:
            return info[0](*info[1], **info[2])

    def detach(self):
        info = finalize._registry.get(self)
        ob = self._ref()
        if ob is not None and finalize._registry.pop(self, None) is not None:
            return (ob, info[0], info[1], info[2])

    def peek(self):
        info = finalize._registry.get(self)
        ob = self._ref()
        if ob is not None and info is not None:
            return (ob, info[0], info[1], info[2])

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info[3]

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info is not None:
            info[3] = bool(value)

    def __repr__(self):
        ob = self._ref()
        if ob is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(ob).__name__, id(ob))


def _run_exit_finalizers():
    # Newest first, as CPython's atexit hook runs them.
    pending = [(info[4], f) for f, info in list(finalize._registry.items()) if info[3]]
    pending.sort(key=lambda p: p[0], reverse=True)
    for _, f in pending:
        f()
    # Nothing runs after this: objects dying in the shutdown do not call
    # their finalizers.
    finalize._shutdown = True
