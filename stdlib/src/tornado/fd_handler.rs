//! `IOLoop.add_handler`/`update_handler`/`remove_handler` on any file
//! descriptor: a Python callback the loop calls with the events (READ,
//! WRITE) a descriptor is ready for.
//!
//! mio's readiness is edge-triggered, Tornado's handlers expect it
//! level-triggered (a handler that leaves data unread is called again).
//! After each call the descriptor is registered again (EPOLL_CTL_MOD),
//! which re-reports whatever is still ready on the next poll. Only these
//! user handlers pay that syscall; the native streams do not.

use super::ioloop::{self, IoHandler, Readiness};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::os::fd::RawFd;
use std::rc::Rc;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::types::{arg_int, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

const READ: i64 = 0x001;
const WRITE: i64 = 0x004;

struct FdWatch {
    fd: RawFd,
    callback: RefCell<Value>,
    events: Cell<i64>,
    token: Cell<mio::Token>,
    /// Registered with the poll (events asked for READ or WRITE).
    registered: Cell<bool>,
    active: Cell<bool>,
}

thread_local! {
    static WATCHES: RefCell<HashMap<RawFd, Rc<FdWatch>>> = RefCell::new(HashMap::new());
}

fn interest(events: i64) -> Option<mio::Interest> {
    match (events & READ != 0, events & WRITE != 0) {
        (true, true) => Some(mio::Interest::READABLE | mio::Interest::WRITABLE),
        (true, false) => Some(mio::Interest::READABLE),
        (false, true) => Some(mio::Interest::WRITABLE),
        (false, false) => None,
    }
}

impl FdWatch {
    /// Brings the poll's registration in line with `events`; `rearm`
    /// registers again even when nothing changed (see the module comment).
    fn sync(&self, rearm: bool) -> PyResult<()> {
        let fd = self.fd;
        match (interest(self.events.get()), self.registered.get()) {
            (Some(i), false) => {
                ioloop::with_registry(|r| {
                    r.register(&mut mio::unix::SourceFd(&fd), self.token.get(), i)
                })?;
                self.registered.set(true);
            }
            (Some(i), true) => {
                let r = ioloop::with_registry(|r| {
                    r.reregister(&mut mio::unix::SourceFd(&fd), self.token.get(), i)
                });
                if r.is_err() && !rearm {
                    return r;
                }
            }
            (None, true) => {
                let _ = ioloop::with_registry(|r| r.deregister(&mut mio::unix::SourceFd(&fd)));
                self.registered.set(false);
            }
            (None, false) => {}
        }
        Ok(())
    }
}

impl IoHandler for FdWatch {
    fn ready(self: Rc<Self>, vm: &mut Vm, r: Readiness) -> PyResult<()> {
        if !self.active.get() {
            return Ok(());
        }
        let wanted = self.events.get();
        let mut events = 0;
        if r.readable && wanted & READ != 0 {
            events |= READ;
        }
        if r.writable && wanted & WRITE != 0 {
            events |= WRITE;
        }
        if events == 0 && r.closed {
            events = wanted & (READ | WRITE);
        }
        if events == 0 {
            return Ok(());
        }
        let callback = self.callback.borrow().clone();
        let result = vm.call(&callback, vec![Value::Int(events)]);
        if self.active.get() {
            self.sync(true)?;
        }
        result.map(|_| ())
    }
}

fn fd_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<RawFd> {
    let n = arg_int(vm, v.unwrap_or(&Value::None))?;
    RawFd::try_from(n)
        .ok()
        .filter(|fd| *fd >= 0)
        .ok_or_else(|| PyErr::new(ExcType::ValueError, format!("Invalid file descriptor: {n}")))
}

/// `_tornado.add_fd_handler(fd, events, callback)`: `callback(events)` is
/// called while `fd` is ready for any of `events`.
pub fn py_add_fd_handler(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a.first())?;
    let events = arg_int(vm, a.get(1).unwrap_or(&Value::Int(0)))?;
    let callback = a
        .get(2)
        .cloned()
        .ok_or_else(|| PyErr::type_error("add_fd_handler() needs a callback"))?;
    if WATCHES.with(|w| w.borrow().contains_key(&fd)) {
        return Err(PyErr::new(
            ExcType::ValueError,
            format!("fd {fd} added twice"),
        ));
    }
    let watch = Rc::new(FdWatch {
        fd,
        callback: RefCell::new(callback),
        events: Cell::new(events),
        token: Cell::new(mio::Token(usize::MAX)),
        registered: Cell::new(false),
        active: Cell::new(true),
    });
    // The token comes from the loop's table of handlers.
    let token = ioloop::add_handler(watch.clone());
    watch.token.set(token);
    if let Err(e) = watch.sync(false) {
        ioloop::remove_handler(token);
        return Err(e);
    }
    WATCHES.with(|w| w.borrow_mut().insert(fd, watch));
    Ok(Value::None)
}

/// `_tornado.update_fd_handler(fd, events)`.
pub fn py_update_fd_handler(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a.first())?;
    let events = arg_int(vm, a.get(1).unwrap_or(&Value::Int(0)))?;
    let watch = WATCHES.with(|w| w.borrow().get(&fd).cloned());
    let Some(watch) = watch else {
        return Err(PyErr::new(ExcType::KeyError, fd.to_string()));
    };
    watch.events.set(events);
    watch.sync(false)?;
    Ok(Value::None)
}

/// `_tornado.remove_fd_handler(fd)`: forgets the handler (a descriptor
/// without one is ignored, as Tornado does).
pub fn py_remove_fd_handler(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, a.first())?;
    let watch = WATCHES.with(|w| w.borrow_mut().remove(&fd));
    if let Some(watch) = watch {
        watch.active.set(false);
        watch.events.set(0);
        let _ = watch.sync(true);
        ioloop::remove_handler(watch.token.get());
    }
    Ok(Value::None)
}
