//! `gc`: the cycle collector's switches (`collect`, `enable`, `disable`,
//! `isenabled`, `get_count`, `get_threshold`/`set_threshold`), `garbage`
//! and `callbacks`.
//!
//! whirl's collector has two generations, not three: threshold0 starts a
//! young collection as in CPython (live young objects past it; 0 turns
//! automatic collection off), and the other two are kept and reported as
//! CPython does, so programs that tune or save and restore them run
//! unchanged.

use std::cell::Cell;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::str::intern;
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

thread_local! {
    /// CPython 3.11's defaults.
    static THRESHOLDS: Cell<[i64; 3]> = const { Cell::new([700, 10, 10]) };
}

/// `gc.collect(generation=2)`: a full collection whatever the generation
/// (whirl's young one is not CPython's), with `gc.callbacks` told before
/// and after.
fn collect(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let mut generation = a.first();
    for (k, v) in kw {
        if k.as_str() != "generation" {
            return Err(PyErr::type_error(format!(
                "collect() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
        if generation.is_some() {
            return Err(PyErr::type_error(
                "argument for collect() given by name ('generation') and position (1)",
            ));
        }
        generation = Some(v);
    }
    let generation = match generation {
        None => 2,
        Some(v) => c_int(vm, v)?,
    };
    if !(0..=2).contains(&generation) {
        return Err(PyErr::value_error("invalid generation"));
    }
    run_callbacks(vm, "start", generation, 0)?;
    let started = crate::gc_debug::stats_start(vm, generation)?;
    let collected = vm.collect_garbage(true) as i64;
    crate::gc_debug::save_garbage(vm)?;
    crate::gc_debug::stats_done(vm, started, collected)?;
    run_callbacks(vm, "stop", generation, collected)?;
    Ok(Value::Int(collected))
}

/// Calls each of `gc.callbacks` with the phase and CPython's info dict.
fn run_callbacks(vm: &mut Vm, phase: &str, generation: i64, collected: i64) -> PyResult<()> {
    let gc = vm.import_module("gc")?;
    let callbacks = match vm.getattr(&gc, &intern("callbacks")) {
        Ok(Value::List(l)) => l,
        _ => return Ok(()),
    };
    // A copy: a callback may remove itself.
    let list: Vec<Value> = callbacks.0.borrow().clone();
    for cb in list {
        let info = whirl_vm::gc::new_dict();
        info.set_str(intern("generation"), Value::Int(generation));
        info.set_str(intern("collected"), Value::Int(collected));
        info.set_str(intern("uncollectable"), Value::Int(0));
        let info = Value::Dict(info);
        // As CPython: a callback's error is reported ("Exception ignored
        // in: ...") and the collection goes on.
        if let Err(e) = vm.call(&cb, vec![Value::str(phase), info]) {
            let exc = vm.materialize(e);
            let shown = vm.repr_or(&cb);
            vm.report_unraisable(exc, cb, &shown);
        }
    }
    Ok(())
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

/// `(count0, count1, count2)`: the live objects made since the last
/// collection; whirl has no middle generation to count collections of.
fn get_count(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::tuple(vec![
        Value::Int(whirl_vm::gc::young_alive() as i64),
        Value::Int(0),
        Value::Int(0),
    ]))
}

fn get_threshold(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let t = THRESHOLDS.with(|t| t.get());
    Ok(Value::tuple(t.iter().map(|&x| Value::Int(x)).collect()))
}

/// An argument CPython reads as a C int.
fn c_int(vm: &Vm, v: &Value) -> PyResult<i64> {
    let n = match whirl_vm::types::arg_int(vm, v) {
        Ok(n) => n,
        Err(_) if matches!(v, Value::BigInt(_)) => {
            return Err(PyErr::new(
                ExcType::OverflowError,
                "Python int too large to convert to C long",
            ))
        }
        Err(e) => return Err(e),
    };
    if n > i64::from(i32::MAX) {
        return Err(PyErr::new(
            ExcType::OverflowError,
            "signed integer is greater than maximum",
        ));
    }
    if n < i64::from(i32::MIN) {
        return Err(PyErr::new(
            ExcType::OverflowError,
            "signed integer is less than minimum",
        ));
    }
    Ok(n)
}

/// `set_threshold(threshold0[, threshold1[, threshold2]])`: the ones
/// given replace the current ones.
fn set_threshold(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(
            "set_threshold() takes no keyword arguments",
        ));
    }
    if a.is_empty() || a.len() > 3 {
        return Err(PyErr::type_error(format!(
            "set_threshold() takes {} ({} given)",
            if a.is_empty() {
                "at least 1 argument"
            } else {
                "at most 3 arguments"
            },
            a.len()
        )));
    }
    // Each is stored as it is read: a bad one leaves those before it set,
    // as CPython's.
    for (i, v) in a.iter().enumerate() {
        let n = c_int(vm, v)?;
        if i == 0 {
            whirl_vm::gc::set_young_limit(n.max(0) as usize);
        }
        THRESHOLDS.with(|c| {
            let mut t = c.get();
            t[i] = n;
            c.set(t);
        });
    }
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    let mut members = vec![
        f("collect", collect),
        f("enable", enable),
        f("disable", disable),
        f("isenabled", isenabled),
        f("get_count", get_count),
        f("get_threshold", get_threshold),
        f("set_threshold", set_threshold),
        // Objects the collector found unreachable but could not free:
        // whirl's frees every cycle (finalizers included), as CPython's
        // does since 3.4, so the list stays empty unless a program adds
        // or DEBUG_SAVEALL keeps the garbage here.
        ("garbage", Value::list(vec![])),
        // Called with ("start" | "stop", info) around `gc.collect()`.
        ("callbacks", Value::list(vec![])),
    ];
    members.extend(crate::gc_debug::members());
    Ok(vm.make_module("gc", members))
}
