//! `posix`: the operating system's calls, thin and native. The `os`
//! module (stdlib/py/os.py) is Python built on it, as CPython's is: it
//! re-exports these functions and adds `environ`, `walk`, `scandir`'s
//! `DirEntry`, `stat_result` and the rest; `os.path` is
//! stdlib/py/posixpath.py. The libc calls std lacks are in posix_sys.rs.
//!
//! Paths are str, bytes or os.PathLike; a function given bytes answers
//! in bytes. Failures are OSError of the subclass the errno names, with
//! CPython's message, errno, strerror and filename(s).

use crate::posix_sys as sys;
use std::ffi::CString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::rc::Rc;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::types::{arg_int, builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

/// A path argument after `os.fspath`: its bytes, whether it was given as
/// bytes (results then are bytes too) and the str or bytes it stands for
/// (the error's `filename`, as CPython reports it).
struct PathArg {
    raw: Vec<u8>,
    bytes: bool,
    orig: Value,
}

impl PathArg {
    fn c(&self) -> PyResult<CString> {
        CString::new(self.raw.clone()).map_err(|_| PyErr::value_error("embedded null byte"))
    }
    fn os(&self) -> &std::path::Path {
        std::path::Path::new(std::ffi::OsStr::from_bytes(&self.raw))
    }
    /// A name found under this path, as str or bytes like the path.
    fn name(&self, raw: &[u8]) -> Value {
        if self.bytes {
            Value::Bytes(Rc::new(raw.to_vec()))
        } else {
            Value::string(whirl_vm::codecs::fs_decode(raw))
        }
    }
}

/// `os.fspath` for natives: str and bytes as they are, else `__fspath__`.
fn fspath(vm: &mut Vm, v: &Value, func: &str, arg: &str, fd_ok: bool) -> PyResult<PathArg> {
    let (raw, bytes, orig) = match v {
        Value::Str(s) => (whirl_vm::codecs::fs_encode(s.as_str())?, false, v.clone()),
        Value::Bytes(b) => (b.to_vec(), true, v.clone()),
        Value::Instance(_) => {
            let method = vm.getattr(v, &whirl_vm::str::intern("__fspath__")).ok();
            let Some(method) = method else {
                return Err(path_type_error(vm, v, func, arg, fd_ok));
            };
            match vm.call(&method, vec![])? {
                r @ Value::Str(_) => (
                    whirl_vm::codecs::fs_encode(r.as_str().unwrap_or(""))?,
                    false,
                    r,
                ),
                Value::Bytes(b) => (b.to_vec(), true, Value::Bytes(b)),
                other => {
                    return Err(PyErr::type_error(format!(
                        "expected {}.__fspath__() to return str or bytes, not {}",
                        vm.type_name(v),
                        vm.type_name(&other)
                    )))
                }
            }
        }
        _ => return Err(path_type_error(vm, v, func, arg, fd_ok)),
    };
    Ok(PathArg { raw, bytes, orig })
}

fn path_type_error(vm: &Vm, v: &Value, func: &str, arg: &str, fd_ok: bool) -> PyErr {
    let kinds = if fd_ok {
        "string, bytes, os.PathLike or integer"
    } else {
        "string, bytes or os.PathLike"
    };
    PyErr::type_error(format!(
        "{func}: {arg} should be {kinds}, not {}",
        vm.type_name(v)
    ))
}

/// The text of an errno, as `strerror(3)` words it.
fn strerror_text(errno: i32) -> String {
    let msg = std::io::Error::from_raw_os_error(errno).to_string();
    msg.split(" (os error").next().unwrap_or(&msg).to_string()
}

/// An OSError for a failed call: the subclass its errno names (the VM
/// picks it, see vm/src/builtins/oserror.rs), CPython's message and file names.
fn error(e: &std::io::Error, file: Option<&Value>, file2: Option<&Value>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return PyErr::new(ExcType::OSError, e.to_string());
    };
    let t = whirl_vm::oserror::subclass_for_errno(errno as i64).unwrap_or(ExcType::OSError);
    let mut args = vec![
        Value::Int(errno as i64),
        Value::string(strerror_text(errno)),
    ];
    if let Some(f) = file {
        args.push(f.clone());
        if let Some(f2) = file2 {
            args.push(Value::None);
            args.push(f2.clone());
        }
    }
    PyErr::with_args(t, args)
}

