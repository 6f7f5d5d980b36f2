//! Generator objects. A generator keeps its frame while suspended
//! (`SavedFrame`): resuming moves the frame onto the VM's frame stack and
//! yielding moves it back; a generator left suspended through a collection
//! keeps only its locals and stack.

use crate::code::Code;
use crate::dict::PyDict;
use crate::error::{PyErr, PyResult};
use crate::frame::Frame;
use crate::function::CellObj;
use crate::str::PyStr;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct Generator {
    /// The frame between runs: nothing while it runs or once finished.
    pub frame: Cell<SavedFrame>,
    pub state: Cell<GenState>,
    pub code: Rc<Code>,
    /// `__name__` and `__qualname__` when they are not the code's: taken
    /// from a renamed function, or assigned to the generator.
    names: Cell<Option<Box<GenNames>>>,
}

// A million suspended generators must fit in 150 MiB (issue 10): a packed
// generator is one 80-byte allocation (with its Rc counts) and its slots.
const _: () = assert!(std::mem::size_of::<Generator>() <= 64);

/// A generator's own (`__name__`, `__qualname__`).
pub type GenNames = (Rc<PyStr>, Rc<PyStr>);

/// What a generator keeps of its frame between runs.
///
/// A `Frame` is made for running: room for the deepest stack and every
/// field a running frame needs, about 250 bytes with its vectors. A
/// generator that yields keeps its frame whole, so switching costs nothing
/// but moving a pointer. One still suspended when a collection finds it
/// alive is packed (`Generator::compact`): locals and the live stack in one
/// exact allocation beside the few fields the next run needs, and the next
/// resume unpacks them into a pooled frame. A frame that Python code holds
/// as a frame object (`gi_frame`, `sys._getframe` in the generator) stays
/// whole, as the object points at it.
#[derive(Default)]
pub enum SavedFrame {
    #[default]
    Empty,
    Compact(CompactFrame),
    Whole(Box<Frame>),
}

pub struct CompactFrame {
    pub globals: Rc<PyDict>,
    /// The locals (`code.varnames.len()` of them), then the value stack.
    pub slots: Box<[Value]>,
    /// Rare state: cells, a class-body namespace, a handled exception.
    pub rare: Option<Box<RareFrameState>>,
    pub ip: u32,
    pub exc_depth: u16,
    pub started: bool,
}

pub struct RareFrameState {
    pub cells: Vec<Rc<CellObj>>,
    pub names: Option<Rc<PyDict>>,
    pub saved_exc: Value,
}

impl SavedFrame {
    /// Packs a frame that stopped (yielded, or never ran) for keeping: its
    /// parts move out, leaving the frame empty for the pool. `None` when
    /// the frame has to stay whole (it has a frame object).
    pub fn pack(f: &mut Frame) -> Option<CompactFrame> {
        if crate::frameobj::any_frame_objects() && f.object().is_some() {
            return None;
        }
        let mut slots = Vec::with_capacity(f.locals.len() + f.stack.len());
        slots.append(&mut f.locals);
        slots.append(&mut f.stack);
        let rare = if f.cells.is_empty() && f.names.is_none() && f.saved_exc.is_null() {
            None
        } else {
            Some(Box::new(RareFrameState {
                cells: std::mem::take(&mut f.cells),
                names: f.names.take(),
                saved_exc: std::mem::take(&mut f.saved_exc),
            }))
        };
        Some(CompactFrame {
            globals: f.globals.clone(),
            // Exact capacity: no reallocation.
            slots: slots.into_boxed_slice(),
            rare,
            ip: f.ip,
            exc_depth: f.exc_depth,
            started: f.started,
        })
    }

    /// The instruction the frame resumes at.
    pub fn ip(&self) -> Option<u32> {
        match self {
            SavedFrame::Empty => None,
            SavedFrame::Compact(c) => Some(c.ip),
            SavedFrame::Whole(f) => Some(f.ip),
        }
    }

    /// The value on top of the stack (what a `yield from` delegates to).
    pub fn stack_top(&self, code: &Code) -> Option<&Value> {
        match self {
            SavedFrame::Empty => None,
            SavedFrame::Compact(c) => c.slots[code.varnames.len()..].last(),
            SavedFrame::Whole(f) => f.stack.last(),
        }
    }
}

impl CompactFrame {
    /// Moves the kept state into `f`, a frame `reset` for this code.
    pub fn unpack_into(self, f: &mut Frame) {
        let nlocals = f.locals.len();
        let mut slots = Vec::from(self.slots).into_iter();
        for (local, v) in f.locals.iter_mut().zip(slots.by_ref().take(nlocals)) {
            *local = v;
        }
        f.stack.extend(slots);
        if let Some(rare) = self.rare {
            let RareFrameState {
                cells,
                names,
                saved_exc,
            } = *rare;
            f.cells = cells;
            f.names = names;
            f.saved_exc = saved_exc;
        }
        f.ip = self.ip;
        f.exc_depth = self.exc_depth;
        f.started = self.started;
    }
}

#[cold]
#[inline(never)]
fn drop_cold(saved: SavedFrame) {
    drop(saved);
}

impl Generator {
    pub fn new(frame: Box<Frame>) -> Generator {
        Generator {
            code: frame.code.clone(),
            frame: Cell::new(SavedFrame::Whole(frame)),
            state: Cell::new(GenState::Created),
            names: Cell::new(None),
        }
    }

    /// A generator made by calling `func`: named as the function is now.
    pub fn for_function(frame: Box<Frame>, func: &crate::function::Function) -> Generator {
        let g = Generator::new(frame);
        let (name, qualname) = (func.name.borrow(), func.qualname.borrow());
        if !Rc::ptr_eq(&name, &g.code.name) || !Rc::ptr_eq(&qualname, &g.code.qualname) {
            g.names
                .set(Some(Box::new((name.clone(), qualname.clone()))));
        }
        g
    }

