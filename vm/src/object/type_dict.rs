//! The types CPython gives to the pieces of a class that whirl keeps as
//! native values, and what a class's `__dict__` shows of them:
//!
//! - builtin methods by their kind: `wrapper_descriptor`
//!   (`object.__init__`, `int.__add__`), `method-wrapper` (`(1).__add__`),
//!   `method_descriptor` (`list.append`), `builtin_function_or_method`
//!   (`len`, `[].append`), with `__objclass__`, `__qualname__` and `__get__`;
//! - the builtin iterators by their own type (`list_iterator`,
//!   `range_iterator`, `dict_keyiterator`, ...), not one shared `iterator`;
//! - a builtin type's `__dict__` listing its slot methods (whirl finds
//!   them in `slots.rs` only when the ordinary lookup fails);
//! - a class's `__dict__` listing the `__dict__` and `__weakref__`
//!   `getset_descriptor`s of the class that introduces them.
//!
//! These types are made the first time a program meets them and cached in
//! `ExtraTypes::lazy_types`: nothing here runs on the common paths.

use crate::class::{BuiltinType, Class, Instance};
use crate::error::{PyErr, PyResult};
use crate::function::Builtin;
use crate::str::{intern, intern_static};
use crate::types::Kw;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

/// The type a lazily made builtin class is one of.
fn lazy_type(vm: &Vm, name: &'static str, kind: Option<BuiltinType>) -> Option<Rc<Class>> {
    let extra = vm.extra.as_ref()?;
    if let Some(c) = extra.lazy_types.borrow().get(name) {
        return Some(c.clone());
    }
    let cls =
        Rc::new(Class::new(name, name, "builtins", vec![vm.types.object.clone()], kind).ok()?);
    match name {
        "wrapper_descriptor" | "method_descriptor" => {
            crate::types::add_method(&cls, "__get__", descriptor_get)
        }
        "getset_descriptor" => {
            crate::types::add_method(&cls, "__get__", getset_get);
            crate::types::add_method(&cls, "__set__", getset_set);
            crate::types::add_method(&cls, "__delete__", getset_delete);
            crate::types::add_method(&cls, "__repr__", getset_repr);
        }
        "dict_keys" | "dict_values" | "dict_items" => {
            // `mapping` is answered by `special_attr` from the view's dict.
            crate::builtins::dict::install_view_methods(&cls, name != "dict_values");
        }
        _ if kind == Some(BuiltinType::Iterator) => {
            // What every native iterator has (`__length_hint__`).
            for e in vm.types.iterator.dict.0.borrow().iter() {
                let _ = cls.dict.set(e.key.clone(), e.value.clone());
            }
        }
        _ => {}
    }
    extra.lazy_types.borrow_mut().insert(name, cls.clone());
    Some(cls)
}

/// `type(it)` for a native iterator: its own type when CPython has one
/// (`list_iterator`, `reversed`), else the shared `iterator`.
pub(crate) fn iterator_class(vm: &Vm, name: &'static str) -> Rc<Class> {
    if matches!(name, "dict_keys" | "dict_values" | "dict_items") {
        if let Some(c) = lazy_type(vm, name, None) {
            return c;
        }
    }
    if name == "reversed" || (name != "iterator" && name.ends_with("iterator")) {
        if let Some(c) = lazy_type(vm, name, Some(BuiltinType::Iterator)) {
            return c;
        }
    }
    vm.types.iterator.clone()
}

/// The dunders CPython implements as type slots: an unbound one is a
/// `wrapper_descriptor`, a bound one a `method-wrapper`.
const SLOT_NAMES: &[&str] = &[
    "__getattribute__",
    "__getattr__",
    "__setattr__",
    "__delattr__",
    "__repr__",
    "__hash__",
    "__call__",
    "__str__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__next__",
    "__get__",
    "__set__",
    "__delete__",
    "__init__",
    "__del__",
    "__await__",
    "__aiter__",
    "__anext__",
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__mod__",
    "__rmod__",
    "__divmod__",
    "__rdivmod__",
    "__pow__",
    "__rpow__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__bool__",
    "__invert__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__xor__",
    "__rxor__",
    "__or__",
    "__ror__",
    "__int__",
    "__float__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ixor__",
    "__ior__",
    "__floordiv__",
    "__rfloordiv__",
    "__truediv__",
    "__rtruediv__",
    "__ifloordiv__",
    "__itruediv__",
    "__index__",
    "__matmul__",
    "__rmatmul__",
    "__imatmul__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
];

