//! `memoryview` and the buffer protocol the rest of the VM uses to read any
//! bytes-like object (`buffer_bytes`).
//!
//! A view is a window on the memory of an exporter: `bytes`, `bytearray`,
//! another view, or a class written in Python that lends a `bytearray`
//! through `_buffer_export` (the stdlib's `array.array`). It has a struct
//! format, an item size, a shape and strides in bytes, as CPython's views
//! do, so `cast`, multi-dimensional `tolist` and `tobytes(order)` read the
//! same bytes CPython's would.

use crate::error::{ExcType, PyErr, PyResult};
use crate::types::{nargs, Kw};
use crate::value::Value;
use crate::Vm;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// CPython's limit on a view's dimensions (`PyBUF_MAX_NDIM`).
const MAX_NDIM: usize = 64;

pub struct PyMemoryView {
    /// The exporter, as `m.obj` shows it (None once the collector
    /// cleared the view).
    obj: RefCell<Value>,
    /// The memory: a `Value::Bytes` or `Value::ByteArray`.
    buf: Value,
    /// Byte offset of the first item.
    offset: usize,
    pub format: String,
    pub itemsize: usize,
    pub shape: Vec<usize>,
    /// Strides in bytes, one a dimension (negative for reversed slices).
    pub strides: Vec<isize>,
    pub readonly: bool,
    /// The exporter is Python code that copies the memory back after a
    /// write through the view (`_buffer_sync`).
    sync: bool,
    pub released: Cell<bool>,
    /// Counted among its bytearray's exports (a view made into a value;
    /// temporary layouts inside a method are not).
    counted: bool,
    /// The hash, once computed: a released view keeps answering it.
    hash: Cell<Option<u64>>,
    /// Set once a weak reference points here: the drop then tells the
    /// weak reference table (callbacks run at once, as in CPython).
    pub(crate) weakly_referenced: Cell<bool>,
}

/// The item size of a native single-character format ('@' allowed before
/// it), None for formats memoryview cannot cast to.
fn native_itemsize(fmt: &str) -> Option<usize> {
    let f = fmt.strip_prefix('@').unwrap_or(fmt);
    if f.len() != 1 {
        return None;
    }
    Some(match f.as_bytes()[0] {
        b'?' | b'c' | b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    })
}

fn is_byte_format(fmt: &str) -> bool {
    matches!(fmt.strip_prefix('@').unwrap_or(fmt), "b" | "B" | "c")
}

/// The format's code letter, when items of it can be read and written.
fn format_code(fmt: &str) -> PyResult<u8> {
    match native_itemsize(fmt) {
        Some(_) => Ok(*fmt.as_bytes().last().unwrap_or(&b'B')),
        None => Err(PyErr::new(
            ExcType::NotImplementedError,
            format!("memoryview: format {fmt} not supported"),
        )),
    }
}

fn unpack(code: u8, b: &[u8]) -> Value {
    let int = |v: i64| Value::Int(v);
    let uint = |v: u64| match i64::try_from(v) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(BigInt::from(v)),
    };
    let arr = |n: usize| -> [u8; 8] {
        let mut a = [0u8; 8];
        a[..n].copy_from_slice(&b[..n]);
        a
    };
    match code {
        b'b' => int(b[0] as i8 as i64),
        b'B' => int(b[0] as i64),
        b'?' => Value::Bool(b[0] != 0),
        b'c' => Value::Bytes(Rc::new(vec![b[0]])),
        b'h' => int(i16::from_ne_bytes([b[0], b[1]]) as i64),
        b'H' => int(u16::from_ne_bytes([b[0], b[1]]) as i64),
        b'i' => int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'I' => int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'f' => Value::Float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'd' => Value::Float(f64::from_ne_bytes(arr(8))),
        b'l' | b'q' | b'n' => int(i64::from_ne_bytes(arr(8))),
        _ => uint(u64::from_ne_bytes(arr(8))),
    }
}

/// An int for an integer format: None when `v` is no integer.
fn int_item(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    Ok(match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        Value::Instance(_) if vm.dunder(v, "__index__").is_some() => {
            let n = vm.call_method_native(v, "__index__", vec![])?;
            match n {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int_item(vm, &n)?,
                _ => None,
            }
        }
        _ => None,
    })
}

