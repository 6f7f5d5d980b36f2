//! `complex`: the value (two floats behind one pointer, so `Value` stays
//! 16 bytes), its arithmetic mixed with int/float/bool, its repr, hash and
//! constructor. Formatting with a spec lives in `format.rs` with the other
//! number formats; `cmath` is in the stdlib crate.

use crate::error::{ExcType, PyErr, PyResult};
use crate::types::{nargs, Kw};
use crate::value::Value;
use crate::Vm;
use num_traits::ToPrimitive;
use std::rc::Rc;
use whirl_parser::ast::BinOp;

pub struct PyComplex {
    pub re: f64,
    pub im: f64,
}

pub fn complex_value(re: f64, im: f64) -> Value {
    Value::Complex(Rc::new(PyComplex { re, im }))
}

/// A real number operand as a float (a too-big int is OverflowError, as
/// CPython's conversion). None when `v` is not a number.
fn real_part(v: &Value) -> Option<PyResult<f64>> {
    Some(match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Float(f) => Ok(*f),
        Value::BigInt(b) => match b.to_f64().filter(|f| f.is_finite()) {
            Some(f) => Ok(f),
            None => Err(PyErr::new(
                ExcType::OverflowError,
                "int too large to convert to float",
            )),
        },
        _ => return None,
    })
}

/// Any number as (re, im); None for non-numbers.
pub fn as_complex(v: &Value) -> Option<PyResult<(f64, f64)>> {
    match v {
        Value::Complex(c) => Some(Ok((c.re, c.im))),
        _ => real_part(v).map(|r| r.map(|f| (f, 0.0))),
    }
}

fn division_by_zero() -> PyErr {
    PyErr::new(ExcType::ZeroDivisionError, "complex division by zero")
}

/// Smith's method: scales by the larger part of the divisor so that
/// the intermediate products neither overflow nor lose precision early.
pub fn quotient(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (br, bi) = b;
    let (abr, abi) = (br.abs(), bi.abs());
    if abr >= abi {
        if abr == 0.0 {
            return Err(division_by_zero());
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abi >= abr {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN in the divisor.
        Ok((f64::NAN, f64::NAN))
    }
}

fn product(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

fn zero_to_negative() -> PyErr {
    PyErr::new(
        ExcType::ZeroDivisionError,
        "0.0 to a negative or complex power",
    )
}

/// `a ** b` for complex numbers: repeated squaring for small integral
/// exponents (exact for Gaussian integers), polar form otherwise.
pub fn power(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let r = if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let mut result = (1.0, 0.0);
        let mut base = a;
        let mut k = n.unsigned_abs();
        while k > 0 {
            if k & 1 == 1 {
                result = product(result, base);
            }
            base = product(base, base);
            k >>= 1;
        }
        if n < 0 {
            quotient((1.0, 0.0), result).map_err(|_| zero_to_negative())?
        } else {
            result
        }
    } else if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_to_negative());
        }
        (0.0, 0.0)
    } else {
        let modulus = a.0.hypot(a.1);
        let mut len = modulus.powf(b.0);
        let arg = a.1.atan2(a.0);
        let mut phase = arg * b.0;
        if b.1 != 0.0 {
            len /= (arg * b.1).exp();
            phase += b.1 * modulus.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(PyErr::new(ExcType::OverflowError, "complex exponentiation"));
    }
    Ok(r)
}

/// Arithmetic where one operand is complex and the other a number;
/// `Ok(None)` otherwise (and for `//`, `%` and the bit operators, which
/// complex does not support: the caller reports the operand types).
pub fn binop(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !matches!(a, Value::Complex(_)) && !matches!(b, Value::Complex(_)) {
        return Ok(None);
    }
    if !matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mult | BinOp::Div | BinOp::Pow
    ) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (as_complex(a), as_complex(b)) else {
        return Ok(None);
    };
    let (x, y) = (x?, y?);
    let (re, im) = match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Sub => (x.0 - y.0, x.1 - y.1),
        BinOp::Mult => product(x, y),
        BinOp::Div => quotient(x, y)?,
        _ => power(x, y)?,
    };
    Ok(Some(complex_value(re, im)))
}

/// `==` between a complex and any number (None when `b` is no number).
pub fn eq(a: &PyComplex, b: &Value) -> Option<bool> {
    match b {
        Value::Complex(c) => Some(a.re == c.re && a.im == c.im),
        Value::Float(f) => Some(a.im == 0.0 && a.re == *f),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            if a.im != 0.0 {
                return Some(false);
            }
            crate::ops::num_cmp(&Value::Float(a.re), b).map(|o| o == std::cmp::Ordering::Equal)
        }
        _ => None,
    }
}

