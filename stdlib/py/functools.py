"""functools: higher-order functions and operations on callable objects."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__annotations__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        src = getattr(wrapped, attr, {})
        dst = getattr(wrapper, attr)  # AttributeError when the wrapper has none
        if attr == '__dict__':
            # setattr rather than updating wrapper.__dict__ in place
            for k in list(src):
                setattr(wrapper, k, src[k])
        else:
            dst.update(src)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


def reduce(function, iterable, initial=_MISSING):
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _MISSING:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# Ids of the partial objects whose repr is being built: a partial that
# holds itself shows as "..." (as CPython's does).
_repr_running = set()


class partial:
    """New function with partial application of the given arguments
    and keywords."""

    # func/args/keywords are read-only and kept out of `__dict__`, which
    # holds only the attributes a user sets (kept in `_ns`, reached through
    # __setattr__/__getattr__ below).

    def __new__(cls, func=_MISSING, /, *args, **keywords):
        if func is _MISSING:
            raise TypeError("type 'partial' takes at least one argument")
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # A partial of a plain partial (no attributes of its own) is flattened.
        if type(func) is partial and cls is partial and not func.__dict__:
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = object.__new__(cls)
        _set = object.__setattr__
        _set(self, "_ns", {})
        _set(self, "_func", func)
        _set(self, "_args", args)
        _set(self, "_keywords", keywords)
        return self

    @property
    def __dict__(self):
        return self._ns

    def __setattr__(self, name, value):
        if name in ("func", "args", "keywords"):
            raise AttributeError("readonly attribute")
        if name == "__dict__":
            raise TypeError("a partial object's dictionary may not be deleted")
        self._ns[name] = value

    def __getattr__(self, name):
        try:
            return self._ns[name]
        except KeyError:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name)) from None

    def __delattr__(self, name):
        if name in ("func", "args", "keywords"):
            raise AttributeError("readonly attribute")
        if name == "__dict__":
            raise TypeError("a partial object's dictionary may not be deleted")
        try:
            del self._ns[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def func(self):
        """function object to use in future partial calls"""
        return self._func

    @property
    def args(self):
        """tuple of arguments to future partial calls"""
        return self._args

    @property
    def keywords(self):
        """dictionary of keyword arguments to future partial calls"""
        return self._keywords

    def __call__(self, /, *args, **keywords):
        if self._keywords:
            keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    def __repr__(self):
        cls = type(self)
        name = "functools.partial" if cls is partial else cls.__name__
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = [repr(self._func)]
            parts.extend(repr(a) for a in self._args)
            for k, v in list(self._keywords.items()):
                parts.append("%s=%r" % (k, v))
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (name, ", ".join(parts))

    def __reduce__(self):
        return type(self), (self._func,), (self._func, self._args, self._keywords or None,
                                           self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (kwds is not None and not isinstance(kwds, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        if type(args) is not tuple:
            args = tuple(args)
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)
        _set = object.__setattr__
        _set(self, "_func", func)
        _set(self, "_args", args)
        _set(self, "_keywords", kwds)
        _set(self, "_ns", dict(namespace) if namespace else {})

    def __class_getitem__(cls, item):
        import types
        return getattr(types, "GenericAlias", lambda c, i: c)(cls, item)


class partialmethod:
    """A method descriptor with partial application of the given arguments
    and keywords: binds like the function it wraps (a plain function, a
    classmethod, a staticmethod, another descriptor)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        if isinstance(func, partialmethod):
            # Flattened: one partialmethod over the innermost callable.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        cls = type(self)
        shown_args = ", ".join(repr(a) for a in self.args)
        shown_kw = ", ".join("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "%s.%s(%r, %s, %s)" % (cls.__module__, cls.__qualname__, self.func, shown_args, shown_kw)

    def _unbound(self):
        pm = self

        def _method(cls_or_self, /, *args, **keywords):
            return pm.func(cls_or_self, *pm.args, *args, **{**pm.keywords, **keywords})

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, "__get__", None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # A descriptor that bound to something new: partial of that.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._unbound().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    def __class_getitem__(cls, item):
        import types
        return getattr(types, "GenericAlias", lambda c, i: c)(cls, item)


def _unwrap_partial(func):
    """The callable under any layers of partial (inspect uses it)."""
    while isinstance(func, partial):
        func = func.func
    return func


from collections import namedtuple as _namedtuple

_CacheInfo = CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


class _HashedSeq:
    def __init__(self, tup):
        self.tup = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue

    def __eq__(self, other):
        return isinstance(other, _HashedSeq) and self.tup == other.tup


_kwd_mark = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key = key + (_kwd_mark,)
        for k in kwds:
            key = key + (k, kwds[k])
    if typed:
        key = key + tuple([type(v) for v in args])
        if kwds:
            key = key + tuple([type(kwds[k]) for k in kwds])
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return _HashedSeq(key)


def _lru_cache_wrapper(user_function, maxsize, typed):
    # a plain function (not a callable object) so that it binds as a method
    state = {'cache': {}, 'hits': 0, 'misses': 0}

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        cache = state['cache']
        if key in cache:
            state['hits'] += 1
            result = cache[key]
            if maxsize is not None:
                # move to the most recently used end
                del cache[key]
                cache[key] = result
            return result
        state['misses'] += 1
        result = user_function(*args, **kwds)
        cache = state['cache']
        if maxsize is None:
            cache[key] = result
        elif maxsize > 0:
            if key in cache:
                # the call itself added it (recursion): just refresh
                del cache[key]
            elif len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
        return result

    def cache_info():
        return CacheInfo(state['hits'], state['misses'], maxsize, len(state['cache']))

    def cache_clear():
        state['cache'] = {}
        state['hits'] = 0
        state['misses'] = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function = maxsize
        return _lru_cache_wrapper(user_function, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function):
    return _lru_cache_wrapper(user_function, None, False)


class KeyWrapper:
    """The key cmp_to_key makes: compares objects through the old-style
    comparison function."""

    __slots__ = ("cmp", "obj")

    def __init__(self, cmp, obj):
        self.cmp = cmp
        self.obj = obj

    def __lt__(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError("other argument must be K instance")
        return self.cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError("other argument must be K instance")
        return self.cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError("other argument must be K instance")
        return self.cmp(self.obj, other.obj) == 0

    def __le__(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError("other argument must be K instance")
        return self.cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError("other argument must be K instance")
        return self.cmp(self.obj, other.obj) >= 0

    __hash__ = None


class _BuiltinFunction:
    """A module-level function that, like CPython's C functions, does not
    bind as a method when stored in a class (`class T: f = reduce`)."""

    def __init__(self, func):
        self._func = func
        self.__name__ = func.__name__
        self.__qualname__ = func.__qualname__
        self.__doc__ = func.__doc__
        self.__module__ = "functools"
        self.__wrapped__ = func

    def __call__(self, *args, **kwargs):
        return self._func(*args, **kwargs)

    def __repr__(self):
        return "<built-in function %s>" % self.__name__


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""

    def key(obj):
        return KeyWrapper(mycmp, obj)

    return key


cmp_to_key = _BuiltinFunction(cmp_to_key)
reduce = _BuiltinFunction(reduce)


def _gt_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other

def _le_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other

def _ge_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _ge_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other

def _lt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other

def _gt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _lt_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other

def _ge_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other

def _le_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result

def _le_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other

def _gt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other

def _lt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


_convert = {
    '__lt__': [('__gt__', _gt_from_lt),
               ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le),
               ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt),
               ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge),
               ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = []
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        if getattr(cls, op, None) is not getattr(object, op, None):
            roots.append(op)
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]
    for r in ('__lt__', '__le__', '__gt__', '__ge__'):
        if r in roots:
            root = r
            break
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


_NOT_FOUND = object()


class cached_property:
    """A non-data descriptor: the first access computes the value with the
    wrapped method and stores it in the instance dict under the same name,
    where later accesses find it before the descriptor."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__', None)
        self.__module__ = getattr(func, '__module__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different "
                f"names ({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling "
                "__set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f"instance to cache {self.attrname!r} property.")
            raise TypeError(msg) from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            cache[self.attrname] = value
        return value


# ----- single dispatch: generic functions chosen by the first argument's type

def _c3_merge(sequences):
    """C3 merge of linearizations: repeatedly takes the first head that
    appears in no other sequence's tail."""
    sequences = [list(s) for s in sequences if s]
    result = []
    while True:
        sequences = [s for s in sequences if s]
        if not sequences:
            return result
        head = None
        for seq in sequences:
            candidate = seq[0]
            if not any(candidate in other[1:] for other in sequences):
                head = candidate
                break
        if head is None:
            raise RuntimeError("Inconsistent hierarchy")
        result.append(head)
        for seq in sequences:
            if seq[0] is head:
                del seq[0]


def _c3_mro(cls, abcs=None):
    """The MRO of `cls` with the abstract base classes in `abcs` that it
    implements without naming them (registered, or by __subclasshook__)
    placed among its explicit bases: right after the last explicit base
    that is itself an ABC."""
    bases = cls.__bases__
    boundary = 0
    for i in range(len(bases) - 1, -1, -1):
        if hasattr(bases[i], "__abstractmethods__"):
            boundary = i + 1
            break
    abcs = list(abcs) if abcs else []
    explicit = list(bases[:boundary])
    other = list(bases[boundary:])
    implied = []
    for base in abcs:
        if issubclass(cls, base) and not any(issubclass(b, base) for b in bases):
            implied.append(base)
    for base in implied:
        abcs.remove(base)
    linearized = [[cls]]
    for group in (explicit, implied, other):
        linearized.extend(_c3_mro(b, abcs=abcs) for b in group)
    linearized.extend([explicit, implied, other])
    return _c3_merge(linearized)


def _compose_mro(cls, types):
    """The MRO of `cls` extended by those of `types` (the registered
    classes) that `cls` is a subclass of without having them in its MRO."""
    own = set(cls.__mro__)

    def relevant(typ):
        import types as _types
        return (typ not in own and hasattr(typ, "__mro__")
                and not isinstance(typ, getattr(_types, "GenericAlias", ())) and issubclass(cls, typ))

    types = [t for t in types if relevant(t)]
    # Drop those that are bases of other candidates: the others bring them.
    types = [t for t in types if not any(t in o.__mro__ for o in types if o is not t)]
    type_set = set(types)
    mro = []
    for typ in types:
        chains = []
        for sub in typ.__subclasses__():
            if sub not in own and issubclass(cls, sub):
                chains.append([s for s in sub.__mro__ if s in type_set])
        if not chains:
            mro.append(typ)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for sub in chain:
                if sub not in mro:
                    mro.append(sub)
    return _c3_mro(cls, abcs=mro)


def _find_impl(cls, registry):
    """The implementation registered for the nearest class in the composed
    MRO of `cls`; RuntimeError when two unrelated ABCs tie."""
    mro = _compose_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            if (t in registry and t not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


def _is_union_type(cls):
    import types
    from typing import get_origin, Union
    return get_origin(cls) in (Union, getattr(types, "UnionType", Union))


def _is_valid_dispatch_type(cls):
    import types
    if isinstance(cls, type) and not isinstance(cls, getattr(types, "GenericAlias", ())):
        return True
    from typing import get_args
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in get_args(cls))


def singledispatch(func):
    """Makes `func` a generic function of its first argument's type;
    `register(cls)` adds implementations."""
    import types
    from abc import get_cache_token

    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        nonlocal cache_token
        if cache_token is not None:
            current = get_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = registry.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    "Invalid first argument to `register()`. %r is not a class or union type." % (cls,))
            ann = getattr(cls, "__annotations__", {})
            if not ann:
                raise TypeError(
                    "Invalid first argument to `register()`: %r. Use either `@register(some_class)` "
                    "or plain `@register` on an annotated function." % (cls,))
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError("Invalid annotation for %r. %r not all arguments are classes."
                                    % (argname, cls))
                raise TypeError("Invalid annotation for %r. %r is not a class." % (argname, cls))
        if _is_union_type(cls):
            from typing import get_args
            for arg in get_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, "__abstractmethods__"):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    funcname = getattr(func, "__name__", "singledispatch function")

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method that dispatches on the type of its first argument after
    self (or cls): singledispatch for methods and their descriptors."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            method = dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "total_ordering",
           "cache", "cmp_to_key", "lru_cache", "reduce", "partial", "partialmethod",
           "singledispatch", "singledispatchmethod", "cached_property"]
