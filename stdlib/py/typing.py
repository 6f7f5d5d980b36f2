"""typing: the names of type hints, usable at run time (whirl's own).

Type hints are data here: subscripting a generic (List[int], Union[...],
Callable[[int], str], a user's Generic class) gives an alias object that
remembers its origin and arguments, prints as CPython's do, substitutes
type variables, and can be introspected with get_origin/get_args and
get_type_hints. Nothing is checked at run time beyond what CPython checks.
"""

import collections
import collections.abc
import functools
import sys

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef", "Generic", "Literal",
    "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar", "TypeVarTuple", "Union",
    "AbstractSet", "ByteString", "Container", "ContextManager", "Hashable", "ItemsView", "Iterable",
    "Iterator", "KeysView", "Mapping", "MappingView", "MutableMapping", "MutableSequence", "MutableSet",
    "Sequence", "Sized", "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine",
    "Collection", "AsyncGenerator", "AsyncContextManager", "Reversible", "SupportsAbs", "SupportsBytes",
    "SupportsComplex", "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap",
    "Counter", "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple",
    "TypedDict", "Generator", "BinaryIO", "IO", "Match", "Pattern", "TextIO", "AnyStr", "assert_type",
    "assert_never", "cast", "clear_overloads", "dataclass_transform", "final", "get_args", "get_origin",
    "get_overloads", "get_type_hints", "is_typeddict", "LiteralString", "Never", "NewType",
    "no_type_check", "no_type_check_decorator", "NoReturn", "NotRequired", "overload", "ParamSpecArgs",
    "ParamSpecKwargs", "Required", "reveal_type", "runtime_checkable", "Self", "Text", "TYPE_CHECKING",
    "TypeAlias", "TypeGuard", "Unpack",
]

TYPE_CHECKING = False

builtins_property = property


def _type_repr(obj):
    """How a type shows inside a hint's repr: builtins by name, other
    classes qualified by module, `...`, functions by name, else repr."""
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasBase):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


def _caller_module(depth=2, default="__main__"):
    try:
        return sys._getframe(depth).f_globals.get("__name__", default)
    except (AttributeError, ValueError):
        return default


def _type_convert(arg, module=None, *, allow_special_forms=False):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Refuses what cannot be a type hint, with CPython's messages."""
    invalid_generic_forms = (Generic, Protocol)
    if not allow_special_forms:
        invalid_generic_forms += (ClassVar,)
        if is_argument:
            invalid_generic_forms += (Final,)
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid_generic_forms:
        raise TypeError("%s is not valid as type argument" % (arg,))
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError("Plain %s is not valid as type argument" % (arg,))
    if type(arg) is tuple:
        raise TypeError("%s Got %.100r." % (msg, arg))
    return arg


def _collect_parameters(args):
    """The type variables in args, in order of first appearance."""
    parameters = []
    for t in args:
        if isinstance(t, type):
            continue
        if hasattr(t, "__typing_subst__"):
            if t not in parameters:
                parameters.append(t)
        elif isinstance(t, (list, tuple)):
            for x in _collect_parameters(t):
                if x not in parameters:
                    parameters.append(x)
        else:
            for x in getattr(t, "__parameters__", ()):
                if x not in parameters:
                    parameters.append(x)
    return tuple(parameters)


def _deduplicate(params):
    if len(params) < 2:
        return params
    seen = []
    for p in params:
        if p not in seen:
            seen.append(p)
    return seen


def _remove_dups_flatten(parameters):
    params = []
    for p in parameters:
        if isinstance(p, _UnionGenericAlias):
            params.extend(p.__args__)
        elif _is_builtin_union(p):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(_deduplicate(params))


def _is_builtin_union(p):
    return type(p).__name__ == "UnionType" and type(p).__module__ == "types"


# The clear() of every cache _tp_cache makes (tests empty them).
_cleanups = []


def _tp_cache(func):
    """Caches the aliases subscripting makes (hashable arguments only)."""
    cache = {}
    _cleanups.append(cache.clear)

    @functools.wraps(func)
    def inner(*args, **kwds):
        try:
            key = (args, tuple(sorted(kwds.items())))
            hash(key)
        except TypeError:
            return func(*args, **kwds)
        try:
            return cache[key]
        except KeyError:
            result = cache[key] = func(*args, **kwds)
            return result

    return inner


