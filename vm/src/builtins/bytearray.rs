//! `bytearray`: mutable bytes. Every method `bytes` has runs the `bytes`
//! method on a snapshot and turns the bytes it returns back into
//! bytearrays (one implementation of each search, split and case
//! method); the mutating sequence methods are written here.

use crate::error::{ExcType, PyErr, PyResult};
use crate::str::{intern, intern_static};
use crate::types::{arg_int, builtin_fn, nargs, Kw};
use crate::value::Value;
use crate::Vm;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use whirl_parser::ast::BinOp;

pub struct PyByteArray {
    pub data: RefCell<Vec<u8>>,
    /// Live memoryviews over the buffer: while any exists, its size is
    /// fixed (BufferError on resizing), as in CPython.
    pub exports: Cell<usize>,
}

pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::ByteArray(Rc::new(PyByteArray {
        data: RefCell::new(data),
        exports: Cell::new(0),
    }))
}

impl PyByteArray {
    /// Fails while a memoryview holds the buffer (a resize would move
    /// the memory the view points into).
    pub fn check_resizable(&self) -> PyResult<()> {
        if self.exports.get() > 0 {
            return Err(PyErr::new(
                ExcType::BufferError,
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        Ok(())
    }
}

/// An int argument that must be a byte value.
pub fn byte_arg(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match v {
        Value::BigInt(_) => i64::MAX,
        Value::Instance(_) => match index_arg(vm, v)? {
            Value::Int(i) => i,
            _ => i64::MAX,
        },
        _ => arg_int(vm, v)?,
    };
    if !(0..256).contains(&n) {
        return Err(PyErr::value_error("byte must be in range(0, 256)"));
    }
    Ok(n as u8)
}

/// An object with `__index__` as the int it gives (ints as themselves);
/// anything else is CPython's TypeError.
pub fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ if vm.dunder(v, "__index__").is_some() => {
            let n = vm.call_method_native(v, "__index__", vec![])?;
            match n {
                Value::Int(_) | Value::BigInt(_) => Ok(n),
                Value::Bool(b) => Ok(Value::Int(b as i64)),
                _ => Err(PyErr::type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.type_name(&n)
                ))),
            }
        }
        _ => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// The bytes of an iterable of ints or of a bytes-like object (for
/// `extend`, slice assignment and the constructor).
pub fn bytes_from_iterable(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::memoryview::buffer_bytes(v) {
        return Ok(b);
    }
    let items = vm.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for x in &items {
        out.push(byte_arg(vm, x)?);
    }
    Ok(out)
}

fn self_bytearray(vm: &Vm, a: &[Value], name: &str) -> PyResult<Rc<PyByteArray>> {
    match a.first() {
        Some(Value::ByteArray(b)) => Ok(b.clone()),
        Some(other) => match crate::object::base_value(other) {
            Some(Value::ByteArray(b)) => Ok(b),
            _ => Err(PyErr::type_error(format!(
                "descriptor '{name}' requires a 'bytearray' object but received a '{}'",
                vm.type_name(other)
            ))),
        },
        None => Err(PyErr::type_error(format!(
            "descriptor '{name}' of 'bytearray' object needs an argument"
        ))),
    }
}

/// Bytes-like arguments as bytes, so the `bytes` method accepts them.
fn as_bytes_arg(v: &Value) -> Value {
    match v {
        Value::ByteArray(_) | Value::MemoryView(_) => match crate::memoryview::buffer_bytes(v) {
            Some(b) => Value::Bytes(Rc::new(b)),
            None => v.clone(),
        },
        Value::Tuple(t) => Value::tuple(t.0.iter().map(as_bytes_arg).collect()),
        other => other.clone(),
    }
}

/// Bytes in a `bytes` method's result become bytearrays.
fn to_bytearray_result(v: Value) -> Value {
    match v {
        Value::Bytes(b) => new_bytearray((*b).clone()),
        Value::List(l) => {
            let items: Vec<Value> =
                l.0.borrow()
                    .iter()
                    .cloned()
                    .map(to_bytearray_result)
                    .collect();
            Value::list(items)
        }
        Value::Tuple(t) => Value::tuple(t.0.iter().cloned().map(to_bytearray_result).collect()),
        other => other,
    }
}

/// Runs `bytes.<name>` on a snapshot of the receiver.
fn via_bytes(vm: &mut Vm, a: &[Value], kw: Kw, name: &str) -> PyResult<Value> {
    let me = self_bytearray(vm, a, name)?;
    let method = vm.types.bytes.dict.get_str(&intern(name));
    let Some(Value::Builtin(f)) = method else {
        return Err(PyErr::type_error(format!(
            "bytearray.{name} is not available"
        )));
    };
    let mut args = vec![Value::Bytes(Rc::new(me.data.borrow().clone()))];
    args.extend(a[1..].iter().map(as_bytes_arg));
    let kwargs: Vec<_> = kw
        .iter()
        .map(|(k, v)| (k.clone(), as_bytes_arg(v)))
        .collect();
    vm.check_native(&f, &args, kwargs.len())?;
    let r = (f.func)(vm, &args, &kwargs)?;
    Ok(if name == "join" || returns_bytes(name) {
        to_bytearray_result(r)
    } else {
        r
    })
}

/// The methods whose results are (made of) copies of the receiver's
/// type; the others return ints, bools or str.
fn returns_bytes(name: &str) -> bool {
    !matches!(
        name,
        "find"
            | "rfind"
            | "index"
            | "rindex"
            | "count"
            | "startswith"
            | "endswith"
            | "decode"
            | "hex"
    ) && !name.starts_with("is")
}

macro_rules! via_bytes_methods {
    ($(($f:ident, $name:literal)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
                via_bytes(vm, a, kw, $name)
            }
        )*
        const VIA_BYTES: &[(&str, crate::function::NativeFn)] = &[$(($name, $f)),*];
    };
}

