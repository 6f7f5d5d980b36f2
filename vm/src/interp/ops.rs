//! Operators on builtin values: arithmetic (with overflow into big ints),
//! comparison, truth. User-defined dunders are dispatched by the VM
//! (`interp/dunder.rs`) before falling back here.

use crate::error::{ExcType, PyErr, PyResult};
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::rc::Rc;
use whirl_parser::ast::BinOp;

pub fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "NULL",
        Value::None => "NoneType",
        Value::NotImplemented => "NotImplementedType",
        Value::Ellipsis => "ellipsis",
        Value::Bool(_) => "bool",
        Value::Int(_) | Value::BigInt(_) => "int",
        Value::Float(_) => "float",
        Value::Str(_) => "str",
        Value::Bytes(_) => "bytes",
        Value::Tuple(_) => "tuple",
        Value::List(_) => "list",
        Value::Dict(_) => "dict",
        Value::Set(s) => {
            if s.frozen {
                "frozenset"
            } else {
                "set"
            }
        }
        Value::Range(_) => "range",
        Value::Slice(_) => "slice",
        Value::Function(_) => "function",
        Value::Builtin(_) => "builtin_function_or_method",
        Value::BoundMethod(_) => "method",
        Value::Generator(g) => g.kind_name(),
        Value::Class(_) => "type",
        Value::Instance(_) => "object",
        Value::Module(_) => "module",
        Value::Iterator(i) => i.name,
        Value::Cell(_) => "cell",
        Value::Code(_) => "code",
        Value::Native(_) => "object",
        Value::Complex(_) => "complex",
        Value::ByteArray(_) => "bytearray",
        Value::MemoryView(_) => "memoryview",
    }
}

/// A number for arithmetic.
enum Num {
    I(i64),
    B(BigInt),
    F(f64),
}

fn num(v: &Value) -> Option<Num> {
    Some(match v {
        Value::Int(i) => Num::I(*i),
        Value::Bool(b) => Num::I(*b as i64),
        Value::Float(f) => Num::F(*f),
        Value::BigInt(b) => Num::B((**b).clone()),
        _ => return None,
    })
}

fn big(n: Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(i),
        Num::B(b) => b,
        Num::F(_) => unreachable!("float is never widened to int"),
    }
}

pub fn to_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Float(f) => Some(*f),
        Value::BigInt(b) => Some(b.to_f64().unwrap_or(f64::INFINITY)),
        _ => None,
    }
}

fn int_too_large() -> PyErr {
    PyErr::new(ExcType::OverflowError, "int too large to convert to float")
}

fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    let f = b.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        Err(int_too_large())
    } else {
        Ok(f)
    }
}

fn as_float(n: &Num) -> PyResult<f64> {
    Ok(match n {
        Num::I(i) => *i as f64,
        Num::B(b) => big_to_f64(b)?,
        Num::F(f) => *f,
    })
}

pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
        BinOp::FloorDiv => "//",
    }
}

pub fn dunder_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    }
}

pub fn unsupported(op: BinOp, a: &Value, b: &Value, a_name: &str, b_name: &str) -> PyErr {
    let _ = (a, b);
    if op == BinOp::Pow {
        return PyErr::type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{a_name}' and '{b_name}'"
        ));
    }
    PyErr::type_error(format!(
        "unsupported operand type(s) for {}: '{a_name}' and '{b_name}'",
        op_symbol(op)
    ))
}

fn floor_div_i64(a: i64, b: i64) -> Option<i64> {
    if b == -1 && a == i64::MIN {
        return None;
    }
    Some(
        a.div_euclid(b)
            - if (a.rem_euclid(b) != 0) && b < 0 {
                1
            } else {
                0
            },
    )
}

fn py_mod_i64(a: i64, b: i64) -> Option<i64> {
    if b == -1 {
        return Some(0);
    }
    let r = a % b;
    Some(if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    })
}

fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = float_mod(a, b);
    let div = (a - m) / b;
    if div == 0.0 {
        0.0f64.copysign(a / b)
    } else {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    }
}