/// Whether `owner.name` is a slot wrapper in CPython (a few slots are
/// also ordinary methods there: `list.__getitem__`, `dict.__contains__`).
fn is_slot_wrapper(owner: &str, name: &str) -> bool {
    if !SLOT_NAMES.contains(&name) {
        return false;
    }
    !matches!(
        (owner, name),
        ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__")
    )
}

/// CPython's name for the type of a builtin function or method.
pub(crate) fn builtin_type_name(b: &Builtin) -> &'static str {
    let Some(owner) = b.owner else {
        return "builtin_function_or_method";
    };
    let slot = is_slot_wrapper(owner, b.name);
    match (&b.bound, slot) {
        (Value::Null, true) => "wrapper_descriptor",
        (Value::Null, false) if b.name == "__new__" => "builtin_function_or_method",
        (Value::Null, false) => "method_descriptor",
        (Value::Class(_), true) if owner == "type" => "method-wrapper",
        (Value::Class(_), _) => "builtin_function_or_method",
        (_, true) => "method-wrapper",
        (_, false) => "builtin_function_or_method",
    }
}

/// `type(f)` for a builtin function or method.
pub(crate) fn builtin_class(vm: &Vm, b: &Builtin) -> Rc<Class> {
    match builtin_type_name(b) {
        "builtin_function_or_method" => vm.types.builtin_function.clone(),
        name => lazy_type(vm, name, Some(BuiltinType::BuiltinFunction))
            .unwrap_or_else(|| vm.types.builtin_function.clone()),
    }
}

/// `repr(f)` for an unbound builtin method or a method-wrapper; None for
/// the kinds `format.rs` words itself.
pub(crate) fn builtin_repr(b: &Builtin, bound_type: &str) -> Option<String> {
    let owner = b.owner?;
    match builtin_type_name(b) {
        "wrapper_descriptor" => Some(format!(
            "<slot wrapper '{}' of '{}' objects>",
            b.name, owner
        )),
        "method-wrapper" => Some(format!(
            "<method-wrapper '{}' of {} object at {:#x}>",
            b.name,
            bound_type,
            b.bound.ptr().unwrap_or(0)
        )),
        _ => None,
    }
}

/// The builtin type named `owner` (what a builtin method's `__objclass__` is).
fn owner_class(vm: &Vm, owner: &str) -> Option<Rc<Class>> {
    let t = &vm.types;
    let known = [
        &t.object,
        &t.type_,
        &t.none,
        &t.bool_,
        &t.int,
        &t.float,
        &t.str_,
        &t.bytes,
        &t.complex,
        &t.bytearray,
        &t.memoryview,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.range,
        &t.slice,
        &t.function,
        &t.method,
        &t.generator,
        &t.coroutine,
        &t.module,
        &t.iterator,
    ];
    if let Some(c) = known.iter().find(|c| c.name == owner) {
        return Some((*c).clone());
    }
    if let Some(x) = vm.extra.as_ref() {
        for c in [
            &x.set,
            &x.frozenset,
            &x.property,
            &x.mappingproxy,
            &x.super_,
        ] {
            if c.name == owner {
                return Some(c.clone());
            }
        }
        if let Some(c) = x.lazy_types.borrow().get(owner) {
            return Some(c.clone());
        }
    }
    if let Some(e) = t.exceptions.iter().find(|c| c.name == owner) {
        return Some(e.clone());
    }
    match vm.builtins.get_str(&intern(owner)) {
        Some(Value::Class(c)) => Some(c),
        _ => None,
    }
}

