//! The server side of HTTP/1.1 connections: reads and parses requests
//! (the parser in `mod.rs`), hands each complete one to the Python request
//! callback, and writes the response the handler gives through the
//! connection object (`write_headers`, `write`, `finish`). Keep-alive and
//! pipelined requests are served one at a time, in order. As in Tornado, a
//! malformed request or one whose body would pass max_body_size gets a
//! 400, a head past max_header_size (or a chunk-size line past 64 bytes)
//! closes the connection unanswered; either costs its own connection only.

use super::{
    body_framing, header, latin1, parse_head, parse_request_line, push_latin1, valid_host,
    ChunkStep, ChunkedDecoder, Flushed, Framing, HeadError,
};
use crate::tornado::ioloop::{self, IoHandler, Readiness, Task};
use crate::tornado::listener;
use crate::tornado::state;
use std::cell::{Cell, RefCell};
use std::io::Write;
use std::net::SocketAddr;
use std::rc::Rc;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::native::{native_ref, NativeObject};
use whirl_vm::str::PyStr;
use whirl_vm::types::Kw;
use whirl_vm::value::Value;
use whirl_vm::Vm;

pub struct Options {
    pub no_keep_alive: bool,
    pub max_header_size: usize,
    pub max_body_size: usize,
    pub idle_timeout: f64,
}

struct Server {
    callback: Value,
    options: Options,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Waiting for (the rest of) a request.
    Reading,
    /// A request is with the handler; its response is being written.
    Handling,
    Closed,
}

/// How the current response is framed.
#[derive(Default)]
struct Response {
    http11: bool,
    head: bool,
    keep_alive: bool,
    headers_sent: bool,
    chunked: bool,
    finished: bool,
}

pub struct Connection {
    socket: RefCell<Option<mio::net::TcpStream>>,
    token: Cell<Option<mio::Token>>,
    remote_ip: String,
    server: Rc<Server>,
    input: RefCell<Vec<u8>>,
    /// How far the search for the end of the next request's head got.
    head_scanned: Cell<usize>,
    /// The request being read, once its head is parsed.
    pending: RefCell<Option<Pending>>,
    output: RefCell<Vec<u8>>,
    written: Cell<usize>,
    phase: Cell<Phase>,
    response: RefCell<Response>,
    /// Close once the output is flushed.
    close_after_flush: Cell<bool>,
    /// Waiting in the loop's end-of-iteration flush list.
    flush_queued: Cell<bool>,
    /// The socket's receive queue was emptied by the last read; mio raises
    /// a new readable event for anything arriving after it.
    drained: Cell<bool>,
    /// The peer's end is shut: read to the end, not just until a short read.
    hangup_seen: Cell<bool>,
    peer_closed: Cell<bool>,
    /// Inside `process`, which finishing a response must not re-enter.
    processing: Cell<bool>,
    close_callback: RefCell<Value>,
    last_activity: Cell<f64>,
    idle_timer: Cell<Option<u64>>,
    /// The Python object for this connection, made once per connection.
    me: RefCell<Value>,
}

thread_local! {
    static HTTP11: Value = Value::str("HTTP/1.1");
    static HTTP10: Value = Value::str("HTTP/1.0");
}

/// Reading stops while a request is handled and this much is buffered,
/// so a client cannot grow the buffer without bound.
const MAX_BUFFERED_WHILE_HANDLING: usize = 1 << 20;

/// Output beyond this is written at once rather than at the end of the
/// loop iteration.
const FLUSH_NOW_AT: usize = 64 * 1024;

/// `_tornado.serve_http(listener, callback, options)`: serves HTTP on the
/// listener, calling `callback(conn, method, uri, version, headers, body)`
/// for each request.
pub fn py_serve_http(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let l = listener::listener_of(a.first().unwrap_or(&Value::None))?;
    let callback = a.get(1).cloned().unwrap_or(Value::None);
    let mut options = Options {
        no_keep_alive: false,
        max_header_size: 65536,
        max_body_size: 100 * 1024 * 1024,
        idle_timeout: 3600.0,
    };
    for (k, v) in kw {
        if v.is_none() {
            continue;
        }
        match k.as_str() {
            "no_keep_alive" => options.no_keep_alive = vm.truthy(v)?,
            "max_header_size" => options.max_header_size = size_arg(vm, v)?,
            "max_body_size" => options.max_body_size = size_arg(vm, v)?,
            "idle_connection_timeout" => {
                options.idle_timeout = crate::tornado::coroutine::seconds(vm, Some(v))?
            }
            _ => {}
        }
    }
    let server = Rc::new(Server { callback, options });
    l.start(Box::new(move |_vm, socket, addr| {
        accept(server.clone(), socket, addr);
        Ok(())
    }))?;
    Ok(Value::None)
}