/// An OSError of the right subclass for `path`, worded as CPython's (used
/// by `_io` too).
pub(crate) fn os_error(e: &std::io::Error, path: &str) -> PyErr {
    error(e, Some(&Value::str(path)), None)
}

fn arg<'a>(a: &'a [Value], kw: Kw<'a>, i: usize, name: &str) -> Option<&'a Value> {
    a.get(i)
        .or_else(|| kw.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v))
}

fn required<'a>(
    a: &'a [Value],
    kw: Kw<'a>,
    i: usize,
    name: &str,
    func: &str,
) -> PyResult<&'a Value> {
    arg(a, kw, i, name).ok_or_else(|| {
        PyErr::type_error(format!(
            "{func}() missing required argument '{name}' (pos {})",
            i + 1
        ))
    })
}

fn flag(vm: &mut Vm, a: &[Value], kw: Kw, i: usize, name: &str, default: bool) -> PyResult<bool> {
    match arg(a, kw, i, name) {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

/// A keyword-only `follow_symlinks` (default True).
fn follow(vm: &mut Vm, kw: Kw) -> PyResult<bool> {
    flag(vm, &[], kw, usize::MAX, "follow_symlinks", true)
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    if let Value::Float(_) = v {
        return Err(PyErr::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    arg_int(vm, v)
}

fn fd_arg(vm: &Vm, v: &Value) -> PyResult<i32> {
    let n = int_arg(vm, v)?;
    i32::try_from(n).map_err(|_| {
        PyErr::new(
            ExcType::OverflowError,
            if n < 0 {
                "fd is less than minimum"
            } else {
                "fd is greater than maximum"
            },
        )
    })
}

fn none() -> PyResult<Value> {
    Ok(Value::None)
}

fn big(n: u64) -> Value {
    match i64::try_from(n) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::BigInt(Rc::new(n.into())),
    }
}

fn stat_tuple(s: &sys::Stat) -> Value {
    let ns = |(sec, nsec): (i64, i64)| {
        let total = sec as i128 * 1_000_000_000 + nsec as i128;
        match i64::try_from(total) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(Rc::new(total.into())),
        }
    };
    let secs = |(sec, nsec): (i64, i64)| Value::Float(sec as f64 + nsec as f64 * 1e-9);
    Value::tuple(vec![
        Value::Int(s.mode as i64),
        big(s.ino),
        big(s.dev),
        big(s.nlink),
        Value::Int(s.uid as i64),
        Value::Int(s.gid as i64),
        Value::Int(s.size),
        Value::Int(s.atime.0),
        Value::Int(s.mtime.0),
        Value::Int(s.ctime.0),
        secs(s.atime),
        secs(s.mtime),
        secs(s.ctime),
        ns(s.atime),
        ns(s.mtime),
        ns(s.ctime),
        Value::Int(s.blksize),
        Value::Int(s.blocks),
        big(s.rdev),
    ])
}

// ----- files and directories -----

/// `stat(path, *, dir_fd=None, follow_symlinks=True)`: the raw fields,
/// which os.py wraps in `stat_result`. An int path is a descriptor.
fn stat(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let p = required(a, kw, 0, "path", "stat")?;
    let follow = follow(vm, kw)?;
    stat_of(vm, p, follow, "stat")
}

fn stat_of(vm: &mut Vm, p: &Value, follow: bool, func: &str) -> PyResult<Value> {
    if let Value::Int(_) | Value::Bool(_) = p {
        let fd = fd_arg(vm, p)?;
        return sys::fstat(fd)
            .map(|s| stat_tuple(&s))
            .map_err(|e| error(&e, None, None));
    }
    let path = fspath(vm, p, func, "path", true)?;
    let c = path.c()?;
    sys::stat(&c, follow)
        .map(|s| stat_tuple(&s))
        .map_err(|e| error(&e, Some(&path.orig), None))
}

fn lstat(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let p = required(a, kw, 0, "path", "lstat")?;
    if let Value::Int(_) = p {
        return Err(path_type_error(vm, p, "lstat", "path", false));
    }
    stat_of(vm, p, false, "lstat")
}

fn fstat(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, required(a, kw, 0, "fd", "fstat")?)?;
    sys::fstat(fd)
        .map(|s| stat_tuple(&s))
        .map_err(|e| error(&e, None, None))
}

fn getcwd(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let d = std::env::current_dir().map_err(|e| error(&e, None, None))?;
    Ok(Value::string(whirl_vm::codecs::fs_decode(
        d.as_os_str().as_bytes(),
    )))
}

fn getcwdb(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let d = std::env::current_dir().map_err(|e| error(&e, None, None))?;
    Ok(Value::Bytes(Rc::new(d.into_os_string().into_vec())))
}

fn chdir(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let p = fspath(
        vm,
        required(a, kw, 0, "path", "chdir")?,
        "chdir",
        "path",
        true,
    )?;
    p.c()?;
    std::env::set_current_dir(p.os()).map_err(|e| error(&e, Some(&p.orig), None))?;
    none()
}

fn dir_path(vm: &mut Vm, a: &[Value], kw: Kw, func: &str) -> PyResult<PathArg> {
    match arg(a, kw, 0, "path") {
        None | Some(Value::None) => Ok(PathArg {
            raw: b".".to_vec(),
            bytes: false,
            orig: Value::str("."),
        }),
        Some(v) => fspath(vm, v, func, "path", true),
    }
}

fn listdir(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let p = dir_path(vm, a, kw, "listdir")?;
    p.c()?;
    let mut names = Vec::new();
    let entries = std::fs::read_dir(p.os()).map_err(|e| error(&e, Some(&p.orig), None))?;
    for entry in entries {
        let entry = entry.map_err(|e| error(&e, Some(&p.orig), None))?;
        names.push(p.name(entry.file_name().as_bytes()));
    }
    Ok(Value::list(names))
}

/// `_scandir(path)`: a list of (name, kind, inode) with kind one of "d",
/// "f", "l", "o" (other) from the directory entry itself, no stat; os.py
/// builds its `DirEntry`s from them.
fn scandir_raw(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    use std::os::unix::fs::DirEntryExt;
    let p = dir_path(vm, a, kw, "scandir")?;
    p.c()?;
    let mut out = Vec::new();
    let entries = std::fs::read_dir(p.os()).map_err(|e| error(&e, Some(&p.orig), None))?;
    for entry in entries {
        let entry = entry.map_err(|e| error(&e, Some(&p.orig), None))?;
        let kind = match entry.file_type() {
            Ok(t) if t.is_symlink() => "l",
            Ok(t) if t.is_dir() => "d",
            Ok(t) if t.is_file() => "f",
            _ => "o",
        };
        out.push(Value::tuple(vec![
            p.name(entry.file_name().as_bytes()),
            Value::str(kind),
            big(entry.ino()),
        ]));
    }
    Ok(Value::list(out))
}

fn mkdir(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    use std::os::unix::fs::DirBuilderExt;
    let p = fspath(
        vm,
        required(a, kw, 0, "path", "mkdir")?,
        "mkdir",
        "path",
        false,
    )?;
    let mode = match arg(a, kw, 1, "mode") {
        Some(m) => int_arg(vm, m)? as u32,
        None => 0o777,
    };
    p.c()?;
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(p.os())
        .map_err(|e| error(&e, Some(&p.orig), None))?;
    none()
}

fn rmdir(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let p = fspath(
        vm,
        required(a, kw, 0, "path", "rmdir")?,
        "rmdir",
        "path",
        false,
    )?;
    p.c()?;
    std::fs::remove_dir(p.os()).map_err(|e| error(&e, Some(&p.orig), None))?;
    none()
}

fn remove(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let p = fspath(
        vm,
        required(a, kw, 0, "path", "remove")?,
        "remove",
        "path",
        false,
    )?;
    p.c()?;
    std::fs::remove_file(p.os()).map_err(|e| error(&e, Some(&p.orig), None))?;
    none()
}

fn two_paths(
    vm: &mut Vm,
    a: &[Value],
    kw: Kw,
    func: &str,
    names: [&str; 2],
) -> PyResult<(PathArg, PathArg)> {
    let s = fspath(
        vm,
        required(a, kw, 0, names[0], func)?,
        func,
        names[0],
        false,
    )?;
    let d = fspath(
        vm,
        required(a, kw, 1, names[1], func)?,
        func,
        names[1],
        false,
    )?;
    s.c()?;
    d.c()?;
    Ok((s, d))
}

/// `rename(src, dst)` and `replace(src, dst)` (the same call on POSIX).
fn rename(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, d) = two_paths(vm, a, kw, "rename", ["src", "dst"])?;
    std::fs::rename(s.os(), d.os()).map_err(|e| error(&e, Some(&s.orig), Some(&d.orig)))?;
    none()
}