/// The attributes a builtin function or method has beyond `__name__`,
/// `__self__` and `__doc__`.
pub(crate) fn builtin_attr(vm: &Vm, b: &Builtin, name: &str) -> Option<Value> {
    match name {
        "__qualname__" => Some(match b.owner {
            Some(owner) if !matches!(b.bound, Value::Class(_)) || owner == "type" => {
                Value::string(format!("{}.{}", owner, b.name))
            }
            Some(_) => {
                let Value::Class(c) = &b.bound else {
                    return None;
                };
                Value::string(format!("{}.{}", c.name, b.name))
            }
            None => Value::str(b.name),
        }),
        "__objclass__"
            if b.owner.is_some() && builtin_type_name(b) != "builtin_function_or_method" =>
        {
            owner_class(vm, b.owner?).map(Value::Class)
        }
        // Only `builtin_function_or_method` has one: its module's name for
        // a module function (`len`: 'builtins', `heapq.heappush`:
        // '_heapq'), None for a method bound to its receiver.
        "__module__" if builtin_type_name(b) == "builtin_function_or_method" => {
            Some(match b.sig.entry {
                Some(e)
                    if e.kind == crate::function::ArityKind::Function
                        && b.bound.is_null()
                        && b.owner.is_none() =>
                {
                    Value::str(e.owner)
                }
                _ => Value::None,
            })
        }
        _ => None,
    }
}

/// `method_descriptor.__get__(obj, type=None)`: the method bound to obj.
fn descriptor_get(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Builtin(b)) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor '__get__' needs a builtin method",
        ));
    };
    let Some(obj) = a.get(1) else {
        return Err(PyErr::type_error("expected at least 1 argument, got 0"));
    };
    if obj.is_none() {
        if a.get(2).is_none_or(|t| t.is_none()) {
            return Err(PyErr::type_error("__get__(None, None) is invalid"));
        }
        return Ok(a[0].clone());
    }
    if let Some(owner) = b.owner.and_then(|o| owner_class(vm, o)) {
        if !vm.class_of(obj).is_subclass(&owner) {
            return Err(PyErr::type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                b.name,
                owner.name,
                vm.type_name(obj)
            )));
        }
    }
    let receiver = crate::object::base_value(obj)
        .filter(|_| !matches!(b.owner, Some("object")))
        .unwrap_or_else(|| obj.clone());
    Ok(Value::Builtin(crate::gc::new_builtin(Builtin {
        name: b.name,
        func: b.func,
        bound: receiver,
        fast: b.fast,
        owner: b.owner,
        sig: b.sig,
    })))
}

/// Whether instances of `c` have a `__dict__` (CPython's tp_dictoffset).
fn gives_dict(c: &Class) -> bool {
    if !c.is_user_class() {
        return matches!(
            c.base_builtin(),
            Some(BuiltinType::BaseException | BuiltinType::Module | BuiltinType::Function)
        );
    }
    match own_slot_names(c) {
        None => true,
        Some(names) => {
            names.iter().any(|n| n == "__dict__") || c.bases.borrow().iter().any(|b| gives_dict(b))
        }
    }
}

/// Whether instances of `c` can be weakly referenced (tp_weaklistoffset).
fn gives_weakref(c: &Class) -> bool {
    if !c.is_user_class() {
        return matches!(
            c.builtin,
            Some(
                BuiltinType::Set
                    | BuiltinType::FrozenSet
                    | BuiltinType::Function
                    | BuiltinType::Type
                    | BuiltinType::Module
                    | BuiltinType::Generator
                    | BuiltinType::Method
            )
        );
    }
    if c.bases.borrow().iter().any(|b| gives_weakref(b)) {
        return true;
    }
    match own_slot_names(c) {
        // Variable-size builtin layouts have no room for one.
        None => !matches!(
            c.base_builtin(),
            Some(BuiltinType::Int | BuiltinType::Bool | BuiltinType::Tuple | BuiltinType::Bytes)
        ),
        Some(names) => names.iter().any(|n| n == "__weakref__"),
    }
}

/// What user class `c` adds to its instances' layout (for `__class__`
/// assignment): its own slot names, sorted; whether it adds a `__dict__`;
/// whether it adds a `__weakref__`.
pub(crate) fn layout_delta(c: &Class) -> (Vec<String>, bool, bool) {
    let mut own: Vec<String> = own_slot_names(c)
        .unwrap_or_default()
        .into_iter()
        .filter(|n| n != "__dict__" && n != "__weakref__")
        .collect();
    own.sort();
    let adds_dict = gives_dict(c) && !c.bases.borrow().iter().any(|b| gives_dict(b));
    let adds_weakref = gives_weakref(c) && !c.bases.borrow().iter().any(|b| gives_weakref(b));
    (own, adds_dict, adds_weakref)
}

