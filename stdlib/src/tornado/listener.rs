//! Listening sockets: `bind_sockets` makes them, a server starts accepting
//! on them with a native handler for each new connection (an HTTP
//! connection, or an IOStream given to `TCPServer.handle_stream`).

use super::ioloop::{self, IoHandler, Readiness, Task};
use std::cell::{Cell, RefCell};
use std::net::{SocketAddr, ToSocketAddrs};
use std::rc::Rc;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::Vm;

/// What a server does with each accepted connection.
pub type OnAccept = Box<dyn Fn(&mut Vm, mio::net::TcpStream, SocketAddr) -> PyResult<()>>;

pub struct Listener {
    pub socket: RefCell<Option<mio::net::TcpListener>>,
    pub addr: SocketAddr,
    token: Cell<Option<mio::Token>>,
    on_accept: RefCell<Option<OnAccept>>,
    /// A retry of `accept` armed while descriptors ran out.
    retry_timer: Cell<Option<u64>>,
    /// The descriptor belongs to a Python socket (`adopt`): closing the
    /// listener stops accepting but leaves the descriptor open.
    borrowed: bool,
}

impl Drop for Listener {
    fn drop(&mut self) {
        if self.borrowed {
            if let Some(s) = self.socket.get_mut().take() {
                use std::os::fd::IntoRawFd;
                let _ = s.into_raw_fd();
            }
        }
    }
}

/// How long to wait before accepting again once the process (EMFILE) or
/// the system (ENFILE) is out of descriptors, or the kernel out of memory.
/// The connections stay queued in the backlog meanwhile; mio's readiness
/// is edge-triggered, so without this retry no event would come for them
/// and the listener would be wedged for good.
const ACCEPT_RETRY_SECS: f64 = 0.05;

/// Errors of `accept` that last until something else frees resources.
fn out_of_resources(e: &std::io::Error) -> bool {
    matches!(
        e.raw_os_error(),
        Some(libc_errno::EMFILE | libc_errno::ENFILE | libc_errno::ENOBUFS | libc_errno::ENOMEM)
    )
}

mod libc_errno {
    pub const ENOMEM: i32 = 12;
    pub const ENFILE: i32 = 23;
    pub const EMFILE: i32 = 24;
    pub const ENOBUFS: i32 = 105;
}

/// A listener holds no value the collector could follow: its accept
/// callback is native code kept by the loop while it listens (a root).
impl NativeData for Listener {
    fn trace(&self, _: &mut Tracer) {}
    fn clear(&self, _: &mut Sink) {}
}

pub fn os_error(e: &std::io::Error) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let t = match e.kind() {
        std::io::ErrorKind::ConnectionRefused => ExcType::ConnectionRefusedError,
        std::io::ErrorKind::ConnectionReset => ExcType::ConnectionResetError,
        std::io::ErrorKind::ConnectionAborted => ExcType::ConnectionAbortedError,
        std::io::ErrorKind::BrokenPipe => ExcType::BrokenPipeError,
        std::io::ErrorKind::TimedOut => ExcType::TimeoutError,
        _ => ExcType::OSError,
    };
    let msg = e.to_string();
    // io::Error's text ends in " (os error N)"; Python prints "[Errno N] text".
    let text = msg.split(" (os error").next().unwrap_or(&msg).to_string();
    if errno != 0 {
        PyErr::with_args(
            t,
            vec![
                whirl_vm::value::Value::Int(errno as i64),
                whirl_vm::value::Value::string(text),
            ],
        )
    } else {
        PyErr::new(t, text)
    }
}

