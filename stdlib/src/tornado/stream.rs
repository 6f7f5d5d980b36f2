//! `tornado.iostream.IOStream`, native: a non-blocking TCP connection with
//! a read buffer and a write buffer, driven by the loop's readiness events
//! (mio is edge-triggered, so every read or write runs until `WouldBlock`
//! or until it has what it needs — and a read that starts later tries the
//! socket at once, so no edge is ever waited for in vain). The logic
//! follows Tornado 6's `BaseIOStream` step by step (`_try_inline_read`,
//! `_read_to_buffer_loop`, `_find_read_pos`, `close`, `_signal_closed`),
//! so the order in which futures resolve and streams close is Tornado's.
//! Also here: the non-blocking `connect` behind `TCPClient` and the accept
//! hook behind `TCPServer`.

use super::future::{self, new_future};
use super::ioloop::{self, IoHandler, Readiness, Task};
use super::listener::{listener_of, os_error};
use super::state;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, ToSocketAddrs};
use std::rc::{Rc, Weak};
use whirl_vm::class::Class;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::native::{native_ref, NativeData, NativeObject, Sink, Tracer};
use whirl_vm::types::Kw;
use whirl_vm::value::Value;
use whirl_vm::Vm;

/// How much one `read` call asks the socket for (Tornado's `read_chunk_size`).
const READ_CHUNK: usize = 64 * 1024;
/// Tornado's default `max_buffer_size`: a read buffer larger than this
/// closes the stream with `StreamBufferFullError`.
const DEFAULT_MAX_BUFFER_SIZE: usize = 100 * 1024 * 1024;

/// The read in progress and what satisfies it.
enum ReadKind {
    Until {
        delimiter: Vec<u8>,
        max: Option<usize>,
    },
    Bytes {
        count: usize,
        partial: bool,
    },
    UntilClose,
}

/// A connection attempt: the future `connect` returned, the stream value
/// it resolves with, the addresses still to try and the deadline's timer.
struct Connecting {
    future: Value,
    stream: Value,
    rest: Vec<SocketAddr>,
    timer: Option<u64>,
}

thread_local! {
    /// Where `recv` writes before the bytes join a stream's buffer: made
    /// once, so a read does not clear 64 KiB of fresh memory each time.
    static SCRATCH: RefCell<Vec<u8>> = RefCell::new(vec![0; READ_CHUNK]);
}

/// Why a read cannot be satisfied: `max_bytes` passed without a delimiter.
struct Unsatisfiable(String);

pub struct Stream {
    socket: RefCell<Option<mio::net::TcpStream>>,
    token: Cell<Option<mio::Token>>,
    /// Bytes read and not consumed are `read_buf[read_pos..]`: consuming
    /// moves the offset, and the consumed front is dropped only once it is
    /// at least half the buffer, so reading a long stream stays linear.
    read_buf: RefCell<Vec<u8>>,
    read_pos: Cell<usize>,
    /// Where the delimiter search resumes (relative to `read_pos`), so a
    /// line arriving in many pieces is not rescanned from its start.
    scan_from: Cell<usize>,
    /// The peer closed its side; reads beyond the buffer end the stream.
    eof: Cell<bool>,
    read: RefCell<Option<ReadKind>>,
    read_future: RefCell<Option<Value>>,
    /// Bytes to send are `write_buf[write_pos..]`, compacted as `read_buf`.
    write_buf: RefCell<Vec<u8>>,
    write_pos: Cell<usize>,
    /// Bytes ever queued and ever sent: a write's future resolves once
    /// everything up to its end is sent.
    total_queued: Cell<u64>,
    total_sent: Cell<u64>,
    write_futures: RefCell<VecDeque<(u64, Value)>>,
    connecting: RefCell<Option<Connecting>>,
    close_callback: RefCell<Value>,
    /// The error that closed the stream (`IOStream.error`), or None.
    error: RefCell<Value>,
    closed: Cell<bool>,
    /// Tornado's `_state`, kept so idle streams behave as there: whether
    /// the stream listens at all yet (`_state is not None`) and whether it
    /// listens for reads. A stream that does not listen for reads does not
    /// notice its peer closing until it reads or writes.
    listening: Cell<bool>,
    listening_read: Cell<bool>,
    /// A readable edge came while not listening for reads: the socket may
    /// hold data (or the end), to look at once reads are listened for.
    missed_read: Cell<bool>,
    max_buffer_size: Cell<usize>,
    /// The stream itself while the loop watches it (see `start_listening`).
    keep_alive: RefCell<Option<Rc<Stream>>>,
}

thread_local! {
    /// Loop tokens of streams dropped without being closed, freed when the
    /// next stream registers (a destructor cannot reach the loop safely).
    static DEAD_TOKENS: RefCell<Vec<mio::Token>> = const { RefCell::new(Vec::new()) };
}

impl Drop for Stream {
    fn drop(&mut self) {
        // The socket closes as its field drops, leaving the poll with it.
        if let Some(t) = self.token.take() {
            let _ = DEAD_TOKENS.try_with(|d| d.borrow_mut().push(t));
        }
    }
}

