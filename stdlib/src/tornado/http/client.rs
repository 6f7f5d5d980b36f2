//! The HTTP/1.1 client behind `AsyncHTTPClient.fetch`: connects without
//! blocking, sends the request, parses the response (`super::parse_head`; bodies by
//! Content-Length, chunked, or until close), follows redirects, enforces
//! the connect and request timeouts, and keeps finished keep-alive
//! connections per host for the next fetch to reuse.

use super::{
    body_framing, header, parse_head, parse_status_line, ChunkStep, ChunkedDecoder, Framing,
    HeadError,
};
use crate::tornado::future;
use crate::tornado::ioloop::{self, IoHandler, Readiness, Task};
use crate::tornado::listener::os_error;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::Write;
use std::net::ToSocketAddrs;
use std::rc::Rc;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::types::Kw;
use whirl_vm::value::Value;
use whirl_vm::Vm;

/// Responses larger than this fail rather than exhaust memory (Tornado's
/// default max_body_size: the client's default max_buffer_size).
const MAX_RESPONSE: usize = 100 * 1024 * 1024;

/// The largest response head read (Tornado's default max_header_size).
const MAX_HEADER: usize = 65536;

/// Interim responses a fetch skips before it gives up (Tornado's
/// `_MAX_1XX_RESPONSES`).
const MAX_INTERIM: u8 = 10;

#[derive(Clone)]
struct Url {
    host: String,
    port: u16,
    /// Path and query, never empty.
    target: String,
}

impl Url {
    fn parse(url: &str) -> Result<Url, String> {
        let Some(rest) = url.strip_prefix("http://") else {
            let scheme = url.split_once("://").map(|(s, _)| s).unwrap_or("");
            return Err(format!("Unsupported url scheme: {url}")).map_err(|e| {
                if scheme == "https" {
                    format!("{e} (https is not supported by whirl)")
                } else {
                    e
                }
            });
        };
        let (authority, target) = match rest.find(['/', '?']) {
            Some(i) => (&rest[..i], rest[i..].to_string()),
            None => (rest, "/".to_string()),
        };
        let target = if target.starts_with('?') {
            format!("/{target}")
        } else {
            target
        };
        let target = target.split('#').next().unwrap_or("/").to_string();
        let authority = authority.rsplit('@').next().unwrap_or(authority);
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, p)) if !h.is_empty() && !p.contains(']') => (
                h.to_string(),
                p.parse::<u16>()
                    .map_err(|_| format!("Invalid port in url: {url}"))?,
            ),
            _ => (authority.to_string(), 80),
        };
        let host = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_string();
        if host.is_empty() {
            return Err(format!("No host in url: {url}"));
        }
        Ok(Url { host, port, target })
    }

    fn host_header(&self) -> String {
        if self.port == 80 {
            self.host.clone()
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }

    /// The absolute URL a `Location` header points to.
    fn join(&self, location: &str) -> String {
        if location.contains("://") {
            location.to_string()
        } else if let Some(rest) = location.strip_prefix("//") {
            format!("http://{rest}")
        } else if location.starts_with('/') {
            format!("http://{}{}", self.host_header(), location)
        } else {
            let path = self.target.split('?').next().unwrap_or("/");
            let dir = &path[..path.rfind('/').map(|i| i + 1).unwrap_or(0)];
            format!("http://{}{}{}", self.host_header(), dir, location)
        }
    }
}

struct Request {
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Option<Rc<Vec<u8>>>,
    connect_timeout: f64,
    request_timeout: f64,
    follow_redirects: bool,
    redirects_left: i64,
    /// Send `Expect: 100-continue` and the body only after the server's
    /// `100 Continue`.
    expect_continue: bool,
}

