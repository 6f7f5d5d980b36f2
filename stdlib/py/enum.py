"""enum: enumerations (whirl's own), as CPython 3.11's.

EnumType, the metaclass, runs the class body in an _EnumDict that tells
members (plain values, `auto()`) from methods and descriptors, then makes
each member an instance of the new class (through the mixed-in data type's
`__new__` when there is one), folding equal values into aliases. Calling
the class looks a member up by value; Flag classes make the members for
combinations of bits on demand, as STRICT/CONFORM/EJECT/KEEP boundaries say.
"""

import sys

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
    "auto", "unique", "property", "verify", "member", "nonmember", "FlagBoundary", "STRICT",
    "CONFORM", "EJECT", "KEEP", "global_flag_repr", "global_enum_repr", "global_str", "global_enum",
    "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE", "pickle_by_global_name", "pickle_by_enum_name",
]

builtins_property = property

# Defined below; EnumType.__new__ must know when it is making these.
Enum = Flag = EJECT = ReprEnum = None


class nonmember:
    """Protects a value from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces a value (a function, say) to become a member."""

    def __init__(self, value):
        self.value = value


class property:
    """An attribute of the members that is not visible on the class
    (there, the name may be a member): `name` and `value`."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or (fget.__doc__ if fget is not None else None)
        self.name = getattr(fget, "__name__", None)

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            member_map = ownerclass.__dict__.get("_member_map_", {}) if ownerclass is not None else {}
            if self.name in member_map:
                return member_map[self.name]
            raise AttributeError("%r has no attribute %r" % (ownerclass, self.name))
        if self.fget is None:
            raise AttributeError("%r member has no attribute %r" % (type(instance), self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (type(instance).__name__, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (type(instance).__name__, self.name))
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_" and name[-2:-1] != "_"


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("__")


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _iter_bits_lsb(num):
    if num < 0:
        raise ValueError("%r is not a positive integer" % num)
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def _bit_count(num):
    return bin(num).count("1")


def _bin(num, max_bits=None):
    """Two's complement binary, as flags' error messages show values."""
    ceiling = 2 ** (num.bit_length())
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Stands for the value _generate_next_value_ gives the member."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class _MappingProxy:
    """The read-only view `__members__` returns."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

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
        return dict(self._mapping) == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


_SUNDER_NAMES = ("_order_", "_generate_next_value_", "_numeric_repr_", "_missing_", "_ignore_",
                 "_iter_member_", "_iter_member_by_value_", "_iter_member_by_def_")