    fn own_names(&self) -> Option<GenNames> {
        let names = self.names.take();
        let copy = names.as_deref().cloned();
        self.names.set(names);
        copy
    }

    pub fn name(&self) -> Rc<PyStr> {
        match self.own_names() {
            Some(n) => n.0,
            None => self.code.name.clone(),
        }
    }

    pub fn qualname(&self) -> Rc<PyStr> {
        match self.own_names() {
            Some(n) => n.1,
            None => self.code.qualname.clone(),
        }
    }

    /// `gen.__name__ = v` (`qualified`: `__qualname__`).
    pub fn set_name(&self, v: &Value, qualified: bool) -> PyResult<()> {
        let Value::Str(s) = v else {
            return Err(PyErr::type_error(format!(
                "{} must be set to a string object",
                if qualified {
                    "__qualname__"
                } else {
                    "__name__"
                }
            )));
        };
        let mut names = (self.name(), self.qualname());
        if qualified {
            names.1 = s.clone();
        } else {
            names.0 = s.clone();
        }
        self.names.set(Some(Box::new(names)));
        Ok(())
    }

    /// Keeps the frame of this generator that stopped (yielded, or could
    /// not start).
    #[inline]
    pub fn keep(&self, f: Box<Frame>) {
        // What it replaces is Empty (the frame was taken to run): nothing
        // to drop on the way of every yield.
        let old = self.frame.replace(SavedFrame::Whole(f));
        if matches!(old, SavedFrame::Empty) {
            std::mem::forget(old);
        } else {
            drop_cold(old);
        }
    }

    /// Packs the frame of a suspended generator. The collector does this
    /// to the generators that survive a collection: one resumed often
    /// keeps its frame whole and pays nothing a switch (at most one unpack
    /// a collection), and a million left suspended cost their locals and
    /// stack, not a frame each.
    pub fn compact(&self) {
        if !matches!(self.state.get(), GenState::Created | GenState::Suspended) {
            return;
        }
        let saved = match self.frame.take() {
            SavedFrame::Whole(mut f) => match SavedFrame::pack(&mut f) {
                Some(c) => SavedFrame::Compact(c),
                None => SavedFrame::Whole(f),
            },
            other => other,
        };
        self.frame.set(saved);
    }

    /// Takes what is kept of the frame (the generator has finished, or is
    /// about to run).
    pub fn take_saved(&self) -> SavedFrame {
        self.frame.take()
    }

    /// Looks at what is kept of the frame.
    pub fn with_saved<R>(&self, look: impl FnOnce(&SavedFrame) -> R) -> R {
        let f = self.frame.take();
        let r = look(&f);
        self.frame.set(f);
        r
    }

    /// The instruction a suspended (or new) generator resumes at.
    pub fn resume_ip(&self) -> Option<u32> {
        self.with_saved(|f| f.ip())
    }

    pub fn kind_name(&self) -> &'static str {
        if self.code.flags.coroutine {
            "coroutine"
        } else {
            "generator"
        }
    }
}

thread_local! {
    /// Suspended generators whose last reference went away inside a
    /// `try`: the VM closes them at its next safe point, so their
    /// `finally` blocks run "at once", as in CPython.
    pub static PENDING_CLOSE: RefCell<Vec<Rc<Generator>>> = const { RefCell::new(Vec::new()) };
    pub static PENDING_FLAG: Cell<bool> = const { Cell::new(false) };
}

/// Asks the interpreter loop to stop at its next safe point and run
/// deferred work (closing dropped generators, collecting cycles).
pub fn request_safe_point() {
    let _ = PENDING_FLAG.try_with(|f| f.set(true));
}

thread_local! {
    /// Coroutines dropped before they ever ran, as (qualname, repr): the
    /// VM warns "coroutine ... was never awaited" for each at its next
    /// safe point, as CPython does when it finalizes one.
    pub static PENDING_UNAWAITED: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

impl Generator {
    #[cold]
    #[inline(never)]
    fn never_awaited(&self) {
        let qualname = self.code.qualname.as_str().to_string();
        let repr = format!(
            "<coroutine object {qualname} at {:#x}>",
            self as *const Generator as usize
        );
        if PENDING_UNAWAITED
            .try_with(|p| p.borrow_mut().push((qualname, repr)))
            .is_ok()
        {
            request_safe_point();
        }
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        crate::weakref::referent_dropped(self as *const Generator as usize);
        if self.state.get() != GenState::Suspended {
            if self.state.get() == GenState::Created
                && self.code.flags.coroutine
                && !self.code.flags.async_generator
            {
                self.never_awaited();
            }
            return;
        }
        let frame = std::mem::take(self.frame.get_mut());
        let Some(ip) = frame.ip() else {
            return;
        };
        if !self.code.is_protected(ip.saturating_sub(1)) {
            return;
        }
        // At thread exit the queue may be gone already: nothing would run
        // the `finally` blocks, and a revived generator dropped here would
        // revive itself again, recursing until the stack overflows.
        if PENDING_CLOSE.try_with(|_| ()).is_err() {
            return;
        }
        let revived = crate::gc::new_generator(Generator {
            frame: Cell::new(frame),
            state: Cell::new(GenState::Suspended),
            code: self.code.clone(),
            names: Cell::new(self.names.get_mut().take()),
        });
        let _ = PENDING_CLOSE.try_with(|p| p.borrow_mut().push(revived));
        let _ = PENDING_FLAG.try_with(|f| f.set(true));
    }
}