fn float_item(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    Ok(match v {
        Value::Float(f) => Some(*f),
        Value::Int(_) | Value::Bool(_) => crate::ops::to_f64(v),
        Value::BigInt(b) => b.to_f64(),
        Value::Instance(_) => {
            if vm.dunder(v, "__float__").is_some() {
                match vm.call_method_native(v, "__float__", vec![])? {
                    Value::Float(f) => Some(f),
                    _ => None,
                }
            } else if vm.dunder(v, "__index__").is_some() {
                int_item(vm, v)?.and_then(|b| b.to_f64())
            } else {
                None
            }
        }
        _ => None,
    })
}

/// The bytes of one item of `fmt` holding `v`, or CPython's error.
fn pack(vm: &mut Vm, fmt: &str, v: &Value) -> PyResult<Vec<u8>> {
    let code = format_code(fmt)?;
    let bad_type = || PyErr::type_error(format!("memoryview: invalid type for format '{fmt}'"));
    let bad_value = || PyErr::value_error(format!("memoryview: invalid value for format '{fmt}'"));
    Ok(match code {
        b'?' => vec![vm.truthy(v)? as u8],
        b'c' => match v {
            Value::Bytes(b) if b.len() == 1 => vec![b[0]],
            Value::Bytes(_) => return Err(bad_value()),
            _ => return Err(bad_type()),
        },
        b'f' | b'd' => {
            let f = float_item(vm, v)?.ok_or_else(bad_type)?;
            if code == b'f' {
                (f as f32).to_ne_bytes().to_vec()
            } else {
                f.to_ne_bytes().to_vec()
            }
        }
        _ => {
            let n = int_item(vm, v)?.ok_or_else(bad_type)?;
            macro_rules! fit {
                ($t:ty) => {
                    n.to_string()
                        .parse::<$t>()
                        .map_err(|_| bad_value())?
                        .to_ne_bytes()
                        .to_vec()
                };
            }
            match code {
                b'b' => fit!(i8),
                b'B' => fit!(u8),
                b'h' => fit!(i16),
                b'H' => fit!(u16),
                b'i' => fit!(i32),
                b'I' => fit!(u32),
                b'l' | b'q' | b'n' => fit!(i64),
                _ => fit!(u64),
            }
        }
    })
}

fn released_error() -> PyErr {
    PyErr::value_error("operation forbidden on released memoryview object")
}

impl PyMemoryView {
    /// A view of `buf` (bytes or bytearray) as unsigned bytes.
    fn of_bytes(obj: Value, buf: Value, len: usize, readonly: bool, sync: bool) -> PyMemoryView {
        PyMemoryView {
            obj: RefCell::new(obj),
            buf,
            offset: 0,
            format: "B".to_string(),
            itemsize: 1,
            shape: vec![len],
            strides: vec![1],
            readonly,
            sync,
            released: Cell::new(false),
            counted: false,
            hash: Cell::new(None),
            weakly_referenced: Cell::new(false),
        }
    }

    /// A view sharing this one's memory with another layout.
    fn derived(&self, offset: usize, shape: Vec<usize>, strides: Vec<isize>) -> PyMemoryView {
        PyMemoryView {
            obj: RefCell::new(self.exporter()),
            buf: self.buf.clone(),
            offset,
            format: self.format.clone(),
            itemsize: self.itemsize,
            shape,
            strides,
            readonly: self.readonly,
            sync: self.sync,
            released: Cell::new(false),
            counted: false,
            hash: Cell::new(None),
            weakly_referenced: Cell::new(false),
        }
    }

    /// Registers the view as an export of its memory (a bytearray cannot
    /// resize while one is held).
    fn into_value(mut self) -> Value {
        if let Value::ByteArray(b) = &self.buf {
            b.exports.set(b.exports.get() + 1);
            self.counted = true;
        }
        let m = Rc::new(self);
        crate::gc::track_memoryview(&m);
        Value::MemoryView(m)
    }

    /// The exporter (`m.obj`).
    pub fn exporter(&self) -> Value {
        self.obj.borrow().clone()
    }

    pub(crate) fn trace(&self, t: &mut crate::gc::Tracer) {
        if let Ok(o) = self.obj.try_borrow() {
            t.value(&o);
        }
    }

    /// The collector breaks a cycle through the view: released, and the
    /// exporter handed back.
    pub(crate) fn clear(&self, sink: &mut crate::gc::Sink) {
        self.release();
        if let Ok(mut o) = self.obj.try_borrow_mut() {
            sink.value(std::mem::replace(&mut *o, Value::None));
        }
    }

    pub fn readonly(&self) -> bool {
        self.readonly
    }

