//! `math`: the common functions and constants, with CPython's errors.

use num_bigint::BigInt;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::ops::{int_to_bigint, to_f64};
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

fn num(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<f64> {
    match a.get(i) {
        Some(v) => real(vm, v),
        None => Err(PyErr::type_error("function missing required argument")),
    }
}

/// A float argument as CPython's math functions take it: an int or float
/// (or a subclass's value), else what `__float__` (or `__index__`)
/// returns (Fraction, Decimal-like classes).
fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(x) = to_f64(v) {
        return Ok(x);
    }
    let not_real =
        |vm: &Vm| PyErr::type_error(format!("must be real number, not {}", vm.type_name(v)));
    let Value::Instance(inst) = v else {
        return Err(not_real(vm));
    };
    if let Some(x) = to_f64(&inst.base) {
        return Ok(x);
    }
    for name in ["__float__", "__index__"] {
        if let Ok(method) = vm.getattr(v, &whirl_vm::str::intern(name)) {
            let r = vm.call(&method, vec![])?;
            return to_f64(&r).ok_or_else(|| {
                PyErr::type_error(format!(
                    "{}.{name} returned non-{} (type {})",
                    vm.type_name(v),
                    if name == "__float__" { "float" } else { "int" },
                    vm.type_name(&r)
                ))
            });
        }
    }
    Err(not_real(vm))
}

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}

macro_rules! unary {
    ($name:ident, $f:expr, $check:expr) => {
        fn $name(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
            let x = num(vm, a, 0)?;
            let check: fn(f64) -> bool = $check;
            if !check(x) {
                return Err(domain());
            }
            let f: fn(f64) -> f64 = $f;
            Ok(Value::Float(f(x)))
        }
    };
}

unary!(sqrt, f64::sqrt, |x| x >= 0.0 || x.is_nan());
unary!(exp, f64::exp, |_| true);
unary!(sin, f64::sin, |x| !x.is_infinite());
unary!(cos, f64::cos, |x| !x.is_infinite());
unary!(tan, f64::tan, |x| !x.is_infinite());
unary!(asin, f64::asin, |x| (-1.0..=1.0).contains(&x));
unary!(acos, f64::acos, |x| (-1.0..=1.0).contains(&x));
unary!(atan, f64::atan, |_| true);
unary!(fabs, f64::abs, |_| true);
unary!(log10, f64::log10, |x| x > 0.0);
unary!(log2, f64::log2, |x| x > 0.0);
unary!(degrees, f64::to_degrees, |_| true);
unary!(radians, f64::to_radians, |_| true);
unary!(sinh, f64::sinh, |_| true);
unary!(cosh, f64::cosh, |_| true);
unary!(tanh, f64::tanh, |_| true);

fn log(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = match a.first() {
        Some(Value::BigInt(b)) => {
            // log of a huge int: via its bit length.
            let bits = b.bits();
            let shift = bits.saturating_sub(60);
            let top: BigInt = (**b).clone() >> shift;
            let f = num_traits::ToPrimitive::to_f64(&top).unwrap_or(0.0);
            if f <= 0.0 {
                return Err(domain());
            }
            f.ln() + shift as f64 * std::f64::consts::LN_2
        }
        _ => {
            let x = num(vm, a, 0)?;
            if x <= 0.0 {
                return Err(domain());
            }
            x.ln()
        }
    };
    match a.get(1) {
        Some(_) => {
            let b = num(vm, a, 1)?;
            if b <= 0.0 || b == 1.0 {
                return Err(if b == 1.0 {
                    PyErr::new(ExcType::ZeroDivisionError, "float division by zero")
                } else {
                    domain()
                });
            }
            Ok(Value::Float(x / b.ln()))
        }
        None => Ok(Value::Float(x)),
    }
}

fn pow(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (x, y) = (num(vm, a, 0)?, num(vm, a, 1)?);
    if x < 0.0 && y.fract() != 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.powf(y)))
}

fn atan2(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(num(vm, a, 0)?.atan2(num(vm, a, 1)?)))
}

fn hypot(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for i in 0..a.len() {
        let v = num(vm, a, i)?;
        acc = acc.hypot(v);
    }
    Ok(Value::Float(acc))
}

fn to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::new(
            ExcType::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    if f.abs() < 9e18 {
        Ok(Value::Int(f as i64))
    } else {
        use num_traits::FromPrimitive;
        Ok(Value::from_bigint(BigInt::from_f64(f).unwrap_or_default()))
    }
}

