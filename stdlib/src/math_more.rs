//! The rest of `math`'s float functions (log1p, expm1, the inverse
//! hyperbolics, erf/erfc, gamma/lgamma, frexp/modf,
//! remainder, cbrt, exp2), with CPython's domain and range errors.
//! Kept apart from math.rs, which holds the common ones.

use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::ops::to_f64;
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

fn num(vm: &Vm, a: &[Value], i: usize) -> PyResult<f64> {
    match a.get(i) {
        Some(v) => to_f64(v).ok_or_else(|| {
            PyErr::type_error(format!("must be real number, not {}", vm.type_name(v)))
        }),
        None => Err(PyErr::type_error("function missing required argument")),
    }
}

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range() -> PyErr {
    PyErr::new(ExcType::OverflowError, "math range error")
}

/// A float result: a finite input giving an infinite result overflowed.
fn finish(x: f64, r: f64) -> PyResult<Value> {
    if r.is_infinite() && x.is_finite() {
        return Err(range());
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($name:ident, $body:expr) => {
        fn $name(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
            let x = num(vm, a, 0)?;
            let f: fn(f64) -> PyResult<Value> = $body;
            f(x)
        }
    };
}

unary!(log1p, |x| {
    if x <= -1.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.ln_1p()))
});
unary!(expm1, |x| finish(x, x.exp_m1()));
unary!(exp2, |x| finish(x, x.exp2()));
unary!(cbrt, |x| Ok(Value::Float(x.cbrt())));
unary!(asinh, |x| Ok(Value::Float(x.asinh())));
unary!(acosh, |x| {
    if x < 1.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.acosh()))
});
unary!(atanh, |x| {
    if x <= -1.0 || x >= 1.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.atanh()))
});
unary!(erf, |x| Ok(Value::Float(libm_erf(x))));
unary!(erfc, |x| Ok(Value::Float(libm_erfc(x))));
unary!(gamma, |x| {
    if x == f64::NEG_INFINITY || (x <= 0.0 && x == x.floor()) {
        return Err(domain());
    }
    finish(x, libm_tgamma(x))
});
unary!(lgamma, |x| {
    if x <= 0.0 && x == x.floor() && x.is_finite() {
        return Err(domain());
    }
    finish(x, libm_lgamma(x))
});
unary!(frexp, |x| {
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let mut e = 0;
    // SAFETY: frexp only writes the exponent through the valid pointer.
    let m = unsafe { libc_frexp(x, &mut e) };
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
});
unary!(modf, |x| {
    if x.is_infinite() {
        return Ok(Value::tuple(vec![
            Value::Float(0.0_f64.copysign(x)),
            Value::Float(x),
        ]));
    }
    let whole = x.trunc();
    Ok(Value::tuple(vec![
        Value::Float((x - whole).copysign(x)),
        Value::Float(whole),
    ]))
});

fn remainder(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (x, y) = (num(vm, a, 0)?, num(vm, a, 1)?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    // SAFETY: remainder is a pure function of its arguments.
    Ok(Value::Float(unsafe { libc_remainder(x, y) }))
}

// The C library's implementations (libm), linked already through libc.
extern "C" {
    #[link_name = "erf"]
    fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn c_erfc(x: f64) -> f64;
    #[link_name = "tgamma"]
    fn c_tgamma(x: f64) -> f64;
    #[link_name = "lgamma"]
    fn c_lgamma(x: f64) -> f64;
    #[link_name = "frexp"]
    fn libc_frexp(x: f64, e: *mut i32) -> f64;
    #[link_name = "remainder"]
    fn libc_remainder(x: f64, y: f64) -> f64;
}

fn libm_erf(x: f64) -> f64 {
    // SAFETY: a pure function of its argument.
    unsafe { c_erf(x) }
}

fn libm_erfc(x: f64) -> f64 {
    // SAFETY: a pure function of its argument.
    unsafe { c_erfc(x) }
}

fn libm_tgamma(x: f64) -> f64 {
    // SAFETY: a pure function of its argument.
    unsafe { c_tgamma(x) }
}

fn libm_lgamma(x: f64) -> f64 {
    // SAFETY: lgamma writes the sign to the global `signgam`, which
    // nothing in whirl reads.
    unsafe { c_lgamma(x) }
}

/// The functions, for math.rs's module.
pub fn members() -> Vec<(&'static str, Value)> {
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    vec![
        f("log1p", log1p),
        f("expm1", expm1),
        f("exp2", exp2),
        f("cbrt", cbrt),
        f("asinh", asinh),
        f("acosh", acosh),
        f("atanh", atanh),
        f("erf", erf),
        f("erfc", erfc),
        f("gamma", gamma),
        f("lgamma", lgamma),
        f("frexp", frexp),
        f("modf", modf),
        f("remainder", remainder),
    ]
}
