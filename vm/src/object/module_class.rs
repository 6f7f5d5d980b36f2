//! A plain module whose `__class__` was assigned a `ModuleType` subclass
//! (the lazy-module and deprecation idiom,
//! `sys.modules[__name__].__class__ = M`). The module keeps its dict,
//! `type(m)` is the new class, and the class's attributes answer the
//! names the dict lacks (methods bound to the module, properties,
//! `__getattr__`); its `__setattr__` and data descriptors take stores.
//! Only modules that were reassigned pay for this: the dict hit on the
//! load path is unchanged.

use crate::class::Class;
use crate::error::{PyErr, PyResult};
use crate::module::Module;
use crate::str::{intern_static, PyStr};
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

/// `module.__class__ = new` (checked as CPython does: a ModuleType
/// subclass; another class's instances are laid out differently).
pub(crate) fn set_module_class(vm: &mut Vm, m: &Rc<Module>, new: &Rc<Class>) -> PyResult<()> {
    let module = vm.types.module.clone();
    let old = vm.class_of(&Value::Module(m.clone()));
    if !new.is_user_class() && !Rc::ptr_eq(new, &module) {
        return Err(PyErr::type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if !new.is_subclass(&module) || new.slots.borrow().is_some() {
        return Err(PyErr::type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name, old.name
        )));
    }
    *m.class.borrow_mut() = (!Rc::ptr_eq(new, &module)).then(|| new.clone());
    Ok(())
}

/// `m.name` where the module's dict has no `name`: its assigned class's
/// attribute, if it has one (None: the usual fallbacks follow).
#[cold]
pub(crate) fn getattr(
    vm: &mut Vm,
    m: &Rc<Module>,
    obj: &Value,
    name: &Rc<PyStr>,
) -> Option<PyResult<Value>> {
    let cls = m.class.borrow().clone()?;
    if let Some(a) = cls.lookup_above_builtin(name) {
        if let Some(r) = vm.property_get(&a, obj) {
            return Some(r);
        }
        if let Some(r) = vm.data_descriptor_get(&a, obj) {
            return Some(r);
        }
        return Some(vm.instance_attr_get(a, obj));
    }
    let ga = cls.lookup_above_builtin(&intern_static("__getattr__"))?;
    Some(vm.call(&ga, vec![obj.clone(), Value::Str(name.clone())]))
}

/// `m.name = v` on a module with an assigned class: the class's own
/// `__setattr__` (`user_hook`) or a data descriptor of that name decides
/// (None: a plain store into the dict).
#[cold]
pub(crate) fn setattr(
    vm: &mut Vm,
    cls: &Rc<Class>,
    obj: &Value,
    name: &Rc<PyStr>,
    v: &Value,
    user_hook: bool,
) -> Option<PyResult<()>> {
    if user_hook {
        if let Some(sa) = cls.lookup_above_builtin(&intern_static("__setattr__")) {
            return Some(
                vm.call(&sa, vec![obj.clone(), Value::Str(name.clone()), v.clone()])
                    .map(|_| ()),
            );
        }
    }
    let attr = cls.lookup_above_builtin(name)?;
    vm.descriptor_set(&attr, obj, v.clone())
}
