//! `time`: clocks, `sleep` (blocking; the tornado runtime never uses it)
//! and the calendar (`gmtime`, `strftime`). whirl does not know the
//! machine's time zone: local time is UTC.

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
    // As CPython 3.11.2's (the corpus's reference): the value becomes nanoseconds in an i64 first (too
    // large: OverflowError, whatever the sign), then a negative one is a
    // ValueError. Checked here because `Duration` panics on what it cannot
    // hold.
    const TOO_LARGE: &str = "timestamp too large to convert to C _PyTime_t";
    let overflow = |m: &str| PyErr::new(whirl_vm::error::ExcType::OverflowError, m.to_string());
    let secs = match a.first() {
        Some(Value::Bool(b)) => *b as i64 as f64,
        Some(Value::Int(i)) => {
            if i.unsigned_abs() > (i64::MAX / 1_000_000_000) as u64 {
                return Err(overflow(TOO_LARGE));
            }
            *i as f64
        }
        Some(Value::BigInt(_)) => return Err(overflow(TOO_LARGE)),
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            if (f * 1e9).abs() >= 9.223_372_036_854_775e18 {
                return Err(overflow(TOO_LARGE));
            }
            *f
        }
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
        if whirl_vm::interrupt::is_requested() {
            // Ctrl-C, or a signal whose Python handler runs here.
            whirl_vm::interrupt::check(vm)?;
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
    let secs = seconds_arg(vm, a.first())?;
    Ok(Value::tuple(
        utc_fields(secs).into_iter().map(Value::Int).collect(),
    ))
}

/// Whole seconds since the epoch from `gmtime`'s argument (now for None).
fn seconds_arg(vm: &Vm, v: Option<&Value>) -> PyResult<i64> {
    Ok(match v {
        None | Some(Value::None) => SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs() as i64,
        Some(Value::Int(i)) => *i,
        Some(Value::Float(f)) if f.is_finite() && f.abs() < 1e15 => f.floor() as i64,
        Some(Value::Float(_) | Value::BigInt(_)) => {
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
    })
}

/// The nine fields of `gmtime(secs)`.
fn utc_fields(secs: i64) -> [i64; 9] {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (year, month, day) = civil_from_days(days);
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const BEFORE: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let yday = BEFORE[(month - 1) as usize] + day + i64::from(leap && month > 2);
    // 1970-01-01 was a Thursday (3 with Monday 0).
    let wday = (days + 3).rem_euclid(7);
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
}

const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `time.strftime(format[, t])`: the C locale's directives over the nine
/// fields of `t` (now, in UTC, without it). An unknown directive is kept
/// as written, as glibc does.
fn strftime(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Str(format)) = a.first() else {
        return Err(PyErr::type_error("strftime() argument 1 must be str"));
    };
    let tm = match a.get(1) {
        None => utc_fields(seconds_arg(vm, None)?),
        Some(t) => {
            let items = vm.collect(t)?;
            if items.len() != 9 {
                return Err(PyErr::type_error("strftime(): illegal time tuple argument"));
            }
            let mut tm = [0i64; 9];
            for (slot, v) in tm.iter_mut().zip(&items) {
                *slot = whirl_vm::types::arg_int(vm, v)?;
            }
            if !(1..=12).contains(&tm[1]) {
                return Err(PyErr::value_error("month out of range"));
            }
            if !(0..=6).contains(&tm[6]) {
                tm[6] = tm[6].rem_euclid(7);
            }
            tm
        }
    };
    Ok(Value::string(format_time(format.as_str(), &tm)))
}

fn format_time(format: &str, tm: &[i64; 9]) -> String {
    use std::fmt::Write;
    let [year, month, day, hour, minute, second, wday, yday, _] = *tm;
    let day_name = DAY_NAMES[wday.rem_euclid(7) as usize];
    let month_name = MONTH_NAMES[(month - 1).clamp(0, 11) as usize];
    // Week of the year with weeks starting on Sunday (%U) or Monday (%W).
    let sunday_week = (yday + 6 - (wday + 1) % 7) / 7;
    let monday_week = (yday + 6 - wday) / 7;
    let mut out = String::with_capacity(format.len() + 16);
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let _ = match d {
            'a' => write!(out, "{}", &day_name[..3]),
            'A' => write!(out, "{day_name}"),
            'b' | 'h' => write!(out, "{}", &month_name[..3]),
            'B' => write!(out, "{month_name}"),
            'c' => write!(
                out,
                "{} {} {day:2} {hour:02}:{minute:02}:{second:02} {year}",
                &day_name[..3],
                &month_name[..3]
            ),
            'C' => write!(out, "{:02}", year.div_euclid(100)),
            'd' => write!(out, "{day:02}"),
            'D' | 'x' => write!(out, "{month:02}/{day:02}/{:02}", year.rem_euclid(100)),
            'e' => write!(out, "{day:2}"),
            'F' => write!(out, "{year}-{month:02}-{day:02}"),
            'H' => write!(out, "{hour:02}"),
            'I' => write!(out, "{:02}", (hour + 11) % 12 + 1),
            'j' => write!(out, "{yday:03}"),
            'm' => write!(out, "{month:02}"),
            'M' => write!(out, "{minute:02}"),
            'n' => out.write_char('\n'),
            'p' => write!(out, "{}", if hour < 12 { "AM" } else { "PM" }),
            'r' => write!(
                out,
                "{:02}:{minute:02}:{second:02} {}",
                (hour + 11) % 12 + 1,
                if hour < 12 { "AM" } else { "PM" }
            ),
            'R' => write!(out, "{hour:02}:{minute:02}"),
            'S' => write!(out, "{second:02}"),
            't' => out.write_char('\t'),
            'T' | 'X' => write!(out, "{hour:02}:{minute:02}:{second:02}"),
            'u' => write!(out, "{}", wday + 1),
            'U' => write!(out, "{sunday_week:02}"),
            'w' => write!(out, "{}", (wday + 1) % 7),
            'W' => write!(out, "{monday_week:02}"),
            'y' => write!(out, "{:02}", year.rem_euclid(100)),
            'Y' => write!(out, "{year}"),
            'z' => write!(out, "+0000"),
            'Z' => write!(out, "UTC"),
            '%' => write!(out, "%"),
            other => write!(out, "%{other}"),
        };
    }
    out
}

/// The native `_time` module; stdlib/py/time.py is the public `time`.
pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let mut names = crate::time_local::entries();
    names.extend(vec![
        ("time", builtin_fn("time", time)),
        ("monotonic", builtin_fn("monotonic", monotonic)),
        ("perf_counter", builtin_fn("perf_counter", monotonic)),
        ("process_time", builtin_fn("process_time", monotonic)),
        ("time_ns", builtin_fn("time_ns", time_ns)),
        ("sleep", builtin_fn("sleep", sleep)),
        ("gmtime", builtin_fn("gmtime", gmtime)),
        ("localtime", builtin_fn("localtime", gmtime)),
        ("strftime", builtin_fn("strftime", strftime)),
    ]);
    // time.py re-exports these: they get the argument checks of `time.*`.
    let names = names
        .into_iter()
        .map(|(k, v)| (k, whirl_vm::function::with_sig("time", k, v)))
        .collect();
    Ok(vm.make_module("_time", names))
}
