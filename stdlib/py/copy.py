"""copy: shallow and deep copies (whirl's own).

copy(x) and deepcopy(x) return x itself for immutable atoms, copy the
builtin containers directly, and otherwise ask the object: `__copy__` /
`__deepcopy__(memo)`, then a `__reduce_ex__`/`__reduce__` the class
defines itself, and last the default for instances: a new object from
`cls.__new__` (with `__getnewargs__`/`__getnewargs_ex__` when defined)
given the old one's state (`__getstate__`/`__setstate__`, else its
`__dict__` and slots). deepcopy's `memo` maps id(original) to its copy so
shared and recursive structures are copied once.
"""

import builtins

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _atomic_types():
    names = ["int", "float", "bool", "complex", "str", "bytes", "range", "slice", "property"]
    types = [type(None), type(Ellipsis), type(NotImplemented), type(len), type(lambda: 0),
             type((lambda: 0).__code__)]
    for name in names:
        t = getattr(builtins, name, None)
        if isinstance(t, type):
            types.append(t)
    try:
        import weakref

        types.append(weakref.ref)
    except ImportError:
        pass
    return tuple(types)


_ATOMIC = _atomic_types()


class _Bound:
    def method(self):
        pass


_MethodType = type(_Bound().method)


def _is_atomic(cls):
    return cls in _ATOMIC or issubclass(cls, type)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if _is_atomic(cls) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if getattr(builtins, "bytearray", None) is cls:
        return cls(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reduced = _registered_reduce(cls, x) or _own_reduce(x)
    if isinstance(reduced, str):
        return x  # a global name: the object is its own copy
    if reduced is not None:
        return _reconstruct(x, None, *reduced)
    return _copy_instance(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances copied all the way down,
    each shared object once."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if _is_atomic(cls):
        return x
    if cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple that reaches itself was copied while copying its items.
        if key in memo:
            return memo[key]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(item, memo) for item in x)
    elif getattr(builtins, "bytearray", None) is cls:
        y = cls(x)
    elif cls is _MethodType:
        y = x.__func__.__get__(deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            reduced = _registered_reduce(cls, x) or _own_reduce(x)
            if isinstance(reduced, str):
                y = x
            elif reduced is not None:
                y = _reconstruct(x, memo, *reduced)
            else:
                y = _copy_instance(x, memo)
    if y is not x:
        memo[key] = y
        # Keep x alive while memo is: its id must not be reused meanwhile.
        memo.setdefault(id(memo), []).append(x)
    return y


def _registered_reduce(cls, x):
    """The reduction copyreg.pickle() registered for the class, if any."""
    import copyreg

    reductor = copyreg.dispatch_table.get(cls)
    return reductor(x) if reductor is not None else None


def _own_reduce(x):
    """The class's own __reduce_ex__/__reduce__ result, if it defines one."""
    cls = type(x)
    for name in ("__reduce_ex__", "__reduce__"):
        for klass in cls.__mro__:
            if klass is object:
                break
            if name in klass.__dict__:
                method = getattr(x, name)
                rv = method(4) if name == "__reduce_ex__" else method()
                if isinstance(rv, str):
                    return rv  # a global name: the object is its own copy
                if not isinstance(rv, tuple) or not 2 <= len(rv) <= 6:
                    raise Error("un(deep)copyable object of type %s" % cls)
                return rv
    return None


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            # A private slot's attribute is mangled with its class's name.
            if name.startswith("__") and not name.endswith("__"):
                prefix = klass.__name__.lstrip("_")
                if prefix:
                    name = "_" + prefix + name
            if name not in names:
                names.append(name)
    return names


def _default_state(x):
    own = None
    for klass in type(x).__mro__:
        if klass is object:
            break
        if "__getstate__" in klass.__dict__:
            own = x.__getstate__
            break
    if own is not None:
        return own()
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state or None, slots)
    return state or None


def _set_state(y, state):
    setter = getattr(y, "__setstate__", None)
    if setter is not None:
        setter(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def _copy_instance(x, memo):
    cls = type(x)
    if not hasattr(cls, "__new__") or cls.__module__ == "builtins" and not hasattr(x, "__dict__"):
        # What cannot be pickled cannot be copied: the reduction of a
        # generator, a coroutine or a memoryview raises CPython's TypeError
        # ("cannot pickle 'memoryview' object").
        reduce_ex = getattr(x, "__reduce_ex__", None)
        if reduce_ex is not None:
            reduce_ex(4)
        raise Error("un(deep)copyable object of type %s" % cls)
    deep = memo is not None
    if hasattr(cls, "__getnewargs_ex__"):
        args, kwargs = x.__getnewargs_ex__()
        if deep:
            args, kwargs = deepcopy(args, memo), deepcopy(kwargs, memo)
        y = cls.__new__(cls, *args, **kwargs)
    elif hasattr(cls, "__getnewargs__"):
        args = x.__getnewargs__()
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    elif isinstance(x, tuple):
        # A tuple subclass: its items are the arguments of __new__.
        args = tuple(x)
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, args)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    # The state first, then the items (a subclass's __setitem__ may use it).
    state = _default_state(x)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    # Subclasses of the builtin containers carry their items too.
    if isinstance(x, list):
        y.extend(deepcopy(item, memo) if deep else item for item in x)
    elif isinstance(x, dict):
        for k, v in x.items():
            y[deepcopy(k, memo) if deep else k] = deepcopy(v, memo) if deep else v
    elif isinstance(x, set):
        y.update(deepcopy(item, memo) if deep else item for item in x)
    return y
