//! `tornado.concurrent.Future`, native: a result or an exception set once,
//! and callbacks scheduled on the loop when it is (as asyncio's Future,
//! which Tornado 6 uses). An exception nobody retrieved is reported when
//! the future is dropped: "Future exception was never retrieved".

use super::ioloop::{self, Task};
use super::state;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use whirl_vm::class::Instance;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::native::{native_ref, NativeData, NativeObject, Sink, Tracer};
use whirl_vm::types::Kw;
use whirl_vm::value::Value;
use whirl_vm::Vm;

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Pending,
    Finished,
    Cancelled,
}

/// What runs when a future is done: a Python callable given the future,
/// or native work (a coroutine runner waking up). Native work is an
/// object, not a closure, so that the cycle collector sees what it holds
/// (a coroutine waiting on a future that waits on it is a cycle).
pub enum DoneCallback {
    Py(Value),
    Native(Rc<dyn Wake>),
}

/// Native work run when a future is done, given the future.
pub trait Wake: NativeData {
    fn wake(self: Rc<Self>, vm: &mut Vm, fut: Value) -> PyResult<()>;
}

impl DoneCallback {
    fn trace(&self, t: &mut Tracer) {
        match self {
            DoneCallback::Py(v) => t.value(v),
            // Traced through only while the future is its sole holder:
            // otherwise something the collector cannot see holds it too.
            DoneCallback::Native(w) => {
                if Rc::strong_count(w) == 1 {
                    w.trace(t)
                }
            }
        }
    }
}

pub struct Future {
    state: Cell<State>,
    result: RefCell<Value>,
    exception: RefCell<Option<Rc<Instance>>>,
    callbacks: RefCell<Vec<DoneCallback>>,
    /// An exception was set and nobody has looked at it yet.
    log_exception: Cell<bool>,
    /// For the future of a task (coroutine.rs): how many times `cancel()`
    /// was asked of the task (asyncio's `Task.cancelling()`).
    task_cancels: Cell<u32>,
    /// What this future keeps alive until it is done: a coroutine runner's
    /// anchor, for the future that stands for the coroutine (as Tornado's
    /// Future keeps its Runner through a done callback). Null otherwise.
    keep: RefCell<Value>,
    /// The message `cancel(msg)` gave (Null: none): each CancelledError
    /// the cancelled future raises carries it.
    cancel_msg: RefCell<Value>,
    /// The CancelledError that a task's coroutine ended with: raised by
    /// the first look at the outcome, as asyncio's Task does (later looks
    /// make a new one).
    cancelled_exc: RefCell<Option<Rc<Instance>>>,
    /// Attributes Python code sets on the future (`fut._refcycle = fut`,
    /// as on asyncio's): a dict made by the first one, else Null.
    attrs: RefCell<Value>,
}

impl NativeData for Future {
    fn trace(&self, t: &mut Tracer) {
        if let Ok(r) = self.result.try_borrow() {
            t.value(&r);
        }
        if let Ok(Some(e)) = self.exception.try_borrow().as_deref() {
            t.rc(e);
        }
        if let Ok(cbs) = self.callbacks.try_borrow() {
            cbs.iter().for_each(|cb| cb.trace(t));
        }
        if let Ok(k) = self.keep.try_borrow() {
            t.value(&k);
        }
        if let Ok(m) = self.cancel_msg.try_borrow() {
            t.value(&m);
        }
        if let Ok(Some(e)) = self.cancelled_exc.try_borrow().as_deref() {
            t.rc(e);
        }
        if let Ok(a) = self.attrs.try_borrow() {
            t.value(&a);
        }
    }
    fn clear(&self, sink: &mut Sink) {
        if let Ok(mut r) = self.result.try_borrow_mut() {
            sink.value(std::mem::replace(&mut *r, Value::None));
        }
        // A cycle's exception is not reported as never retrieved.
        self.log_exception.set(false);
        if let Ok(mut e) = self.exception.try_borrow_mut() {
            if let Some(e) = e.take() {
                sink.value(Value::Instance(e));
            }
        }
        for slot in [&self.keep, &self.cancel_msg, &self.attrs] {
            if let Ok(mut k) = slot.try_borrow_mut() {
                sink.value(std::mem::replace(&mut *k, Value::Null));
            }
        }
        if let Ok(mut e) = self.cancelled_exc.try_borrow_mut() {
            if let Some(e) = e.take() {
                sink.value(Value::Instance(e));
            }
        }
        if let Ok(mut cbs) = self.callbacks.try_borrow_mut() {
            for cb in cbs.drain(..) {
                match cb {
                    DoneCallback::Py(v) => sink.value(v),
                    DoneCallback::Native(w) => sink.other(Box::new(w)),
                }
            }
        }
    }
}