/// The values a stream holds: the futures of pending reads and writes,
/// the close callback and the error. (Shared as `Rc<Stream>`: traced only
/// while its Python object is the sole holder, see `NativeData for Rc`.)
impl NativeData for Stream {
    fn trace(&self, t: &mut Tracer) {
        if let Ok(f) = self.read_future.try_borrow() {
            if let Some(f) = &*f {
                t.value(f);
            }
        }
        if let Ok(w) = self.write_futures.try_borrow() {
            w.iter().for_each(|(_, f)| t.value(f));
        }
        if let Ok(c) = self.connecting.try_borrow() {
            if let Some(c) = &*c {
                t.value(&c.future);
                t.value(&c.stream);
            }
        }
        for v in [&self.close_callback, &self.error] {
            if let Ok(v) = v.try_borrow() {
                t.value(&v);
            }
        }
    }
    fn clear(&self, sink: &mut Sink) {
        if let Ok(mut f) = self.read_future.try_borrow_mut() {
            if let Some(f) = f.take() {
                sink.value(f);
            }
        }
        if let Ok(mut w) = self.write_futures.try_borrow_mut() {
            w.drain(..).for_each(|(_, f)| sink.value(f));
        }
        if let Ok(mut c) = self.connecting.try_borrow_mut() {
            if let Some(c) = c.take() {
                sink.value(c.future);
                sink.value(c.stream);
            }
        }
        for v in [&self.close_callback, &self.error] {
            if let Ok(mut v) = v.try_borrow_mut() {
                sink.value(std::mem::replace(&mut *v, Value::None));
            }
        }
    }
}

/// What the loop holds for a stream: a weak reference, so that an
/// unwatched stream can be dropped (see `Stream::start_listening`).
struct StreamHandle(Weak<Stream>);

impl IoHandler for StreamHandle {
    fn ready(self: Rc<Self>, vm: &mut Vm, r: Readiness) -> PyResult<()> {
        match self.0.upgrade() {
            Some(s) => s.ready(vm, r),
            None => Ok(()),
        }
    }

    /// A panic while handling the socket: the stream is closed, so that
    /// its pending reads fail with StreamClosedError instead of waiting.
    fn abandon(self: Rc<Self>, vm: &mut Vm) {
        if let Some(s) = self.0.upgrade() {
            let _ = s.close(vm, None);
        }
    }
}

/// The stream behind a `_Stream` value.
fn stream_of(v: Option<&Value>) -> PyResult<Rc<Stream>> {
    v.and_then(native_ref::<Rc<Stream>>)
        .map(|(_, s)| s.clone())
        .ok_or_else(|| PyErr::type_error("descriptor requires an 'IOStream' object"))
}

impl Stream {
    fn new(socket: mio::net::TcpStream) -> Rc<Stream> {
        Rc::new(Stream {
            socket: RefCell::new(Some(socket)),
            token: Cell::new(None),
            read_buf: RefCell::new(Vec::new()),
            read_pos: Cell::new(0),
            scan_from: Cell::new(0),
            eof: Cell::new(false),
            read: RefCell::new(None),
            read_future: RefCell::new(None),
            write_buf: RefCell::new(Vec::new()),
            write_pos: Cell::new(0),
            total_queued: Cell::new(0),
            total_sent: Cell::new(0),
            write_futures: RefCell::new(VecDeque::new()),
            connecting: RefCell::new(None),
            close_callback: RefCell::new(Value::None),
            error: RefCell::new(Value::None),
            closed: Cell::new(false),
            listening: Cell::new(false),
            listening_read: Cell::new(false),
            missed_read: Cell::new(false),
            max_buffer_size: Cell::new(DEFAULT_MAX_BUFFER_SIZE),
            keep_alive: RefCell::new(None),
        })
    }

    /// Watches the socket for both directions once: edge-triggered
    /// interest costs nothing while idle.
    fn register(self: &Rc<Self>) -> PyResult<()> {
        // Tokens of streams dropped since: their sockets are closed now.
        let dead = DEAD_TOKENS.with(|d| std::mem::take(&mut *d.borrow_mut()));
        for t in dead {
            ioloop::remove_handler(t);
        }
        let token = ioloop::add_handler(Rc::new(StreamHandle(Rc::downgrade(self))));
        self.token.set(Some(token));
        let mut sock = self.socket.borrow_mut();
        let Some(s) = sock.as_mut() else {
            return Ok(());
        };
        ioloop::with_registry(|r| {
            r.register(s, token, mio::Interest::READABLE | mio::Interest::WRITABLE)
        })
    }

    fn buffered(&self) -> usize {
        self.read_buf.borrow().len() - self.read_pos.get()
    }

    fn reading(&self) -> bool {
        self.read_future.borrow().is_some()
    }

    fn writing(&self) -> bool {
        self.write_buf.borrow().len() > self.write_pos.get()
    }

    /// Takes `n` bytes off the front of the read buffer.
    fn consume(&self, n: usize) -> Vec<u8> {
        let mut buf = self.read_buf.borrow_mut();
        let start = self.read_pos.get();
        let out = buf[start..start + n].to_vec();
        let pos = start + n;
        if pos == buf.len() {
            buf.clear();
            if buf.capacity() > 4 * READ_CHUNK {
                buf.shrink_to(READ_CHUNK);
            }
            self.read_pos.set(0);
        } else if pos >= READ_CHUNK && pos * 2 >= buf.len() {
            buf.drain(..pos);
            self.read_pos.set(0);
        } else {
            self.read_pos.set(pos);
        }
        self.scan_from.set(0);
        out
    }

    /// Tornado's `_find_read_pos`: how many buffered bytes answer the
    /// current read, if they do.
    fn find_read_pos(&self) -> Result<Option<usize>, Unsatisfiable> {
        let read = self.read.borrow();
        let size = self.buffered();
        match &*read {
            Some(ReadKind::Bytes { count, partial }) => {
                if size >= *count || (*partial && size > 0) {
                    Ok(Some((*count).min(size)))
                } else {
                    Ok(None)
                }
            }
            Some(ReadKind::Until { delimiter, max }) => {
                if size == 0 {
                    return Ok(None);
                }
                let buf = self.read_buf.borrow();
                let data = &buf[self.read_pos.get()..];
                let from = self.scan_from.get().min(data.len());
                match find(&data[from..], delimiter) {
                    Some(i) => {
                        let end = from + i + delimiter.len();
                        check_max_bytes(delimiter, *max, end)?;
                        Ok(Some(end))
                    }
                    None => {
                        // The delimiter may straddle what comes next.
                        self.scan_from
                            .set(data.len().saturating_sub(delimiter.len().saturating_sub(1)));
                        check_max_bytes(delimiter, *max, size)?;
                        Ok(None)
                    }
                }
            }
            Some(ReadKind::UntilClose) | None => Ok(None),
        }
    }