/// CPython's complex hash: the real part's hash plus 1000003 times the
/// imaginary part's, so a complex with no imaginary part hashes as its
/// real part.
pub fn hash(c: &PyComplex) -> u64 {
    let h = crate::dict::hash_float(c.re)
        .wrapping_add(crate::dict::hash_float(c.im).wrapping_mul(1_000_003));
    if h as i64 == -1 {
        (-2i64) as u64
    } else {
        h
    }
}

/// One part of a complex's repr: the float's repr without a trailing
/// ".0" (`1j`, `(1.5+2j)`).
fn part_repr(x: f64) -> String {
    let s = crate::ops::float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

pub fn repr(c: &PyComplex) -> String {
    let im = part_repr(c.im);
    let im_sign = if im.starts_with('-') { "" } else { "+" };
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{im}j");
    }
    format!("({}{im_sign}{im}j)", part_repr(c.re))
}

pub fn abs(c: &PyComplex) -> PyResult<f64> {
    let r = c.re.hypot(c.im);
    if r.is_infinite() && c.re.is_finite() && c.im.is_finite() {
        return Err(PyErr::new(
            ExcType::OverflowError,
            "absolute value too large",
        ));
    }
    Ok(r)
}

fn malformed() -> PyErr {
    PyErr::value_error("complex() arg is a malformed string")
}

/// The length of the float literal at the start of `s` (sign, digits
/// with underscores, point, exponent, or inf/infinity/nan), 0 if none.
fn float_prefix(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let rest = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if rest.starts_with(word) {
            return i + word.len();
        }
    }
    let start = i;
    let mut digits = false;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_' || b[i] == b'.') {
        digits |= b[i].is_ascii_digit();
        i += 1;
    }
    if !digits {
        return 0;
    }
    let _ = start;
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        if j < b.len() && b[j].is_ascii_digit() {
            while j < b.len() && (b[j].is_ascii_digit() || b[j] == b'_') {
                j += 1;
            }
            i = j;
        }
    }
    i
}

fn parse_part(s: &str) -> PyResult<f64> {
    crate::builtins::float::parse_float(s).ok_or_else(malformed)
}

/// `complex('1+2j')`: optional parentheses and surrounding whitespace; a
/// real part, an imaginary part, or both.
pub fn parse(text: &str) -> PyResult<(f64, f64)> {
    if text.contains('_') {
        // Underscores only between digits, then parsed without them.
        let b = text.as_bytes();
        let between_digits = |i: usize| {
            i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        };
        if (0..b.len()).any(|i| b[i] == b'_' && !between_digits(i)) {
            return Err(PyErr::value_error(format!(
                "could not convert string to complex: {}",
                crate::format::str_repr(text)
            )));
        }
        return parse_plain(&text.replace('_', ""));
    }
    parse_plain(text)
}

fn parse_plain(text: &str) -> PyResult<(f64, f64)> {
    let mut s = text.trim();
    if let Some(inner) = s.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        s = inner.trim();
    }
    if s.is_empty() {
        return Err(malformed());
    }
    let is_j = |c: Option<char>| matches!(c, Some('j' | 'J'));
    let n = float_prefix(s);
    if n == 0 {
        // "j", "+j", "-j"
        let (sign, rest) = match s.as_bytes()[0] {
            b'-' => (-1.0, &s[1..]),
            b'+' => (1.0, &s[1..]),
            _ => (1.0, s),
        };
        if rest.len() == 1 && is_j(rest.chars().next()) {
            return Ok((0.0, sign));
        }
        return Err(malformed());
    }
    let first = parse_part(&s[..n])?;
    let rest = &s[n..];
    if rest.is_empty() {
        return Ok((first, 0.0));
    }
    if rest.len() == 1 && is_j(rest.chars().next()) {
        return Ok((0.0, first));
    }
    if !(rest.starts_with('+') || rest.starts_with('-')) {
        return Err(malformed());
    }
    let m = float_prefix(rest);
    let (im, tail) = if m == 0 {
        let sign = if rest.starts_with('-') { -1.0 } else { 1.0 };
        (sign, &rest[1..])
    } else {
        (parse_part(&rest[..m])?, &rest[m..])
    };
    if tail.len() == 1 && is_j(tail.chars().next()) {
        return Ok((first, im));
    }
    Err(malformed())
}