/// math.floor/ceil/trunc of an object whose class defines `__floor__`,
/// `__ceil__` or `__trunc__` (a Fraction, a Decimal): that method's answer.
/// `x.__floor__()` and the like, looked up on the type (not through the
/// instance's `__getattribute__`/`__getattr__`) and bound through the
/// descriptor protocol, as CPython's special lookup; an error of a
/// descriptor's `__get__` propagates.
fn dunder_rounding(vm: &mut Vm, a: &[Value], dunder: &'static str) -> PyResult<Option<Value>> {
    match a.first() {
        Some(v @ Value::Instance(_)) => match vm.lookup_special(v, dunder) {
            Some(m) => {
                let m = m?;
                vm.call(&m, vec![]).map(Some)
            }
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

fn floor(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(r) = dunder_rounding(vm, a, "__floor__")? {
        return Ok(r);
    }
    match a.first() {
        Some(v @ (Value::Int(_) | Value::BigInt(_))) => Ok(v.clone()),
        Some(Value::Bool(b)) => Ok(Value::Int(*b as i64)),
        _ => to_int(num(vm, a, 0)?.floor()),
    }
}

fn ceil(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(r) = dunder_rounding(vm, a, "__ceil__")? {
        return Ok(r);
    }
    match a.first() {
        Some(v @ (Value::Int(_) | Value::BigInt(_))) => Ok(v.clone()),
        Some(Value::Bool(b)) => Ok(Value::Int(*b as i64)),
        _ => to_int(num(vm, a, 0)?.ceil()),
    }
}

fn trunc(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(r) = dunder_rounding(vm, a, "__trunc__")? {
        return Ok(r);
    }
    match a.first() {
        Some(v @ (Value::Int(_) | Value::BigInt(_))) => Ok(v.clone()),
        _ => to_int(num(vm, a, 0)?.trunc()),
    }
}

/// An integer argument as CPython's math functions take it: an int, an
/// int subclass's value, or what a `__index__` method returns.
fn int_arg(vm: &mut Vm, a: &[Value], i: usize, fname: &str) -> PyResult<BigInt> {
    let not_int = |vm: &Vm, v: &Value| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    };
    match a.get(i) {
        Some(Value::Float(_)) => Err(PyErr::type_error(
            "'float' object cannot be interpreted as an integer",
        )),
        Some(v) => {
            if let Some(n) = int_to_bigint(v) {
                return Ok(n);
            }
            let Value::Instance(inst) = v else {
                return Err(not_int(vm, v));
            };
            if let Some(n) = int_to_bigint(&inst.base) {
                return Ok(n);
            }
            let Ok(index) = vm.getattr(v, &whirl_vm::str::intern("__index__")) else {
                return Err(not_int(vm, v));
            };
            let n = vm.call(&index, vec![])?;
            int_to_bigint(&n).ok_or_else(|| {
                PyErr::type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.type_name(&n)
                ))
            })
        }
        None => Err(PyErr::type_error(format!(
            "{fname}() missing required argument"
        ))),
    }
}

fn factorial(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let n = int_arg(vm, a, 0, "factorial")?;
    if n < BigInt::from(0) {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let n: u64 = num_traits::ToPrimitive::to_u64(&n).ok_or_else(|| {
        PyErr::new(
            ExcType::OverflowError,
            "factorial() argument should not exceed 9223372036854775807",
        )
    })?;
    let mut acc = BigInt::from(1);
    for i in 2..=n {
        acc *= i;
    }
    Ok(Value::from_bigint(acc))
}

fn gcd(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    use num_integer::Integer;
    let mut acc = BigInt::from(0);
    for i in 0..a.len() {
        acc = acc.gcd(&int_arg(vm, a, i, "gcd")?);
    }
    Ok(Value::from_bigint(acc))
}

fn lcm(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    use num_integer::Integer;
    let mut acc = BigInt::from(1);
    for i in 0..a.len() {
        acc = acc.lcm(&int_arg(vm, a, i, "lcm")?);
    }
    Ok(Value::from_bigint(acc))
}

fn isqrt(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let n = int_arg(vm, a, 0, "isqrt")?;
    if n < BigInt::from(0) {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn isnan(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(num(vm, a, 0)?.is_nan()))
}
fn isinf(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(num(vm, a, 0)?.is_infinite()))
}
fn isfinite(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(num(vm, a, 0)?.is_finite()))
}
fn copysign(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(num(vm, a, 0)?.copysign(num(vm, a, 1)?)))
}
/// The float next to x in the direction of y (f64 bit steps).
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away_from_zero = (y > x) == (x > 0.0);
    f64::from_bits(if away_from_zero { bits + 1 } else { bits - 1 })
}

fn nextafter(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (x, y) = (num(vm, a, 0)?, num(vm, a, 1)?);
    Ok(Value::Float(next_toward(x, y)))
}

/// `ldexp(x, i)`: x * 2**i, scaled in steps so that no partial product
/// overflows or underflows early.
fn ldexp(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = num(vm, a, 0)?;
    let exp = match a.get(1) {
        Some(Value::Instance(i)) => int_to_bigint(&i.base),
        Some(v) => int_to_bigint(v),
        None => None,
    }
    .ok_or_else(|| PyErr::type_error("Expected an int as second argument to ldexp."))?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let mut e = num_traits::ToPrimitive::to_i64(&exp)
        .unwrap_or(if exp.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        })
        .clamp(-5000, 5000);
    let mut r = x;
    while e > 0 {
        let step = e.min(1000);
        r *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = e.max(-1000);
        r *= 2f64.powi(step as i32);
        e -= step;
    }
    if r.is_infinite() {
        return Err(PyErr::new(ExcType::OverflowError, "math range error"));
    }
    Ok(Value::Float(r))
}

