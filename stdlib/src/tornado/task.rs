//! The asyncio Task face of the coroutines the native runner drives as
//! tasks (`gen.convert_yielded` of a coroutine, an `async def` handler, a
//! loop callback's coroutine). The runner stays the driver — a Python
//! `asyncio.Task` per coroutine would cost the async handler path about as
//! much as the request itself — and a Task object (`_asyncio_loop.
//! _NativeTask`) is made only when Python code asks for one:
//! `asyncio.current_task()` while the runner steps the coroutine, and
//! `asyncio.all_tasks()`, which lists the runners not finished. Through the
//! handle below that object cancels the runner (CancelledError thrown in,
//! as `Task.cancel()` does) and counts the cancellations asked for.

use super::coroutine::Runner;
use super::state;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use whirl_vm::error::{PyErr, PyResult};
use whirl_vm::native::{native_ref, NativeData, NativeObject, Sink, Tracer};
use whirl_vm::types::Kw;
use whirl_vm::value::Value;
use whirl_vm::Vm;

thread_local! {
    /// The task runner whose coroutine runs now (None between steps).
    static CURRENT: RefCell<Option<Rc<Runner>>> = const { RefCell::new(None) };
    /// The task runners not finished, by address, for `all_tasks()`.
    static LIVE: RefCell<HashMap<usize, Weak<Runner>>> = RefCell::new(HashMap::new());
}

/// Makes `runner` the current task while it steps; gives the one before.
pub fn enter(runner: &Rc<Runner>) -> Option<Rc<Runner>> {
    CURRENT.with(|c| c.replace(Some(runner.clone())))
}

pub fn leave(previous: Option<Rc<Runner>>) {
    CURRENT.with(|c| *c.borrow_mut() = previous);
}

pub fn register(runner: &Rc<Runner>) {
    LIVE.with(|l| {
        l.borrow_mut()
            .insert(Rc::as_ptr(runner) as usize, Rc::downgrade(runner))
    });
}

pub fn unregister(runner: &Runner) {
    let _ = LIVE.try_with(|l| l.borrow_mut().remove(&(runner as *const Runner as usize)));
}

/// A Python-side handle on a task runner.
struct Handle(Rc<Runner>);

/// The handle keeps its runner alive; what the runner holds is traced by
/// the runner's own holders (the futures it waits on).
impl NativeData for Handle {
    fn trace(&self, _: &mut Tracer) {}
    fn clear(&self, _: &mut Sink) {}
}

fn handle(runner: Rc<Runner>) -> Value {
    NativeObject::new(state::with(|s| s.task_handle_class.clone()), Handle(runner))
}

fn this(a: &[Value]) -> PyResult<&Rc<Runner>> {
    a.first()
        .and_then(|v| native_ref::<Handle>(v))
        .map(|(_, h)| &h.0)
        .ok_or_else(|| PyErr::type_error("descriptor requires a '_TaskHandle' object"))
}

/// `_tornado.current_task_handle()`: the handle of the task runner whose
/// coroutine runs now, or None.
pub fn py_current_task_handle(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(CURRENT
        .with(|c| c.borrow().clone())
        .map(handle)
        .unwrap_or(Value::None))
}

/// `_tornado.new_task(coroutine)`: runs it as a task (its first step on
/// the next loop iteration); gives the task's handle.
pub fn py_new_task(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match a.first() {
        Some(Value::Generator(g)) if g.code.flags.coroutine => {
            Ok(handle(super::coroutine::start_runner(vm, g.clone())?))
        }
        other => Err(PyErr::type_error(format!(
            "a coroutine was expected, got {}",
            other.map_or_else(|| "nothing".to_string(), |v| vm.repr_or(v))
        ))),
    }
}

/// `_tornado.task_handles()`: handles of the task runners not finished.
pub fn py_task_handles(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let live: Vec<Rc<Runner>> = LIVE.with(|l| {
        let mut l = l.borrow_mut();
        l.retain(|_, w| w.strong_count() > 0);
        l.values().filter_map(Weak::upgrade).collect()
    });
    Ok(Value::list(
        live.into_iter()
            .filter(|r| !r.is_finished())
            .map(handle)
            .collect(),
    ))
}

fn py_cancel(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let runner = this(a)?;
    let msg = super::future::cancel_msg_arg(a, kw)?;
    Ok(Value::Bool(runner.cancel(msg)))
}

fn py_cancelling(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.cancel_requests() as i64))
}

fn py_uncancel(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.uncancel() as i64))
}

fn py_future(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(this(a)?.result_future())
}

fn py_coro(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(this(a)?.coroutine())
}

fn py_facade(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(a)?.facade();
    Ok(if f.is_null() { Value::None } else { f })
}

fn py_set_facade(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let r = this(a)?;
    r.set_facade(a.get(1).cloned().unwrap_or(Value::Null));
    Ok(Value::None)
}

pub fn class(vm: &Vm) -> Rc<whirl_vm::class::Class> {
    whirl_vm::native::native_class(
        vm,
        "_TaskHandle",
        "_tornado",
        &[
            ("cancel", py_cancel),
            ("cancelling", py_cancelling),
            ("uncancel", py_uncancel),
            ("future", py_future),
            ("coro", py_coro),
            ("facade", py_facade),
            ("set_facade", py_set_facade),
        ],
        None,
    )
}