class _EnumDict(dict):
    """The namespace of an enum's class body: records member names in
    order, resolves auto(), and refuses names used twice."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_NAMES:
                raise ValueError("_sunder_ names, such as %r, are reserved for future Enum use" % (key,))
            if key == "_generate_next_value_":
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                fn = getattr(value, "__func__", value)
                self._generate_next_value = fn
            elif key == "_ignore_":
                if isinstance(value, str):
                    value = value.replace(",", " ").split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError("_ignore_ cannot specify already set names: %r" % (already,))
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                # `A = auto(), auto()`: each auto counts as a value of its own.
                value = tuple(self._resolve_auto(key, v, True) for v in value)
            else:
                value = self._resolve_auto(key, value, False)
                self._last_values.append(value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def _resolve_auto(self, key, v, record):
        if not isinstance(v, auto):
            return v
        if v.value is _auto_null:
            v.value = self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
            self._auto_called = True
        if record:
            self._last_values.append(v.value)
        return v.value

    def update(self, members=(), **more):
        items = members.items() if hasattr(members, "items") else members
        for k, v in items:
            self[k] = v
        for k, v in more.items():
            self[k] = v


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict._generate_next_value = getattr(first_enum, "_generate_next_value_", None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, dict(classdict), **kwds)
        ignore = classdict.get("_ignore_", [])
        if isinstance(classdict, _EnumDict):
            ignore = classdict._ignore
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        names = list(classdict._member_names) if isinstance(classdict, _EnumDict) else []
        members = {name: classdict[name] for name in names}
        body = {k: v for k, v in classdict.items() if k not in members and k not in ignore}
        invalid = {"mro", ""} & set(members)
        if invalid:
            raise ValueError("invalid enum member name(s) %s" % ",".join(repr(n) for n in sorted(invalid)))
        order = body.pop("_order_", None)
        body["_new_member_"] = staticmethod(new_member) if new_member is not object.__new__ else None
        body["_use_args_"] = use_args
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_unhashable_values_"] = []
        body["_member_type_"] = member_type
        body["_value_repr_"] = None
        if "_generate_next_value_" in body:
            body["_generate_next_value_"] = staticmethod(getattr(body["_generate_next_value_"], "__func__",
                                                                  body["_generate_next_value_"]))
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases)
        if is_flag:
            body["_boundary_"] = boundary or getattr(first_enum, "_boundary_", None)
            body["_flag_mask_"] = 0
            body["_singles_mask_"] = 0
            body["_all_bits_"] = 0
            body["_inverted_"] = None
        elif boundary is not None:
            body["_boundary_"] = boundary
        if save_new:
            body["__new_member__"] = body["__new__"]
        if Enum is not None:
            body["__new__"] = Enum.__dict__["__new__"]
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if save_new:
            type.__setattr__(enum_class, "_new_member_", staticmethod(body["__new_member__"]))
            type.__setattr__(enum_class, "_use_args_", True)
        # The data type's repr/str/format must not hide the enum's own.
        if first_enum is not None and Enum is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in body:
                    continue
                owner = next((k for k in enum_class.__mro__ if name in k.__dict__), object)
                if owner is object or owner is member_type:
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        # The mixed-in type's hash comes before Enum's in CPython's MRO
        # (IntEnum members hash as their ints); say so explicitly.
        if member_type is not object and "__hash__" not in body:
            type.__setattr__(enum_class, "__hash__", member_type.__hash__)
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)")
            if "__format__" not in body:
                type.__setattr__(enum_class, "__format__", _data_format(member_type))
            if "__str__" not in body:
                type.__setattr__(enum_class, "__str__", _data_str(member_type))
        for name, value in members.items():
            metacls._add_member_(enum_class, name, value, member_type)
        if is_flag:
            # A mixed-in int's operators come first in the MRO: Flag's win.
            for op in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
                if op not in body:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
            metacls._finish_flag_(enum_class)
        if order is not None:
            if isinstance(order, str):
                order = order.replace(",", " ").split()
            if order != enum_class._member_names_:
                raise TypeError("member order does not match _order_:\n  %r\n  %r"
                                % (enum_class._member_names_, order))
        return enum_class

    @staticmethod
    def _add_member_(enum_class, name, value, member_type):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        new_member = enum_class._new_member_
        if not enum_class._use_args_ or new_member is None:
            enum_member = object.__new__(enum_class)
            if not hasattr(enum_member, "_value_"):
                # A data type without its own __new__ (a dataclass, a class
                # with __init__) still makes the value.
                try:
                    enum_member._value_ = member_type(*args) if member_type is not object else value
                except Exception:
                    enum_member._value_ = value
        else:
            enum_member = new_member(enum_class, *args)
            if not hasattr(enum_member, "_value_"):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    try:
                        enum_member._value_ = member_type(*args)
                    except Exception as exc:
                        raise TypeError("_value_ not set in __new__, unable to create it") from None
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)
        # An equal value already named makes this name an alias.
        existing = None
        try:
            existing = enum_class._value2member_map_.get(value)
        except TypeError:
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    existing = m
                    break
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if existing is not None and existing._name_ in enum_class._member_map_:
            enum_member = existing
        elif is_flag and isinstance(value, int) and not _is_single_bit(value) and value != 0:
            # A named combination of flags: a member, not a canonical one.
            pass
        elif is_flag and value == 0:
            pass
        else:
            enum_class._member_names_.append(name)
        enum_class._member_map_[name] = enum_member
        # A base's enum property of the same name (`value`, `name`, one the
        # user wrote) keeps answering on members; on the class it gives the
        # member.
        found = None
        for base in enum_class.__mro__[1:]:
            descriptor = base.__dict__.get(name)
            if descriptor is not None:
                if isinstance(descriptor, property):
                    found = descriptor
                    break
                if all(hasattr(descriptor, a) for a in ("fget", "fset", "fdel")):
                    found = descriptor
        if found is not None:
            redirect = property(found.fget, found.fset, found.fdel, found.__doc__)
            redirect.name = name
            type.__setattr__(enum_class, name, redirect)
        else:
            type.__setattr__(enum_class, name, enum_member)
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    @staticmethod
    def _finish_flag_(enum_class):
        single_bits = multi_bits = 0
        for m in enum_class._member_map_.values():
            value = m._value_
            if not isinstance(value, int):
                continue
            if _is_single_bit(value):
                single_bits |= value
            else:
                multi_bits |= value
        enum_class._flag_mask_ = single_bits | multi_bits
        enum_class._singles_mask_ = single_bits
        enum_class._all_bits_ = 2 ** ((single_bits | multi_bits).bit_length()) - 1
        values = [enum_class._member_map_[n]._value_ for n in enum_class._member_names_]
        if "_iter_member_" not in enum_class.__dict__:
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
            else:
                enum_class._iter_member_ = enum_class._iter_member_by_value_
        if enum_class._boundary_ is not None and enum_class._boundary_ not in (STRICT, CONFORM, EJECT, KEEP):
            raise ValueError("invalid boundary: %r" % (enum_class._boundary_,))

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings

            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                "False depending on whether the value is a member or the value of a member",
                DeprecationWarning,
                stacklevel=2,
            )
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = {"__class__", "__contains__", "__doc__", "__getitem__", "__init_subclass__", "__iter__",
                       "__len__", "__members__", "__module__", "__name__", "__qualname__"}
        interesting.update(cls._member_names_)
        if cls._new_member_ is not None:
            interesting.add("__new__")
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @builtins_property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API: Enum('Animal', 'ANT BEE CAT') and friends."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if hasattr(names, "items"):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                module = None
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        if base._member_type_ not in data_types:
                            data_types.append(base._member_type_)
                        break
                elif ("__new__" in base.__dict__ or "__init__" in base.__dict__ or base.__module__ == "builtins"
                      or "__dataclass_fields__" in base.__dict__):
                    chosen = candidate or base
                    if chosen not in data_types:
                        data_types.append(chosen)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError("too many data types for %r: %r" % (class_name, set(data_types)))
        return data_types[0] if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        new = classdict.get("__new__", None)
        save_new = first_enum is not None and new is not None
        if new is None:
            new = None
            for possible in (member_type, first_enum):
                if possible is None:
                    continue
                target = possible.__dict__.get("__new_member__") if isinstance(possible, EnumType) else None
                if target is not None:
                    new = getattr(target, "__func__", target)
                    break
            if new is None:
                if member_type is not object:
                    new = member_type.__new__
                else:
                    new = object.__new__
        use_args = new is not object.__new__
        return new, save_new, use_args


EnumMeta = EnumType


def _data_format(member_type):
    def __format__(self, format_spec):
        # As the data types' own __format__: an empty spec is str(self).
        if not format_spec:
            return str(self)
        return member_type.__format__(self, format_spec)

    return __format__


def _data_str(member_type):
    def __str__(self):
        if member_type is str:
            return str.__str__(self)
        # The data type's own __str__ (date's isoformat), else its repr.
        for klass in member_type.__mro__:
            if klass is object:
                break
            method = klass.__dict__.get("__str__")
            if method is not None:
                return method(self)
        return member_type.__repr__(self)

    return __str__


class Enum(metaclass=EnumType):
    """The base of enumerations: members compare by identity and are
    looked up by value with Color(1), by name with Color['RED']."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        try:
            if isinstance(result, cls):
                return result
            if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
                return result
            if result is None and exc is None:
                raise ve_exc
            if exc is None:
                exc = TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                                % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = ve_exc
            raise exc
        finally:
            exc = None
            ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        newest = last_values[-1]
        try:
            last_values.sort()
            if newest != last_values[-1]:
                raise TypeError
            return newest + 1
        except TypeError:
            # 3.11 still accepts values that do not sort or add 1, with a
            # warning: the first value (in the order reached) that adds 1.
            import warnings
            warnings.warn(
                "In 3.13 the default `auto()`/`_generate_next_value_` will require all values to be "
                "sortable and support adding +1\nand the value returned will be the largest value in "
                "the enum incremented by 1",
                DeprecationWarning,
                stacklevel=3,
            )
            for value in last_values:
                try:
                    return value + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"}
        for klass in type(self).__mro__:
            if klass.__module__ == __name__ or klass is object:
                continue
            for name in klass.__dict__:
                if not name.startswith("_"):
                    names.add(name)
        names.update(n for n in getattr(self, "__dict__", {}) if not n.startswith("_"))
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(): str() and format() are the data type's."""


