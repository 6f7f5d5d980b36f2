//! The coroutine runner: drives a generator (`@gen.coroutine`) or a native
//! coroutine (`async def`) against the futures it yields, resolving the
//! Future that stands for it. Generators follow Tornado's `gen.Runner`: a
//! yielded future that is already done is sent back at once; otherwise the
//! runner wakes on the loop iteration after it finishes. Native coroutines
//! follow asyncio's `Task`: the first step runs on the next iteration, and
//! each awaited future wakes the task through a done callback.

use super::future::{self, DoneCallback, Wake};
use super::ioloop::{self, Task};
use super::state;
use super::task;
use std::cell::Cell;
use std::rc::Rc;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::generator::Generator;
use whirl_vm::native::{NativeData, Sink, Tracer};
use whirl_vm::types::Kw;
use whirl_vm::value::{PyList, Value};
use whirl_vm::{Exit, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `@gen.coroutine` generators: yielded values are sent back in.
    Generator,
    /// `async def` coroutines: `Future.__await__` yields the future and
    /// reads its result itself when resumed.
    Task,
}

pub struct Runner {
    /// What the runner holds (the coroutine, its Future, the future it
    /// waits on, its Task object, its context), kept in a list the
    /// collector tracks: the runner's Future holds the list too (as
    /// Tornado's Future holds its Runner through a done callback), so a
    /// coroutine waiting on a future only it references stays alive as
    /// long as its Future does, and a cycle through them all is collected
    /// as one. See the slot constants below.
    anchor: Rc<PyList>,
    kind: Kind,
    running: Cell<bool>,
    finished: Cell<bool>,
    /// A task's `cancel()` came while it waited on nothing cancellable:
    /// CancelledError is thrown in at its next step.
    must_cancel: Cell<bool>,
}

/// The coroutine (a generator).
const GEN: usize = 0;
/// The Future that stands for the coroutine.
const RESULT: usize = 1;
/// The future the coroutine waits on (Null when none).
const AWAITING: usize = 2;
/// The task's asyncio Task object, once Python code asked for one (see
/// task.rs); Null before, and again once finished.
const FACADE: usize = 3;
/// The contextvars Context each step runs in (a copy of the one where the
/// coroutine was started, as asyncio's Task and Tornado's coroutine
/// take); Null when contextvars was never imported.
const CONTEXT: usize = 4;
/// The message of a `cancel(msg)` waiting for the task's next step (Null:
/// none).
const CANCEL_MSG: usize = 5;

impl Runner {
    fn new(gen: Rc<Generator>, kind: Kind, result: Value, context: Value) -> Runner {
        let anchor = whirl_vm::gc::new_list(vec![
            Value::Generator(gen),
            result.clone(),
            Value::Null,
            Value::Null,
            context,
            Value::Null,
        ]);
        future::set_keep(&result, Value::List(anchor.clone()));
        Runner {
            anchor,
            kind,
            running: Cell::new(false),
            finished: Cell::new(false),
            must_cancel: Cell::new(false),
        }
    }

    /// A slot of the anchor (Null once the collector emptied it).
    fn slot(&self, i: usize) -> Value {
        self.anchor
            .0
            .borrow()
            .get(i)
            .cloned()
            .unwrap_or(Value::Null)
    }

    /// Replaces a slot, giving what it held.
    fn replace_slot(&self, i: usize, v: Value) -> Value {
        match self.anchor.0.borrow_mut().get_mut(i) {
            Some(old) => std::mem::replace(old, v),
            None => Value::Null,
        }
    }

    fn gen(&self) -> Option<Rc<Generator>> {
        match self.slot(GEN) {
            Value::Generator(g) => Some(g),
            _ => None,
        }
    }

    pub fn is_finished(&self) -> bool {
        self.finished.get()
    }

    pub fn result_future(&self) -> Value {
        self.slot(RESULT)
    }

    pub fn coroutine(&self) -> Value {
        self.slot(GEN)
    }