/// The value of the least significant bit of x.
fn ulp(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = num(vm, a, 0)?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let up = next_toward(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - next_toward(x, 0.0)));
    }
    Ok(Value::Float(up - x))
}

fn fmod(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (x, y) = (num(vm, a, 0)?, num(vm, a, 1)?);
    if y == 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(x % y))
}
fn isclose(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = (num(vm, a, 0)?, num(vm, a, 1)?);
    let get = |n: &str, d: f64| {
        kw.iter()
            .find(|(k, _)| k.as_str() == n)
            .and_then(|(_, v)| to_f64(v))
            .unwrap_or(d)
    };
    let (rel, abs) = (get("rel_tol", 1e-9), get("abs_tol", 0.0));
    if x == y {
        return Ok(Value::Bool(true));
    }
    let diff = (x - y).abs();
    Ok(Value::Bool(
        diff <= (rel * y.abs()).max(rel * x.abs()) || diff <= abs,
    ))
}
/// `math.fsum`: the correctly rounded sum. Exact partial sums that do not
/// overlap (Shewchuk's method) are kept and added from the largest down;
/// infinities and NaNs are summed apart, as CPython reports them.
fn fsum(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let items = vm.collect(a.first().unwrap_or(&Value::None))?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special, mut infinities) = (0.0f64, 0.0f64);
    for it in &items {
        let mut x = real(vm, it)?;
        if !x.is_finite() {
            if x.is_infinite() {
                infinities += x;
            }
            special += x;
            continue;
        }
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(PyErr::new(
                ExcType::OverflowError,
                "intermediate overflow in fsum",
            ));
        }
        partials.truncate(kept);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if infinities.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let Some(&top) = partials.last() else {
        return Ok(Value::Float(0.0));
    };
    let mut hi = top;
    let mut lo = 0.0;
    let mut n = partials.len() - 1;
    while n > 0 {
        let x = hi;
        let y = partials[n - 1];
        n -= 1;
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // Round half to even across the partials left below.
    if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    Ok(Value::Float(hi))
}
fn prod(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let items = vm.collect(a.first().unwrap_or(&Value::None))?;
    let mut acc = Value::Int(1);
    for it in items {
        acc = vm.binary_op(whirl_vm::BinOp::Mult, acc, it, false)?;
    }
    Ok(acc)
}
fn comb(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let n = int_arg(vm, a, 0, "comb")?;
    let k = int_arg(vm, a, 1, "comb")?;
    if n < BigInt::from(0) || k < BigInt::from(0) {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k: u64 = num_traits::ToPrimitive::to_u64(&k).unwrap_or(0);
    let mut acc = BigInt::from(1);
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(acc))
}

fn perm(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let n = int_arg(vm, a, 0, "perm")?;
    let k = match a.get(1) {
        Some(Value::None) | None => n.clone(),
        Some(_) => int_arg(vm, a, 1, "perm")?,
    };
    if n < BigInt::from(0) || k < BigInt::from(0) {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k: u64 = num_traits::ToPrimitive::to_u64(&k).unwrap_or(0);
    let mut acc = BigInt::from(1);
    for i in 0..k {
        acc *= &n - i;
    }
    Ok(Value::from_bigint(acc))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    Ok(vm.make_module(
        "math",
        vec![
            ("pi", Value::Float(std::f64::consts::PI)),
            ("e", Value::Float(std::f64::consts::E)),
            ("tau", Value::Float(std::f64::consts::TAU)),
            ("inf", Value::Float(f64::INFINITY)),
            ("nan", Value::Float(f64::NAN)),
            f("sqrt", sqrt),
            f("exp", exp),
            f("log", log),
            f("log10", log10),
            f("log2", log2),
            f("pow", pow),
            f("sin", sin),
            f("cos", cos),
            f("tan", tan),
            f("asin", asin),
            f("acos", acos),
            f("atan", atan),
            f("atan2", atan2),
            f("sinh", sinh),
            f("cosh", cosh),
            f("tanh", tanh),
            f("hypot", hypot),
            f("fabs", fabs),
            f("floor", floor),
            f("ceil", ceil),
            f("trunc", trunc),
            f("factorial", factorial),
            f("gcd", gcd),
            f("lcm", lcm),
            f("isqrt", isqrt),
            f("isnan", isnan),
            f("isinf", isinf),
            f("isfinite", isfinite),
            f("copysign", copysign),
            f("nextafter", nextafter),
            f("ldexp", ldexp),
            f("ulp", ulp),
            f("fmod", fmod),
            f("isclose", isclose),
            f("fsum", fsum),
            f("prod", prod),
            f("comb", comb),
            f("perm", perm),
            f("degrees", degrees),
            f("radians", radians),
        ]
        .into_iter()
        .chain(crate::math_more::members())
        .collect(),
    ))
}