fn replace(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, d) = two_paths(vm, a, kw, "replace", ["src", "dst"])?;
    std::fs::rename(s.os(), d.os()).map_err(|e| error(&e, Some(&s.orig), Some(&d.orig)))?;
    none()
}

fn symlink(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, d) = two_paths(vm, a, kw, "symlink", ["src", "dst"])?;
    std::os::unix::fs::symlink(s.os(), d.os())
        .map_err(|e| error(&e, Some(&s.orig), Some(&d.orig)))?;
    none()
}

fn link(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, d) = two_paths(vm, a, kw, "link", ["src", "dst"])?;
    std::fs::hard_link(s.os(), d.os()).map_err(|e| error(&e, Some(&s.orig), Some(&d.orig)))?;
    none()
}

fn readlink(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let p = fspath(
        vm,
        required(a, kw, 0, "path", "readlink")?,
        "readlink",
        "path",
        false,
    )?;
    p.c()?;
    let t = std::fs::read_link(p.os()).map_err(|e| error(&e, Some(&p.orig), None))?;
    Ok(p.name(t.as_os_str().as_bytes()))
}

fn chmod(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let p = required(a, kw, 0, "path", "chmod")?;
    let mode = int_arg(vm, required(a, kw, 1, "mode", "chmod")?)? as u32;
    if !follow(vm, kw)? {
        return Err(PyErr::new(
            ExcType::NotImplementedError,
            "chmod: follow_symlinks unavailable on this platform",
        ));
    }
    if let Value::Int(_) = p {
        let fd = fd_arg(vm, p)?;
        return sys::fchmod(fd, mode)
            .map_err(|e| error(&e, None, None))
            .map(|_| Value::None);
    }
    let p = fspath(vm, p, "chmod", "path", true)?;
    sys::chmod(&p.c()?, mode).map_err(|e| error(&e, Some(&p.orig), None))?;
    none()
}

