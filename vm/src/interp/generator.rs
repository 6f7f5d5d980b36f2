//! Generator objects. A generator owns its suspended frame; resuming moves
//! the frame onto the VM's frame stack and yielding moves it back.

use crate::code::Code;
use crate::error::{PyErr, PyResult};
use crate::frame::Frame;
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
    /// The frame while suspended (None while it runs or once finished):
    /// a Cell, as it only ever moves in and out.
    pub frame: Cell<Option<Box<Frame>>>,
    pub state: Cell<GenState>,
    pub code: Rc<Code>,
    /// `__name__` and `__qualname__` when they are not the code's: taken
    /// from a renamed function, or assigned to the generator.
    pub names: RefCell<Option<Box<GenNames>>>,
}

/// A generator's own (`__name__`, `__qualname__`).
pub type GenNames = (Rc<PyStr>, Rc<PyStr>);

impl Generator {
    pub fn new(frame: Box<Frame>) -> Generator {
        let code = frame.code.clone();
        Generator {
            frame: Cell::new(Some(frame)),
            state: Cell::new(GenState::Created),
            code,
            names: RefCell::new(None),
        }
    }

    /// A generator made by calling `func`: named as the function is now.
    pub fn for_function(frame: Box<Frame>, func: &crate::function::Function) -> Generator {
        let g = Generator::new(frame);
        let (name, qualname) = (func.name.borrow(), func.qualname.borrow());
        if !Rc::ptr_eq(&name, &g.code.name) || !Rc::ptr_eq(&qualname, &g.code.qualname) {
            *g.names.borrow_mut() = Some(Box::new((name.clone(), qualname.clone())));
        }
        g
    }

    pub fn name(&self) -> Rc<PyStr> {
        match &*self.names.borrow() {
            Some(n) => n.0.clone(),
            None => self.code.name.clone(),
        }
    }

    pub fn qualname(&self) -> Rc<PyStr> {
        match &*self.names.borrow() {
            Some(n) => n.1.clone(),
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
        *self.names.borrow_mut() = Some(Box::new(names));
        Ok(())
    }

    pub fn take_frame(&self) -> Option<Box<Frame>> {
        self.frame.take()
    }

    pub fn put_frame(&self, f: Box<Frame>) {
        self.frame.set(Some(f));
    }

    /// Looks at the suspended frame, if there is one.
    pub fn with_frame<R>(&self, look: impl FnOnce(&Frame) -> R) -> Option<R> {
        let f = self.frame.take()?;
        let r = look(&f);
        self.frame.set(Some(f));
        Some(r)
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
        let Some(frame) = self.frame.get_mut().take() else {
            return;
        };
        if !frame.code.is_protected(frame.ip.saturating_sub(1)) {
            return;
        }
        // At thread exit the queue may be gone already: nothing would run
        // the `finally` blocks, and a revived generator dropped here would
        // revive itself again, recursing until the stack overflows.
        if PENDING_CLOSE.try_with(|_| ()).is_err() {
            return;
        }
        let revived = crate::gc::new_generator(Generator {
            frame: Cell::new(Some(frame)),
            state: Cell::new(GenState::Suspended),
            code: self.code.clone(),
            names: RefCell::new(self.names.get_mut().take()),
        });
        let _ = PENDING_CLOSE.try_with(|p| p.borrow_mut().push(revived));
        let _ = PENDING_FLAG.try_with(|f| f.set(true));
    }
}
