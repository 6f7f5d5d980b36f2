//! Methods of `dict` and its constructor (the table is `object/dict.rs`).

use super::types::{add, nargs, self_dict, tail, Kw};
use crate::class::Class;
use crate::dict::PyDict;
use crate::error::{ExcType, PyErr, PyResult};
use crate::iter::{IterState, NativeIter};
use crate::str::intern_static;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

pub(super) fn dict_get(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("get", tail(a), 1, 2)?;
    let d = self_dict(a)?;
    Ok(vm
        .dict_get(&d, &a[1])?
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("setdefault", tail(a), 1, 2)?;
    let d = self_dict(a)?;
    if let Some(v) = vm.dict_get(&d, &a[1])? {
        return Ok(v);
    }
    let v = a.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, a[1].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("pop", tail(a), 1, 2)?;
    let d = self_dict(a)?;
    let r = vm.dict_remove(&d, &a[1])?;
    match r {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(PyErr::with_args(ExcType::KeyError, vec![a[1].clone()])),
        },
    }
}

fn dict_popitem(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let d = self_dict(a)?;
    let r = d.0.borrow_mut().pop_last();
    match r {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(PyErr::with_args(
            ExcType::KeyError,
            vec![Value::str("popitem(): dictionary is empty")],
        )),
    }
}

pub fn dict_update(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    nargs("update", tail(a), 0, 1)?;
    let d = self_dict(a)?;
    if let Some(src) = a.get(1) {
        let pairs = match src {
            Value::Dict(_) => vm.mapping_items(src)?,
            _ if has_keys_method(vm, src) => vm.mapping_items(src)?,
            _ => {
                // One pair at a time, as CPython: a bad element fails at
                // once, before the rest of the iterable (maybe endless,
                // `range(10**30)`) is produced, and the pairs before it stay.
                let it = vm.get_iter(src.clone())?;
                let mut n = 0usize;
                while let Some(item) = vm.iter_next(&it)? {
                    // zip() and items() make pairs: no copy of them.
                    if let Value::Tuple(t) = &item {
                        if let [k, v] = &t.0[..] {
                            vm.dict_set(&d, k.clone(), v.clone())?;
                            n += 1;
                            continue;
                        }
                    }
                    let kv = vm.collect(&item).map_err(|_| {
                        PyErr::type_error(format!(
                            "cannot convert dictionary update sequence element #{n} to a sequence"
                        ))
                    })?;
                    if kv.len() != 2 {
                        return Err(PyErr::value_error(format!(
                            "dictionary update sequence element #{n} has length {}; 2 is required",
                            kv.len()
                        )));
                    }
                    vm.dict_set(&d, kv[0].clone(), kv[1].clone())?;
                    n += 1;
                }
                Vec::new()
            }
        };
        for (k, v) in pairs {
            vm.dict_set(&d, k, v)?;
        }
    }
    for (k, v) in kw {
        d.set_str(k.clone(), v.clone());
    }
    Ok(Value::None)
}

/// Whether `dict.update`'s argument is a mapping by CPython's test (it
/// has `keys`). A builtin value answers from its type, without building
/// the AttributeError a `getattr` would for `zip(...)` or a list.
fn has_keys_method(vm: &mut Vm, src: &Value) -> bool {
    let keys = intern_static("keys");
    match src {
        Value::Instance(_)
        | Value::Native(_)
        | Value::Class(_)
        | Value::Module(_)
        | Value::Function(_)
        | Value::BoundMethod(_) => vm.getattr(src, &keys).is_ok(),
        _ => vm.class_of(src).lookup(&keys).is_some(),
    }
}

fn dict_view(a: &[Value], kind: u8, name: &'static str) -> PyResult<Value> {
    let d = self_dict(a)?;
    Ok(NativeIter::new(name, IterState::View { dict: d, kind }))
}

pub(super) fn dict_keys(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    dict_view(a, 0, "dict_keys")
}

fn dict_values(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    dict_view(a, 1, "dict_values")
}

fn dict_items(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    dict_view(a, 2, "dict_items")
}

fn dict_clear(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let d = self_dict(a)?;
    let old = d.0.borrow_mut().take_all();
    drop(old);
    Ok(Value::None)
}

fn dict_copy(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let d = self_dict(a)?;
    let n = PyDict::new();
    *n.0.borrow_mut() = d.0.borrow().clone();
    Ok(Value::Dict(crate::gc::track_dict(n)))
}

