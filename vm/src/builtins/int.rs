//! `int(x, base)` and `bool(x)`: integers parsed as CPython parses them
//! (Unicode digits, underscores, the digit limit), and `int.bit_length`.

use super::str::is_decimal_char;
use super::types::{add, arg_int, kwarg, nargs, Kw};
use crate::class::{BuiltinType, Class};
use crate::error::{ExcType, PyErr, PyResult};
use crate::value::Value;
use crate::Vm;
use num_bigint::BigInt;
use num_traits::Num;
use std::rc::Rc;

fn int_bit_length(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(match &a[0] {
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => b.bits() as i64,
        _ => 0,
    }))
}

/// A Unicode decimal digit (`'١'`, `'５'`) as its ASCII digit; any other
/// character unchanged. Decimal digits come in runs of whole blocks of
/// ten, from 0 to 9, so the value is the distance from the run's start.
fn ascii_digit(c: char) -> char {
    if c.is_ascii() || !is_decimal_char(c) {
        return c;
    }
    let mut start = c as u32;
    while start > 0 && char::from_u32(start - 1).is_some_and(is_decimal_char) {
        start -= 1;
    }
    char::from_digit((c as u32 - start) % 10, 10).unwrap_or(c)
}

fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let (base, t) = if base == 0 || base == 16 || base == 8 || base == 2 {
        let lower = t.to_ascii_lowercase();
        if (base == 0 || base == 16) && lower.starts_with("0x") {
            (16, &t[2..])
        } else if (base == 0 || base == 8) && lower.starts_with("0o") {
            (8, &t[2..])
        } else if (base == 0 || base == 2) && lower.starts_with("0b") {
            (2, &t[2..])
        } else if base == 0 {
            if t.len() > 1 && t.starts_with('0') && t.chars().any(|c| c != '0' && c != '_') {
                return None;
            }
            (10, t)
        } else {
            (base, t)
        }
    } else {
        (base, t)
    };
    if t.is_empty() || t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        return None;
    }
    let digits: String = t.chars().filter(|&c| c != '_').map(ascii_digit).collect();
    let n = BigInt::from_str_radix(&digits, base).ok()?;
    Some(if neg { -n } else { n })
}

/// CPython 3.11's limit on decimal (non power-of-two base) digits in
/// `int(str)`.
fn check_int_str_digits(s: &str, base: u32) -> PyResult<()> {
    let limit = crate::format::int_max_str_digits();
    if limit == 0 || base.is_power_of_two() {
        return Ok(());
    }
    let digits = s.chars().filter(|c| c.is_ascii_alphanumeric()).count();
    if digits > limit {
        return Err(PyErr::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

pub(super) fn int_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    nargs("int", a, 0, 2)?;
    if let Some((k, _)) = kw.iter().find(|(k, _)| k.as_str() != "base") {
        return Err(PyErr::type_error(format!(
            "'{}' is an invalid keyword argument for int()",
            k.as_str()
        )));
    }
    let base_arg = a.get(1).or_else(|| kwarg(kw, "base"));
    let Some(x) = a.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(b) = base_arg {
        let base = arg_int(vm, b)?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(PyErr::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        if let Some(b) = crate::memoryview::buffer_bytes(x).filter(|_| !matches!(x, Value::Str(_)))
        {
            let text: String = b.iter().map(|&c| c as char).collect();
            return parse_int(&text, base as u32)
                .map(Value::from_bigint)
                .ok_or_else(|| {
                    PyErr::value_error(format!(
                        "invalid literal for int() with base {base}: {}",
                        crate::format::bytes_repr(&b)
                    ))
                });
        }
        let Value::Str(s) = x else {
            return Err(PyErr::type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        check_int_str_digits(s.as_str(), base as u32)?;
        return parse_int(s.as_str(), base as u32)
            .map(Value::from_bigint)
            .ok_or_else(|| {
                PyErr::value_error(format!(
                    "invalid literal for int() with base {base}: {}",
                    crate::format::str_repr(s.as_str())
                ))
            });
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(PyErr::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(PyErr::new(
                    ExcType::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            let t = f.trunc();
            if t.abs() < 9e18 {
                Ok(Value::Int(t as i64))
            } else {
                use num_traits::FromPrimitive;
                Ok(Value::from_bigint(BigInt::from_f64(t).unwrap_or_default()))
            }
        }
        Value::Str(s) => {
            check_int_str_digits(s.as_str(), 10)?;
            parse_int(s.as_str(), 10)
                .map(Value::from_bigint)
                .ok_or_else(|| {
                    PyErr::value_error(format!(
                        "invalid literal for int() with base 10: {}",
                        crate::format::str_repr(s.as_str())
                    ))
                })
        }
        Value::ByteArray(_) | Value::MemoryView(_) => {
            let b = crate::memoryview::buffer_bytes(x).unwrap_or_default();
            int_new(vm, &[Value::Bytes(Rc::new(b))], kw)
        }
        Value::Bytes(b) => {
            let s = String::from_utf8_lossy(b).to_string();
            parse_int(&s, 10).map(Value::from_bigint).ok_or_else(|| {
                PyErr::value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    crate::format::bytes_repr(b)
                ))
            })
        }
        other => {
            for n in ["__int__", "__index__", "__trunc__"] {
                if let Some(m) = vm.dunder(other, n) {
                    let r = vm.call(&m, vec![other.clone()])?;
                    // What __int__ and __index__ give must be an int.
                    if n != "__trunc__"
                        && vm.class_of(&r).base_builtin() != Some(BuiltinType::Int)
                        && !matches!(r, Value::Bool(_))
                    {
                        return Err(PyErr::type_error(format!(
                            "{n} returned non-int (type {})",
                            vm.type_name(&r)
                        )));
                    }
                    return Ok(r);
                }
            }
            // An instance of a subclass of int, float or str: its value.
            if let Some(base) = crate::object::base_value(other) {
                return int_new(vm, &[base], kw);
            }
            Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(other)
            )))
        }
    }
}

pub(super) fn bool_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("bool() takes no keyword arguments"));
    }
    nargs("bool", a, 0, 1)?;
    match a.first() {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
    }
}

pub(super) fn install(int: &Rc<Class>) {
    add(int, "bit_length", int_bit_length);
}
