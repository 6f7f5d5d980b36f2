"""dataclasses: classes whose methods are written from their annotated
fields (whirl's own).

@dataclass reads the class's `__annotations__` in order, after those of its
dataclass bases, makes a Field for each (ClassVar annotations are not
fields; InitVar ones are __init__ parameters only), then writes the
requested methods as Python source compiled with exec, so that signatures,
defaults and error messages are those of ordinary functions.
"""

import builtins
import copy
import sys

__all__ = [
    "dataclass",
    "field",
    "Field",
    "FrozenInstanceError",
    "InitVar",
    "KW_ONLY",
    "MISSING",
    "fields",
    "asdict",
    "astuple",
    "make_dataclass",
    "replace",
    "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = {}


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return "dataclasses.InitVar[%s]" % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class _MappingProxy:
    """A read-only view of a field's metadata."""

    def __init__(self, mapping):
        if not hasattr(type(mapping), "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def __eq__(self, other):
        return dict(self.items()) == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)


_repr_running = set()


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init", "compare",
                 "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA_PROXY if metadata is None else _MappingProxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        # A field whose type is the field itself (`C: C = field()`) shows "...".
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return (
                "Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,"
                "compare=%r,metadata=%r,kw_only=%r,_field_type=%r)"
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr, self.hash,
                   self.compare, self.metadata, self.kw_only, self._field_type)
            )
        finally:
            _repr_running.discard(key)

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


