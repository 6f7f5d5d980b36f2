//! The event loop: a queue of ready callbacks, a heap of timers and a mio
//! `Poll` for sockets, run one iteration at a time as asyncio's
//! `_run_once` (which Tornado 6 sits on): poll (without waiting when
//! callbacks are ready), queue the handlers of ready sockets, then the due
//! timers, then run exactly the callbacks queued so far. Callbacks queued
//! while those run wait for the next iteration, so `add_callback` order and
//! "`call_later(0)` runs after callbacks already queued" both hold.

use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::rc::Rc;
use std::time::Duration;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::value::Value;
use whirl_vm::Vm;

/// Timer ids are distinct counters made here, not input an attacker
/// picks: a multiplicative hash spreads them at a fraction of SipHash's
/// cost (a timer is looked up when due and again when it runs).
#[derive(Default, Clone, Copy)]
pub struct TimerIdHash;

impl std::hash::BuildHasher for TimerIdHash {
    type Hasher = TimerIdHasher;
    fn build_hasher(&self) -> TimerIdHasher {
        TimerIdHasher(0)
    }
}

pub struct TimerIdHasher(u64);

impl std::hash::Hasher for TimerIdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Work the loop runs: a Python callable with its arguments, or native
/// work (a coroutine step, a socket handler).
pub enum Task {
    Call(Value, Vec<Value>),
    Native(NativeWork),
    /// A due timer, still named in `timer_tasks` until it runs: a timer
    /// cancelled by a callback of the same iteration does not run (as
    /// asyncio skips a cancelled handle already in its ready queue).
    Timer(u64),
}

pub type NativeWork = Box<dyn FnOnce(&mut Vm) -> PyResult<()>>;

impl Task {
    pub fn native(f: impl FnOnce(&mut Vm) -> PyResult<()> + 'static) -> Task {
        Task::Native(Box::new(f))
    }
}

/// What a readiness event says about a socket.
#[derive(Clone, Copy)]
pub struct Readiness {
    pub readable: bool,
    pub writable: bool,
    pub closed: bool,
}

/// A socket the loop watches; told when it becomes ready.
pub trait IoHandler {
    fn ready(self: Rc<Self>, vm: &mut Vm, r: Readiness) -> PyResult<()>;

    /// `ready` panicked (an interpreter bug): give up this socket, so that
    /// the bug costs its connection and nothing else. By default the
    /// handler stays as it is.
    fn abandon(self: Rc<Self>, _vm: &mut Vm) {}
}

/// Output a connection holds back until the end of the loop iteration, so
/// that the responses made in one iteration leave in one burst: each write
/// to a loopback peer asleep in its poll costs a wake-up, and a burst pays
/// for one instead of one a response.
pub trait DeferredFlush {
    fn flush_deferred(&self);
}

