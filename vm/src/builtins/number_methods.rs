//! The conversion methods of `int` and `float`: to and from bytes
//! (`int.to_bytes`, `int.from_bytes`), to and from hexadecimal
//! (`float.hex`, `float.fromhex`), exact ratios and `conjugate`.

use crate::error::{ExcType, PyErr, PyResult};
use crate::str::intern_static;
use crate::types::{builtin_fn, Kw};
use crate::value::Value;
use crate::Vm;
use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

pub(crate) fn self_int(vm: &Vm, a: &[Value], name: &str) -> PyResult<BigInt> {
    match a.first() {
        Some(v) => match crate::ops::int_to_bigint(v) {
            Some(n) => Ok(n),
            None => {
                match crate::object::base_value(v).and_then(|b| crate::ops::int_to_bigint(&b)) {
                    Some(n) => Ok(n),
                    None => Err(PyErr::type_error(format!(
                        "descriptor '{name}' requires a 'int' object but received a '{}'",
                        vm.type_name(v)
                    ))),
                }
            }
        },
        None => Err(PyErr::type_error(format!(
            "descriptor '{name}' of 'int' object needs an argument"
        ))),
    }
}

pub(crate) fn self_float(vm: &Vm, a: &[Value], name: &str) -> PyResult<f64> {
    match a.first() {
        Some(Value::Float(f)) => Ok(*f),
        Some(v) => match crate::object::base_value(v) {
            Some(Value::Float(f)) => Ok(f),
            _ => Err(PyErr::type_error(format!(
                "descriptor '{name}' requires a 'float' object but received a '{}'",
                vm.type_name(v)
            ))),
        },
        None => Err(PyErr::type_error(format!(
            "descriptor '{name}' of 'float' object needs an argument"
        ))),
    }
}

/// Positional-or-keyword arguments by name: `names[i]` is the i-th
/// positional; keyword-only names follow `npos`.
fn bind_args(
    fname: &str,
    pos: &[Value],
    kw: Kw,
    names: &[&str],
    npos: usize,
) -> PyResult<Vec<Option<Value>>> {
    if pos.len() > npos {
        return Err(PyErr::type_error(format!(
            "{fname}() takes at most {npos} positional argument{} ({} given)",
            if npos == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in kw {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => {
                return Err(PyErr::type_error(format!(
                    "argument for {fname}() given by name ('{}') and position ({})",
                    k.as_str(),
                    i + 1
                )))
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' is an invalid keyword argument for {fname}()",
                    k.as_str()
                )))
            }
        }
    }
    Ok(out)
}