/// One fetch, possibly over several connections (redirects, a stale
/// keep-alive connection retried).
struct Fetch {
    future: Value,
    /// The URL first asked for: a redirect elsewhere drops credentials.
    original_url: String,
    /// `HTTPStreamClosedError`, raised for a malformed or cut-short response.
    closed_error_class: Value,
    request: RefCell<Request>,
    start: f64,
    timers: RefCell<Vec<u64>>,
    connect_timer: Cell<Option<u64>>,
    done: Cell<bool>,
    /// `max_header_size` and `max_body_size` of the client that fetches.
    max_header: usize,
    max_body: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Connecting,
    Waiting,
    Idle,
    Closed,
}

struct Conn {
    socket: RefCell<Option<mio::net::TcpStream>>,
    token: Cell<Option<mio::Token>>,
    key: (String, u16),
    phase: Cell<Phase>,
    input: RefCell<Vec<u8>>,
    /// How far the search for the end of the response head got.
    head_scanned: Cell<usize>,
    /// The chunked body of the response being read, decoded so far.
    decoder: RefCell<ChunkedDecoder>,
    output: RefCell<Vec<u8>>,
    written: Cell<usize>,
    eof: Cell<bool>,
    fetch: RefCell<Option<Rc<Fetch>>>,
    head_request: Cell<bool>,
    /// Interim (1xx) responses skipped before the current one (Tornado
    /// gives up after ten), kept for `header_callback`.
    interim: RefCell<Vec<Interim>>,
    /// The request body, held back until the server answers
    /// `100 Continue` (a request sent with `expect_100_continue`).
    held_body: RefCell<Option<Rc<Vec<u8>>>>,
    /// The bounds of the fetch being read: the head's end must lie within
    /// `max_header` bytes, the body may not pass `max_body` bytes.
    max_header: Cell<usize>,
    max_body: Cell<usize>,
    /// Reused from the pool: a close before any response byte means the
    /// server dropped it while idle, and the request is sent again.
    reused: Cell<bool>,
}

/// (host, port): idle keep-alive connections are kept per host.
type HostKey = (String, u16);

thread_local! {
    static POOL: RefCell<HashMap<HostKey, Vec<Rc<Conn>>>> = RefCell::new(HashMap::new());
}

/// `_tornado.http_fetch(method, url, headers, body, connect_timeout,
/// request_timeout, follow_redirects, max_redirects)` → Future of
/// `(code, reason, headers, body, effective_url)`.
pub fn py_http_fetch(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let text = |v: Option<&Value>, default: &str| match v {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => default.to_string(),
    };
    let method = text(a.first(), "GET").to_ascii_uppercase();
    let url = text(a.get(1), "");
    let mut headers = Vec::new();
    if let Some(Value::List(l)) = a.get(2) {
        for item in l.0.borrow().iter() {
            if let Value::Tuple(t) = item {
                if let (Some(Value::Str(k)), Some(Value::Str(v))) = (t.0.first(), t.0.get(1)) {
                    headers.push((k.as_str().to_string(), v.as_str().to_string()));
                }
            }
        }
    }
    let body = match a.get(3) {
        Some(Value::Bytes(b)) => Some(b.clone()),
        Some(Value::Str(s)) => Some(Rc::new(s.as_str().as_bytes().to_vec())),
        _ => None,
    };
    let secs = |v: Option<&Value>, d: f64| v.and_then(whirl_vm::ops::to_f64).unwrap_or(d);
    let follow_redirects = match a.get(6) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let redirects_left = match a.get(7) {
        Some(v @ Value::Int(_)) => whirl_vm::types::arg_int(vm, v)?,
        _ => 5,
    };
    // A size limit from Python: None keeps the default, a negative one
    // lets nothing through.
    let limit = |v: Option<&Value>, default: usize| match v {
        Some(Value::Int(n)) => usize::try_from(*n).unwrap_or(0),
        _ => default,
    };
    let fetch = Rc::new(Fetch {
        future: future::new_future(),
        original_url: url.clone(),
        closed_error_class: a.get(8).cloned().unwrap_or(Value::None),
        request: RefCell::new(Request {
            method,
            url,
            headers,
            body,
            connect_timeout: secs(a.get(4), 20.0),
            request_timeout: secs(a.get(5), 20.0),
            follow_redirects,
            redirects_left,
            expect_continue: match a.get(9) {
                Some(v) => vm.truthy(v)?,
                None => false,
            },
        }),
        max_header: limit(a.get(10), MAX_HEADER),
        max_body: limit(a.get(11), MAX_RESPONSE),
        start: ioloop::now(),
        timers: RefCell::new(Vec::new()),
        connect_timer: Cell::new(None),
        done: Cell::new(false),
    });
    let request_timeout = fetch.request.borrow().request_timeout;
    if request_timeout > 0.0 {
        fetch.add_timer(request_timeout, "Timeout during request");
    }
    let result = fetch.future.clone();
    fetch.start_attempt(vm)?;
    Ok(result)
}