    pub fn check_released(&self) -> PyResult<()> {
        if self.released.get() {
            return Err(released_error());
        }
        Ok(())
    }

    fn ndim(&self) -> usize {
        self.shape.len()
    }

    fn item_count(&self) -> usize {
        self.shape.iter().product()
    }

    pub fn nbytes(&self) -> usize {
        self.item_count() * self.itemsize
    }

    /// `len(m)`: the first dimension (1 for a 0-dim view, as CPython 3.11).
    pub fn length(&self) -> PyResult<usize> {
        self.check_released()?;
        Ok(self.shape.first().copied().unwrap_or(1))
    }

    fn with_data<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match &self.buf {
            Value::Bytes(b) => f(b),
            Value::ByteArray(b) => f(&b.data.borrow()),
            _ => f(&[]),
        }
    }

    /// Byte offsets of every item, in C (row-major) order.
    fn item_offsets(&self) -> Vec<usize> {
        let n = self.item_count();
        let mut out = Vec::with_capacity(n);
        if n == 0 {
            return out;
        }
        let nd = self.ndim();
        let mut idx = vec![0usize; nd];
        loop {
            let off = self.offset as isize
                + idx
                    .iter()
                    .zip(&self.strides)
                    .map(|(i, s)| *i as isize * s)
                    .sum::<isize>();
            out.push(off as usize);
            let mut d = nd;
            loop {
                if d == 0 {
                    return out;
                }
                d -= 1;
                idx[d] += 1;
                if idx[d] < self.shape[d] {
                    break;
                }
                idx[d] = 0;
            }
        }
    }

    /// The viewed bytes, in C order (what `bytes(m)` gives).
    pub fn contents(&self) -> Vec<u8> {
        let size = self.itemsize;
        if self.is_c_contiguous() {
            let n = self.nbytes();
            return self.with_data(|d| d.get(self.offset..self.offset + n).unwrap_or(&[]).to_vec());
        }
        let offsets = self.item_offsets();
        self.with_data(|d| {
            let mut out = Vec::with_capacity(offsets.len() * size);
            for o in offsets {
                out.extend_from_slice(d.get(o..o + size).unwrap_or(&[]));
            }
            out
        })
    }

    /// The items, unpacked, in C order.
    fn items(&self) -> PyResult<Vec<Value>> {
        let code = format_code(&self.format)?;
        let size = self.itemsize;
        let offsets = self.item_offsets();
        Ok(self.with_data(|d| {
            offsets
                .into_iter()
                .map(|o| unpack(code, &d[o..o + size]))
                .collect()
        }))
    }

    fn item_at(&self, off: usize) -> PyResult<Value> {
        let code = format_code(&self.format)?;
        Ok(self.with_data(|d| unpack(code, &d[off..off + self.itemsize])))
    }

    pub fn release(&self) {
        if !self.released.replace(true) && self.counted {
            if let Value::ByteArray(b) = &self.buf {
                b.exports.set(b.exports.get().saturating_sub(1));
            }
        }
    }

    fn write_bytes(&self, off: usize, bytes: &[u8]) {
        if let Value::ByteArray(b) = &self.buf {
            if let Some(dst) = b.data.borrow_mut().get_mut(off..off + bytes.len()) {
                dst.copy_from_slice(bytes);
            }
        }
    }

    /// After a write: a Python exporter copies its memory back.
    fn synced(&self, vm: &mut Vm) -> PyResult<()> {
        if self.sync {
            let obj = self.exporter();
            vm.call_method_native(&obj, "_buffer_sync", vec![self.buf.clone()])?;
        }
        Ok(())
    }

    fn is_c_contiguous(&self) -> bool {
        if self.item_count() == 0 {
            return true;
        }
        let mut expect = self.itemsize as isize;
        for d in (0..self.ndim()).rev() {
            if self.shape[d] > 1 && self.strides[d] != expect {
                return false;
            }
            expect *= self.shape[d] as isize;
        }
        true
    }

    fn is_f_contiguous(&self) -> bool {
        if self.item_count() == 0 {
            return true;
        }
        let mut expect = self.itemsize as isize;
        for d in 0..self.ndim() {
            if self.shape[d] > 1 && self.strides[d] != expect {
                return false;
            }
            expect *= self.shape[d] as isize;
        }
        true
    }
}

