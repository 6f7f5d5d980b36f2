//! `_warnings`: what `warnings.warn` (stdlib/py/warnings.py) cannot find
//! out in Python here: where the warning is issued, `stacklevel` calls up.

use whirl_vm::error::PyResult;
use whirl_vm::str::intern_static;
use whirl_vm::types::{frame_builtin, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

/// `_caller(stacklevel)` → `(filename, lineno, module, source_line)`, as
/// `warnings.warn` reads them from `sys._getframe(stacklevel)` in CPython;
/// `("sys", 1, "sys", None)` when there is no such frame.
fn caller(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let level = match a.first() {
        Some(Value::Int(i)) if *i > 1 => *i as usize,
        _ => 1,
    };
    // `warn` itself is Python code: its caller is one level further up.
    let Some((code, line, globals)) = vm.caller_location(level + 1) else {
        return Ok(Value::tuple(vec![
            Value::str("sys"),
            Value::Int(1),
            Value::str("sys"),
            Value::None,
        ]));
    };
    let module = globals
        .get_str(&intern_static("__name__"))
        .unwrap_or_else(|| Value::str("<string>"));
    let text = if code.source.name.starts_with('<') {
        Value::None
    } else {
        code.source
            .line_text(line)
            .map(Value::str)
            .unwrap_or(Value::None)
    };
    Ok(Value::tuple(vec![
        Value::str(&code.source.name),
        Value::Int(line as i64),
        module,
        text,
    ]))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    Ok(vm.make_module(
        "_warnings",
        vec![("_caller", frame_builtin("_caller", caller))],
    ))
}
