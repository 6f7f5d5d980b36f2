//! The builtins (this folder): every builtin type's constructor and methods
//! (`types.rs` makes the classes; one file a type), text formatting,
//! codecs, `exec`/`eval`/`compile`, docstrings and the arity table. This
//! file is the `builtins` module's functions.
//!
//! The `builtins` module: functions every program sees without importing.

pub(crate) mod arity;
pub mod bytearray;
pub(crate) mod bytes;
pub(crate) mod code_replace;
pub mod codecs;
pub mod complex;
pub(crate) mod docstrings;
pub(crate) mod dynamic;
pub mod exception_group;
pub mod format;
pub(crate) mod generic_alias;
pub mod iter;
pub mod memoryview;
pub(crate) mod number_methods;
pub(crate) mod number_rounding;
pub mod oserror;
pub mod types;

// One file a builtin type (its constructor and methods).
pub(crate) mod dict;
pub(crate) mod exception;
pub(crate) mod float;
pub(crate) mod generator;
pub(crate) mod int;
pub mod list;
pub(crate) mod method_new;
pub(crate) mod object;
pub(crate) mod property;
pub(crate) mod range;
pub(crate) mod set;
pub(crate) mod sizeof;
pub(crate) mod str;
pub(crate) mod tuple;

use crate::builtins::list::sort_values;
use crate::class::Class;
use crate::error::{ExcType, PyErr, PyResult};
use crate::function::{Builtin, FastPath, NativeFn};
use crate::iter::{IterState, NativeIter};
use crate::str::{intern, intern_static};
use crate::types::{arg_int, nargs, Kw};
use crate::value::Value;
use crate::Vm;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

fn kwarg<'a>(kw: Kw<'a>, name: &str) -> Option<&'a Value> {
    kw.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v)
}

fn print(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let sep = match kwarg(kw, "sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(o) => {
            return Err(PyErr::type_error(format!(
                "sep must be None or a string, not {}",
                vm.type_name(o)
            )))
        }
    };
    let end = match kwarg(kw, "end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(o) => {
            return Err(PyErr::type_error(format!(
                "end must be None or a string, not {}",
                vm.type_name(o)
            )))
        }
    };
    let file = match kwarg(kw, "file") {
        None | Some(Value::None) => vm.replaced_sys_stream("stdout", "__stdout__"),
        Some(f) => Some(f.clone()),
    };
    if let Some(f) = &file {
        // A Python file object sees each piece written separately, the
        // separators and the end included, as CPython's print does.
        let write = vm.getattr(f, &intern_static("write"))?;
        for (i, v) in a.iter().enumerate() {
            if i > 0 {
                vm.call(&write, vec![Value::string(sep.clone())])?;
            }
            let piece = match v {
                Value::Str(_) => v.clone(),
                other => Value::string(vm.str_of(other)?),
            };
            vm.call(&write, vec![piece])?;
        }
        vm.call(&write, vec![Value::string(end)])?;
    } else {
        use crate::surrogate::contains_surrogate;
        let mut text = String::new();
        // Text with a lone surrogate cannot go to a strict UTF-8 stdout:
        // from the first such piece on, pieces are written one by one, as
        // CPython does, so the error names the position in its piece.
        let mut direct = contains_surrogate(&sep) || contains_surrogate(&end);
        for (i, v) in a.iter().enumerate() {
            if i > 0 {
                if direct {
                    vm.write_out_checked(&sep)?;
                } else {
                    text.push_str(&sep);
                }
            }
            let owned;
            let (piece, surrogates) = match v {
                Value::Str(s) => (s.as_str(), s.has_surrogates()),
                other => {
                    owned = vm.str_of(other)?;
                    (owned.as_str(), contains_surrogate(&owned))
                }
            };
            if surrogates && !direct {
                direct = true;
                vm.write_out(&text);
                text.clear();
            }
            if direct {
                vm.write_out_checked(piece)?;
            } else {
                text.push_str(piece);
            }
        }
        if direct {
            vm.write_out(&text);
            vm.write_out_checked(&end)?;
        } else {
            text.push_str(&end);
            vm.write_out(&text);
        }
    }
    if let Some(fl) = kwarg(kw, "flush") {
        if vm.truthy(fl)? {
            match &file {
                Some(f) => {
                    vm.call_method_native(f, "flush", vec![])?;
                }
                None => vm.flush(),
            }
        }
    }
    Ok(Value::None)
}

pub fn len_of(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.char_len(),
        Value::List(l) => l.0.borrow().len(),
        Value::Tuple(t) => t.0.len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) => s.table.borrow().len(),
        Value::Bytes(b) => b.len(),
        Value::ByteArray(b) => b.data.borrow().len(),
        Value::MemoryView(m) => m.length()?,
        Value::Range(r) => match r.big_len().to_usize() {
            Some(n) if r.big.is_none() || n <= i64::MAX as usize => n,
            _ => {
                return Err(PyErr::new(
                    ExcType::OverflowError,
                    "Python int too large to convert to C ssize_t",
                ))
            }
        },
        Value::Iterator(ni) => match &*ni.state.borrow() {
            IterState::View { dict, .. } => dict.len(),
            _ => {
                return Err(PyErr::type_error(format!(
                    "object of type '{}' has no len()",
                    ni.name
                )))
            }
        },
        Value::Instance(i) if !i.base.is_null() && vm.dunder(v, "__len__").is_none() => {
            let b = i.base.clone();
            len_of(vm, &b)?
        }
        Value::Instance(_) | Value::Class(_) => match vm.dunder(v, "__len__") {
            Some(m) => {
                let r = vm.call(&m, vec![v.clone()])?;
                match r {
                    Value::Int(n) if n >= 0 => n as usize,
                    Value::Int(_) => {
                        return Err(PyErr::value_error("__len__() should return >= 0"))
                    }
                    Value::Bool(b) => b as usize,
                    other => {
                        return Err(PyErr::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            vm.type_name(&other)
                        )))
                    }
                }
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "object of type '{}' has no len()",
                    vm.type_name(v)
                )))
            }
        },
        _ => {
            return Err(PyErr::type_error(format!(
                "object of type '{}' has no len()",
                vm.type_name(v)
            )))
        }
    })
}