/// Arithmetic on numbers; `Ok(None)` when the operands are not both numbers.
pub fn numeric_binop(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    // bool's own &, | and ^ keep the type: True & True is True, not 1.
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::BitAnd => return Ok(Some(Value::Bool(x & y))),
            BinOp::BitOr => return Ok(Some(Value::Bool(x | y))),
            BinOp::BitXor => return Ok(Some(Value::Bool(x ^ y))),
            _ => {}
        }
    }
    let (Some(x), Some(y)) = (num(a), num(b)) else {
        // Only complex numbers are left to try; strings and sequences
        // (most operations reaching here) skip the call.
        if matches!(a, Value::Complex(_)) || matches!(b, Value::Complex(_)) {
            return crate::complex::binop(op, a, b);
        }
        return Ok(None);
    };
    Ok(Some(match (x, y) {
        (Num::I(x), Num::I(y)) => int_binop(op, x, y)?,
        (x @ Num::F(_), y) | (x, y @ Num::F(_)) => float_binop(op, as_float(&x)?, as_float(&y)?)?,
        (x, y) => big_binop(op, big(x), big(y))?,
    }))
}

fn int_binop(op: BinOp, x: i64, y: i64) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mult => x.checked_mul(y),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(PyErr::new(
                    ExcType::ZeroDivisionError,
                    "integer division or modulo by zero",
                ));
            }
            floor_div_i64(x, y)
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(PyErr::new(
                    ExcType::ZeroDivisionError,
                    "integer modulo by zero",
                ));
            }
            py_mod_i64(x, y)
        }
        BinOp::Div => {
            if y == 0 {
                return Err(PyErr::new(ExcType::ZeroDivisionError, "division by zero"));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                return Ok(Value::Float(x as f64 / y as f64));
            }
            return big_binop(op, BigInt::from(x), BigInt::from(y));
        }
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        BinOp::LShift => {
            if y < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            if y < 63 && (x == 0 || (x.unsigned_abs().leading_zeros() as i64) > y + 1) {
                Some(x << y)
            } else {
                None
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            Some(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })
        }
        BinOp::Pow => {
            if y < 0 {
                if x == 0 {
                    return Err(PyErr::new(
                        ExcType::ZeroDivisionError,
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                return Ok(Value::Float((x as f64).powf(y as f64)));
            }
            if y > u32::MAX as i64 {
                None
            } else {
                x.checked_pow(y as u32)
            }
        }
        BinOp::MatMult => {
            return Err(unsupported(
                op,
                &Value::Int(x),
                &Value::Int(y),
                "int",
                "int",
            ))
        }
    };
    match r {
        Some(v) => Ok(Value::Int(v)),
        None => big_binop(op, BigInt::from(x), BigInt::from(y)),
    }
}

fn big_binop(op: BinOp, x: BigInt, y: BigInt) -> PyResult<Value> {
    Ok(Value::from_bigint(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(PyErr::new(
                    ExcType::ZeroDivisionError,
                    "integer division or modulo by zero",
                ));
            }
            x.div_floor(&y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(PyErr::new(
                    ExcType::ZeroDivisionError,
                    "integer modulo by zero",
                ));
            }
            x.mod_floor(&y)
        }
        BinOp::Div => {
            if y.is_zero() {
                return Err(PyErr::new(ExcType::ZeroDivisionError, "division by zero"));
            }
            return Ok(Value::Float(big_true_div(&x, &y)?));
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::LShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Value::Int(0));
            }
            // The result has bits(x) + n bits: refused sizes are MemoryError.
            let n = y.to_usize().ok_or_else(crate::error::memory_error)?;
            crate::error::check_alloc((n / 8).saturating_add(x.bits() as usize / 8 + 1))?;
            x << n
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(n) => {
                    if x.is_negative() {
                        // Python's >> floors: -((-x - 1) >> n) - 1
                        -((-x - 1u32) >> n) - 1u32
                    } else {
                        x >> n
                    }
                }
                None => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                let fx = big_to_f64(&x)?;
                let fy = big_to_f64(&y)?;
                if fx == 0.0 {
                    return Err(PyErr::new(
                        ExcType::ZeroDivisionError,
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                return Ok(Value::Float(fx.powf(fy)));
            }
            match y.to_u32() {
                Some(e) => num_traits::pow::Pow::pow(&x, e),
                None => {
                    if x.is_zero() || x == BigInt::from(1) {
                        x
                    } else {
                        return Err(PyErr::new(ExcType::MemoryError, ""));
                    }
                }
            }
        }
        BinOp::MatMult => {
            return Err(PyErr::type_error(
                "unsupported operand type(s) for @: 'int' and 'int'",
            ))
        }
    }))
}