class _Final:
    """Classes of typing's own objects may not be subclassed."""

    __slots__ = ("__weakref__",)

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if "_root" not in kwds and not _root:
            raise TypeError("Cannot subclass special typing classes")


class _NotIterable:
    __slots__ = ()
    __iter__ = None


# ----- special forms -----


class _SpecialForm(_Final, _NotIterable, _root=True):
    __slots__ = ("_name", "__doc__", "_getitem")

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ("__name__", "__qualname__"):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % (self,))

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _LiteralSpecialForm(_SpecialForm, _root=True):
    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return self._getitem(self, *parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Every type is compatible with Any, and Any with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


@_SpecialForm
def NoReturn(self, parameters):
    """A function that never returns."""
    raise TypeError("%s is not subscriptable" % (self,))


@_SpecialForm
def Never(self, parameters):
    """The bottom type, which has no values."""
    raise TypeError("%s is not subscriptable" % (self,))


@_SpecialForm
def Self(self, parameters):
    """The type of the enclosing class."""
    raise TypeError("%s is not subscriptable" % (self,))


@_SpecialForm
def LiteralString(self, parameters):
    """Only literal strings are compatible."""
    raise TypeError("%s is not subscriptable" % (self,))


@_SpecialForm
def ClassVar(self, parameters):
    """A class variable, not an instance one."""
    item = _type_check(parameters, "%s accepts only single type." % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """A name that cannot be reassigned or overridden."""
    item = _type_check(parameters, "%s accepts only single type." % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y]: either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _remove_dups_flatten(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and type(None) in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    arg = _type_check(parameters, "%s requires a single type." % (self,))
    return Union[arg, type(None)]


@_LiteralSpecialForm
def Literal(self, *parameters):
    """Literal[1, 'a']: exactly these values."""
    parameters = _flatten_literal_params(parameters)
    try:
        parameters = tuple(p for p, _ in _deduplicate(list(_value_and_type_iter(parameters))))
    except TypeError:
        pass
    return _LiteralGenericAlias(self, parameters)


def _flatten_literal_params(parameters):
    params = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(params)


def _value_and_type_iter(parameters):
    return ((p, type(p)) for p in parameters)


@_SpecialForm
def TypeAlias(self, parameters):
    """Marks an explicit type alias."""
    raise TypeError("%s is not subscriptable" % (self,))


@_SpecialForm
def Concatenate(self, parameters):
    """Concatenate[int, P]: parameters added before a ParamSpec."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(self, parameters)


@_SpecialForm
def TypeGuard(self, parameters):
    """The return type of a type-narrowing function."""
    item = _type_check(parameters, "%s accepts only single type." % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """A TypedDict key that must be present."""
    item = _type_check(parameters, "%s accepts only a single type." % (self._name,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """A TypedDict key that may be missing."""
    item = _type_check(parameters, "%s accepts only a single type." % (self._name,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    """Unpack[Ts], or *Ts."""
    item = _type_check(parameters, "%s accepts only single type." % (self._name,))
    return _UnpackGenericAlias(origin=self, args=(item,))


# ----- forward references and type variables -----


class ForwardRef(_Final, _root=True):
    """A type hint given as a string, evaluated later."""

    __slots__ = ("__forward_arg__", "__forward_code__", "__forward_evaluated__", "__forward_value__",
                 "__forward_is_argument__", "__forward_is_class__", "__forward_module__")

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        if arg[0] == "*":
            arg_to_compile = "(%s,)[0]" % (arg,)
        else:
            arg_to_compile = arg
        try:
            code = compile(arg_to_compile, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError("Forward reference must be an expression -- got %r" % (arg,))
        except NameError:
            code = arg_to_compile  # no compile(): eval the text later
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                globalns = getattr(sys.modules.get(self.__forward_module__, None), "__dict__", globalns)
            type_ = _type_check(eval(self.__forward_code__, globalns, localns),
                                "Forward references must evaluate to types.",
                                is_argument=self.__forward_is_argument__,
                                allow_special_forms=self.__forward_is_class__)
            self.__forward_value__ = _eval_type(type_, globalns, localns,
                                                recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return self.__forward_arg__ == other.__forward_arg__ and self.__forward_value__ == other.__forward_value__
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ""
        else:
            module_repr = ", module=%r" % (self.__forward_module__,)
        return "ForwardRef(%r%s)" % (self.__forward_arg__, module_repr)


class _BoundVarianceMixin:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__


class TypeVar(_Final, _BoundVarianceMixin, _root=True):
    """A type variable: T = TypeVar('T'), with optional constraints or bound."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __typing_subst__(self, arg):
        msg = "Parameters to generic types must be types."
        arg = _type_check(arg, msg, is_argument=True)
        if (isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack) or (
                isinstance(arg, GenericAlias) and getattr(arg, "__unpacked__", False)):
            raise TypeError("%r is not valid as type argument" % (arg,))
        return arg

    def __reduce__(self):
        return self.__name__


class TypeVarTuple(_Final, _root=True):
    """A variadic type variable: Ts = TypeVarTuple('Ts'), used as *Ts."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")


class ParamSpecArgs(_Final, _root=True):
    """P.args"""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.args" % (self.__origin__.__name__,)

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__.__name__))


class ParamSpecKwargs(_Final, _root=True):
    """P.kwargs"""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.kwargs" % (self.__origin__.__name__,)

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__.__name__))


class ParamSpec(_Final, _BoundVarianceMixin, _root=True):
    """A parameter specification variable: P = ParamSpec('P')."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            arg = tuple(_type_check(a, "Expected a type.") for a in arg)
        elif not (arg is ... or isinstance(arg, (ParamSpec, _ConcatenateGenericAlias))):
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got %s" % (arg,))
        return arg


# ----- generic aliases -----


class _GenericAliasBase:
    """Marks typing's alias objects (they are not classes)."""


def _is_dunder(attr):
    return attr.startswith("__") and attr.endswith("__")


class _BaseGenericAlias(_Final, _GenericAliasBase, _root=True):
    """What List[int] and a bare List share: the origin they stand for."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        self.__slots__ = None

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return self._name or self.__origin__.__name__
        if "__origin__" in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _is_dunder(attr) or attr in ("_name", "_inst", "_nparams", "_paramspec_tvars", "_typevar_types"):
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        return list(set(super().__dir__() + [attr for attr in dir(self.__origin__) if not _is_dunder(attr)]))


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic: List[int], ClassVar[int], MyGeneric[T]."""

    def __init__(self, origin, args, *, inst=True, name=None, _paramspec_tvars=False):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        self._paramspec_tvars = _paramspec_tvars
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    @_tp_cache
    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError("Cannot subscript already-subscripted %s" % (self,))
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % (self,))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(p) for p in args)
        new_args = self._determine_new_args(args)
        return self.copy_with(new_args)

    def _determine_new_args(self, args):
        params = self.__parameters__
        for param in params:
            prepare = getattr(param, "__typing_prepare_subst__", None)
            if prepare is not None:
                args = prepare(self, args)
        if len(params) == 1 and isinstance(params[0], ParamSpec) and not (
                len(args) == 1 and (isinstance(args[0], (list, tuple)) or args[0] is ...)):
            args = (args,)
        alen = len(args)
        plen = len(params)
        if alen != plen:
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if alen > plen else "few", self, alen, plen))
        new_arg_by_param = dict(zip(params, args))
        return tuple(self._make_substitution(self.__args__, new_arg_by_param))

    def _make_substitution(self, args, new_arg_by_param):
        new_args = []
        for old_arg in args:
            if isinstance(old_arg, type):
                new_args.append(old_arg)
                continue
            substfunc = getattr(old_arg, "__typing_subst__", None)
            if substfunc:
                new_arg = substfunc(new_arg_by_param[old_arg])
            else:
                subparams = getattr(old_arg, "__parameters__", ())
                if not subparams:
                    new_arg = old_arg
                else:
                    subargs = []
                    for x in subparams:
                        subargs.append(new_arg_by_param[x])
                    new_arg = old_arg[tuple(subargs)]
            if self.__origin__ is collections.abc.Callable and isinstance(new_arg, tuple):
                new_args.extend(new_arg)
            else:
                new_args.append(new_arg)
        return new_args

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst,
                              _paramspec_tvars=self._paramspec_tvars)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return "%s[%s]" % (name, args)

    def __reduce__(self):
        if self._name:
            origin = globals()[self._name]
        else:
            origin = self.__origin__
        args = tuple(self.__args__)
        if len(args) == 1 and not isinstance(args[0], tuple):
            args, = args
        return _operator_getitem, (origin, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError("Cannot subclass %r" % (self,))
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


def _operator_getitem(a, b):
    return a[b]


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """A bare alias of a container: List, Dict, ...; subscripting gives a
    _GenericAlias, isinstance/issubclass go to the container."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == "builtins":
            self.__doc__ = "A generic version of %s." % (origin.__qualname__,)
        else:
            self.__doc__ = "A generic version of %s.%s." % (origin.__module__, origin.__qualname__)

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        actual = len(params)
        if actual != self._nparams:
            if not self._nparams:
                raise TypeError("%s is not a generic class" % (self,))
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if actual > self._nparams else "few", self, actual, self._nparams))
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def __repr__(self):
        assert self._name == "Callable"
        args = self.__args__
        if len(args) == 2 and (args[0] is Ellipsis or isinstance(args[0], (ParamSpec, _ConcatenateGenericAlias))):
            return super().__repr__()
        return "typing.Callable[[%s], %s]" % (", ".join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and args[0] is Ellipsis):
            args = list(args[:-1]), args[-1]
        return _operator_getitem, (Callable, args)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst,
                                     _paramspec_tvars=True)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return self.__getitem_inner__(params)

    @_tp_cache
    def __getitem_inner__(self, params):
        args, result = params
        msg = "Callable[args, result]: result must be a type."
        result = _type_check(result, msg)
        if args is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(arg) for arg in args)
        params = args + (result,)
        return self.copy_with(params)


class _TupleType(_SpecialGenericAlias, _root=True):
    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _TypingEllipsis:
    """Internal placeholder for ... (ellipsis)."""


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias,)) and not _is_builtin_union(other):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return "typing.Optional[%s]" % (_type_repr(args[1]),)
            if args[1] is type(None):
                return "typing.Optional[%s]" % (_type_repr(args[0]),)
        return "typing.Union[%s]" % (", ".join(_type_repr(a) for a in args),)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        func, (origin, args) = super().__reduce__()
        return func, (Union, args)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(_value_and_type_iter(self.__args__)) == set(_value_and_type_iter(other.__args__))

    def __hash__(self):
        return hash(frozenset(_value_and_type_iter(self.__args__)))

    def __repr__(self):
        return "typing.Literal[%s]" % (", ".join(repr(a) for a in self.__args__),)


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return "*" + repr(self.__args__[0])

    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return super().__getitem__(args)

    @builtins_property
    def __typing_unpacked_tuple_args__(self):
        assert self.__origin__ is Unpack
        assert len(self.__args__) == 1
        arg, = self.__args__
        if isinstance(arg, _GenericAlias):
            assert arg.__origin__ is tuple
            return arg.__args__
        return None

    @builtins_property
    def __typing_is_unpacked_typevartuple__(self):
        assert self.__origin__ is Unpack
        assert len(self.__args__) == 1
        return isinstance(self.__args__[0], TypeVarTuple)


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Annotated[T, x, ...]: T with metadata for tools."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        new_type = params[0]
        return _AnnotatedAlias(new_type, self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__),
                                             ", ".join(repr(a) for a in self.__metadata__))

    def __reduce__(self):
        return _operator_getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return "Annotated"
        return super().__getattr__(attr)


class Annotated:
    """Annotated[T, x]: the type T carrying metadata x."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        msg = "Annotated[t, ...]: t must be a type."
        origin = _type_check(params[0], msg, allow_special_forms=True)
        metadata = tuple(params[1:])
        return _AnnotatedAlias(origin, metadata)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass %s.Annotated" % (cls.__module__,))


# ----- Generic and Protocol -----


class Generic:
    """The base of user-defined generic classes: class C(Generic[T])."""

    __slots__ = ()
    _is_protocol = False

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError("Parameter list to %s[...] cannot be empty" % (cls.__qualname__,))
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError("Parameters to %s[...] must all be type variables or parameter specification variables."
                                % (cls.__name__,))
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % (cls.__name__,))
        else:
            parameters = cls.__dict__.get("__parameters__", ())
            if not parameters:
                raise TypeError("%s is not a generic class" % (cls,))
            alen = len(params)
            plen = len(parameters)
            if alen != plen and not any(isinstance(p, TypeVarTuple) for p in parameters):
                raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                                % ("many" if alen > plen else "few", cls, alen, plen))
        return _GenericAlias(cls, params, _paramspec_tvars=True)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if "__orig_bases__" in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = Generic in cls.__bases__ and cls.__name__ != "Protocol" and type(cls) != _TypedDictMeta
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if "__orig_bases__" in cls.__dict__:
            tvars = list(_collect_parameters(cls.__orig_bases__))
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    s_vars = ", ".join(str(t) for t in tvars if t not in gvarset)
                    s_args = ", ".join(str(g) for g in gvars)
                    raise TypeError("Some type variables (%s) are not listed in Generic[%s]" % (s_vars, s_args))
                tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec, TypeVarTuple)) or (
        isinstance(x, _UnpackGenericAlias) and x.__typing_is_unpacked_typevartuple__)