via_bytes_methods!(
    (replace, "replace"),
    (startswith, "startswith"),
    (endswith, "endswith"),
    (partition, "partition"),
    (rpartition, "rpartition"),
    (ljust, "ljust"),
    (rjust, "rjust"),
    (center, "center"),
    (zfill, "zfill"),
    (splitlines, "splitlines"),
    (removeprefix, "removeprefix"),
    (removesuffix, "removesuffix"),
    (expandtabs, "expandtabs"),
    (find, "find"),
    (rfind, "rfind"),
    (index, "index"),
    (rindex, "rindex"),
    (count, "count"),
    (split, "split"),
    (rsplit, "rsplit"),
    (strip, "strip"),
    (lstrip, "lstrip"),
    (rstrip, "rstrip"),
    (join, "join"),
    (upper, "upper"),
    (lower, "lower"),
    (swapcase, "swapcase"),
    (capitalize, "capitalize"),
    (title, "title"),
    (isalpha, "isalpha"),
    (isdigit, "isdigit"),
    (isalnum, "isalnum"),
    (isspace, "isspace"),
    (isascii, "isascii"),
    (islower, "islower"),
    (isupper, "isupper"),
    (istitle, "istitle"),
    (decode, "decode"),
    (translate, "translate"),
    (hex, "hex"),
);

fn append(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let me = self_bytearray(vm, a, "append")?;
    nargs("append", &a[1..], 1, 1)?;
    let b = byte_arg(vm, &a[1])?;
    me.check_resizable()?;
    me.data.borrow_mut().push(b);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let me = self_bytearray(vm, a, "extend")?;
    nargs("extend", &a[1..], 1, 1)?;
    let src = &a[1];
    let is_iterable = crate::memoryview::buffer_bytes(src).is_some()
        || matches!(
            src,
            Value::List(_)
                | Value::Tuple(_)
                | Value::Range(_)
                | Value::Set(_)
                | Value::Dict(_)
                | Value::Str(_)
                | Value::Iterator(_)
                | Value::Generator(_)
        )
        || vm.dunder(src, "__iter__").is_some()
        || vm.dunder(src, "__getitem__").is_some();
    if !is_iterable {
        return Err(PyErr::type_error(format!(
            "can't extend bytearray with {}",
            vm.type_name(src)
        )));
    }
    let more = bytes_from_iterable(vm, src)?;
    me.check_resizable()?;
    me.data.borrow_mut().extend(more);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let me = self_bytearray(vm, a, "insert")?;
    nargs("insert", &a[1..], 2, 2)?;
    let i = match index_arg(vm, &a[1])? {
        Value::Int(i) => i,
        _ => i64::MAX,
    };
    let b = byte_arg(vm, &a[2])?;
    me.check_resizable()?;
    let mut d = me.data.borrow_mut();
    let n = d.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.insert(at as usize, b);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let me = self_bytearray(vm, a, "pop")?;
    nargs("pop", &a[1..], 0, 1)?;
    let i = match a.get(1) {
        Some(v) => arg_int(vm, v)?,
        None => -1,
    };
    let n = me.data.borrow().len() as i64;
    if n == 0 {
        return Err(PyErr::new(ExcType::IndexError, "pop from empty bytearray"));
    }
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        return Err(PyErr::new(ExcType::IndexError, "pop index out of range"));
    }
    me.check_resizable()?;
    let b = me.data.borrow_mut().remove(at as usize);
    Ok(Value::Int(b as i64))
}

