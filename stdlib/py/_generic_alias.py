"""types.GenericAlias (`list[int]`) and types.UnionType (`int | str`).

The VM calls in here on two rare paths: subscripting a builtin generic
class (`GenericAlias(list, int)`) and `|` between classes or None
(`_union(int, str)`). Both are ordinary Python classes that present
themselves as `types.GenericAlias` and `types.UnionType`.
"""


def _arg_repr(arg):
    # How CPython shows one argument of an alias: `...`, nested aliases by
    # their repr, classes by (module-qualified) name.
    if arg is ...:
        return "..."
    if isinstance(arg, list):
        return "[" + ", ".join(_arg_repr(a) for a in arg) + "]"
    if arg is type(None):
        return "None"
    try:
        if hasattr(arg, "__origin__") and hasattr(arg, "__args__"):
            return repr(arg)
        qualname = arg.__qualname__
        module = arg.__module__
    except AttributeError:
        return repr(arg)
    if not isinstance(qualname, str) or not isinstance(module, str):
        return repr(arg)
    if module == "builtins":
        return qualname
    return module + "." + qualname


def _collect_parameters(args):
    # Type variables (anything that can be substituted) in first-seen order,
    # including those inside nested aliases.
    params = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if hasattr(arg, "__typing_subst__"):
            if arg not in params:
                params.append(arg)
            continue
        for p in getattr(arg, "__parameters__", ()) or ():
            if p not in params:
                params.append(p)
    return tuple(params)


def _substitute(alias, args, items):
    params = alias.__parameters__
    if not params:
        raise TypeError(f"{alias!r} is not a generic class")
    if not isinstance(items, tuple):
        items = (items,)
    if len(items) != len(params):
        many = "many" if len(items) > len(params) else "few"
        raise TypeError(
            f"Too {many} arguments for {alias!r}; actual {len(items)}, expected {len(params)}"
        )
    table = dict(zip(params, items))
    new = []
    for arg in args:
        if isinstance(arg, type):
            new.append(arg)
        elif hasattr(arg, "__typing_subst__") and arg in table:
            new.append(arg.__typing_subst__(table[arg]))
        elif getattr(arg, "__parameters__", None):
            sub = tuple(table[p] for p in arg.__parameters__)
            new.append(arg[sub if len(sub) != 1 else sub[0]])
        else:
            new.append(arg)
    return tuple(new)


# Attributes an alias answers itself; every other one is its origin's.
_OWN = frozenset({
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
    "__reduce__", "__copy__", "__deepcopy__",
})


class GenericAlias:
    """Represent a PEP 585 generic type

    E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    __module__ = "types"

    def __init__(self, origin, args, /, *, _unpacked=False):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, "_origin", origin)
        object.__setattr__(self, "_args", args)
        object.__setattr__(self, "_unpacked", _unpacked)
        object.__setattr__(self, "_parameters", None)

    def __getattribute__(self, name):
        if name in _OWN or name.startswith("_") and name[1:2] != "_":
            return object.__getattribute__(self, name)
        if name in ("__repr__", "__eq__", "__hash__", "__call__", "__getitem__",
                    "__or__", "__ror__", "__iter__", "__instancecheck__",
                    "__subclasscheck__", "__dir__", "__setattr__", "__getattribute__",
                    "__ne__", "__init__", "__new__", "__str__", "__format__"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_origin"), name)

    @property
    def __origin__(self):
        return self._origin

    @property
    def __args__(self):
        return self._args

    @property
    def __unpacked__(self):
        return self._unpacked

    @property
    def __parameters__(self):
        if self._parameters is None:
            object.__setattr__(self, "_parameters", _collect_parameters(self._args))
        return self._parameters

    @property
    def __typing_unpacked_tuple_args__(self):
        if self._unpacked and self._origin is tuple:
            return self._args
        return None

    def __repr__(self):
        if len(self._args) == 0:
            inner = "()"
        else:
            inner = ", ".join(_arg_repr(a) for a in self._args)
        text = f"{_arg_repr(self._origin)}[{inner}]"
        return "*" + text if self._unpacked else text

    def __call__(self, *args, **kwargs):
        result = self._origin(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self._origin,)

    def __getitem__(self, items):
        args = _substitute(self, self._args, items)
        return GenericAlias(self._origin, args, _unpacked=self._unpacked)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self._origin == other._origin and self._args == other._args
                and self._unpacked == other._unpacked)

    def __hash__(self):
        return hash(self._origin) ^ hash(self._args)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __iter__(self):
        yield GenericAlias(self._origin, self._args, _unpacked=True)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __reduce__(self):
        return GenericAlias, (self._origin, self._args)

    def __setattr__(self, name, value):
        raise AttributeError(f"readonly attribute")

    def __dir__(self):
        names = set(dir(self._origin))
        names.update(_OWN)
        return sorted(names)


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _union(a, b):
    """`a | b` for classes, None, aliases and unions (NotImplemented for
    anything else, so the other operand's `__or__` may answer)."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        if isinstance(x, UnionType):
            items = x.__args__
        else:
            items = (type(None) if x is None else x,)
        for item in items:
            if item not in args:
                args.append(item)
    if len(args) == 1:
        return args[0]
    return UnionType._make(tuple(args))


class UnionType:
    """Represent a PEP 604 union type

    E.g. for int | str"""

    __module__ = "types"

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    @classmethod
    def _make(cls, args):
        self = object.__new__(cls)
        object.__setattr__(self, "_args", args)
        object.__setattr__(self, "_parameters", None)
        return self

    @property
    def __args__(self):
        return self._args

    @property
    def __parameters__(self):
        if self._parameters is None:
            object.__setattr__(self, "_parameters", _collect_parameters(self._args))
        return self._parameters

    def __repr__(self):
        return " | ".join(_arg_repr(a) for a in self._args)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        try:
            return frozenset(self._args) == frozenset(other._args)
        except TypeError:
            return set(self._args) == set(other._args)

    def __hash__(self):
        return hash(frozenset(self._args))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __getitem__(self, items):
        args = _substitute(self, self._args, items)
        result = args[0]
        for arg in args[1:]:
            result = result | arg
        return result

    def __instancecheck__(self, obj):
        return any(isinstance(obj, arg) for arg in self._args)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, arg) for arg in self._args)

    def __setattr__(self, name, value):
        raise AttributeError(f"readonly attribute")

