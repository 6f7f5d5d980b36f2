//! The object model (this folder): values (`value.rs`), classes and
//! metaclasses, descriptors and slots, functions, the str/dict/set tables,
//! native objects, and the object protocol as `impl Vm` in one file a
//! concern: attributes, exceptions, comparison, arithmetic, subscripts,
//! iteration, set operators, Python-level dict keys. This file holds what
//! they share: the value behind a builtin subclass's instance and how a
//! special method found on a type is bound and called.

pub(crate) mod bases_assign;
pub mod class;
pub(crate) mod class_assign;
pub(crate) mod descriptor;
pub mod dict;
pub(crate) mod dict_assign;
pub mod function;
pub(crate) mod mappingproxy;
pub(crate) mod metaclass;
pub(crate) mod module_class;
pub mod native;
pub(crate) mod reduce;
pub mod set;
pub(crate) mod slots;
pub mod str;
pub(crate) mod type_dict;
pub(crate) mod type_version;
pub mod value;

// The object protocol, one concern a file (all `impl Vm`).
mod arithmetic;
mod attributes;
pub(crate) mod compare;
mod exceptions;
mod iteration;
mod keys;
mod set_ops;
mod subscript;

pub(crate) use attributes::{co_varnames, code_flags};
pub(crate) use iteration::iterator_remaining;

use crate::class::Instance;
use crate::error::{ExcType, PyErr, PyResult};
use crate::function::Builtin;
use crate::str::{intern_static, PyStr};
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

/// The receiver a method of builtin type `owner` works on when called on
/// `obj`: for an instance of a subclass of a builtin (`class D(dict)`), the
/// builtin value inside it; `None` when `obj` itself is the receiver.
#[inline]
pub(crate) fn builtin_receiver(
    owner: Option<&'static str>,
    name: &str,
    obj: &Value,
) -> Option<Value> {
    match (obj, owner) {
        (Value::Instance(i), Some(owner))
            if !i.base.is_null() && owner != "object" && owner != "BaseException" =>
        {
            // `dict.__getitem__` keeps the instance: it asks the
            // subclass's `__missing__` (see `slots::getitem`).
            if name == "__getitem__" && matches!(i.base, Value::Dict(_)) {
                return None;
            }
            Some(i.base.clone())
        }
        _ => None,
    }
}

/// The builtin value behind an instance of a class derived from a builtin
/// type (`class D(dict)`).
#[inline]
pub(crate) fn base_value(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) if !i.base.is_null() => Some(i.base.clone()),
        _ => None,
    }
}

/// A special method found on a type, as something to call with the
/// instance first. Functions and native methods are that already (the
/// common case, returned as they are). Anything else is what CPython's
/// special-method lookup makes of it: a descriptor (`__get__`, including
/// staticmethod, classmethod and property) is bound to the instance, and
/// any other callable (a mock, a class, a bound method) is called without
/// the instance. `None` stays None: callers read it as "not supported".
pub(crate) fn special_method(found: Value) -> Value {
    match found {
        Value::Function(_) | Value::None => found,
        // A method of a builtin type takes the receiver; a builtin function
        // (`__len__ = len`) or a bound method does not.
        Value::Builtin(ref b) if b.owner.is_some() && b.bound.is_null() => found,
        other => Value::Builtin(crate::gc::new_builtin(Builtin {
            name: "special method",
            func: call_special_method,
            bound: other,
            fast: crate::function::FastPath::None,
            owner: None,
            sig: crate::function::Sig::ANY,
        })),
    }
}

/// `special_method`'s call: `args` is (the attribute, the instance, the
/// operands...). Counted as a nested call: `__len__ = Wrapper(len)` loops
/// through native code only.
fn call_special_method(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
) -> PyResult<Value> {
    vm.nested(" while calling a Python object", |vm| {
        call_special_method_unguarded(vm, args, kwargs)
    })
}

fn call_special_method_unguarded(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
) -> PyResult<Value> {
    let (attr, obj, rest) = match args {
        [attr, obj, rest @ ..] => (attr, obj, rest.to_vec()),
        _ => {
            return Err(PyErr::type_error(
                "special method called without its instance",
            ))
        }
    };
    let callee = bind_special(vm, attr, obj)?;
    vm.call_kw(&callee, rest, kwargs.to_vec())
}

/// The class attribute a `special_method` wrapper stands for (a property
/// or other descriptor), `None` for any other callable.
pub(crate) fn special_method_attr(m: &Value) -> Option<&Value> {
    match m {
        Value::Builtin(b) if b.name == "special method" && b.owner.is_none() => Some(&b.bound),
        _ => None,
    }
}

/// A special method's class attribute bound to the instance through its
/// descriptor protocol (a property's getter runs here).
pub(crate) fn bind_special(vm: &mut Vm, attr: &Value, obj: &Value) -> PyResult<Value> {
    if let Some(got) = vm.property_get(attr, obj) {
        return got;
    }
    let bound = vm.bind(attr.clone(), obj);
    if !bound.is(attr) {
        Ok(bound)
    } else if let Some(get) = vm.class_of(attr).lookup(&intern_static("__get__")) {
        let owner = Value::Class(vm.class_of(obj));
        vm.call(&get, vec![attr.clone(), obj.clone(), owner])
    } else {
        Ok(attr.clone())
    }
}

/// Storing or deleting a name no `__slots__` entry gives room for: a
/// class attribute of that name is read-only through the instance.
#[cold]
fn no_slot_error(inst: &Instance, name: &Rc<PyStr>) -> PyErr {
    let message = if inst.class.lookup(name).is_some() {
        format!(
            "'{}' object attribute '{}' is read-only",
            inst.class.name,
            name.as_str()
        )
    } else {
        format!(
            "'{}' object has no attribute '{}'",
            inst.class.name,
            name.as_str()
        )
    };
    PyErr::new(ExcType::AttributeError, message)
}