fn fchmod(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, required(a, kw, 0, "fd", "fchmod")?)?;
    let mode = int_arg(vm, required(a, kw, 1, "mode", "fchmod")?)? as u32;
    sys::fchmod(fd, mode).map_err(|e| error(&e, None, None))?;
    none()
}

/// A time given in seconds (int or float) as (seconds, nanoseconds).
fn split_seconds(vm: &Vm, v: &Value) -> PyResult<(i64, i64)> {
    match v {
        Value::Float(f) => {
            if !f.is_finite() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            let s = f.floor();
            let ns = ((f - s) * 1e9).round() as i64;
            Ok((s as i64 + ns / 1_000_000_000, ns % 1_000_000_000))
        }
        _ => Ok((int_arg(vm, v)?, 0)),
    }
}

/// `utime(path, times=None, *, ns=None, follow_symlinks=True)`.
fn utime(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let p = fspath(
        vm,
        required(a, kw, 0, "path", "utime")?,
        "utime",
        "path",
        true,
    )?;
    let times = arg(a, kw, 1, "times").filter(|v| !matches!(v, Value::None));
    let ns = arg(&[], kw, usize::MAX, "ns");
    let follow = follow(vm, kw)?;
    let pair = |v: &Value, what: &str| -> PyResult<[Value; 2]> {
        match v {
            Value::Tuple(t) if t.0.len() == 2 => Ok([t.0[0].clone(), t.0[1].clone()]),
            _ if what == "ns" => Err(PyErr::type_error("utime: 'ns' must be a tuple of two ints")),
            _ => Err(PyErr::type_error(
                "utime: 'times' must be either a tuple of two ints or None",
            )),
        }
    };
    let spec = match (times, ns) {
        (Some(_), Some(_)) => {
            return Err(PyErr::value_error(
                "utime: you may specify either 'times' or 'ns' but not both",
            ))
        }
        (Some(t), None) => {
            let [x, y] = pair(t, "times")?;
            Some([split_seconds(vm, &x)?, split_seconds(vm, &y)?])
        }
        (None, Some(n)) => {
            let [x, y] = pair(n, "ns")?;
            let split = |v: &Value| -> PyResult<(i64, i64)> {
                let n = int_arg(vm, v)?;
                Ok((n.div_euclid(1_000_000_000), n.rem_euclid(1_000_000_000)))
            };
            Some([split(&x)?, split(&y)?])
        }
        (None, None) => None,
    };
    sys::utime(&p.c()?, spec, follow).map_err(|e| error(&e, Some(&p.orig), None))?;
    none()
}

