//! `time`: clocks and `sleep` (blocking; the tornado runtime never uses it).

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use whirl_vm::error::{PyErr, PyResult};
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

thread_local! {
    static START: Instant = Instant::now();
}

fn time(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Float(d.as_secs_f64()))
}

/// Seconds since an arbitrary start: `time.monotonic()`, and the tornado
/// loop's clock.
pub fn monotonic_now() -> f64 {
    START.with(|s| s.elapsed().as_secs_f64())
}

fn monotonic(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(monotonic_now()))
}

fn time_ns(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Int(d.as_nanos() as i64))
}

fn sleep(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let secs = match a.first() {
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(f)) => *f,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "sleep() takes exactly one argument (0 given)",
            ))
        }
    };
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    vm.flush();
    std::thread::sleep(Duration::from_secs_f64(secs));
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    Ok(vm.make_module(
        "time",
        vec![
            ("time", builtin_fn("time", time)),
            ("monotonic", builtin_fn("monotonic", monotonic)),
            ("perf_counter", builtin_fn("perf_counter", monotonic)),
            ("process_time", builtin_fn("process_time", monotonic)),
            ("time_ns", builtin_fn("time_ns", time_ns)),
            ("sleep", builtin_fn("sleep", sleep)),
        ],
    ))
}
