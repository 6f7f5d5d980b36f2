//! Memory: reference counting frees almost everything at once; this counts
//! container allocations so a cycle collector can run at CPython-like
//! moments. (The collector itself is in progress.)

use std::cell::Cell;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

/// Counts one new container object.
#[inline]
pub fn track_alloc() {
    ALLOCATIONS.with(|a| a.set(a.get().wrapping_add(1)));
}

pub fn allocations() -> usize {
    ALLOCATIONS.with(|a| a.get())
}