/// `access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)`.
fn access(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let p = fspath(
        vm,
        required(a, kw, 0, "path", "access")?,
        "access",
        "path",
        false,
    )?;
    let mode = int_arg(vm, required(a, kw, 1, "mode", "access")?)? as i32;
    let eff = flag(vm, &[], kw, usize::MAX, "effective_ids", false)?;
    Ok(Value::Bool(sys::access(&p.c()?, mode, eff)))
}

fn truncate(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let p = required(a, kw, 0, "path", "truncate")?;
    let len = int_arg(vm, required(a, kw, 1, "length", "truncate")?)?;
    if let Value::Int(_) = p {
        let fd = fd_arg(vm, p)?;
        sys::ftruncate(fd, len).map_err(|e| error(&e, None, None))?;
        return none();
    }
    let p = fspath(vm, p, "truncate", "path", true)?;
    sys::truncate(&p.c()?, len).map_err(|e| error(&e, Some(&p.orig), None))?;
    none()
}

fn ftruncate(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, required(a, kw, 0, "fd", "ftruncate")?)?;
    let len = int_arg(vm, required(a, kw, 1, "length", "ftruncate")?)?;
    sys::ftruncate(fd, len).map_err(|e| error(&e, None, None))?;
    none()
}

fn statvfs(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let p = fspath(
        vm,
        required(a, kw, 0, "path", "statvfs")?,
        "statvfs",
        "path",
        true,
    )?;
    let f = sys::statvfs(&p.c()?).map_err(|e| error(&e, Some(&p.orig), None))?;
    Ok(Value::tuple(f.iter().map(|&n| big(n)).collect()))
}

// ----- descriptors -----

/// `open(path, flags, mode=0o777, *, dir_fd=None)`: a descriptor.
fn open(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let p = fspath(
        vm,
        required(a, kw, 0, "path", "open")?,
        "open",
        "path",
        false,
    )?;
    let flags = int_arg(vm, required(a, kw, 1, "flags", "open")?)? as i32;
    let mode = match arg(a, kw, 2, "mode") {
        Some(m) => int_arg(vm, m)? as u32,
        None => 0o777,
    };
    let fd = sys::open(&p.c()?, flags, mode).map_err(|e| error(&e, Some(&p.orig), None))?;
    Ok(Value::Int(fd as i64))
}

fn read(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, required(a, kw, 0, "fd", "read")?)?;
    let n = int_arg(vm, required(a, kw, 1, "length", "read")?)?;
    if n < 0 {
        return Err(PyErr::value_error("negative length"));
    }
    let mut buf = Vec::new();
    // A length is a request, not a promise: cap the buffer at what a
    // read can return at once on Linux.
    let n = (n as usize).min(0x7fff_f000);
    if buf.try_reserve_exact(n).is_err() {
        return Err(whirl_vm::error::memory_error());
    }
    buf.resize(n, 0);
    let got = sys::read(fd, &mut buf).map_err(|e| error(&e, None, None))?;
    buf.truncate(got);
    Ok(Value::Bytes(Rc::new(buf)))
}

fn write(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, required(a, kw, 0, "fd", "write")?)?;
    let data = required(a, kw, 1, "data", "write")?;
    let Some(bytes) = whirl_vm::memoryview::buffer_bytes(data) else {
        return Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(data)
        )));
    };
    let n = sys::write(fd, &bytes).map_err(|e| error(&e, None, None))?;
    Ok(Value::Int(n as i64))
}

fn close(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, required(a, kw, 0, "fd", "close")?)?;
    sys::close(fd).map_err(|e| error(&e, None, None))?;
    none()
}

fn lseek(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, required(a, kw, 0, "fd", "lseek")?)?;
    let pos = int_arg(vm, required(a, kw, 1, "position", "lseek")?)?;
    let how = int_arg(vm, required(a, kw, 2, "whence", "lseek")?)? as i32;
    let r = sys::lseek(fd, pos, how).map_err(|e| error(&e, None, None))?;
    Ok(Value::Int(r))
}

