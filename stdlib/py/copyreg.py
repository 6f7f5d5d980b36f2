"""copyreg: the registry pickle and copy consult for how to reduce objects
of a type (`pickle()`), the helpers the default reduction names
(`__newobj__`, `_reconstructor`), and the extension-code registry."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reducer of ob_type's objects."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


def _reconstructor(cls, base, state):
    """Rebuilds an object reduced by `_reduce_ex` (protocols 0 and 1)."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _builtin_base(cls):
    """The first class in cls's MRO that is not written in Python."""
    for klass in cls.__mro__:
        if klass.__module__ == "builtins":
            return klass
    return object


def _reduce_ex(self, proto):
    """The default reduction for protocols 0 and 1: the class, its first
    builtin base and that base's view of the object, then the state."""
    cls = type(self)
    base = _builtin_base(cls)
    if base is object:
        value = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        value = base(self)
    getstate = getattr(self, "__getstate__", None)
    if getstate is not None and _defines(cls, "__getstate__"):
        state = getstate()
    else:
        if _slotnames(cls):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled "
                            f"with protocol {proto}")
        state = getattr(self, "__dict__", None)
    if state:
        return _reconstructor, (cls, base, value), state
    return _reconstructor, (cls, base, value)


def _defines(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ when keyword
    arguments are needed."""
    return cls.__new__(cls, *args, **kwargs)


def _mangled(owner, name):
    if name.startswith("__") and not name.endswith("__"):
        prefix = owner.__name__.lstrip("_")
        if prefix:
            return "_" + prefix + name
    return name


def _slotnames(cls):
    """The names of the slots of cls and its bases (cached on the class as
    __slotnames__)."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    for klass in cls.__mro__:
        declared = klass.__dict__.get("__slots__", ())
        if isinstance(declared, str):
            declared = [declared]
        for name in declared:
            if name not in ("__dict__", "__weakref__"):
                found.append(_mangled(klass, name))
    try:
        cls.__slotnames__ = found
    except (AttributeError, TypeError):
        pass
    return found


# Extension codes: small ints standing for (module, name) pairs, so that
# pickles of common classes are shorter. Codes 1-127 are reserved.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()


# ----- object.__reduce_ex__, object.__reduce__, object.__getstate__ -----
# The VM's methods of `object` (vm/src/object/reduce.rs) call these.

# Immutable builtin types whose value a subclass instance is rebuilt from:
# cls.__new__(cls, *_BUILTIN_NEWARGS[base](obj)).
_BUILTIN_NEWARGS = {
    int: lambda o: (int(o),),
    float: lambda o: (float(o),),
    str: lambda o: (str(o),),
    bytes: lambda o: (bytes(o),),
    tuple: lambda o: (tuple(o),),
    complex: lambda o: (complex(o).real, complex(o).imag),
}


def _first_builtin(cls):
    for klass in cls.__mro__:
        if klass.__module__ == "builtins":
            return klass
    return object


def _object_getstate(obj):
    """object.__getstate__: the instance dict (None when empty), with the
    slots' values as a second item when there are any."""
    state = getattr(obj, "__dict__", None) or None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return state, slots
    return state


def _reduce_newobj(obj):
    """The reduction of protocols 2 and up: the class and its
    __getnewargs_ex__/__getnewargs__ arguments, then the state."""
    cls = type(obj)
    base = _first_builtin(cls)
    kwargs = None
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, "
                             "not %d" % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            "must be a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            "must be a dict, not '%s'" % type(kwargs).__name__)
    else:
        getnewargs = getattr(obj, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                                % type(args).__name__)
        elif base in _BUILTIN_NEWARGS:
            args = _BUILTIN_NEWARGS[base](obj)
        elif base in (object, list, dict) or _is_python_exception(base):
            args = ()
        else:
            raise TypeError("cannot pickle %r object" % cls.__name__)
    state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return __newobj__, (cls,) + args, state, listitems, dictitems


def _is_python_exception(base):
    return isinstance(base, type) and issubclass(base, BaseException)


def _object_reduce(obj, proto=0):
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)


def _object_reduce_ex(obj, proto):
    cls = type(obj)
    # Sets reduce to their class and items (CPython's set.__reduce__).
    if isinstance(obj, (set, frozenset)) and not _defines(cls, "__reduce__"):
        return cls, (list(obj),), obj.__getstate__()
    # A class that overrides __reduce__ but not __reduce_ex__ is reduced
    # by its __reduce__.
    for klass in cls.__mro__:
        if "__reduce__" in klass.__dict__:
            if klass is not object:
                return obj.__reduce__()
            break
    return _object_reduce(obj, proto)
