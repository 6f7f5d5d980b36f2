//! Methods of `BaseException` (`with_traceback`, `add_note`, pickling) and
//! the initializers of the exceptions whose arguments CPython names
//! (`ImportError(name=...)`, `SyntaxError`'s details).

use super::types::{add, Kw};
use crate::class::Class;
use crate::error::{ExcType, PyErr, PyResult};
use crate::str::intern_static;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

fn exc_init(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(Value::Instance(i)) = a.first() {
        if let Some(e) = &i.exc {
            *e.args.borrow_mut() = Value::tuple(vm.oserror_args(i, a[1..].to_vec()));
        }
    }
    Ok(Value::None)
}

/// `ImportError.__init__(*args, name=None, path=None)`, and the same for
/// `AttributeError` (`name`, `obj`) and `NameError` (`name`): the
/// keywords become attributes, as CPython 3.11.
pub(super) fn exc_init_kw(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Instance(i)) = a.first() else {
        return Ok(Value::None);
    };
    let (owner, allowed): (&str, &[&str]) = if vm.is_instance_of_exc(i, ExcType::ImportError) {
        ("ImportError", &["name", "path"])
    } else if vm.is_instance_of_exc(i, ExcType::AttributeError) {
        ("AttributeError", &["name", "obj"])
    } else {
        ("NameError", &["name"])
    };
    for (k, _) in kw.iter() {
        if !allowed.contains(&k.as_str()) {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for {owner}()",
                k.as_str()
            )));
        }
    }
    exc_init(vm, a, &[])?;
    // Calling __init__ again resets the keywords not given (to None).
    for name in allowed {
        match kw.iter().find(|(k, _)| k.as_str() == *name) {
            Some((k, v)) => i.dict.set_str(k.clone(), v.clone()),
            None => {
                i.dict.0.borrow_mut().remove(&Value::str(name))?;
            }
        }
    }
    Ok(Value::None)
}

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
/// end_offset]))`: the details must be 4 or 6 items, as CPython checks.
fn syntax_error_init(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.len() == 3 {
        let info = vm.collect(&a[2])?;
        let n = info.len();
        if n < 4 {
            return Err(PyErr::type_error(format!(
                "function takes at least 4 arguments ({n} given)"
            )));
        }
        if n > 6 {
            return Err(PyErr::type_error(format!(
                "function takes at most 6 arguments ({n} given)"
            )));
        }
        if n == 5 {
            return Err(PyErr::type_error(
                "end_offset must be provided when end_lineno is provided",
            ));
        }
    }
    exc_init(vm, a, &[])
}

/// `BaseException.__reduce__()`: `(type, args)`, or `(type, args, state)`
/// with the instance's attributes (ImportError's `name` and `path` among
/// them) when it has any.
fn exc_reduce(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Instance(i)) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor '__reduce__' requires a 'BaseException' object",
        ));
    };
    let cls = Value::Class(i.class.clone());
    let args = i
        .exc
        .as_ref()
        .map(|e| e.args.borrow().clone())
        .unwrap_or_else(|| Value::tuple(vec![]));
    if i.dict.is_empty() {
        return Ok(Value::tuple(vec![cls, args]));
    }
    let state = vm.call(
        &Value::Class(vm.types.dict.clone()),
        vec![Value::Dict(crate::gc::share_instance_dict(i))],
    )?;
    Ok(Value::tuple(vec![cls, args, state]))
}

/// `BaseException.__setstate__(state)`: each item becomes an attribute.
fn exc_setstate(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (Some(obj), Some(state)) = (a.first(), a.get(1)) else {
        return Err(PyErr::type_error(
            "__setstate__() takes exactly one argument (0 given)",
        ));
    };
    match state {
        Value::None => {}
        Value::Dict(d) => {
            let items = d.0.borrow().items();
            for (k, v) in items {
                let Value::Str(k) = k else {
                    return Err(PyErr::type_error("attribute name must be string"));
                };
                vm.setattr(obj, &k, v)?;
            }
        }
        _ => return Err(PyErr::type_error("state is not a dictionary")),
    }
    Ok(Value::None)
}

/// `BaseException.add_note(note)`: appends to `__notes__`, a list kept in
/// the instance's dict (made on the first note), as CPython 3.11.
fn exc_add_note(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor 'add_note' requires a 'BaseException' object",
        ));
    };
    let note = a.get(1).cloned().unwrap_or(Value::None);
    if !matches!(note, Value::Str(_)) {
        return Err(PyErr::type_error(format!(
            "note must be a str, not '{}'",
            vm.type_name(&note)
        )));
    }
    let key = intern_static("__notes__");
    match inst.dict.get_str(&key) {
        Some(Value::List(l)) => l.0.borrow_mut().push(note),
        Some(_) => {
            return Err(PyErr::type_error(
                "Cannot add note: __notes__ is not a list",
            ))
        }
        None => inst.dict.set_str(key, Value::list(vec![note])),
    }
    Ok(Value::None)
}

fn exc_with_traceback(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if let (Some(Value::Instance(i)), Some(tb)) = (a.first(), a.get(1)) {
        if i.exc.is_some() {
            vm.set_traceback(i, tb)?;
        }
    }
    Ok(a[0].clone())
}

pub(super) fn install(exceptions: &[Rc<Class>]) {
    let base = &exceptions[ExcType::BaseException as usize];
    add(base, "__init__", exc_init);
    add(base, "with_traceback", exc_with_traceback);
    add(base, "add_note", exc_add_note);
    add(base, "__reduce__", exc_reduce);
    add(
        &exceptions[ExcType::SyntaxError as usize],
        "__init__",
        syntax_error_init,
    );
    add(base, "__setstate__", exc_setstate);
    for e in [
        ExcType::ImportError,
        ExcType::AttributeError,
        ExcType::NameError,
    ] {
        add(&exceptions[e as usize], "__init__", exc_init_kw);
    }
}