pub(super) fn dict_fromkeys(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    // A classmethod: a[0] is the class it was looked up on.
    let (cls, a) = match a.split_first() {
        Some((Value::Class(c), rest)) => (Some(c.clone()), rest),
        _ => (None, a),
    };
    let keys = vm.collect(a.first().unwrap_or(&Value::None))?;
    let v = a.get(1).cloned().unwrap_or(Value::None);
    if let Some(c) = cls.filter(|c| !Rc::ptr_eq(c, &vm.types.dict)) {
        // D.fromkeys(...) on a subclass makes a D, filled through __setitem__.
        let d = vm.call(&Value::Class(c), vec![])?;
        for k in keys {
            vm.setitem(&d, k, v.clone())?;
        }
        return Ok(d);
    }
    let d = PyDict::new();
    for k in keys {
        d.set(k, v.clone())?;
    }
    Ok(Value::Dict(crate::gc::track_dict(d)))
}

pub(super) fn dict_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let d = Value::Dict(crate::gc::new_dict());
    let mut args = vec![d.clone()];
    args.extend(a.iter().cloned());
    dict_update(vm, &args, kw)?;
    Ok(d)
}

pub(super) fn install(d: &Rc<Class>) {
    add(d, "get", dict_get);
    add(d, "setdefault", dict_setdefault);
    add(d, "pop", dict_pop);
    add(d, "popitem", dict_popitem);
    add(d, "update", dict_update);
    add(d, "__init__", dict_update);
    add(d, "keys", dict_keys);
    add(d, "values", dict_values);
    add(d, "items", dict_items);
    add(d, "clear", dict_clear);
    add(d, "copy", dict_copy);
}

/// The methods of the view types beyond what the native iterator
/// protocol gives them (`len`, `in`, iteration, repr and the set
/// operators are answered from the view's state).
pub(crate) fn install_view_methods(cls: &Rc<Class>, set_like: bool) {
    cls.dict.set_str(
        intern_static("__new__"),
        crate::types::builtin_fn("__new__", view_new),
    );
    crate::types::add_method(cls, "__reversed__", view_reversed_method);
    // Named for the ABCs' structural checks (`Reversible` wants both
    // `__iter__` and `__reversed__`); the interpreter itself answers
    // these from the view's state without looking them up.
    crate::types::add_method(cls, "__iter__", view_iter);
    crate::types::add_method(cls, "__len__", view_len);
    if set_like {
        // Set-like views are unhashable (`hash_value` refuses them).
        cls.dict.set_str(intern_static("__hash__"), Value::None);
        crate::types::add_method(cls, "isdisjoint", view_isdisjoint);
        crate::types::add_method(cls, "__contains__", view_contains);
    }
}

/// `reversed(d.keys())` and the like: the view's items, last first.
pub(super) fn reversed_view(view: &NativeIter) -> PyResult<Value> {
    let (items, name) = match &*view.state.borrow() {
        IterState::View { dict, kind: 0 } => (dict.0.borrow().keys(), "dict_reversekeyiterator"),
        IterState::View { dict, kind: 1 } => {
            (dict.0.borrow().values(), "dict_reversevalueiterator")
        }
        IterState::View { dict, .. } => (
            dict.0
                .borrow()
                .items()
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect(),
            "dict_reverseitemiterator",
        ),
        _ => return Err(PyErr::type_error("descriptor requires a dict view")),
    };
    let mut items = items;
    items.reverse();
    Ok(NativeIter::new(name, IterState::Items(items, 0)))
}

/// Views are made by their dict only, as in CPython.
fn view_new(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let name = match a.first() {
        Some(Value::Class(c)) => c.name.clone(),
        _ => "dict_keys".to_string(),
    };
    Err(PyErr::type_error(format!(
        "cannot create '{name}' instances"
    )))
}

fn view_iter(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__iter__", tail(a), 0, 0)?;
    vm.get_iter(a[0].clone())
}

fn view_len(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__len__", tail(a), 0, 0)?;
    Ok(Value::Int(super::len_of(vm, &a[0])? as i64))
}

fn view_contains(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__contains__", tail(a), 1, 1)?;
    Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
}

fn view_reversed_method(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match a.first() {
        Some(Value::Iterator(ni)) => reversed_view(ni),
        _ => Err(PyErr::type_error("descriptor requires a dict view")),
    }
}

/// `view.isdisjoint(other)`: no item of `other` is in the view.
fn view_isdisjoint(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("isdisjoint", tail(a), 1, 1)?;
    let it = vm.get_iter(a[1].clone())?;
    while let Some(item) = vm.iter_next(&it)? {
        if vm.contains(&a[0], &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