fn byteorder_little(vm: &Vm, v: Option<&Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(PyErr::value_error(
                "byteorder must be either 'little' or 'big'",
            )),
        },
        Some(other) => Err(PyErr::type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn flag(vm: &mut Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => vm.truthy(v),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let n = self_int(vm, a, "to_bytes")?;
    let args = bind_args(
        "to_bytes",
        &a[1..],
        kw,
        &["length", "byteorder", "signed"],
        2,
    )?;
    let length = match &args[0] {
        None => 1,
        Some(v) => crate::types::arg_int(vm, v)?,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let little = byteorder_little(vm, args[1].as_ref(), "to_bytes")?;
    let signed = flag(vm, args[2].as_ref())?;
    if !signed && n.is_negative() {
        return Err(PyErr::new(
            ExcType::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let too_big = || PyErr::new(ExcType::OverflowError, "int too big to convert");
    let length = length as usize;
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(too_big());
    }
    crate::error::check_alloc(length)?;
    let pad = if signed && n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, pad);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Bytes(Rc::new(bytes)))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, called on
/// the class.
fn from_bytes(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let pos: &[Value] = match a.first() {
        Some(Value::Class(_)) => &a[1..],
        _ => a,
    };
    let args = bind_args("from_bytes", pos, kw, &["bytes", "byteorder", "signed"], 2)?;
    let Some(src) = &args[0] else {
        return Err(PyErr::type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let little = byteorder_little(vm, args[1].as_ref(), "from_bytes")?;
    let signed = flag(vm, args[2].as_ref())?;
    let mut data = match crate::memoryview::buffer_bytes(src) {
        Some(b) => b,
        None => {
            if matches!(src, Value::Str(_) | Value::Int(_) | Value::Float(_)) {
                return Err(PyErr::type_error(format!(
                    "cannot convert '{}' object to bytes",
                    vm.type_name(src)
                )));
            }
            crate::bytearray::bytes_from_iterable(vm, src)?
        }
    };
    if !little {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    Ok(Value::from_bigint(n))
}

fn int_as_integer_ratio(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let n = self_int(vm, a, "as_integer_ratio")?;
    Ok(Value::tuple(vec![Value::from_bigint(n), Value::Int(1)]))
}

fn int_conjugate(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::from_bigint(self_int(vm, a, "conjugate")?))
}

fn float_conjugate(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(self_float(vm, a, "conjugate")?))
}

/// `float.as_integer_ratio()`: the exact value as a reduced fraction.
fn float_as_integer_ratio(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let f = self_float(vm, a, "as_integer_ratio")?;
    if f.is_infinite() {
        return Err(PyErr::new(
            ExcType::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if f == 0.0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    exp += tz;
    let mut num = BigInt::from(mant);
    let mut den = BigInt::one();
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    if f < 0.0 {
        num = -num;
    }
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exponent>`.
fn float_hex(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let f = self_float(vm, a, "hex")?;
    if f.is_nan() {
        return Ok(Value::str("nan"));
    }
    if f.is_infinite() {
        return Ok(Value::str(if f > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(Value::string(format!("{sign}0x0.0p+0")));
    }
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    Ok(Value::string(format!("{sign}0x{lead}.{frac:013x}p{exp:+}")))
}

fn invalid_hex() -> PyErr {
    PyErr::value_error("invalid hexadecimal floating-point string")
}

/// m * 2**e rounded once to the nearest float (ties to even).
fn scale_exact(m: BigInt, mut e: i64) -> PyResult<f64> {
    let overflow = || {
        PyErr::new(
            ExcType::OverflowError,
            "hexadecimal value too large to represent as a float",
        )
    };
    if m.is_zero() {
        return Ok(0.0);
    }
    let bits = m.bits() as i64;
    let top = bits - 1 + e;
    if top > 1023 {
        return Err(overflow());
    }
    // Bits the result can keep: 53, fewer for subnormals.
    let keep = if top >= -1022 {
        53
    } else {
        (53 - (-1022 - top)).max(0)
    };
    let mut q = m;
    let shift = bits - keep;
    if shift > 0 {
        let s = shift as usize;
        let rem = &q & ((BigInt::one() << s) - 1);
        q >>= s;
        let half = BigInt::one() << (s - 1);
        if rem > half || (rem == half && (&q & BigInt::one()) == BigInt::one()) {
            q += 1;
        }
        e += shift;
    }
    let mut x = q.to_f64().unwrap_or(f64::INFINITY);
    while e > 0 {
        let k = e.min(1000);
        x *= 2f64.powi(k as i32);
        e -= k;
    }
    while e < 0 {
        let k = (-e).min(1000);
        x *= 2f64.powi(-(k as i32));
        e += k;
    }
    if x.is_infinite() {
        return Err(overflow());
    }
    Ok(x)
}

/// `float.fromhex(s)`, called on the class.
fn float_fromhex(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let arg = match a.first() {
        Some(Value::Class(_)) => a.get(1),
        other => other,
    };
    let s = match arg {
        Some(Value::Str(s)) => s.as_str().trim().to_string(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "must be str, not {}",
                vm.type_name(other)
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "fromhex() takes exactly one argument (0 given)",
            ))
        }
    };
    let (neg, body) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(&s)),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(x) = special {
        return Ok(Value::Float(if neg { -x } else { x }));
    }
    let rest = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa, exp) = match rest.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (rest, None),
    };
    let (int_part, frac_part) = match mantissa.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mantissa, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid_hex());
    }
    let mut m = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid_hex)?;
        m = m * 16 + d;
    }
    let e: i64 = match exp {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                return Err(invalid_hex());
            }
            match e.parse::<i64>() {
                Ok(v) => v.clamp(-1_000_000, 1_000_000),
                Err(_) if e.starts_with('-') => -1_000_000,
                Err(_) => 1_000_000,
            }
        }
    };
    let x = scale_exact(m, e - 4 * frac_part.len() as i64)?;
    Ok(Value::Float(if neg { -x } else { x }))
}

pub(crate) fn install(int: &Rc<crate::class::Class>, float: &Rc<crate::class::Class>) {
    crate::types::add_method(int, "to_bytes", to_bytes);
    crate::types::add_method(int, "as_integer_ratio", int_as_integer_ratio);
    crate::types::add_method(int, "conjugate", int_conjugate);
    int.dict.set_str(
        intern_static("from_bytes"),
        builtin_fn("from_bytes", from_bytes),
    );
    crate::types::add_method(float, "hex", float_hex);
    crate::types::add_method(float, "as_integer_ratio", float_as_integer_ratio);
    crate::types::add_method(float, "conjugate", float_conjugate);
    float.dict.set_str(
        intern_static("fromhex"),
        builtin_fn("fromhex", float_fromhex),
    );
}

/// `round(f, ndigits)` for ndigits < 0: the exact value rounded (half to
/// even) to a multiple of 10**-ndigits, then converted once to a float.
pub(crate) fn round_float_to_tens(f: f64, tens: u32) -> f64 {
    if !f.is_finite() || f == 0.0 {
        return f;
    }
    if tens > 400 {
        return 0.0f64.copysign(f);
    }
    let bits = f.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let (mut num, mut den) = (BigInt::from(mant), BigInt::one());
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    den *= num_traits::pow::Pow::pow(&BigInt::from(10), tens);
    let (q, r) = num_integer::Integer::div_rem(&num, &den);
    let twice = r * 2;
    let q = if twice > den || (twice == den && num_integer::Integer::is_odd(&q)) {
        q + 1
    } else {
        q
    };
    if q.is_zero() {
        return 0.0f64.copysign(f);
    }
    let x: f64 = format!("{q}e{tens}").parse().unwrap_or(f64::INFINITY);
    x.copysign(f)
}