    pub fn facade(&self) -> Value {
        self.slot(FACADE)
    }

    pub fn set_facade(&self, f: Value) {
        if !self.finished.get() {
            self.replace_slot(FACADE, f).discard();
        }
    }

    pub fn cancel_requests(&self) -> u32 {
        future::task_cancels(&self.slot(RESULT))
    }

    pub fn uncancel(&self) -> u32 {
        future::add_task_cancels(&self.slot(RESULT), -1)
    }

    /// asyncio's `Task.cancel()`: the future it waits on is cancelled (its
    /// wake-up throws CancelledError in), else CancelledError is thrown in
    /// at the next step. False once the task is done.
    pub fn cancel(&self, msg: Value) -> bool {
        let result = self.slot(RESULT);
        if self.finished.get() || future::is_done(&result) {
            return false;
        }
        future::add_task_cancels(&result, 1);
        let waiting = self.slot(AWAITING);
        if !waiting.is_null() && future::cancel_with(&waiting, msg.clone()) {
            return true;
        }
        self.must_cancel.set(true);
        self.replace_slot(CANCEL_MSG, msg).discard();
        true
    }
}

/// What the collector sees of a runner held by a future's callbacks: its
/// anchor (a tracked list, cleared as one when garbage).
impl NativeData for Runner {
    fn trace(&self, t: &mut Tracer) {
        t.rc(&self.anchor);
    }
    fn clear(&self, _: &mut Sink) {}
}

impl Wake for Runner {
    fn wake(self: Rc<Self>, vm: &mut Vm, _: Value) -> PyResult<()> {
        self.run(vm, None)
    }
}

/// Reports a discarded coroutine's error (reads the outcome).
struct Discard;

impl NativeData for Discard {
    fn trace(&self, _: &mut Tracer) {}
    fn clear(&self, _: &mut Sink) {}
}

impl Wake for Discard {
    fn wake(self: Rc<Self>, vm: &mut Vm, f: Value) -> PyResult<()> {
        future::outcome(vm, &f).map(|_| ())
    }
}

/// Whether an error is a `gen.Return` or `StopIteration`; gives its value.
fn return_value(vm: &mut Vm, e: PyErr) -> Result<Value, PyErr> {
    let exc = vm.materialize(e);
    let is_return =
        state::with(|s| s.return_class.clone()).is_some_and(|c| exc.class.is_subclass(&c));
    if is_return || vm.is_instance_of_exc(&exc, ExcType::StopIteration) {
        let value = vm.getattr(
            &Value::Instance(exc.clone()),
            &whirl_vm::str::intern("value"),
        );
        return Ok(value.unwrap_or(Value::None));
    }
    Err(PyErr::Raised(exc))
}

/// Settles a coroutine's result future with what its function gave: a
/// CancelledError cancels it, as an asyncio Task ends cancelled.
fn settle_result(vm: &mut Vm, fut: &Value, r: Result<Value, PyErr>) -> PyResult<()> {
    let r = match r {
        Err(e) => {
            let exc = vm.materialize(e);
            let cancelled = state::with(|s| s.cancelled_error.clone());
            if exc.class.is_subclass(&cancelled) {
                future::cancel_raised(fut, exc);
                return Ok(());
            }
            Err(PyErr::Raised(exc))
        }
        ok => ok,
    };
    future::settle_unless_cancelled(vm, fut, r)
}

/// Errors that stop the program instead of failing a future.
fn must_propagate(vm: &mut Vm, e: PyErr) -> Result<PyErr, PyErr> {
    let exc = vm.materialize(e);
    if vm.is_instance_of_exc(&exc, ExcType::KeyboardInterrupt)
        || vm.is_instance_of_exc(&exc, ExcType::SystemExit)
        || vm.is_instance_of_exc(&exc, ExcType::GeneratorExit)
    {
        return Err(PyErr::Raised(exc));
    }
    Ok(PyErr::Raised(exc))
}