    /// One `recv` into the buffer: the byte count, 0 when the socket has
    /// nothing now or the stream ended (then it is closed, as Tornado's
    /// `_read_to_buffer` does).
    fn read_to_buffer(self: &Rc<Self>, vm: &mut Vm) -> PyResult<usize> {
        if self.eof.get() {
            self.close(vm, None)?;
            return Ok(0);
        }
        let r = SCRATCH.with(|scratch| {
            let mut chunk = scratch.borrow_mut();
            loop {
                let r = match self.socket.borrow_mut().as_mut() {
                    Some(s) => s.read(&mut chunk),
                    None => return Ok(0),
                };
                match r {
                    Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                    Ok(n) => {
                        self.read_buf.borrow_mut().extend_from_slice(&chunk[..n]);
                        return Ok(n);
                    }
                    other => return other,
                }
            }
        });
        match r {
            Ok(0) => {
                self.eof.set(true);
                self.close(vm, None)?;
                Ok(0)
            }
            Ok(n) => {
                if self.buffered() > self.max_buffer_size.get() {
                    // The stream ends with this error; it is also raised
                    // to a read started inline, as Tornado does.
                    // Tornado logs these (gen_log.error) before raising.
                    vm.flush();
                    eprintln!("Reached maximum read buffer size");
                    let err = buffer_full_error(vm);
                    let exc = vm.materialize(err);
                    self.close(vm, Some(Value::Instance(exc.clone())))?;
                    return Err(PyErr::Raised(exc));
                }
                Ok(n)
            }
            Err(e) if e.kind() == ErrorKind::WouldBlock => {
                self.missed_read.set(false);
                Ok(0)
            }
            Err(e) => {
                // A reset (or any other failure) ends the stream; the error
                // stays readable as `stream.error`.
                let err = vm.materialize(os_error(&e));
                self.close(vm, Some(Value::Instance(err)))?;
                Ok(0)
            }
        }
    }

    /// Tornado's `_read_to_buffer_loop`.
    fn read_to_buffer_loop(self: &Rc<Self>, vm: &mut Vm) -> PyResult<Option<usize>> {
        let target = match &*self.read.borrow() {
            Some(ReadKind::Bytes { count, .. }) => Some(*count),
            Some(ReadKind::Until { max: Some(m), .. }) => Some(*m),
            _ if self.reading() => None,
            _ => Some(0),
        };
        let mut next_find = 0;
        while !self.closed.get() {
            if self.read_to_buffer(vm)? == 0 {
                break;
            }
            let size = self.buffered();
            if target.is_some_and(|t| size >= t) {
                break;
            }
            if size >= next_find {
                if let Some(pos) = self.find_read_pos_or_close(vm)? {
                    return Ok(Some(pos));
                }
                next_find = size * 2;
            }
        }
        self.find_read_pos_or_close(vm)
    }

    /// `find_read_pos`, with an unsatisfiable read closing the stream as
    /// Tornado does (the pending read then fails with StreamClosedError).
    fn find_read_pos_or_close(self: &Rc<Self>, vm: &mut Vm) -> PyResult<Option<usize>> {
        match self.find_read_pos() {
            Ok(p) => Ok(p),
            Err(Unsatisfiable(msg)) => {
                let err = unsatisfiable_error(vm, &msg);
                let exc = vm.materialize(err);
                self.close(vm, Some(Value::Instance(exc)))?;
                Ok(None)
            }
        }
    }

    fn read_from_buffer(self: &Rc<Self>, vm: &mut Vm, pos: usize) -> PyResult<()> {
        self.read.borrow_mut().take();
        self.finish_read(vm, pos)
    }

    fn finish_read(self: &Rc<Self>, vm: &mut Vm, size: usize) -> PyResult<()> {
        let data = Value::Bytes(Rc::new(self.consume(size)));
        let fut = self.read_future.borrow_mut().take();
        if let Some(fut) = fut {
            future::settle_unless_cancelled(vm, &fut, Ok(data))?;
        }
        self.maybe_add_error_listener();
        Ok(())
    }

    /// Tornado's `_try_inline_read`: answer from the buffer, else from
    /// the socket now, else wait for it.
    fn try_inline_read(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        if let Some(pos) = self.find_read_pos_or_close(vm)? {
            return self.read_from_buffer(vm, pos);
        }
        if self.closed.get() && self.read.borrow().is_none() {
            // An unsatisfiable read closed the stream; its future has failed.
            return Ok(());
        }
        self.check_closed(vm)?;
        if let Some(pos) = self.read_to_buffer_loop(vm)? {
            return self.read_from_buffer(vm, pos);
        }
        if !self.closed.get() {
            self.listen_for_reads();
        }
        Ok(())
    }

    /// The socket is watched from now on (Tornado's `_add_io_state`): the
    /// loop keeps the stream alive until it closes, as Tornado's IOLoop
    /// holds its handler. Before this, a stream nobody references is
    /// dropped and its socket closed, as CPython collects the socket of
    /// an unwatched IOStream.
    fn start_listening(self: &Rc<Self>) {
        if !self.listening.replace(true) {
            *self.keep_alive.borrow_mut() = Some(self.clone());
        }
    }