fn pipe(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let (r, w) = sys::pipe().map_err(|e| error(&e, None, None))?;
    Ok(Value::tuple(vec![
        Value::Int(r as i64),
        Value::Int(w as i64),
    ]))
}

fn dup(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, required(a, kw, 0, "fd", "dup")?)?;
    let r = sys::dup(fd).map_err(|e| error(&e, None, None))?;
    Ok(Value::Int(r as i64))
}

fn dup2(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, required(a, kw, 0, "fd", "dup2")?)?;
    let fd2 = fd_arg(vm, required(a, kw, 1, "fd2", "dup2")?)?;
    let inh = flag(vm, a, kw, 2, "inheritable", true)?;
    let r = sys::dup2(fd, fd2, inh).map_err(|e| error(&e, None, None))?;
    Ok(Value::Int(r as i64))
}

fn fsync(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let v = required(a, kw, 0, "fd", "fsync")?;
    let fd = match v {
        Value::Int(_) | Value::Bool(_) => fd_arg(vm, v)?,
        _ => {
            let Ok(m) = vm.getattr(v, &whirl_vm::str::intern("fileno")) else {
                return Err(PyErr::type_error(
                    "argument must be an int, or have a fileno() method.",
                ));
            };
            let n = vm.call(&m, vec![])?;
            fd_arg(vm, &n)?
        }
    };
    sys::fsync(fd).map_err(|e| error(&e, None, None))?;
    none()
}

fn isatty(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, required(a, kw, 0, "fd", "isatty")?)?;
    Ok(Value::Bool(sys::isatty(fd)))
}

fn get_inheritable(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, required(a, kw, 0, "fd", "get_inheritable")?)?;
    let f = sys::get_flags(fd, false).map_err(|e| error(&e, None, None))?;
    Ok(Value::Bool(f & libc::FD_CLOEXEC == 0))
}

fn set_inheritable(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, required(a, kw, 0, "fd", "set_inheritable")?)?;
    let on = vm.truthy(required(a, kw, 1, "inheritable", "set_inheritable")?)?;
    let f = sys::get_flags(fd, false).map_err(|e| error(&e, None, None))?;
    let f = if on {
        f & !libc::FD_CLOEXEC
    } else {
        f | libc::FD_CLOEXEC
    };
    sys::set_flags(fd, false, f).map_err(|e| error(&e, None, None))?;
    none()
}

fn get_blocking(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, required(a, kw, 0, "fd", "get_blocking")?)?;
    let f = sys::get_flags(fd, true).map_err(|e| error(&e, None, None))?;
    Ok(Value::Bool(f & libc::O_NONBLOCK == 0))
}

fn set_blocking(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, required(a, kw, 0, "fd", "set_blocking")?)?;
    let on = vm.truthy(required(a, kw, 1, "blocking", "set_blocking")?)?;
    let f = sys::get_flags(fd, true).map_err(|e| error(&e, None, None))?;
    let f = if on {
        f & !libc::O_NONBLOCK
    } else {
        f | libc::O_NONBLOCK
    };
    sys::set_flags(fd, true, f).map_err(|e| error(&e, None, None))?;
    none()
}

fn get_terminal_size(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let fd = match arg(a, kw, 0, "fd") {
        Some(v) => fd_arg(vm, v)?,
        None => 1,
    };
    let (c, l) = sys::terminal_size(fd).map_err(|e| error(&e, None, None))?;
    Ok(Value::tuple(vec![
        Value::Int(c as i64),
        Value::Int(l as i64),
    ]))
}

// ----- the process -----

fn putenv(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let k = fspath(
        vm,
        required(a, kw, 0, "name", "putenv")?,
        "putenv",
        "name",
        false,
    )?;
    let v = fspath(
        vm,
        required(a, kw, 1, "value", "putenv")?,
        "putenv",
        "value",
        false,
    )?;
    if k.raw.contains(&b'=') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    if k.raw.is_empty() {
        return Err(error(
            &std::io::Error::from_raw_os_error(libc::EINVAL),
            None,
            None,
        ));
    }
    if k.raw.contains(&0) || v.raw.contains(&0) {
        return Err(PyErr::value_error("embedded null byte"));
    }
    std::env::set_var(k.os(), v.os());
    none()
}

