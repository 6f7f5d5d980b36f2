//! What every class inherits from `object` (`__eq__`, `__hash__`,
//! `__repr__`, `__setattr__`, `__getattribute__`, the constructor) and the
//! attribute setters of `type`.

use super::types::{add, builtin_fn, nargs, tail, Kw};
use crate::class::{BuiltinType, Class};
use crate::error::{PyErr, PyResult};
use crate::str::intern_static;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

/// Whether class `c` (or a base) replaces object's `name` (`__new__` or
/// `__init__`).
/// (For classes laid out as plain objects; whirl's builtin types may
/// lack an `__init__` or `__new__` of their own: they count as replacing
/// both.)
fn overrides_object(c: &Rc<Class>, name: &'static str) -> bool {
    !matches!(c.base_builtin(), Some(BuiltinType::Object) | None)
        || c.exc_type.is_some()
        || c.lookup_above_builtin(&crate::str::intern_static(name))
            .is_some()
}

/// `object.__init__(self, *args)`: extra arguments are an error unless
/// the class replaced `__new__` and not `__init__` (CPython's rule).
fn object_init(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if a.len() > 1 || !kw.is_empty() {
        if let Some(obj) = a.first() {
            let c = vm.class_of(obj);
            if overrides_object(&c, "__init__") {
                return Err(PyErr::type_error(
                    "object.__init__() takes exactly one argument (the instance to initialize)",
                ));
            }
            if !overrides_object(&c, "__new__") {
                return Err(PyErr::type_error(format!(
                    "{}.__init__() takes exactly one argument (the instance to initialize)",
                    c.name
                )));
            }
        }
    }
    Ok(Value::None)
}

/// `object.__new__(cls, *args)`: extra arguments are an error unless
/// the class replaced `__init__` and not `__new__` (CPython's rule).
pub(crate) fn object_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if a.len() > 1 || !kw.is_empty() {
        if let Some(Value::Class(c)) = a.first() {
            if overrides_object(c, "__new__") {
                return Err(PyErr::type_error(
                    "object.__new__() takes exactly one argument (the type to instantiate)",
                ));
            }
            if !overrides_object(c, "__init__") {
                return Err(PyErr::type_error(format!(
                    "{}() takes no arguments",
                    c.name
                )));
            }
        }
    }
    match a.first() {
        Some(Value::Class(c)) => Ok(Value::Instance(crate::gc::new_instance(
            crate::class::Instance::new(c.clone()),
        ))),
        _ => Err(PyErr::type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            a.first().map(|v| vm.type_name(v)).unwrap_or_default()
        ))),
    }
}