    /// Tornado's `_add_io_state(READ)`. An edge missed meanwhile is
    /// replayed, as a level-triggered poll would report it.
    fn listen_for_reads(self: &Rc<Self>) {
        self.start_listening();
        if !self.listening_read.replace(true) && self.missed_read.replace(false) {
            let me = self.clone();
            ioloop::add_task(Task::native(move |vm| {
                me.ready(
                    vm,
                    Readiness {
                        readable: true,
                        writable: false,
                        closed: false,
                    },
                )
            }));
        }
    }

    /// Tornado's `_maybe_add_error_listener`: an idle stream with a close
    /// callback listens for reads, to notice the peer closing.
    fn maybe_add_error_listener(self: &Rc<Self>) {
        let idle = !self.listening.get() || (!self.listening_read.get() && !self.writing());
        if idle
            && !self.closed.get()
            && self.buffered() == 0
            && !self.close_callback.borrow().is_none()
        {
            self.listen_for_reads();
        }
    }

    fn check_closed(&self, vm: &mut Vm) -> PyResult<()> {
        if self.closed.get() {
            let real = self.error.borrow().clone();
            return Err(stream_closed(vm, real));
        }
        Ok(())
    }

    /// One read at a time: a second one is an AssertionError, unless the
    /// stream closed meanwhile (then StreamClosedError), as in Tornado.
    fn check_not_reading(&self, vm: &mut Vm) -> PyResult<()> {
        if self.reading() {
            self.check_closed(vm)?;
            return Err(PyErr::new(ExcType::AssertionError, "Already reading"));
        }
        Ok(())
    }

    /// Tornado's `_start_read`.
    fn start_read(&self, vm: &mut Vm, kind: ReadKind) -> PyResult<Value> {
        self.check_not_reading(vm)?;
        let fut = new_future();
        *self.read_future.borrow_mut() = Some(fut.clone());
        *self.read.borrow_mut() = Some(kind);
        self.scan_from.set(0);
        Ok(fut)
    }

    /// Starts a read and tries to answer it at once; a synchronous failure
    /// (the stream is closed) is raised to the caller, as Tornado does.
    fn begin_read(self: &Rc<Self>, vm: &mut Vm, kind: ReadKind) -> PyResult<Value> {
        let until_close = matches!(kind, ReadKind::UntilClose);
        let fut = self.start_read(vm, kind)?;
        if until_close && self.closed.get() {
            self.read.borrow_mut().take();
            self.finish_read(vm, self.buffered())?;
            return Ok(fut);
        }
        // A synchronous failure leaves the read's future unresolved, as
        // Tornado does; the stream is closed, so later reads fail alike.
        self.try_inline_read(vm)?;
        Ok(fut)
    }