impl Runner {
    fn finish(&self, vm: &mut Vm, r: Result<Value, PyErr>) -> PyResult<()> {
        self.finished.set(true);
        self.replace_slot(AWAITING, Value::Null).discard();
        if self.kind == Kind::Task {
            task::unregister(self);
            self.replace_slot(FACADE, Value::Null).discard();
        }
        settle_result(vm, &self.slot(RESULT), r)
    }

    /// Resumes the coroutine until it waits on a future that is not done.
    fn run(self: &Rc<Self>, vm: &mut Vm, mut input: Option<Result<Value, PyErr>>) -> PyResult<()> {
        if self.running.get() || self.finished.get() {
            return Ok(());
        }
        self.running.set(true);
        // The steps and what they yield (a coroutine converted to a task
        // copies this context) run in the coroutine's context, as
        // Tornado's Runner.run and asyncio's Task step do.
        let r = match enter_context(vm, &self.slot(CONTEXT)) {
            Ok(outer) => {
                let r = self.run_steps(vm, &mut input);
                leave_context(vm, outer).and(r)
            }
            Err(e) => Err(e),
        };
        self.running.set(false);
        r
    }

    fn run_steps(
        self: &Rc<Self>,
        vm: &mut Vm,
        input: &mut Option<Result<Value, PyErr>>,
    ) -> PyResult<()> {
        loop {
            let send = match input.take() {
                Some(i) => i,
                None => {
                    let fut = self.replace_slot(AWAITING, Value::Null);
                    if !future::is_done(&fut) {
                        self.replace_slot(AWAITING, fut).discard();
                        return Ok(());
                    }
                    let out = future::outcome(vm, &fut);
                    match self.kind {
                        Kind::Generator => out,
                        // asyncio's Task wakes the coroutine with the
                        // future's exception, or with None.
                        Kind::Task => out.map(|_| Value::None),
                    }
                }
            };
            // Emptied by the collector: nothing is left to run.
            let Some(gen) = self.gen() else {
                self.finished.set(true);
                return Ok(());
            };
            let stepped = if self.kind == Kind::Task {
                let send = if self.must_cancel.replace(false) {
                    let msg = self.replace_slot(CANCEL_MSG, Value::Null);
                    match send {
                        // Already being cancelled (the awaited future was):
                        // that CancelledError goes in, as asyncio's Task.
                        Err(e) => {
                            let exc = vm.materialize(e);
                            let cancelled = state::with(|s| s.cancelled_error.clone());
                            if exc.class.is_subclass(&cancelled) {
                                Err(PyErr::Raised(exc))
                            } else {
                                Err(future::cancelled_error_with(vm, msg))
                            }
                        }
                        Ok(_) => Err(future::cancelled_error_with(vm, msg)),
                    }
                } else {
                    send
                };
                let previous = task::enter(self);
                let stepped = vm.gen_resume(&gen, send);
                task::leave(previous);
                stepped
            } else {
                vm.gen_resume(&gen, send)
            };
            match stepped {
                Ok(Exit::Return(v)) => return self.finish(vm, Ok(v)),
                Ok(Exit::Yield(y)) => {
                    if !self.handle_yield(vm, y)? {
                        return Ok(());
                    }
                }
                Err(e) => {
                    let e = must_propagate(vm, e)?;
                    let r = match self.kind {
                        Kind::Generator => return_value(vm, e),
                        Kind::Task => Err(e),
                    };
                    return self.finish(vm, r);
                }
            }
        }
    }

    /// Takes what the coroutine yielded; true to resume it at once.
    fn handle_yield(self: &Rc<Self>, vm: &mut Vm, y: Value) -> PyResult<bool> {
        if self.kind == Kind::Task {
            return Ok(self.task_yield(vm, y));
        }
        let moment = state::with(|s| s.moment.clone());
        if y.is_none() || (!moment.is_null() && y.ptr() == moment.ptr()) {
            let me = self.clone();
            ioloop::add_task(Task::native(move |vm| me.run(vm, None)));
            return Ok(false);
        }
        let fut = match convert_yielded(vm, y) {
            Ok(f) => f,
            Err(e) => {
                let e = must_propagate(vm, e)?;
                let f = future::new_future();
                future::set_exception(vm, &f, e)?;
                f
            }
        };
        let done = future::is_done(&fut);
        if !done {
            future::add_done_callback(&fut, DoneCallback::Native(self.clone()));
        }
        self.replace_slot(AWAITING, fut).discard();
        Ok(done)
    }

