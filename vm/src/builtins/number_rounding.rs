//! The rounding and pickling methods every int and float has
//! (`__floor__`, `__ceil__`, `__trunc__`, `__getnewargs__`), `int.bit_count`
//! and the reflected `__rdivmod__`: what `dir(int)`/`dir(float)` list in
//! CPython beyond the operator slots.

use crate::error::{ExcType, PyErr, PyResult};
use crate::number_methods::{self_float, self_int};
use crate::types::Kw;
use crate::value::Value;
use crate::Vm;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed};
use std::rc::Rc;

/// An int's rounding is the int itself (a bool or subclass gives a plain int).
fn int_self(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::from_bigint(self_int(vm, a, "__trunc__")?))
}

fn int_getnewargs(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let n = self_int(vm, a, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::from_bigint(n)]))
}

fn int_bit_count(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let n = self_int(vm, a, "bit_count")?;
    let ones: u64 = n
        .abs()
        .to_u64_digits()
        .1
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

/// `x.__rdivmod__(y)`: `divmod(y, x)` when y is a number x's type handles.
fn rdivmod(vm: &mut Vm, a: &[Value], rank: u8) -> PyResult<Value> {
    let y = match a.get(1) {
        Some(y) => crate::object::base_value(y).unwrap_or_else(|| y.clone()),
        None => return Err(PyErr::type_error("expected 1 argument, got 0")),
    };
    let y_rank = match y {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => 0,
        Value::Float(_) => 1,
        _ => return Ok(Value::NotImplemented),
    };
    if y_rank > rank {
        return Ok(Value::NotImplemented);
    }
    let x = crate::object::base_value(&a[0]).unwrap_or_else(|| a[0].clone());
    let divmod = vm
        .builtins
        .get_str(&crate::str::intern_static("divmod"))
        .ok_or_else(|| PyErr::type_error("divmod is missing"))?;
    vm.call(&divmod, vec![y, x])
}

fn int_rdivmod(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    self_int(vm, a, "__rdivmod__")?;
    rdivmod(vm, a, 0)
}

fn float_rdivmod(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    self_float(vm, a, "__rdivmod__")?;
    rdivmod(vm, a, 1)
}

fn to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    match BigInt::from_f64(f) {
        Some(n) => Ok(Value::from_bigint(n)),
        None => Err(PyErr::new(
            ExcType::OverflowError,
            "cannot convert float infinity to integer",
        )),
    }
}

fn float_floor(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    to_int(self_float(vm, a, "__floor__")?.floor())
}

fn float_ceil(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    to_int(self_float(vm, a, "__ceil__")?.ceil())
}

fn float_trunc(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    to_int(self_float(vm, a, "__trunc__")?.trunc())
}

fn float_getnewargs(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let f = self_float(vm, a, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Float(f)]))
}

pub(crate) fn install(int: &Rc<crate::class::Class>, float: &Rc<crate::class::Class>) {
    use crate::types::add_method;
    for name in ["__floor__", "__ceil__", "__trunc__"] {
        add_method(int, name, int_self);
    }
    add_method(int, "__getnewargs__", int_getnewargs);
    add_method(int, "bit_count", int_bit_count);
    add_method(int, "__rdivmod__", int_rdivmod);
    add_method(float, "__floor__", float_floor);
    add_method(float, "__ceil__", float_ceil);
    add_method(float, "__trunc__", float_trunc);
    add_method(float, "__getnewargs__", float_getnewargs);
    add_method(float, "__rdivmod__", float_rdivmod);
}
