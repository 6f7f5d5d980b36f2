//! `object.__sizeof__`: the bytes CPython 3.11 (64-bit) gives an object of
//! this kind and length, without the collector's header (`sys.getsizeof`,
//! in `_sysextras.py`, adds that). whirl's own layout differs; programs
//! compare these numbers with CPython's, so CPython's are what they get.

use crate::class::Class;
use crate::error::{PyErr, PyResult};
use crate::types::Kw;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

pub(super) fn object_sizeof(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match a {
        [v] => Ok(Value::Int(size_of(v))),
        [] => Err(PyErr::type_error(
            "descriptor '__sizeof__' of 'object' object needs an argument",
        )),
        _ => Err(PyErr::type_error(format!(
            "object.__sizeof__() takes no arguments ({} given)",
            a.len() - 1
        ))),
    }
}

/// An int of `bits` significant bits: a header and 30-bit digits (at least
/// one, zero included).
fn int_size(bits: u64) -> i64 {
    24 + 4 * bits.div_ceil(30).max(1) as i64
}

/// A dict of `n` items, as `__sizeof__` (without the collector's header):
/// the key table grows by doubling from 8 slots, two thirds usable.
fn dict_size(n: usize) -> i64 {
    if n == 0 {
        return 48;
    }
    let mut size: i64 = 8;
    while size * 2 / 3 < n as i64 {
        size *= 2;
    }
    let index_bytes = if size <= 128 { size } else { 2 * size };
    48 + 32 + index_bytes + (size * 2 / 3) * 24
}

/// A set of `n` items: 8 slots inline; past three fifths full, the table
/// grows to the first power of two above four times the fill.
fn set_size(n: usize) -> i64 {
    let mut size: usize = 8;
    for fill in 5..=n {
        if fill * 5 >= (size - 1) * 3 {
            size = (fill * 4 + 1).next_power_of_two();
        }
    }
    if size == 8 {
        200
    } else {
        200 + 16 * size as i64
    }
}

fn str_size(s: &str) -> i64 {
    let top = s.chars().map(u32::from).max().unwrap_or(0);
    let n = s.chars().count() as i64;
    match top {
        0..=127 => 49 + n,
        128..=255 => 73 + n,
        256..=0xffff => 74 + 2 * n,
        _ => 76 + 4 * n,
    }
}

/// The slots a user class's instances have, and whether they have a
/// `__weakref__` (any class with a `__dict__` gives one too).
fn instance_layout(cls: &Rc<Class>) -> (i64, bool) {
    match &*cls.slots.borrow() {
        Some(names) => {
            let weakref = names.iter().any(|n| n == "__weakref__");
            (names.len() as i64 - i64::from(weakref), weakref)
        }
        None => (0, true),
    }
}

fn size_of(v: &Value) -> i64 {
    match v {
        Value::Bool(_) => 28,
        Value::Int(i) => int_size(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::BigInt(b) => int_size(b.bits()),
        Value::Float(_) => 24,
        Value::Complex(_) => 32,
        Value::Str(s) => str_size(s.as_str()),
        Value::Bytes(b) => 33 + b.len() as i64,
        Value::ByteArray(b) => match b.data.borrow().len() {
            0 => 56,
            n => 57 + n as i64,
        },
        Value::Tuple(t) => 24 + 8 * t.0.len() as i64,
        Value::List(l) => 40 + 8 * l.0.borrow().len() as i64,
        Value::Dict(d) => dict_size(d.len()),
        Value::Set(s) => set_size(s.table.borrow().len()),
        Value::Range(_) => 48,
        Value::Instance(i) => {
            let (slots, weakref) = instance_layout(&i.class);
            let extra = 8 * slots + if weakref { 8 } else { 0 };
            if !matches!(i.base, Value::None | Value::Null) {
                // An int's size counts its digits only, as CPython's.
                return match &i.base {
                    b @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => size_of(b),
                    b => size_of(b) + extra,
                };
            }
            let base = if i.exc.is_some() { 72 } else { 16 };
            base + if i.class.is_user_class() { extra } else { 0 }
        }
        _ => 16,
    }
}
