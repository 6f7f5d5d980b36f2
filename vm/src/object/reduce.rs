//! `object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__`:
//! the default reduction pickle and copy use. The rules (the class and its
//! `__getnewargs_ex__`/`__getnewargs__`, the instance dict and slots, the
//! protocol 0-1 `copyreg._reconstructor` form, which builtin types refuse)
//! live in Python, in `copyreg`, where CPython's documentation puts them;
//! these natives only make them methods of every object, so that
//! `object.__reduce_ex__(obj, 2)` and `super().__reduce__()` work.

use crate::error::{PyErr, PyResult};
use crate::str::intern;
use crate::types::Kw;
use crate::value::Value;
use crate::Vm;

/// Calls `copyreg.<helper>(*args)`.
fn delegate(vm: &mut Vm, helper: &str, args: &[Value]) -> PyResult<Value> {
    let copyreg = vm.import_module("copyreg")?;
    let f = vm.getattr(&copyreg, &intern(helper))?;
    vm.call(&f, args.to_vec())
}

fn no_keywords(name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "object.{name}() takes no keyword arguments"
        )))
    }
}

fn need_self(name: &str, a: &[Value]) -> PyResult<()> {
    if a.is_empty() {
        return Err(PyErr::type_error(format!(
            "unbound method object.{name}() needs an argument"
        )));
    }
    Ok(())
}

/// `object.__reduce_ex__(self, protocol)`.
pub(crate) fn object_reduce_ex(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords("__reduce_ex__", kw)?;
    need_self("__reduce_ex__", a)?;
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "object.__reduce_ex__() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    delegate(vm, "_object_reduce_ex", a)
}

/// `object.__reduce__(self)`.
pub(crate) fn object_reduce(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords("__reduce__", kw)?;
    need_self("__reduce__", a)?;
    if a.len() != 1 {
        return Err(PyErr::type_error(format!(
            "object.__reduce__() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    delegate(vm, "_object_reduce", a)
}

/// `object.__getstate__(self)`.
pub(crate) fn object_getstate(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords("__getstate__", kw)?;
    need_self("__getstate__", a)?;
    if a.len() != 1 {
        return Err(PyErr::type_error(format!(
            "object.__getstate__() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    delegate(vm, "_object_getstate", a)
}