thread_local! {
    static UNRETRIEVED: RefCell<Vec<Rc<Instance>>> = const { RefCell::new(Vec::new()) };
}

impl Drop for Future {
    fn drop(&mut self) {
        if self.log_exception.get() {
            if let Some(e) = self.exception.get_mut().take() {
                let _ = UNRETRIEVED.try_with(|u| u.borrow_mut().push(e));
            }
        }
    }
}

/// Reports the exceptions of futures dropped unretrieved (asyncio logs
/// them from `__del__`; natives cannot print from a destructor).
pub fn log_unretrieved(vm: &mut Vm) {
    loop {
        let Some(exc) = UNRETRIEVED.with(|u| u.borrow_mut().pop()) else {
            return;
        };
        let repr = vm.repr_or(&Value::Instance(exc.clone()));
        super::print_error(
            vm,
            &format!(
                "Future exception was never retrieved\nfuture: <Future finished exception={repr}>"
            ),
            &exc,
        );
    }
}

pub fn new_future() -> Value {
    NativeObject::new(
        state::with(|s| s.future_class.clone()),
        Future {
            state: Cell::new(State::Pending),
            result: RefCell::new(Value::None),
            exception: RefCell::new(None),
            callbacks: RefCell::new(Vec::new()),
            log_exception: Cell::new(false),
            task_cancels: Cell::new(0),
            keep: RefCell::new(Value::Null),
            cancel_msg: RefCell::new(Value::Null),
            cancelled_exc: RefCell::new(None),
            attrs: RefCell::new(Value::Null),
        },
    )
}

pub fn is_future(v: &Value) -> bool {
    native_ref::<Future>(v).is_some()
}

fn this(a: &[Value]) -> PyResult<&Future> {
    a.first()
        .and_then(|v| native_ref::<Future>(v))
        .map(|(_, f)| f)
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'Future' object"))
}

/// Whether `fut` (a native Future) is done; non-futures count as done.
pub fn is_done(fut: &Value) -> bool {
    native_ref::<Future>(fut).is_none_or(|(_, f)| f.state.get() != State::Pending)
}

/// The outcome of a done future, marking its exception as retrieved.
pub fn outcome(vm: &mut Vm, fut: &Value) -> Result<Value, PyErr> {
    let Some((_, f)) = native_ref::<Future>(fut) else {
        return Ok(Value::None);
    };
    match f.state.get() {
        State::Cancelled => Err(cancelled_error_of(vm, f)),
        State::Pending => Err(invalid_state(vm, "Result is not ready.")),
        State::Finished => {
            f.log_exception.set(false);
            match &*f.exception.borrow() {
                Some(e) => Err(PyErr::Raised(e.clone())),
                None => Ok(f.result.borrow().clone()),
            }
        }
    }
}

fn exc_of(vm: &mut Vm, cls: Rc<whirl_vm::class::Class>, msg: &str) -> PyErr {
    let args = if msg.is_empty() {
        vec![]
    } else {
        vec![Value::str(msg)]
    };
    match vm.call_class(&cls, args, vec![]) {
        Ok(Value::Instance(i)) => PyErr::Raised(i),
        Ok(_) => PyErr::new(ExcType::RuntimeError, msg),
        Err(e) => e,
    }
}

pub fn cancelled_error(vm: &mut Vm) -> PyErr {
    let cls = state::with(|s| s.cancelled_error.clone());
    exc_of(vm, cls, "")
}