    /// asyncio's Task: a yielded future wakes the task when done; a bare
    /// `yield` gives the loop one iteration; anything else is an error
    /// thrown back in.
    fn task_yield(self: &Rc<Self>, vm: &mut Vm, y: Value) -> bool {
        let me = self.clone();
        if future::is_future(&y) {
            self.replace_slot(AWAITING, y.clone()).discard();
            future::add_done_callback(&y, DoneCallback::Native(me));
        } else if y.is_none() {
            ioloop::add_task(Task::native(move |vm| me.run(vm, Some(Ok(Value::None)))));
        } else {
            let msg = format!("Task got bad yield: {}", vm.repr_or(&y));
            let err = PyErr::new(ExcType::RuntimeError, msg);
            ioloop::add_task(Task::native(move |vm| me.run(vm, Some(Err(err)))));
        }
        false
    }
}

/// A copy of the current contextvars Context, or Null when the program
/// never imported contextvars (no ContextVar exists to tell the
/// difference, so coroutines pay nothing for contexts then).
fn capture_context(vm: &mut Vm) -> PyResult<Value> {
    let Some(module) = vm
        .modules
        .get(&Value::Str(whirl_vm::str::intern("contextvars")))?
    else {
        return Ok(Value::Null);
    };
    let copy = vm.getattr(&module, &whirl_vm::str::intern("copy_context"))?;
    vm.call(&copy, vec![])
}

/// Makes `context` current (`contextvars._current`); gives the one it
/// replaced, to restore with leave_context. Nothing for a Null context.
fn enter_context(vm: &mut Vm, context: &Value) -> PyResult<Value> {
    if context.is_null() {
        return Ok(Value::Null);
    }
    let Some(module) = vm
        .modules
        .get(&Value::Str(whirl_vm::str::intern("contextvars")))?
    else {
        return Ok(Value::Null);
    };
    let name = whirl_vm::str::intern("_current");
    let previous = vm.getattr(&module, &name)?;
    vm.setattr(&module, &name, context.clone())?;
    Ok(previous)
}

fn leave_context(vm: &mut Vm, previous: Value) -> PyResult<()> {
    if previous.is_null() {
        return Ok(());
    }
    if let Some(module) = vm
        .modules
        .get(&Value::Str(whirl_vm::str::intern("contextvars")))?
    {
        vm.setattr(&module, &whirl_vm::str::intern("_current"), previous)?;
    }
    Ok(())
}

/// `gen.convert_yielded`: futures as they are, coroutines as tasks, the
/// rest (lists and dicts of futures, awaitables) through the Python
/// side's `convert_yielded`.
pub fn convert_yielded(vm: &mut Vm, y: Value) -> PyResult<Value> {
    if future::is_future(&y) {
        return Ok(y);
    }
    if let Value::Generator(g) = &y {
        if g.code.flags.coroutine {
            return start_task(vm, g.clone());
        }
    }
    let hook = state::with(|s| s.convert_yielded.clone());
    if hook.is_null() {
        return Err(PyErr::type_error(format!(
            "yielded unknown object {}",
            vm.repr_or(&y)
        )));
    }
    vm.call(&hook, vec![y])
}

/// Wraps a native coroutine in a task; its first step runs on the next
/// loop iteration. Returns the task's future.
pub fn start_task(vm: &mut Vm, gen: Rc<Generator>) -> PyResult<Value> {
    Ok(start_runner(vm, gen)?.result_future())
}

