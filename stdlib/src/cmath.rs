//! `cmath`: the math functions over complex numbers, with CPython's
//! domain and range errors for the finite cases. The inverse functions
//! use Kahan's branch-cut-exact formulas (through complex square roots).

use whirl_vm::complex::{as_complex, complex_value, quotient};
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

type C = (f64, f64);

/// An argument as a complex number: numbers, or objects with
/// `__complex__` or `__float__`.
fn arg(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<C> {
    let Some(v) = a.get(i) else {
        return Err(PyErr::type_error("function missing required argument"));
    };
    if let Some(r) = as_complex(v) {
        return r;
    }
    for name in ["__complex__", "__float__", "__index__"] {
        if !matches!(v, Value::Instance(_)) {
            break;
        }
        if let Ok(m) = vm.getattr(v, &whirl_vm::str::intern(name)) {
            let r = vm.call(&m, vec![])?;
            if let Some(c) = as_complex(&r) {
                return c;
            }
        }
    }
    Err(PyErr::type_error(format!(
        "must be real number, not {}",
        vm.type_name(v)
    )))
}

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range() -> PyErr {
    PyErr::new(ExcType::OverflowError, "math range error")
}

/// A result, with CPython's OverflowError when finite input overflowed.
fn result(z: C, input: C) -> PyResult<Value> {
    let finite_in = input.0.is_finite() && input.1.is_finite();
    if finite_in && (z.0.is_infinite() || z.1.is_infinite()) {
        return Err(range());
    }
    Ok(complex_value(z.0, z.1))
}

fn c_sqrt(z: C) -> C {
    let (x, y) = z;
    if x == 0.0 && y == 0.0 {
        return (0.0, y);
    }
    if x.is_infinite() || y.is_infinite() {
        if y.is_infinite() {
            return (f64::INFINITY, y);
        }
        if x > 0.0 {
            return (x, if y.is_nan() { y } else { 0.0f64.copysign(y) });
        }
        return (
            if y.is_nan() { y.abs() } else { 0.0 },
            f64::INFINITY.copysign(y),
        );
    }
    // Scaled down first when large so that |z| + |x| cannot overflow.
    let (ax, ay) = (x.abs(), y.abs());
    let s = if ax > 1e300 || ay > 1e300 {
        let (sx, sy) = (ax / 4.0, ay / 4.0);
        2.0 * ((sx + sx.hypot(sy)) / 2.0).sqrt()
    } else {
        ((ax + ax.hypot(ay)) / 2.0).sqrt()
    };
    let d = ay / (2.0 * s);
    if x >= 0.0 {
        (s, d.copysign(y))
    } else {
        (d, s.copysign(y))
    }
}

fn c_exp(z: C) -> C {
    let (x, y) = z;
    if y == 0.0 {
        return (x.exp(), y);
    }
    let l = x.exp();
    (l * y.cos(), l * y.sin())
}

fn c_log(z: C) -> PyResult<C> {
    let (x, y) = z;
    if x == 0.0 && y == 0.0 {
        return Err(domain());
    }
    let m = x.hypot(y);
    let re = if (0.71..1.73).contains(&m) {
        // Near |z| = 1 ln loses digits; log1p of |z|^2 - 1 keeps them.
        let (big, small) = if x.abs() > y.abs() {
            (x.abs(), y.abs())
        } else {
            (y.abs(), x.abs())
        };
        ((big - 1.0) * (big + 1.0) + small * small).ln_1p() / 2.0
    } else {
        m.ln()
    };
    Ok((re, y.atan2(x)))
}

fn c_sinh(z: C) -> C {
    let (x, y) = z;
    (y.cos() * x.sinh(), y.sin() * x.cosh())
}

fn c_cosh(z: C) -> C {
    let (x, y) = z;
    (y.cos() * x.cosh(), y.sin() * x.sinh())
}

fn c_tanh(z: C) -> C {
    let (x, y) = z;
    if x.abs() > 354.0 {
        return (
            1.0f64.copysign(x),
            4.0 * y.sin() * y.cos() * (-2.0 * x.abs()).exp(),
        );
    }
    let tx = x.tanh();
    let ty = y.tan();
    let cx = 1.0 / x.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
}

/// Multiplication by i and -i, for the identities between the circular
/// and hyperbolic functions.
fn times_i(z: C) -> C {
    (-z.1, z.0)
}

fn times_minus_i(z: C) -> C {
    (z.1, -z.0)
}

fn c_asinh(z: C) -> C {
    let (x, y) = z;
    let s1 = c_sqrt((1.0 + y, -x));
    let s2 = c_sqrt((1.0 - y, x));
    (
        (s1.0 * s2.1 - s2.0 * s1.1).asinh(),
        y.atan2(s1.0 * s2.0 - s1.1 * s2.1),
    )
}

fn c_acos(z: C) -> C {
    let (x, y) = z;
    let s1 = c_sqrt((1.0 - x, -y));
    let s2 = c_sqrt((1.0 + x, y));
    (2.0 * s1.0.atan2(s2.0), (s2.0 * s1.1 - s2.1 * s1.0).asinh())
}

fn c_acosh(z: C) -> C {
    let (x, y) = z;
    let s1 = c_sqrt((x - 1.0, y));
    let s2 = c_sqrt((x + 1.0, y));
    ((s1.0 * s2.0 + s1.1 * s2.1).asinh(), 2.0 * s1.1.atan2(s2.0))
}

fn c_atanh(z: C) -> PyResult<C> {
    let (x, y) = z;
    if x < 0.0 || (x == 0.0 && x.is_sign_negative()) {
        let r = c_atanh((-x, -y))?;
        return Ok((-r.0, -r.1));
    }
    if x == 1.0 && y == 0.0 {
        return Err(domain());
    }
    let ay = y.abs();
    let one_minus = 1.0 - x;
    let re = (4.0 * x / (one_minus * one_minus + ay * ay)).ln_1p() / 4.0;
    let im = -(-2.0 * y).atan2(one_minus * (1.0 + x) - ay * ay) / 2.0;
    Ok((re, im))
}

macro_rules! unary {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
            let z = arg(vm, a, 0)?;
            let f: fn(C) -> PyResult<C> = $f;
            result(f(z)?, z)
        }
    };
}

