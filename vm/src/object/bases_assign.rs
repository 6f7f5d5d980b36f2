//! `C.__bases__ = (...)`: CPython's checks (a non-empty tuple of classes,
//! no inheritance cycle, the same instance layout), then the MRO of the
//! class and of every class below it is recomputed, by the metaclass's
//! own `mro()` where it has one. When any of those fails, every MRO and
//! the bases are put back as they were and the error propagates.
//!
//! A rare operation: it only swaps the contents of the class's `bases`
//! and `mro_tail` cells, so attribute lookup pays nothing for it.

use crate::class::{BuiltinType, Class};
use crate::error::{ExcType, PyErr, PyResult};
use crate::str::intern_static;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

/// Builtin types that cannot be subclassed (CPython's missing
/// `Py_TPFLAGS_BASETYPE`): by their variant, or, for the types whirl makes
/// as plain classes of `builtins` (descriptors, iterators, frames...), by
/// name.
pub(crate) fn unacceptable_base(c: &Class) -> bool {
    if matches!(
        c.builtin,
        Some(
            BuiltinType::Bool
                | BuiltinType::NoneType
                | BuiltinType::Range
                | BuiltinType::Slice
                | BuiltinType::Function
                | BuiltinType::Generator
                | BuiltinType::Method
                | BuiltinType::BuiltinFunction
                | BuiltinType::MemoryView
                | BuiltinType::Code
                | BuiltinType::Cell
                | BuiltinType::NotImplementedType
                | BuiltinType::Ellipsis
        )
    ) {
        return true;
    }
    match c.module.as_str() {
        "builtins" => FINAL_BUILTINS.contains(&c.name.as_str()),
        "types" => c.name == "UnionType",
        _ => false,
    }
}

/// CPython's builtin types without `Py_TPFLAGS_BASETYPE` that whirl makes
/// as classes of their own.
const FINAL_BUILTINS: &[&str] = &[
    "member_descriptor",
    "getset_descriptor",
    "wrapper_descriptor",
    "method-wrapper",
    "method_descriptor",
    "classmethod_descriptor",
    "mappingproxy",
    "code",
    "cell",
    "frame",
    "traceback",
    "coroutine",
    "async_generator",
    "memoryview",
    "ellipsis",
    "NotImplementedType",
    "range_iterator",
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "set_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "callable_iterator",
    "dict_keys",
    "dict_values",
    "dict_items",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
];

/// CPython's refusal of a base class `c` (named as its `tp_name`).
pub(crate) fn unacceptable_base_error(c: &Class) -> PyErr {
    let name = if c.module == "types" {
        format!("types.{}", c.name)
    } else {
        c.name.clone()
    };
    PyErr::type_error(format!("type '{name}' is not an acceptable base type"))
}

/// The base an instance's layout comes from: the first base with a
/// builtin layout other than object's, else the first base.
fn best_base(bases: &[Rc<Class>]) -> Rc<Class> {
    bases
        .iter()
        .find(|b| !matches!(b.base_builtin(), None | Some(BuiltinType::Object)))
        .unwrap_or(&bases[0])
        .clone()
}

/// Whether `target` is among `from`'s bases, theirs, and so on, as they
/// are now: an MRO being recomputed (a metaclass's `mro()` may assign
/// `__bases__` in turn) can lag behind them.
fn reaches(from: &Rc<Class>, target: &Rc<Class>) -> bool {
    let mut seen: Vec<*const Class> = Vec::new();
    let mut work = vec![from.clone()];
    while let Some(c) = work.pop() {
        if Rc::ptr_eq(&c, target) {
            return true;
        }
        if seen.contains(&Rc::as_ptr(&c)) {
            continue;
        }
        seen.push(Rc::as_ptr(&c));
        work.extend(c.bases.borrow().iter().cloned());
    }
    false
}

/// `cls.__bases__ = value` (`value` None: `del cls.__bases__`).
pub(crate) fn set_bases(vm: &mut Vm, cls: &Rc<Class>, value: Option<&Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(PyErr::type_error(format!(
            "cannot delete '__bases__' attribute of immutable type '{}'",
            cls.name
        )));
    };
    let Value::Tuple(t) = value else {
        return Err(PyErr::type_error(format!(
            "can only assign tuple to {}.__bases__, not {}",
            cls.name,
            vm.type_name(value)
        )));
    };
    if t.0.is_empty() {
        return Err(PyErr::type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            cls.name
        )));
    }
    let mut new = Vec::with_capacity(t.0.len());
    for v in t.0.iter() {
        let Value::Class(b) = v else {
            return Err(PyErr::type_error(format!(
                "{}.__bases__ must be tuple of classes, not '{}'",
                cls.name,
                vm.type_name(v)
            )));
        };
        if b.is_subclass(cls) || reaches(b, cls) {
            return Err(PyErr::type_error(
                "a __bases__ item causes an inheritance cycle",
            ));
        }
        if unacceptable_base(b) {
            return Err(unacceptable_base_error(b));
        }
        if new.iter().any(|n: &Rc<Class>| Rc::ptr_eq(n, b)) {
            return Err(PyErr::type_error(format!(
                "duplicate base class {}",
                b.name
            )));
        }
        new.push(b.clone());
    }
    crate::class::check_layouts(&new)?;
    let old_base = best_base(&cls.bases.borrow());
    let new_base = best_base(&new);
    if !crate::class_assign::compatible(&new_base, &old_base) {
        return Err(PyErr::type_error(format!(
            "__bases__ assignment: '{}' object layout differs from '{}'",
            new_base.name, old_base.name
        )));
    }
    let Ok(mut slot) = cls.bases.try_borrow_mut() else {
        return Err(PyErr::new(
            ExcType::RuntimeError,
            "__bases__ assigned while in use",
        ));
    };
    let old = std::mem::replace(&mut *slot, new.clone());
    drop(slot);
    cls.invalidate_version_tag();
    let recomputed = recompute_mros(vm, cls);
    // Lookups during the recomputation (a metaclass `mro()`) may have
    // tagged classes with an MRO now replaced or restored.
    cls.invalidate_version_tag();
    if let Err(e) = recomputed {
        *cls.bases.borrow_mut() = old;
        return Err(e);
    }
    reregister(cls, &old, &new);
    inherit_flags(cls, &new);
    cls.invalidate_version_tag();
    Ok(())
}

