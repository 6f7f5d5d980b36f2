//! `gc`: the cycle collector's switches (`collect`, `enable`, `disable`,
//! `isenabled`, `get_count`) and `garbage`.

use whirl_vm::error::PyResult;
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

fn collect(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.collect_garbage(true) as i64))
}

fn enable(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    whirl_vm::gc::set_enabled(true);
    Ok(Value::None)
}

fn disable(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    whirl_vm::gc::set_enabled(false);
    Ok(Value::None)
}

fn isenabled(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(whirl_vm::gc::is_enabled()))
}

fn get_count(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let (young, old) = whirl_vm::gc::counts();
    Ok(Value::tuple(vec![
        Value::Int(young as i64),
        Value::Int(old as i64),
        Value::Int(0),
    ]))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    Ok(vm.make_module(
        "gc",
        vec![
            f("collect", collect),
            f("enable", enable),
            f("disable", disable),
            f("isenabled", isenabled),
            f("get_count", get_count),
            // Objects the collector found unreachable but could not free:
            // whirl's frees every cycle (finalizers included), as CPython's
            // does since 3.4, so the list stays empty unless a program adds.
            ("garbage", Value::list(vec![])),
        ],
    ))
}