pub(crate) fn object_eq(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__eq__", tail(a), 1, 1)?;
    Ok(if a[0].is(&a[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

/// `object.__ne__`: the inverse of the type's own `__eq__`, as CPython's
/// default, so a class defining only `__eq__` gets a consistent `!=`.
pub(crate) fn object_ne(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__ne__", tail(a), 1, 1)?;
    let eq = match vm.class_of(&a[0]).lookup(&intern_static("__eq__")) {
        Some(eq) => vm.call(&eq, vec![a[0].clone(), a[1].clone()])?,
        None => object_eq(vm, a, &[])?,
    };
    if matches!(eq, Value::NotImplemented) {
        return Ok(eq);
    }
    Ok(Value::Bool(!vm.truthy(&eq)?))
}

pub(crate) fn object_hash(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    // The identity hash, as `hash(x)` gives for a class without __hash__.
    Ok(Value::Int(match a.first().and_then(|v| v.ptr()) {
        Some(p) => (p as u64).rotate_right(4) as i64,
        None => crate::dict::hash_value(a.first().unwrap_or(&Value::None))? as i64,
    }))
}

/// `object.__X__()` called unbound with nothing to work on.
fn object_needs_argument(name: &str) -> PyErr {
    PyErr::type_error(format!(
        "descriptor '{name}' of 'object' object needs an argument"
    ))
}

/// `module.qualname` as object's repr names a class: the module left out
/// when it is `builtins`, as CPython's.
pub(crate) fn qualified_name(c: &Class) -> String {
    if c.module == "builtins" {
        c.qualname.to_string()
    } else {
        format!("{}.{}", c.module, c.qualname)
    }
}

pub(crate) fn object_repr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(v) = a.first() else {
        return Err(object_needs_argument("__repr__"));
    };
    // Every object, a builtin one too (`object.__repr__(1)`), gets the
    // default form: its type's qualified name and its identity.
    let class = match v {
        Value::Instance(i) => (*i.class).clone(),
        other => vm.class_of(other),
    };
    Ok(Value::string(format!(
        "<{} object at {:#x}>",
        qualified_name(&class),
        crate::builtins::identity(v)
    )))
}

pub(crate) fn object_str(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(v) = a.first() else {
        return Err(object_needs_argument("__str__"));
    };
    Ok(Value::string(vm.repr(v)?))
}

pub(crate) fn object_setattr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__setattr__", tail(a), 2, 2)?;
    let n = crate::builtins::attr_name(vm, &a[1])?;
    reject_class_receiver(vm, &a[0], "__setattr__")?;
    vm.generic_setattr(&a[0], &n, a[2].clone())?;
    Ok(Value::None)
}

/// `object.__setattr__(C, ...)` on a class would skip `type.__setattr__`
/// (and its checks on builtin types): CPython refuses it (Carlo Verre's
/// hack); `type.__setattr__` is the door for classes.
pub(crate) fn reject_class_receiver(vm: &Vm, obj: &Value, what: &str) -> PyResult<()> {
    if let Value::Class(_) = obj {
        return Err(PyErr::type_error(format!(
            "can't apply this {what} to {} object",
            vm.type_name(obj)
        )));
    }
    Ok(())
}

/// `type.__setattr__(cls, name, value)`.
pub(crate) fn type_setattr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__setattr__", tail(a), 2, 2)?;
    let n = crate::builtins::attr_name(vm, &a[1])?;
    vm.generic_setattr(&a[0], &n, a[2].clone())?;
    Ok(Value::None)
}

/// `type.__delattr__(cls, name)`.
pub(crate) fn type_delattr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__delattr__", tail(a), 1, 1)?;
    let n = crate::builtins::attr_name(vm, &a[1])?;
    vm.generic_delattr(&a[0], &n)?;
    Ok(Value::None)
}

pub(crate) fn object_getattribute(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__getattribute__", tail(a), 1, 1)?;
    let n = crate::builtins::attr_name(vm, &a[1])?;
    vm.generic_getattr(&a[0], &n)
}

pub(super) fn object_ctor(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if !a.is_empty() {
        return Err(PyErr::type_error("object() takes no arguments"));
    }
    Ok(Value::Instance(crate::gc::new_instance(
        crate::class::Instance::new(vm.types.object.clone()),
    )))
}

pub(super) fn install(o: &Rc<Class>) {
    add(o, "__init__", object_init);
    o.dict
        .set_str(intern_static("__new__"), builtin_fn("__new__", object_new));
    add(o, "__eq__", object_eq);
    add(o, "__ne__", object_ne);
    add(o, "__hash__", object_hash);
    add(o, "__repr__", object_repr);
    add(o, "__str__", object_str);
    add(o, "__setattr__", object_setattr);
    add(o, "__getattribute__", object_getattribute);
    add(o, "__sizeof__", super::sizeof::object_sizeof);
    // object's own __new__/__repr__ etc. must not shadow the defaults the
    // VM applies when a class does not define them.
    for n in [
        "__new__",
        "__repr__",
        "__str__",
        "__eq__",
        "__ne__",
        "__hash__",
        "__setattr__",
        "__getattribute__",
    ] {
        o.dict.0.borrow_mut().remove(&Value::str(n)).ok();
    }
}