_TYPING_INTERNALS = frozenset({"__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol",
                               "_is_runtime_protocol", "__protocol_attrs__", "__callable_proto_members_only__"})
_SPECIAL_NAMES = frozenset({"__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
                            "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
                            "__class_getitem__", "__qualname__", "__init_subclass__", "__match_args__"})
_EXCLUDED_ATTRS = _TYPING_INTERNALS | _SPECIAL_NAMES | {"_MutableMapping__marker", "__hash__", "__eq__",
                                                         "_abc_registry", "_abc_cache", "_abc_negative_cache",
                                                         "_abc_negative_cache_version"}


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = getattr(base, "__annotations__", {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith("_abc_") and attr not in _EXCLUDED_ATTRS:
                attrs.add(attr)
    return attrs


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


class _ProtocolMeta(type(collections.abc.Iterable)):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False) and not getattr(cls, "_is_runtime_protocol", False) \
                and not _allow_reckless_class_checks(depth=2):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if (not getattr(cls, "_is_protocol", False) or _is_callable_members_only(cls)) and \
                issubclass(instance.__class__, cls):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


def _allow_reckless_class_checks(depth=3):
    try:
        return sys._getframe(depth).f_globals["__name__"] in ("abc", "functools")
    except (AttributeError, ValueError, KeyError):
        return False


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of structural types: a class matches a runtime_checkable
    Protocol when it has all its members."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get("_is_protocol", False):
                return NotImplemented
            if not getattr(cls, "_is_runtime_protocol", False):
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            if not _is_callable_members_only(cls):
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            for attr in _get_protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                    annotations = getattr(base, "__annotations__", {})
                    if isinstance(annotations, collections.abc.Mapping) and attr in annotations and \
                            issubclass(other, Generic) and other._is_protocol:
                        break
                else:
                    if getattr(other, attr, None) is None:
                        return NotImplemented
            return True

        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base in (object, Generic) or
                    base.__module__ in ("collections.abc", "contextlib") and base.__name__ in _PROTO_ALLOWLIST or
                    issubclass(base, Generic) and base._is_protocol):
                raise TypeError("Protocols can only inherit from other protocols, got %r" % (base,))
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