/// `obj.__weakref__` for an instance of `cls`: None (whirl does not list
/// an object's weak references) where instances can have them.
pub(crate) fn instance_weakref(cls: &Class) -> Option<Value> {
    gives_weakref(cls).then_some(Value::None)
}

/// `C.__weakref__`: the getset descriptor of the class in C's MRO that
/// gave its instances weak references.
pub(crate) fn class_weakref(vm: &Vm, cls: &Rc<Class>) -> Option<Value> {
    std::iter::once(cls)
        .chain(cls.mro_tail.borrow().iter())
        .filter(|c| c.is_user_class())
        .find(|c| gives_weakref(c) && !c.bases.borrow().iter().any(|b| gives_weakref(b)))
        .and_then(|c| new_getset(vm, "__weakref__", c))
}

/// The names in a class's own `__slots__`, if it has one.
fn own_slot_names(c: &Class) -> Option<Vec<String>> {
    let v = c.dict.get_str(&intern_static("__slots__"))?;
    let names: Vec<String> = match &v {
        Value::Str(s) => vec![s.as_str().to_string()],
        Value::Tuple(t) => t.0.iter().filter_map(crate::class::slot_entry).collect(),
        Value::List(l) => {
            l.0.borrow()
                .iter()
                .filter_map(crate::class::slot_entry)
                .collect()
        }
        Value::Dict(d) => {
            d.0.borrow()
                .keys()
                .iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        }
        _ => Vec::new(),
    };
    // A private slot name is stored mangled, as the class body spells it.
    Some(
        names
            .into_iter()
            .map(|n| crate::class::slot_attr_name(&c.name, &n))
            .collect(),
    )
}

/// memoryview's data attributes (`nbytes`, `shape`, ...) as the
/// `getset_descriptor`s CPython lists in its `__dict__` (and so in `dir`).
/// Reading one on a view still goes through `memoryview::attr`.
pub(crate) fn install_memoryview_getsets(vm: &Vm) {
    let cls = vm.types.memoryview.clone();
    for name in crate::memoryview::DATA_ATTRS {
        if let Some(d) = new_getset(vm, name, &cls) {
            cls.dict.set_str(intern(name), d);
        }
    }
}

/// The numbers' data attributes (`int.real`, `float.imag`, ...) as the
/// `getset_descriptor`s (complex's: `member_descriptor`s) CPython has in
/// their classes' `__dict__`. Reading
/// one on a number still goes through `special_attr` (see `getattr`'s
/// arm for numbers), so `(5).real` does no more work than before.
pub(crate) fn install_number_getsets(vm: &Vm) {
    let parts: [(&Rc<Class>, &[&str]); 2] = [
        (&vm.types.int, &["real", "imag", "numerator", "denominator"]),
        (&vm.types.float, &["real", "imag"]),
    ];
    for (cls, names) in parts {
        for name in names {
            if let Some(d) = new_getset(vm, name, cls) {
                cls.dict.set_str(intern(name), d);
            }
        }
    }
    // complex's parts are struct members in CPython: `member_descriptor`s.
    let complex = &vm.types.complex;
    for name in ["real", "imag"] {
        if let Some(Value::Instance(d)) = crate::descriptor::new_member(vm, name) {
            d.dict
                .set_str(intern_static("__objclass__"), Value::Class(complex.clone()));
            complex.dict.set_str(intern(name), Value::Instance(d));
        }
    }
}

/// Storing or deleting a number's data attribute (`(5).real = 1`): the
/// error its descriptor gives, `None` for other values and names.
#[cold]
pub(crate) fn number_data_attr_write_error(vm: &Vm, obj: &Value, name: &str) -> Option<PyErr> {
    if !matches!(
        obj,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_)
    ) || !is_number_data_attr(name)
    {
        return None;
    }
    let Some(Value::Instance(d)) = vm.class_of(obj).lookup(&intern(name)) else {
        return None;
    };
    let owner = match d.dict.get_str(&intern_static("__objclass__")) {
        Some(Value::Class(c)) => c,
        _ => return None,
    };
    let msg = if d.class.name == "member_descriptor" {
        "readonly attribute".to_string()
    } else {
        format!(
            "attribute '{name}' of '{}' objects is not writable",
            owner.name
        )
    };
    Some(PyErr::new(crate::error::ExcType::AttributeError, msg))
}