unary!(sqrt, |z| Ok(c_sqrt(z)));
unary!(exp, |z| Ok(c_exp(z)));
unary!(sinh, |z| Ok(c_sinh(z)));
unary!(cosh, |z| Ok(c_cosh(z)));
unary!(tanh, |z| Ok(c_tanh(z)));
unary!(sin, |z| Ok(times_minus_i(c_sinh(times_i(z)))));
unary!(cos, |z| Ok(c_cosh(times_i(z))));
unary!(tan, |z| Ok(times_minus_i(c_tanh(times_i(z)))));
unary!(asinh, |z| Ok(c_asinh(z)));
unary!(acos, |z| Ok(c_acos(z)));
unary!(acosh, |z| Ok(c_acosh(z)));
unary!(atanh, c_atanh);
unary!(asin, |z| Ok(times_minus_i(c_asinh(times_i(z)))));
unary!(atan, |z| Ok(times_minus_i(c_atanh(times_i(z))?)));

fn log(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.is_empty() {
        return Err(PyErr::type_error("log expected at least 1 argument, got 0"));
    }
    if a.len() > 2 {
        return Err(PyErr::type_error(format!(
            "log expected at most 2 arguments, got {}",
            a.len()
        )));
    }
    let z = arg(vm, a, 0)?;
    let l = c_log(z)?;
    if a.len() == 2 {
        let b = arg(vm, a, 1)?;
        let lb = c_log(b)?;
        let q = quotient(l, lb)
            .map_err(|_| PyErr::new(ExcType::ZeroDivisionError, "complex division by zero"))?;
        return result(q, z);
    }
    result(l, z)
}