_PROTO_ALLOWLIST = ("Callable", "Awaitable", "Iterable", "Iterator", "AsyncIterable", "AsyncIterator",
                    "Hashable", "Sized", "Container", "Collection", "Reversible", "AbstractContextManager",
                    "AbstractAsyncContextManager")


def runtime_checkable(cls):
    """Lets isinstance/issubclass check a Protocol structurally."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % (cls,))
    cls._is_runtime_protocol = True
    return cls


# ----- functions -----


def cast(typ, val):
    """Returns val unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ, /):
    return val


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def _idfunc(x, /):
    return x


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        value = value[:_ASSERT_NEVER_REPR_MAX_LENGTH] + "..."
    raise AssertionError("Expected code to be unreachable, but got: %s" % (value,))


def reveal_type(obj, /):
    print("Runtime type is %r" % (type(obj).__name__,), file=sys.stderr)
    return obj


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_GenericAlias, GenericAlias)) or _is_builtin_union(t):
        if isinstance(t, GenericAlias):
            args = tuple(ForwardRef(arg) if isinstance(arg, str) else arg for arg in t.__args__)
            if args != t.__args__:
                t = t.__origin__[args]
        ev_args = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in t.__args__)
        if ev_args == t.__args__:
            return t
        if isinstance(t, GenericAlias):
            return GenericAlias(t.__origin__, ev_args)
        if _is_builtin_union(t):
            return functools.reduce(lambda a, b: a | b, ev_args)
        return t.copy_with(ev_args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return t.copy_with(stripped)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class (with its bases') or function,
    with string annotations evaluated."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), "__dict__", {})
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            if isinstance(ann, type(_type_repr.__get__)):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                value = _eval_type(value, base_globals, base_locals)
                hints[name] = value
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        if isinstance(obj, type(sys)):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, "__wrapped__"):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, "__annotations__", None)
    if hints is None:
        if isinstance(obj, (type(_type_repr), type(sys), type, type(len))) or callable(obj):
            return {}
        raise TypeError("%r is not a module, class, method, or function." % (obj,))
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, type(sys)), is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


