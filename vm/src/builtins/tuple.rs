//! Methods of `tuple` and its constructor.

use super::list::{seq_count, seq_index};
use super::types::{add, nargs, no_keywords, tail, Kw};
use crate::class::Class;
use crate::error::{PyErr, PyResult};
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

fn tuple_index(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Value::Tuple(t) = &a[0] else {
        return Err(PyErr::type_error("descriptor requires a 'tuple'"));
    };
    seq_index(vm, &t.0.clone(), a, "tuple")
}

fn tuple_count(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Value::Tuple(t) = &a[0] else {
        return Err(PyErr::type_error("descriptor requires a 'tuple'"));
    };
    nargs("tuple.count", tail(a), 1, 1)?;
    seq_count(vm, &t.0.clone(), &a[1])
}

pub(super) fn tuple_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords("tuple", kw)?;
    nargs("tuple", a, 0, 1)?;
    match a.first() {
        None => Ok(Value::tuple(vec![])),
        Some(v @ Value::Tuple(_)) => Ok(v.clone()),
        Some(v) => Ok(Value::tuple(vm.collect_presized(v)?)),
    }
}

/// `t.__getnewargs__()`: `(tuple(t),)`, what pickle passes to `__new__`.
fn tuple_getnewargs(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Tuple(t)) = a.first() else {
        return Err(PyErr::type_error("descriptor requires a 'tuple'"));
    };
    Ok(Value::tuple(vec![Value::tuple(t.0.to_vec())]))
}

pub(super) fn install(tuple: &Rc<Class>) {
    add(tuple, "index", tuple_index);
    add(tuple, "__getnewargs__", tuple_getnewargs);
    add(tuple, "count", tuple_count);
}