fn len(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("len", a, 1, 1)?;
    Ok(Value::Int(len_of(vm, &a[0])? as i64))
}

fn abs(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("abs", a, 1, 1)?;
    Ok(match &a[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(v) => Value::Int(v),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Complex(c) => Value::Float(crate::complex::abs(c)?),
        other => match vm.dunder(other, "__abs__") {
            Some(m) => return vm.call(&m, vec![other.clone()]),
            // A subclass of a builtin number: the absolute value of its value.
            None if crate::object::base_value(other).is_some() => {
                let base = crate::object::base_value(other).unwrap_or(Value::None);
                return abs(vm, &[base], &[]);
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "bad operand type for abs(): '{}'",
                    vm.type_name(other)
                )))
            }
        },
    })
}

fn sum(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    nargs("sum", a, 1, 2)?;
    let mut acc = a
        .get(1)
        .or_else(|| kwarg(kw, "start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(PyErr::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let it = vm.get_iter(a[0].clone())?;
    while let Some(x) = vm.iter_next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) if p.checked_add(*q).is_some() => Value::Int(p + q),
            _ => vm.binary_op(whirl_parser::ast::BinOp::Add, acc, x, false)?,
        };
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, a: &[Value], kw: Kw, want_max: bool) -> PyResult<Value> {
    let name = if want_max { "max" } else { "min" };
    let key = kwarg(kw, "key").cloned().unwrap_or(Value::None);
    let default = kwarg(kw, "default").cloned();
    let items = match a.len() {
        0 => {
            return Err(PyErr::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => vm.collect(&a[0])?,
        _ => a.to_vec(),
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(PyErr::value_error(format!(
                "{name}() arg is an empty sequence"
            ))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = if key.is_none() {
        best.clone()
    } else {
        vm.call(&key, vec![best.clone()])?
    };
    for x in items.into_iter().skip(1) {
        let k = if key.is_none() {
            x.clone()
        } else {
            vm.call(&key, vec![x.clone()])?
        };
        // CPython: min keeps `item < best`, max `item > best`.
        let op = if want_max {
            whirl_parser::ast::CmpOp::Gt
        } else {
            whirl_parser::ast::CmpOp::Lt
        };
        let r = vm.compare(op, &k, &best_key)?;
        let better = vm.truthy(&r)?;
        if better {
            best = x;
            best_key = k;
        }
    }
    Ok(best)
}
fn min(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(vm, a, kw, false)
}
fn max(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(vm, a, kw, true)
}

fn iter(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("iter", a, 1, 2)?;
    if a.len() == 2 {
        return Ok(NativeIter::new(
            "callable_iterator",
            IterState::Callable {
                func: a[0].clone(),
                sentinel: a[1].clone(),
            },
        ));
    }
    vm.get_iter(a[0].clone())
}

fn next(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("next", a, 1, 2)?;
    let it = &a[0];
    let r = match it {
        Value::Generator(g) => {
            let g = g.clone();
            match vm.gen_send(&g, Value::None) {
                Ok(v) => Some(v),
                Err(e) => {
                    if a.len() == 2 {
                        match vm.stop_iteration_value(e) {
                            Ok(_) => None,
                            Err(e) => return Err(e),
                        }
                    } else {
                        return Err(e);
                    }
                }
            }
        }
        Value::Iterator(_) | Value::Instance(_) => {
            if let Value::Instance(_) = it {
                if vm.dunder(it, "__next__").is_none() {
                    return Err(PyErr::type_error(format!(
                        "'{}' object is not an iterator",
                        vm.type_name(it)
                    )));
                }
                if a.len() == 1 {
                    let m = vm.dunder(it, "__next__").unwrap_or_default();
                    return vm.call(&m, vec![it.clone()]);
                }
            }
            vm.iter_next(it)?
        }
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                vm.type_name(other)
            )))
        }
    };
    match r {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::with_args(ExcType::StopIteration, vec![])),
        },
    }
}