def get_origin(tp):
    """The unsubscripted form of a hint: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if _is_builtin_union(tp):
        import types

        return types.UnionType
    return None


def get_args(tp):
    """The arguments of a hint: get_args(Dict[int, str]) is (int, str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, GenericAlias)):
        res = tp.__args__
        if _should_unflatten_callable_args(tp, res):
            res = (list(res[:-1]), res[-1])
        return res
    if _is_builtin_union(tp):
        return tp.__args__
    return ()


def _should_unflatten_callable_args(typ, args):
    return typ.__origin__ is collections.abc.Callable and not (
        len(args) == 2 and (args[0] is Ellipsis or isinstance(args[0], (ParamSpec, _ConcatenateGenericAlias))))


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Marks a signature for type checkers; the last, undecorated
    definition is the one that runs."""
    f = getattr(func, "__func__", func)
    try:
        key = (f.__module__, f.__qualname__)
        _overload_registry.setdefault(key, []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    f = getattr(func, "__func__", func)
    return list(_overload_registry.get((getattr(f, "__module__", None), getattr(f, "__qualname__", None)), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    """Marks a class or method as final (not to be overridden)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if not hasattr(obj, "__qualname__") or obj.__qualname__ != "%s.%s" % (arg.__qualname__, obj.__name__) \
                    or getattr(obj, "__module__", None) != arg.__module__:
                continue
            if isinstance(obj, type(_type_repr)):
                obj.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func

    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn

    return decorator