fn size_arg(vm: &Vm, v: &Value) -> PyResult<usize> {
    Ok(whirl_vm::types::arg_int(vm, v)?.max(0) as usize)
}

fn accept(server: Rc<Server>, socket: mio::net::TcpStream, addr: SocketAddr) {
    let conn = Rc::new(Connection {
        socket: RefCell::new(Some(socket)),
        token: Cell::new(None),
        remote_ip: addr.ip().to_string(),
        server,
        input: RefCell::new(Vec::new()),
        head_scanned: Cell::new(0),
        pending: RefCell::new(None),
        output: RefCell::new(Vec::new()),
        written: Cell::new(0),
        phase: Cell::new(Phase::Reading),
        response: RefCell::new(Response::default()),
        close_after_flush: Cell::new(false),
        flush_queued: Cell::new(false),
        drained: Cell::new(false),
        hangup_seen: Cell::new(false),
        peer_closed: Cell::new(false),
        processing: Cell::new(false),
        close_callback: RefCell::new(Value::None),
        last_activity: Cell::new(ioloop::now()),
        idle_timer: Cell::new(None),
        me: RefCell::new(Value::None),
    });
    let token = ioloop::add_handler(conn.clone());
    conn.token.set(Some(token));
    let registered = {
        let mut s = conn.socket.borrow_mut();
        let s = s.as_mut().expect("just made");
        ioloop::with_registry(|r| {
            r.register(s, token, mio::Interest::READABLE | mio::Interest::WRITABLE)
        })
    };
    if registered.is_err() {
        conn.close_now();
        return;
    }
    conn.arm_idle_timer();
}

impl IoHandler for Connection {
    fn ready(self: Rc<Self>, vm: &mut Vm, r: Readiness) -> PyResult<()> {
        if self.phase.get() == Phase::Closed {
            return Ok(());
        }
        if r.writable {
            self.flush();
        }
        if r.readable || r.closed {
            self.drained.set(false);
            if r.closed {
                self.hangup_seen.set(true);
            }
            self.read_available();
        }
        self.process(vm)
    }

    /// A panic while handling this connection's bytes: it is closed (its
    /// close callback runs), and the server goes on serving the others.
    fn abandon(self: Rc<Self>, _vm: &mut Vm) {
        self.processing.set(false);
        self.close_now();
        self.run_close_callback();
    }
}

impl ioloop::DeferredFlush for Connection {
    fn flush_deferred(&self) {
        self.flush_queued.set(false);
        self.flush();
    }
}