fn class_list(v: &Value, fname: &str) -> PyResult<Vec<Rc<Class>>> {
    match v {
        Value::Class(c) => Ok(vec![c.clone()]),
        Value::Tuple(t) => {
            let mut out = Vec::new();
            for x in t.0.iter() {
                // Objects with a check hook were asked already.
                if matches!(x, Value::Instance(_)) && fname == "isinstance" {
                    continue;
                }
                out.extend(class_list(x, fname)?);
            }
            Ok(out)
        }
        _ => Err(PyErr::type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

/// `isinstance(x, spec)` / `issubclass(x, spec)` where spec is an object
/// whose type defines `__instancecheck__` / `__subclasscheck__` (typing's
/// aliases, unions): its answer. None: spec is a class or a tuple.
fn check_hook(vm: &mut Vm, x: &Value, spec: &Value, hook: &'static str) -> PyResult<Option<bool>> {
    let Value::Instance(i) = spec else {
        return Ok(None);
    };
    let Some(f) = i.class.lookup(&crate::str::intern_static(hook)) else {
        return Ok(None);
    };
    // Bound through its descriptor protocol, as CPython's special lookup.
    let f = vm.instance_attr_get(f, spec)?;
    let r = vm.call(&f, vec![x.clone()])?;
    Ok(Some(vm.truthy(&r)?))
}

fn isinstance(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("isinstance", a, 2, 2)?;
    if let Some(r) = check_hook(vm, &a[0], &a[1], "__instancecheck__")? {
        return Ok(Value::Bool(r));
    }
    if let Value::Tuple(t) = &a[1] {
        for spec in t.0.iter() {
            if matches!(spec, Value::Instance(_) | Value::Tuple(_)) {
                let r = isinstance(vm, &[a[0].clone(), spec.clone()], &[])?;
                if vm.truthy(&r)? {
                    return Ok(Value::Bool(true));
                }
            }
        }
    }
    for c in class_list(&a[1], "isinstance")? {
        if vm.instance_check(&a[0], &c)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn issubclass(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("issubclass", a, 2, 2)?;
    if let Some(r) = check_hook(vm, &a[0], &a[1], "__subclasscheck__")? {
        return Ok(Value::Bool(r));
    }
    let classes = class_list(&a[1], "issubclass")?;
    if !matches!(a[0], Value::Class(_)) && !classes.iter().any(|c| c.metaclass.is_some()) {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    }
    for c in classes {
        if vm.subclass_check(&a[0], &c)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn repr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("repr", a, 1, 1)?;
    Ok(Value::string(vm.repr(&a[0])?))
}
fn ascii(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("ascii", a, 1, 1)?;
    Ok(Value::string(crate::format::ascii_escape(&vm.repr(&a[0])?)))
}

fn enumerate(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    nargs("enumerate", a, 1, 2)?;
    let start = match a.get(1).or_else(|| kwarg(kw, "start")) {
        Some(v) => arg_int(vm, v)?,
        None => 0,
    };
    let inner = vm.get_iter(a[0].clone())?;
    Ok(NativeIter::new(
        "enumerate",
        IterState::Enumerate {
            inner,
            count: start,
        },
    ))
}

fn zip(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let mut iters = Vec::new();
    for (i, x) in a.iter().enumerate() {
        iters.push(vm.get_iter(x.clone()).map_err(|_| {
            PyErr::type_error(format!("zip argument #{} must support iteration", i + 1))
        })?);
    }
    Ok(NativeIter::new(
        "zip",
        IterState::Zip {
            iters: iters.into(),
        },
    ))
}

fn map(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for x in &a[1..] {
        iters.push(vm.get_iter(x.clone())?);
    }
    Ok(NativeIter::new(
        "map",
        IterState::Map {
            func: a[0].clone(),
            iters: iters.into(),
        },
    ))
}

fn filter(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("filter", a, 2, 2)?;
    let inner = vm.get_iter(a[1].clone())?;
    Ok(NativeIter::new(
        "filter",
        IterState::Filter {
            func: a[0].clone(),
            inner,
        },
    ))
}

fn reversed(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("reversed", a, 1, 1)?;
    match &a[0] {
        Value::List(l) => {
            let n = l.0.borrow().len();
            Ok(NativeIter::new(
                "list_reverseiterator",
                IterState::ListReversed(l.clone(), n),
            ))
        }
        Value::Range(r) => {
            let n = r.len();
            let last = r.start + (n - 1) * r.step;
            Ok(NativeIter::new(
                "range_iterator",
                IterState::Range {
                    next: last,
                    stop: r.start - r.step,
                    step: -r.step,
                },
            ))
        }
        // Indexed at each step, as CPython's `reversed` does.
        Value::ByteArray(b) => {
            let n = b.data.borrow().len();
            Ok(NativeIter::new(
                "reversed",
                IterState::ByteArrayReversed(b.clone(), n),
            ))
        }
        Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::MemoryView(_) => {
            let mut items = vm.collect(&a[0])?;
            items.reverse();
            Ok(NativeIter::new("reversed", IterState::Items(items, 0)))
        }
        Value::Dict(d) => {
            let mut keys = d.0.borrow().keys();
            keys.reverse();
            Ok(NativeIter::new(
                "dict_reversekeyiterator",
                IterState::Items(keys, 0),
            ))
        }
        Value::Iterator(ni) if matches!(&*ni.state.borrow(), IterState::View { .. }) => {
            dict::reversed_view(ni)
        }
        other => {
            if let Some(m) = vm.dunder(other, "__reversed__") {
                return vm.call(&m, vec![other.clone()]);
            }
            // A subclass of a builtin sequence without its own
            // `__getitem__`: the builtin value's items.
            if let Some(base) = crate::object::base_value(other) {
                if vm.dunder(other, "__getitem__").is_none()
                    && matches!(
                        base,
                        Value::List(_)
                            | Value::Tuple(_)
                            | Value::Str(_)
                            | Value::Bytes(_)
                            | Value::ByteArray(_)
                    )
                {
                    return reversed(vm, &[base], &[]);
                }
            }
            if vm.dunder(other, "__getitem__").is_some() && vm.dunder(other, "__len__").is_some() {
                let n = len_of(vm, other)?;
                let mut items = Vec::with_capacity(n);
                for i in (0..n).rev() {
                    items.push(vm.getitem(other, &Value::Int(i as i64))?);
                }
                return Ok(NativeIter::new("reversed", IterState::Items(items, 0)));
            }
            Err(PyErr::type_error(format!(
                "'{}' object is not reversible",
                vm.type_name(other)
            )))
        }
    }
}

fn sorted(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    nargs("sorted", a, 1, 1)?;
    crate::builtins::list::check_sort_kwargs(kw)?;
    let items = vm.collect_presized(&a[0])?;
    let key = kwarg(kw, "key").cloned().unwrap_or(Value::None);
    let reverse = match kwarg(kw, "reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(Value::list(sort_values(vm, items, &key, reverse)?))
}

fn any(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("any", a, 1, 1)?;
    let it = vm.get_iter(a[0].clone())?;
    while let Some(x) = vm.iter_next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("all", a, 1, 1)?;
    let it = vm.get_iter(a[0].clone())?;
    while let Some(x) = vm.iter_next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// An attribute name argument: a str, or an instance of a str subclass
/// (whose text is the name, as in CPython).
pub(crate) fn attr_name(vm: &Vm, v: &Value) -> PyResult<Rc<crate::str::PyStr>> {
    let text = match v {
        Value::Instance(i) => &i.base,
        other => other,
    };
    match text {
        Value::Str(s) => Ok(intern(s.as_str())),
        _ => Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn hasattr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("hasattr", a, 2, 2)?;
    let n = attr_name(vm, &a[1])?;
    match vm.getattr(&a[0], &n) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) => {
            let inst = vm.materialize(e);
            if vm.is_instance_of_exc(&inst, ExcType::AttributeError) {
                Ok(Value::Bool(false))
            } else {
                Err(PyErr::Raised(inst))
            }
        }
    }
}

fn getattr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("getattr", a, 2, 3)?;
    let n = attr_name(vm, &a[1])?;
    match vm.getattr(&a[0], &n) {
        Ok(v) => Ok(v),
        Err(e) => match a.get(2) {
            Some(d) => {
                let inst = vm.materialize(e);
                if vm.is_instance_of_exc(&inst, ExcType::AttributeError) {
                    Ok(d.clone())
                } else {
                    Err(PyErr::Raised(inst))
                }
            }
            None => Err(e),
        },
    }
}

fn setattr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("setattr", a, 3, 3)?;
    let n = attr_name(vm, &a[1])?;
    vm.setattr(&a[0], &n, a[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("delattr", a, 2, 2)?;
    let n = attr_name(vm, &a[1])?;
    vm.delattr(&a[0], &n)?;
    Ok(Value::None)
}

fn id(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("id", a, 1, 1)?;
    Ok(Value::Int(identity(&a[0])))
}

/// `id(v)`: the object's address; for inline values (small ints, floats,
/// None...) a stable number derived from the value.
pub(crate) fn identity(v: &Value) -> i64 {
    match v.ptr() {
        Some(p) => p as i64,
        None => crate::dict::hash_value(v).unwrap_or(0) as i64 & 0x7fff_ffff_ffff,
    }
}

pub fn hash_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Instance(i) = v {
        if let Some(m) = i
            .class
            .lookup(&intern_static("__hash__"))
            .map(crate::object::special_method)
        {
            if m.is_none() {
                return Err(PyErr::type_error(format!(
                    "unhashable type: '{}'",
                    i.class.name
                )));
            }
            let r = vm.call(&m, vec![v.clone()])?;
            return match r {
                Value::Int(n) => Ok(n),
                _ => Err(PyErr::type_error(
                    "__hash__ method should return an integer",
                )),
            };
        }
    }
    let h = vm.key_hash(v)? as i64;
    Ok(if h == -1 { -2 } else { h })
}

/// `breakpoint()`: whirl has no debugger; as CPython with
/// `PYTHONBREAKPOINT=0`, the call does nothing, after saying so.
fn breakpoint(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let _ = std::io::Write::flush(&mut vm.out);
    eprintln!("breakpoint(): whirl has no debugger; continuing");
    Ok(Value::None)
}

fn hash(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("hash", a, 1, 1)?;
    Ok(Value::Int(hash_of(vm, &a[0])?))
}

fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

fn round(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    nargs("round", a, 1, 2)?;
    let nd = a
        .get(1)
        .or_else(|| kwarg(kw, "ndigits"))
        .cloned()
        .unwrap_or(Value::None);
    match &a[0] {
        Value::Float(f) => {
            if nd.is_none() {
                if f.is_nan() {
                    return Err(PyErr::value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(PyErr::new(
                        ExcType::OverflowError,
                        "cannot convert float infinity to integer",
                    ));
                }
                let r = round_half_even(*f);
                return Ok(if r.abs() < 9e18 {
                    Value::Int(r as i64)
                } else {
                    use num_traits::FromPrimitive;
                    Value::from_bigint(BigInt::from_f64(r).unwrap_or_default())
                });
            }
            let n = arg_int(vm, &nd)?;
            // Round via the decimal string so halfway cases follow the
            // exact binary value, as CPython does.
            if n > 300 || !f.is_finite() {
                return Ok(Value::Float(*f));
            }
            if n >= 0 {
                let s = format!("{:.*}", n as usize, f);
                Ok(Value::Float(s.parse().unwrap_or(*f)))
            } else {
                let tens = n.unsigned_abs().min(10_000) as u32;
                Ok(Value::Float(crate::number_methods::round_float_to_tens(
                    *f, tens,
                )))
            }
        }
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            if nd.is_none() {
                return Ok(match &a[0] {
                    Value::Bool(b) => Value::Int(*b as i64),
                    o => o.clone(),
                });
            }
            let n = arg_int(vm, &nd)?;
            if n >= 0 {
                return Ok(a[0].clone());
            }
            let x = crate::ops::int_to_bigint(&a[0]).unwrap_or_default();
            let p = num_traits::pow::Pow::pow(&BigInt::from(10), (-n) as u32);
            let (q, r) = num_integer::Integer::div_mod_floor(&x, &p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
        other => match vm.dunder(other, "__round__") {
            Some(m) => {
                let mut args = vec![other.clone()];
                if !nd.is_none() {
                    args.push(nd);
                }
                vm.call(&m, args)
            }
            None => Err(PyErr::type_error(format!(
                "type {} doesn't define __round__ method",
                vm.type_name(other)
            ))),
        },
    }
}

fn divmod(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("divmod", a, 2, 2)?;
    if matches!(a[0], Value::Instance(_)) || matches!(a[1], Value::Instance(_)) {
        // A class's own __divmod__ / __rdivmod__ answer first.
        // The reflected method only for operands of different types.
        let same = Rc::ptr_eq(&vm.class_of(&a[0]), &vm.class_of(&a[1]));
        let reflected = if same {
            None
        } else {
            vm.dunder(&a[1], "__rdivmod__")
        };
        for (m, x, y) in [
            (vm.dunder(&a[0], "__divmod__"), &a[0], &a[1]),
            (reflected, &a[1], &a[0]),
        ] {
            if let Some(m) = m {
                let r = vm.call(&m, vec![x.clone(), y.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if crate::object::base_value(&a[0]).is_none() && crate::object::base_value(&a[1]).is_none()
        {
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                vm.type_name(&a[0]),
                vm.type_name(&a[1])
            )));
        }
    }
    let q = vm
        .binary_op(
            whirl_parser::ast::BinOp::FloorDiv,
            a[0].clone(),
            a[1].clone(),
            false,
        )
        .map_err(|e| match e.builtin_type() {
            // Name the operation the caller wrote.
            Some(ExcType::TypeError)
                if !matches!(a[0], Value::Instance(_)) && !matches!(a[1], Value::Instance(_)) =>
            {
                PyErr::type_error(format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    vm.type_name(&a[0]),
                    vm.type_name(&a[1])
                ))
            }
            // CPython's float divmod names itself.
            Some(ExcType::ZeroDivisionError)
                if matches!(a[0], Value::Float(_)) || matches!(a[1], Value::Float(_)) =>
            {
                PyErr::new(ExcType::ZeroDivisionError, "float divmod()")
            }
            _ => e,
        })?;
    let r = vm.binary_op(
        whirl_parser::ast::BinOp::Mod,
        a[0].clone(),
        a[1].clone(),
        false,
    )?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("pow", a, 2, 3)?;
    if let Some(m) = a.get(2) {
        if !m.is_none() {
            // Three-argument pow on a class that defines it (a Decimal):
            // __pow__(base, exp, mod), then the exponent's __rpow__.
            if matches!(a[0], Value::Instance(_)) || matches!(a[1], Value::Instance(_)) {
                if let Some(f) = vm.dunder(&a[0], "__pow__") {
                    let r = vm.call(&f, vec![a[0].clone(), a[1].clone(), m.clone()])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
                if let Some(f) = vm.dunder(&a[1], "__rpow__") {
                    let r = vm.call(&f, vec![a[1].clone(), a[0].clone(), m.clone()])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
                return Err(PyErr::type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    vm.type_name(&a[0]),
                    vm.type_name(&a[1]),
                    vm.type_name(m)
                )));
            }
            let (Some(b), Some(e), Some(m)) = (
                crate::ops::int_to_bigint(&a[0]),
                crate::ops::int_to_bigint(&a[1]),
                crate::ops::int_to_bigint(m),
            ) else {
                if [&a[0], &a[1], m]
                    .iter()
                    .any(|v| matches!(v, Value::Complex(_)))
                {
                    return Err(PyErr::value_error("complex modulo"));
                }
                return Err(PyErr::type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if m.is_zero() {
                return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
            }
            let (b, e) = if e.is_negative() {
                // A negative exponent raises the inverse of the base
                // modulo m (CPython 3.8+), which exists when they are
                // coprime.
                let m_abs = m.abs();
                let b_mod = ((&b % &m_abs) + &m_abs) % &m_abs;
                let g = num_integer::Integer::extended_gcd(&b_mod, &m_abs);
                if !g.gcd.is_one() {
                    return Err(PyErr::value_error(
                        "base is not invertible for the given modulus",
                    ));
                }
                (((g.x % &m_abs) + &m_abs) % &m_abs, -e)
            } else {
                (b, e)
            };
            let r = b.modpow(&e, &m);
            let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) {
                r + &m
            } else {
                r
            };
            return Ok(Value::from_bigint(r));
        }
    }
    vm.binary_op(
        whirl_parser::ast::BinOp::Pow,
        a[0].clone(),
        a[1].clone(),
        false,
    )
}

fn chr_(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("chr", a, 1, 1)?;
    let n = arg_int(vm, &a[0])?;
    match u32::try_from(n).ok().filter(|&n| n <= 0x10FFFF) {
        Some(n) => match crate::surrogate::from_code_point(n) {
            Some(c) => Ok(Value::string(c.to_string())),
            None => Err(PyErr::value_error(crate::surrogate::RESERVED_MESSAGE)),
        },
        None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("ord", a, 1, 1)?;
    match &a[0] {
        Value::Str(s) => {
            if s.char_len() != 1 {
                return Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(crate::surrogate::code_point(s.char_at(0)) as i64))
        }
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Value::ByteArray(b) if b.data.borrow().len() == 1 => {
            Ok(Value::Int(b.data.borrow()[0] as i64))
        }
        Value::Bytes(b) => Err(PyErr::type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ))),
        Value::ByteArray(b) => Err(PyErr::type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.data.borrow().len()
        ))),
        // A str, bytes or bytearray subclass: its value (not its
        // `__str__`, which may say something else).
        other @ Value::Instance(_) => match crate::object::base_value(other) {
            Some(base @ (Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_))) => {
                ord(vm, &[base], &[])
            }
            _ => Err(PyErr::type_error(format!(
                "ord() expected string of length 1, but {} found",
                vm.type_name(other)
            ))),
        },
        other => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(other)
        ))),
    }
}

fn radix(vm: &mut Vm, a: &[Value], name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    nargs(name, a, 1, 1)?;
    // Anything else with `__index__` is the int it gives.
    let n = match crate::ops::int_to_bigint(&a[0]) {
        Some(n) => Some(n),
        None => match crate::object::base_value(&a[0]) {
            Some(b @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
                crate::ops::int_to_bigint(&b)
            }
            _ => crate::ops::int_to_bigint(&crate::bytearray::index_arg(vm, &a[0])?),
        },
    };
    let Some(n) = n else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&a[0])
        )));
    };
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(Value::string(format!(
        "{sign}{prefix}{}",
        n.abs().to_str_radix(base)
    )))
}
fn hex(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    radix(vm, a, "hex", 16, "0x")
}
fn bin(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    radix(vm, a, "bin", 2, "0b")
}
fn oct(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    radix(vm, a, "oct", 8, "0o")
}