fn unsetenv(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let k = fspath(
        vm,
        required(a, kw, 0, "name", "unsetenv")?,
        "unsetenv",
        "name",
        false,
    )?;
    if k.raw.contains(&b'=') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    if k.raw.is_empty() {
        return Err(error(
            &std::io::Error::from_raw_os_error(libc::EINVAL),
            None,
            None,
        ));
    }
    if k.raw.contains(&0) {
        return Err(PyErr::value_error("embedded null byte"));
    }
    std::env::remove_var(k.os());
    none()
}

/// The environment at this moment, as a dict of str.
fn environ_now(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let d = whirl_vm::gc::new_dict();
    for (k, v) in std::env::vars_os() {
        d.set_str(
            Rc::new(whirl_vm::str::PyStr::new(whirl_vm::codecs::fs_decode(
                k.as_bytes(),
            ))),
            Value::string(whirl_vm::codecs::fs_decode(v.as_bytes())),
        );
    }
    Ok(Value::Dict(d))
}

fn getpid(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(sys::getppid() as i64))
}

fn getuid(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(sys::ids().0 as i64))
}

fn geteuid(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(sys::ids().1 as i64))
}

fn getgid(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(sys::ids().2 as i64))
}

fn getegid(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(sys::ids().3 as i64))
}

fn kill(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let pid = int_arg(vm, required(a, kw, 0, "pid", "kill")?)?;
    let sig = int_arg(vm, required(a, kw, 1, "signal", "kill")?)?;
    let pid = i32::try_from(pid).map_err(|_| {
        PyErr::new(
            ExcType::OverflowError,
            "signed integer is greater than maximum",
        )
    })?;
    let sig = i32::try_from(sig).map_err(|_| {
        PyErr::new(
            ExcType::OverflowError,
            "signed integer is greater than maximum",
        )
    })?;
    sys::kill(pid, sig).map_err(|e| error(&e, None, None))?;
    // A signal sent to ourselves has arrived by now: its Python handler
    // (or KeyboardInterrupt) runs before kill returns, as in CPython.
    if whirl_vm::interrupt::is_requested() {
        whirl_vm::interrupt::check(vm)?;
    }
    none()
}

fn exit_now(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let code = int_arg(vm, required(a, kw, 0, "status", "_exit")?)?;
    use std::io::Write;
    let _ = std::io::stdout().flush();
    sys::exit_now(code as i32)
}

fn umask(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let m = int_arg(vm, required(a, kw, 0, "mask", "umask")?)?;
    Ok(Value::Int(sys::umask(m as u32) as i64))
}

fn cpu_count(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(sys::cpu_count().map(Value::Int).unwrap_or(Value::None))
}

fn uname(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let u = sys::uname().map_err(|e| error(&e, None, None))?;
    Ok(Value::tuple(u.into_iter().map(Value::string).collect()))
}

fn strerror(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let code = int_arg(vm, required(a, kw, 0, "code", "strerror")?)?;
    let code = i32::try_from(code).map_err(|_| {
        PyErr::new(
            ExcType::OverflowError,
            "signed integer is greater than maximum",
        )
    })?;
    Ok(Value::string(strerror_text(code)))
}

/// `os.urandom(size)`: bytes from the kernel's random source.
fn urandom(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    use std::io::Read;
    let n = int_arg(vm, required(a, kw, 0, "size", "urandom")?)?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut out = Vec::new();
    if out.try_reserve_exact(n as usize).is_err() {
        return Err(whirl_vm::error::memory_error());
    }
    out.resize(n as usize, 0);
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut out))
        .map_err(|e| error(&e, None, None))?;
    Ok(Value::Bytes(Rc::new(out)))
}

/// `system(command)`: the wait status of `/bin/sh -c command`.
fn system(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let c = fspath(
        vm,
        required(a, kw, 0, "command", "system")?,
        "system",
        "command",
        false,
    )?;
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let status = sys::system(&c.c()?).map_err(|e| error(&e, None, None))?;
    Ok(Value::Int(status as i64))
}

/// `times()`: the raw fields of `os.times_result`.
fn times(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let t = sys::times().map_err(|e| error(&e, None, None))?;
    Ok(Value::tuple(t.iter().map(|&x| Value::Float(x)).collect()))
}