impl Connection {
    /// Reads what the socket has (until a short read empties it), unless
    /// enough is buffered behind a request being handled.
    fn read_available(&self) {
        while !self.drained.get() {
            if self.phase.get() == Phase::Handling
                && self.input.borrow().len() >= MAX_BUFFERED_WHILE_HANDLING
            {
                return;
            }
            let r = match self.socket.borrow_mut().as_mut() {
                Some(s) => super::read_into(s, &mut self.input.borrow_mut()),
                None => return,
            };
            match r {
                Ok(0) => {
                    self.peer_closed.set(true);
                    self.drained.set(true);
                }
                Ok(n) => {
                    self.last_activity.set(ioloop::now());
                    if n < super::READ_CHUNK && !self.hangup_seen.get() {
                        self.drained.set(true);
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => self.drained.set(true),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => {
                    self.peer_closed.set(true);
                    self.drained.set(true);
                }
            }
        }
    }

    /// Dispatches the complete requests in the buffer, one at a time.
    fn process(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        if self.processing.get() {
            return Ok(());
        }
        self.processing.set(true);
        let r = self.process_requests(vm);
        self.processing.set(false);
        if self.peer_closed.get() && self.phase.get() == Phase::Reading {
            self.close_now();
            self.run_close_callback();
        } else if self.peer_closed.get() && self.phase.get() == Phase::Handling {
            // The client went away mid-request: the handler is told through
            // its close callback; its response goes nowhere.
            self.run_close_callback();
        }
        r
    }

    fn process_requests(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        while self.phase.get() == Phase::Reading && !self.input.borrow().is_empty() {
            let parsed = self.parse_request();
            match parsed {
                Parsed::Incomplete => {
                    // (A "100 Continue" may be waiting to go out.)
                    if !self.output.borrow().is_empty() {
                        self.flush_soon();
                    }
                    return Ok(());
                }
                Parsed::Reject(status, why) => {
                    if whirl_vm::testing::panic_hooks_enabled()
                        && self.input.borrow().starts_with(b"\x01WHIRL_TEST_PANIC")
                    {
                        // TEST ONLY (see whirl_vm::testing): a panic in the
                        // server's own code, for tests/panic_safety.rs.
                        panic!("test panic in the HTTP server (WHIRL_TEST_PANIC=1)");
                    }
                    self.log_malformed(vm, &why);
                    self.reject(status);
                    return Ok(());
                }
                Parsed::Close => {
                    self.close_now();
                    return Ok(());
                }
                Parsed::Request(req) => self.dispatch(vm, req)?,
            }
            if self.phase.get() == Phase::Reading {
                // Finished synchronously: reading may have paused behind
                // this request (see MAX_BUFFERED_WHILE_HANDLING).
                self.read_available();
            }
        }
        Ok(())
    }

    /// Parses the request at the front of the input: its head once (kept
    /// in `pending` while the body arrives), then its body, incrementally.
    fn parse_request(&self) -> Parsed {
        let mut pending = self.pending.borrow_mut();
        let mut input = self.input.borrow_mut();
        if pending.is_none() {
            let mut scanned = self.head_scanned.get();
            let head = parse_head(&input, &mut scanned, self.server.options.max_header_size);
            self.head_scanned.set(scanned);
            let head = match head {
                Ok(None) => return Parsed::Incomplete,
                Ok(Some(head)) => head,
                Err(HeadError::TooLarge) => return Parsed::Close,
                Err(HeadError::Malformed(why)) => return Parsed::Reject(400, why.into()),
            };
            let Some((method, uri, version)) = parse_request_line(&input[head.start_line.clone()])
            else {
                return Parsed::Reject(400, request_line_error(&input[head.start_line.clone()]));
            };
            let headers = head.headers;
            let host_error = {
                let mut hosts = headers
                    .iter()
                    .filter(|(k, _)| k.eq_ignore_ascii_case("Host"))
                    .map(|(_, v)| v.as_str());
                match (hosts.next(), hosts.next()) {
                    (None, _) if version == "HTTP/1.0" => None,
                    (None, _) => Some("Missing Host header".to_string()),
                    (Some(h), None) if valid_host(h) => None,
                    (Some(h), None) => Some(format!(
                        "Invalid Host header: {}",
                        whirl_vm::format::str_repr(h)
                    )),
                    // Two Host headers join with a comma, never valid.
                    (Some(_), Some(_)) => Some(format!(
                        "Multiple host headers not allowed: {}",
                        whirl_vm::format::str_repr(&joined(&headers, "Host"))
                    )),
                }
            };
            if let Some(why) = host_error {
                return Parsed::Reject(400, why);
            }
            // Tornado answers `Expect: 100-continue` (exactly) before it
            // looks at the body's framing: a body too large or badly
            // framed gets the 100 and then the 400.
            let mut expect = headers
                .iter()
                .filter(|(k, _)| k.eq_ignore_ascii_case("Expect"));
            if let (Some((_, v)), None) = (expect.next(), expect.next()) {
                if v == "100-continue" {
                    self.send(b"HTTP/1.1 100 (Continue)\r\n\r\n");
                }
            }
            let body = match body_framing(&headers, self.server.options.max_body_size) {
                Ok(Framing::Chunked) => PendingBody::Chunked(ChunkedDecoder::default()),
                Ok(Framing::Length(n)) => PendingBody::Length(n),
                Ok(Framing::Unframed) => PendingBody::Length(0),
                Err(why) => return Parsed::Reject(400, framing_message(why, &headers)),
            };
            *pending = Some(Pending {
                request: Request {
                    http11: version == "HTTP/1.1",
                    method,
                    uri,
                    version,
                    headers,
                    body: Vec::new(),
                },
                head_len: head.len,
                body,
            });
        }
        let Some(p) = pending.as_mut() else {
            return Parsed::Incomplete;
        };
        let used = match &mut p.body {
            PendingBody::Length(n) => {
                let n = *n;
                if input.len().saturating_sub(p.head_len) < n {
                    return Parsed::Incomplete;
                }
                p.request.body = input[p.head_len..p.head_len + n].to_vec();
                n
            }
            PendingBody::Chunked(decoder) => {
                match decoder.feed(&input[p.head_len..], self.server.options.max_body_size) {
                    ChunkStep::Incomplete => return Parsed::Incomplete,
                    ChunkStep::Malformed(why) => return Parsed::Reject(400, why.into()),
                    ChunkStep::LineTooLong => return Parsed::Close,
                    ChunkStep::Done(used) => {
                        p.request.body = std::mem::take(&mut decoder.body);
                        used
                    }
                }
            }
        };
        input.drain(..p.head_len + used);
        self.head_scanned.set(0);
        match pending.take() {
            Some(p) => Parsed::Request(p.request),
            None => Parsed::Incomplete,
        }
    }

    fn dispatch(self: &Rc<Self>, vm: &mut Vm, req: Request) -> PyResult<()> {
        let wants_close = header(&req.headers, "Connection")
            .map(|v| v.to_ascii_lowercase())
            .unwrap_or_default();
        let keep_alive = !self.server.options.no_keep_alive
            && if req.http11 {
                wants_close != "close"
            } else {
                wants_close == "keep-alive"
            };
        *self.response.borrow_mut() = Response {
            http11: req.http11,
            head: req.method == "HEAD",
            keep_alive,
            ..Response::default()
        };
        self.phase.set(Phase::Handling);
        let conn = self.python_object();
        let headers = grouped_headers(vm, req.headers)?;
        let args = vec![
            conn,
            Value::string(req.method),
            Value::string(req.uri),
            match req.version.as_str() {
                // The usual two: one shared string each, not one per request.
                "HTTP/1.1" => HTTP11.with(Value::clone),
                "HTTP/1.0" => HTTP10.with(Value::clone),
                _ => Value::string(req.version),
            },
            headers,
            Value::Bytes(Rc::new(req.body)),
        ];
        let callback = self.server.callback.clone();
        match vm.call(&callback, args) {
            // The request could not be made (HTTPInputError while it was
            // built): a malformed message, answered as Tornado answers one.
            Ok(Value::Int(400)) => {
                if !self.response.borrow().headers_sent {
                    self.reject(400);
                }
                return Ok(());
            }
            Ok(_) => return Ok(()),
            Err(e) => self.callback_failed(vm, e)?,
        }
        Ok(())
    }

    /// The request callback raised: logged, and a 500 if nothing was sent.
    fn callback_failed(self: &Rc<Self>, vm: &mut Vm, e: PyErr) -> PyResult<()> {
        let exc = vm.materialize(e);
        if vm.is_instance_of_exc(&exc, ExcType::KeyboardInterrupt)
            || vm.is_instance_of_exc(&exc, ExcType::SystemExit)
        {
            return Err(PyErr::Raised(exc));
        }
        crate::tornado::log_error(vm, "Uncaught exception in the HTTP server", &exc);
        if !self.response.borrow().headers_sent {
            self.reject(500);
        } else {
            self.close_now();
        }
        Ok(())
    }

    fn python_object(self: &Rc<Self>) -> Value {
        let mut me = self.me.borrow_mut();
        if me.is_none() {
            let class = state::with(|s| s.http_connection_class.clone());
            *me = NativeObject::new(class, Rc::downgrade(self));
        }
        me.clone()
    }

    /// Logs a malformed request as Tornado does, on `tornado.general` at
    /// INFO ("Malformed HTTP message from IP: why"); only this rare path
    /// imports the logger.
    fn log_malformed(&self, vm: &mut Vm, why: &str) {
        let logged = (|| -> PyResult<()> {
            let log = vm.import_module("tornado.log")?;
            let gen_log = vm.getattr(&log, &whirl_vm::str::intern("gen_log"))?;
            let info = vm.getattr(&gen_log, &whirl_vm::str::intern("info"))?;
            vm.call(
                &info,
                vec![
                    Value::str("Malformed HTTP message from %s: %s"),
                    Value::string(self.remote_ip.clone()),
                    Value::string(why.to_string()),
                ],
            )?;
            Ok(())
        })();
        if let Err(e) = logged {
            // Logging must not cost the server: the failure is dropped.
            vm.materialize(e);
        }
    }

    /// Answers a request that cannot be served and closes the connection.
    fn reject(&self, status: u16) {
        let reason = match status {
            400 => "Bad Request",
            413 => "Payload Too Large",
            431 => "Request Header Fields Too Large",
            _ => "Internal Server Error",
        };
        // A 400 is Tornado's bare one: status line, no headers.
        let msg = if status == 400 {
            "HTTP/1.1 400 Bad Request\r\n\r\n".to_string()
        } else {
            format!("HTTP/1.1 {status} {reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        };
        self.input.borrow_mut().clear();
        self.pending.borrow_mut().take();
        self.head_scanned.set(0);
        self.phase.set(Phase::Handling);
        self.response.borrow_mut().finished = true;
        self.send(msg.as_bytes());
        self.close_after_flush.set(true);
        self.flush();
    }

    fn send(&self, bytes: &[u8]) {
        if self.phase.get() != Phase::Closed {
            self.output.borrow_mut().extend_from_slice(bytes);
        }
    }

    /// Flushes at the end of this loop iteration, or now once much is
    /// buffered.
    fn flush_soon(self: &Rc<Self>) {
        if self.output.borrow().len() >= FLUSH_NOW_AT {
            self.flush();
        } else if !self.flush_queued.replace(true) {
            ioloop::flush_at_end_of_iteration(self.clone());
        }
    }

    /// Writes buffered output until the socket would block.
    fn flush(&self) {
        match super::flush_output(&self.socket, &self.output, &self.written) {
            Flushed::All if self.close_after_flush.get() => self.close_now(),
            Flushed::All | Flushed::WouldBlock => {}
            Flushed::Broken if self.phase.get() != Phase::Closed => {
                self.peer_closed.set(true);
                self.close_now();
                self.run_close_callback();
            }
            Flushed::Broken => {}
        }
    }

    fn write_headers(
        self: &Rc<Self>,
        code: i64,
        reason: &str,
        headers: &[(HeaderText, HeaderText)],
        chunk: &[u8],
        finishing: bool,
    ) -> PyResult<()> {
        let mut out = Vec::with_capacity(256 + chunk.len());
        {
            let mut resp = self.response.borrow_mut();
            if resp.headers_sent {
                return Err(PyErr::new(ExcType::RuntimeError, "headers already written"));
            }
            resp.headers_sent = true;
            let bodyless = (100..200).contains(&code) || code == 204 || code == 304;
            let has_length = header(headers, "Content-Length").is_some();
            let has_encoding = header(headers, "Transfer-Encoding").is_some();
            resp.chunked = resp.http11 && !has_length && !has_encoding && !finishing && !bodyless;
            if !resp.http11 && !has_length && !finishing {
                // HTTP/1.0 without a length: the end of the body is the
                // end of the connection.
                resp.keep_alive = false;
            }
            if header(headers, "Connection").is_some_and(|v| v.eq_ignore_ascii_case("close")) {
                resp.keep_alive = false;
            }
            write!(out, "HTTP/1.1 {code} ").ok();
            push_latin1(&mut out, reason);
            out.extend_from_slice(b"\r\n");
            for (k, v) in headers {
                push_latin1(&mut out, k.as_ref());
                out.extend_from_slice(b": ");
                push_latin1(&mut out, v.as_ref());
                out.extend_from_slice(b"\r\n");
            }
            if finishing && !has_length && !has_encoding && !bodyless {
                write!(out, "Content-Length: {}\r\n", chunk.len()).ok();
            }
            if resp.chunked {
                out.extend_from_slice(b"Transfer-Encoding: chunked\r\n");
            }
            if header(headers, "Connection").is_none() {
                if resp.http11 && !resp.keep_alive {
                    out.extend_from_slice(b"Connection: close\r\n");
                } else if !resp.http11 && resp.keep_alive {
                    out.extend_from_slice(b"Connection: Keep-Alive\r\n");
                }
            }
            out.extend_from_slice(b"\r\n");
        }
        self.send(&out);
        self.write_body(chunk);
        if finishing {
            self.finish();
        } else {
            self.flush_soon();
        }
        Ok(())
    }

    fn write_body(&self, chunk: &[u8]) {
        let resp = self.response.borrow();
        if resp.head || chunk.is_empty() {
            return;
        }
        if resp.chunked {
            self.send(format!("{:x}\r\n", chunk.len()).as_bytes());
            self.send(chunk);
            self.send(b"\r\n");
        } else {
            self.send(chunk);
        }
    }

    fn finish(self: &Rc<Self>) {
        let keep_alive = {
            let mut resp = self.response.borrow_mut();
            if resp.finished {
                return;
            }
            resp.finished = true;
            if resp.chunked && !resp.head {
                drop(resp);
                self.send(b"0\r\n\r\n");
                resp = self.response.borrow_mut();
            }
            resp.keep_alive
        };
        self.close_callback.replace(Value::None).discard();
        if !keep_alive || self.peer_closed.get() {
            self.close_after_flush.set(true);
            self.flush_soon();
            return;
        }
        self.flush_soon();
        if self.phase.get() == Phase::Closed {
            return;
        }
        self.phase.set(Phase::Reading);
        self.last_activity.set(ioloop::now());
        if !self.processing.get() {
            // Finished later than the dispatch (a coroutine handler): the
            // next pipelined request is served on the next iteration.
            let me = self.clone();
            ioloop::add_task(Task::native(move |vm| {
                me.read_available();
                me.process(vm)
            }));
        }
    }

    fn close_now(&self) {
        if self.phase.get() == Phase::Closed {
            return;
        }
        self.phase.set(Phase::Closed);
        if let Some(mut s) = self.socket.borrow_mut().take() {
            let _ = ioloop::with_registry(|r| r.deregister(&mut s));
        }
        if let Some(t) = self.token.take() {
            ioloop::remove_handler(t);
        }
        if let Some(t) = self.idle_timer.take() {
            ioloop::cancel_timer(t);
        }
        *self.input.borrow_mut() = Vec::new();
        self.pending.borrow_mut().take();
        *self.output.borrow_mut() = Vec::new();
        self.me.replace(Value::None).discard();
    }

    fn run_close_callback(&self) {
        let cb = self.close_callback.replace(Value::None);
        if !cb.is_none() {
            ioloop::add_task(Task::Call(cb, vec![]));
        }
    }

    /// Closes the connection once it has been idle (reading, with nothing
    /// arriving) for the server's idle timeout.
    fn arm_idle_timer(self: &Rc<Self>) {
        let timeout = self.server.options.idle_timeout;
        if timeout <= 0.0 {
            return;
        }
        let weak = Rc::downgrade(self);
        let when = self.last_activity.get() + timeout;
        let id = ioloop::call_at(
            when,
            Task::native(move |_| {
                let Some(me) = weak.upgrade() else {
                    return Ok(());
                };
                me.idle_timer.set(None);
                if me.phase.get() == Phase::Closed {
                    return Ok(());
                }
                if me.phase.get() == Phase::Reading
                    && ioloop::now() - me.last_activity.get() >= timeout
                {
                    me.close_now();
                    me.run_close_callback();
                } else {
                    me.arm_idle_timer();
                }
                Ok(())
            }),
        );
        self.idle_timer.set(Some(id));
    }
}

/// Why a request line did not parse, as Tornado words it: a well-formed
/// line whose version is `HTTP/d.d` but not 1.x is "unexpected"; anything
/// else is malformed.
fn request_line_error(line: &[u8]) -> String {
    let parts: Vec<&[u8]> = line.split(|&b| b == b' ').collect();
    if let [method, target, v] = parts[..] {
        let well_formed_other = !method.is_empty()
            && !target.is_empty()
            && v.len() == 8
            && v.starts_with(b"HTTP/")
            && v[5].is_ascii_digit()
            && v[6] == b'.'
            && v[7].is_ascii_digit()
            && v[5] != b'1';
        if well_formed_other {
            return format!("Unexpected HTTP version '{}'", latin1(v));
        }
    }
    "Malformed HTTP request line".to_string()
}

/// The values of a header joined with commas, as `HTTPHeaders` gives them.
fn joined(headers: &[(String, String)], name: &str) -> String {
    headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

/// A framing error as Tornado words it: with the offending header value.
fn framing_message(why: &str, headers: &[(String, String)]) -> String {
    match why {
        "Unsupported Transfer-Encoding" => {
            format!("{why} {}", joined(headers, "Transfer-Encoding"))
        }
        "Only integer Content-Length is allowed" => {
            format!("{why}: {}", joined(headers, "Content-Length"))
        }
        "Multiple unequal Content-Lengths" => format!(
            "{why}: {}",
            whirl_vm::format::str_repr(&joined(headers, "Content-Length"))
        ),
        _ => why.to_string(),
    }
}

/// Request headers as `HTTPHeaders` keeps them: a dict from the name in
/// `Http-Header-Case` to the list of its values, in arrival order.
fn grouped_headers(vm: &mut Vm, pairs: Vec<(String, String)>) -> PyResult<Value> {
    let d = whirl_vm::gc::new_dict();
    for (name, value) in pairs {
        let key = Value::string(normalize_header_name(&name));
        match d.get(&key)? {
            Some(Value::List(l)) => l.0.borrow_mut().push(Value::string(value)),
            _ => vm.dict_set(&d, key, Value::list(vec![Value::string(value)]))?,
        }
    }
    Ok(Value::Dict(d))
}

/// `content-TYPE` → `Content-Type` (Tornado's `_normalize_header`).
pub fn normalize_header_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut word_start = true;
    for c in name.chars() {
        if word_start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = c == '-';
    }
    out
}

struct Request {
    method: String,
    uri: String,
    /// As sent: `HTTP/1.0`, `HTTP/1.1`, or another `HTTP/1.x`.
    version: String,
    http11: bool,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// A request whose head is parsed and whose body is still arriving.
struct Pending {
    request: Request,
    head_len: usize,
    body: PendingBody,
}

enum PendingBody {
    Length(usize),
    Chunked(ChunkedDecoder),
}

enum Parsed {
    Incomplete,
    /// Answered with this status and closed; the reason is logged.
    Reject(u16, String),
    /// Close without answering (a head or chunk line past Tornado's limits).
    Close,
    Request(Request),
}

// ----- the Python face: the connection object -----

type ConnRef = std::rc::Weak<Connection>;

fn conn_of(a: &[Value]) -> PyResult<Option<Rc<Connection>>> {
    match a.first().and_then(native_ref::<ConnRef>) {
        Some((_, w)) => Ok(w.upgrade().filter(|c| c.phase.get() != Phase::Closed)),
        None => Err(PyErr::type_error("expected an HTTP connection")),
    }
}

fn bytes_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Rc<Vec<u8>>> {
    match v {
        None | Some(Value::None) => Ok(Rc::new(Vec::new())),
        Some(Value::Bytes(b)) => Ok(b.clone()),
        Some(Value::Str(s)) => Ok(Rc::new(s.as_str().as_bytes().to_vec())),
        Some(other) => Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(other)
        ))),
    }
}

/// A header name or value from Python: its str itself, or the text made
/// from an int or bytes.
enum HeaderText {
    Str(Rc<PyStr>),
    Owned(String),
}

impl AsRef<str> for HeaderText {
    fn as_ref(&self) -> &str {
        match self {
            HeaderText::Str(s) => s.as_str(),
            HeaderText::Owned(s) => s,
        }
    }
}

/// Response headers from Python: a list of (name, value) pairs, or a dict
/// of name to value or to a list of values (`HTTPHeaders._as_list`).
/// Whether a header text is printable ASCII only: no CR or LF, and the
/// same bytes in Latin-1. One branch-free pass (short texts, vectorized).
fn printable_ascii(s: &str) -> bool {
    s.bytes().fold(true, |ok, b| ok & (0x20..0x7f).contains(&b))
}

fn header_pairs(vm: &Vm, v: Option<&Value>) -> PyResult<Vec<(HeaderText, HeaderText)>> {
    let text = |v: &Value| match v {
        Value::Str(s) => Ok(HeaderText::Str(s.clone())),
        Value::Int(i) => Ok(HeaderText::Owned(i.to_string())),
        Value::Bytes(b) => Ok(HeaderText::Owned(latin1(b))),
        other => Err(PyErr::type_error(format!(
            "header values must be str, not {}",
            vm.type_name(other)
        ))),
    };
    let mut out = Vec::new();
    let mut push = |k: &Value, v: &Value| -> PyResult<()> {
        let (k, v) = (text(k)?, text(v)?);
        if printable_ascii(k.as_ref()) && printable_ascii(v.as_ref()) {
            // Nearly every header: nothing to refuse, nothing to encode.
            out.push((k, v));
            return Ok(());
        }
        let unsafe_text = |t: &HeaderText| t.as_ref().bytes().any(|b| b == b'\r' || b == b'\n');
        if unsafe_text(&k) || unsafe_text(&v) {
            let mut line = Vec::new();
            push_latin1(&mut line, k.as_ref());
            line.extend_from_slice(b": ");
            push_latin1(&mut line, v.as_ref());
            return Err(PyErr::value_error(format!(
                "Illegal characters (CR or LF) in header: {}",
                whirl_vm::format::bytes_repr(&line)
            )));
        }
        // Header lines go out in Latin-1, as Tornado encodes them.
        for t in [&k, &v] {
            if let Some(c) = t.as_ref().chars().find(|&c| c as u32 > 0xff) {
                return Err(PyErr::value_error(format!(
                    "'latin-1' codec can't encode character {:?}: ordinal not in range(256)",
                    c
                )));
            }
        }
        out.push((k, v));
        Ok(())
    };
    match v {
        None | Some(Value::None) => {}
        Some(Value::Dict(d)) => {
            for e in d.0.borrow().iter() {
                match &e.value {
                    Value::List(l) => {
                        for one in l.0.borrow().iter() {
                            push(&e.key, one)?;
                        }
                    }
                    single => push(&e.key, single)?,
                }
            }
        }
        Some(Value::List(_) | Value::Tuple(_)) => {
            let items = match v {
                Some(Value::List(l)) => l.0.borrow().clone(),
                Some(Value::Tuple(t)) => t.0.to_vec(),
                _ => vec![],
            };
            for item in &items {
                match item {
                    Value::Tuple(t) if t.0.len() == 2 => push(&t.0[0], &t.0[1])?,
                    _ => return Err(PyErr::type_error("headers must be (name, value) pairs")),
                }
            }
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "headers must be a dict or a list of (name, value) pairs, not {}",
                vm.type_name(other)
            )))
        }
    }
    Ok(out)
}

