//! A frame: one activation of a code object. Frames live on the VM's own
//! frame stack (never the Rust stack); a suspended generator keeps its
//! frame, or only its locals and stack once a collection has found it
//! alive (`generator::SavedFrame`).

use crate::code::Code;
use crate::dict::PyDict;
use crate::function::CellObj;
use crate::generator::Generator;
use crate::value::Value;
use std::rc::Rc;

/// What the caller expects when this frame returns or yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetMode {
    /// Push the return value on the caller's stack.
    Call,
    /// `__init__` run for a class call: the instance is already on the
    /// caller's stack; the return value must be None.
    Init,
    /// Return to the native code that started this frame (leave the loop).
    Native,
    /// An operator method (`__add__`, `__lt__`) the loop entered for the
    /// caller's `Binary` or `Compare` instruction (the one before its
    /// `ip`); the operands wait on the caller's stack (see dunder_call.rs).
    Operator,
    /// A generator resumed by `ForIter` in the caller.
    GenForIter,
    /// A generator resumed by `next()`/`send()`/`throw()` called from
    /// Python code: yields push the value, return raises StopIteration.
    GenSend,
    /// A generator resumed by the caller's `YieldFrom`.
    GenYieldFrom,
    /// A generator resumed from native code.
    GenNative,
}

impl RetMode {
    pub fn is_gen(self) -> bool {
        matches!(
            self,
            RetMode::GenForIter | RetMode::GenSend | RetMode::GenYieldFrom | RetMode::GenNative
        )
    }
}

pub struct Frame {
    pub code: Rc<Code>,
    pub ip: u32,
    pub stack: Vec<Value>,
    /// Fast locals; `Value::Null` is unbound.
    pub locals: Vec<Value>,
    /// Cell variables, then free variables.
    pub cells: Vec<Rc<CellObj>>,
    pub globals: Rc<PyDict>,
    /// The namespace of module and class bodies.
    pub names: Option<Rc<PyDict>>,
    pub ret: RetMode,
    /// The generator this frame runs for, while it runs.
    pub owner: Option<Rc<Generator>>,
    /// How many `except`/`finally` handlers are active (PushExcInfo without
    /// PopExcept): a generator suspended inside one keeps its handled
    /// exception.
    pub exc_depth: u16,
    /// Generator frames: the caller's handled exception while running, the
    /// generator's own while suspended.
    pub saved_exc: Value,
    pub started: bool,
    // The frame object Python code may hold for this activation is kept
    // aside (`frameobj::FRAME_OBJECTS`), not here: a frame fits its size
    // class exactly, and almost no frame ever has one.
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: Rc<PyDict>, names: Option<Rc<PyDict>>) -> Frame {
        let nlocals = code.varnames.len();
        Frame {
            stack: Vec::with_capacity(code.max_stack),
            code,
            ip: 0,
            locals: vec![Value::Null; nlocals],
            cells: Vec::new(),
            globals,
            names,
            ret: RetMode::Call,
            owner: None,
            exc_depth: 0,
            saved_exc: Value::Null,
            started: false,
        }
    }

    /// Prepares a pooled frame (already emptied by the VM's
    /// `release_frame`) for a new activation, keeping its allocations.
    pub fn reset(&mut self, code: &Rc<Code>, globals: &Rc<PyDict>) {
        debug_assert!(self.stack.is_empty() && self.locals.is_empty() && self.cells.is_empty());
        self.stack.reserve(code.max_stack);
        let n = code.varnames.len();
        self.locals.reserve(n);
        // SAFETY: `Value` is `repr(u64)` with `Null` (no payload) as
        // discriminant 0, so zeroed memory is `n` valid `Null`s; the
        // vector was empty and has room for `n`.
        unsafe {
            std::ptr::write_bytes(self.locals.as_mut_ptr(), 0, n);
            self.locals.set_len(n);
        }
        // Recursion and loops call the same function again: keep the Rcs.
        if !Rc::ptr_eq(&self.code, code) {
            self.code = code.clone();
        }
        if !Rc::ptr_eq(&self.globals, globals) {
            self.globals = globals.clone();
        }
        // names, owner and saved_exc were emptied on release.
        debug_assert!(self.names.is_none() && self.owner.is_none() && self.saved_exc.is_null());
        self.ip = 0;
        self.ret = RetMode::Call;
        self.exc_depth = 0;
        self.started = false;
    }

    /// The line running; a frame not started yet (a new generator) is on
    /// its first line, as in CPython.
    pub fn line(&self) -> u32 {
        match self.ip.checked_sub(1) {
            Some(ip) => self.code.line_at(ip as usize),
            None => self.code.firstline,
        }
    }
}

impl Drop for Frame {
    fn drop(&mut self) {
        // A suspended generator's frame dropped with it: its object (if
        // any) outlives it without the locals.
        if crate::frameobj::any_frame_objects() {
            self.detach_object(false);
        }
    }
}

// A frame fits mimalloc's 128-byte size class (one byte more costs 32:
// the next class is 160), which every suspended generator pays.
const _: () = assert!(std::mem::size_of::<Frame>() <= 128);