impl Drop for PyMemoryView {
    fn drop(&mut self) {
        self.release();
        if self.weakly_referenced.get() {
            crate::weakref::instance_died(self as *const PyMemoryView as usize);
        }
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
    view_of(vm, &args[0])
}

/// A view of any exporter (`memoryview(obj)`).
pub fn view_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Bytes(b) => {
            Ok(PyMemoryView::of_bytes(v.clone(), v.clone(), b.len(), true, false).into_value())
        }
        Value::ByteArray(b) => {
            let n = b.data.borrow().len();
            Ok(PyMemoryView::of_bytes(v.clone(), v.clone(), n, false, false).into_value())
        }
        Value::MemoryView(m) => {
            m.check_released()?;
            let mut copy = m.derived(m.offset, m.shape.clone(), m.strides.clone());
            copy.format = m.format.clone();
            Ok(copy.into_value())
        }
        Value::Instance(_) => match crate::object::base_value(v) {
            Some(b @ (Value::Bytes(_) | Value::ByteArray(_))) => {
                let n = buffer_bytes(&b).map_or(0, |d| d.len());
                let ro = matches!(b, Value::Bytes(_));
                Ok(PyMemoryView::of_bytes(v.clone(), b, n, ro, false).into_value())
            }
            Some(_) => Err(not_bytes_like(vm, v)),
            None => exported_view(vm, v),
        },
        _ => Err(not_bytes_like(vm, v)),
    }
}

/// A view of a class written in Python: `_buffer_export()` lends a
/// bytearray and names its format (`array.array`); a `__buffer__` method
/// alone gives a read-only copy of its bytes.
fn exported_view(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let export = crate::str::intern_static("_buffer_export");
    if let Ok(method) = vm.getattr(v, &export) {
        let r = vm.call(&method, vec![])?;
        if let Value::Tuple(t) = &r {
            if let [buf @ Value::ByteArray(b), Value::Str(fmt), Value::Int(size)] = &t.0[..] {
                let n = b.data.borrow().len();
                let size = (*size).max(1) as usize;
                let mut m = PyMemoryView::of_bytes(v.clone(), buf.clone(), n / size, false, true);
                m.format = fmt.as_str().to_string();
                m.itemsize = size;
                m.strides = vec![size as isize];
                return Ok(m.into_value());
            }
        }
    }
    match buffer_of_instance(vm, v)? {
        Some(data) => {
            let n = buffer_bytes(&data).map_or(0, |d| d.len());
            let bytes = Value::Bytes(Rc::new(buffer_bytes(&data).unwrap_or_default()));
            Ok(PyMemoryView::of_bytes(v.clone(), bytes, n, true, false).into_value())
        }
        None => Err(not_bytes_like(vm, v)),
    }
}

/// The bytes of any bytes-like object (an exporter written in Python, as
/// `array.array`, included), or CPython's TypeError for anything else.
pub fn bytes_like(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_bytes(v) {
        return Ok(b);
    }
    if let Some(data) = buffer_of_instance(vm, v)? {
        return Ok(buffer_bytes(&data).unwrap_or_default());
    }
    Err(PyErr::type_error(format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(v)
    )))
}

/// The bytes an instance of a class written in Python exports through a
/// `__buffer__` method (the stdlib's `array.array` does): None for every
/// other object. Off the path of bytes, bytearray and memoryview.
pub fn buffer_of_instance(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if !matches!(v, Value::Instance(_)) || crate::object::base_value(v).is_some() {
        return Ok(None);
    }
    let name = crate::str::intern_static("__buffer__");
    let Ok(method) = vm.getattr(v, &name) else {
        return Ok(None);
    };
    let data = vm.call(&method, vec![Value::Int(0)])?;
    Ok(match data {
        Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_) => Some(data),
        _ => None,
    })
}

fn not_bytes_like(vm: &Vm, v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        vm.type_name(v)
    ))
}

/// One index into dimension `dim` (0-based) of length `n`.
fn index(vm: &mut Vm, key: &Value, n: usize, dim: usize) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(PyErr::new(
                ExcType::IndexError,
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        Value::Instance(_) if vm.dunder(key, "__index__").is_some() => {
            let v = vm.call_method_native(key, "__index__", vec![])?;
            return index(vm, &v, n, dim);
        }
        _ => return Err(PyErr::type_error("memoryview: invalid slice key")),
    };
    let at = if i < 0 { i + n as i64 } else { i };
    if at < 0 || at >= n as i64 {
        return Err(PyErr::new(
            ExcType::IndexError,
            format!("index out of bounds on dimension {}", dim + 1),
        ));
    }
    Ok(at as usize)
}

