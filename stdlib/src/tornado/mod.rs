//! `_tornado`: the native half of the `tornado` package — the event loop
//! (`ioloop.rs`), `Future` (`future.rs`), the coroutine runner
//! (`coroutine.rs`), sockets (`stream.rs`) and HTTP/1.1 (`http/`). The
//! Python modules in `stdlib/py/tornado/` give them Tornado's names.

mod coroutine;
mod fd_handler;
mod future;
mod http;
mod ioloop;
mod listener;
mod process;
mod state;
mod stream;
mod task;

use std::rc::Rc;
use whirl_vm::class::{Class, Instance};
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::native::{native_class, native_ref, NativeObject};
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

/// Logs an error with its traceback on stderr, as Tornado's loggers do
/// when logging is not configured.
pub fn log_error(vm: &mut Vm, msg: &str, exc: &Rc<Instance>) {
    // Through `tornado.log.app_log`, as Tornado logs these (ExpectLog and
    // a program's logging configuration see them); with no handler set up,
    // logging's last resort prints the same lines to stderr.
    if log_through_app_log(vm, msg, exc).is_err() {
        print_error(vm, msg, exc);
    }
}

/// Prints an error and its traceback to stderr directly.
pub fn print_error(vm: &mut Vm, msg: &str, exc: &Rc<Instance>) {
    vm.flush();
    eprintln!("{msg}");
    whirl_vm::traceback::print_exception(vm, exc);
}

fn log_through_app_log(vm: &mut Vm, msg: &str, exc: &Rc<Instance>) -> PyResult<()> {
    let log = vm.import_module("tornado.log")?;
    let app_log = vm.getattr(&log, &whirl_vm::str::intern("app_log"))?;
    let error = vm.getattr(&app_log, &whirl_vm::str::intern("error"))?;
    vm.call_kw(
        &error,
        vec![Value::str("%s"), Value::str(msg)],
        vec![(
            whirl_vm::str::intern("exc_info"),
            Value::Instance(exc.clone()),
        )],
    )?;
    Ok(())
}

/// A timer handle, as `call_later`/`add_timeout` return it.
struct Timeout(u64);

/// A timeout handle is an id into the loop's timer heap (which holds the
/// callback, as a root).
impl whirl_vm::native::NativeData for Timeout {
    fn trace(&self, _: &mut whirl_vm::native::Tracer) {}
    fn clear(&self, _: &mut whirl_vm::native::Sink) {}
}

fn callback_args(a: &[Value], skip: usize) -> PyResult<(Value, Vec<Value>)> {
    let f = a
        .get(skip)
        .cloned()
        .ok_or_else(|| PyErr::type_error("a callback is required"))?;
    Ok((
        f,
        a.get(skip + 1..).map(<[Value]>::to_vec).unwrap_or_default(),
    ))
}

fn add_callback(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (f, args) = callback_args(a, 0)?;
    ioloop::add_task(ioloop::Task::Call(f, args));
    Ok(Value::None)
}

fn timer(when: f64, f: Value, args: Vec<Value>) -> Value {
    let id = ioloop::call_at(when, ioloop::Task::Call(f, args));
    NativeObject::new(state::with(|s| s.timeout_class.clone()), Timeout(id))
}

fn call_at(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let when = coroutine::seconds(vm, a.first())?;
    let (f, args) = callback_args(a, 1)?;
    Ok(timer(when, f, args))
}

fn call_later(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let delay = coroutine::seconds(vm, a.first())?;
    let (f, args) = callback_args(a, 1)?;
    Ok(timer(ioloop::now() + delay, f, args))
}

fn remove_timeout(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if let Some((_, Timeout(id))) = a.first().and_then(native_ref::<Timeout>) {
        ioloop::cancel_timer(*id);
    }
    Ok(Value::None)
}

fn time(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(ioloop::now()))
}

fn start(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let r = ioloop::run(vm);
    future::log_unretrieved(vm);
    r.map(|()| Value::None)
}

/// The IOLoop's id given to `set_timer_owner`/`drop_timers` (0 for
/// anything but an int: no owner).
fn owner_arg(a: &[Value]) -> u64 {
    match a.first() {
        Some(Value::Int(i)) => *i as u64,
        _ => 0,
    }
}

/// `_tornado.set_timer_owner(id)`: the IOLoop that timers scheduled from
/// now on belong to; returns the previous one.
fn set_timer_owner(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(ioloop::set_timer_owner(owner_arg(a)) as i64))
}

