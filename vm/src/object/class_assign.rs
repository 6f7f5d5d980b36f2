//! `obj.__class__ = C`: where CPython allows it (both classes made by
//! `class` statements or `type()`, with the same instance layout) the
//! object's type changes; elsewhere CPython's TypeErrors. The class is
//! switched through `ClassRef::assign` (see `class.rs`).

use crate::class::{BuiltinType, Class};
use crate::error::{PyErr, PyResult};
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

/// What one class adds to its instances' layout: its own `__slots__`
/// (sorted, as CPython keeps them), a `__dict__`, a `__weakref__`.
type Delta = (Vec<String>, bool, bool);

/// An instance's layout as CPython compares it: the classes along the
/// first-base chain that add to it, with what they add, then the builtin
/// type at the bottom (and whether it is an exception).
fn layout(c: &Rc<Class>) -> (Vec<(usize, Delta)>, Option<BuiltinType>, bool) {
    let mut chain = Vec::new();
    let mut cur = c.clone();
    while cur.is_user_class() {
        let d = crate::type_dict::layout_delta(&cur);
        if !d.0.is_empty() || d.1 || d.2 {
            chain.push((Rc::as_ptr(&cur) as usize, d));
        }
        let Some(next) = cur.bases.borrow().first().cloned() else {
            break;
        };
        cur = next;
    }
    (chain, c.base_builtin(), c.exc_type.is_some())
}

/// CPython's rule: the nearest classes that add to the layout may differ
/// if they add the same things on the same base; below them, the same.
pub(crate) fn compatible(new: &Rc<Class>, old: &Rc<Class>) -> bool {
    let (a, ab, ae) = layout(new);
    let (b, bb, be) = layout(old);
    if ab != bb || ae != be || a.len() != b.len() {
        return false;
    }
    match (a.split_first(), b.split_first()) {
        (Some((x, xs)), Some((y, ys))) => x.1 == y.1 && xs.iter().zip(ys).all(|(p, q)| p.0 == q.0),
        _ => true,
    }
}

/// `obj.__class__ = value` (`value` None: `del obj.__class__`).
pub(crate) fn set_class(vm: &mut Vm, obj: &Value, value: Option<&Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(PyErr::type_error("can't delete __class__ attribute"));
    };
    let Value::Class(new) = value else {
        return Err(PyErr::type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            vm.type_name(value)
        )));
    };
    if let Value::Module(m) = obj {
        return crate::module_class::set_module_class(vm, m, new);
    }
    let old = vm.class_of(obj);
    let inst =
        match obj {
            Value::Instance(i) if old.is_user_class() && new.is_user_class() => i,
            _ => return Err(PyErr::type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            )),
        };
    if !compatible(new, &old) || is_super_or_builtin_helper(vm, new) {
        return Err(PyErr::type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name, old.name
        )));
    }
    // An object weakly referenced as an `old` must still tell the weak
    // reference table when it dies as a `new`.
    if old.weakly_referenced.get() {
        new.weakly_referenced.set(true);
    }
    inst.class.assign(new);
    Ok(())
}

/// Instances of whirl's builtin helper classes (property, super, ...)
/// carry their state in their dict: a user subclass of one is laid out
/// differently from a plain class.
fn is_super_or_builtin_helper(vm: &Vm, c: &Rc<Class>) -> bool {
    let Some(x) = vm.extra.as_ref() else {
        return false;
    };
    [&x.super_, &x.property, &x.classmethod, &x.staticmethod]
        .iter()
        .any(|h| c.is_subclass(h))
}