/// Whether `name` is one of the numbers' data attributes.
#[inline]
pub(crate) fn is_number_data_attr(name: &str) -> bool {
    matches!(name, "real" | "imag" | "numerator" | "denominator")
}

/// A `getset_descriptor` for `name` of `cls`: `__dict__` or `__weakref__`,
/// or a data attribute of a builtin type (read through `getattr`).
fn new_getset(vm: &Vm, name: &str, cls: &Rc<Class>) -> Option<Value> {
    let t = lazy_type(vm, "getset_descriptor", None)?;
    let d = Instance::new(t);
    d.dict.set_str(intern_static("__name__"), Value::str(name));
    d.dict
        .set_str(intern_static("__objclass__"), Value::Class(cls.clone()));
    Some(Value::Instance(crate::gc::new_instance(d)))
}

fn getset_parts(a: &[Value]) -> PyResult<(String, Rc<Class>)> {
    let Some(Value::Instance(d)) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor requires a 'getset_descriptor' object",
        ));
    };
    let name = d
        .dict
        .get_str(&intern_static("__name__"))
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default();
    match d.dict.get_str(&intern_static("__objclass__")) {
        Some(Value::Class(c)) => Ok((name, c)),
        _ => Err(PyErr::type_error(
            "descriptor requires a 'getset_descriptor' object",
        )),
    }
}

/// The instance a getset applies to, checked against its class.
fn getset_target(vm: &Vm, name: &str, owner: &Rc<Class>, obj: &Value) -> PyResult<()> {
    if vm.class_of(obj).is_subclass(owner) {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        name,
        owner.name,
        vm.type_name(obj)
    )))
}

fn getset_get(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (name, owner) = getset_parts(a)?;
    let Some(obj) = a.get(1) else {
        // CPython's unpacking names no function here: the message starts
        // with a space.
        return Err(PyErr::type_error(" expected at least 1 argument, got 0"));
    };
    if obj.is_none() {
        return Ok(a[0].clone());
    }
    getset_target(vm, &name, &owner, obj)?;
    if name == "__weakref__" {
        return Ok(Value::None);
    }
    if name != "__dict__" {
        // A number's or a view's data attribute straight from the value
        // (an int subclass's instance gives its int's), never back
        // through the class dict that holds this descriptor.
        if let Some(v) = vm.special_attr(obj, &name) {
            return Ok(v);
        }
        return vm.getattr(obj, &intern(&name));
    }
    match vm.special_attr(obj, "__dict__") {
        Some(d) => Ok(d),
        None => vm.getattr(obj, &intern_static("__dict__")),
    }
}

fn getset_set(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (name, owner) = getset_parts(a)?;
    if a.len() != 3 {
        return Err(PyErr::type_error(format!(
            "expected 2 arguments, got {}",
            a.len().saturating_sub(1)
        )));
    }
    getset_target(vm, &name, &owner, &a[1])?;
    if name == "__class__" || is_writable_type_getset(&name, &owner) {
        vm.setattr(&a[1], &intern(&name), a[2].clone())?;
        return Ok(Value::None);
    }
    if name != "__dict__" {
        return Err(PyErr::new(
            crate::error::ExcType::AttributeError,
            format!(
                "attribute '{}' of '{}' objects is not writable",
                name, owner.name
            ),
        ));
    }
    vm.setattr(&a[1], &intern_static("__dict__"), a[2].clone())?;
    Ok(Value::None)
}

fn getset_delete(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (name, owner) = getset_parts(a)?;
    let Some(obj) = a.get(1) else {
        return Err(PyErr::type_error("expected 1 argument, got 0"));
    };
    getset_target(vm, &name, &owner, obj)?;
    if name == "__dict__" {
        return Err(PyErr::type_error("cannot delete __dict__"));
    }
    if is_writable_type_getset(&name, &owner) {
        vm.delattr(obj, &intern(&name))?;
        return Ok(Value::None);
    }
    Err(PyErr::new(
        crate::error::ExcType::AttributeError,
        format!(
            "attribute '{}' of '{}' objects is not writable",
            name, owner.name
        ),
    ))
}

/// type's descriptors that a class's attribute store goes through
/// (`type.__dict__['__qualname__'].__set__(C, 'x')` is `C.__qualname__ =
/// 'x'`, with its checks: an immutable type refuses).
fn is_writable_type_getset(name: &str, owner: &Rc<Class>) -> bool {
    owner.name == "type"
        && owner.builtin == Some(BuiltinType::Type)
        && matches!(
            name,
            "__name__" | "__qualname__" | "__module__" | "__bases__" | "__doc__"
        )
}