fn big_true_div(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    match (x.to_f64(), y.to_f64()) {
        (Some(a), Some(b))
            if a.is_finite() && b.is_finite() && a.abs() < 9e15 && b.abs() < 9e15 =>
        {
            Ok(a / b)
        }
        _ => big_true_div_rounded(x, y),
    }
}

/// x / y correctly rounded for ints too large to convert exactly: an
/// integer quotient of 55 or more significant bits, with a sticky bit for
/// a nonzero remainder, rounds once to a float, then scales by 2**shift.
fn big_true_div_rounded(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    use num_bigint::Sign;
    let negative = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
    let (a, b) = (x.magnitude(), y.magnitude());
    if a.bits() == 0 {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let shift = a.bits() as i64 - b.bits() as i64 - 55;
    let (num, den) = if shift < 0 {
        (a << (-shift) as usize, b.clone())
    } else {
        (a.clone(), b << shift as usize)
    };
    let (q, r) = num.div_rem(&den);
    let q = if r.bits() == 0 {
        q
    } else {
        q | num_bigint::BigUint::from(1u8)
    };
    let mut f = q.to_f64().unwrap_or(f64::INFINITY);
    let mut e = shift;
    while e > 1000 {
        f *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        f *= 2f64.powi(-1000);
        e += 1000;
    }
    f *= 2f64.powi(e as i32);
    if f.is_infinite() {
        return Err(PyErr::new(
            ExcType::OverflowError,
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -f } else { f })
}

fn float_binop(op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(PyErr::new(
                    ExcType::ZeroDivisionError,
                    "float division by zero",
                ));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(PyErr::new(
                    ExcType::ZeroDivisionError,
                    "float floor division by zero",
                ));
            }
            float_floordiv(x, y)
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(PyErr::new(ExcType::ZeroDivisionError, "float modulo"));
            }
            float_mod(x, y)
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(PyErr::new(
                    ExcType::ZeroDivisionError,
                    "0.0 cannot be raised to a negative power",
                ));
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                // A negative base to a fractional power is complex.
                let (re, im) = crate::complex::power((x, 0.0), (y, 0.0))?;
                return Ok(crate::complex::complex_value(re, im));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(PyErr::new(
                    ExcType::OverflowError,
                    "(34, 'Numerical result out of range')",
                ));
            }
            r
        }
        _ => {
            return Err(unsupported(
                op,
                &Value::Float(x),
                &Value::Float(y),
                "float",
                "float",
            ));
        }
    }))
}