/// `start_task`, giving the runner (for its Task object, task.rs).
pub fn start_runner(vm: &mut Vm, gen: Rc<Generator>) -> PyResult<Rc<Runner>> {
    let result = future::new_future();
    let context = capture_context(vm)?;
    let runner = Rc::new(Runner::new(gen, Kind::Task, result, context));
    task::register(&runner);
    let r = runner.clone();
    ioloop::add_task(Task::native(move |vm| r.run(vm, Some(Ok(Value::None)))));
    Ok(runner)
}

/// The body of a `@gen.coroutine` wrapper: calls the function; a generator
/// runs at once up to its first yield. Returns the coroutine's Future.
pub fn call_coroutine(
    vm: &mut Vm,
    func: &Value,
    args: Vec<Value>,
    kwargs: Vec<(Rc<whirl_vm::str::PyStr>, Value)>,
) -> PyResult<Value> {
    let result = future::new_future();
    // As Tornado's coroutine: the function and each step of its generator
    // run in a copy of the caller's context.
    let context = capture_context(vm)?;
    let outer_context = enter_context(vm, &context)?;
    let called = vm.call_kw(func, args, kwargs);
    leave_context(vm, outer_context)?;
    let r = match called {
        Ok(Value::Generator(g)) if !g.code.flags.coroutine => {
            let runner = Rc::new(Runner::new(g, Kind::Generator, result.clone(), context));
            runner.run(vm, Some(Ok(Value::None)))?;
            return Ok(result);
        }
        Ok(v) => Ok(v),
        Err(e) => {
            let e = must_propagate(vm, e)?;
            return_value(vm, e)
        }
    };
    settle_result(vm, &result, r)?;
    Ok(result)
}

/// What a loop callback returned: a future or coroutine is waited for and
/// its error reported (Tornado's `_discard_future_result`).
pub fn discard_result(vm: &mut Vm, v: Value) -> PyResult<()> {
    let fut = match convert_yielded(vm, v) {
        Ok(fut) => fut,
        Err(e) => {
            // A value that cannot be awaited (`fut.cancel` returns a bool)
            // is dropped, as Tornado's `_run_callback` drops it.
            let exc = vm.materialize(e);
            if exc.class.name == "BadYieldError" {
                return Ok(());
            }
            return Err(PyErr::Raised(exc));
        }
    };
    future::add_done_callback(&fut, DoneCallback::Native(Rc::new(Discard)));
    Ok(())
}

// ----- the Python face -----

/// `_tornado.call_coroutine(func, args, kwargs)`
pub fn py_call_coroutine(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let func = a.first().cloned().unwrap_or(Value::None);
    let args = match a.get(1) {
        Some(Value::Tuple(t)) => t.0.to_vec(),
        _ => vec![],
    };
    let mut kwargs = Vec::new();
    if let Some(Value::Dict(d)) = a.get(2) {
        for (k, v) in d.0.borrow().items() {
            if let Value::Str(k) = k {
                kwargs.push((k, v));
            }
        }
    }
    call_coroutine(vm, &func, args, kwargs)
}

/// `_tornado.convert_yielded(x)` for the cases handled natively.
pub fn py_convert_yielded(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    convert_yielded(vm, a.first().cloned().unwrap_or(Value::None))
}

/// `_tornado.sleep(seconds)`: a future resolved with None after a delay.
pub fn py_sleep(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let secs = seconds(vm, a.first())?;
    let fut = future::new_future();
    let f = fut.clone();
    ioloop::call_at(
        ioloop::now() + secs,
        Task::native(move |vm| future::settle_unless_cancelled(vm, &f, Ok(Value::None))),
    );
    Ok(fut)
}

/// A number of seconds given by Python code.
pub fn seconds(vm: &Vm, v: Option<&Value>) -> PyResult<f64> {
    let v = v.unwrap_or(&Value::Int(0));
    whirl_vm::ops::to_f64(v)
        .ok_or_else(|| PyErr::type_error(format!("must be real number, not {}", vm.type_name(v))))
}
