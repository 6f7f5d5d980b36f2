//! `types.MethodType(func, obj)`: a bound method made by hand. Any callable
//! binds (a builtin such as `len` too, which then gets `obj` as its first
//! argument), as CPython's `method` type does.

use crate::error::{PyErr, PyResult};
use crate::types::Kw;
use crate::value::Value;
use crate::Vm;

pub(crate) fn method_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("method() takes no keyword arguments"));
    }
    let [func, obj] = a else {
        return Err(PyErr::type_error(format!(
            "method expected 2 arguments, got {}",
            a.len()
        )));
    };
    if !matches!(
        super::callable(vm, std::slice::from_ref(func), &[])?,
        Value::Bool(true)
    ) {
        return Err(PyErr::type_error("first argument must be callable"));
    }
    if obj.is_none() {
        return Err(PyErr::type_error("instance must not be None"));
    }
    Ok(crate::gc::new_bound_method(func.clone(), obj.clone()))
}