/// The byte offset of the item a full tuple of indices (or one index of a
/// one-dimensional view) names.
fn item_offset(vm: &mut Vm, m: &PyMemoryView, keys: &[Value]) -> PyResult<usize> {
    if keys.len() < m.ndim() {
        return Err(PyErr::new(
            ExcType::NotImplementedError,
            "sub-views are not implemented",
        ));
    }
    if keys.len() > m.ndim() {
        return Err(PyErr::type_error(format!(
            "cannot index {}-dimension view with {}-element tuple",
            m.ndim(),
            keys.len()
        )));
    }
    let mut off = m.offset as isize;
    for (d, k) in keys.iter().enumerate() {
        let i = index(vm, k, m.shape[d], d)?;
        // Checked again after the indices ran Python code (`__index__`).
        m.check_released()?;
        off += i as isize * m.strides[d];
    }
    Ok(off as usize)
}

fn is_index_like(vm: &Vm, k: &Value) -> bool {
    matches!(k, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
        || (matches!(k, Value::Instance(_)) && vm.dunder(k, "__index__").is_some())
}

/// The view of a slice of the first dimension.
fn sliced(vm: &mut Vm, m: &PyMemoryView, s: &crate::value::PySlice) -> PyResult<PyMemoryView> {
    let (start, _, step, n) = vm.slice_indices(s, m.shape[0])?;
    m.check_released()?;
    let mut shape = m.shape.clone();
    let mut strides = m.strides.clone();
    let offset = m.offset as isize + start as isize * m.strides[0];
    shape[0] = n;
    strides[0] = m.strides[0] * step as isize;
    let offset = if n == 0 {
        m.offset
    } else {
        offset.max(0) as usize
    };
    Ok(m.derived(offset, shape, strides))
}

pub(crate) fn getitem(vm: &mut Vm, m: &Rc<PyMemoryView>, key: &Value) -> PyResult<Value> {
    m.check_released()?;
    if m.ndim() == 0 {
        return match key {
            Value::Tuple(t) if t.0.is_empty() => m.item_at(m.offset),
            Value::Ellipsis => Ok(Value::MemoryView(m.clone())),
            _ => Err(PyErr::type_error("invalid indexing of 0-dim memory")),
        };
    }
    match key {
        Value::Slice(s) => Ok(sliced(vm, m, s)?.into_value()),
        Value::Ellipsis => Ok(Value::MemoryView(m.clone())),
        Value::Tuple(t) => {
            if t.0.iter().all(|k| is_index_like(vm, k)) {
                let off = item_offset(vm, m, &t.0)?;
                m.item_at(off)
            } else if t.0.iter().all(|k| matches!(k, Value::Slice(_))) {
                Err(PyErr::new(
                    ExcType::NotImplementedError,
                    "multi-dimensional slicing is not implemented",
                ))
            } else {
                Err(PyErr::type_error("memoryview: invalid slice key"))
            }
        }
        _ if is_index_like(vm, key) => {
            if m.ndim() > 1 {
                return Err(PyErr::new(
                    ExcType::NotImplementedError,
                    "multi-dimensional sub-views are not implemented",
                ));
            }
            let off = item_offset(vm, m, std::slice::from_ref(key))?;
            m.item_at(off)
        }
        _ => Err(PyErr::type_error("memoryview: invalid slice key")),
    }
}

pub(crate) fn setitem(vm: &mut Vm, m: &Rc<PyMemoryView>, key: &Value, v: &Value) -> PyResult<()> {
    m.check_released()?;
    if m.readonly {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    }
    if m.ndim() == 0 {
        return match key {
            Value::Tuple(t) if t.0.is_empty() => store(vm, m, m.offset, v),
            Value::Ellipsis => store(vm, m, m.offset, v),
            _ => Err(PyErr::type_error("invalid indexing of 0-dim memory")),
        };
    }
    match key {
        Value::Slice(s) => {
            if m.ndim() != 1 {
                return Err(PyErr::new(
                    ExcType::NotImplementedError,
                    "memoryview slice assignments are currently restricted to ndim = 1",
                ));
            }
            let dest = sliced(vm, m, s)?;
            let src = match v {
                Value::MemoryView(src) => {
                    src.check_released()?;
                    src.clone()
                }
                _ => match view_of(vm, v) {
                    Ok(Value::MemoryView(src)) => src,
                    _ => {
                        return Err(PyErr::type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            vm.type_name(v)
                        )))
                    }
                },
            };
            let same_format = src.format.strip_prefix('@').unwrap_or(&src.format)
                == dest.format.strip_prefix('@').unwrap_or(&dest.format);
            if !same_format || src.shape != dest.shape || src.itemsize != dest.itemsize {
                return Err(PyErr::value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            let data = src.contents();
            let size = dest.itemsize;
            for (k, off) in dest.item_offsets().into_iter().enumerate() {
                m.write_bytes(off, &data[k * size..(k + 1) * size]);
            }
            m.synced(vm)
        }
        Value::Ellipsis if m.ndim() == 1 => Err(PyErr::new(
            ExcType::NotImplementedError,
            "memoryview slice assignments are currently restricted to ndim = 1",
        )),
        Value::Tuple(t) => {
            if t.0.iter().all(|k| is_index_like(vm, k)) {
                let off = item_offset(vm, m, &t.0)?;
                store(vm, m, off, v)
            } else if t.0.iter().all(|k| matches!(k, Value::Slice(_))) {
                Err(PyErr::new(
                    ExcType::NotImplementedError,
                    "memoryview slice assignments are currently restricted to ndim = 1",
                ))
            } else {
                Err(PyErr::type_error("memoryview: invalid slice key"))
            }
        }
        _ if is_index_like(vm, key) => {
            if m.ndim() > 1 {
                return Err(PyErr::new(
                    ExcType::NotImplementedError,
                    "sub-views are not implemented",
                ));
            }
            let off = item_offset(vm, m, std::slice::from_ref(key))?;
            store(vm, m, off, v)
        }
        _ => Err(PyErr::type_error("memoryview: invalid slice key")),
    }
}

fn store(vm: &mut Vm, m: &PyMemoryView, off: usize, v: &Value) -> PyResult<()> {
    let bytes = pack(vm, &m.format, v)?;
    m.check_released()?;
    m.write_bytes(off, &bytes);
    m.synced(vm)
}

pub fn hash(m: &PyMemoryView) -> PyResult<u64> {
    if let Some(h) = m.hash.get() {
        return Ok(h);
    }
    m.check_released()?;
    if !m.readonly {
        return Err(PyErr::value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(&m.format) {
        return Err(PyErr::value_error(
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
        ));
    }
    let h = crate::str::hash_bytes(&m.contents());
    m.hash.set(Some(h));
    Ok(h)
}

/// The items compared by `==`, with the layout: None when a format cannot
/// be read (the views are then unequal).
fn comparable(m: &PyMemoryView) -> Option<(Vec<usize>, Vec<Value>)> {
    if m.released.get() {
        return None;
    }
    Some((m.shape.clone(), m.items().ok()?))
}

/// `m == other` for a view and another exporter.
pub fn eq(vm: &mut Vm, m: &Rc<PyMemoryView>, other: &Value) -> PyResult<bool> {
    // The same view is equal to itself only once released: before, its
    // items compare (a NaN makes it unequal to itself, as in CPython).
    if let Value::MemoryView(o) = other {
        if Rc::ptr_eq(m, o) && m.released.get() {
            return Ok(true);
        }
    }
    let other_view = match other {
        Value::MemoryView(o) => o.clone(),
        Value::Bytes(_) | Value::ByteArray(_) | Value::Instance(_) => match view_of(vm, other) {
            Ok(Value::MemoryView(o)) => o,
            _ => return Ok(false),
        },
        _ => return Ok(false),
    };
    let r = match (comparable(m), comparable(&other_view)) {
        (Some((sa, ia)), Some((sb, ib))) => {
            sa == sb && ia.len() == ib.len() && {
                let mut same = true;
                for (x, y) in ia.iter().zip(&ib) {
                    if !crate::ops::native_eq(x, y).unwrap_or(false) {
                        same = false;
                        break;
                    }
                }
                same
            }
        }
        _ => false,
    };
    if !matches!(other, Value::MemoryView(_)) {
        other_view.release();
    }
    Ok(r)
}

/// `==` without the VM, for views over bytes and bytearrays (the common
/// case); None when the other side is Python code's to answer.
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    let (m, other) = match (a, b) {
        (Value::MemoryView(m), o) | (o, Value::MemoryView(m)) => (m, o),
        _ => return None,
    };
    if let Value::MemoryView(o) = other {
        if Rc::ptr_eq(m, o) && m.released.get() {
            return Some(true);
        }
    }
    let (sb, ib) = match other {
        Value::MemoryView(o) => comparable(o)?,
        Value::Bytes(_) | Value::ByteArray(_) => {
            let data = buffer_bytes(other)?;
            (
                vec![data.len()],
                data.into_iter().map(|x| Value::Int(x as i64)).collect(),
            )
        }
        Value::Instance(_) => return None,
        _ => return Some(false),
    };
    let Some((sa, ia)) = comparable(m) else {
        return Some(false);
    };
    Some(
        sa == sb
            && ia.len() == ib.len()
            && ia
                .iter()
                .zip(&ib)
                .all(|(x, y)| crate::ops::native_eq(x, y).unwrap_or(false)),
    )
}

/// The data attributes (`m.nbytes`, `m.readonly`, ...); a released view
/// answers none of them.
pub(crate) fn attr(m: &PyMemoryView, name: &str) -> Option<Value> {
    if m.released.get() {
        return None;
    }
    let ints = |v: &[usize]| Value::tuple(v.iter().map(|x| Value::Int(*x as i64)).collect());
    Some(match name {
        "readonly" => Value::Bool(m.readonly),
        "nbytes" => Value::Int(m.nbytes() as i64),
        "format" => Value::str(&m.format),
        "itemsize" => Value::Int(m.itemsize as i64),
        "ndim" => Value::Int(m.ndim() as i64),
        "shape" => ints(&m.shape),
        "strides" => Value::tuple(m.strides.iter().map(|x| Value::Int(*x as i64)).collect()),
        "suboffsets" => Value::tuple(vec![]),
        "obj" => m.exporter(),
        "c_contiguous" => Value::Bool(m.is_c_contiguous()),
        "f_contiguous" => Value::Bool(m.is_f_contiguous()),
        "contiguous" => Value::Bool(m.is_c_contiguous() || m.is_f_contiguous()),
        _ => return None,
    })
}

/// The data attributes, in CPython's order.
pub(crate) const DATA_ATTRS: [&str; 12] = [
    "obj",
    "nbytes",
    "readonly",
    "itemsize",
    "format",
    "ndim",
    "shape",
    "strides",
    "suboffsets",
    "c_contiguous",
    "f_contiguous",
    "contiguous",
];

/// Whether `name` is one of the data attributes a released view refuses.
pub(crate) fn is_data_attr(name: &str) -> bool {
    DATA_ATTRS.contains(&name)
}

pub(crate) fn released_attr_error() -> PyErr {
    released_error()
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

fn tobytes(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let m = self_view(vm, a, "tobytes")?;
    let order = a.get(1).or_else(|| {
        kw.iter()
            .find(|(k, _)| k.as_str() == "order")
            .map(|(_, v)| v)
    });
    let fortran = match order {
        None | Some(Value::None) => false,
        Some(Value::Str(s)) => match s.as_str() {
            "C" => false,
            "F" => true,
            "A" => !m.is_c_contiguous() && m.is_f_contiguous(),
            _ => return Err(PyErr::value_error("order must be 'C', 'F' or 'A'")),
        },
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "tobytes() argument 'order' must be str or None, not {}",
                vm.type_name(other)
            )))
        }
    };
    m.check_released()?;
    if !fortran || m.ndim() <= 1 {
        return Ok(Value::Bytes(Rc::new(m.contents())));
    }
    // Fortran order: the first index varies fastest.
    let rev_shape: Vec<usize> = m.shape.iter().rev().cloned().collect();
    let rev_strides: Vec<isize> = m.strides.iter().rev().cloned().collect();
    let transposed = m.derived(m.offset, rev_shape, rev_strides);
    let data = transposed.contents();
    Ok(Value::Bytes(Rc::new(data)))
}