/// `CancelledError(msg)`, or `CancelledError()` for a Null msg.
pub fn cancelled_error_with(vm: &mut Vm, msg: Value) -> PyErr {
    if msg.is_null() {
        return cancelled_error(vm);
    }
    let cls = state::with(|s| s.cancelled_error.clone());
    match vm.call_class(&cls, vec![msg], vec![]) {
        Ok(Value::Instance(i)) => PyErr::Raised(i),
        Ok(_) => PyErr::new(ExcType::RuntimeError, "CancelledError"),
        Err(e) => e,
    }
}

/// What a cancelled future raises: the coroutine's own CancelledError the
/// first time (a task's), else a new one with the cancel message.
fn cancelled_error_of(vm: &mut Vm, f: &Future) -> PyErr {
    if let Some(e) = f.cancelled_exc.borrow_mut().take() {
        return PyErr::Raised(e);
    }
    let msg = f.cancel_msg.borrow().clone();
    cancelled_error_with(vm, msg)
}

fn invalid_state(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = state::with(|s| s.invalid_state_error.clone());
    exc_of(vm, cls, msg)
}

/// Queues the callbacks of a future that just finished.
fn schedule_callbacks(f: &Future, fut: &Value) {
    let callbacks = std::mem::take(&mut *f.callbacks.borrow_mut());
    for cb in callbacks {
        schedule(cb, fut.clone());
    }
    f.keep.replace(Value::Null).discard();
}

/// Makes `fut` keep `v` alive until it is done (see `Future::keep`).
pub fn set_keep(fut: &Value, v: Value) {
    if let Some((_, f)) = native_ref::<Future>(fut) {
        if f.state.get() == State::Pending {
            f.keep.replace(v).discard();
        }
    }
}

fn schedule(cb: DoneCallback, fut: Value) {
    ioloop::add_task(match cb {
        DoneCallback::Py(f) => Task::Call(f, vec![fut]),
        DoneCallback::Native(w) => Task::native(move |vm| w.wake(vm, fut)),
    });
}

/// `fut.add_done_callback(cb)`: cb runs on the loop once fut is done
/// (next iteration when it already is).
pub fn add_done_callback(fut: &Value, cb: DoneCallback) {
    match native_ref::<Future>(fut) {
        Some((_, f)) if f.state.get() == State::Pending => f.callbacks.borrow_mut().push(cb),
        _ => schedule(cb, fut.clone()),
    }
}

pub fn set_result(vm: &mut Vm, fut: &Value, v: Value) -> PyResult<()> {
    let Some((_, f)) = native_ref::<Future>(fut) else {
        return Err(PyErr::type_error("not a Future"));
    };
    if f.state.get() != State::Pending {
        return Err(invalid_state(vm, "invalid state"));
    }
    *f.result.borrow_mut() = v;
    f.state.set(State::Finished);
    schedule_callbacks(f, fut);
    Ok(())
}

pub fn set_exception(vm: &mut Vm, fut: &Value, e: PyErr) -> PyResult<()> {
    let Some((_, f)) = native_ref::<Future>(fut) else {
        return Err(PyErr::type_error("not a Future"));
    };
    if f.state.get() != State::Pending {
        return Err(invalid_state(vm, "invalid state"));
    }
    let exc = vm.materialize(e);
    if vm.is_instance_of_exc(&exc, ExcType::StopIteration) {
        return Err(PyErr::type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        ));
    }
    *f.exception.borrow_mut() = Some(exc);
    f.log_exception.set(true);
    f.state.set(State::Finished);
    schedule_callbacks(f, fut);
    Ok(())
}

/// Settles `fut` unless it was cancelled meanwhile (Tornado's
/// `future_set_*_unless_cancelled`).
pub fn settle_unless_cancelled(vm: &mut Vm, fut: &Value, r: Result<Value, PyErr>) -> PyResult<()> {
    if let Some((_, f)) = native_ref::<Future>(fut) {
        if f.state.get() == State::Cancelled {
            return Ok(());
        }
    }
    match r {
        Ok(v) => set_result(vm, fut, v),
        Err(e) => set_exception(vm, fut, e),
    }
}