fn getset_repr(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (name, owner) = getset_parts(a)?;
    Ok(Value::string(format!(
        "<attribute '{}' of '{}' objects>",
        name, owner.name
    )))
}

/// What `cls.__dict__` holds beyond `cls.dict`, in CPython's order: the
/// entries of `cls.dict`, with a builtin type's slot methods, and the
/// `__dict__`/`__weakref__` descriptors of the class that adds them
/// (before a `__doc__` that `type.__new__` added last).
pub(crate) fn view_entries(vm: &Vm, cls: &Rc<Class>) -> Vec<(Value, Value)> {
    let mut out: Vec<(Value, Value)> = cls
        .dict
        .0
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    if !cls.is_user_class() {
        for name in crate::slots::own_slot_names(cls) {
            if out.iter().any(|(k, _)| k.as_str() == Some(name)) {
                continue;
            }
            if let Some(v) = crate::slots::class_slot(cls, name) {
                out.push((Value::str(name), v));
            }
        }
        // object's `__class__` is a getset descriptor (whirl answers it in
        // `special_attr`); `dir` lists it for every value.
        if Rc::ptr_eq(cls, &vm.types.object) {
            out.extend(new_getset(vm, "__class__", cls).map(|d| (Value::str("__class__"), d)));
        }
        for (name, d) in builtin_descriptors(vm, cls) {
            if !out.iter().any(|(k, _)| k.as_str() == Some(name)) {
                out.push((Value::str(name), d));
            }
        }
        if !out.iter().any(|(k, _)| k.as_str() == Some("__doc__")) {
            out.push((
                Value::str("__doc__"),
                Value::string(crate::docstrings::type_doc(&cls.name)),
            ));
        }
        return out;
    }
    let mut added = Vec::new();
    if gives_dict(cls) && !cls.bases.borrow().iter().any(|b| gives_dict(b)) {
        added.extend(new_getset(vm, "__dict__", cls).map(|d| (Value::str("__dict__"), d)));
    }
    if gives_weakref(cls) && !cls.bases.borrow().iter().any(|b| gives_weakref(b)) {
        added.extend(new_getset(vm, "__weakref__", cls).map(|d| (Value::str("__weakref__"), d)));
    }
    let at = match out.last() {
        Some((k, v)) if k.as_str() == Some("__doc__") && v.is_none() => out.len() - 1,
        _ => out.len(),
    };
    out.splice(at..at, added);
    out
}

/// CPython's descriptors for data attributes whirl answers elsewhere (from
/// the value itself, or from the instance's dict: `range(3).start`,
/// `p.fget`, `e.args`, `C.__mro__`). They stay out of the class dicts, so
/// that reading one on an instance costs what it did and never comes back
/// to its descriptor; `T.__dict__`, `dir(T)` and `T.name` (a failed
/// lookup's last resort) show them, one object per name, as CPython's.
const BUILTIN_DESCRIPTORS: &[(&str, &[&str])] = &[
    ("range", &["start", "stop", "step"]),
    ("slice", &["start", "stop", "step"]),
    (
        "property",
        &["fget", "fset", "fdel", "__isabstractmethod__"],
    ),
    (
        "staticmethod",
        &[
            "__func__",
            "__wrapped__",
            "__isabstractmethod__",
            "__dict__",
        ],
    ),
    (
        "classmethod",
        &[
            "__func__",
            "__wrapped__",
            "__isabstractmethod__",
            "__dict__",
        ],
    ),
    (
        "BaseException",
        &[
            "args",
            "__traceback__",
            "__context__",
            "__cause__",
            "__suppress_context__",
            "__dict__",
        ],
    ),
    (
        "type",
        &[
            "__name__",
            "__qualname__",
            "__bases__",
            "__mro__",
            "__module__",
            "__abstractmethods__",
            "__dict__",
            "__text_signature__",
            "__annotations__",
            "__basicsize__",
            "__itemsize__",
            "__flags__",
            "__weakrefoffset__",
            "__base__",
            "__dictoffset__",
            "__subclasses__",
        ],
    ),
];