fn log10(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let z = arg(vm, a, 0)?;
    let l = c_log(z)?;
    let ln10 = std::f64::consts::LN_10;
    result((l.0 / ln10, l.1 / ln10), z)
}

fn phase(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (x, y) = arg(vm, a, 0)?;
    Ok(Value::Float(y.atan2(x)))
}

fn polar(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (x, y) = arg(vm, a, 0)?;
    let r = x.hypot(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range());
    }
    Ok(Value::tuple(vec![
        Value::Float(r),
        Value::Float(y.atan2(x)),
    ]))
}

fn real_arg(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<f64> {
    match a.get(i) {
        Some(Value::Complex(_)) => Err(PyErr::type_error("must be real number, not complex")),
        _ => Ok(arg(vm, a, i)?.0),
    }
}

fn rect(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "rect expected 2 arguments, got {}",
            a.len()
        )));
    }
    let r = real_arg(vm, a, 0)?;
    let phi = real_arg(vm, a, 1)?;
    if r.is_finite() && phi.is_infinite() {
        return Err(domain());
    }
    let z = if phi == 0.0 {
        (r, phi * r)
    } else {
        (r * phi.cos(), r * phi.sin())
    };
    Ok(complex_value(z.0, z.1))
}

fn isfinite(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (x, y) = arg(vm, a, 0)?;
    Ok(Value::Bool(x.is_finite() && y.is_finite()))
}

fn isinf(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (x, y) = arg(vm, a, 0)?;
    Ok(Value::Bool(x.is_infinite() || y.is_infinite()))
}

fn isnan(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (x, y) = arg(vm, a, 0)?;
    Ok(Value::Bool(x.is_nan() || y.is_nan()))
}

fn isclose(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.len()
        )));
    }
    let x = arg(vm, a, 0)?;
    let y = arg(vm, a, 1)?;
    let (mut rel, mut abs) = (1e-9, 0.0);
    for (k, v) in kw {
        let f = real_arg(vm, std::slice::from_ref(v), 0)?;
        match k.as_str() {
            "rel_tol" => rel = f,
            "abs_tol" => abs = f,
            other => {
                return Err(PyErr::type_error(format!(
                    "isclose() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.0.is_infinite() || x.1.is_infinite() || y.0.is_infinite() || y.1.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (x.0 - y.0).hypot(x.1 - y.1);
    let (mx, my) = (x.0.hypot(x.1), y.0.hypot(y.1));
    Ok(Value::Bool(
        diff <= rel * my || diff <= rel * mx || diff <= abs,
    ))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    Ok(vm.make_module(
        "cmath",
        vec![
            ("pi", Value::Float(std::f64::consts::PI)),
            ("e", Value::Float(std::f64::consts::E)),
            ("tau", Value::Float(std::f64::consts::TAU)),
            ("inf", Value::Float(f64::INFINITY)),
            ("nan", Value::Float(f64::NAN)),
            ("infj", complex_value(0.0, f64::INFINITY)),
            ("nanj", complex_value(0.0, f64::NAN)),
            f("sqrt", sqrt),
            f("exp", exp),
            f("log", log),
            f("log10", log10),
            f("phase", phase),
            f("polar", polar),
            f("rect", rect),
            f("sin", sin),
            f("cos", cos),
            f("tan", tan),
            f("asin", asin),
            f("acos", acos),
            f("atan", atan),
            f("sinh", sinh),
            f("cosh", cosh),
            f("tanh", tanh),
            f("asinh", asinh),
            f("acosh", acosh),
            f("atanh", atanh),
            f("isfinite", isfinite),
            f("isinf", isinf),
            f("isnan", isnan),
            f("isclose", isclose),
        ],
    ))
}
