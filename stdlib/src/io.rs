//! `_io`: open files as small integer handles, for the Python-level file
//! objects of `stdlib/py/io.py` (`open()`). Writes go straight to the
//! file, so nothing is lost when a file object is dropped unclosed.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::Rc;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::types::{arg_int, builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

thread_local! {
    static FILES: RefCell<(i64, HashMap<i64, File>)> = RefCell::new((3, HashMap::new()));
}

fn closed() -> PyErr {
    PyErr::value_error("I/O operation on closed file.")
}

fn with_file<R>(id: i64, f: impl FnOnce(&mut File) -> std::io::Result<R>) -> PyResult<R> {
    FILES.with(|files| {
        let mut files = files.borrow_mut();
        let file = files.1.get_mut(&id).ok_or_else(closed)?;
        f(file).map_err(|e| PyErr::new(ExcType::OSError, e.to_string()))
    })
}

/// `_io.open(path, mode)`: mode is one of r, w, a, x with an optional +.
fn open(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let path = match a.first() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(other)
            )))
        }
        None => return Err(PyErr::type_error("open() missing required argument 'file'")),
    };
    let mode = a.get(1).and_then(|m| m.as_str()).unwrap_or("r").to_string();
    let plus = mode.contains('+');
    let mut o = OpenOptions::new();
    match mode.chars().next() {
        Some('r') => o.read(true).write(plus),
        Some('w') => o.write(true).create(true).truncate(true).read(plus),
        Some('a') => o.append(true).create(true).read(plus),
        Some('x') => o.write(true).create_new(true).read(plus),
        _ => return Err(PyErr::value_error(format!("invalid mode: '{mode}'"))),
    };
    // Lone surrogates stand for the bytes they escaped (os.fsencode).
    let os_path = std::path::PathBuf::from(
        <std::ffi::OsString as std::os::unix::ffi::OsStringExt>::from_vec(
            whirl_vm::codecs::fs_encode(&path)?,
        ),
    );
    if os_path.is_dir() {
        return Err(PyErr::with_args(
            ExcType::IsADirectoryError,
            vec![
                Value::Int(21),
                Value::str("Is a directory"),
                Value::str(&path),
            ],
        ));
    }
    let file = o
        .open(&os_path)
        .map_err(|e| crate::os::os_error(&e, &path))?;
    let id = FILES.with(|files| {
        let mut files = files.borrow_mut();
        let id = files.0;
        files.0 += 1;
        files.1.insert(id, file);
        id
    });
    Ok(Value::Int(id))
}

fn handle(vm: &Vm, a: &[Value]) -> PyResult<i64> {
    arg_int(vm, a.first().unwrap_or(&Value::None))
}

/// `_io.read(h, n)`: up to n bytes, all the rest when n < 0.
fn read(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let id = handle(vm, a)?;
    let n = match a.get(1) {
        Some(v) if !v.is_none() => arg_int(vm, v)?,
        _ => -1,
    };
    let data = with_file(id, |f| {
        let mut buf = Vec::new();
        if n < 0 {
            f.read_to_end(&mut buf)?;
        } else {
            f.take(n as u64).read_to_end(&mut buf)?;
        }
        Ok(buf)
    })?;
    Ok(Value::Bytes(Rc::new(data)))
}

fn write(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let id = handle(vm, a)?;
    let Some(Value::Bytes(b)) = a.get(1) else {
        return Err(PyErr::type_error("a bytes-like object is required"));
    };
    let b = b.clone();
    with_file(id, |f| f.write_all(&b))?;
    Ok(Value::Int(b.len() as i64))
}

fn seek(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let id = handle(vm, a)?;
    let pos = arg_int(vm, a.get(1).unwrap_or(&Value::Int(0)))?;
    let whence = arg_int(vm, a.get(2).unwrap_or(&Value::Int(0)))?;
    let to = match whence {
        0 => SeekFrom::Start(pos.max(0) as u64),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => {
            return Err(PyErr::value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )))
        }
    };
    Ok(Value::Int(with_file(id, |f| f.seek(to))? as i64))
}

fn tell(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let id = handle(vm, a)?;
    Ok(Value::Int(with_file(id, |f| f.stream_position())? as i64))
}

fn close(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let id = handle(vm, a)?;
    FILES.with(|files| files.borrow_mut().1.remove(&id));
    Ok(Value::None)
}

/// `_io.truncate(h, size)`: the file cut (or zero-extended) to size bytes.
fn truncate(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let id = handle(vm, a)?;
    let size = arg_int(vm, a.get(1).unwrap_or(&Value::Int(0)))?;
    if size < 0 {
        return Err(PyErr::new(ExcType::OSError, "[Errno 22] Invalid argument"));
    }
    with_file(id, |f| f.set_len(size as u64))?;
    Ok(Value::Int(size))
}

/// `_io.fileno(h)`: the operating system's descriptor of the handle.
fn fileno(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    let id = handle(vm, a)?;
    Ok(Value::Int(with_file(id, |f| Ok(f.as_raw_fd()))? as i64))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    Ok(vm.make_module(
        "_io",
        vec![
            f("open", open),
            f("read", read),
            f("write", write),
            f("seek", seek),
            f("tell", tell),
            f("close", close),
            f("truncate", truncate),
            f("fileno", fileno),
        ],
    ))
}
