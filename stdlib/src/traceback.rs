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

/// `_format_group(exc, max_group_width, max_group_depth)`: the whole
/// rendering, exception groups boxed within those limits.
fn format_group(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (Some(Value::Instance(i)), Some(Value::Int(w)), Some(Value::Int(d))) =
        (a.first(), a.get(1), a.get(2))
    else {
        return Err(PyErr::type_error("_format_group(exc, width, depth)"));
    };
    if i.exc.is_none() {
        return Err(PyErr::type_error("_format_group(exc, width, depth)"));
    }
    let text = whirl_vm::traceback::format_exception_limited(
        vm,
        i,
        (*w).clamp(0, 1 << 20) as usize,
        (*d).clamp(0, 1 << 20) as usize,
    );
    let lines: Vec<Value> = text.split_inclusive('\n').map(Value::str).collect();
    Ok(Value::list(lines))
}

/// `_exception_only(exc)`: the lines after an exception's traceback
/// (a SyntaxError's location, `Type: message`, notes), as the
/// `traceback` module renders them.
fn exception_only(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(match a.first() {
        Some(Value::Instance(i)) if i.exc.is_some() => {
            Value::string(whirl_vm::traceback::format_exception_only(vm, i))
        }
        _ => Value::str("NoneType: None\n"),
    })
}

/// `_format_frame(code, lineno, lasti)`: one entry as a traceback shows
/// it (`File` line, source line, carets), for `StackSummary.format`.
fn format_frame(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (Some(Value::Code(code)), Some(Value::Int(line)), Some(Value::Int(lasti))) =
        (a.first(), a.get(1), a.get(2))
    else {
        return Err(PyErr::type_error("_format_frame(code, lineno, lasti)"));
    };
    let entry = whirl_vm::class::TbEntry {
        code: code.clone(),
        line: (*line).clamp(0, u32::MAX as i64) as u32,
        ip: if *lasti < 0 {
            u32::MAX
        } else {
            (*lasti / 2).min(u32::MAX as i64) as u32
        },
        frame: Default::default(),
        tb_obj: Value::Null,
    };
    let mut out = String::new();
    whirl_vm::traceback::format_entry(&entry, &mut out);
    Ok(Value::string(out))
}

/// `_getline(filename, lineno, code=None)`: the source line with its
/// newline, or '' (what `linecache.getline` gives): from the code's
/// source when it has one, else read from the file.
fn getline(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let lineno = match a.get(1) {
        Some(Value::Int(n)) if *n >= 1 => *n as u32,
        _ => return Ok(Value::str("")),
    };
    if let Some(Value::Code(code)) = a.get(2) {
        return Ok(match code.source.line_text(lineno) {
            Some(t) => Value::string(format!("{t}\n")),
            None => Value::str(""),
        });
    }
    let Some(name) = a.first().and_then(|v| v.as_str()) else {
        return Ok(Value::str(""));
    };
    if name.starts_with('<') && name.ends_with('>') {
        return Ok(Value::str(""));
    }
    let text = std::fs::read(name)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    Ok(match text.split_inclusive('\n').nth(lineno as usize - 1) {
        Some(l) if l.ends_with('\n') => Value::str(l),
        Some(l) => Value::string(format!("{l}\n")),
        None => Value::str(""),
    })
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    Ok(vm.make_module(
        "_traceback",
        vec![
            ("_format_frame", builtin_fn("_format_frame", format_frame)),
            ("_getline", builtin_fn("_getline", getline)),
            ("_format_group", builtin_fn("_format_group", format_group)),
            (
                "_exception_only",
                builtin_fn("_exception_only", exception_only),
            ),
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
