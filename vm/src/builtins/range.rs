//! `range` and `slice`: constructors and methods.

use super::types::{add, arg_int, nargs, tail, Kw};
use crate::class::Class;
use crate::error::{PyErr, PyResult};
use crate::value::{PyRange, Value};
use crate::Vm;
use num_bigint::BigInt;
use std::rc::Rc;

/// `slice.indices(length)`: (start, stop, step) clamped to the length.
pub(super) fn slice_indices(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("indices", tail(a), 1, 1)?;
    let Some(Value::Slice(s)) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor 'indices' requires a 'slice' object",
        ));
    };
    let len = arg_int(vm, &a[1])?;
    if len < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (start, stop, step, _) = vm.slice_indices(s, len as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

fn range_pos(a: &[Value]) -> Option<i64> {
    let (Value::Range(r), Some(Value::Int(x))) = (&a[0], a.get(1)) else {
        return None;
    };
    let off = x - r.start;
    if off % r.step != 0 {
        return None;
    }
    let i = off / r.step;
    (i >= 0 && i < r.len()).then_some(i)
}

fn range_index(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("range.index", tail(a), 1, 1)?;
    match range_pos(a) {
        Some(i) => Ok(Value::Int(i)),
        None => Err(PyErr::value_error(format!(
            "{} is not in range",
            vm.repr(&a[1])?
        ))),
    }
}

fn range_count(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("range.count", tail(a), 1, 1)?;
    Ok(Value::Int(range_pos(a).is_some() as i64))
}

pub(super) fn range_new(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("range", a, 1, 3)?;
    if a.iter().any(|v| matches!(v, Value::BigInt(_))) {
        let mut b: Vec<BigInt> = Vec::new();
        for v in a {
            match crate::ops::int_to_bigint(v) {
                Some(n) => b.push(n),
                None => {
                    return Err(PyErr::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(v)
                    )))
                }
            }
        }
        let (start, stop, step) = match b.len() {
            1 => (BigInt::from(0), b[0].clone(), BigInt::from(1)),
            2 => (b[0].clone(), b[1].clone(), BigInt::from(1)),
            _ => (b[0].clone(), b[1].clone(), b[2].clone()),
        };
        if step == BigInt::from(0) {
            return Err(PyErr::value_error("range() arg 3 must not be zero"));
        }
        let mut r = PyRange::new(0, 0, 1);
        r.big = Some(Box::new([start, stop, step]));
        return Ok(Value::Range(Rc::new(r)));
    }
    let ints: PyResult<Vec<i64>> = a.iter().map(|v| arg_int(vm, v)).collect();
    let ints = ints?;
    let (start, stop, step) = match ints.len() {
        1 => (0, ints[0], 1),
        2 => (ints[0], ints[1], 1),
        _ => (ints[0], ints[1], ints[2]),
    };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange::new(start, stop, step))))
}

pub(super) fn slice_new(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("slice", a, 1, 3)?;
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        _ => (
            a[0].clone(),
            a.get(1).cloned().unwrap_or(Value::None),
            a.get(2).cloned().unwrap_or(Value::None),
        ),
    };
    Ok(Value::Slice(Rc::new(crate::value::PySlice {
        start,
        stop,
        step,
    })))
}

pub(super) fn install(range: &Rc<Class>, slice: &Rc<Class>) {
    add(slice, "indices", slice_indices);
    add(range, "index", range_index);
    add(range, "count", range_count);
}