impl Fetch {
    fn add_timer(self: &Rc<Self>, after: f64, message: &'static str) -> u64 {
        let weak = Rc::downgrade(self);
        let id = ioloop::call_at(
            ioloop::now() + after,
            Task::native(move |vm| match weak.upgrade() {
                Some(f) => f.fail(vm, PyErr::new(ExcType::TimeoutError, message)),
                None => Ok(()),
            }),
        );
        self.timers.borrow_mut().push(id);
        id
    }

    fn settle(&self, vm: &mut Vm, r: Result<Value, PyErr>) -> PyResult<()> {
        if self.done.replace(true) {
            return Ok(());
        }
        for t in self.timers.borrow_mut().drain(..) {
            ioloop::cancel_timer(t);
        }
        future::settle_unless_cancelled(vm, &self.future, r)
    }

    /// `HTTPStreamClosedError(message)` (an OSError when the caller gave
    /// no class).
    fn closed_error(&self, vm: &mut Vm, message: &str) -> PyErr {
        if !self.closed_error_class.is_none() {
            match vm.call(&self.closed_error_class, vec![Value::str(message)]) {
                Ok(Value::Instance(i)) => return PyErr::Raised(i),
                Ok(_) => {}
                Err(e) => return e,
            }
        }
        PyErr::new(ExcType::OSError, message)
    }

    fn fail(self: &Rc<Self>, vm: &mut Vm, e: PyErr) -> PyResult<()> {
        if self.done.get() {
            return Ok(());
        }
        self.settle(vm, Err(e))
    }

    /// Sends the request over a pooled or a new connection.
    fn start_attempt(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        let url = match Url::parse(&self.request.borrow().url) {
            Ok(u) => u,
            Err(msg) => return self.fail(vm, PyErr::value_error(msg)),
        };
        let key = (url.host.clone(), url.port);
        let pooled = POOL.with(|p| p.borrow_mut().get_mut(&key).and_then(Vec::pop));
        let conn = match pooled {
            Some(c) if c.phase.get() == Phase::Idle => {
                c.reused.set(true);
                c
            }
            _ => match Conn::connect(&url) {
                Ok(c) => {
                    let timeout = self.request.borrow().connect_timeout;
                    if timeout > 0.0 {
                        let id = self.add_timer(timeout, "Timeout while connecting");
                        self.connect_timer.set(Some(id));
                    }
                    c
                }
                Err(e) => return self.fail(vm, e),
            },
        };
        let req = self.request.borrow();
        let mut out = Vec::with_capacity(256);
        write!(out, "{} {} HTTP/1.1\r\n", req.method, url.target).ok();
        if header(&req.headers, "Host").is_none() {
            write!(out, "Host: {}\r\n", url.host_header()).ok();
        }
        if header(&req.headers, "User-Agent").is_none() {
            out.extend_from_slice(b"User-Agent: Tornado/6.4\r\n");
        }
        let body_len = req.body.as_ref().map(|b| b.len());
        if let Some(n) = body_len {
            if header(&req.headers, "Content-Length").is_none() {
                write!(out, "Content-Length: {n}\r\n").ok();
            }
        }
        for (k, v) in &req.headers {
            // Latin-1, as Tornado writes header lines (httpclient.py has
            // checked that each char fits and none is CR or LF).
            super::push_latin1(&mut out, k);
            out.extend_from_slice(b": ");
            super::push_latin1(&mut out, v);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b"\r\n");
        let mut held = None;
        if let Some(b) = &req.body {
            if req.expect_continue {
                // Sent when the server says 100 Continue (never, if it
                // answers at once), as simple_httpclient does.
                held = Some(b.clone());
            } else {
                out.extend_from_slice(b);
            }
        }
        *conn.held_body.borrow_mut() = held;
        conn.interim.borrow_mut().clear();
        conn.max_header.set(self.max_header);
        conn.max_body.set(self.max_body);
        conn.head_request.set(req.method == "HEAD");
        drop(req);
        *conn.fetch.borrow_mut() = Some(self.clone());
        conn.output.borrow_mut().extend_from_slice(&out);
        if conn.phase.get() == Phase::Idle {
            conn.phase.set(Phase::Waiting);
            conn.flush();
            // An idle connection's socket has had its edge; look now.
            let c = conn.clone();
            ioloop::add_task(Task::native(move |vm| c.on_readable(vm)));
        }
        Ok(())
    }