_EMPTY_METADATA_PROXY = _MappingProxy(_EMPTY_METADATA)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return "_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)" % (
            self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Describes one field: its default or default factory and in which
    generated methods it takes part."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only), tuple(f for f in fields if f.init and f.kw_only))


def _tuple_str(obj_name, fields):
    if not fields:
        return "()"
    return "(%s,)" % ",".join("%s.%s" % (obj_name, f.name) for f in fields)


def _create_fn(name, args, body, *, globals, locals=None, return_type=MISSING):
    """Compiles `def name(args): body` with `locals` as closure variables."""
    if locals is None:
        locals = {}
    return_annotation = ""
    if return_type is not MISSING:
        locals["_return_type"] = return_type
        return_annotation = "->_return_type"
    body_text = "\n".join("  " + line for line in body)
    txt = " def %s(%s)%s:\n%s" % (name, ", ".join(args), return_annotation, body_text)
    local_vars = ", ".join(locals.keys())
    txt = "def __create_fn__(%s):\n%s\n return %s" % (local_vars, txt, name)
    ns = {}
    exec(txt, globals, ns)
    return ns["__create_fn__"](**locals)


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return "__dataclass_builtins_object__.__setattr__(%s,%r,%s)" % (self_name, name, value)
    return "%s.%s=%s" % (self_name, name, value)


def _field_init(f, frozen, globals, self_name, slots):
    default_name = "_dflt_%s" % f.name
    if f.default_factory is not MISSING:
        if f.init:
            globals[default_name] = f.default_factory
            value = "%s() if %s is _HAS_DEFAULT_FACTORY else %s" % (default_name, f.name, f.name)
        else:
            globals[default_name] = f.default_factory
            value = "%s()" % default_name
    else:
        if f.init:
            if f.default is MISSING:
                value = f.name
            else:
                globals[default_name] = f.default
                value = f.name
        else:
            if slots and f.default is not MISSING:
                globals[default_name] = f.default
                value = default_name
            else:
                return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ""
    elif f.default is not MISSING:
        default = "=_dflt_%s" % f.name
    else:
        default = "=_HAS_DEFAULT_FACTORY"
    return "%s:_type_%s%s" % (f.name, f.name, default)


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument %r follows default argument" % f.name)
    locals = {"_type_%s" % f.name: f.type for f in fields}
    locals.update({
        "MISSING": MISSING,
        "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
        "__dataclass_builtins_object__": object,
    })
    body_lines = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body_lines.append(line)
    if has_post_init:
        params_str = ",".join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body_lines.append("%s.%s(%s)" % (self_name, _POST_INIT_NAME, params_str))
    if not body_lines:
        body_lines = ["pass"]
    params = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params += ["*"] + [_init_param(f) for f in kw_only_fields]
    return _create_fn("__init__", params, body_lines, locals=locals, globals=globals, return_type=None)


class _ReprGuard:
    """Keeps repr from recursing into an object it is already printing."""

    def __init__(self):
        self.running = set()


_repr_guard = _ReprGuard()


def _repr_fn(fields, globals):
    fn = _create_fn(
        "__repr__",
        ("self",),
        ['return self.__class__.__qualname__ + f"(' + ", ".join("%s={self.%s!r}" % (f.name, f.name) for f in fields) + ')"'],
        globals=globals,
    )

    def __repr__(self):
        key = id(self)
        if key in _repr_guard.running:
            return "..."
        _repr_guard.running.add(key)
        try:
            return fn(self)
        finally:
            _repr_guard.running.discard(key)

    __repr__.__wrapped__ = fn
    return __repr__


def _frozen_get_del_attr(cls, fields, globals):
    locals = {"cls": cls, "FrozenInstanceError": FrozenInstanceError}
    condition = "type(self) is cls"
    if fields:
        condition += " or name in {%s}" % ", ".join(repr(f.name) for f in fields)
    return (
        _create_fn("__setattr__", ("self", "name", "value"),
                   ["if %s:" % condition,
                    " raise FrozenInstanceError(f\"cannot assign to field {name!r}\")",
                    "super(cls, self).__setattr__(name, value)"],
                   locals=locals, globals=globals),
        _create_fn("__delattr__", ("self", "name"),
                   ["if %s:" % condition,
                    " raise FrozenInstanceError(f\"cannot delete field {name!r}\")",
                    "super(cls, self).__delattr__(name)"],
                   locals=locals, globals=globals),
    )


def _cmp_fn(name, op, self_tuple, other_tuple, globals):
    return _create_fn(name, ("self", "other"),
                      ["if other.__class__ is self.__class__:",
                       " return %s%s%s" % (self_tuple, op, other_tuple),
                       "return NotImplemented"],
                      globals=globals)


def _hash_fn(fields, globals):
    self_tuple = _tuple_str("self", fields)
    return _create_fn("__hash__", ("self",), ["return hash(%s)" % self_tuple], globals=globals)


def _is_classvar(a_type, typing):
    return a_type is typing.ClassVar or (
        type(a_type) is getattr(typing, "_GenericAlias", None) and a_type.__origin__ is typing.ClassVar
    )


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _is_type(annotation, cls, a_module, predicate):
    """A string annotation names what `predicate` looks for when its first
    word, looked up in the class's module (directly, or through the module
    a dotted prefix names there), is it: "ClassVar[int]" with ClassVar
    imported from typing, "typing.ClassVar[int]" with typing imported."""
    import re

    match = re.match(r"^(?:\s*(\w+)\s*\.)?\s*(\w+)", annotation)
    if not match:
        return False
    module = sys.modules.get(cls.__module__)
    if module is None:
        return False
    ns = module.__dict__
    if match.group(1) and ns.get(match.group(1)) is not a_module:
        return False
    return predicate(ns.get(match.group(2)), a_module)


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _SLOT_MEMBER_TYPES):
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    # ClassVar counts only once typing has been imported (as in CPython).
    typing = sys.modules.get("typing")
    if typing is not None and (
        _is_classvar(a_type, typing) or isinstance(a_type, str) and _is_type(a_type, cls, typing, _is_classvar)
    ):
        f._field_type = _FIELD_CLASSVAR
    this = sys.modules[__name__]
    if f._field_type is _FIELD and (
        _is_initvar(a_type, this) or isinstance(a_type, str) and _is_type(a_type, cls, this, _is_initvar)
    ):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % f.name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError("field %s is a ClassVar but specifies kw_only" % f.name)
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), f.name))
    return f


class _SlotProbe:
    __slots__ = ("probe",)


