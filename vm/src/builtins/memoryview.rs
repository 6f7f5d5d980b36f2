//! `memoryview` over `bytes` and `bytearray` (format 'B', one dimension),
//! and the buffer protocol the rest of the VM uses to read any bytes-like
//! object (`buffer_bytes`).

use crate::bytearray::byte_arg;
use crate::error::{ExcType, PyErr, PyResult};
use crate::types::{nargs, Kw};
use crate::value::Value;
use crate::Vm;
use std::cell::Cell;
use std::rc::Rc;

pub struct PyMemoryView {
    /// The exporter: a `Value::Bytes` or `Value::ByteArray`.
    pub obj: Value,
    pub start: usize,
    pub step: isize,
    pub len: usize,
    pub released: Cell<bool>,
}

impl PyMemoryView {
    fn new_view(obj: Value, start: usize, step: isize, len: usize) -> Value {
        if let Value::ByteArray(b) = &obj {
            b.exports.set(b.exports.get() + 1);
        }
        Value::MemoryView(Rc::new(PyMemoryView {
            obj,
            start,
            step,
            len,
            released: Cell::new(false),
        }))
    }

    pub fn readonly(&self) -> bool {
        !matches!(self.obj, Value::ByteArray(_))
    }

    pub fn check_released(&self) -> PyResult<()> {
        if self.released.get() {
            return Err(PyErr::value_error(
                "operation forbidden on released memoryview object",
            ));
        }
        Ok(())
    }

    fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.step) as usize
    }

    /// The viewed bytes, in order.
    pub fn contents(&self) -> Vec<u8> {
        let pick = |data: &[u8]| (0..self.len).map(|i| data[self.offset(i)]).collect();
        match &self.obj {
            Value::Bytes(b) => pick(b),
            Value::ByteArray(b) => pick(&b.data.borrow()),
            _ => Vec::new(),
        }
    }

    pub fn release(&self) {
        if !self.released.replace(true) {
            if let Value::ByteArray(b) = &self.obj {
                b.exports.set(b.exports.get().saturating_sub(1));
            }
        }
    }

    fn write(&self, i: usize, byte: u8) {
        if let Value::ByteArray(b) = &self.obj {
            let at = self.offset(i);
            if let Some(slot) = b.data.borrow_mut().get_mut(at) {
                *slot = byte;
            }
        }
    }
}

impl Drop for PyMemoryView {
    fn drop(&mut self) {
        self.release();
    }
}

/// The bytes of a bytes-like object (bytes, bytearray, an unreleased
/// memoryview); None for anything else.
pub fn buffer_bytes(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some((**b).clone()),
        Value::ByteArray(b) => Some(b.data.borrow().clone()),
        Value::MemoryView(m) if !m.released.get() => Some(m.contents()),
        Value::Instance(_) => match crate::object::base_value(v) {
            Some(b) => buffer_bytes(&b),
            None => None,
        },
        _ => None,
    }
}

pub(crate) fn memoryview_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let mut args = a.to_vec();
    for (k, v) in kw {
        if k.as_str() == "object" && args.is_empty() {
            args.push(v.clone());
        } else {
            return Err(PyErr::type_error(format!(
                "memoryview() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    if args.is_empty() {
        return Err(PyErr::type_error(
            "memoryview() missing required argument 'object' (pos 1)",
        ));
    }
    nargs("memoryview", &args, 1, 1)?;
    if let Some(data) = buffer_of_instance(vm, &args[0])? {
        return view_of(vm, &data);
    }
    view_of(vm, &args[0])
}

/// The bytes an instance of a class written in Python exports through a
/// `__buffer__` method (the stdlib's `array.array` does): None for every
/// other object. Off the path of bytes, bytearray and memoryview.
pub fn buffer_of_instance(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if !matches!(v, Value::Instance(_)) || crate::object::base_value(v).is_some() {
        return Ok(None);
    }
    let name = crate::str::intern("__buffer__");
    let Ok(method) = vm.getattr(v, &name) else {
        return Ok(None);
    };
    let data = vm.call(&method, vec![Value::Int(0)])?;
    Ok(match data {
        Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_) => Some(data),
        _ => None,
    })
}

fn view_of(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Bytes(b) => Ok(PyMemoryView::new_view(v.clone(), 0, 1, b.len())),
        Value::ByteArray(b) => {
            let n = b.data.borrow().len();
            Ok(PyMemoryView::new_view(v.clone(), 0, 1, n))
        }
        Value::MemoryView(m) => {
            m.check_released()?;
            Ok(PyMemoryView::new_view(
                m.obj.clone(),
                m.start,
                m.step,
                m.len,
            ))
        }
        Value::Instance(_) => match crate::object::base_value(v) {
            Some(b @ (Value::Bytes(_) | Value::ByteArray(_))) => view_of(vm, &b),
            _ => Err(not_bytes_like(vm, v)),
        },
        _ => Err(not_bytes_like(vm, v)),
    }
}

fn not_bytes_like(vm: &Vm, v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        vm.type_name(v)
    ))
}

fn index(vm: &mut Vm, m: &PyMemoryView, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(PyErr::new(
                ExcType::IndexError,
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        _ => {
            if vm.dunder(key, "__index__").is_some() {
                crate::types::arg_int(vm, key)?
            } else {
                return Err(PyErr::type_error("memoryview: invalid slice key"));
            }
        }
    };
    let n = m.len as i64;
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        return Err(PyErr::new(
            ExcType::IndexError,
            "index out of bounds on dimension 1",
        ));
    }
    Ok(at as usize)
}