fn getloadavg(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    match sys::getloadavg() {
        Some(l) => Ok(Value::tuple(l.iter().map(|&x| Value::Float(x)).collect())),
        None => Err(PyErr::new(
            ExcType::OSError,
            "Load averages are unobtainable",
        )),
    }
}

fn mkfifo(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let p = fspath(
        vm,
        required(a, kw, 0, "path", "mkfifo")?,
        "mkfifo",
        "path",
        false,
    )?;
    let mode = match arg(a, kw, 1, "mode") {
        Some(m) => int_arg(vm, m)? as u32,
        None => 0o666,
    };
    sys::mkfifo(&p.c()?, mode).map_err(|e| error(&e, Some(&p.orig), None))?;
    none()
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    let int = |n: &'static str, v: i64| (n, Value::Int(v));
    let module = vm.make_module(
        "posix",
        vec![
            f("stat", stat),
            f("lstat", lstat),
            f("fstat", fstat),
            f("getcwd", getcwd),
            f("getcwdb", getcwdb),
            f("chdir", chdir),
            f("listdir", listdir),
            f("_scandir", scandir_raw),
            f("mkdir", mkdir),
            f("rmdir", rmdir),
            f("remove", remove),
            f("unlink", remove),
            f("rename", rename),
            f("replace", replace),
            f("symlink", symlink),
            f("link", link),
            f("readlink", readlink),
            f("chmod", chmod),
            f("fchmod", fchmod),
            f("utime", utime),
            f("access", access),
            f("truncate", truncate),
            f("ftruncate", ftruncate),
            f("statvfs", statvfs),
            f("open", open),
            f("read", read),
            f("write", write),
            f("close", close),
            f("lseek", lseek),
            f("pipe", pipe),
            f("dup", dup),
            f("dup2", dup2),
            f("fsync", fsync),
            f("isatty", isatty),
            f("get_inheritable", get_inheritable),
            f("set_inheritable", set_inheritable),
            f("get_blocking", get_blocking),
            f("set_blocking", set_blocking),
            f("get_terminal_size", get_terminal_size),
            f("putenv", putenv),
            f("unsetenv", unsetenv),
            f("_environ_now", environ_now),
            f("getpid", getpid),
            f("getppid", getppid),
            f("getuid", getuid),
            f("geteuid", geteuid),
            f("getgid", getgid),
            f("getegid", getegid),
            f("kill", kill),
            f("_exit", exit_now),
            f("umask", umask),
            f("cpu_count", cpu_count),
            f("uname", uname),
            f("strerror", strerror),
            f("urandom", urandom),
            f("system", system),
            f("_times", times),
            f("getloadavg", getloadavg),
            f("mkfifo", mkfifo),
            int("F_OK", libc::F_OK as i64),
            int("R_OK", libc::R_OK as i64),
            int("W_OK", libc::W_OK as i64),
            int("X_OK", libc::X_OK as i64),
            int("O_RDONLY", libc::O_RDONLY as i64),
            int("O_WRONLY", libc::O_WRONLY as i64),
            int("O_RDWR", libc::O_RDWR as i64),
            int("O_APPEND", libc::O_APPEND as i64),
            int("O_CREAT", libc::O_CREAT as i64),
            int("O_EXCL", libc::O_EXCL as i64),
            int("O_TRUNC", libc::O_TRUNC as i64),
            int("O_NONBLOCK", libc::O_NONBLOCK as i64),
            int("O_NDELAY", libc::O_NDELAY as i64),
            int("O_SYNC", libc::O_SYNC as i64),
            int("O_DSYNC", libc::O_DSYNC as i64),
            int("O_NOCTTY", libc::O_NOCTTY as i64),
            int("O_CLOEXEC", libc::O_CLOEXEC as i64),
            int("O_DIRECTORY", libc::O_DIRECTORY as i64),
            int("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
            int("O_ACCMODE", libc::O_ACCMODE as i64),
            int("O_TMPFILE", libc::O_TMPFILE as i64),
            int("O_NOATIME", libc::O_NOATIME as i64),
            int("O_PATH", libc::O_PATH as i64),
            int("SEEK_SET", 0),
            int("SEEK_CUR", 1),
            int("SEEK_END", 2),
            int("SEEK_DATA", libc::SEEK_DATA as i64),
            int("SEEK_HOLE", libc::SEEK_HOLE as i64),
            int("EX_OK", 0),
        ],
    );
    Ok(module)
}