    /// A complete response arrived: follow a redirect or resolve.
    fn response(self: &Rc<Self>, vm: &mut Vm, r: Response) -> PyResult<()> {
        let redirect = {
            let req = self.request.borrow();
            let location = header(&r.headers, "Location");
            match location {
                Some(loc)
                    if req.follow_redirects
                        && req.redirects_left > 0
                        && matches!(r.code, 301 | 302 | 303 | 307 | 308) =>
                {
                    Url::parse(&req.url).ok().map(|u| u.join(loc))
                }
                _ => None,
            }
        };
        if let Some(next) = redirect {
            {
                let mut req = self.request.borrow_mut();
                req.url = next;
                req.redirects_left -= 1;
                if netloc(&self.original_url) != netloc(&req.url) {
                    // Cross-origin: credentials stay behind (as curl and
                    // Tornado do).
                    req.headers.retain(|(k, _)| {
                        !k.eq_ignore_ascii_case("Authorization")
                            && !k.eq_ignore_ascii_case("Cookie")
                    });
                }
                if (r.code == 303 && req.method != "HEAD")
                    || (matches!(r.code, 301 | 302) && req.method == "POST")
                {
                    req.method = "GET".into();
                    req.body = None;
                    req.headers.retain(|(k, _)| {
                        ![
                            "Content-Length",
                            "Content-Type",
                            "Content-Encoding",
                            "Transfer-Encoding",
                        ]
                        .iter()
                        .any(|h| k.eq_ignore_ascii_case(h))
                    });
                }
                req.headers.retain(|(k, _)| !k.eq_ignore_ascii_case("Host"));
            }
            return self.start_attempt(vm);
        }
        let url = self.request.borrow().url.clone();
        let pairs = |headers: Vec<(String, String)>| -> Vec<Value> {
            headers
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![Value::string(k), Value::string(v)]))
                .collect()
        };
        let interim: Vec<Value> = r
            .interim
            .into_iter()
            .map(|i| {
                Value::tuple(vec![
                    Value::string(i.version),
                    Value::Int(i.code as i64),
                    Value::string(i.reason),
                    Value::list(pairs(i.headers)),
                ])
            })
            .collect();
        let headers = pairs(r.headers);
        let result = Value::tuple(vec![
            Value::Int(r.code as i64),
            Value::string(r.reason),
            Value::list(headers),
            Value::Bytes(Rc::new(r.body)),
            Value::string(url),
            Value::Float(ioloop::now() - self.start),
            Value::string(r.version),
            Value::list(interim),
        ]);
        self.settle(vm, Ok(result))
    }
}

/// A URL's scheme and authority (`http://host:port`), what decides
/// whether a redirect stays on the same origin.
fn netloc(url: &str) -> &str {
    let after = url.find("://").map(|i| i + 3).unwrap_or(0);
    let end = url[after..]
        .find(['/', '?', '#'])
        .map(|i| after + i)
        .unwrap_or(url.len());
    &url[..end]
}