/// `conn.write_headers(code, reason, headers, chunk=None, finishing=False)`
fn py_write_headers(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let mut chunk = a.get(4).cloned();
    let mut finishing = a.get(5).cloned();
    for (k, v) in kw {
        match k.as_str() {
            "chunk" => chunk = Some(v.clone()),
            "finishing" => finishing = Some(v.clone()),
            _ => {}
        }
    }
    let code = whirl_vm::types::arg_int(vm, a.get(1).unwrap_or(&Value::Int(200)))?;
    let reason = a.get(2).and_then(|v| v.as_str()).unwrap_or("");
    if reason.contains(['\r', '\n']) {
        let mut line = format!("HTTP/1.1 {code} ").into_bytes();
        push_latin1(&mut line, reason);
        return Err(PyErr::value_error(format!(
            "Illegal characters (CR or LF) in header: {}",
            whirl_vm::format::bytes_repr(&line)
        )));
    }
    let headers = header_pairs(vm, a.get(3))?;
    let chunk = bytes_arg(vm, chunk.as_ref())?;
    let finishing = match &finishing {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if let Some(c) = conn_of(a)? {
        c.write_headers(code, reason, &headers, &chunk, finishing)?;
    }
    Ok(Value::None)
}

/// `connection.write(chunk)` (also `connection.stream.write(bytes)`, raw
/// before any headers): returns a done Future, as Tornado's write returns
/// one that callers chain on (the bytes are buffered and flushed at the
/// end of this loop iteration).
fn py_write(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let chunk = bytes_arg(vm, a.get(1))?;
    if let Some(c) = conn_of(a)? {
        c.write_body(&chunk);
        c.flush_soon();
    }
    let written = crate::tornado::future::new_future();
    crate::tornado::future::set_result(vm, &written, Value::None)?;
    Ok(written)
}

fn py_finish(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(c) = conn_of(a)? {
        c.finish();
    }
    Ok(Value::None)
}

fn py_close(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(c) = conn_of(a)? {
        // What was written goes out first, as far as the socket takes it
        // now (Tornado's streams write at once).
        c.flush();
        c.close_now();
        c.run_close_callback();
    }
    Ok(Value::None)
}

/// `connection.detach()`: the HTTP server lets go of the connection (a
/// websocket upgrade) and returns its socket as a `_Stream`, holding the
/// bytes read past the request. Only this rare call pays for upgrades.
fn py_detach(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(c) = conn_of(a)? else {
        return Err(PyErr::new(
            ExcType::RuntimeError,
            "connection already closed",
        ));
    };
    c.flush();
    c.phase.set(Phase::Closed);
    let socket = c.socket.borrow_mut().take();
    if let Some(t) = c.token.take() {
        ioloop::remove_handler(t);
    }
    if let Some(t) = c.idle_timer.take() {
        ioloop::cancel_timer(t);
    }
    c.close_callback.replace(Value::None).discard();
    c.me.replace(Value::None).discard();
    c.pending.borrow_mut().take();
    let input = std::mem::take(&mut *c.input.borrow_mut());
    let Some(mut socket) = socket else {
        return Err(PyErr::new(
            ExcType::RuntimeError,
            "connection already closed",
        ));
    };
    let _ = ioloop::with_registry(|r| r.deregister(&mut socket));
    crate::tornado::stream::adopt(socket, input)
}

/// `stream.closed()` (see `stream` in `py_getattr`).
fn py_closed(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let open = match a.first().and_then(native_ref::<ConnRef>) {
        Some((_, w)) => w.upgrade().is_some_and(|c| c.phase.get() != Phase::Closed),
        None => false,
    };
    Ok(Value::Bool(!open))
}

fn py_set_close_callback(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let cb = a.get(1).cloned().unwrap_or(Value::None);
    match conn_of(a)? {
        Some(c) => {
            c.close_callback.replace(cb).discard();
        }
        // Already closed: Tornado runs the callback right away.
        None if !cb.is_none() => ioloop::add_task(Task::Call(cb, vec![])),
        None => {}
    }
    Ok(Value::None)
}

fn py_getattr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let name = a.get(1).and_then(|v| v.as_str()).unwrap_or("");
    let remote_ip = match a.first().and_then(native_ref::<ConnRef>) {
        Some((_, w)) => w.upgrade().map(|c| c.remote_ip.clone()),
        None => None,
    };
    match name {
        "remote_ip" => Ok(remote_ip.map(Value::string).unwrap_or(Value::None)),
        "protocol" => Ok(Value::str("http")),
        // Tornado's `connection.stream`: here the connection itself stands
        // for its stream (`close()`, `closed()`), the socket being native.
        "stream" => Ok(a[0].clone()),
        _ => {
            let _ = vm;
            Err(PyErr::new(
                ExcType::AttributeError,
                format!("'HTTP1Connection' object has no attribute '{name}'"),
            ))
        }
    }
}

pub fn connection_class(vm: &Vm) -> Rc<whirl_vm::class::Class> {
    whirl_vm::native::native_class(
        vm,
        "HTTP1Connection",
        "tornado.http1connection",
        &[
            ("write_headers", py_write_headers),
            ("write", py_write),
            ("finish", py_finish),
            ("close", py_close),
            ("set_close_callback", py_set_close_callback),
            ("detach", py_detach),
            ("closed", py_closed),
            ("__getattr__", py_getattr),
        ],
        None,
    )
}

pub fn py_http_date(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::string(super::http_date()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn header_names_are_normalized_as_tornado_does() {
        use super::normalize_header_name as n;
        assert_eq!(n("content-TYPE"), "Content-Type");
        assert_eq!(n("HOST"), "Host");
        assert_eq!(n("x-forwarded-for"), "X-Forwarded-For");
        assert_eq!(n("etag"), "Etag");
        assert_eq!(n("-a--b"), "-A--B");
    }
}