    /// Tornado's `_handle_write`: send until the buffer is empty or the
    /// socket is full, then resolve the writes that are complete.
    fn handle_write(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        loop {
            let r = {
                let buf = self.write_buf.borrow();
                let pos = self.write_pos.get();
                if pos >= buf.len() {
                    break;
                }
                match self.socket.borrow_mut().as_mut() {
                    Some(s) => s.write(&buf[pos..]),
                    None => return Ok(()),
                }
            };
            match r {
                Ok(0) => break,
                Ok(n) => {
                    self.write_pos.set(self.write_pos.get() + n);
                    self.total_sent.set(self.total_sent.get() + n as u64);
                }
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) => {
                    let err = vm.materialize(os_error(&e));
                    return self.close(vm, Some(Value::Instance(err)));
                }
            }
        }
        {
            let mut buf = self.write_buf.borrow_mut();
            let pos = self.write_pos.get();
            if pos == buf.len() {
                buf.clear();
                if buf.capacity() > 4 * READ_CHUNK {
                    buf.shrink_to(READ_CHUNK);
                }
                self.write_pos.set(0);
            } else if pos >= READ_CHUNK && pos * 2 >= buf.len() {
                buf.drain(..pos);
                self.write_pos.set(0);
            }
        }
        loop {
            let next = {
                let mut wf = self.write_futures.borrow_mut();
                match wf.front() {
                    Some((end, _)) if *end <= self.total_sent.get() => wf.pop_front(),
                    _ => None,
                }
            };
            let Some((_, fut)) = next else { break };
            future::settle_unless_cancelled(vm, &fut, Ok(Value::None))?;
        }
        Ok(())
    }

    fn write(self: &Rc<Self>, vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
        self.check_closed(vm)?;
        // With nothing queued, send straight from `data`: only what the
        // socket does not take is copied into the buffer.
        let mut sent = 0;
        if !self.writing() && self.connecting.borrow().is_none() {
            if let Some(sock) = self.socket.borrow_mut().as_mut() {
                while sent < data.len() {
                    match sock.write(&data[sent..]) {
                        Ok(0) => break,
                        Ok(n) => sent += n,
                        Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                        // WouldBlock waits for the writable edge; an error
                        // comes again from `handle_write`, which closes.
                        Err(_) => break,
                    }
                }
            }
            self.total_sent.set(self.total_sent.get() + sent as u64);
        }
        self.write_buf.borrow_mut().extend_from_slice(&data[sent..]);
        self.total_queued
            .set(self.total_queued.get() + data.len() as u64);
        let fut = new_future();
        self.write_futures
            .borrow_mut()
            .push_back((self.total_queued.get(), fut.clone()));
        if self.connecting.borrow().is_none() {
            self.handle_write(vm)?;
            if self.writing() {
                self.start_listening();
            }
            self.maybe_add_error_listener();
        }
        Ok(fut)
    }

    /// Tornado's `close` and `_signal_closed`: answers a read the buffer
    /// can still satisfy, fails the others with StreamClosedError, frees
    /// the socket and the write buffer, and schedules the close callback.
    fn close(self: &Rc<Self>, vm: &mut Vm, error: Option<Value>) -> PyResult<()> {
        if !self.closed.get() {
            if let Some(e) = error {
                *self.error.borrow_mut() = e;
            }
            let until_close = matches!(&*self.read.borrow(), Some(ReadKind::UntilClose));
            if until_close {
                self.read.borrow_mut().take();
                let err = self.error.borrow().clone();
                if err.is_none() || is_reset(vm, &err) {
                    self.finish_read(vm, self.buffered())?;
                }
            } else if self.reading() {
                if let Ok(Some(pos)) = self.find_read_pos() {
                    self.read_from_buffer(vm, pos)?;
                }
            }
            if let Some(mut s) = self.socket.borrow_mut().take() {
                let _ = ioloop::with_registry(|r| r.deregister(&mut s));
            }
            if let Some(t) = self.token.take() {
                ioloop::remove_handler(t);
            }
            self.closed.set(true);
            // The caller holds the stream, so this is never the last reference.
            let keep_alive = self.keep_alive.borrow_mut().take();
            drop(keep_alive);
        }
        self.signal_closed(vm)
    }

    fn signal_closed(&self, vm: &mut Vm) -> PyResult<()> {
        let mut futures = Vec::new();
        self.read.borrow_mut().take();
        futures.extend(self.read_future.borrow_mut().take());
        futures.extend(self.write_futures.borrow_mut().drain(..).map(|(_, f)| f));
        let connecting = self.connecting.borrow_mut().take();
        if let Some(c) = connecting {
            if let Some(t) = c.timer {
                ioloop::cancel_timer(t);
            }
            futures.push(c.future);
        }
        for fut in futures {
            if !future::is_done(&fut) {
                let real = self.error.borrow().clone();
                let e = stream_closed(vm, real);
                future::set_exception(vm, &fut, e)?;
            }
            // Looked at, so never reported as unretrieved (Tornado calls
            // `future.exception()` here).
            let _ = future::outcome(vm, &fut);
        }
        let cb = std::mem::replace(&mut *self.close_callback.borrow_mut(), Value::None);
        if !cb.is_none() {
            ioloop::add_task(Task::Call(cb, vec![]));
        }
        let mut wb = self.write_buf.borrow_mut();
        *wb = Vec::new();
        self.write_pos.set(0);
        Ok(())
    }

    /// A connection attempt finished (writable) or failed.
    fn handle_connect(self: &Rc<Self>, vm: &mut Vm) -> PyResult<()> {
        let outcome = match self.socket.borrow().as_ref() {
            None => return Ok(()),
            Some(s) => match s.take_error() {
                Ok(Some(e)) | Err(e) => Err(e),
                Ok(None) => match s.peer_addr() {
                    Ok(_) => Ok(true),
                    Err(e) if e.kind() == ErrorKind::NotConnected => Ok(false),
                    Err(e) => Err(e),
                },
            },
        };
        match outcome {
            Ok(false) => Ok(()),
            Ok(true) => {
                let Some(c) = self.connecting.borrow_mut().take() else {
                    return Ok(());
                };
                if let Some(t) = c.timer {
                    ioloop::cancel_timer(t);
                }
                let _ = self.socket.borrow().as_ref().map(|s| s.set_nodelay(true));
                future::settle_unless_cancelled(vm, &c.future, Ok(c.stream))?;
                // Writes queued while connecting go out now.
                self.handle_write(vm)
            }
            Err(e) => {
                // The next address, if any, gets its chance; else the
                // connect future fails with this error as `real_error`.
                let next = {
                    let mut c = self.connecting.borrow_mut();
                    c.as_mut().and_then(|c| c.rest.pop())
                };
                if let Some(addr) = next {
                    if let Ok(sock) = mio::net::TcpStream::connect(addr) {
                        self.replace_socket(sock)?;
                        return Ok(());
                    }
                }
                let err = vm.materialize(os_error(&e));
                self.close(vm, Some(Value::Instance(err)))
            }
        }
    }

    fn replace_socket(self: &Rc<Self>, sock: mio::net::TcpStream) -> PyResult<()> {
        if let Some(mut old) = self.socket.borrow_mut().replace(sock) {
            let _ = ioloop::with_registry(|r| r.deregister(&mut old));
        }
        if let Some(t) = self.token.take() {
            ioloop::remove_handler(t);
        }
        self.register()
    }
}

impl Stream {
    /// Tornado's `_handle_events`.
    fn ready(self: Rc<Self>, vm: &mut Vm, r: Readiness) -> PyResult<()> {
        if self.closed.get() {
            return Ok(());
        }
        if !self.listening.get() {
            // Tornado has not registered the socket yet: nothing is seen.
            self.missed_read.set(self.missed_read.get() || r.readable);
            return Ok(());
        }
        if self.connecting.borrow().is_some() {
            if !(r.writable || r.closed || r.readable) {
                return Ok(());
            }
            self.handle_connect(vm)?;
            if self.closed.get() || self.connecting.borrow().is_some() {
                return Ok(());
            }
        }
        if r.readable {
            if self.listening_read.get() {
                match self.read_to_buffer_loop(vm) {
                    Ok(Some(pos)) => self.read_from_buffer(vm, pos)?,
                    Ok(None) => {}
                    // The failure closed the stream and is its `error`.
                    Err(e) if self.closed.get() => {
                        let exc = vm.materialize(e);
                        let text = vm.str_of(&Value::Instance(exc)).unwrap_or_default();
                        vm.flush();
                        eprintln!("error on read: {text}");
                        return Ok(());
                    }
                    Err(e) => return Err(e),
                }
            } else {
                self.missed_read.set(true);
            }
        }
        if self.closed.get() {
            return Ok(());
        }
        if r.writable {
            self.handle_write(vm)?;
        }
        if self.closed.get() {
            return Ok(());
        }
        // The state Tornado's `_handle_events` computes: reads are listened
        // for while reading, or while idle with nothing buffered.
        let read = self.reading() || (!self.writing() && self.buffered() == 0);
        if read {
            self.listen_for_reads();
        } else {
            self.listening_read.set(false);
        }
        Ok(())
    }
}