class NewType:
    """NewType('UserId', int): a distinct name for int, callable as int's
    identity at run time."""

    __call__ = _identity = staticmethod(lambda x: x)

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError("Cannot subclass an instance of NewType. Perhaps you were looking for: "
                                "`%s = NewType(%r, %s)`" % (subclass_name, subclass_name, superclass_name))

        return (Dummy,)

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ----- NamedTuple and TypedDict -----


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, "field %s annotation must be a type" % (n,)) for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types
    return nm_tpl


_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults",
                         "_make", "_replace", "_asdict", "_source"})
_special = frozenset({"__module__", "__name__", "__annotations__"})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        assert _NamedTuple in bases
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (field_name, "s" if len(default_names) > 1 else "", ", ".join(default_names)))
        nm_tpl = _make_nmtuple(typename, types.items(), defaults=[ns[n] for n in default_names],
                               module=ns["__module__"])
        nm_tpl.__bases__ = bases if bases != (tuple,) else nm_tpl.__bases__
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed namedtuple: NamedTuple('P', [('x', int)]) or a class
    deriving from NamedTuple with annotated fields."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        # A generic TypedDict (3.11) keeps Generic among its bases.
        generic_base = (Generic,) if any(b is Generic or issubclass(b, Generic) for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        annotations = {}
        own_annotations = ns.get("__annotations__", {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {n: _type_check(tp, msg, module=tp_dict.__module__) for n, tp in own_annotations.items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required_keys.update(base.__dict__.get("__required_keys__", ()))
            optional_keys.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own_annotations)
        for annotation_key, annotation_type in own_annotations.items():
            origin = get_origin(annotation_type)
            if origin is Annotated:
                annotation_args = get_args(annotation_type)
                if annotation_args:
                    annotation_type = annotation_args[0]
                    origin = get_origin(annotation_type)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(annotation_key)
                optional_keys.discard(annotation_key)
            else:
                optional_keys.add(annotation_key)
                required_keys.discard(annotation_key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        # Instances of a TypedDict are plain dicts.
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys: TypedDict('Movie',
    {'name': str}) or a class deriving from TypedDict."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {"__annotations__": dict(fields)}
    module = _caller_module()
    if module is not None:
        ns["__module__"] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


# ----- the aliases of builtin and collections.abc classes -----

_alias = _SpecialGenericAlias

Hashable = _alias(collections.abc.Hashable, 0)
Awaitable = _alias(collections.abc.Awaitable, 1)
Coroutine = _alias(collections.abc.Coroutine, 3)
AsyncIterable = _alias(collections.abc.AsyncIterable, 1)
AsyncIterator = _alias(collections.abc.AsyncIterator, 1)
Iterable = _alias(collections.abc.Iterable, 1)
Iterator = _alias(collections.abc.Iterator, 1)
Reversible = _alias(collections.abc.Reversible, 1)
Sized = _alias(collections.abc.Sized, 0)
Container = _alias(collections.abc.Container, 1)
Collection = _alias(collections.abc.Collection, 1)
Callable = _CallableType(collections.abc.Callable, 2)
AbstractSet = _alias(collections.abc.Set, 1, name="AbstractSet")
MutableSet = _alias(collections.abc.MutableSet, 1)
Mapping = _alias(collections.abc.Mapping, 2)
MutableMapping = _alias(collections.abc.MutableMapping, 2)
Sequence = _alias(collections.abc.Sequence, 1)
MutableSequence = _alias(collections.abc.MutableSequence, 1)
ByteString = _alias(collections.abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _alias(list, 1, inst=False, name="List")
Deque = _alias(collections.deque, 1, name="Deque")
Set = _alias(set, 1, inst=False, name="Set")
FrozenSet = _alias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _alias(collections.abc.MappingView, 1)
KeysView = _alias(collections.abc.KeysView, 1)
ItemsView = _alias(collections.abc.ItemsView, 2)
ValuesView = _alias(collections.abc.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name="Dict")
DefaultDict = _alias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
if hasattr(collections, "ChainMap"):
    ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(collections.abc.Generator, 3)
AsyncGenerator = _alias(collections.abc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name="Type")

try:
    import contextlib

    ContextManager = _alias(contextlib.AbstractContextManager, 1, name="ContextManager")
    AsyncContextManager = _alias(contextlib.AbstractAsyncContextManager, 1, name="AsyncContextManager")
except ImportError:
    pass

Text = str
AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""

    __slots__ = ()

    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    __slots__ = ()

    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    __slots__ = ()

    def __round__(self, ndigits: int = 0) -> T_co:
        pass


class IO(Generic[AnyStr]):
    """The generic type of file objects."""

    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


try:
    import re as _re

    Pattern = _alias(type(_re.compile("")), 1, name="Pattern")
    Match = _alias(type(_re.match("", "")), 1, name="Match")
    del _re
except ImportError:
    pass


try:
    GenericAlias = type(list[int])
except TypeError:
    GenericAlias = type
if GenericAlias is type:
    # list[int] is list itself here: nothing is a builtin generic alias.
    class GenericAlias:
        """Stands in for types.GenericAlias where list[int] is missing."""

    # As CPython's typing.GenericAlias, it belongs to `types`.
    GenericAlias.__module__ = "types"