/// New MROs for `cls` and every class below it, parents first; all or
/// nothing.
fn recompute_mros(vm: &mut Vm, cls: &Rc<Class>) -> PyResult<()> {
    let mut saved: Vec<(Rc<Class>, Vec<Rc<Class>>, u32)> = Vec::new();
    let mut work = vec![cls.clone()];
    let mut failure = None;
    while let Some(c) = work.pop() {
        match compute_mro(vm, &c) {
            Ok((m, at)) => match c.mro_tail.try_borrow_mut() {
                Ok(mut slot) => saved.push((
                    c.clone(),
                    std::mem::replace(&mut *slot, m),
                    c.mro_self_at.replace(at),
                )),
                Err(_) => {
                    failure = Some(PyErr::new(
                        ExcType::RuntimeError,
                        "__bases__ assigned while in use",
                    ));
                    break;
                }
            },
            Err(e) => {
                failure = Some(e);
                break;
            }
        }
        // In reverse so that the first subclass is done first (CPython
        // goes through them in order).
        let subs: Vec<Rc<Class>> = c
            .subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect();
        work.extend(subs.into_iter().rev());
    }
    if let Some(e) = failure {
        for (c, m, at) in saved.into_iter().rev() {
            *c.mro_tail.borrow_mut() = m;
            c.mro_self_at.set(at);
        }
        return Err(e);
    }
    for (c, _, _) in &saved {
        c.has_del.set(c.lookup(&intern_static("__del__")).is_some());
    }
    Ok(())
}

/// The class's MRO without itself, from its bases as they are now: the
/// metaclass's `mro()` when it overrides it, else C3.
pub(crate) fn compute_mro(vm: &mut Vm, cls: &Rc<Class>) -> PyResult<(Vec<Rc<Class>>, u32)> {
    let custom = cls
        .metaclass
        .as_ref()
        .and_then(|m| m.lookup_above_builtin(&intern_static("mro")));
    let Some(f) = custom else {
        let bases = cls.bases.borrow().clone();
        return Ok((crate::class::c3_merge(&bases)?, 0));
    };
    let listed = vm.call(&f, vec![Value::Class(cls.clone())])?;
    let items = vm.collect(&listed)?;
    let bases = cls.bases.borrow().clone();
    let addr = Rc::as_ptr(cls) as usize;
    let (tail, at) = crate::metaclass::checked_mro(vm, addr, &bases, items)?;
    // A class left out of its own MRO is looked up last here.
    let at = at.unwrap_or(tail.len());
    Ok((tail, at as u32))
}

/// `__subclasses__()` of the old bases forget the class; the new ones
/// list it.
fn reregister(cls: &Rc<Class>, old: &[Rc<Class>], new: &[Rc<Class>]) {
    for b in old {
        if !new.iter().any(|n| Rc::ptr_eq(n, b)) {
            b.subclasses
                .borrow_mut()
                .retain(|w| w.strong_count() > 0 && !std::ptr::eq(w.as_ptr(), Rc::as_ptr(cls)));
        }
    }
    for b in new {
        if !old.iter().any(|o| Rc::ptr_eq(o, b)) {
            b.subclasses.borrow_mut().push(Rc::downgrade(cls));
        }
    }
}

/// What the new bases give the class and those below it: their
/// `__setattr__`, `__getattribute__` and data descriptors take the
/// slower attribute paths (flags are only ever added: a flag left on
/// costs speed, never correctness).
fn inherit_flags(cls: &Rc<Class>, new: &[Rc<Class>]) {
    for b in new
        .iter()
        .flat_map(|b| std::iter::once(b.clone()).chain(b.mro_vec()))
    {
        if !b.has_descriptors.get() || b.builtin == Some(BuiltinType::Object) {
            continue;
        }
        cls.mark_descriptors(b.has_setattr.get(), b.custom_getattribute.get(), None);
        for n in b.property_names.borrow().iter() {
            cls.mark_descriptors(false, false, Some(n));
        }
    }
}