/// Whether `err` is a connection reset (a normal close for Tornado).
fn is_reset(vm: &mut Vm, err: &Value) -> bool {
    match err {
        Value::Instance(i) => {
            vm.is_instance_of_exc(i, ExcType::ConnectionResetError)
                || vm.is_instance_of_exc(i, ExcType::BrokenPipeError)
        }
        _ => false,
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(0),
        [b] => haystack.iter().position(|c| c == b),
        [first, rest @ ..] => {
            let mut from = 0;
            while from + needle.len() <= haystack.len() {
                let i = haystack[from..haystack.len() - rest.len()]
                    .iter()
                    .position(|c| c == first)?;
                let at = from + i;
                if &haystack[at + 1..at + needle.len()] == rest {
                    return Some(at);
                }
                from = at + 1;
            }
            None
        }
    }
}

fn check_max_bytes(delimiter: &[u8], max: Option<usize>, size: usize) -> Result<(), Unsatisfiable> {
    match max {
        Some(m) if size > m => Err(Unsatisfiable(format!(
            "delimiter {} not found within {} bytes",
            whirl_vm::format::bytes_repr(delimiter),
            m
        ))),
        _ => Ok(()),
    }
}

// ----- errors -----

/// `StreamClosedError(real_error)`.
fn stream_closed(vm: &mut Vm, real_error: Value) -> PyErr {
    let cls = state::with(|s| s.stream_closed_error.clone());
    match vm.call_class(&cls, vec![real_error], vec![]) {
        Ok(Value::Instance(i)) => PyErr::Raised(i),
        Ok(_) => PyErr::new(ExcType::OSError, "Stream is closed"),
        Err(e) => e,
    }
}

/// `StreamBufferFullError`: the read buffer passed `max_buffer_size`.
fn buffer_full_error(vm: &mut Vm) -> PyErr {
    let cls = state::with(|s| s.stream_buffer_full_error.clone());
    exception(vm, cls, "Reached maximum read buffer size")
}

/// `UnsatisfiableReadError`: `max_bytes` passed without the delimiter.
pub(crate) fn unsatisfiable_error(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = state::with(|s| s.unsatisfiable_read_error.clone());
    exception(vm, cls, msg)
}

fn exception(vm: &mut Vm, cls: Rc<Class>, msg: &str) -> PyErr {
    match vm.call_class(&cls, vec![Value::str(msg)], vec![]) {
        Ok(Value::Instance(i)) => PyErr::Raised(i),
        Ok(_) => PyErr::new(ExcType::Exception, msg),
        Err(e) => e,
    }
}

/// `StreamClosedError.__init__(self, real_error=None)`: the message is
/// always "Stream is closed"; the cause is kept as `real_error`.
fn stream_closed_init(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Instance(this)) = a.first() else {
        return Err(PyErr::type_error("StreamClosedError.__init__ needs self"));
    };
    let mut real = a.get(1).cloned().unwrap_or(Value::None);
    for (k, v) in kw {
        if k.as_str() == "real_error" {
            real = v.clone();
        } else {
            return Err(PyErr::type_error(format!(
                "StreamClosedError.__init__() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    if a.len() > 2 {
        return Err(PyErr::type_error(format!(
            "StreamClosedError.__init__() takes from 1 to 2 positional arguments but {} were given",
            a.len()
        )));
    }
    if let Some(exc) = &this.exc {
        *exc.args.borrow_mut() = Value::tuple(vec![Value::str("Stream is closed")]);
    }
    this.dict.set_str(whirl_vm::str::intern("real_error"), real);
    Ok(Value::None)
}

/// The exception classes of `tornado.iostream`, made here so that the
/// native side raises the very classes users catch.
pub fn exception_classes(vm: &Vm) -> PyResult<(Rc<Class>, Rc<Class>, Rc<Class>)> {
    let make = |name: &'static str, base: ExcType| -> PyResult<Rc<Class>> {
        Ok(Rc::new(Class::new(
            name,
            name,
            "tornado.iostream",
            vec![vm.exc_class(base)],
            None,
        )?))
    };
    let closed = make("StreamClosedError", ExcType::OSError)?;
    closed.dict.set_str(
        whirl_vm::str::intern("__init__"),
        Value::Builtin(Rc::new(whirl_vm::function::Builtin {
            name: "__init__",
            func: stream_closed_init,
            bound: Value::Null,
            fast: whirl_vm::function::FastPath::None,
            owner: Some("StreamClosedError"),
            sig: whirl_vm::function::Sig::ANY,
        })),
    );
    Ok((
        closed,
        make("UnsatisfiableReadError", ExcType::Exception)?,
        make("StreamBufferFullError", ExcType::Exception)?,
    ))
}

// ----- the Python face: `_tornado._Stream` -----

fn stream_value(s: Rc<Stream>) -> Value {
    NativeObject::new(state::with(|st| st.stream_class.clone()), s)
}

fn arg<'a>(a: &'a [Value], kw: Kw<'a>, i: usize, name: &str) -> Option<&'a Value> {
    kw.iter()
        .find(|(k, _)| k.as_str() == name)
        .map(|(_, v)| v)
        .or_else(|| a.get(i))
}

fn opt_size(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = whirl_vm::types::arg_int(vm, v)?;
            Ok(Some(usize::try_from(n).unwrap_or(0)))
        }
    }
}