/// Sequence operators on builtin containers (`+`, `*`, str `%`).
pub fn sequence_binop(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if matches!(a, Value::ByteArray(_)) || matches!(b, Value::ByteArray(_) | Value::MemoryView(_)) {
        return crate::bytearray::sequence_op(op, a, b);
    }
    Ok(Some(match (op, a, b) {
        (BinOp::Add, Value::Str(x), Value::Str(y)) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Value::string(s)
        }
        (BinOp::Add, Value::List(x), Value::List(y)) => {
            let mut v = x.0.borrow().clone();
            v.extend(y.0.borrow().iter().cloned());
            Value::list(v)
        }
        (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
            let mut v = x.0.to_vec();
            v.extend(y.0.iter().cloned());
            Value::tuple(v)
        }
        (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
            let mut v = (**x).clone();
            v.extend_from_slice(y);
            Value::Bytes(Rc::new(v))
        }
        (BinOp::Mult, _, _) => {
            let is_seq = |v: &Value| {
                matches!(
                    v,
                    Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
                )
            };
            let count = |v: &Value| match v {
                Value::Int(n) => Some(*n),
                Value::Bool(x) => Some(*x as i64),
                Value::BigInt(_) => Some(i64::MIN),
                _ => Option::None,
            };
            let (seq, n) = if is_seq(a) && count(b).is_some() {
                (a, count(b).unwrap_or(0))
            } else if is_seq(b) && count(a).is_some() {
                (b, count(a).unwrap_or(0))
            } else {
                return Ok(None);
            };
            if n == i64::MIN {
                // Past i64 either way, as CPython's index-sized check says
                // (`() * -10**30` too, not an empty tuple).
                if let (Value::BigInt(_), _) | (_, Value::BigInt(_)) = (a, b) {
                    return Err(PyErr::new(
                        ExcType::OverflowError,
                        "cannot fit 'int' into an index-sized integer",
                    ));
                }
            }
            let n = n.max(0) as usize;
            // The result's size, checked before anything is allocated:
            // past isize::MAX CPython says OverflowError for str and bytes
            // and MemoryError for lists and tuples; below, a size the
            // allocator refuses is MemoryError.
            let (items, unit) = match seq {
                Value::Str(s) => (s.char_len(), s.as_str().len() / s.char_len().max(1)),
                Value::Bytes(b) => (b.len(), 1),
                Value::List(l) => (l.0.borrow().len(), std::mem::size_of::<Value>()),
                Value::Tuple(t) => (t.0.len(), std::mem::size_of::<Value>()),
                _ => (0, 1),
            };
            match items.checked_mul(n).filter(|t| *t <= isize::MAX as usize) {
                None => {
                    return Err(match seq {
                        Value::Str(_) => {
                            PyErr::new(ExcType::OverflowError, "repeated string is too long")
                        }
                        Value::Bytes(_) => {
                            PyErr::new(ExcType::OverflowError, "repeated bytes are too long")
                        }
                        _ => crate::error::memory_error(),
                    })
                }
                Some(total) => crate::error::alloc_size(total, unit.max(1)).map(|_| ())?,
            }
            // An empty result needs no loop: `[] * 10**18` must not spin
            // 10**18 times copying nothing.
            if items == 0 || n == 0 {
                return Ok(Some(match seq {
                    Value::Str(_) => Value::string(String::new()),
                    Value::Bytes(_) => Value::Bytes(Rc::new(Vec::new())),
                    Value::List(_) => Value::list(Vec::new()),
                    Value::Tuple(_) => Value::tuple(Vec::new()),
                    _ => return Ok(None),
                }));
            }
            match seq {
                Value::Str(s) => Value::string(s.as_str().repeat(n)),
                Value::List(l) => {
                    let src = l.0.borrow();
                    let mut v = Vec::with_capacity(src.len() * n);
                    for _ in 0..n {
                        v.extend(src.iter().cloned());
                    }
                    Value::list(v)
                }
                Value::Tuple(t) => {
                    let mut v = Vec::with_capacity(t.0.len() * n);
                    for _ in 0..n {
                        v.extend(t.0.iter().cloned());
                    }
                    Value::tuple(v)
                }
                Value::Bytes(b) => Value::Bytes(Rc::new(b.repeat(n))),
                _ => return Ok(None),
            }
        }
        _ => return Ok(None),
    }))
}

/// Equality of builtin values; `None` when Python code must decide.
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    native_eq_within(a, b, NATIVE_EQ_DEPTH)
}

/// Containers nested deeper than this are left to `Vm::eq`, which counts
/// each level against the recursion limit (`RecursionError`, never a
/// native recursion as deep as the data).
const NATIVE_EQ_DEPTH: u32 = 8;