# A class attribute that is a __slots__ member is not a default value.
_SLOT_MEMBER_TYPES = tuple(t for t in (type(_SlotProbe.__dict__.get("probe")),) if t is not type(None))


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _set_qualname(cls, value):
    if isinstance(value, type(_set_qualname)):
        value.__qualname__ = "%s.%s" % (cls.__qualname__, value.__name__)


def _hash_action(cls, fields, globals, unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        return _hash_fn(fields, globals)
    if eq and frozen:
        return None if has_explicit_hash else _hash_fn(fields, globals)
    if eq and not frozen:
        return MISSING if has_explicit_hash else "none"
    return MISSING


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_seen = False
    KW_ONLY_seen = False
    for name, a_type in cls_annotations.items():
        this = sys.modules[__name__]
        if _is_kw_only(a_type, this) or isinstance(a_type, str) and _is_type(a_type, cls, this, _is_kw_only):
            if KW_ONLY_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % name)
            KW_ONLY_seen = True
            kw_only_seen = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only or kw_only_seen))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError("%r is a field but has no type annotation" % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, "__init__", _init_fn(
            all_init_fields, std_init_fields, kw_only_init_fields, frozen, has_post_init,
            "__dataclass_self__" if "self" in fields else "self", globals, slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, "__repr__", _repr_fn(flds, globals))
    if eq:
        cmp_fields = [f for f in field_list if f.compare]
        _set_new_attribute(cls, "__eq__", _cmp_fn("__eq__", "==", _tuple_str("self", cmp_fields),
                                                  _tuple_str("other", cmp_fields), globals))
    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_str("self", flds)
        other_tuple = _tuple_str("other", flds)
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, self_tuple, other_tuple, globals)):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering"
                                % (name, cls.__name__))
    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s" % (fn.__name__, cls.__name__))

    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    action = _hash_action(cls, hash_fields, globals, unsafe_hash, eq, frozen, has_explicit_hash)
    if action == "none":
        cls.__hash__ = None
    elif action is not None and action is not MISSING:
        action.__qualname__ = "%s.__hash__" % cls.__qualname__
        cls.__hash__ = action

    if not getattr(cls, "__doc__"):
        cls.__doc__ = cls.__name__ + _signature_text(std_init_fields, kw_only_init_fields)

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _annotation_text(annotation):
    # As inspect.formatannotation: classes by name (qualified outside
    # builtins), typing's forms without "typing.", anything else by repr.
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return "%s.%s" % (annotation.__module__, annotation.__qualname__)
    return repr(annotation)


def _signature_text(std_fields, kw_only_fields):
    """The text of __init__'s signature without self, as inspect shows it."""
    params = []
    for f in list(std_fields) + ["*"] + list(kw_only_fields):
        if f == "*":
            if kw_only_fields:
                params.append("*")
            continue
        text = "%s: %s" % (f.name, _annotation_text(f.type))
        if f.default is not MISSING:
            text += " = %r" % (f.default,)
        elif f.default_factory is not MISSING:
            text += " = <factory>"
        params.append(text)
    return "(%s)" % ", ".join(params)


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get("__slots__", ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    new_slots = tuple(n for n in field_names if n not in inherited)
    if weakref_slot and "__weakref__" not in inherited:
        new_slots += ("__weakref__",)
    cls_dict["__slots__"] = new_slots
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if "__getstate__" not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if "__setstate__" not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and, as asked, ordering, __hash__,
    frozenness, __match_args__, slots) written from the class's fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields (not ClassVars nor InitVars) of a dataclass or instance."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The instance as a dict of its fields, converted all the way down."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The instance as a tuple of its fields, converted all the way down."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """A new dataclass named cls_name with the given fields: names,
    (name, type) or (name, type, Field) items."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        import keyword

        if keyword.iskeyword(name):
            raise TypeError("Field names must not be keywords: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns["__annotations__"] = annotations
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "__main__"
    ns["__module__"] = module
    ns["__qualname__"] = cls_name
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance like obj with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified with replace()"
                                 % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
