//! `float(x)`: floats parsed as CPython parses them, and `float.is_integer`.

use super::types::{add, nargs, Kw};
use crate::class::{BuiltinType, Class};
use crate::error::{ExcType, PyErr, PyResult};
use crate::value::Value;
use crate::Vm;
use num_traits::ToPrimitive;
use std::rc::Rc;

fn float_is_integer(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        matches!(&a[0], Value::Float(f) if f.is_finite() && f.fract() == 0.0),
    ))
}

pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    match lower.trim_start_matches(['+', '-']) {
        "inf" | "infinity" => {
            return Some(if lower.starts_with('-') {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            })
        }
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if t.contains("__") || t.starts_with('_') || t.ends_with('_') {
        return None;
    }
    let clean: String = t.chars().filter(|&c| c != '_').collect();
    if clean.is_empty() || clean.contains(|c: char| !(c.is_ascii_digit() || "+-.eE".contains(c))) {
        return None;
    }
    clean.parse::<f64>().ok()
}

pub(super) fn float_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("float() takes no keyword arguments"));
    }
    nargs("float", a, 0, 1)?;
    let Some(x) = a.first() else {
        return Ok(Value::Float(0.0));
    };
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(_) | Value::Bool(_) => Ok(Value::Float(crate::ops::to_f64(x).unwrap_or(0.0))),
        Value::BigInt(b) => b
            .to_f64()
            .filter(|f| f.is_finite())
            .map(Value::Float)
            .ok_or_else(|| PyErr::new(ExcType::OverflowError, "int too large to convert to float")),
        Value::Str(s) => parse_float(s.as_str()).map(Value::Float).ok_or_else(|| {
            PyErr::value_error(format!(
                "could not convert string to float: {}",
                crate::format::str_repr(s.as_str())
            ))
        }),
        other => {
            if let Some(m) = vm.dunder(other, "__float__") {
                let r = vm.call(&m, vec![other.clone()])?;
                if vm.class_of(&r).base_builtin() != Some(BuiltinType::Float) {
                    return Err(PyErr::type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        vm.type_name(other),
                        vm.type_name(&r)
                    )));
                }
                return Ok(r);
            }
            // Without __float__, __index__ gives an int to convert.
            if !matches!(other, Value::Instance(i) if !i.base.is_null())
                && vm.dunder(other, "__index__").is_some()
            {
                let n = crate::bytearray::index_arg(vm, other)?;
                return float_new(vm, &[n], &[]);
            }
            if let Some(base) = crate::object::base_value(other) {
                return float_new(vm, &[base], &[]);
            }
            Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(other)
            )))
        }
    }
}

pub(super) fn install(float: &Rc<Class>) {
    add(float, "is_integer", float_is_integer);
}