pub(crate) fn getitem(vm: &mut Vm, m: &Rc<PyMemoryView>, key: &Value) -> PyResult<Value> {
    m.check_released()?;
    if let Value::Slice(s) = key {
        let (start, _, step, n) = vm.slice_indices(s, m.len)?;
        let base = m.offset(0) as isize + start as isize * m.step;
        let base = if n == 0 { m.start as isize } else { base };
        return Ok(PyMemoryView::new_view(
            m.obj.clone(),
            base.max(0) as usize,
            m.step * step as isize,
            n,
        ));
    }
    let i = index(vm, m, key)?;
    Ok(Value::Int(m.contents_at(i) as i64))
}

impl PyMemoryView {
    fn contents_at(&self, i: usize) -> u8 {
        let at = self.offset(i);
        match &self.obj {
            Value::Bytes(b) => b[at],
            Value::ByteArray(b) => b.data.borrow()[at],
            _ => 0,
        }
    }
}

pub(crate) fn setitem(vm: &mut Vm, m: &Rc<PyMemoryView>, key: &Value, v: &Value) -> PyResult<()> {
    m.check_released()?;
    if m.readonly() {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    }
    if let Value::Slice(s) = key {
        let (start, _, step, n) = vm.slice_indices(s, m.len)?;
        let Some(src) = buffer_bytes(v) else {
            return Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            )));
        };
        if src.len() != n {
            return Err(PyErr::value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        for (k, b) in src.into_iter().enumerate() {
            m.write((start + k as i64 * step) as usize, b);
        }
        return Ok(());
    }
    let i = index(vm, m, key)?;
    let byte = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => byte_arg(vm, v)
            .map_err(|_| PyErr::value_error("memoryview: invalid value for format 'B'"))?,
        _ => return Err(PyErr::type_error("memoryview: invalid type for format 'B'")),
    };
    m.write(i, byte);
    Ok(())
}

pub fn hash(m: &PyMemoryView) -> PyResult<u64> {
    m.check_released()?;
    if !m.readonly() {
        return Err(PyErr::value_error("cannot hash writable memoryview object"));
    }
    Ok(crate::str::hash_bytes(&m.contents()))
}

/// The data attributes (`m.nbytes`, `m.readonly`, ...).
pub(crate) fn attr(m: &PyMemoryView, name: &str) -> Option<Value> {
    Some(match name {
        "readonly" => Value::Bool(m.readonly()),
        "nbytes" => Value::Int(m.len as i64),
        "format" => Value::str("B"),
        "itemsize" => Value::Int(1),
        "ndim" => Value::Int(1),
        "shape" => Value::tuple(vec![Value::Int(m.len as i64)]),
        "strides" => Value::tuple(vec![Value::Int(m.step as i64)]),
        "suboffsets" => Value::tuple(vec![]),
        "obj" => m.obj.clone(),
        "c_contiguous" | "f_contiguous" | "contiguous" => Value::Bool(m.step == 1 || m.len <= 1),
        _ => return None,
    })
}

fn self_view(vm: &Vm, a: &[Value], name: &str) -> PyResult<Rc<PyMemoryView>> {
    match a.first() {
        Some(Value::MemoryView(m)) => Ok(m.clone()),
        Some(other) => Err(PyErr::type_error(format!(
            "descriptor '{name}' requires a 'memoryview' object but received a '{}'",
            vm.type_name(other)
        ))),
        None => Err(PyErr::type_error(format!(
            "descriptor '{name}' of 'memoryview' object needs an argument"
        ))),
    }
}

fn tobytes(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let m = self_view(vm, a, "tobytes")?;
    m.check_released()?;
    Ok(Value::Bytes(Rc::new(m.contents())))
}

fn tolist(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let m = self_view(vm, a, "tolist")?;
    m.check_released()?;
    Ok(Value::list(
        m.contents()
            .into_iter()
            .map(|b| Value::Int(b as i64))
            .collect(),
    ))
}

fn hex(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let m = self_view(vm, a, "hex")?;
    m.check_released()?;
    let mut args = vec![Value::Bytes(Rc::new(m.contents()))];
    args.extend(a[1..].iter().cloned());
    vm.call_method_native(&args[0].clone(), "hex", args[1..].to_vec())
        .and_then(|r| {
            if kw.is_empty() {
                Ok(r)
            } else {
                Err(PyErr::type_error("hex() takes no keyword arguments"))
            }
        })
}

fn release(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let m = self_view(vm, a, "release")?;
    m.release();
    Ok(Value::None)
}

fn toreadonly(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let m = self_view(vm, a, "toreadonly")?;
    m.check_released()?;
    Ok(PyMemoryView::new_view(
        Value::Bytes(Rc::new(m.contents())),
        0,
        1,
        m.len,
    ))
}

fn enter(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let m = self_view(vm, a, "__enter__")?;
    m.check_released()?;
    Ok(a[0].clone())
}

fn exit(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let m = self_view(vm, a, "__exit__")?;
    m.release();
    Ok(Value::None)
}

pub(crate) fn install(cls: &Rc<crate::class::Class>) {
    let methods: &[(&'static str, crate::function::NativeFn)] = &[
        ("tobytes", tobytes),
        ("tolist", tolist),
        ("hex", hex),
        ("release", release),
        ("toreadonly", toreadonly),
        ("__enter__", enter),
        ("__exit__", exit),
    ];
    for &(name, f) in methods {
        crate::types::add_method(cls, name, f);
    }
}