/// Binds listening sockets for `port` on `address` ("" for all
/// interfaces), with SO_REUSEADDR as Tornado sets it.
pub fn bind(address: &str, port: u16, backlog: i32) -> PyResult<Vec<Rc<Listener>>> {
    let host = if address.is_empty() {
        "0.0.0.0"
    } else {
        address
    };
    let addrs: Vec<SocketAddr> = (host, port)
        .to_socket_addrs()
        .map_err(|e| os_error(&e))?
        .collect();
    let mut out = Vec::new();
    let mut last_err = None;
    for addr in addrs {
        match mio::net::TcpListener::bind(addr) {
            Ok(l) => {
                let _ = backlog;
                let addr = l.local_addr().unwrap_or(addr);
                out.push(Rc::new(Listener {
                    socket: RefCell::new(Some(l)),
                    addr,
                    token: Cell::new(None),
                    on_accept: RefCell::new(None),
                    retry_timer: Cell::new(None),
                    borrowed: false,
                }));
            }
            Err(e) => last_err = Some(e),
        }
    }
    match (out.is_empty(), last_err) {
        (true, Some(e)) => Err(os_error(&e)),
        (true, None) => Err(PyErr::new(ExcType::OSError, "no address to bind")),
        _ => Ok(out),
    }
}

impl Listener {
    /// Starts accepting connections on the loop.
    pub fn start(self: &Rc<Self>, on_accept: OnAccept) -> PyResult<()> {
        *self.on_accept.borrow_mut() = Some(on_accept);
        if self.token.get().is_some() {
            return Ok(());
        }
        let token = ioloop::add_handler(self.clone());
        self.token.set(Some(token));
        let mut sock = self.socket.borrow_mut();
        let Some(s) = sock.as_mut() else {
            return Err(PyErr::new(ExcType::OSError, "socket is closed"));
        };
        ioloop::with_registry(|r| r.register(s, token, mio::Interest::READABLE))
    }

    /// Stops accepting and closes the socket (a borrowed one stays open).
    pub fn close(&self) {
        if let Some(mut s) = self.socket.borrow_mut().take() {
            let _ = ioloop::with_registry(|r| r.deregister(&mut s));
            if self.borrowed {
                use std::os::fd::IntoRawFd;
                let _ = s.into_raw_fd();
            }
        }
        if let Some(t) = self.token.take() {
            ioloop::remove_handler(t);
        }
        if let Some(t) = self.retry_timer.take() {
            ioloop::cancel_timer(t);
        }
        self.on_accept.borrow_mut().take();
    }

    /// Accepts again in a moment (see `ACCEPT_RETRY_SECS`).
    fn retry_later(self: &Rc<Self>) {
        if self.retry_timer.get().is_some() {
            return;
        }
        let weak = Rc::downgrade(self);
        let id = ioloop::call_at(
            ioloop::now() + ACCEPT_RETRY_SECS,
            Task::native(move |vm| match weak.upgrade() {
                Some(me) => {
                    me.retry_timer.set(None);
                    let r = Readiness {
                        readable: true,
                        writable: false,
                        closed: false,
                    };
                    me.ready(vm, r)
                }
                None => Ok(()),
            }),
        );
        self.retry_timer.set(Some(id));
    }
}