/// How many times its task was asked to cancel (0 for a plain future).
pub fn task_cancels(fut: &Value) -> u32 {
    native_ref::<Future>(fut).map_or(0, |(_, f)| f.task_cancels.get())
}

/// Adds `delta` to that count (never below 0); gives the new count.
pub fn add_task_cancels(fut: &Value, delta: i32) -> u32 {
    native_ref::<Future>(fut).map_or(0, |(_, f)| {
        let n = f.task_cancels.get().saturating_add_signed(delta);
        f.task_cancels.set(n);
        n
    })
}

pub fn cancel(fut: &Value) -> bool {
    cancel_with(fut, Value::Null)
}

/// `fut.cancel(msg)`: the CancelledErrors it raises carry `msg`.
pub fn cancel_with(fut: &Value, msg: Value) -> bool {
    let Some((_, f)) = native_ref::<Future>(fut) else {
        return false;
    };
    if f.state.get() != State::Pending {
        return false;
    }
    f.cancel_msg.replace(msg).discard();
    f.state.set(State::Cancelled);
    schedule_callbacks(f, fut);
    true
}

/// A task's future, cancelled because its coroutine raised `exc`
/// (asyncio's Task keeps that exception for the first look).
pub fn cancel_raised(fut: &Value, exc: Rc<Instance>) -> bool {
    let Some((_, f)) = native_ref::<Future>(fut) else {
        return false;
    };
    if f.state.get() != State::Pending {
        return false;
    }
    *f.cancelled_exc.borrow_mut() = Some(exc);
    cancel(fut)
}

// ----- the Python face -----

fn py_new(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(new_future())
}

fn py_result(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    this(a)?;
    outcome(vm, &a[0])
}

fn py_exception(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(a)?;
    match f.state.get() {
        State::Cancelled => Err(cancelled_error_of(vm, f)),
        State::Pending => Err(invalid_state(vm, "Exception is not set.")),
        State::Finished => {
            f.log_exception.set(false);
            Ok(f.exception
                .borrow()
                .clone()
                .map(Value::Instance)
                .unwrap_or(Value::None))
        }
    }
}

fn py_done(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(this(a)?.state.get() != State::Pending))
}

fn py_cancelled(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(this(a)?.state.get() == State::Cancelled))
}

