//! The global allocator: mimalloc instead of glibc's malloc. The VM runs
//! on its own thread (a glibc side arena, with its locking) and makes and
//! frees many small objects; a hello-world server does 12% more requests a
//! second with mimalloc. The `no_thp` build keeps transparent huge pages
//! from inflating resident memory.
//!
//! Freed memory goes back to the system after 100 ms instead of mimalloc's
//! default second: peak RSS of the shared `strings_dicts` benchmark 62 ->
//! 36 MB (glibc: 46 MB) for 4% of its time.
//!
//! Every mimalloc block is aligned to at least a word, so the common
//! allocations (alignment 8 or less) take mimalloc's plain entry points;
//! its `_aligned` ones, which the `mimalloc` crate calls for everything,
//! add a slower generic path.

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc,
    mi_zalloc_aligned,
};
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::{c_int, c_long, c_void};

extern "C" {
    // In libmimalloc, which libmimalloc-sys links; its bindings leave
    // these out without the `extended` feature.
    fn mi_option_get(option: c_int) -> c_long;
    fn mi_option_set(option: c_int, value: c_long);
    fn mi_collect(force: bool);
}

/// Hands the calling thread's free memory back to the system at once
/// (the VM calls it after a full collection and after big containers
/// die, instead of waiting for the purge delay and the next allocation).
pub fn trim() {
    // SAFETY: a plain call into mimalloc, from the thread whose heap it
    // collects; it frees nothing a live allocation uses.
    unsafe { mi_collect(true) }
}

/// `mi_option_purge_delay` in mimalloc.h's `mi_option_t`.
const OPTION_PURGE_DELAY: c_int = 15;
/// Its documented default, which identifies it.
const DEFAULT_PURGE_DELAY_MS: c_long = 1000;
const PURGE_DELAY_MS: c_long = 100;

/// Sets whirl's allocator options; called first thing in `main`.
pub fn configure() {
    // SAFETY: plain calls into mimalloc's option table. The option is
    // changed only if it reads as purge_delay's default, so a mimalloc
    // whose enum moved is left as it is.
    unsafe {
        if mi_option_get(OPTION_PURGE_DELAY) == DEFAULT_PURGE_DELAY_MS {
            mi_option_set(OPTION_PURGE_DELAY, PURGE_DELAY_MS);
        }
    }
}

/// The alignment every mimalloc block has.
const WORD: usize = std::mem::size_of::<usize>();

pub struct MiMalloc;

unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi_malloc(layout.size()) as *mut u8
        } else {
            mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi_zalloc(layout.size()) as *mut u8
        } else {
            mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi_free(ptr as *mut c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        }
    }
}