impl IoHandler for Listener {
    fn ready(self: Rc<Self>, vm: &mut Vm, _: Readiness) -> PyResult<()> {
        loop {
            let accepted = match self.socket.borrow().as_ref() {
                Some(s) => s.accept(),
                None => return Ok(()),
            };
            match accepted {
                Ok((stream, addr)) => {
                    let _ = stream.set_nodelay(true);
                    let cb = self.on_accept.borrow_mut().take();
                    if let Some(cb) = cb {
                        let r = cb(vm, stream, addr);
                        let mut slot = self.on_accept.borrow_mut();
                        if slot.is_none() && self.socket.borrow().is_some() {
                            *slot = Some(cb);
                        }
                        drop(slot);
                        r?;
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                // Out of descriptors: the queued connections wait in the
                // backlog until some are free.
                Err(e) if out_of_resources(&e) => {
                    self.retry_later();
                    return Ok(());
                }
                // A connection reset before it was accepted: that one is
                // lost, the next may be fine.
                // (EPERM, EPROTO, ECONNABORTED)
                Err(e) if matches!(e.raw_os_error(), Some(1 | 71 | 103)) => continue,
                // Anything else: try again
                // later rather than spin or stop accepting.
                Err(_) => {
                    self.retry_later();
                    return Ok(());
                }
            }
        }
    }
}

// ----- the Python face: `_tornado.bind_sockets` and `_Listener` -----

use whirl_vm::native::{native_ref, NativeData, NativeObject, Sink, Tracer};
use whirl_vm::types::Kw;
use whirl_vm::value::Value;

/// The listener behind a `_Listener` value.
pub fn listener_of(v: &Value) -> PyResult<Rc<Listener>> {
    native_ref::<Rc<Listener>>(v)
        .map(|(_, l)| l.clone())
        .ok_or_else(|| PyErr::type_error("expected a socket made by bind_sockets"))
}

/// `_tornado.bind_sockets(port, address="", backlog=128)`
pub fn py_bind_sockets(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let mut port = a.first().cloned();
    let mut address = a.get(1).cloned();
    for (k, v) in kw {
        match k.as_str() {
            "port" => port = Some(v.clone()),
            "address" => address = Some(v.clone()),
            _ => {}
        }
    }
    let port = whirl_vm::types::arg_int(vm, port.as_ref().unwrap_or(&Value::Int(0)))?;
    let port = u16::try_from(port)
        .map_err(|_| PyErr::new(ExcType::OverflowError, "bind(): port must be 0-65535."))?;
    let address = match &address {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    let class = super::state::with(|s| s.listener_class.clone());
    let socks = bind(&address, port, 128)?
        .into_iter()
        .map(|l| NativeObject::new(class.clone(), l))
        .collect();
    Ok(Value::list(socks))
}

/// `_tornado.adopt_listener(fd)`: a `_Listener` accepting on the listening
/// socket `fd` of a Python socket (as `netutil.bind_sockets` makes them),
/// which keeps owning the descriptor: close the listener before the socket.
pub fn py_adopt_listener(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    use std::os::fd::FromRawFd;
    let fd = whirl_vm::types::arg_int(vm, a.first().unwrap_or(&Value::None))?;
    let fd = i32::try_from(fd)
        .ok()
        .filter(|fd| *fd >= 0)
        .ok_or_else(|| PyErr::new(ExcType::ValueError, "invalid file descriptor"))?;
    // SAFETY: the descriptor stays open while the listener uses it (the
    // Python side closes the listener first) and is never closed here.
    let std_listener = unsafe { std::net::TcpListener::from_raw_fd(fd) };
    let listener = mio::net::TcpListener::from_std(std_listener);
    let addr = match listener.local_addr() {
        Ok(a) => a,
        Err(e) => {
            use std::os::fd::IntoRawFd;
            let _ = listener.into_raw_fd();
            return Err(os_error(&e));
        }
    };
    let l = Rc::new(Listener {
        socket: RefCell::new(Some(listener)),
        addr,
        token: Cell::new(None),
        on_accept: RefCell::new(None),
        retry_timer: Cell::new(None),
        borrowed: true,
    });
    let class = super::state::with(|s| s.listener_class.clone());
    Ok(NativeObject::new(class, l))
}

fn sock_getsockname(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let l = listener_of(a.first().unwrap_or(&Value::None))?;
    Ok(Value::tuple(vec![
        Value::string(l.addr.ip().to_string()),
        Value::Int(l.addr.port() as i64),
    ]))
}

fn sock_close(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    listener_of(a.first().unwrap_or(&Value::None))?.close();
    Ok(Value::None)
}

fn sock_fileno(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    let l = listener_of(a.first().unwrap_or(&Value::None))?;
    let fd = l
        .socket
        .borrow()
        .as_ref()
        .map(|s| s.as_raw_fd())
        .unwrap_or(-1);
    Ok(Value::Int(fd as i64))
}

pub fn class(vm: &Vm) -> Rc<whirl_vm::class::Class> {
    whirl_vm::native::native_class(
        vm,
        "_Listener",
        "tornado.netutil",
        &[
            ("getsockname", sock_getsockname),
            ("close", sock_close),
            ("fileno", sock_fileno),
        ],
        None,
    )
}