class IntEnum(int, ReprEnum):
    """Members are ints."""


class StrEnum(str, ReprEnum):
    """Members are strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator: no two names may share a value."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if duplicates:
        details = ", ".join("%s -> %s" % pair for pair in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration


class FlagBoundary(StrEnum):
    """What Flag does with values that have bits no member names."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=CONFORM):
    """Members are bit flags, combined with | & ^ ~."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError("invalid flag value %r" % (last_value,)) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            m = cls._value2member_map_.get(val)
            if m is not None:
                yield m

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
            else:
                raise ValueError("%r unknown flag boundary %r" % (cls, cls._boundary_))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]" % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, "_value_"):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for m in cls._member_map_.values():
                    if m not in members and m._value_ and m._value_ & value == m._value_:
                        members.append(m)
                        combined_value |= m._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = "|".join(m._name_ for m in members)
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError("%r: no members with value %r" % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += "|%s" % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return _bit_count(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._singles_mask_ & ~self._value_)
            object.__setattr__(self, "_inverted_", inverted)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flags that are also ints."""


def _power_of_two(value):
    if value < 1:
        return False
    return value == 2 ** (value.bit_length() - 1)


class EnumCheck(StrEnum):
    """What verify() checks."""

    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking the enumeration against EnumChecks."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        enum_type = "flag" if Flag is not None and issubclass(enumeration, Flag) else "enum"
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
                if duplicates:
                    details = ", ".join("%s -> %s" % pair for pair in duplicates)
                    raise ValueError("aliases found in %r: %s" % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = []
                if enum_type == "flag":
                    for i in range(low.bit_length() - 1, high.bit_length()):
                        if 2 ** i not in values:
                            missing.append(2 ** i)
                else:
                    for i in range(low + 1, high):
                        if i not in values:
                            missing.append(i)
                if missing:
                    raise ValueError("invalid %s %r: missing values %s"
                                     % (enum_type, cls_name, ", ".join(str(m) for m in missing)))
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                member_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names:
                        continue
                    if alias.value < 0:
                        continue
                    values = list(_iter_bits_lsb(alias.value))
                    missed = [v for v in values if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        for val in missed:
                            missing_value |= val
                if missing_names:
                    if len(missing_names) == 1:
                        alias = "alias %s is missing" % missing_names[0]
                    else:
                        alias = "aliases %s and %s are missing" % (", ".join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = "value 0x%x" % missing_value
                    else:
                        value = "combined values of 0x%x" % missing_value
                    raise ValueError("invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]"
                                     % (cls_name, alias, value))
        return enumeration


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def global_enum_repr(self):
    module = self.__class__.__module__.split(".")[-1]
    return "%s.%s" % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split(".")[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return "%s.%s(%r)" % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return "%s.%s" % (module, self._name_)
    return "|".join("%s.%s" % (module, name) for name in self._name_.split("|"))


def global_str(self):
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Puts the members in their module's namespace and shows them so."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator: turns a plain class into an enumeration of `etype`,
    its plain attributes becoming the members (the standard library's own
    enums are declared so)."""

    def convert_class(cls):
        metacls = type(etype)
        bases = (etype,)
        namespace = metacls.__prepare__(cls.__name__, bases)
        for key, value in cls.__dict__.items():
            if key in ("__dict__", "__weakref__"):
                continue
            namespace[key] = value
        kwds = {} if boundary is None else {"boundary": boundary}
        enum_class = metacls(cls.__name__, bases, namespace, **kwds)
        enum_class.__qualname__ = cls.__qualname__
        enum_class.__module__ = cls.__module__
        return enum_class

    return convert_class


def _test_simple_enum(checked_enum, simple_enum):
    """Raises TypeError ("enum mismatch") when two enumerations, one made by
    a class statement and one by _simple_enum, differ in their attributes
    or members; returns None when they agree."""
    failed = []
    if checked_enum.__dict__ != simple_enum.__dict__:
        checked_keys = set(checked_enum.__dict__) - {"_member_map_", "_value2member_map_", "__doc__"}
        simple_keys = set(simple_enum.__dict__) - {"_member_map_", "_value2member_map_", "__doc__"}
        for key in sorted(checked_keys | simple_keys):
            if key in ("__module__", "__qualname__", "__dict__", "__weakref__", "_new_member_", "__new__",
                       "_inverted_"):
                continue
            if key not in simple_keys:
                failed.append("missing key: %r" % (key,))
            elif key not in checked_keys:
                failed.append("extra key:   %r" % (key,))
            elif key not in checked_enum._member_names_:
                checked_value = checked_enum.__dict__[key]
                simple_value = simple_enum.__dict__[key]
                if callable(checked_value) or isinstance(checked_value, builtins_property):
                    checked_value = getattr(checked_value, "__name__", checked_value)
                    simple_value = getattr(simple_value, "__name__", simple_value)
                if checked_value != simple_value:
                    failed.append("%r:\n         %s\n         %s" % (key, checked_value, simple_value))
    for name in checked_enum._member_names_:
        if name not in simple_enum._member_map_:
            failed.append("missing member from simple enum: %r" % (name,))
            continue
        checked = checked_enum._member_map_[name]
        simple = simple_enum._member_map_[name]
        for attr in ("_name_", "_value_", "_sort_order_"):
            if getattr(checked, attr, None) != getattr(simple, attr, None):
                failed.append("%s.%s: %r != %r" % (name, attr, getattr(checked, attr, None),
                                                  getattr(simple, attr, None)))
    for name in simple_enum._member_names_:
        if name not in checked_enum._member_map_:
            failed.append("extra member in simple enum: %r" % (name,))
    if failed:
        raise TypeError("enum mismatch:\n   %s" % "\n   ".join(failed))


def _enum_convert(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
    """`Enum._convert_`: an enumeration made of the constants of a module
    (or of `source`) whose names pass `filter`, published in that module."""
    module_globals = sys.modules[module].__dict__
    namespace = vars(source) if source else module_globals
    chosen = [(key, value) for key, value in namespace.items() if filter(key)]
    try:
        chosen.sort(key=lambda item: (item[1], item[0]))
    except TypeError:
        chosen.sort(key=lambda item: item[0])
    body = dict(chosen)
    body["__module__"] = module
    plain = type(name, (object,), body)
    new_enum = _simple_enum(etype=cls, boundary=boundary or KEEP)(plain)
    if as_global:
        global_enum(new_enum)
    else:
        module_globals.update(new_enum.__members__)
    module_globals[name] = new_enum
    return new_enum


type.__setattr__(Enum, "_convert_", classmethod(_enum_convert))
