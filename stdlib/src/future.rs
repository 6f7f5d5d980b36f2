//! `__future__`: every feature is already on; the names exist so that
//! `from __future__ import ...` (Python 2 era code) binds them.

use whirl_vm::error::PyResult;
use whirl_vm::value::Value;
use whirl_vm::Vm;

const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let members = FEATURES
        .iter()
        .map(|f| (*f, Value::str(&format!("_Feature('{f}')"))))
        .collect();
    Ok(vm.make_module("__future__", members))
}
