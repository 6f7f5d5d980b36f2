//! Ctrl-C: a request, from outside the running program, to raise
//! `KeyboardInterrupt` in it.
//!
//! A signal handler may do almost nothing, so `request` only sets a flag
//! (async-signal-safe: one relaxed atomic store). The interpreter looks at
//! the flag on every backward jump — the back edge of each loop, so that
//! `while True: pass` can be stopped — and raises `KeyboardInterrupt`
//! there. Code that blocks outside the interpreter (an event loop waiting
//! for I/O) may poll `is_requested` and call `take` when it raises.

use std::sync::atomic::{AtomicBool, Ordering};

/// Set by `request`, cleared when the interpreter raises for it.
pub(crate) static REQUESTED: AtomicBool = AtomicBool::new(false);

/// Asks the running program to raise `KeyboardInterrupt` at its next safe
/// point. Safe to call from a signal handler or another thread.
pub fn request() {
    REQUESTED.store(true, Ordering::Relaxed);
}

/// Whether an interrupt is waiting to be raised.
pub fn is_requested() -> bool {
    REQUESTED.load(Ordering::Relaxed)
}

/// Consumes a waiting interrupt: true if there was one.
pub fn take() -> bool {
    REQUESTED.swap(false, Ordering::Relaxed)
}

/// Forgets a waiting interrupt (the REPL does so before running a new
/// input: a Ctrl-C typed at the prompt already had its effect there).
pub fn clear() {
    REQUESTED.store(false, Ordering::Relaxed);
}

// Signals with a Python-level handler (the `signal` module) travel the
// same road: the C handler records the signal number in `PENDING` and
// raises `REQUESTED`, so the interpreter's one flag test covers both. At
// the safe point `check` hands the recorded signals to the hook the
// `signal` module installed, which runs the Python handlers there.

use std::cell::Cell;
use std::sync::atomic::AtomicU64;

/// Signals (bit n - 1 for signal n, 1..=64) caught and not yet handled.
static PENDING: AtomicU64 = AtomicU64::new(0);

/// Runs the Python handlers of the signals in the mask (bit n - 1 for
/// signal n).
pub type SignalHook = fn(&mut crate::Vm, u64) -> crate::error::PyResult<()>;

thread_local! {
    static HOOK: Cell<Option<SignalHook>> = const { Cell::new(None) };
}

/// Records a caught signal for its Python handler. Async-signal-safe (two
/// relaxed atomic operations).
pub fn request_signal(signum: i32) {
    if (1..=64).contains(&signum) {
        PENDING.fetch_or(1 << (signum - 1), Ordering::Relaxed);
    }
    REQUESTED.store(true, Ordering::Relaxed);
}

/// Installs the function that runs Python signal handlers.
pub fn set_signal_hook(hook: SignalHook) {
    HOOK.with(|h| h.set(Some(hook)));
}

/// At a safe point, after `REQUESTED` was seen: runs the Python handlers
/// of the signals caught since the last look, or raises
/// `KeyboardInterrupt` for a plain Ctrl-C request.
#[cold]
#[inline(never)]
pub fn check(vm: &mut crate::Vm) -> crate::error::PyResult<()> {
    REQUESTED.store(false, Ordering::Relaxed);
    let mask = PENDING.swap(0, Ordering::Relaxed);
    match HOOK.with(|h| h.get()) {
        Some(hook) if mask != 0 => hook(vm, mask),
        _ if mask != 0 => Ok(()),
        _ => Err(crate::error::PyErr::new(
            crate::error::ExcType::KeyboardInterrupt,
            "",
        )),
    }
}