fn format(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("format", a, 1, 2)?;
    let spec = match a.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        None => String::new(),
        Some(o) => {
            return Err(PyErr::type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(o)
            )))
        }
    };
    Ok(Value::string(vm.format(&a[0], &spec)?))
}

fn callable(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("callable", a, 1, 1)?;
    Ok(Value::Bool(match &a[0] {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => {
            i.class.lookup(&intern_static("__call__")).is_some() || {
                let _ = vm;
                false
            }
        }
        _ => false,
    }))
}

/// The builtins that see the caller's frame (FastPath::Frame) cannot also
/// be NoKeywords; they reject keywords here, as the call path does for
/// the others.
fn frame_no_keywords(vm: &mut Vm, name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    vm.caller = None;
    Err(PyErr::type_error(format!(
        "{name}() takes no keyword arguments"
    )))
}

fn globals(vm: &mut Vm, _: &[Value], kw: Kw) -> PyResult<Value> {
    frame_no_keywords(vm, "globals", kw)?;
    match vm.caller.take() {
        Some(c) => Ok(Value::Dict(c.globals)),
        None => Ok(Value::Dict(vm.main_globals.clone().unwrap_or_default())),
    }
}

fn locals(vm: &mut Vm, _: &[Value], kw: Kw) -> PyResult<Value> {
    frame_no_keywords(vm, "locals", kw)?;
    match vm.caller.take() {
        Some(c) => Ok(c.mapping.unwrap_or(Value::Dict(c.locals))),
        None => Ok(Value::Dict(crate::gc::new_dict())),
    }
}