fn py_running(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn py_cancel(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    this(a)?;
    let msg = cancel_msg_arg(a, kw)?;
    Ok(Value::Bool(cancel_with(&a[0], msg)))
}

/// The `msg` of `cancel(msg=None)` (after self): Null for None.
pub fn cancel_msg_arg(a: &[Value], kw: Kw) -> PyResult<Value> {
    if a.len() > 2 {
        return Err(PyErr::type_error(format!(
            "cancel() takes at most 1 argument ({} given)",
            a.len() - 1
        )));
    }
    let mut msg = a.get(1).cloned();
    for (k, v) in kw {
        if k.as_str() != "msg" {
            return Err(PyErr::type_error(format!(
                "cancel() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
        if msg.is_some() {
            return Err(PyErr::type_error(
                "argument for cancel() given by name ('msg') and position (1)",
            ));
        }
        msg = Some(v.clone());
    }
    Ok(match msg {
        None | Some(Value::None) => Value::Null,
        Some(m) => m,
    })
}

fn py_set_result(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    this(a)?;
    let v = a.get(1).cloned().unwrap_or(Value::None);
    set_result(vm, &a[0], v)?;
    Ok(Value::None)
}

fn py_set_exception(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    this(a)?;
    let e = match a.get(1) {
        Some(v @ (Value::Instance(_) | Value::Class(_))) => vm.make_raisable(v.clone())?,
        _ => {
            return Err(PyErr::type_error(
                "exceptions must derive from BaseException",
            ))
        }
    };
    set_exception(vm, &a[0], e)?;
    Ok(Value::None)
}

fn py_add_done_callback(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    this(a)?;
    let cb = a.get(1).cloned().unwrap_or(Value::None);
    add_done_callback(&a[0], DoneCallback::Py(cb));
    Ok(Value::None)
}

fn py_remove_done_callback(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(a)?;
    let target = a.get(1).cloned().unwrap_or(Value::None);
    let mut removed = 0;
    let mut kept = Vec::new();
    for cb in std::mem::take(&mut *f.callbacks.borrow_mut()) {
        match &cb {
            DoneCallback::Py(v) if vm.eq(v, &target)? => removed += 1,
            _ => kept.push(cb),
        }
    }
    *f.callbacks.borrow_mut() = kept;
    Ok(Value::Int(removed))
}

/// `future._task_cancelling()`: for a task's future, how many times the
/// task was asked to cancel (tornado.web tells a handler's own task being
/// cancelled from a handler awaiting something cancelled).
fn py_task_cancelling(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(this(a)?.task_cancels.get() as i64))
}

fn py_repr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(a)?;
    let s = match f.state.get() {
        State::Pending => "<Future pending>".to_string(),
        State::Cancelled => "<Future cancelled>".to_string(),
        State::Finished => match f.exception.borrow().clone() {
            Some(e) => format!(
                "<Future finished exception={}>",
                vm.repr(&Value::Instance(e))?
            ),
            None => {
                let r = f.result.borrow().clone();
                format!("<Future finished result={}>", vm.repr(&r)?)
            }
        },
    };
    Ok(Value::string(s))
}

fn attr_name(a: &[Value]) -> PyResult<Rc<whirl_vm::str::PyStr>> {
    match a.get(1) {
        Some(Value::Str(s)) => Ok(s.clone()),
        _ => Err(PyErr::type_error("attribute name must be string")),
    }
}

fn no_attribute(name: &str) -> PyErr {
    PyErr::new(
        ExcType::AttributeError,
        format!("'Future' object has no attribute '{name}'"),
    )
}

/// An attribute Python code set (asked only after the class's own).
fn py_getattr(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fut = this(a)?;
    let name = attr_name(a)?;
    match &*fut.attrs.borrow() {
        Value::Dict(d) => d.get_str(&name).ok_or_else(|| no_attribute(name.as_str())),
        _ => Err(no_attribute(name.as_str())),
    }
}

/// Sets an attribute of the future's own; the class's names (its
/// methods) stay read-only.
fn py_setattr(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fut = this(a)?;
    let name = attr_name(a)?;
    let value = a.get(2).cloned().unwrap_or(Value::None);
    if let Some(Value::Native(n)) = a.first() {
        if n.class.lookup(&name).is_some() {
            return Err(PyErr::new(
                ExcType::AttributeError,
                format!("'Future' object attribute '{}' is read-only", name.as_str()),
            ));
        }
    }
    let dict = {
        let mut attrs = fut.attrs.borrow_mut();
        if !matches!(&*attrs, Value::Dict(_)) {
            *attrs = Value::Dict(whirl_vm::gc::new_dict());
        }
        attrs.clone()
    };
    if let Value::Dict(d) = dict {
        d.set_str(name, value);
    }
    Ok(Value::None)
}

fn py_delattr(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fut = this(a)?;
    let name = attr_name(a)?;
    let dict = fut.attrs.borrow().clone();
    let removed = match dict {
        Value::Dict(d) => d.0.borrow_mut().remove(&Value::Str(name.clone()))?,
        _ => None,
    };
    match removed {
        // Dropped here, outside the dict's borrow.
        Some(_) => Ok(Value::None),
        None => Err(no_attribute(name.as_str())),
    }
}

pub fn class(vm: &Vm) -> Rc<whirl_vm::class::Class> {
    whirl_vm::native::native_class(
        vm,
        "Future",
        "tornado.concurrent",
        &[
            ("result", py_result),
            ("exception", py_exception),
            ("done", py_done),
            ("cancelled", py_cancelled),
            ("running", py_running),
            ("cancel", py_cancel),
            ("set_result", py_set_result),
            ("set_exception", py_set_exception),
            ("add_done_callback", py_add_done_callback),
            ("remove_done_callback", py_remove_done_callback),
            ("_task_cancelling", py_task_cancelling),
            ("__repr__", py_repr),
            ("__getattr__", py_getattr),
            ("__setattr__", py_setattr),
            ("__delattr__", py_delattr),
        ],
        Some(py_new),
    )
}