fn bytes_arg(v: Option<&Value>, what: &str) -> PyResult<Rc<Vec<u8>>> {
    match v {
        Some(Value::Bytes(b)) => Ok(b.clone()),
        Some(other) => Err(PyErr::type_error(format!(
            "{what} must be bytes, not {}",
            whirl_vm::ops::type_name(other)
        ))),
        None => Err(PyErr::type_error(format!("{what} is required"))),
    }
}

fn py_read_until(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let s = stream_of(a.first())?;
    // Tornado looks at the arguments only after starting the read.
    s.check_not_reading(vm)?;
    let delimiter = bytes_arg(arg(a, kw, 1, "delimiter"), "delimiter")?.to_vec();
    let max = opt_size(vm, arg(a, kw, 2, "max_bytes"))?;
    s.begin_read(vm, ReadKind::Until { delimiter, max })
}

fn py_read_bytes(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let s = stream_of(a.first())?;
    s.check_not_reading(vm)?;
    let count = match arg(a, kw, 1, "num_bytes") {
        Some(Value::Int(n)) if *n >= 0 => *n as usize,
        Some(Value::Int(_)) => return Err(PyErr::value_error("negative count")),
        _ => return Err(PyErr::new(ExcType::AssertionError, "")),
    };
    let partial = match arg(a, kw, 2, "partial") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    s.begin_read(vm, ReadKind::Bytes { count, partial })
}

fn py_read_until_close(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = stream_of(a.first())?;
    s.begin_read(vm, ReadKind::UntilClose)
}

fn py_write(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let s = stream_of(a.first())?;
    // Tornado checks the stream first, then appends the data to a
    // bytearray; these are the errors that gives.
    s.check_closed(vm)?;
    match arg(a, kw, 1, "data") {
        Some(Value::Bytes(b)) => {
            let b = b.clone();
            s.write(vm, &b)
        }
        // Falsy data adds nothing but still gets a future.
        Some(Value::None) => s.write(vm, &[]),
        Some(Value::Str(_)) => Err(PyErr::type_error("string argument without an encoding")),
        Some(other) => Err(PyErr::type_error(format!(
            "object of type '{}' has no len()",
            whirl_vm::ops::type_name(other)
        ))),
        None => Err(PyErr::type_error(
            "write() missing 1 required positional argument: 'data'",
        )),
    }
}

/// `close(error)`: the Python side turns `exc_info` into the error.
fn py_close(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = stream_of(a.first())?;
    let err = match a.get(1) {
        Some(Value::None) | None => None,
        Some(v) => Some(v.clone()),
    };
    s.close(vm, err)?;
    Ok(Value::None)
}

fn py_closed(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(stream_of(a.first())?.closed.get()))
}

fn py_reading(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(stream_of(a.first())?.reading()))
}

fn py_writing(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(stream_of(a.first())?.writing()))
}

fn py_error(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(stream_of(a.first())?.error.borrow().clone())
}

fn py_set_error(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = stream_of(a.first())?;
    *s.error.borrow_mut() = a.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::None)
}

fn py_set_close_callback(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = stream_of(a.first())?;
    *s.close_callback.borrow_mut() = a.get(1).cloned().unwrap_or(Value::None);
    s.maybe_add_error_listener();
    Ok(Value::None)
}

/// `set_max_buffer_size(n)`: the IOStream's `max_buffer_size` argument.
fn py_set_max_buffer_size(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = stream_of(a.first())?;
    if let Some(n) = opt_size(vm, a.get(1))? {
        s.max_buffer_size.set(n);
    }
    Ok(Value::None)
}

fn py_set_nodelay(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = stream_of(a.first())?;
    let on = match a.get(1) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    if let Some(sock) = s.socket.borrow().as_ref() {
        // Tornado ignores EINVAL here (the peer may have gone already).
        let _ = sock.set_nodelay(on);
    }
    Ok(Value::None)
}

fn py_fileno(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    let s = stream_of(a.first())?;
    let fd = s
        .socket
        .borrow()
        .as_ref()
        .map(|s| s.as_raw_fd())
        .unwrap_or(-1);
    Ok(Value::Int(fd as i64))
}

fn addr_tuple(addr: &SocketAddr) -> Value {
    Value::tuple(vec![
        Value::string(addr.ip().to_string()),
        Value::Int(addr.port() as i64),
    ])
}

/// One of the socket's addresses; EBADF once it is closed.
fn socket_address(
    a: &[Value],
    which: fn(&mio::net::TcpStream) -> std::io::Result<std::net::SocketAddr>,
) -> PyResult<Value> {
    let s = stream_of(a.first())?;
    let sock = s.socket.borrow();
    let sock = sock.as_ref().ok_or_else(|| {
        PyErr::with_args(
            ExcType::OSError,
            vec![Value::Int(9), Value::str("Bad file descriptor")],
        )
    })?;
    let addr = which(sock).map_err(|e| os_error(&e))?;
    Ok(addr_tuple(&addr))
}

fn py_getpeername(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    socket_address(a, mio::net::TcpStream::peer_addr)
}

fn py_getsockname(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    socket_address(a, mio::net::TcpStream::local_addr)
}

fn py_repr(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = stream_of(a.first())?;
    Ok(Value::string(format!(
        "<tornado.iostream.IOStream object at {:#x}>",
        Rc::as_ptr(&s) as usize
    )))
}

