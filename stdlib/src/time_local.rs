//! The native half of `time`'s local-time support (`_time._localtime`,
//! `_mktime`, `_zoneinfo`, `_strftime`, `clock_gettime`): thin calls into
//! the C library, so that the TZ variable, /etc/localtime and glibc's
//! strftime directives behave exactly as they do under CPython.
//! stdlib/py/time.py builds `struct_time` and the public functions on them.

use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::types::{arg_int, builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

fn int_arg(vm: &Vm, a: &[Value], i: usize) -> PyResult<i64> {
    match a.get(i) {
        Some(v) => arg_int(vm, v),
        None => Err(PyErr::type_error("missing argument")),
    }
}

/// The 11 fields of a `struct tm` as struct_time orders them (month 1-12,
/// weekday with Monday 0, day of the year from 1), zone and offset last.
fn tm_to_tuple(tm: &libc::tm) -> Value {
    let zone = if tm.tm_zone.is_null() {
        Value::None
    } else {
        // SAFETY: glibc's tm_zone points to a NUL-terminated static string.
        let s = unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) };
        Value::string(s.to_string_lossy().into_owned())
    };
    Value::tuple(vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        zone,
        Value::Int(tm.tm_gmtoff),
    ])
}

/// `_localtime(secs)`: localtime_r's fields for whole seconds `secs`.
fn localtime(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let secs = int_arg(vm, a, 0)?;
    let t = secs as libc::time_t;
    // SAFETY: a zeroed tm is a valid out-parameter for localtime_r.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call.
    let ok = unsafe { !libc::localtime_r(&t, &mut tm).is_null() };
    if !ok {
        return Err(PyErr::new(
            ExcType::OSError,
            "[Errno 75] Value too large for defined data type".to_string(),
        ));
    }
    Ok(tm_to_tuple(&tm))
}

/// A `struct tm` from struct_time's first nine fields (already checked by
/// time.py), with `zone`/`gmtoff` when given.
fn tm_from_args(vm: &Vm, a: &[Value], zone: &Option<std::ffi::CString>) -> PyResult<libc::tm> {
    let mut f = [0i64; 9];
    for (i, slot) in f.iter_mut().enumerate() {
        *slot = int_arg(vm, a, i)?;
    }
    let c = |v: i64| -> PyResult<libc::c_int> {
        v.try_into().map_err(|_| {
            PyErr::new(
                ExcType::OverflowError,
                "Python int too large to convert to C int".to_string(),
            )
        })
    };
    // SAFETY: all-zero is a valid struct tm.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = c(f[0] - 1900)?;
    tm.tm_mon = c(f[1] - 1)?;
    tm.tm_mday = c(f[2])?;
    tm.tm_hour = c(f[3])?;
    tm.tm_min = c(f[4])?;
    tm.tm_sec = c(f[5])?;
    tm.tm_wday = c((f[6] + 1) % 7)?;
    tm.tm_yday = c(f[7] - 1)?;
    tm.tm_isdst = c(f[8])?;
    if let Some(z) = zone {
        tm.tm_zone = z.as_ptr();
    }
    if let Some(v) = a.get(10) {
        if !matches!(v, Value::None) {
            tm.tm_gmtoff = arg_int(vm, v)?;
        }
    }
    Ok(tm)
}

fn zone_arg(a: &[Value]) -> PyResult<Option<std::ffi::CString>> {
    match a.get(9) {
        Some(Value::Str(s)) => std::ffi::CString::new(s.as_str())
            .map(Some)
            .map_err(|_| PyErr::value_error("embedded null character")),
        _ => Ok(None),
    }
}

/// `_mktime(y, m, d, H, M, S, wday, yday, isdst)`: libc mktime.
fn mktime(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let mut tm = tm_from_args(vm, a, &None)?;
    // A sentinel: mktime leaves tm_wday alone on failure.
    tm.tm_wday = -1;
    // SAFETY: tm is a valid struct tm.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(PyErr::new(
            ExcType::OverflowError,
            "mktime argument out of range".to_string(),
        ));
    }
    Ok(Value::Float(t as f64))
}