/// The head of an interim (1xx) response.
struct Interim {
    version: String,
    code: u16,
    reason: String,
    headers: Vec<(String, String)>,
}

struct Response {
    /// Interim responses read before this one.
    interim: Vec<Interim>,
    /// The status line's version (`HTTP/1.1`), for `header_callback`.
    version: String,
    code: u16,
    reason: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    keep_alive: bool,
}

enum Parsed {
    Incomplete,
    /// The fetch fails with HTTPStreamClosedError(message), as Tornado's
    /// client reports a malformed or cut-short response.
    Malformed(&'static str),
    /// No head within MAX_HEADER bytes (Tornado: UnsatisfiableReadError).
    HeadTooLarge,
    Complete(Response),
}

impl Conn {
    fn connect(url: &Url) -> PyResult<Rc<Conn>> {
        let addr = (url.host.as_str(), url.port)
            .to_socket_addrs()
            .map_err(|e| {
                PyErr::with_args(
                    ExcType::OSError,
                    vec![
                        Value::Int(-2),
                        Value::string(format!("Name or service not known ({e})")),
                    ],
                )
            })?
            .next()
            .ok_or_else(|| PyErr::new(ExcType::OSError, "no address for host"))?;
        let socket = mio::net::TcpStream::connect(addr).map_err(|e| os_error(&e))?;
        let conn = Rc::new(Conn {
            socket: RefCell::new(Some(socket)),
            token: Cell::new(None),
            key: (url.host.clone(), url.port),
            phase: Cell::new(Phase::Connecting),
            input: RefCell::new(Vec::new()),
            head_scanned: Cell::new(0),
            decoder: RefCell::new(ChunkedDecoder::default()),
            output: RefCell::new(Vec::new()),
            written: Cell::new(0),
            eof: Cell::new(false),
            fetch: RefCell::new(None),
            head_request: Cell::new(false),
            interim: RefCell::new(Vec::new()),
            held_body: RefCell::new(None),
            max_header: Cell::new(MAX_HEADER),
            max_body: Cell::new(MAX_RESPONSE),
            reused: Cell::new(false),
        });
        let token = ioloop::add_handler(conn.clone());
        conn.token.set(Some(token));
        let mut s = conn.socket.borrow_mut();
        let s = s.as_mut().expect("just made");
        ioloop::with_registry(|r| {
            r.register(s, token, mio::Interest::READABLE | mio::Interest::WRITABLE)
        })?;
        Ok(conn.clone())
    }

    fn close(&self) {
        if self.phase.replace(Phase::Closed) == Phase::Closed {
            return;
        }
        if let Some(mut s) = self.socket.borrow_mut().take() {
            let _ = ioloop::with_registry(|r| r.deregister(&mut s));
        }
        if let Some(t) = self.token.take() {
            ioloop::remove_handler(t);
        }
        POOL.with(|p| {
            if let Some(v) = p.borrow_mut().get_mut(&self.key) {
                v.retain(|c| c.phase.get() != Phase::Closed);
            }
        });
    }

    fn flush(&self) {
        if let super::Flushed::Broken =
            super::flush_output(&self.socket, &self.output, &self.written)
        {
            self.eof.set(true);
        }
    }

    fn read_all(&self) {
        loop {
            let r = match self.socket.borrow_mut().as_mut() {
                Some(s) => super::read_into(s, &mut self.input.borrow_mut()),
                None => return,
            };
            match r {
                Ok(0) => {
                    self.eof.set(true);
                    return;
                }
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => {
                    self.eof.set(true);
                    return;
                }
            }
        }
    }

    /// Parses the response at the front of the input, as Tornado's client
    /// does: a strict status line and head, framing by RFC 9112 section 6
    /// (see `body_framing`), the chunked body decoded incrementally.
    fn parse(&self) -> Parsed {
        loop {
            match self.parse_one() {
                Err(interim) => self.skip_interim(interim),
                Ok(p) => return p,
            }
        }
    }