fn vars(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    frame_no_keywords(vm, "vars", k)?;
    if a.is_empty() {
        return locals(vm, a, k);
    }
    vm.caller = None;
    match vm.getattr(&a[0], &intern_static("__dict__")) {
        Ok(d) => Ok(d),
        Err(e) => {
            let inst = vm.materialize(e);
            if vm.is_instance_of_exc(&inst, ExcType::AttributeError) {
                Err(PyErr::type_error(
                    "vars() argument must have __dict__ attribute",
                ))
            } else {
                Err(PyErr::Raised(inst))
            }
        }
    }
}

fn dir(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    frame_no_keywords(vm, "dir", kw)?;
    let caller = vm.caller.take();
    let mut names: Vec<String> = Vec::new();
    match a.first() {
        None => {
            if let Some(mapping) = caller.as_ref().and_then(|c| c.mapping.clone()) {
                // exec()'s locals mapping: the list of its keys(), sorted.
                let keys = vm.call_method_native(&mapping, "keys", vec![])?;
                let list = Value::list(vm.collect(&keys)?);
                vm.call_method_native(&list, "sort", vec![])?;
                return Ok(list);
            }
            if let Some(c) = caller {
                names = c
                    .locals
                    .0
                    .borrow()
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(String::from))
                    .collect();
            }
        }
        Some(v) => {
            // A __dir__ written in Python on the object's type (a class's
            // metaclass for a class) decides, as type(obj).__dir__(obj).
            let hook = match v {
                Value::Class(c) => c
                    .metaclass
                    .as_ref()
                    .and_then(|m| m.lookup_above_builtin(&intern_static("__dir__"))),
                other => vm
                    .class_of(other)
                    .lookup_above_builtin(&intern_static("__dir__")),
            };
            // Bound through its descriptor protocol (a function, or any
            // object with `__get__`), as CPython's special lookup.
            if let Some(f) = hook.filter(|h| !matches!(h, Value::Builtin(_))) {
                let bound = vm.instance_attr_get(f, v)?;
                let listed = vm.call(&bound, vec![])?;
                let items = vm.collect(&listed)?;
                let sorted = sort_values(vm, items, &Value::None, false)?;
                return Ok(Value::list(sorted));
            }
            // A module's own `__dir__` function (PEP 562) lists it.
            if let Value::Module(m) = v {
                if let Some(f) = m.dict.get_str(&intern_static("__dir__")) {
                    let listed = vm.call(&f, vec![])?;
                    let items = vm.collect(&listed)?;
                    let sorted = sort_values(vm, items, &Value::None, false)?;
                    return Ok(Value::list(sorted));
                }
            }
            if let Some(listed) = module_subclass_dir(vm, v)? {
                return Ok(listed);
            }
            names = default_dir_names(vm, v);
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

/// `dir(m)` for an instance of a module subclass whose class gives its own
/// `__dict__` (a property): module.__dir__ lists what that returns, which
/// must be a dict. `None` for every other value.
fn module_subclass_dir(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Value::Instance(i) = v else {
        return Ok(None);
    };
    if !matches!(i.base, Value::Module(_))
        || i.class
            .lookup_above_builtin(&intern_static("__dict__"))
            .is_none()
    {
        return Ok(None);
    }
    let d = vm.getattr(v, &intern_static("__dict__"))?;
    let Value::Dict(d) = d else {
        return Err(PyErr::type_error("<module>.__dict__ is not a dictionary"));
    };
    let mut names: Vec<Value> = d.0.borrow().keys().to_vec();
    names.retain(|k| k.as_str().is_some());
    let sorted = sort_values(vm, names, &Value::None, false)?;
    Ok(Some(Value::list(sorted)))
}

/// `object.__dir__(obj)`: the listing `dir` makes when no `__dir__` of
/// the type's own decides (unsorted, as CPython's).
pub(crate) fn object_dir(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(
            "object.__dir__() takes no keyword arguments",
        ));
    }
    let Some(v) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor '__dir__' of 'object' object needs an argument",
        ));
    };
    if a.len() > 1 {
        return Err(PyErr::type_error(format!(
            "object.__dir__() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    let mut names = default_dir_names(vm, v);
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

/// The names `dir(v)` lists by default: the object's own dict (a module's
/// only), then its class's and the class's ancestors'.
fn default_dir_names(vm: &mut Vm, v: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    {
        {
            let add_dict = |d: &crate::dict::PyDict, names: &mut Vec<String>| {
                for k in d.0.borrow().keys() {
                    if let Some(s) = k.as_str() {
                        names.push(s.to_string());
                    }
                }
            };
            match v {
                Value::Module(m) => add_dict(&m.dict, &mut names),
                Value::Instance(i) => add_dict(&i.dict, &mut names),
                Value::Function(f) => {
                    if let Some(d) = f.dict.get() {
                        add_dict(d, &mut names);
                    }
                }
                _ => {}
            }
            // A module (a module subclass's instance too) lists its dict
            // only, as `module.__dir__` does.
            let is_module = match v {
                Value::Module(_) => true,
                Value::Instance(i) => matches!(i.base, Value::Module(_)),
                _ => false,
            };
            let cls = match v {
                _ if is_module => vm.types.object.clone(),
                Value::Class(c) => c.clone(),
                other => vm.class_of(other),
            };
            if !is_module {
                // What each class's `__dict__` shows, not only its dict:
                // `__doc__`, `__class__`, a builtin type's slot dunders and
                // `__hash__ = None`, `__dict__`/`__weakref__` descriptors.
                let mro: Vec<Rc<crate::class::Class>> = std::iter::once(cls.clone())
                    .chain(cls.mro_tail.borrow().iter().cloned())
                    .collect();
                for c in &mro {
                    for (k, _) in crate::type_dict::view_entries(vm, c) {
                        if let Some(s) = k.as_str() {
                            names.push(s.to_string());
                        }
                    }
                }
                names.extend(crate::slots::slot_names(&cls).into_iter().map(String::from));
            }
        }
    }
    names
}

fn exit(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Err(PyErr::with_args(ExcType::SystemExit, a.to_vec()))
}

fn input(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("input", a, 0, 1)?;
    if let Some(p) = a.first() {
        let s = vm.str_of(p)?;
        vm.write_out(&s);
    }
    vm.flush();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(PyErr::new(ExcType::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        Err(e) => Err(PyErr::new(ExcType::OSError, e.to_string())),
    }
}

fn import(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    const NAMES: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    let mut args: Vec<Value> = a.to_vec();
    for (k, v) in kw {
        let Some(i) = NAMES.iter().position(|n| *n == k.as_str()) else {
            return Err(PyErr::type_error(format!(
                "__import__() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        };
        if args.len() <= i {
            args.resize(i + 1, Value::None);
        }
        args[i] = v.clone();
    }
    if args.len() > 4 && args[4].is_none() {
        args[4] = Value::Int(0);
    }
    let a = &args[..];
    let Some(Value::Str(name)) = a.first() else {
        return Err(PyErr::type_error("module name must be a string"));
    };
    let fromlist = a.get(3).cloned().unwrap_or(Value::None);
    // The importing module's globals: where a relative name starts from.
    let globals = match a.get(1) {
        Some(Value::Dict(g)) => g.clone(),
        _ => vm.main_globals.clone().unwrap_or_default(),
    };
    let level = match a.get(4) {
        None => 0,
        Some(v) => crate::types::arg_int(vm, v)?,
    };
    if level < 0 {
        return Err(PyErr::value_error("level must be >= 0"));
    }
    if level == 0 && name.as_str().is_empty() {
        return Err(PyErr::value_error("Empty module name"));
    }
    let name = name.as_str().to_string();
    vm.import_name(&name, &fromlist, &Value::Int(level), &globals)
}

fn eval_exec(vm: &mut Vm, a: &[Value], is_eval: bool) -> PyResult<Value> {
    let caller = vm.caller.take();
    crate::dynamic::eval_exec(vm, a, caller, is_eval)
}
fn eval(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    frame_no_keywords(vm, "eval", kw)?;
    eval_exec(vm, a, true)
}
fn exec(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    // exec's one keyword (3.11) is closure=, for code objects only.
    if let Some((k, _)) = kw.iter().find(|(k, _)| k.as_str() != "closure") {
        vm.caller = None;
        return Err(PyErr::type_error(format!(
            "'{}' is an invalid keyword argument for exec()",
            k.as_str()
        )));
    }
    eval_exec(vm, a, false)
}

fn open(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Err(PyErr::new(
        ExcType::NotImplementedError,
        "open() is not supported yet",
    ))
}

fn frame_fn(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        bound: Value::Null,
        fast: FastPath::Frame,
        owner: None,
        sig: crate::function::Sig::ANY,
    }))
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    let set = |name: &str, v: Value| {
        b.set_str(intern(name), crate::function::with_sig("builtins", name, v))
    };
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("abs", abs),
        ("sum", sum),
        ("min", min),
        ("max", max),
        ("iter", iter),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("repr", repr),
        ("ascii", ascii),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("reversed", reversed),
        ("sorted", sorted),
        ("any", any),
        ("all", all),
        ("hasattr", hasattr),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("id", id),
        ("hash", hash),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("chr", chr_),
        ("ord", ord),
        ("hex", hex),
        ("bin", bin),
        ("oct", oct),
        ("format", format),
        ("callable", callable),
        ("__build_class__", crate::metaclass::build_class),
        ("exit", exit),
        ("quit", exit),
        ("input", input),
        ("__import__", import),
        ("open", open),
        ("breakpoint", breakpoint),
        ("compile", crate::dynamic::compile),
    ];
    // CPython's builtins that take keywords; every other one here rejects
    // them (`id(1, foo=1)`), checked once in the call path.
    const TAKE_KEYWORDS: &[&str] = &[
        "print",
        "sum",
        "min",
        "max",
        "enumerate",
        "zip",
        "sorted",
        "round",
        "pow",
        "__build_class__",
        "exit",
        "quit",
        "__import__",
        "open",
        "compile",
    ];
    for (name, f) in fns {
        let fast = if TAKE_KEYWORDS.contains(name) {
            FastPath::None
        } else {
            FastPath::NoKeywords
        };
        set(
            name,
            Value::Builtin(Rc::new(Builtin {
                name,
                func: *f,
                bound: Value::Null,
                fast,
                owner: None,
                sig: crate::function::Sig::ANY,
            })),
        );
    }
    crate::asyncgen::install_builtins(vm);
    set(
        "next",
        Value::Builtin(Rc::new(Builtin {
            name: "next",
            func: next,
            bound: Value::Null,
            fast: FastPath::Next,
            owner: None,
            sig: crate::function::Sig::ANY,
        })),
    );
    for (name, f) in [
        ("globals", globals as NativeFn),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("eval", eval),
        ("exec", exec),
    ] {
        set(name, frame_fn(name, f));
    }
    let t = &vm.types;
    for (name, c) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("float", &t.float),
        ("str", &t.str_),
        ("bool", &t.bool_),
        ("bytes", &t.bytes),
        ("complex", &t.complex),
        ("bytearray", &t.bytearray),
        ("memoryview", &t.memoryview),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("range", &t.range),
        ("slice", &t.slice),
    ] {
        set(name, Value::Class(c.clone()));
    }
    if let Some(x) = &vm.extra {
        for (name, c) in [
            ("set", &x.set),
            ("frozenset", &x.frozenset),
            ("property", &x.property),
            ("staticmethod", &x.staticmethod),
            ("classmethod", &x.classmethod),
            ("super", &x.super_),
        ] {
            set(name, Value::Class(c.clone()));
        }
    }
    for (i, t) in ExcType::ALL.iter().enumerate() {
        set(t.name(), Value::Class(vm.types.exceptions[i].clone()));
    }
    set(
        "EnvironmentError",
        Value::Class(vm.exc_class(ExcType::OSError)),
    );
    set("IOError", Value::Class(vm.exc_class(ExcType::OSError)));
    set("None", Value::None);
    set("Ellipsis", Value::Ellipsis);
    set("NotImplemented", Value::NotImplemented);
    set("__name__", Value::str("builtins"));
    set("__debug__", Value::Bool(true));
    let _ = ToPrimitive::to_i64(&BigInt::from(0));
}
