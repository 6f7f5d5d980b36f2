//! The runtime around the interpreter: memory (reference counts, the cycle
//! collector, weak references), modules and import with the compiled-module
//! cache, frame and traceback objects and the printing of tracebacks,
//! Ctrl-C, errors nobody can catch, test hooks.

pub mod code_cache;
pub mod frameobj;
pub mod gc;
pub mod interrupt;
pub mod module;
pub mod source;
pub mod testing;
pub mod traceback;
pub(crate) mod unraisable;
pub mod weakref;