    /// An interim (1xx) response of `head length` bytes was read: drop
    /// it from the input, and send a held-back body on `100 Continue`.
    fn skip_interim(&self, (len, interim): (usize, Interim)) {
        self.input.borrow_mut().drain(..len);
        self.head_scanned.set(0);
        let code = interim.code;
        self.interim.borrow_mut().push(interim);
        if code == 100 {
            if let Some(body) = self.held_body.borrow_mut().take() {
                self.output.borrow_mut().extend_from_slice(&body);
                self.flush();
            }
        }
    }

    /// One response at the front of the input, or `Err((head length,
    /// head))` for an interim response the caller skips.
    fn parse_one(&self) -> Result<Parsed, (usize, Interim)> {
        let input = self.input.borrow();
        let closed = || Ok(Parsed::Malformed("Connection closed"));
        let max_body = self.max_body.get();
        let max_header = self.max_header.get();
        let mut scanned = self.head_scanned.get();
        let head = parse_head(&input, &mut scanned, max_header);
        self.head_scanned.set(scanned);
        let head = match head {
            Ok(Some(head)) => head,
            Ok(None) if self.eof.get() => return Ok(Parsed::Malformed("Stream closed")),
            Ok(None) => return Ok(Parsed::Incomplete),
            Err(HeadError::TooLarge) => return Ok(Parsed::HeadTooLarge),
            Err(HeadError::Malformed(_)) => return closed(),
        };
        let Some((version, code, reason)) = parse_status_line(&input[head.start_line.clone()])
        else {
            return closed();
        };
        let http11 = version == "HTTP/1.1";
        let head_len = head.len;
        let pairs = head.headers;
        let connection = header(&pairs, "Connection").map(|v| v.to_ascii_lowercase());
        let mut keep_alive = if http11 {
            connection.as_deref() != Some("close")
        } else {
            connection.as_deref() == Some("keep-alive")
        };
        let rest = &input[head_len..];
        if (100..200).contains(&code) {
            // An interim response: no body may follow it, and the real
            // response comes after it (Tornado reads at most ten).
            if header(&pairs, "Content-Length").is_some()
                || header(&pairs, "Transfer-Encoding").is_some()
                || self.interim.borrow().len() >= MAX_INTERIM as usize
            {
                return closed();
            }
            return Err((
                head_len,
                Interim {
                    version: version.to_string(),
                    code,
                    reason,
                    headers: pairs,
                },
            ));
        }
        let mut framing = match body_framing(&pairs, max_body) {
            Ok(f) => f,
            Err(_) => return closed(),
        };
        if code == 204 {
            if !matches!(framing, Framing::Unframed | Framing::Length(0)) {
                return closed();
            }
            framing = Framing::Length(0);
        }
        let no_body = self.head_request.get() || code == 304;
        let (body, used) = if no_body {
            (Vec::new(), 0)
        } else {
            match framing {
                Framing::Chunked => {
                    let mut decoder = self.decoder.borrow_mut();
                    match decoder.feed(rest, max_body) {
                        ChunkStep::Done(used) => (std::mem::take(&mut decoder.body), used),
                        ChunkStep::Incomplete if !self.eof.get() => return Ok(Parsed::Incomplete),
                        _ => return closed(),
                    }
                }
                Framing::Length(len) => {
                    if rest.len() < len {
                        if self.eof.get() {
                            return closed();
                        }
                        return Ok(Parsed::Incomplete);
                    }
                    (rest[..len].to_vec(), len)
                }
                Framing::Unframed => {
                    // The body runs to the end of the connection.
                    if rest.len() > max_body {
                        return closed();
                    }
                    if !self.eof.get() {
                        return Ok(Parsed::Incomplete);
                    }
                    keep_alive = false;
                    (rest.to_vec(), rest.len())
                }
            }
        };
        keep_alive &= head_len + used == input.len();
        // A body never sent leaves the connection in no state to reuse.
        keep_alive &= self.held_body.borrow().is_none();
        Ok(Parsed::Complete(Response {
            interim: std::mem::take(&mut *self.interim.borrow_mut()),
            version: version.to_string(),
            code,
            reason,
            headers: pairs,
            body,
            keep_alive,
        }))
    }