/// A timer's deadline, totally ordered for the heap.
#[derive(Clone, Copy)]
struct Deadline(f64);
impl PartialEq for Deadline {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}
impl Eq for Deadline {}
impl PartialOrd for Deadline {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Deadline {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

pub struct Loop {
    ready: VecDeque<Task>,
    /// (deadline, sequence number): the number breaks ties in the order
    /// timers were made and names the timer in `timer_tasks`.
    timers: BinaryHeap<Reverse<(Deadline, u64)>>,
    /// Pending timers, each with the IOLoop that owns it (see
    /// `set_timer_owner`); a cancelled timer is removed here and skipped
    /// when it reaches the top of the heap.
    timer_tasks: HashMap<u64, (Task, u64), TimerIdHash>,
    next_timer: u64,
    /// The IOLoop new timers belong to: the one running (0: none, and
    /// its timers are never dropped by a `close()`).
    timer_owner: u64,
    poll: Option<mio::Poll>,
    handlers: Vec<Option<Rc<dyn IoHandler>>>,
    free_tokens: Vec<usize>,
    running: bool,
    stopping: bool,
    deferred_flushes: Vec<Rc<dyn DeferredFlush>>,
}

thread_local! {
    static LOOP: RefCell<Loop> = RefCell::new(Loop {
        ready: VecDeque::new(),
        timers: BinaryHeap::new(),
        timer_tasks: HashMap::default(),
        next_timer: 1,
        timer_owner: 0,
        poll: None,
        handlers: Vec::new(),
        free_tokens: Vec::new(),
        running: false,
        stopping: false,
        deferred_flushes: Vec::new(),
    });
}

fn with_loop<R>(f: impl FnOnce(&mut Loop) -> R) -> R {
    LOOP.with(|l| f(&mut l.borrow_mut()))
}

/// The loop's clock: `time.monotonic()`.
pub fn now() -> f64 {
    crate::time::monotonic_now()
}

pub fn add_task(task: Task) {
    with_loop(|l| l.ready.push_back(task));
}

/// Schedules `task` at loop time `when`; returns the timer's id.
pub fn call_at(when: f64, task: Task) -> u64 {
    with_loop(|l| {
        let id = l.next_timer;
        l.next_timer += 1;
        l.timers.push(Reverse((Deadline(when), id)));
        l.timer_tasks.insert(id, (task, l.timer_owner));
        id
    })
}

/// Makes the timers scheduled from now on belong to the IOLoop `owner`
/// (an IOLoop runs with its own id here); returns the previous owner.
/// Every IOLoop shares the one native loop, so this is how `close()`
/// finds the timers that were its own.
pub fn set_timer_owner(owner: u64) -> u64 {
    with_loop(|l| std::mem::replace(&mut l.timer_owner, owner))
}

/// Drops the pending timers of a closed IOLoop, as closing an asyncio
/// loop discards its scheduled handles: what only they kept alive (a
/// coroutine sleeping for ever) can then be collected.
pub fn drop_timers_of(owner: u64) {
    if owner == 0 {
        return;
    }
    let dropped: Vec<(Task, u64)> = with_loop(|l| {
        let ids: Vec<u64> = l
            .timer_tasks
            .iter()
            .filter(|(_, (_, o))| *o == owner)
            .map(|(id, _)| *id)
            .collect();
        ids.iter()
            .filter_map(|id| l.timer_tasks.remove(id))
            .collect()
    });
    // Dropped outside the loop's borrow (see `cancel_timer`).
    drop(dropped);
}

/// Flushes `f` at the end of this loop iteration (the caller queues each
/// connection once).
pub fn flush_at_end_of_iteration(f: Rc<dyn DeferredFlush>) {
    with_loop(|l| l.deferred_flushes.push(f));
}

fn run_deferred_flushes() {
    loop {
        let mut batch = with_loop(|l| std::mem::take(&mut l.deferred_flushes));
        if batch.is_empty() {
            return;
        }
        for f in batch.drain(..) {
            f.flush_deferred();
        }
        // The emptied vector goes back, keeping its capacity.
        with_loop(|l| {
            if l.deferred_flushes.is_empty() {
                l.deferred_flushes = batch;
            }
        });
    }
}

pub fn cancel_timer(id: u64) {
    let task = with_loop(|l| l.timer_tasks.remove(&id));
    // Dropped outside the loop's borrow: it may hold the last reference to
    // objects whose destructors reach the loop again.
    drop(task);
}

pub fn is_running() -> bool {
    with_loop(|l| l.running)
}

pub fn stop() {
    with_loop(|l| l.stopping = true);
}

fn os_error(e: std::io::Error) -> PyErr {
    PyErr::new(ExcType::OSError, e.to_string())
}

/// Registers a socket handler; returns the token its source is to be
/// registered with (see `registry`).
pub fn add_handler(h: Rc<dyn IoHandler>) -> mio::Token {
    with_loop(|l| match l.free_tokens.pop() {
        Some(i) => {
            l.handlers[i] = Some(h);
            mio::Token(i)
        }
        None => {
            l.handlers.push(Some(h));
            mio::Token(l.handlers.len() - 1)
        }
    })
}

/// Forgets a handler (its source must be deregistered or closed).
pub fn remove_handler(token: mio::Token) {
    let h = with_loop(|l| {
        let h = l.handlers.get_mut(token.0).and_then(Option::take);
        if h.is_some() {
            l.free_tokens.push(token.0);
        }
        h
    });
    drop(h);
}

/// Runs `f` with the poll's registry (made on first use).
pub fn with_registry<R>(f: impl FnOnce(&mio::Registry) -> std::io::Result<R>) -> PyResult<R> {
    with_loop(|l| {
        if l.poll.is_none() {
            l.poll = Some(mio::Poll::new().map_err(os_error)?);
        }
        f(l.poll.as_ref().expect("poll made above").registry()).map_err(os_error)
    })
}

/// `IOLoop.start()`: runs until `stop()`.
pub fn run(vm: &mut Vm) -> PyResult<()> {
    with_loop(|l| {
        if l.running {
            return Err(PyErr::new(
                ExcType::RuntimeError,
                "This event loop is already running",
            ));
        }
        l.running = true;
        Ok(())
    })?;
    let mut events = mio::Events::with_capacity(256);
    let result = loop {
        if let Err(e) = run_once(vm, &mut events) {
            break Err(e);
        }
        if with_loop(|l| l.stopping) {
            break Ok(());
        }
    };
    with_loop(|l| {
        l.running = false;
        l.stopping = false;
    });
    result
}

fn run_once(vm: &mut Vm, events: &mut mio::Events) -> PyResult<()> {
    let timeout = with_loop(|l| {
        // Cancelled timers at the top go now, so they cannot shorten the wait.
        while let Some(Reverse((_, id))) = l.timers.peek() {
            if l.timer_tasks.contains_key(id) {
                break;
            }
            l.timers.pop();
        }
        if !l.ready.is_empty() || l.stopping {
            Some(Duration::ZERO)
        } else {
            l.timers.peek().map(|Reverse((when, _))| {
                // A deadline may be infinite or NaN (`call_later(inf, f)`,
                // `gen.sleep(1e300)`): that timer never fires, and the
                // poll waits its longest.
                Duration::try_from_secs_f64((when.0 - now()).max(0.0)).unwrap_or(MAX_WAIT)
            })
        }
    });
    poll(vm, events, timeout)?;
    let end = now() + 1e-9;
    with_loop(|l| {
        while let Some(Reverse((when, id))) = l.timers.peek().copied() {
            if when.0 > end {
                break;
            }
            l.timers.pop();
            if l.timer_tasks.contains_key(&id) {
                l.ready.push_back(Task::Timer(id));
            }
        }
    });
    let todo = with_loop(|l| l.ready.len());
    let mut result = Ok(());
    for _ in 0..todo {
        let Some(task) = with_loop(|l| l.ready.pop_front()) else {
            break;
        };
        result = run_task(vm, task);
        if result.is_err() {
            break;
        }
    }
    run_deferred_flushes();
    result?;
    crate::tornado::future::log_unretrieved(vm);
    Ok(())
}

/// The longest single wait for events (see `poll`).
const MAX_WAIT: Duration = Duration::from_secs(1);

/// Waits for socket events (at most `timeout`; None waits for ever) and
/// queues their handlers.
fn poll(vm: &mut Vm, events: &mut mio::Events, timeout: Option<Duration>) -> PyResult<()> {
    if with_loop(|l| l.poll.is_none()) {
        // No socket was ever watched: the Poll still waits for time, and a
        // Ctrl-C (SIGINT) wakes it.
        with_registry(|_| Ok(()))?;
    }
    // A Ctrl-C normally interrupts the wait (EINTR); one that lands just
    // before it starts is seen within a second.
    let timeout = match timeout {
        _ if whirl_vm::interrupt::is_requested() => Some(Duration::ZERO),
        Some(t) => Some(t.min(MAX_WAIT)),
        None => Some(MAX_WAIT),
    };
    // The Poll is taken out while waiting so that handlers may register.
    let mut p = with_loop(|l| l.poll.take()).expect("checked above");
    let r = p.poll(events, timeout);
    with_loop(|l| l.poll = Some(p));
    match r {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
        Err(e) => return Err(os_error(e)),
    }
    if whirl_vm::interrupt::is_requested() {
        // Ctrl-C: the loop stops with KeyboardInterrupt, as Tornado's does
        // (a signal with a Python handler runs it instead).
        whirl_vm::interrupt::check(vm)?;
    }
    for ev in events.iter() {
        let r = Readiness {
            readable: ev.is_readable() || ev.is_read_closed() || ev.is_error(),
            writable: ev.is_writable() || ev.is_write_closed(),
            closed: ev.is_read_closed() || ev.is_write_closed() || ev.is_error(),
        };
        let token = ev.token();
        let h = with_loop(|l| l.handlers.get(token.0).cloned().flatten());
        if let Some(h) = h {
            add_task(Task::native(move |vm| dispatch(vm, h, r)));
        }
    }
    Ok(())
}

/// Tells a socket's handler it is ready: the one place the loop enters
/// socket code. A panic there (an interpreter bug: DESIGN.md decision 7)
/// abandons that socket and is logged as a `SystemError`, as a callback's
/// exception is; the loop, and every other connection, go on. The default
/// panic hook has already printed it to stderr.
fn dispatch(vm: &mut Vm, h: Rc<dyn IoHandler>, r: Readiness) -> PyResult<()> {
    let h2 = h.clone();
    match vm.catch_panic(|vm| h2.ready(vm, r)) {
        Ok(r) => r,
        Err(what) => {
            h.abandon(vm);
            Err(PyErr::new(
                ExcType::SystemError,
                format!("whirl internal error in a socket handler: {what}; please report it"),
            ))
        }
    }
}

/// Runs one callback. Its errors are logged, as Tornado's
/// `_run_callback` does, except those that must stop the program.
pub fn run_task(vm: &mut Vm, task: Task) -> PyResult<()> {
    let (r, what) = match task {
        Task::Call(f, args) => {
            let r = vm.call(&f, args);
            let r = match r {
                Ok(v) if !v.is_none() => crate::tornado::coroutine::discard_result(vm, v),
                Ok(_) => Ok(()),
                Err(e) => Err(e),
            };
            (r, Some(f))
        }
        Task::Native(f) => (f(vm), None),
        Task::Timer(id) => {
            return match with_loop(|l| l.timer_tasks.remove(&id)) {
                Some((task, _)) => run_task(vm, task),
                None => Ok(()),
            };
        }
    };
    match r {
        Ok(()) => Ok(()),
        Err(e) => {
            let exc = vm.materialize(e);
            if vm.is_instance_of_exc(&exc, ExcType::KeyboardInterrupt)
                || vm.is_instance_of_exc(&exc, ExcType::SystemExit)
            {
                return Err(PyErr::Raised(exc));
            }
            let what = match what {
                Some(f) => vm.repr_or(&f),
                None => "<native callback>".to_string(),
            };
            crate::tornado::log_error(vm, &format!("Exception in callback {what}"), &exc);
            Ok(())
        }
    }
}
