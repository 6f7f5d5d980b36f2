//! `traceback`: the handled exception printed or formatted as CPython's
//! interpreter prints an uncaught one.

use std::io::Write;
use whirl_vm::error::{PyErr, PyResult};
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

/// The text for the exception being handled (`sys.exc_info()`), or
/// CPython's `NoneType: None` when there is none.
fn current(vm: &mut Vm) -> String {
    match vm.exc_info.clone() {
        Value::Instance(i) if i.exc.is_some() => whirl_vm::traceback::format_exception(vm, &i),
        _ => "NoneType: None\n".to_string(),
    }
}

fn format_exc(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::string(current(vm)))
}

fn print_exc(vm: &mut Vm, _: &[Value], kw: Kw) -> PyResult<Value> {
    let text = current(vm);
    match kw
        .iter()
        .find(|(k, _)| k.as_str() == "file")
        .map(|(_, v)| v.clone())
    {
        Some(f) if !f.is_none() => {
            vm.call_method_native(&f, "write", vec![Value::string(text)])?;
        }
        _ => {
            vm.flush();
            let _ = std::io::stderr().write_all(text.as_bytes());
        }
    }
    Ok(Value::None)
}

/// `format_exception(exc)` (3.10+ form) or `format_exception(type, value, tb)`.
fn format_exception(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let exc = match a {
        [e] => e.clone(),
        [_, e, ..] => e.clone(),
        _ => {
            return Err(PyErr::type_error(
                "format_exception() missing required argument 'exc'",
            ))
        }
    };
    let text = match &exc {
        Value::Instance(i) if i.exc.is_some() => whirl_vm::traceback::format_exception(vm, i),
        _ => "NoneType: None\n".to_string(),
    };
    // CPython returns the lines, each ending with a newline.
    let lines: Vec<Value> = text.split_inclusive('\n').map(Value::str).collect();
    Ok(Value::list(lines))
}

fn format_exception_only(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let exc = a.last().cloned().unwrap_or(Value::None);
    let line = match &exc {
        Value::Instance(i) if i.exc.is_some() => whirl_vm::traceback::exception_line(vm, i),
        _ => "NoneType: None".to_string(),
    };
    Ok(Value::list(vec![Value::string(line + "\n")]))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    Ok(vm.make_module(
        "traceback",
        vec![
            ("format_exc", builtin_fn("format_exc", format_exc)),
            ("print_exc", builtin_fn("print_exc", print_exc)),
            (
                "format_exception",
                builtin_fn("format_exception", format_exception),
            ),
            (
                "format_exception_only",
                builtin_fn("format_exception_only", format_exception_only),
            ),
        ],
    ))
}
