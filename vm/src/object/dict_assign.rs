//! `obj.__dict__ = d` and `del obj.__dict__` on instances of user classes.
//!
//! An instance owns its attribute dict for life (the attribute caches and
//! the collector hold on to that one allocation), so assignment gives the
//! instance `d`'s contents rather than `d` itself: what the object's
//! attributes are afterwards is as in CPython, but `obj.__dict__ is d` is
//! false and later changes made through `d` alone are not seen.

use crate::class::Instance;
use crate::error::{ExcType, PyErr, PyResult};
use crate::value::Value;
use crate::Vm;

/// `inst.__dict__ = value` (`value` None: `del inst.__dict__`).
pub(crate) fn set_instance_dict(vm: &Vm, inst: &Instance, value: Option<&Value>) -> PyResult<()> {
    // A module subclass's attributes are its module's, whose `__dict__`
    // is a read-only member.
    if matches!(inst.base, Value::Module(_)) {
        return Err(module_dict_readonly());
    }
    if inst.class.slots.borrow().is_some() {
        return Err(PyErr::new(
            ExcType::AttributeError,
            format!("'{}' object has no attribute '__dict__'", inst.class.name),
        ));
    }
    let items = match value {
        None => Vec::new(),
        Some(Value::Dict(d)) => {
            if std::ptr::eq(&**d, &*inst.dict) {
                return Ok(());
            }
            d.0.borrow().items()
        }
        Some(Value::Instance(i)) if matches!(i.base, Value::Dict(_)) => {
            // The attribute-dict idiom `self.__dict__ = self` needs the
            // instance to share that very object; copying would answer
            // wrongly later, so say so instead.
            return Err(PyErr::new(
                ExcType::NotImplementedError,
                "assigning a dict subclass instance to __dict__ is not supported yet",
            ));
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                vm.type_name(other)
            )))
        }
    };
    let old = inst.dict.0.borrow_mut().take_all();
    for (k, v) in items {
        inst.dict.set(k, v)?;
    }
    // Old values go last: a `__del__` they run sees the new attributes.
    drop(old);
    Ok(())
}

/// Storing or deleting a module's `__dict__`: CPython's read-only member.
#[cold]
pub(crate) fn module_dict_readonly() -> PyErr {
    PyErr::new(ExcType::AttributeError, "readonly attribute")
}
