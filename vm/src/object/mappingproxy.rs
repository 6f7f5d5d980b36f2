//! `mappingproxy`: the read-only view a class's `__dict__` gives. It is an
//! instance wrapping a snapshot of the class dict (as a dict subclass
//! instance does), with the reading methods of a dict and none of the
//! writing ones: item assignment and deletion raise TypeError.

use crate::class::{Class, Instance};
use crate::error::{PyErr, PyResult};
use crate::types::Kw;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

/// `C.__dict__`: a mappingproxy over a copy of `cls`'s dict.
pub(crate) fn class_dict_view(vm: &Vm, cls: &Rc<Class>) -> Option<Value> {
    let proxy = vm.extra.as_ref()?.mappingproxy.clone();
    let d = crate::dict::PyDict::new();
    for (k, v) in crate::type_dict::view_entries(vm, cls) {
        let _ = d.set(k, v);
    }
    let mut inst = Instance::new(proxy);
    inst.base = Value::Dict(crate::gc::track_dict(d));
    Some(Value::Instance(crate::gc::new_instance(inst)))
}

/// A live read-only proxy of the dict `shared` (a dict view's `mapping`).
pub(crate) fn proxy_of(vm: &Vm, shared: Value) -> Option<Value> {
    let proxy = vm.extra.as_ref()?.mappingproxy.clone();
    let mut inst = Instance::new(proxy);
    inst.base = shared;
    Some(Value::Instance(crate::gc::new_instance(inst)))
}

/// The proxied dict (a method of the proxy gets it as its receiver, as
/// for any instance wrapping a builtin value).
fn inner(a: &[Value]) -> PyResult<Value> {
    match a.first() {
        Some(d @ Value::Dict(_)) => Ok(d.clone()),
        Some(Value::Instance(i)) if matches!(i.base, Value::Dict(_)) => Ok(i.base.clone()),
        _ => Err(PyErr::type_error(
            "descriptor requires a 'mappingproxy' object",
        )),
    }
}

/// Calls the dict method `name` on the proxied dict.
fn forward(vm: &mut Vm, a: &[Value], kw: Kw, name: &'static str) -> PyResult<Value> {
    let d = inner(a)?;
    let m = vm.getattr(&d, &crate::str::intern_static(name))?;
    vm.call_kw(&m, a[1..].to_vec(), kw.to_vec())
}

fn get(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    forward(vm, a, kw, "get")
}
fn keys(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    forward(vm, a, kw, "keys")
}
fn values(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    forward(vm, a, kw, "values")
}
fn items(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    forward(vm, a, kw, "items")
}
fn copy(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    forward(vm, a, kw, "copy")
}
fn repr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let d = inner(a)?;
    Ok(Value::string(format!("mappingproxy({})", vm.repr(&d)?)))
}
/// `str(proxy)` is the proxied mapping's `str` (its repr names the proxy).
fn str_(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let d = inner(a)?;
    Ok(Value::string(vm.str_of(&d)?))
}
fn no_setitem(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Err(PyErr::type_error(
        "'mappingproxy' object does not support item assignment",
    ))
}
fn no_delitem(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Err(PyErr::type_error(
        "'mappingproxy' object does not support item deletion",
    ))
}

/// `types.MappingProxyType(d)`: a live read-only view of the dict `d`
/// (the proxy shares it, so later changes to `d` show through).
fn new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() || a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "mappingproxy() takes exactly one argument ({} given)",
            a.len().saturating_sub(1) + kw.len()
        )));
    }
    let Some(proxy) = vm.extra.as_ref().map(|e| e.mappingproxy.clone()) else {
        return Err(PyErr::type_error("mappingproxy is not available"));
    };
    let shared = match &a[1] {
        d @ Value::Dict(_) => d.clone(),
        Value::Instance(i) if matches!(i.base, Value::Dict(_)) => i.base.clone(),
        other => {
            return Err(PyErr::type_error(format!(
                "mappingproxy() argument must be a mapping, not {}",
                vm.type_name(other)
            )))
        }
    };
    let mut inst = Instance::new(proxy);
    inst.base = shared;
    Ok(Value::Instance(crate::gc::new_instance(inst)))
}

pub(crate) fn install(cls: &Rc<Class>) {
    use crate::types::add_method;
    cls.dict.set_str(
        crate::str::intern_static("__new__"),
        crate::types::builtin_fn("__new__", new),
    );
    add_method(cls, "get", get);
    add_method(cls, "keys", keys);
    add_method(cls, "values", values);
    add_method(cls, "items", items);
    add_method(cls, "copy", copy);
    add_method(cls, "__repr__", repr);
    add_method(cls, "__str__", str_);
    add_method(cls, "__setitem__", no_setitem);
    add_method(cls, "__delitem__", no_delitem);
}