fn remove(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let me = self_bytearray(vm, a, "remove")?;
    nargs("remove", &a[1..], 1, 1)?;
    let b = byte_arg(vm, &a[1])?;
    let pos = me.data.borrow().iter().position(|&c| c == b);
    match pos {
        Some(p) => {
            me.check_resizable()?;
            me.data.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

fn reverse(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let me = self_bytearray(vm, a, "reverse")?;
    me.data.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let me = self_bytearray(vm, a, "clear")?;
    me.check_resizable()?;
    me.data.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let me = self_bytearray(vm, a, "copy")?;
    let d = me.data.borrow().clone();
    Ok(new_bytearray(d))
}

fn fromhex(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    // Called through the class (`bytearray.fromhex(s)`) or an instance.
    let args: Vec<Value> = a
        .iter()
        .filter(|v| !matches!(v, Value::Class(_) | Value::ByteArray(_)))
        .cloned()
        .collect();
    let out = to_bytearray_result(crate::bytes::fromhex(vm, &args, kw)?);
    match a.first() {
        Some(cls @ Value::Class(c)) if !Rc::ptr_eq(c, &vm.types.bytearray) => {
            vm.call(cls, vec![out])
        }
        _ => Ok(out),
    }
}

fn maketrans(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Builtin(f)) = vm.types.bytes.dict.get_str(&intern_static("maketrans")) else {
        return Err(PyErr::type_error("bytearray.maketrans is not available"));
    };
    let args: Vec<Value> = a.iter().map(as_bytes_arg).collect();
    (f.func)(vm, &args, kw)
}

fn alloc(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let me = self_bytearray(vm, a, "__alloc__")?;
    let n = me.data.borrow().capacity().max(me.data.borrow().len() + 1);
    Ok(Value::Int(n as i64))
}

/// `bytearray(...)`: as `bytes(...)`, mutable.
/// CPython's checks of `bytes()`/`bytearray()`'s source, encoding and
/// errors before any conversion: the text arguments must be str, and go
/// with a str source only.
pub(crate) fn check_encoding_args(vm: &Vm, name: &str, a: &[Value], kw: Kw) -> PyResult<()> {
    let get = |i: usize, key: &str| {
        a.get(i)
            .or_else(|| kw.iter().find(|(k, _)| k.as_str() == key).map(|(_, v)| v))
    };
    let (source, encoding, errors) = (get(0, "source"), get(1, "encoding"), get(2, "errors"));
    let text = |v: &Value| {
        matches!(v, Value::Str(_)) || matches!(crate::object::base_value(v), Some(Value::Str(_)))
    };
    for (what, v) in [("encoding", encoding), ("errors", errors)] {
        if let Some(v) = v {
            if !text(v) {
                return Err(PyErr::type_error(format!(
                    "{name}() argument '{what}' must be str, not {}",
                    vm.type_name(v)
                )));
            }
        }
    }
    let is_str = source.is_some_and(text);
    if is_str {
        // A str alone is left to the constructor (a subclass's __bytes__
        // answers before CPython's "without an encoding").
        if encoding.is_none() && errors.is_some() {
            return Err(PyErr::type_error("string argument without an encoding"));
        }
    } else if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    } else if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    Ok(())
}

pub(crate) fn bytearray_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    nargs("bytearray", a, 0, 3)?;
    check_encoding_args(vm, "bytearray", a, kw)?;
    let mut args = a.to_vec();
    for (k, v) in kw {
        match k.as_str() {
            "source" if args.is_empty() => args.push(v.clone()),
            "encoding" | "errors" => {
                if args.is_empty() {
                    return Err(PyErr::type_error("encoding without a string argument"));
                }
                args.push(v.clone());
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for bytearray()"
                )))
            }
        }
    }
    let data = match args.first() {
        None => vec![],
        Some(Value::Str(_)) if args.len() < 2 => {
            return Err(PyErr::type_error("string argument without an encoding"))
        }
        Some(Value::Str(_)) => {
            let enc = vm.call_method_native(&args[0], "encode", args[1..].to_vec())?;
            crate::memoryview::buffer_bytes(&enc).unwrap_or_default()
        }
        Some(_) if args.len() > 1 => {
            return Err(PyErr::type_error("encoding without a string argument"))
        }
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
            let Value::Bytes(b) =
                crate::builtins::bytes::bytes_new(vm, std::slice::from_ref(v), &[])?
            else {
                return Err(PyErr::type_error("bytearray() failed"));
            };
            (*b).clone()
        }
        Some(v) => {
            if let Some(b) = crate::memoryview::buffer_bytes(v) {
                b
            } else if let Some(data) = crate::memoryview::buffer_of_instance(vm, v)? {
                crate::memoryview::buffer_bytes(&data).unwrap_or_default()
            } else if vm.dunder(v, "__index__").is_some() {
                let n = vm.call_method_native(v, "__index__", vec![])?;
                return bytearray_new(vm, &[n], &[]);
            } else {
                let hint = vm.length_hint(v).map_err(|_| {
                    PyErr::type_error(format!(
                        "cannot convert '{}' object to bytearray",
                        vm.type_name(v)
                    ))
                })?;
                crate::error::check_alloc(hint)?;
                bytes_from_iterable(vm, v)?
            }
        }
    };
    Ok(new_bytearray(data))
}

