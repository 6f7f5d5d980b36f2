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