fn nested_list(items: &mut std::vec::IntoIter<Value>, shape: &[usize]) -> Value {
    match shape {
        [] => items.next().unwrap_or(Value::None),
        [n] => Value::list(items.by_ref().take(*n).collect()),
        [n, rest @ ..] => Value::list((0..*n).map(|_| nested_list(items, rest)).collect()),
    }
}

fn tolist(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let m = self_view(vm, a, "tolist")?;
    m.check_released()?;
    let items = m.items()?;
    Ok(nested_list(&mut items.into_iter(), &m.shape))
}

/// The items of a one-dimensional view, for iteration.
pub(crate) fn iter_items(m: &PyMemoryView) -> PyResult<Vec<Value>> {
    m.check_released()?;
    match m.ndim() {
        0 => Err(PyErr::type_error("invalid indexing of 0-dim memory")),
        1 => m.items(),
        _ => Err(PyErr::new(
            ExcType::NotImplementedError,
            "multi-dimensional sub-views are not implemented",
        )),
    }
}

fn hex(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let m = self_view(vm, a, "hex")?;
    m.check_released()?;
    let mut args = vec![Value::Bytes(Rc::new(m.contents()))];
    args.extend(a[1..].iter().cloned());
    crate::bytes::bytes_hex(vm, &args, kw)
}