thread_local! {
    /// The descriptors made so far, by (class address, name).
    static MADE_DESCRIPTORS: std::cell::RefCell<std::collections::HashMap<(usize, &'static str), Value>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The descriptors of `BUILTIN_DESCRIPTORS` that builtin class `cls`
/// itself defines.
fn builtin_descriptors(vm: &Vm, cls: &Rc<Class>) -> Vec<(&'static str, Value)> {
    if cls.is_user_class() {
        return Vec::new();
    }
    let Some((_, names)) = BUILTIN_DESCRIPTORS.iter().find(|(t, _)| *t == cls.name) else {
        return Vec::new();
    };
    names
        .iter()
        .filter_map(|name| Some((*name, builtin_descriptor_of(vm, cls, name)?)))
        .collect()
}

fn builtin_descriptor_of(vm: &Vm, cls: &Rc<Class>, name: &'static str) -> Option<Value> {
    let key = (Rc::as_ptr(cls) as usize, name);
    if let Some(v) = MADE_DESCRIPTORS.with(|m| m.borrow().get(&key).cloned()) {
        return Some(v);
    }
    let v = if name == "__subclasses__" {
        Value::Builtin(Rc::new(Builtin {
            name: "__subclasses__",
            func: type_subclasses,
            bound: Value::Null,
            fast: crate::function::FastPath::None,
            owner: Some("type"),
            sig: crate::function::Sig::ANY,
        }))
    } else {
        new_getset(vm, name, cls)?
    };
    MADE_DESCRIPTORS.with(|m| m.borrow_mut().insert(key, v.clone()));
    Some(v)
}

/// `type.__subclasses__(C)`: C's live direct subclasses.
pub(crate) fn type_subclasses(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match a.first() {
        Some(Value::Class(c)) => Ok(Value::list(
            c.subclasses
                .borrow()
                .iter()
                .filter_map(|w| w.upgrade())
                .map(Value::Class)
                .collect(),
        )),
        Some(other) => Err(PyErr::type_error(format!(
            "descriptor '__subclasses__' for 'type' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
        None => Err(PyErr::type_error(
            "unbound method type.__subclasses__() needs an argument",
        )),
    }
}

/// `type.__subclasses__` (and `M.__subclasses__` for a metaclass M): the
/// unbound descriptor of type's dict, which takes the class to list as
/// its argument, not the bound method of `type`'s own subclasses.
pub(crate) fn unbound_type_subclasses(vm: &Vm) -> Option<Value> {
    builtin_descriptor_of(vm, &vm.types.type_, "__subclasses__")
}

/// `C.name` where nothing else answered: a descriptor of
/// `BUILTIN_DESCRIPTORS` on C's MRO (`property.fget`, `range.start`).
#[cold]
pub(crate) fn builtin_descriptor(vm: &Vm, cls: &Rc<Class>, name: &str) -> Option<Value> {
    for c in std::iter::once(cls.clone()).chain(cls.mro_tail.borrow().iter().cloned()) {
        // type's descriptors apply to type itself (`type.__mro__` is its
        // MRO): what they do not answer (`type.__abstractmethods__`) is
        // an AttributeError, never the descriptor.
        if c.is_user_class() || c.name == "type" {
            continue;
        }
        let Some((_, names)) = BUILTIN_DESCRIPTORS.iter().find(|(t, _)| *t == c.name) else {
            continue;
        };
        if let Some(n) = names.iter().find(|n| **n == name) {
            return builtin_descriptor_of(vm, &c, n);
        }
    }
    None
}

/// `obj.__doc__` and `obj.__hash__` where nothing else answered: the
/// plain value a builtin class's `__dict__` shows (its docstring, the
/// `__hash__ = None` of an unhashable type), as `dir` lists them.
#[cold]
pub(crate) fn builtin_view_value(vm: &Vm, cls: &Rc<Class>, name: &str) -> Option<Value> {
    if !matches!(name, "__doc__" | "__hash__") {
        return None;
    }
    for c in std::iter::once(cls.clone()).chain(cls.mro_tail.borrow().iter().cloned()) {
        if c.is_user_class() {
            continue;
        }
        if let Some((_, v)) = view_entries(vm, &c)
            .into_iter()
            .find(|(k, _)| k.as_str() == Some(name))
        {
            return matches!(v, Value::Str(_) | Value::None).then_some(v);
        }
    }
    None
}