fn native_eq_within(a: &Value, b: &Value, depth: u32) -> Option<bool> {
    use Value::*;
    if depth == 0 && matches!(a, Tuple(_) | List(_) | Dict(_)) {
        return Option::None;
    }
    let native_eq = |p: &Value, q: &Value| native_eq_within(p, q, depth - 1);
    Some(match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Str(x), Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (None, None) => true,
        (Float(x), Float(y)) => x == y,
        (Int(_) | Bool(_) | Float(_) | BigInt(_), Int(_) | Bool(_) | Float(_) | BigInt(_)) => {
            num_cmp(a, b)? == Ordering::Equal
        }
        (Bytes(x), Bytes(y)) => x == y,
        // Bound methods are equal when bound to the same object (identity)
        // with the same function, as CPython's method objects.
        (BoundMethod(x), BoundMethod(y)) => x.receiver.is(&y.receiver) && x.func.is(&y.func),
        (Builtin(x), Builtin(y)) if !x.bound.is_null() || !y.bound.is_null() => {
            x.bound.is(&y.bound) && x.name == y.name && x.func as usize == y.func as usize
        }
        (Complex(x), _) => return crate::complex::eq(x, b).or(Some(false)),
        (_, Complex(y)) => return crate::complex::eq(y, a).or(Some(false)),
        (MemoryView(_), _) | (_, MemoryView(_)) => return crate::memoryview::native_eq(a, b),
        (ByteArray(_), _) | (_, ByteArray(_)) => {
            match (
                crate::memoryview::buffer_bytes(a),
                crate::memoryview::buffer_bytes(b),
            ) {
                (Some(x), Some(y)) => x == y,
                _ => a.is(b),
            }
        }
        (Tuple(x), Tuple(y)) => {
            if x.0.len() != y.0.len() {
                return Some(false);
            }
            for (p, q) in x.0.iter().zip(y.0.iter()) {
                if !p.is(q) && !native_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (List(x), List(y)) => {
            if Rc::ptr_eq(x, y) {
                return Some(true);
            }
            let (x, y) = (x.0.borrow(), y.0.borrow());
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !p.is(q) && !native_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (Dict(x), Dict(y)) => {
            let (x, y) = (x.0.borrow(), y.0.borrow());
            if x.len() != y.len() {
                return Some(false);
            }
            for e in x.iter() {
                match y.get(&e.key).ok()? {
                    Some(v) => {
                        if !v.is(&e.value) && !native_eq(&v, &e.value)? {
                            return Some(false);
                        }
                    }
                    Option::None => return Some(false),
                }
            }
            true
        }
        (Range(x), Range(y)) => {
            let (lx, ly) = (x.len(), y.len());
            lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
        }
        (Instance(_), _) | (_, Instance(_)) => return Option::None,
        // Slices compare as (start, stop, step) tuples: Vm::eq knows how.
        (Slice(_), Slice(_)) => return Option::None,
        // Sets and dict views compare by contents: Vm::compare knows how.
        (Set(_) | Iterator(_), _) | (_, Set(_) | Iterator(_)) => return Option::None,
        (Class(x), Class(y)) => Rc::ptr_eq(x, y),
        _ => a.is(b),
    })
}

pub fn num_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        _ => {
            let (x, y) = (num(a)?, num(b)?);
            match (x, y) {
                (Num::F(x), Num::F(y)) => x.partial_cmp(&y),
                (Num::F(x), other) => float_int_cmp(x, &big(other)),
                (other, Num::F(y)) => float_int_cmp(y, &big(other)).map(|o| o.reverse()),
                (x, y) => Some(big(x).cmp(&big(y))),
            }
        }
    }
}

fn float_int_cmp(f: f64, i: &BigInt) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() < 1e38 {
        fb
    } else {
        num_bigint_from_f64(fl)
    };
    match fb.cmp(i) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Greater
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

fn num_bigint_from_f64(f: f64) -> BigInt {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f).unwrap_or_default()
}

pub fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::BigInt(_)
    )
}

pub fn int_to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// A Python float's repr: shortest round-trip digits, exponent outside
/// 1e-4 <= |x| < 1e16.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // The shortest round-trip digits ("-1.2345e-7")... but where two
    // strings of that length round-trip (an exact tie at the last digit,
    // as 2**-25), Rust picks the upper one and CPython the even one:
    // re-round to that many digits (half to even), keeping the result only
    // if it still round-trips (just above a power of two, as 2**-24, the
    // lower neighbour does not).
    let shortest = format!("{:e}", f);
    let ndigits = shortest
        .split('e')
        .next()
        .map_or(1, |m| m.bytes().filter(u8::is_ascii_digit).count());
    let even = format!("{:.*e}", ndigits.saturating_sub(1), f);
    let sci = if even.parse::<f64>() == Ok(f) {
        even
    } else {
        shortest
    };
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let e = exp as usize;
            if digits.len() > e + 1 {
                out.push_str(&digits[..e + 1]);
                out.push('.');
                out.push_str(&digits[e + 1..]);
            } else {
                out.push_str(&digits);
                out.push_str(&"0".repeat(e + 1 - digits.len()));
                out.push_str(".0");
            }
        } else {
            out.push_str("0.");
            out.push_str(&"0".repeat((-exp - 1) as usize));
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}