fn release(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let m = self_view(vm, a, "release")?;
    m.release();
    Ok(Value::None)
}

fn toreadonly(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let m = self_view(vm, a, "toreadonly")?;
    m.check_released()?;
    let mut view = m.derived(m.offset, m.shape.clone(), m.strides.clone());
    view.readonly = true;
    view.sync = false;
    Ok(view.into_value())
}

fn cast(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let m = self_view(vm, a, "cast")?;
    let mut format = a.get(1);
    let mut shape = a.get(2);
    for (k, v) in kw {
        match k.as_str() {
            "format" if format.is_none() => format = Some(v),
            "shape" if shape.is_none() => shape = Some(v),
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for cast()"
                )))
            }
        }
    }
    if a.len() > 3 {
        return Err(PyErr::type_error(format!(
            "cast() takes at most 2 arguments ({} given)",
            a.len() - 1
        )));
    }
    let fmt = match format {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "cast() argument 'format' must be str, not {}",
                vm.type_name(other)
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "cast() missing required argument 'format' (pos 1)",
            ))
        }
    };
    m.check_released()?;
    if !m.is_c_contiguous() {
        return Err(PyErr::type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    let shape_items = match shape {
        None | Some(Value::None) => None,
        Some(Value::List(l)) => Some(l.0.borrow().clone()),
        Some(Value::Tuple(t)) => Some(t.0.to_vec()),
        Some(_) => return Err(PyErr::type_error("shape must be a list or a tuple")),
    };
    if (shape_items.is_some() || m.ndim() != 1) && m.shape.contains(&0) {
        return Err(PyErr::type_error(
            "memoryview: cannot cast view with zeros in shape or strides",
        ));
    }
    if let Some(s) = &shape_items {
        if m.ndim() != 1 && s.len() != 1 {
            return Err(PyErr::type_error(
                "memoryview: cast must be 1D -> ND or ND -> 1D",
            ));
        }
    }
    let Some(itemsize) = native_itemsize(&fmt) else {
        return Err(PyErr::value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if !is_byte_format(&m.format) && !is_byte_format(&fmt) {
        return Err(PyErr::type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = m.nbytes();
    if nbytes % itemsize != 0 {
        return Err(PyErr::type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let new_shape = match shape_items {
        None => vec![nbytes / itemsize],
        Some(items) => {
            if items.len() > MAX_NDIM {
                return Err(PyErr::value_error(
                    "memoryview: number of dimensions must not exceed 64",
                ));
            }
            let mut dims = Vec::with_capacity(items.len());
            let mut product: usize = 1;
            for it in &items {
                let n = match it {
                    Value::Int(n) => *n,
                    Value::Bool(b) => *b as i64,
                    Value::BigInt(b) => b.to_i64().unwrap_or(i64::MAX),
                    _ => {
                        return Err(PyErr::type_error(
                            "memoryview.cast(): elements of shape must be integers",
                        ))
                    }
                };
                if n <= 0 {
                    return Err(PyErr::value_error(
                        "memoryview.cast(): elements of shape must be integers > 0",
                    ));
                }
                product = match product.checked_mul(n as usize) {
                    Some(p) if p <= isize::MAX as usize => p,
                    _ => {
                        return Err(PyErr::value_error(
                            "memoryview.cast(): product(shape) > SSIZE_MAX",
                        ))
                    }
                };
                dims.push(n as usize);
            }
            if product.checked_mul(itemsize) != Some(nbytes) {
                return Err(PyErr::type_error(
                    "memoryview: product(shape) * itemsize != buffer size",
                ));
            }
            dims
        }
    };
    let mut strides = vec![0isize; new_shape.len()];
    let mut step = itemsize as isize;
    for d in (0..new_shape.len()).rev() {
        strides[d] = step;
        step *= new_shape[d] as isize;
    }
    let mut view = m.derived(m.offset, new_shape, strides);
    view.format = fmt;
    view.itemsize = itemsize;
    Ok(view.into_value())
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
        ("cast", cast),
        ("release", release),
        ("toreadonly", toreadonly),
        ("__enter__", enter),
        ("__exit__", exit),
    ];
    for &(name, f) in methods {
        crate::types::add_method(cls, name, f);
    }
}