/// A constructor argument as (re, im): numbers, or objects with
/// `__complex__`, `__float__` or `__index__`.
/// The flag says whether the value was complex (and not a real number).
fn arg_complex(vm: &mut Vm, v: &Value, second: bool) -> PyResult<((f64, f64), bool)> {
    if let Some(r) = as_complex(v) {
        return Ok((r?, matches!(v, Value::Complex(_))));
    }
    if let Some(m) = vm.dunder(v, "__complex__") {
        let r = vm.call(&m, vec![v.clone()])?;
        // A subclass of complex is taken, with CPython 3.11's warning.
        if let Value::Instance(i) = &r {
            if let Value::Complex(c) = &i.base {
                let (re, im) = (c.re, c.im);
                let msg = format!(
                    "__complex__ returned non-complex (type {}).  The ability to return an \
                     instance of a strict subclass of complex is deprecated, and may be \
                     removed in a future version of Python.",
                    i.class.name
                );
                let warnings = vm.import_module("warnings")?;
                let warn = vm.getattr(&warnings, &crate::str::intern("warn"))?;
                let category =
                    Value::Class(vm.exc_class(crate::error::ExcType::DeprecationWarning));
                vm.call(&warn, vec![Value::string(msg), category])?;
                return Ok(((re, im), true));
            }
        }
        return match r {
            Value::Complex(c) => Ok(((c.re, c.im), true)),
            other => Err(PyErr::type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&other)
            ))),
        };
    }
    for name in ["__float__", "__index__"] {
        if let Some(m) = vm.dunder(v, name) {
            let r = vm.call(&m, vec![v.clone()])?;
            match real_part(&r) {
                Some(Ok(f)) => return Ok(((f, 0.0), false)),
                // An int too large for a float: OverflowError, as CPython.
                Some(Err(e)) => return Err(e),
                None => {}
            }
        }
    }
    if let Some(b) = crate::object::base_value(v) {
        return arg_complex(vm, &b, second);
    }
    let which = if second {
        "second argument must be a number"
    } else {
        "first argument must be a string or a number"
    };
    Err(PyErr::type_error(format!(
        "complex() {which}, not '{}'",
        vm.type_name(v)
    )))
}

pub(crate) fn complex_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    nargs("complex", a, 0, 2)?;
    let mut real = a.first().cloned();
    let mut imag = a.get(1).cloned();
    for (k, v) in kw {
        match k.as_str() {
            "real" if real.is_none() => real = Some(v.clone()),
            "imag" if imag.is_none() => imag = Some(v.clone()),
            "real" | "imag" => {
                return Err(PyErr::type_error(format!(
                    "argument for complex() given by name ('{}') and position ({})",
                    k.as_str(),
                    if k.as_str() == "real" { 1 } else { 2 }
                )))
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for complex()"
                )))
            }
        }
    }
    let r = match &real {
        None => ((0.0, 0.0), false),
        Some(Value::Str(s)) => {
            if imag.is_some() {
                return Err(PyErr::type_error(
                    "complex() can't take second arg if first is a string",
                ));
            }
            let (re, im) = parse(s.as_str())?;
            return Ok(complex_value(re, im));
        }
        Some(Value::Complex(c)) if imag.is_none() => return Ok(Value::Complex(c.clone())),
        Some(v) => arg_complex(vm, v, false)?,
    };
    let i = match &imag {
        None => ((0.0, 0.0), false),
        Some(Value::Str(_)) => {
            return Err(PyErr::type_error("complex() second arg can't be a string"))
        }
        Some(v) => arg_complex(vm, v, true)?,
    };
    // (a+bj) + (c+dj)*1j; parts that are not complex add nothing (so
    // that complex(0, -0.0) keeps its negative zero).
    let ((r, real_is_complex), (i, imag_is_complex)) = (r, i);
    let re = if imag_is_complex { r.0 - i.1 } else { r.0 };
    let im = match (real_is_complex, imag.is_some()) {
        // complex(z) keeps z's imaginary part as it is (a negative zero too).
        (true, false) => r.1,
        (true, true) => r.1 + i.0,
        (false, _) => i.0,
    };
    Ok(complex_value(re, im))
}

fn self_complex(vm: &Vm, a: &[Value], name: &str) -> PyResult<(f64, f64)> {
    match a.first() {
        Some(Value::Complex(c)) => Ok((c.re, c.im)),
        Some(other) => match crate::object::base_value(other) {
            Some(Value::Complex(c)) => Ok((c.re, c.im)),
            _ => Err(PyErr::type_error(format!(
                "descriptor '{name}' requires a 'complex' object but received a '{}'",
                vm.type_name(other)
            ))),
        },
        None => Err(PyErr::type_error(format!(
            "descriptor '{name}' of 'complex' object needs an argument"
        ))),
    }
}

fn conjugate(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (re, im) = self_complex(vm, a, "conjugate")?;
    Ok(complex_value(re, -im))
}

fn complex_complex(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (re, im) = self_complex(vm, a, "__complex__")?;
    Ok(complex_value(re, im))
}

fn getnewargs(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (re, im) = self_complex(vm, a, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Float(re), Value::Float(im)]))
}

pub(crate) fn install(cls: &Rc<crate::class::Class>) {
    crate::types::add_method(cls, "conjugate", conjugate);
    crate::types::add_method(cls, "__complex__", complex_complex);
    crate::types::add_method(cls, "__getnewargs__", getnewargs);
}