/// `_tzset()`: re-reads TZ (libc tzset); time.py recomputes its globals.
fn tzset(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    // SAFETY: tzset has no arguments; whirl runs Python on one thread.
    unsafe { tzset_c() };
    Ok(Value::None)
}

extern "C" {
    #[link_name = "tzset"]
    fn tzset_c();
}

/// `_strftime(format, y, m, d, H, M, S, wday, yday, isdst[, zone, gmtoff])`
/// through the C library's strftime.
fn strftime(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Str(format)) = a.first() else {
        return Err(PyErr::type_error("strftime() argument 1 must be str"));
    };
    let fields = &a[1..];
    let zone = zone_arg(fields)?;
    let tm = tm_from_args(vm, fields, &zone)?;
    let fmt = format.as_str();
    if fmt.is_empty() {
        return Ok(Value::string(String::new()));
    }
    let cfmt =
        std::ffi::CString::new(fmt).map_err(|_| PyErr::value_error("embedded null character"))?;
    // glibc's strftime returns 0 both for "did not fit" and for an empty
    // result: grow the buffer a few times, then take the empty answer.
    let mut size = 1024usize.max(fmt.len() * 4);
    for _ in 0..8 {
        let mut buf = vec![0u8; size];
        // SAFETY: buf holds `size` bytes; the format and tm are valid.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                cfmt.as_ptr(),
                &tm,
            )
        };
        if n > 0 {
            buf.truncate(n);
            return Ok(Value::string(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 4;
    }
    Ok(Value::string(String::new()))
}

fn timespec(vm: &Vm, a: &[Value]) -> PyResult<libc::timespec> {
    let id = int_arg(vm, a, 0)?;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: ts is a valid out-parameter.
    let r = unsafe { libc::clock_gettime(id as libc::clockid_t, &mut ts) };
    if r != 0 {
        return Err(PyErr::new(
            ExcType::OSError,
            "[Errno 22] Invalid argument".to_string(),
        ));
    }
    Ok(ts)
}

fn clock_gettime(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let ts = timespec(vm, a)?;
    Ok(Value::Float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

fn clock_gettime_ns(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let ts = timespec(vm, a)?;
    Ok(Value::Int(
        ts.tv_sec as i64 * 1_000_000_000 + ts.tv_nsec as i64,
    ))
}

fn clock_getres(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let id = int_arg(vm, a, 0)?;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: ts is a valid out-parameter.
    let r = unsafe { libc::clock_getres(id as libc::clockid_t, &mut ts) };
    if r != 0 {
        return Err(PyErr::new(
            ExcType::OSError,
            "[Errno 22] Invalid argument".to_string(),
        ));
    }
    Ok(Value::Float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

/// The native names `time.py` imports from `_time`.
pub fn entries() -> Vec<(&'static str, Value)> {
    vec![
        ("_localtime", builtin_fn("_localtime", localtime)),
        ("_mktime", builtin_fn("_mktime", mktime)),
        ("_tzset", builtin_fn("_tzset", tzset)),
        ("_strftime", builtin_fn("_strftime", strftime)),
        ("clock_gettime", builtin_fn("clock_gettime", clock_gettime)),
        (
            "clock_gettime_ns",
            builtin_fn("clock_gettime_ns", clock_gettime_ns),
        ),
        ("clock_getres", builtin_fn("clock_getres", clock_getres)),
        ("CLOCK_REALTIME", Value::Int(libc::CLOCK_REALTIME as i64)),
        ("CLOCK_MONOTONIC", Value::Int(libc::CLOCK_MONOTONIC as i64)),
        (
            "CLOCK_MONOTONIC_RAW",
            Value::Int(libc::CLOCK_MONOTONIC_RAW as i64),
        ),
        (
            "CLOCK_PROCESS_CPUTIME_ID",
            Value::Int(libc::CLOCK_PROCESS_CPUTIME_ID as i64),
        ),
        (
            "CLOCK_THREAD_CPUTIME_ID",
            Value::Int(libc::CLOCK_THREAD_CPUTIME_ID as i64),
        ),
        ("CLOCK_BOOTTIME", Value::Int(libc::CLOCK_BOOTTIME as i64)),
        ("CLOCK_TAI", Value::Int(libc::CLOCK_TAI as i64)),
    ]
}