    fn on_readable(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        if self.phase.get() == Phase::Closed {
            return Ok(());
        }
        self.read_all();
        let Some(fetch) = self.fetch.borrow().clone() else {
            // Idle in the pool: the server closed it, or sent junk.
            if self.eof.get() || !self.input.borrow().is_empty() {
                self.close();
            }
            return Ok(());
        };
        if fetch.done.get() {
            self.fetch.borrow_mut().take();
            self.close();
            return Ok(());
        }
        if self.eof.get() && self.input.borrow().is_empty() {
            self.fetch.borrow_mut().take();
            self.close();
            if self.reused.get() {
                return fetch.start_attempt(vm);
            }
            let e = fetch.closed_error(vm, "Stream closed");
            return fetch.fail(vm, e);
        }
        match self.parse() {
            Parsed::Incomplete => Ok(()),
            Parsed::Malformed(msg) => {
                self.fetch.borrow_mut().take();
                self.close();
                let e = fetch.closed_error(vm, msg);
                fetch.fail(vm, e)
            }
            Parsed::HeadTooLarge => {
                self.fetch.borrow_mut().take();
                self.close();
                let e = crate::tornado::stream::unsatisfiable_error(
                    vm,
                    &format!(
                        r"delimiter re.compile(b'\r?\n\r?\n') not found within {} bytes",
                        self.max_header.get()
                    ),
                );
                fetch.fail(vm, e)
            }
            Parsed::Complete(resp) => {
                self.fetch.borrow_mut().take();
                self.input.borrow_mut().clear();
                self.head_scanned.set(0);
                *self.decoder.borrow_mut() = ChunkedDecoder::default();
                if resp.keep_alive && !self.eof.get() {
                    self.phase.set(Phase::Idle);
                    self.reused.set(false);
                    let key = self.key.clone();
                    let me = self.clone();
                    POOL.with(|p| p.borrow_mut().entry(key).or_default().push(me));
                } else {
                    self.close();
                }
                fetch.response(vm, resp)
            }
        }
    }
}

impl IoHandler for Conn {
    fn ready(self: Rc<Self>, vm: &mut Vm, r: Readiness) -> PyResult<()> {
        if self.phase.get() == Phase::Connecting && (r.writable || r.readable) {
            let failure = {
                let sock = self.socket.borrow();
                match sock.as_ref() {
                    Some(s) => match s.take_error() {
                        Ok(Some(e)) | Err(e) => Some(e),
                        Ok(None) => match s.peer_addr() {
                            Ok(_) => None,
                            Err(e) if e.kind() == std::io::ErrorKind::NotConnected => {
                                return Ok(());
                            }
                            Err(e) => Some(e),
                        },
                    },
                    None => return Ok(()),
                }
            };
            if let Some(e) = failure {
                let fetch = self.fetch.borrow_mut().take();
                self.close();
                if let Some(f) = fetch {
                    return f.fail(vm, os_error(&e));
                }
                return Ok(());
            }
            self.phase.set(Phase::Waiting);
            // Connected: the connect timeout no longer applies. The
            // request timeout stays armed.
            if let Some(f) = self.fetch.borrow().as_ref() {
                if let Some(t) = f.connect_timer.take() {
                    ioloop::cancel_timer(t);
                }
            }
        }
        if r.writable {
            self.flush();
        }
        self.on_readable(vm)
    }

    /// A panic while handling this connection (an interpreter bug): it is
    /// closed and its fetch fails, instead of waiting for ever.
    fn abandon(self: Rc<Self>, vm: &mut Vm) {
        let fetch = self.fetch.borrow_mut().take();
        self.close();
        if let Some(f) = fetch {
            let e = PyErr::new(
                ExcType::SystemError,
                "whirl internal error in the HTTP client; please report it",
            );
            let _ = f.fail(vm, e);
        }
    }
}