/// `_tornado.drop_timers(id)`: a closed IOLoop's pending timers go.
fn drop_timers(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    ioloop::drop_timers_of(owner_arg(a));
    Ok(Value::None)
}

fn stop(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    ioloop::stop();
    Ok(Value::None)
}

fn is_running(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(ioloop::is_running()))
}

fn is_future(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(a.first().is_some_and(future::is_future)))
}

/// `_tornado.register(Return, moment, convert_yielded)`, from `tornado.gen`.
fn register(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let ret = match a.first() {
        Some(Value::Class(c)) => Some(c.clone()),
        _ => None,
    };
    let moment = a.get(1).cloned().unwrap_or(Value::Null);
    let convert = a.get(2).cloned().unwrap_or(Value::Null);
    state::with_mut(|s| {
        s.return_class = ret;
        s.moment = moment;
        s.convert_yielded = convert;
    });
    Ok(Value::None)
}

/// Makes `__await__` (a generator function written in Python, in
/// `tornado/concurrent.py`) a method of the native Future.
fn set_future_await(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let f = a.first().cloned().unwrap_or(Value::None);
    let cls = state::with(|s| s.future_class.clone());
    cls.dict
        .set_str(whirl_vm::str::intern("__await__"), f.clone());
    cls.dict.set_str(whirl_vm::str::intern("__iter__"), f);
    Ok(Value::None)
}

fn exception_class(vm: &Vm, name: &str, base: ExcType) -> PyResult<Rc<Class>> {
    Ok(Rc::new(Class::new(
        name,
        name,
        "asyncio.exceptions",
        vec![vm.exc_class(base)],
        None,
    )?))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let future_class = future::class(vm);
    let timeout_class = native_class(vm, "_Timeout", "tornado.ioloop", &[], None);
    let cancelled_error = exception_class(vm, "CancelledError", ExcType::BaseException)?;
    let invalid_state_error = exception_class(vm, "InvalidStateError", ExcType::Exception)?;
    let (stream_closed_error, unsatisfiable_read_error, stream_buffer_full_error) =
        stream::exception_classes(vm)?;
    state::install(state::State {
        future_class: future_class.clone(),
        timeout_class,
        listener_class: listener::class(vm),
        http_connection_class: http::server::connection_class(vm),
        stream_class: stream::class(vm),
        task_handle_class: task::class(vm),
        stream_closed_error: stream_closed_error.clone(),
        unsatisfiable_read_error: unsatisfiable_read_error.clone(),
        stream_buffer_full_error: stream_buffer_full_error.clone(),
        cancelled_error: cancelled_error.clone(),
        invalid_state_error: invalid_state_error.clone(),
        return_class: None,
        moment: Value::Null,
        convert_yielded: Value::Null,
    });
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    Ok(vm.make_module(
        "_tornado",
        vec![
            ("Future", Value::Class(future_class)),
            ("CancelledError", Value::Class(cancelled_error)),
            ("InvalidStateError", Value::Class(invalid_state_error)),
            f("add_callback", add_callback),
            f("call_at", call_at),
            f("call_later", call_later),
            f("remove_timeout", remove_timeout),
            f("time", time),
            f("start", start),
            f("stop", stop),
            f("set_timer_owner", set_timer_owner),
            f("drop_timers", drop_timers),
            f("is_running", is_running),
            f("is_future", is_future),
            f("register", register),
            f("set_future_await", set_future_await),
            f("call_coroutine", coroutine::py_call_coroutine),
            f("convert_yielded", coroutine::py_convert_yielded),
            f("sleep", coroutine::py_sleep),
            f("current_task_handle", task::py_current_task_handle),
            f("task_handles", task::py_task_handles),
            f("new_task", task::py_new_task),
            f("bind_sockets", listener::py_bind_sockets),
            f("adopt_listener", listener::py_adopt_listener),
            f("add_fd_handler", fd_handler::py_add_fd_handler),
            f("update_fd_handler", fd_handler::py_update_fd_handler),
            f("remove_fd_handler", fd_handler::py_remove_fd_handler),
            f("serve_http", http::server::py_serve_http),
            f("http_date", http::server::py_http_date),
            f("connect", stream::py_connect),
            f("serve", stream::py_serve),
            f("fork", process::py_fork),
            f("wait_child", process::py_wait_child),
            f("cpu_count", process::py_cpu_count),
            ("StreamClosedError", Value::Class(stream_closed_error)),
            (
                "UnsatisfiableReadError",
                Value::Class(unsatisfiable_read_error),
            ),
            (
                "StreamBufferFullError",
                Value::Class(stream_buffer_full_error),
            ),
        ],
    ))
}