/// `bytearray.__init__(self, source=b'', encoding=..., errors=...)`:
/// refills an existing bytearray with what `bytearray(...)` would hold
/// (a subclass's `super().__init__(...)` fills its instance this way).
fn bytearray_init(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let me = self_bytearray(vm, a, "__init__")?;
    let args = &a[1..];
    // The arguments' count and names are checked before the old contents
    // go; an unfit value (a str without an encoding) leaves it empty.
    nargs("bytearray", args, 0, 3)?;
    if let Some((k, _)) = kw
        .iter()
        .find(|(k, _)| !matches!(k.as_str(), "source" | "encoding" | "errors"))
    {
        return Err(PyErr::type_error(format!(
            "'{}' is an invalid keyword argument for bytearray()",
            k.as_str()
        )));
    }
    me.check_resizable()?;
    me.data.borrow_mut().clear();
    let Value::ByteArray(made) = bytearray_new(vm, args, kw)? else {
        return Err(PyErr::type_error("bytearray() failed"));
    };
    let data = std::mem::take(&mut *made.data.borrow_mut());
    *me.data.borrow_mut() = data;
    Ok(Value::None)
}

pub(crate) fn install(cls: &Rc<crate::class::Class>) {
    for &(name, f) in VIA_BYTES {
        crate::types::add_method(cls, name, f);
    }
    let own: &[(&'static str, crate::function::NativeFn)] = &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("reverse", reverse),
        ("clear", clear),
        ("copy", copy),
        ("__alloc__", alloc),
        ("__init__", bytearray_init),
    ];
    for &(name, f) in own {
        crate::types::add_method(cls, name, f);
    }
    cls.dict
        .set_str(intern_static("fromhex"), builtin_fn("fromhex", fromhex));
    cls.dict.set_str(
        intern_static("maketrans"),
        builtin_fn("maketrans", maketrans),
    );
}

/// `+` and `*` with a bytearray operand (`bytes + bytearray` is bytes,
/// `bytearray + bytes-like` a bytearray); `Ok(None)` when they do not apply.
pub fn sequence_op(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    use crate::memoryview::buffer_bytes;
    match (op, a, b) {
        (BinOp::Add, Value::ByteArray(x), _) => Ok(buffer_bytes(b).map(|y| {
            let mut v = x.data.borrow().clone();
            v.extend(y);
            new_bytearray(v)
        })),
        (BinOp::Add, Value::Bytes(x), Value::ByteArray(_) | Value::MemoryView(_)) => {
            Ok(buffer_bytes(b).map(|y| {
                let mut v = (**x).clone();
                v.extend(y);
                Value::Bytes(Rc::new(v))
            }))
        }
        (BinOp::Mult, Value::ByteArray(x), other) | (BinOp::Mult, other, Value::ByteArray(x)) => {
            let bytes = Value::Bytes(Rc::new(x.data.borrow().clone()));
            let r = if matches!(a, Value::ByteArray(_)) {
                crate::ops::sequence_binop(op, &bytes, other)?
            } else {
                crate::ops::sequence_binop(op, other, &bytes)?
            };
            Ok(r.map(to_bytearray_result))
        }
        _ => Ok(None),
    }
}

impl Vm {
    /// `ba += x` and `ba *= n` change the bytearray itself.
    pub(crate) fn bytearray_inplace(
        &mut self,
        op: BinOp,
        ba: &Rc<PyByteArray>,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        match op {
            BinOp::Add => {
                let Some(more) = crate::memoryview::buffer_bytes(b) else {
                    return Err(PyErr::type_error(format!(
                        "can't concat {} to bytearray",
                        self.type_name(b)
                    )));
                };
                ba.check_resizable()?;
                ba.data.borrow_mut().extend(more);
                Ok(Some(Value::ByteArray(ba.clone())))
            }
            BinOp::Mult if matches!(b, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
                let bytes = Value::Bytes(Rc::new(ba.data.borrow().clone()));
                let Some(Value::Bytes(r)) = crate::ops::sequence_binop(op, &bytes, b)? else {
                    return Ok(None);
                };
                if r.len() != ba.data.borrow().len() {
                    ba.check_resizable()?;
                }
                *ba.data.borrow_mut() = (*r).clone();
                Ok(Some(Value::ByteArray(ba.clone())))
            }
            _ => Ok(None),
        }
    }

    pub(crate) fn bytearray_setitem(
        &mut self,
        ba: &Rc<PyByteArray>,
        key: &Value,
        v: &Value,
    ) -> PyResult<()> {
        if let Value::Slice(s) = key {
            if matches!(
                v,
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Str(_)
            ) {
                return Err(PyErr::type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
            let new = bytes_from_iterable(self, v)?;
            let len = ba.data.borrow().len();
            let (start, _, step, n) = self.slice_indices(s, len)?;
            if step == 1 {
                if new.len() != n {
                    ba.check_resizable()?;
                }
                let start = start as usize;
                ba.data.borrow_mut().splice(start..start + n, new);
            } else {
                if new.is_empty() && n > 0 {
                    // As CPython: an empty value deletes the extended slice.
                    return self.bytearray_delitem(ba, key);
                }
                if new.len() != n {
                    return Err(PyErr::value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        new.len(),
                        n
                    )));
                }
                let mut d = ba.data.borrow_mut();
                for (k, b) in new.into_iter().enumerate() {
                    d[(start + k as i64 * step) as usize] = b;
                }
            }
            return Ok(());
        }
        if !matches!(key, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
            && self.dunder(key, "__index__").is_none()
        {
            return Err(PyErr::type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                self.type_name(key)
            )));
        }
        // The value first (as CPython): its `__index__` may resize the
        // bytearray, and the index is checked against what remains.
        let b = byte_arg(self, v)?;
        let len = ba.data.borrow().len();
        let i = self.index_of(key, len, "bytearray")?;
        let mut d = ba.data.borrow_mut();
        if i >= d.len() {
            return Err(PyErr::new(
                ExcType::IndexError,
                "bytearray index out of range",
            ));
        }
        d[i] = b;
        Ok(())
    }

    pub(crate) fn bytearray_delitem(&mut self, ba: &Rc<PyByteArray>, key: &Value) -> PyResult<()> {
        let len = ba.data.borrow().len();
        if let Value::Slice(s) = key {
            let (start, _, step, n) = self.slice_indices(s, len)?;
            if n == 0 {
                return Ok(());
            }
            ba.check_resizable()?;
            let mut d = ba.data.borrow_mut();
            if step == 1 {
                // One move of the tail (a stream's buffer drops its
                // consumed head this way).
                let start = start as usize;
                d.drain(start..start + n);
                return Ok(());
            }
            // Any other step: one pass keeping the bytes not selected.
            let mut drop = vec![false; d.len()];
            for k in 0..n {
                drop[(start + k as i64 * step) as usize] = true;
            }
            let mut i = 0;
            d.retain(|_| {
                i += 1;
                !drop[i - 1]
            });
            return Ok(());
        }
        let i = self.index_of(key, len, "bytearray")?;
        ba.check_resizable()?;
        let mut d = ba.data.borrow_mut();
        if i >= d.len() {
            return Err(PyErr::new(
                ExcType::IndexError,
                "bytearray index out of range",
            ));
        }
        d.remove(i);
        Ok(())
    }
}