pub fn class(vm: &Vm) -> Rc<Class> {
    whirl_vm::native::native_class(
        vm,
        "_Stream",
        "tornado.iostream",
        &[
            ("read_until", py_read_until),
            ("read_bytes", py_read_bytes),
            ("read_until_close", py_read_until_close),
            ("write", py_write),
            ("close", py_close),
            ("closed", py_closed),
            ("reading", py_reading),
            ("writing", py_writing),
            ("error", py_error),
            ("set_error", py_set_error),
            ("set_close_callback", py_set_close_callback),
            ("set_nodelay", py_set_nodelay),
            ("set_max_buffer_size", py_set_max_buffer_size),
            ("fileno", py_fileno),
            ("getpeername", py_getpeername),
            ("getsockname", py_getsockname),
            ("__repr__", py_repr),
        ],
        None,
    )
}

// ----- connecting and accepting -----

/// `_tornado.connect(host, port, family, deadline)`: a Future resolved
/// with a connected `_Stream`. Addresses are tried in turn; when all are
/// refused the future fails with StreamClosedError whose `real_error` is
/// the last OSError, and past `deadline` (loop time) with TimeoutError.
pub fn py_connect(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let host = match a.first() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(PyErr::type_error("host must be a str")),
    };
    let port = whirl_vm::types::arg_int(vm, a.get(1).unwrap_or(&Value::None))?;
    if port < 0 {
        return Err(PyErr::with_args(
            ExcType::OSError,
            vec![
                Value::Int(-8),
                Value::str("Servname not supported for ai_socktype"),
            ],
        ));
    }
    // getaddrinfo keeps the low 16 bits of a larger port, as Tornado
    // (through it) does: port 70000 is port 4464.
    let port = (port & 0xffff) as u16;
    let family = match a.get(2) {
        Some(Value::Int(f)) => *f,
        _ => 0,
    };
    let deadline = match a.get(3) {
        Some(Value::None) | None => None,
        Some(v) => Some(super::coroutine::seconds(vm, Some(v))?),
    };
    let mut addrs: Vec<SocketAddr> = (host.as_str(), port)
        .to_socket_addrs()
        // getaddrinfo's failure, as socket.gaierror shows it (whirl has no
        // socket module, so it is a plain OSError with the same errno).
        .map_err(|_| {
            PyErr::with_args(
                ExcType::OSError,
                vec![Value::Int(-2), Value::str("Name or service not known")],
            )
        })?
        .filter(|a| match family {
            2 => a.is_ipv4(),
            10 => a.is_ipv6(),
            _ => true,
        })
        .collect();
    if addrs.is_empty() {
        return Err(PyErr::with_args(
            ExcType::OSError,
            vec![Value::Int(-2), Value::str("Name or service not known")],
        ));
    }
    // Tried from the end: the first address first.
    addrs.reverse();
    let fut = new_future();

    let mut last_err = None;
    while let Some(addr) = addrs.pop() {
        let sock = match mio::net::TcpStream::connect(addr) {
            Ok(s) => s,
            Err(e) => {
                last_err = Some(e);
                continue;
            }
        };
        let stream = Stream::new(sock);
        let value = stream_value(stream.clone());
        let timer = deadline.map(|when| {
            let weak: Weak<Stream> = Rc::downgrade(&stream);
            let shown = match addr {
                SocketAddr::V4(v4) => format!("{}:{}", v4.ip(), v4.port()),
                SocketAddr::V6(v6) => format!("[{}]:{}", v6.ip(), v6.port()),
            };
            ioloop::call_at(
                when,
                Task::native(move |vm| {
                    let Some(s) = weak.upgrade() else {
                        return Ok(());
                    };
                    let Some(c) = s.connecting.borrow_mut().take() else {
                        return Ok(());
                    };
                    let e = PyErr::new(
                        ExcType::TimeoutError,
                        format!("Timeout while connecting to {shown}"),
                    );
                    future::settle_unless_cancelled(vm, &c.future, Err(e))?;
                    s.close(vm, None)
                }),
            )
        });
        // Tornado listens for the connect to finish (WRITE).
        stream.start_listening();
        *stream.connecting.borrow_mut() = Some(Connecting {
            future: fut.clone(),
            stream: value,
            rest: addrs,
            timer,
        });
        stream.register()?;
        return Ok(fut);
    }
    let e = last_err
        .map(|e| os_error(&e))
        .unwrap_or_else(|| PyErr::new(ExcType::OSError, "connection failed"));
    let exc = vm.materialize(e);
    let closed = stream_closed(vm, Value::Instance(exc));
    future::set_exception(vm, &fut, closed)?;
    Ok(fut)
}

/// `_tornado.serve(listener, callback)`: accepts connections on a
/// `bind_sockets` socket and calls `callback(stream, (host, port))` with
/// each new `_Stream`.
pub fn py_serve(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let listener = listener_of(a.first().unwrap_or(&Value::None))?;
    let callback = a
        .get(1)
        .cloned()
        .ok_or_else(|| PyErr::type_error("serve() needs a callback"))?;
    listener.start(Box::new(move |vm, sock, addr| {
        let stream = Stream::new(sock);
        stream.register()?;
        let value = stream_value(stream);
        vm.call(&callback, vec![value, addr_tuple(&addr)])?;
        Ok(())
    }))?;
    Ok(Value::None)
}

/// A stream over a socket the HTTP server hands over (a websocket
/// upgrade, see `http::server::py_detach`), starting with the bytes the
/// server had read past the request.
pub(crate) fn adopt(socket: mio::net::TcpStream, buffered: Vec<u8>) -> PyResult<Value> {
    let stream = Stream::new(socket);
    *stream.read_buf.borrow_mut() = buffered;
    stream.register()?;
    Ok(stream_value(stream))
}
