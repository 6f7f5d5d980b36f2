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

/// (year, month 1-12, day 1-31) of a day counted from 1970-01-01, in the
/// proleptic Gregorian calendar (Howard Hinnant's `civil_from_days`).
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy_mar = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy_mar + 2) / 153;
    let day = doy_mar - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
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
    // In slices, so that a Ctrl-C (which std's sleep would sleep through,
    // retrying after EINTR) interrupts it as it does CPython's.
    let end = Instant::now() + Duration::from_secs_f64(secs);
    loop {
        if whirl_vm::interrupt::take() {
            return Err(PyErr::new(whirl_vm::error::ExcType::KeyboardInterrupt, ""));
        }
        let left = end.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Ok(Value::None);
        }
        std::thread::sleep(left.min(Duration::from_millis(50)));
    }
}

/// `time.gmtime([secs])`: the UTC calendar fields as a 9-tuple (year, month,
/// day, hour, minute, second, weekday with Monday 0, day of the year, 0), by
/// the days-to-civil conversion of Howard Hinnant's date algorithms.
fn gmtime(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let secs = match a.first() {
        None | Some(Value::None) => SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs() as i64,
        Some(Value::Int(i)) => *i,
        Some(Value::Float(f)) if f.is_finite() && f.abs() < 1e15 => f.floor() as i64,
        Some(Value::Float(_)) => {
            return Err(PyErr::new(
                whirl_vm::error::ExcType::OverflowError,
                "timestamp out of range for platform time_t",
            ))
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )))
        }
    };
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (year, month, day) = civil_from_days(days);
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const BEFORE: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let yday = BEFORE[(month - 1) as usize] + day + i64::from(leap && month > 2);
    // 1970-01-01 was a Thursday (3 with Monday 0).
    let wday = (days + 3).rem_euclid(7);
    Ok(Value::tuple(
        [
            year,
            month,
            day,
            rem / 3600,
            rem % 3600 / 60,
            rem % 60,
            wday,
            yday,
            0,
        ]
        .into_iter()
        .map(Value::Int)
        .collect(),
    ))
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
            ("gmtime", builtin_fn("gmtime", gmtime)),
        ],
    ))
}
