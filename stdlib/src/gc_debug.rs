//! `gc`'s debugging face: `set_debug`/`get_debug` with the `DEBUG_*`
//! flags (`DEBUG_SAVEALL` keeps garbage in `gc.garbage` instead of freeing
//! it, `DEBUG_STATS` reports each `gc.collect()` on stderr), and
//! `get_referents`/`get_referrers` over the objects the collector tracks.
//! Tools that look for reference cycles (Tornado's circlerefs test) use
//! them together.
//!
//! Only containers are tracked in whirl, so `get_referents` leaves out the
//! strings and numbers an object holds, and `get_referrers` finds what
//! holds a container.

use std::cell::Cell;
use std::time::Instant;
use whirl_vm::error::{PyErr, PyResult};
use whirl_vm::str::intern;
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

pub const DEBUG_STATS: i64 = 1;
pub const DEBUG_COLLECTABLE: i64 = 2;
pub const DEBUG_UNCOLLECTABLE: i64 = 4;
pub const DEBUG_SAVEALL: i64 = 32;
pub const DEBUG_LEAK: i64 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

thread_local! {
    static FLAGS: Cell<i64> = const { Cell::new(0) };
}

fn no_kwargs(name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )))
    }
}

/// `gc.set_debug(flags)`
fn set_debug(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set_debug", kw)?;
    if a.len() != 1 {
        return Err(PyErr::type_error(format!(
            "set_debug() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let flags = match &a[0] {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        v => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    };
    FLAGS.with(|f| f.set(flags));
    whirl_vm::gc::set_save_all(flags & DEBUG_SAVEALL != 0);
    Ok(Value::None)
}

/// `gc.get_debug()`
fn get_debug(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("get_debug", kw)?;
    if !a.is_empty() {
        return Err(PyErr::type_error(format!(
            "get_debug() takes no arguments ({} given)",
            a.len()
        )));
    }
    Ok(Value::Int(FLAGS.with(|f| f.get())))
}

/// `gc.get_referents(*objs)`
fn get_referents(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("get_referents", kw)?;
    Ok(Value::list(whirl_vm::gc::referents(a)))
}

/// `gc.get_referrers(*objs)`
fn get_referrers(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("get_referrers", kw)?;
    Ok(Value::list(whirl_vm::gc::referrers(a)))
}

/// Whether `DEBUG_STATS` is on; when it is, reports the start of a
/// collection on stderr and gives the time it started.
pub fn stats_start(vm: &mut Vm, generation: i64) -> PyResult<Option<Instant>> {
    if FLAGS.with(|f| f.get()) & DEBUG_STATS == 0 {
        return Ok(None);
    }
    let (young, old) = whirl_vm::gc::counts();
    write_stderr(
        vm,
        &format!(
            "gc: collecting generation {generation}...\n\
             gc: objects in each generation: {young} 0 {old}\n\
             gc: objects in permanent generation: 0\n"
        ),
    )?;
    Ok(Some(Instant::now()))
}

/// Reports the end of a collection started under `DEBUG_STATS`.
pub fn stats_done(vm: &mut Vm, started: Option<Instant>, collected: i64) -> PyResult<()> {
    let Some(t) = started else { return Ok(()) };
    write_stderr(
        vm,
        &format!(
            "gc: done, {collected} unreachable, 0 uncollectable, {:.4}s elapsed\n",
            t.elapsed().as_secs_f64()
        ),
    )
}

/// Garbage kept under `DEBUG_SAVEALL` goes to the end of `gc.garbage`.
pub fn save_garbage(vm: &mut Vm) -> PyResult<()> {
    let saved = whirl_vm::gc::take_saved();
    if saved.is_empty() {
        return Ok(());
    }
    let gc = vm.import_module("gc")?;
    if let Value::List(l) = vm.getattr(&gc, &intern("garbage"))? {
        l.0.borrow_mut().extend(saved);
    }
    Ok(())
}

fn write_stderr(vm: &mut Vm, text: &str) -> PyResult<()> {
    let sys = vm.import_module("sys")?;
    let stderr = vm.getattr(&sys, &intern("stderr"))?;
    if stderr.is_none() {
        return Ok(());
    }
    let write = vm.getattr(&stderr, &intern("write"))?;
    vm.call(&write, vec![Value::str(text)])?;
    Ok(())
}

/// The members this file adds to the `gc` module.
pub fn members() -> Vec<(&'static str, Value)> {
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    vec![
        f("set_debug", set_debug),
        f("get_debug", get_debug),
        f("get_referents", get_referents),
        f("get_referrers", get_referrers),
        ("DEBUG_STATS", Value::Int(DEBUG_STATS)),
        ("DEBUG_COLLECTABLE", Value::Int(DEBUG_COLLECTABLE)),
        ("DEBUG_UNCOLLECTABLE", Value::Int(DEBUG_UNCOLLECTABLE)),
        ("DEBUG_SAVEALL", Value::Int(DEBUG_SAVEALL)),
        ("DEBUG_LEAK", Value::Int(DEBUG_LEAK)),
    ]
}
