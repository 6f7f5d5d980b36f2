//! The interpreter (this folder): frames, calls and argument binding,
//! operators on builtin values, generators and coroutines, `match`, errors
//! and name suggestions. This file is the dispatch loop.
//!
//! The dispatch loop. The running frame is a local of `run_frame`; its
//! callers wait on `vm.frames`. A call pushes the current frame there and
//! continues with the callee in the same loop; a return or yield pops it
//! back. Only natives calling into Python start a nested loop.

pub(crate) mod asyncgen;
pub(crate) mod call;
mod dunder_call;
pub mod error;
pub mod frame;
pub mod generator;
pub(crate) mod matching;
pub mod ops;
pub(crate) mod suggest;

use crate::class::Instance;
use crate::code::Instr;
use crate::error::{ExcType, PyErr, PyResult};
use crate::frame::{Frame, RetMode};
use crate::function::{FastPath, Function};
use crate::generator::{GenState, Generator, SavedFrame, PENDING_FLAG};
use crate::iter::{IterState, NativeIter};
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;
use whirl_parser::ast::{BinOp, CmpOp, UnaryOp};

/// How a frame run by `run_frame` ended.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// What to do with a generator being resumed.
pub(crate) enum Resume {
    Send(Value),
    Throw(PyErr),
}

macro_rules! tri {
    ($label:lifetime, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => break $label e,
        }
    };
}

/// Pops the value stack. The compiler keeps the stack balanced, so it is
/// never empty here; the check only runs in debug builds.
macro_rules! pop {
    ($f:expr) => {{
        let stack = &mut $f.stack;
        debug_assert!(!stack.is_empty(), "value stack underflow");
        let len = stack.len().wrapping_sub(1);
        // SAFETY: the compiler never pops an empty stack (checked above in
        // debug builds), so `len` indexes an initialized value, which is
        // moved out as the length shrinks past it.
        unsafe {
            stack.set_len(len);
            std::ptr::read(stack.as_ptr().add(len))
        }
    }};
}

/// Pushes on the value stack without a capacity check: frames reserve
/// `Code::max_stack` up front, which bounds the depth (see compile/mod.rs).
/// Writing in place keeps values out of Rust stack temporaries.
macro_rules! push {
    ($f:expr, $v:expr) => {{
        if $f.stack.len() == $f.stack.capacity() {
            grow(&mut $f.stack);
        }
        let v = $v;
        let stack = &mut $f.stack;
        let len = stack.len();
        // SAFETY: there is room for one more value (checked just above).
        unsafe {
            std::ptr::write(stack.as_mut_ptr().add(len), v);
            stack.set_len(len + 1);
        }
    }};
}

/// Never taken while `Code::max_stack` holds; kept out of line.
#[cold]
#[inline(never)]
fn grow(stack: &mut Vec<Value>) {
    stack.reserve(8);
}

/// Marks the value a delegate's throw() yielded in `yield from`: the
/// YieldFrom instruction yields it instead of sending it.
const THROWN_VALUE: &str = "<thrown into yield from>";

fn thrown_value(sent: &Value) -> Option<Value> {
    match sent {
        Value::Iterator(ni) if ni.name == THROWN_VALUE => match &*ni.state.borrow() {
            IterState::Items(items, _) => items.first().cloned(),
            _ => None,
        },
        _ => None,
    }
}

/// Int arithmetic that cannot overflow or raise; None means "take the
/// general path".
#[inline(always)]
fn int_binop_fast(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mult => x.checked_mul(y),
        BinOp::BitAnd => Some(x & y),
        BinOp::BitXor => Some(x ^ y),
        BinOp::BitOr => Some(x | y),
        BinOp::Mod if x >= 0 && y > 0 => Some(x % y),
        BinOp::FloorDiv if x >= 0 && y > 0 => Some(x / y),
        BinOp::RShift if (0..64).contains(&y) => Some(x >> y),
        BinOp::LShift if (0..32).contains(&y) && x.unsigned_abs() < (1 << 31) => Some(x << y),
        _ => None,
    }
}

#[inline(always)]
fn int_compare_fast(op: CmpOp, x: i64, y: i64) -> Option<bool> {
    Some(match op {
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Eq | CmpOp::Is => x == y,
        CmpOp::NotEq | CmpOp::IsNot => x != y,
        _ => return None,
    })
}

/// `x op y` for two floats, as IEEE 754 orders them (NaN unequal to all,
/// as Python's float comparisons); identity is left to the general path.
#[inline(always)]
fn float_compare_fast(op: CmpOp, x: f64, y: f64) -> Option<bool> {
    Some(match op {
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        _ => return None,
    })
}

/// `x op y` for two exact strs: ordered by code point (`py_cmp`); the same
/// object is equal without reading its text.
#[inline(always)]
fn str_compare_fast(
    op: CmpOp,
    x: &Rc<crate::str::PyStr>,
    y: &Rc<crate::str::PyStr>,
) -> Option<bool> {
    let same = Rc::ptr_eq(x, y);
    Some(match op {
        CmpOp::Eq => same || x.as_str() == y.as_str(),
        CmpOp::NotEq => !same && x.as_str() != y.as_str(),
        CmpOp::Is => same,
        CmpOp::IsNot => !same,
        CmpOp::Lt => x.py_cmp(y).is_lt(),
        CmpOp::LtE => x.py_cmp(y).is_le(),
        CmpOp::Gt => x.py_cmp(y).is_gt(),
        CmpOp::GtE => x.py_cmp(y).is_ge(),
        _ => return None,
    })
}

macro_rules! top {
    ($f:expr) => {
        $f.stack.last().cloned().unwrap_or_default()
    };
}

impl Vm {
    pub(crate) fn new_frame(
        &mut self,
        code: Rc<crate::code::Code>,
        globals: Rc<crate::dict::PyDict>,
    ) -> Box<Frame> {
        self.frame_for(&code, &globals)
    }

    /// A frame from the pool (or a new one) for `code` run with `globals`.
    #[inline]
    pub(crate) fn frame_for(
        &mut self,
        code: &Rc<crate::code::Code>,
        globals: &Rc<crate::dict::PyDict>,
    ) -> Box<Frame> {
        // A new generator keeps its frame until the collector packs it
        // (`Generator::compact`): a pooled one would bring the capacities
        // of whatever frame ran last.
        if code.flags.generator {
            return Box::new(Frame::new(code.clone(), globals.clone(), None));
        }
        self.pooled_frame(code, globals)
    }

    #[inline(always)]
    fn pooled_frame(
        &mut self,
        code: &Rc<crate::code::Code>,
        globals: &Rc<crate::dict::PyDict>,
    ) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code, globals);
                f
            }
            None => Box::new(Frame::new(code.clone(), globals.clone(), None)),
        }
    }

    pub(crate) fn release_frame(&mut self, mut f: Box<Frame>) {
        if crate::frameobj::any_frame_objects() {
            f.detach_object(true);
        }
        if self.frame_pool.len() < 64 {
            crate::value::clear_values(&mut f.stack);
            crate::value::clear_values(&mut f.locals);
            if !f.cells.is_empty() {
                f.cells.clear();
            }
            if f.names.is_some() {
                f.names = None;
            }
            if f.owner.is_some() {
                f.owner = None;
            }
            std::mem::take(&mut f.saved_exc).discard();
            self.frame_pool.push(f);
        }
    }

    /// A frame to run `g` in, from what it kept; None once finished.
    #[inline]
    pub(crate) fn unpack_frame(&mut self, g: &Rc<Generator>) -> Option<Box<Frame>> {
        match g.take_saved() {
            SavedFrame::Whole(f) => Some(f),
            SavedFrame::Empty => None,
            SavedFrame::Compact(c) => Some(self.unpack_compact(g, c)),
        }
    }

    /// Unpacks a generator's frame, which it keeps whole from now on. A
    /// generator resumed after the collector packed it is old, and young
    /// collections no longer see it: it is listed, and those listed and
    /// suspended again are packed at the next collection, or once the
    /// list is long (a loop resuming a million generators one by one makes
    /// nothing to collect). So at most `REPACK_AT` of them keep whole
    /// frames, and one resumed often pays one unpacking a collection, as
    /// young generators do.
    #[cold]
    #[inline(never)]
    fn unpack_compact(
        &mut self,
        g: &Rc<Generator>,
        c: crate::generator::CompactFrame,
    ) -> Box<Frame> {
        const REPACK_AT: usize = 8192;
        if self.unpacked.len() >= REPACK_AT {
            self.repack_unpacked();
        }
        self.unpacked.push(Rc::downgrade(g));
        let mut f = self.pooled_frame(&g.code, &c.globals);
        c.unpack_into(&mut f);
        f
    }

    /// Packs the listed generators that are suspended again. The list
    /// holds weak references, which keep a dead generator's allocation
    /// until dropped: emptying it at each collection keeps these few.
    fn repack_unpacked(&mut self) {
        for w in self.unpacked.drain(..) {
            if let Some(listed) = w.upgrade() {
                listed.compact();
            }
        }
    }

    fn recursion_error(&self) -> PyErr {
        PyErr::new(ExcType::RecursionError, "maximum recursion depth exceeded")
    }

    /// Runs `frame` (ret mode Native or GenNative) and everything it calls
    /// until it returns or yields. `pending` is raised in it first (throw).
    pub(crate) fn run_frame(
        &mut self,
        frame: Box<Frame>,
        pending: Option<PyErr>,
    ) -> PyResult<Exit> {
        if self.native_depth > 2500 || self.depth >= self.recursion_limit {
            if frame.ret == RetMode::GenNative {
                self.suspend_unrun(frame);
            } else {
                self.release_frame(frame);
            }
            return Err(self.recursion_error());
        }
        self.native_depth += 1;
        self.depth += 1;
        let base = self.frames.len();
        let r = self.run_loop(frame, pending, base);
        self.native_depth -= 1;
        r
    }

    /// Puts back a generator frame that could not start.
    fn suspend_unrun(&mut self, mut frame: Box<Frame>) {
        if let Some(g) = frame.owner.take() {
            self.exc_info = std::mem::take(&mut frame.saved_exc);
            g.state.set(if frame.started {
                GenState::Suspended
            } else {
                GenState::Created
            });
            g.keep(frame);
        }
    }

    fn run_loop(
        &mut self,
        mut f: Box<Frame>,
        pending: Option<PyErr>,
        base: usize,
    ) -> PyResult<Exit> {
        // Recorded for `live_frames` (sys._getframe): the frame variable
        // stays put while this loop runs, whatever frame it holds.
        let running: *mut Box<Frame> = &mut f;
        self.loops.push((running as *const Box<Frame>, base));
        // SAFETY: `running` points at `f`, alive and not moved until the
        // loop ends below.
        let r = self.run_loop_in(unsafe { &mut *running }, pending, base);
        self.loops.pop();
        match r {
            Ok(exit) => {
                match &exit {
                    // Only generator frames yield, and resuming one sets
                    // its owner; a frame without one is an interpreter
                    // bug, reported rather than aborting the process.
                    Exit::Yield(_) => match f.owner.take() {
                        Some(g) => g.keep(f),
                        None => {
                            self.release_frame(f);
                            return Err(PyErr::new(
                                ExcType::SystemError,
                                "a frame yielded without its generator",
                            ));
                        }
                    },
                    Exit::Return(_) => self.release_frame(f),
                }
                Ok(exit)
            }
            Err(e) => {
                self.release_frame(f);
                Err(e)
            }
        }
    }

    fn run_loop_in(
        &mut self,
        f: &mut Box<Frame>,
        pending: Option<PyErr>,
        base: usize,
    ) -> PyResult<Exit> {
        let mut pending = match pending {
            Some(e) => self.throw_into(f, e).err(),
            None => None,
        };
        loop {
            let (err, reraise) = match pending.take() {
                Some(e) => (e, false),
                None => match self.dispatch(f, base) {
                    Ok(exit) => return Ok(exit),
                    Err((e, reraise)) => (e, reraise),
                },
            };
            self.unwind(f, err, reraise, base)?;
        }
    }

    /// Raises `e` in generator frame `f` where it is suspended, passing it
    /// down to the subgenerator first when `f` is inside `yield from`.
    /// Err: raise it in whatever frame `f` now is.
    pub(crate) fn throw_into(&mut self, f: &mut Box<Frame>, e: PyErr) -> PyResult<()> {
        if matches!(f.code.instrs.get(f.ip as usize), Some(Instr::YieldFrom)) {
            let is_exit = match &e {
                PyErr::Raised(i) => self.is_instance_of_exc(i, ExcType::GeneratorExit),
                other => other.builtin_type() == Some(ExcType::GeneratorExit),
            };
            if let (Some(Value::Generator(sub)), true) = (f.stack.last().cloned(), is_exit) {
                // As CPython: close the subgenerator, then GeneratorExit here.
                f.ip += 1;
                self.gen_close(&sub)?;
                return Err(e);
            }
            if let Some(Value::Generator(sub)) = f.stack.last().cloned() {
                f.ip += 1;
                return self.resume_in_loop(f, sub, Resume::Throw(e), RetMode::GenYieldFrom);
            }
            // A plain iterator: GeneratorExit closes it; anything else goes
            // to its throw() when it has one, as CPython passes it on.
            if let Some(sub) = f.stack.last().cloned() {
                if is_exit {
                    if let Ok(m) = self.getattr(&sub, &crate::str::intern_static("close")) {
                        self.call(&m, vec![])?;
                    }
                } else if let Ok(m) = self.getattr(&sub, &crate::str::intern_static("throw")) {
                    let exc = Value::Instance(self.materialize(e));
                    match self.call(&m, vec![exc]) {
                        // Yielded: the YieldFrom yields it (THROWN_VALUE)
                        // and stays on the delegate.
                        Ok(v) => {
                            f.stack
                                .push(NativeIter::new(THROWN_VALUE, IterState::Items(vec![v], 0)));
                            return Ok(());
                        }
                        Err(e) => {
                            return match self.stop_iteration_value(e) {
                                Ok(ret) => {
                                    // The delegate finished: its value is the
                                    // result of the yield from.
                                    f.stack.pop();
                                    f.stack.push(ret);
                                    f.ip += 1;
                                    Ok(())
                                }
                                Err(e) => Err(e),
                            };
                        }
                    }
                }
            }
        }
        Err(e)
    }

    /// Finds a handler for `err`, starting in `f` and moving out through
    /// callers above `base`. Ok: continue running `f` at the handler.
    /// Err: the entry frame (still in `f`) is finished with this error.
    fn unwind(
        &mut self,
        f: &mut Box<Frame>,
        err: PyErr,
        reraise: bool,
        base: usize,
    ) -> PyResult<()> {
        let mut exc = self.materialize(err);
        if !reraise {
            self.set_context(&exc);
        }
        let mut add_tb = !reraise;
        loop {
            if add_tb {
                exc.exc()
                    .traceback
                    .borrow_mut()
                    .push(crate::class::TbEntry {
                        code: f.code.clone(),
                        line: f.line(),
                        // A generator not started yet is on its `def` line,
                        // with no instruction to underline.
                        ip: f.ip.checked_sub(1).unwrap_or(u32::MAX),
                        frame: match f.object() {
                            None => Default::default(),
                            Some(o) => crate::frameobj::TbFrame::Object(Value::Native(o)),
                        },
                        tb_obj: Value::Null,
                    });
            }
            add_tb = true;
            if f.ip > 0 {
                let ip = f.ip - 1;
                if let Some(h) = f.code.handler_for(ip).copied() {
                    f.stack.truncate(h.depth as usize);
                    f.stack.push(Value::Instance(exc));
                    f.ip = h.target;
                    return Ok(());
                }
            }
            // No handler: the frame is finished.
            capture_frame(&exc, f);
            self.depth -= 1;
            let mode = f.ret;
            if mode.is_gen() {
                self.finish_generator(f);
                if self.is_instance_of_exc(&exc, ExcType::StopIteration) {
                    let what = if f.code.flags.coroutine {
                        "coroutine"
                    } else {
                        "generator"
                    };
                    let new = self.materialize(PyErr::new(
                        ExcType::RuntimeError,
                        format!("{what} raised StopIteration"),
                    ));
                    *new.exc().cause.borrow_mut() = Value::Instance(exc.clone());
                    *new.exc().context.borrow_mut() = Value::Instance(exc.clone());
                    new.exc().suppress_context.set(true);
                    exc = new;
                }
            }
            if matches!(mode, RetMode::Native | RetMode::GenNative) || self.frames.len() <= base {
                return Err(PyErr::Raised(exc));
            }
            let parent = self.frames.pop().expect("caller frame");
            let done = std::mem::replace(f, parent);
            self.release_frame(done);
        }
    }

    /// Records the exception being handled as the new one's `__context__`
    /// when it has none yet (an error passing through a native keeps the
    /// context it was raised with).
    fn set_context(&mut self, exc: &Rc<Instance>) {
        if exc.exc().context.borrow().is_none() {
            self.chain_context(exc);
        }
    }

    /// `raise exc` while handling `cur`: `exc.__context__ = cur`, as
    /// CPython does, first cutting the link in cur's context chain that
    /// leads back to exc so that no cycle is made. A cycle already in the
    /// chain (made by assigning `__context__`) ends the walk (the slow
    /// pointer of Floyd's tortoise and hare meets the fast one).
    pub(crate) fn chain_context(&mut self, exc: &Rc<Instance>) {
        let Value::Instance(cur) = &self.exc_info else {
            return;
        };
        if Rc::ptr_eq(cur, exc) {
            return;
        }
        let cur = cur.clone();
        let next = |x: &Rc<Instance>| match &*x.exc().context.borrow() {
            Value::Instance(i) => Some(i.clone()),
            _ => None,
        };
        let mut o = cur.clone();
        let mut slow = cur.clone();
        let mut move_slow = false;
        while let Some(ctx) = next(&o) {
            if Rc::ptr_eq(&ctx, exc) {
                *o.exc().context.borrow_mut() = Value::None;
                break;
            }
            o = ctx;
            if Rc::ptr_eq(&o, &slow) {
                break;
            }
            if move_slow {
                slow = next(&slow).unwrap_or_else(|| slow.clone());
            }
            move_slow = !move_slow;
        }
        *exc.exc().context.borrow_mut() = Value::Instance(cur);
    }

    /// The handled exception after an `except` block ends: the one saved
    /// when it began, except that a generator leaving its outermost
    /// handler goes back to its caller's (the saved one may be stale:
    /// the caller's state when the block began, before a yield).
    #[inline]
    fn restored_exc_info(f: &Frame, prev: Value) -> Value {
        if f.exc_depth == 0 && f.owner.is_some() {
            prev.discard();
            if f.saved_exc.is_null() {
                Value::None
            } else {
                f.saved_exc.clone()
            }
        } else {
            prev
        }
    }

    /// Marks the generator running in `f` finished and restores the
    /// caller's handled exception.
    fn finish_generator(&mut self, f: &mut Box<Frame>) {
        if let Some(g) = f.owner.take() {
            g.state.set(GenState::Finished);
            self.exc_info = std::mem::replace(&mut f.saved_exc, Value::Null);
            if self.exc_info.is_null() {
                self.exc_info = Value::None;
            }
        }
    }

    /// Deferred work at a safe point: closes suspended generators whose
    /// last reference went away, and collects cycles when enough
    /// containers were made since the last collection. Called after every
    /// store, so the usual nothing-to-do case is an inlined flag test.
    #[inline(always)]
    pub(crate) fn process_pending(&mut self) {
        if PENDING_FLAG.with(|p| p.get()) {
            self.run_pending();
        }
    }

    #[cold]
    #[inline(never)]
    fn run_pending(&mut self) {
        PENDING_FLAG.with(|p| p.set(false));
        if crate::gc::take_collect_due() && crate::gc::is_enabled() && !self.in_gc {
            self.collect_garbage(false);
        }
        loop {
            let next = crate::generator::PENDING_CLOSE.with(|p| p.borrow_mut().pop());
            let Some(g) = next else { break };
            if let Err(e) = self.gen_close(&g) {
                let exc = self.materialize(e);
                let gname = self.repr_or(&Value::Generator(g.clone()));
                self.report_unraisable(exc, Value::Generator(g.clone()), &gname);
            }
            g.state.set(GenState::Finished);
            g.take_saved();
        }
        self.warn_unawaited();
        self.run_finalizers();
        self.run_weakref_callbacks();
        if crate::gc::take_trim_request() {
            // The list's weak pointers would keep dead generators'
            // memory from going back.
            self.repack_unpacked();
            crate::gc::trim();
        }
    }

    /// "coroutine ... was never awaited" for the coroutines dropped
    /// unstarted (`warnings._warn_unawaited_coroutine`).
    #[cold]
    fn warn_unawaited(&mut self) {
        loop {
            let next = crate::generator::PENDING_UNAWAITED.with(|p| {
                let mut p = p.borrow_mut();
                (!p.is_empty()).then(|| p.remove(0))
            });
            let Some((qualname, repr)) = next else { break };
            // Where the coroutine was dropped: the frame running now.
            let where_ = match self.live_frames().first() {
                Some(f) => {
                    let line = f.line();
                    let text = if f.code.source.name.starts_with('<') {
                        Value::None
                    } else {
                        f.code
                            .source
                            .line_text(line)
                            .map(Value::str)
                            .unwrap_or(Value::None)
                    };
                    let module = f
                        .globals
                        .get_str(&crate::str::intern_static("__name__"))
                        .unwrap_or_else(|| Value::str("<string>"));
                    vec![
                        Value::str(&f.code.source.name),
                        Value::Int(line as i64),
                        module,
                        text,
                    ]
                }
                None => vec![
                    Value::str("sys"),
                    Value::Int(1),
                    Value::str("sys"),
                    Value::None,
                ],
            };
            let r = self.import_module("warnings").and_then(|m| {
                let warn = self.getattr(&m, &crate::str::intern_static("_unawaited_coroutine"))?;
                let args = vec![
                    Value::str(&qualname),
                    Value::str(&repr),
                    Value::tuple(where_),
                ];
                self.call(&warn, args)
            });
            if let Err(e) = r {
                let exc = self.materialize(e);
                self.report_unraisable(exc, Value::None, &repr);
            }
        }
    }

    /// Calls `__del__` of the instances queued by their destructor, in the
    /// order they died; its errors are reported and ignored, as CPython's.
    #[cold]
    fn run_finalizers(&mut self) {
        loop {
            let next = crate::class::PENDING_DEL.with(|p| {
                let mut p = p.borrow_mut();
                (!p.is_empty()).then(|| p.remove(0))
            });
            let Some(obj) = next else { break };
            self.call_del(obj);
        }
    }

    /// Calls `obj.__del__()`, reporting and ignoring its errors.
    fn call_del(&mut self, obj: Rc<crate::class::Instance>) {
        let Some(del) = obj.class.lookup(&crate::str::intern_static("__del__")) else {
            return;
        };
        if let Err(e) = self.call(&del, vec![Value::Instance(obj)]) {
            let exc = self.materialize(e);
            let what = self.repr_or(&del);
            self.report_unraisable(exc, del, &what);
        }
    }

    /// Runs the cycle collector; returns how many objects it freed.
    pub fn collect_garbage(&mut self, full: bool) -> usize {
        if self.in_gc {
            return 0;
        }
        self.in_gc = true;
        let mut freed = 0;
        // A pass that finds finalizers to run frees nothing; run them and
        // look again.
        for _ in 0..3 {
            let g = crate::gc::collect(full || crate::gc::wants_full());
            freed += g.collected;
            if g.to_close.is_empty() && g.to_finalize.is_empty() {
                break;
            }
            // `__del__` of unreachable instances runs before anything of
            // their cycle is cleared (they see their attributes), once.
            for obj in g.to_finalize {
                obj.finalized.set(true);
                self.call_del(obj);
            }
            for gen in g.to_close {
                if let Err(e) = self.gen_close(&gen) {
                    let exc = self.materialize(e);
                    let gname = self.repr_or(&Value::Generator(gen.clone()));
                    self.report_unraisable(exc, Value::Generator(gen.clone()), &gname);
                }
                gen.state.set(GenState::Finished);
            }
        }
        self.in_gc = false;
        self.repack_unpacked();
        // Referents the collection freed (or that died without telling):
        // their weak references' callbacks run now, as in CPython.
        crate::weakref::sweep();
        self.run_weakref_callbacks();
        // A full pass that freed much hands the memory back at once
        // (not on every `gc.collect()`: that costs a walk of the heap).
        if full && freed >= 10_000 {
            crate::gc::trim();
        }
        freed
    }

    /// The dispatch loop proper. Returns when the entry frame returns or
    /// yields, or with an error to unwind.
    fn dispatch(&mut self, f: &mut Box<Frame>, base: usize) -> Result<Exit, (PyErr, bool)> {
        let err: PyErr = 'ops: loop {
            let instr = f.code.instrs[f.ip as usize];
            f.ip += 1;
            match instr {
                Instr::Nop => {}
                Instr::LoadConst(i) => {
                    let v = f.code.consts[i as usize].clone();
                    push!(f, v);
                }
                Instr::LoadFast(i) => {
                    let v = &f.locals[i as usize];
                    if v.is_null() {
                        break 'ops unbound_local_error(f.code.varnames[i as usize].as_str());
                    }
                    let v = v.clone();
                    push!(f, v);
                }
                Instr::LoadFastConstOp(l) | Instr::LoadFastFastOp(l) => {
                    if let Value::Int(x) = f.locals[l as usize] {
                        let y = match f.code.instrs[f.ip as usize] {
                            Instr::LoadConst(c) => match f.code.consts[c as usize] {
                                Value::Int(y) => Some(y),
                                _ => None,
                            },
                            Instr::LoadFast(m) => match f.locals[m as usize] {
                                Value::Int(y) => Some(y),
                                _ => None,
                            },
                            _ => None,
                        };
                        if let Some(y) = y {
                            match f.code.instrs[f.ip as usize + 1] {
                                Instr::Binary(op) | Instr::Inplace(op) => {
                                    if let Some(r) = int_binop_fast(op, x, y) {
                                        if let Some(&Instr::StoreFast(s)) =
                                            f.code.instrs.get(f.ip as usize + 2)
                                        {
                                            std::mem::replace(
                                                &mut f.locals[s as usize],
                                                Value::Int(r),
                                            )
                                            .discard();
                                            f.ip += 3;
                                        } else {
                                            push!(f, Value::Int(r));
                                            f.ip += 2;
                                        }
                                        continue;
                                    }
                                }
                                Instr::Compare(op) => {
                                    if let Some(r) = int_compare_fast(op, x, y) {
                                        f.ip += 2;
                                        match f
                                            .code
                                            .instrs
                                            .get(f.ip as usize)
                                            .copied()
                                            .unwrap_or(Instr::Nop)
                                        {
                                            Instr::PopJumpIfFalse(t) => {
                                                f.ip = if r { f.ip + 1 } else { t };
                                            }
                                            Instr::PopJumpIfTrue(t) => {
                                                f.ip = if r { t } else { f.ip + 1 };
                                            }
                                            _ => push!(f, Value::Bool(r)),
                                        }
                                        continue;
                                    }
                                }
                                _ => {}
                            }
                        }
                    }
                    // Not ints: an ordinary LoadFast.
                    let v = &f.locals[l as usize];
                    if v.is_null() {
                        break 'ops unbound_local_error(f.code.varnames[l as usize].as_str());
                    }
                    let v = v.clone();
                    push!(f, v);
                }
                Instr::StoreFast(i) => {
                    let v = pop!(f);
                    let old = std::mem::replace(&mut f.locals[i as usize], v);
                    if old.discard() && PENDING_FLAG.with(|p| p.get()) {
                        self.process_pending();
                    }
                }
                Instr::DeleteFast(i) => {
                    if f.locals[i as usize].is_null() {
                        break 'ops unbound_local_error(f.code.varnames[i as usize].as_str());
                    }
                    f.locals[i as usize] = Value::Null;
                    self.process_pending();
                }
                Instr::LoadDeref(i) => {
                    let v = f.cells[i as usize].0.borrow().clone();
                    if v.is_null() {
                        let e = self.unbound_cell_error(f, i as usize);
                        break 'ops e;
                    }
                    push!(f, v);
                }
                Instr::StoreDeref(i) => {
                    let v = pop!(f);
                    let old = std::mem::replace(&mut *f.cells[i as usize].0.borrow_mut(), v);
                    drop(old);
                    self.process_pending();
                }
                Instr::DeleteDeref(i) => {
                    let old =
                        std::mem::replace(&mut *f.cells[i as usize].0.borrow_mut(), Value::Null);
                    if old.is_null() {
                        let e = self.unbound_cell_error(f, i as usize);
                        break 'ops e;
                    }
                    drop(old);
                    self.process_pending();
                }
                Instr::LoadClosure(i) => {
                    let c = f.cells[i as usize].clone();
                    push!(f, Value::Cell(c));
                }
                Instr::LoadClassDeref(packed) => {
                    let (ci, ni) = ((packed >> 16) as usize, (packed & 0xffff) as usize);
                    let name = f.code.names[ni].clone();
                    let v = f.names.as_ref().and_then(|n| n.get_str(&name));
                    match v {
                        Some(v) => f.stack.push(v),
                        None => {
                            let v = f.cells[ci].0.borrow().clone();
                            if v.is_null() {
                                let e = self.unbound_cell_error(f, ci);
                                break 'ops e;
                            }
                            push!(f, v);
                        }
                    }
                }
                Instr::LoadGlobal(i) => {
                    let v = match self.cached_global(f, i as usize) {
                        Some(v) => v,
                        None => {
                            let name = f.code.names[i as usize].clone();
                            break 'ops self.name_error_in(f, &name);
                        }
                    };
                    push!(f, v);
                }
                Instr::StoreGlobal(i) => {
                    let v = pop!(f);
                    let name = f.code.names[i as usize].clone();
                    f.globals.set_str(name, v);
                    self.process_pending();
                }
                Instr::DeleteGlobal(i) => {
                    let name = f.code.names[i as usize].clone();
                    let r = f.globals.0.borrow_mut().remove(&Value::Str(name.clone()));
                    if !matches!(r, Ok(Some(_))) {
                        break 'ops self.name_error_in(f, &name);
                    }
                    drop(r);
                    self.process_pending();
                }
                Instr::LoadName(i) => {
                    let name = &f.code.names[i as usize];
                    let local = f.names.as_ref().and_then(|n| n.get_str(name));
                    let v = match local {
                        Some(v) => v,
                        None => match f.globals.get_str(name) {
                            Some(v) => v,
                            None => match self.builtin_for(&f.globals, name) {
                                Some(v) => v,
                                None => {
                                    let name = name.clone();
                                    break 'ops self.name_error_in(f, &name);
                                }
                            },
                        },
                    };
                    push!(f, v);
                }
                Instr::StoreName(i) => {
                    let v = pop!(f);
                    let name = f.code.names[i as usize].clone();
                    match &f.names {
                        Some(n) => n.set_str(name, v),
                        None => f.globals.set_str(name, v),
                    }
                    self.process_pending();
                }
                Instr::DeleteName(i) => {
                    let name = f.code.names[i as usize].clone();
                    let ns = f.names.clone().unwrap_or_else(|| f.globals.clone());
                    let r = ns.0.borrow_mut().remove(&Value::Str(name.clone()));
                    if !matches!(r, Ok(Some(_))) {
                        break 'ops self.name_error_in(f, &name);
                    }
                    drop(r);
                    self.process_pending();
                }
                Instr::LoadNameMapping(i) => {
                    let v = tri!('ops, self.load_name_mapping(f, i));
                    push!(f, v);
                }
                Instr::StoreNameMapping(i) => {
                    let v = pop!(f);
                    tri!('ops, self.store_name_mapping(f, i, Some(v)));
                    self.process_pending();
                }
                Instr::DeleteNameMapping(i) => {
                    tri!('ops, self.store_name_mapping(f, i, None));
                    self.process_pending();
                }
                Instr::LoadAttr(i) => {
                    let obj = pop!(f);
                    let code = &f.code;
                    let v = tri!('ops, self.load_attr(&obj, &code.names[i as usize], &code.attr_caches[i as usize]));
                    push!(f, v);
                }
                Instr::StoreAttr(i) => {
                    let obj = pop!(f);
                    let v = pop!(f);
                    let code = &f.code;
                    tri!('ops, self.store_attr(&obj, &code.names[i as usize], v, &code.attr_caches[i as usize]));
                    self.process_pending();
                }
                Instr::DeleteAttr(i) => {
                    let obj = pop!(f);
                    let name = f.code.names[i as usize].clone();
                    tri!('ops, self.delattr(&obj, &name));
                    self.process_pending();
                }
                Instr::LoadMethod(i) => {
                    if let Some(Value::Generator(g)) = f.stack.last() {
                        if !g.code.flags.coroutine {
                            let name = &f.code.names[i as usize];
                            if let Some((_, m)) =
                                self.gen_methods.iter().find(|(n, _)| Rc::ptr_eq(n, name))
                            {
                                // [gen] -> [method, gen]
                                let m = m.clone();
                                let len = f.stack.len();
                                push!(f, m);
                                f.stack.swap(len - 1, len);
                                continue;
                            }
                        }
                    }
                    let obj = pop!(f);
                    let (m, recv) = tri!('ops, self.load_method(obj, &f.code.names[i as usize], &f.code.attr_caches[i as usize]));
                    push!(f, m);
                    push!(f, recv);
                }
                Instr::CallMethod(n) => {
                    let n = n as usize;
                    let self_pos = f.stack.len() - n - 1;
                    if f.stack[self_pos].is_null() {
                        f.stack.remove(self_pos);
                        tri!('ops, self.call_in_loop(f, n, None));
                    } else {
                        // Generator resumption stays on the frame stack.
                        let fast = match (&f.stack[self_pos - 1], &f.stack[self_pos]) {
                            (Value::Builtin(b), Value::Generator(_)) => b.fast,
                            _ => FastPath::None,
                        };
                        if fast == FastPath::GenSend || fast == FastPath::GenNext {
                            {
                                let sent = match (fast, n) {
                                    (FastPath::GenNext, 0) => Some(Value::None),
                                    (FastPath::GenSend, 1) => Some(pop!(f)),
                                    _ => None,
                                };
                                if let Some(sent) = sent {
                                    let g = match std::mem::take(&mut f.stack[self_pos]) {
                                        Value::Generator(g) => g,
                                        _ => unreachable!("checked above"),
                                    };
                                    f.stack.truncate(self_pos - 1);
                                    tri!('ops, self.resume_in_loop(f, g, Resume::Send(sent), RetMode::GenSend));
                                    continue;
                                }
                            }
                        }
                        tri!('ops, self.call_in_loop(f, n + 1, None));
                    }
                }
                Instr::Call(n) => {
                    // next(gen): resume right here.
                    let len = f.stack.len();
                    if n == 1 {
                        if let (Value::Builtin(b), Value::Generator(_)) =
                            (&f.stack[len - 2], &f.stack[len - 1])
                        {
                            if b.fast == FastPath::Next {
                                let Value::Generator(g) = pop!(f) else {
                                    unreachable!("checked above")
                                };
                                drop(pop!(f));
                                tri!('ops, self.resume_in_loop(f, g, Resume::Send(Value::None), RetMode::GenSend));
                                continue;
                            }
                        }
                    }
                    tri!('ops, self.call_in_loop(f, n as usize, None));
                }
                Instr::CallKw(n) => {
                    let names = pop!(f);
                    tri!('ops, self.call_in_loop(f, n as usize, Some(names)));
                }
                Instr::CallEx => {
                    let kwargs = pop!(f);
                    let args = pop!(f);
                    let func = pop!(f);
                    let args = match args {
                        Value::Tuple(t) => t,
                        other => {
                            let items = tri!('ops, self.collect_presized(&other).map_err(|e| {
                                // Only "not iterable" is reworded: an error
                                // raised while iterating stays as it is.
                                if !self.is_not_iterable_error(&e, &other) {
                                    return e;
                                }
                                PyErr::type_error(format!(
                                    "{} argument after * must be an iterable, not {}",
                                    self.callable_name(&func),
                                    self.type_name(&other)
                                ))
                            }));
                            crate::gc::new_tuple(items.into_boxed_slice())
                        }
                    };
                    let mut names = Vec::new();
                    let n = args.0.len();
                    push!(f, func);
                    f.stack.extend(args.0.iter().cloned());
                    if let Value::Dict(d) = &kwargs {
                        for e in d.0.borrow().iter() {
                            // A str subclass key names its text; any other
                            // key is an error, never silently dropped.
                            let name = match &e.key {
                                k @ Value::Str(_) => k.clone(),
                                k => match crate::object::base_value(k) {
                                    Some(s @ Value::Str(_)) => s,
                                    _ => {
                                        f.stack.truncate(f.stack.len() - names.len() - n - 1);
                                        break 'ops PyErr::type_error("keywords must be strings");
                                    }
                                },
                            };
                            push!(f, e.value.clone());
                            names.push(name);
                        }
                    }
                    let kw = if names.is_empty() {
                        None
                    } else {
                        Some(Value::tuple(names))
                    };
                    let total = n + kw
                        .as_ref()
                        .map(|k| {
                            if let Value::Tuple(t) = k {
                                t.0.len()
                            } else {
                                0
                            }
                        })
                        .unwrap_or(0);
                    tri!('ops, self.call_in_loop(f, total, kw));
                }
                Instr::Subscr => {
                    let key = pop!(f);
                    let obj = pop!(f);
                    let v = match (&obj, &key) {
                        (Value::List(l), Value::Int(i)) => {
                            let l = l.0.borrow();
                            let idx = if *i < 0 { *i + l.len() as i64 } else { *i };
                            if idx < 0 || idx as usize >= l.len() {
                                break 'ops PyErr::new(
                                    ExcType::IndexError,
                                    "list index out of range",
                                );
                            }
                            l[idx as usize].clone()
                        }
                        (Value::Tuple(t), Value::Int(i))
                            if *i >= 0 && (*i as usize) < t.0.len() =>
                        {
                            t.0[*i as usize].clone()
                        }
                        _ => tri!('ops, self.getitem(&obj, &key)),
                    };
                    push!(f, v);
                }
                Instr::StoreSubscr => {
                    let key = pop!(f);
                    let obj = pop!(f);
                    let v = pop!(f);
                    tri!('ops, self.setitem(&obj, key, v));
                    self.process_pending();
                }
                Instr::DeleteSubscr => {
                    let key = pop!(f);
                    let obj = pop!(f);
                    tri!('ops, self.delitem(&obj, &key));
                    self.process_pending();
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { pop!(f) } else { Value::None };
                    let stop = pop!(f);
                    let start = pop!(f);
                    push!(
                        f,
                        Value::Slice(Rc::new(crate::value::PySlice { start, stop, step }))
                    );
                }
                Instr::Pop => {
                    if pop!(f).discard() && PENDING_FLAG.with(|p| p.get()) {
                        self.process_pending();
                    }
                }
                Instr::Swap(n) => {
                    let len = f.stack.len();
                    f.stack.swap(len - 1, len - n as usize);
                }
                Instr::Copy(n) => {
                    let v = f.stack[f.stack.len() - n as usize].clone();
                    push!(f, v);
                }
                Instr::Unary(op) => {
                    let v = pop!(f);
                    let r = match (op, &v) {
                        (UnaryOp::Not, _) => Value::Bool(!tri!('ops, self.truthy(&v))),
                        (UnaryOp::USub, Value::Int(i)) if *i != i64::MIN => Value::Int(-i),
                        _ => tri!('ops, self.unary_op(op, v)),
                    };
                    push!(f, r);
                }
                Instr::Binary(op) | Instr::Inplace(op) => {
                    let len = f.stack.len();
                    if let (Some(Value::Int(x)), Some(Value::Int(y))) =
                        (f.stack.get(len.wrapping_sub(2)), f.stack.last())
                    {
                        if let Some(r) = int_binop_fast(op, *x, *y) {
                            // Both slots hold ints (nothing to drop): the
                            // result overwrites the left operand in place.
                            // SAFETY: len >= 2 (both slots were just read).
                            unsafe {
                                f.stack.set_len(len - 1);
                                std::ptr::write(f.stack.as_mut_ptr().add(len - 2), Value::Int(r));
                            }
                            continue;
                        }
                    }
                    if matches!(instr, Instr::Binary(_))
                        && tri!('ops, self.enter_binary_dunder(f, op))
                    {
                        continue;
                    }
                    let b = pop!(f);
                    let a = pop!(f);
                    let r = match (op, &a, &b) {
                        (BinOp::Add, Value::Float(x), Value::Float(y)) => Value::Float(x + y),
                        (BinOp::Mult, Value::Float(x), Value::Float(y)) => Value::Float(x * y),
                        (BinOp::Sub, Value::Float(x), Value::Float(y)) => Value::Float(x - y),
                        _ => {
                            let inplace = matches!(instr, Instr::Inplace(_));
                            tri!('ops, self.binary_op(op, a, b, inplace))
                        }
                    };
                    push!(f, r);
                }
                Instr::Compare(op) => {
                    let len = f.stack.len();
                    let (fast, counted) = match (f.stack.get(len.wrapping_sub(2)), f.stack.last()) {
                        (Some(Value::Int(x)), Some(Value::Int(y))) => {
                            (int_compare_fast(op, *x, *y), false)
                        }
                        (Some(Value::Str(x)), Some(Value::Str(y))) => {
                            (str_compare_fast(op, x, y), true)
                        }
                        (Some(Value::Float(x)), Some(Value::Float(y))) => {
                            (float_compare_fast(op, *x, *y), false)
                        }
                        _ => (None, false),
                    };
                    let r = match fast {
                        Some(r) if counted => {
                            f.stack.truncate(len - 2);
                            r
                        }
                        Some(r) => {
                            // SAFETY: two ints or floats were just read:
                            // nothing to drop.
                            unsafe { f.stack.set_len(len - 2) };
                            r
                        }
                        None => {
                            if tri!('ops, self.enter_compare_dunder(f, op)) {
                                continue;
                            }
                            let b = pop!(f);
                            let a = pop!(f);
                            match op {
                                CmpOp::Is => a.is(&b),
                                CmpOp::IsNot => !a.is(&b),
                                _ => {
                                    let v = tri!('ops, self.compare(op, &a, &b));
                                    push!(f, v);
                                    continue;
                                }
                            }
                        }
                    };
                    // A conditional jump right after uses the result directly.
                    match f.code.instrs[f.ip as usize] {
                        Instr::PopJumpIfFalse(t) => {
                            f.ip = if r { f.ip + 1 } else { t };
                        }
                        Instr::PopJumpIfTrue(t) => {
                            f.ip = if r { t } else { f.ip + 1 };
                        }
                        _ => push!(f, Value::Bool(r)),
                    }
                }
                Instr::Jump(t) => f.ip = t,
                Instr::JumpBackward(t) => {
                    // The one check for Ctrl-C: loops pass here on every
                    // turn, straight-line code soon ends.
                    if crate::interrupt::REQUESTED.load(std::sync::atomic::Ordering::Relaxed) {
                        tri!('ops, crate::interrupt::check(self));
                    }
                    // A safe point too: a loop that makes containers
                    // without storing over old values (a comprehension of
                    // generators) must still let collections run.
                    self.process_pending();
                    f.ip = t;
                }
                Instr::PopJumpIfFalse(t) => {
                    let v = pop!(f);
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => {
                            let b = tri!('ops, self.truthy(&v));
                            v.discard();
                            b
                        }
                    };
                    if !b {
                        f.ip = t;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = pop!(f);
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => {
                            let b = tri!('ops, self.truthy(&v));
                            v.discard();
                            b
                        }
                    };
                    if b {
                        f.ip = t;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    let v = top!(f);
                    if !tri!('ops, self.truthy(&v)) {
                        f.ip = t;
                    } else {
                        f.stack.pop();
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    let v = top!(f);
                    if tri!('ops, self.truthy(&v)) {
                        f.ip = t;
                    } else {
                        f.stack.pop();
                    }
                }
                Instr::GetIter => {
                    let v = pop!(f);
                    let it = tri!('ops, self.get_iter(v));
                    push!(f, it);
                }
                Instr::ForIter(target) => {
                    let fast = match f.stack.last() {
                        Some(Value::Iterator(ni)) => match &mut *ni.state.borrow_mut() {
                            IterState::Range { next, stop, step } => {
                                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                                    let v = *next;
                                    *next += *step;
                                    Some(Some(Value::Int(v)))
                                } else {
                                    Some(None)
                                }
                            }
                            IterState::List(l, i) => {
                                let l = l.0.borrow();
                                if *i < l.len() {
                                    let v = l[*i].clone();
                                    *i += 1;
                                    Some(Some(v))
                                } else {
                                    Some(None)
                                }
                            }
                            _ => None,
                        },
                        _ => None,
                    };
                    match fast {
                        Some(Some(v)) => {
                            push!(f, v);
                            continue;
                        }
                        Some(None) => {
                            f.stack.pop();
                            f.ip = target;
                            continue;
                        }
                        None => {}
                    }
                    if let Some(Value::Generator(g)) = f.stack.last() {
                        let g = g.clone();
                        if g.state.get() == GenState::Finished {
                            f.stack.pop();
                            f.ip = target;
                        } else {
                            tri!('ops, self.resume_in_loop(f, g, Resume::Send(Value::None), RetMode::GenForIter));
                        }
                        continue;
                    }
                    let it = top!(f);
                    match tri!('ops, self.iter_next(&it)) {
                        Some(v) => push!(f, v),
                        None => {
                            f.stack.pop();
                            f.ip = target;
                        }
                    }
                }
                Instr::BuildTuple(n) => {
                    let items = crate::value::PyTuple::items_from_stack(&mut f.stack, n as usize);
                    push!(f, Value::Tuple(crate::gc::new_tuple(items)));
                }
                Instr::BuildList(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    push!(f, Value::list(items));
                }
                Instr::BuildMap(n) => {
                    let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                    let d = crate::dict::PyDict::new();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        tri!('ops, self.dict_set(&d, k, v));
                    }
                    push!(f, Value::Dict(crate::gc::track_dict(d)));
                }
                Instr::BuildSet(n) => {
                    use crate::code::{CONST_FROZENSET, CONST_SET};
                    let count = (n & !(CONST_SET | CONST_FROZENSET)) as usize;
                    let items = f.stack.split_off(f.stack.len() - count);
                    let s = if n & CONST_SET != 0 {
                        tri!('ops, self.new_folded_set(items, n & CONST_FROZENSET != 0))
                    } else {
                        tri!('ops, self.new_set(items))
                    };
                    push!(f, s);
                }
                Instr::BuildString(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let mut s = String::new();
                    for it in &items {
                        if let Value::Str(p) = it {
                            s.push_str(p.as_str());
                        }
                    }
                    push!(f, Value::string(s));
                }
                Instr::ListAppend(n) => {
                    let v = pop!(f);
                    let pos = f.stack.len() - n as usize;
                    if let Value::List(l) = &f.stack[pos] {
                        l.0.borrow_mut().push(v);
                    }
                }
                Instr::SetAdd(n) => {
                    let v = pop!(f);
                    let pos = f.stack.len() - n as usize;
                    let s = f.stack[pos].clone();
                    tri!('ops, self.set_add(&s, v));
                }
                Instr::MapAdd(n) => {
                    let v = pop!(f);
                    let k = pop!(f);
                    let pos = f.stack.len() - n as usize;
                    if let Value::Dict(d) = f.stack[pos].clone() {
                        tri!('ops, self.dict_set(&d, k, v));
                    }
                }
                Instr::ListExtend => {
                    let it = pop!(f);
                    let items = match self.collect_presized(&it) {
                        Ok(items) => items,
                        Err(e) => break 'ops self.star_error(e, &it),
                    };
                    if let Some(Value::List(l)) = f.stack.last() {
                        l.0.borrow_mut().extend(items);
                    }
                }
                Instr::SetUpdate => {
                    let it = pop!(f);
                    let items = tri!('ops, self.collect(&it));
                    let s = top!(f);
                    for v in items {
                        tri!('ops, self.set_add(&s, v));
                    }
                }
                Instr::DictUpdate | Instr::DictMerge => {
                    let m = pop!(f);
                    let d = top!(f);
                    let Value::Dict(d) = d else {
                        unreachable!("dict under DictUpdate")
                    };
                    let merge = matches!(instr, Instr::DictMerge);
                    let pairs = match self.mapping_items(&m) {
                        Ok(p) => p,
                        Err(e) if merge => break 'ops self.double_star_error(e, f, &m),
                        Err(e) => break 'ops e,
                    };
                    for (k, v) in pairs {
                        if merge && tri!('ops, d.get(&k)).is_some() {
                            break 'ops self.repeated_keyword(f, &k);
                        }
                        tri!('ops, d.set(k, v));
                    }
                }
                Instr::ListToTuple => {
                    let l = pop!(f);
                    let Value::List(l) = l else {
                        unreachable!("list under ListToTuple")
                    };
                    let items = std::mem::take(&mut *l.0.borrow_mut());
                    push!(f, Value::tuple(items));
                }
                Instr::UnpackSequence(n) => {
                    let v = pop!(f);
                    let n = n as usize;
                    match &v {
                        Value::Tuple(t) if t.0.len() == n => {
                            f.stack.extend(t.0.iter().rev().cloned());
                        }
                        Value::List(l) if l.0.borrow().len() == n => {
                            f.stack.extend(l.0.borrow().iter().rev().cloned());
                        }
                        _ => {
                            let items = tri!('ops, self.unpack(&v, n));
                            f.stack.extend(items.into_iter().rev());
                        }
                    }
                }
                Instr::UnpackEx(packed) => {
                    let before = (packed >> 16) as usize;
                    let after = (packed & 0xffff) as usize;
                    let v = pop!(f);
                    // CPython lists the *iterator* (its length hint, not
                    // the object's `__len__`, presizes the list).
                    let it = tri!('ops, self.get_iter(v.clone()).map_err(|e| {
                        if e.builtin_type() != Some(ExcType::TypeError) {
                            return e;
                        }
                        PyErr::type_error(format!(
                            "cannot unpack non-iterable {} object",
                            self.type_name(&v)
                        ))
                    }));
                    let items = tri!('ops, self.collect_presized(&it));
                    if items.len() < before + after {
                        break 'ops PyErr::value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        ));
                    }
                    let mid_end = items.len() - after;
                    let mut out: Vec<Value> = Vec::with_capacity(before + after + 1);
                    out.extend(items[..before].iter().cloned());
                    out.push(Value::list(items[before..mid_end].to_vec()));
                    out.extend(items[mid_end..].iter().cloned());
                    f.stack.extend(out.into_iter().rev());
                }
                Instr::FormatValue(flags) => {
                    let spec = if flags & 0x10 != 0 {
                        Some(pop!(f))
                    } else {
                        None
                    };
                    let v = pop!(f);
                    let v = match flags & 3 {
                        1 => Value::string(tri!('ops, self.str_of(&v))),
                        2 => Value::string(tri!('ops, self.repr(&v))),
                        3 => Value::string(crate::format::ascii_escape(&tri!('ops, self.repr(&v)))),
                        _ => v,
                    };
                    let spec_str = match &spec {
                        Some(Value::Str(s)) => s.as_str().to_string(),
                        _ => String::new(),
                    };
                    let s = match (&v, spec_str.is_empty()) {
                        (Value::Str(_), true) => v,
                        _ => Value::string(tri!('ops, self.format(&v, &spec_str))),
                    };
                    push!(f, s);
                }
                Instr::MakeFunction(flags) => {
                    let code = pop!(f);
                    let Value::Code(code) = code else {
                        unreachable!("code under MakeFunction")
                    };
                    let closure = if flags & 4 != 0 {
                        match pop!(f) {
                            Value::Tuple(t) => {
                                t.0.iter()
                                    .filter_map(|c| {
                                        if let Value::Cell(c) = c {
                                            Some(c.clone())
                                        } else {
                                            None
                                        }
                                    })
                                    .collect()
                            }
                            _ => Box::default(),
                        }
                    } else {
                        Box::default()
                    };
                    let annotations = if flags & 8 != 0 { pop!(f) } else { Value::Null };
                    let kwdefaults = if flags & 2 != 0 {
                        match pop!(f) {
                            Value::Dict(d) => Some(d),
                            _ => None,
                        }
                    } else {
                        None
                    };
                    let defaults = if flags & 1 != 0 {
                        match pop!(f) {
                            Value::Tuple(t) => t.0.clone(),
                            _ => Box::default(),
                        }
                    } else {
                        Box::default()
                    };
                    let func =
                        Function::new(code, f.globals.clone(), defaults, kwdefaults, closure);
                    if !annotations.is_null() {
                        *func.annotations.borrow_mut() = annotations;
                    }
                    push!(f, Value::Function(crate::gc::new_function(func)));
                }
                Instr::LoadBuildClass => {
                    let v = self
                        .builtins
                        .get_str(&crate::str::intern_static("__build_class__"))
                        .unwrap_or_default();
                    push!(f, v);
                }
                Instr::ReturnValue => {
                    let v = pop!(f);
                    match self.do_return(f, v, base) {
                        Ok(Some(exit)) => return Ok(exit),
                        Ok(None) => {}
                        Err(e) => break 'ops e,
                    }
                }
                Instr::YieldValue => {
                    let v = pop!(f);
                    if let Some(exit) = self.do_yield(f, v, base) {
                        return Ok(exit);
                    }
                }
                Instr::GetYieldFromIter => {
                    let v = pop!(f);
                    let it = match &v {
                        Value::Generator(g) if g.code.flags.coroutine && !f.code.flags.coroutine => {
                            break 'ops PyErr::type_error(
                                "cannot 'yield from' a coroutine object in a non-coroutine generator",
                            )
                        }
                        Value::Generator(_) => v,
                        _ => tri!('ops, self.get_iter(v)),
                    };
                    push!(f, it);
                }
                Instr::GetAwaitable(source) => {
                    let v = pop!(f);
                    let it = if source == 0 {
                        tri!('ops, self.get_awaitable(v))
                    } else {
                        tri!('ops, self.get_awaitable_from(v, source))
                    };
                    push!(f, it);
                }
                Instr::YieldFrom => {
                    let sent = pop!(f);
                    let sub = top!(f);
                    match &sub {
                        Value::Generator(g) => {
                            let g = g.clone();
                            if g.state.get() == GenState::Finished && sent.is_none() {
                                f.stack.pop();
                                push!(f, Value::None);
                            } else {
                                tri!('ops, self.resume_in_loop(f, g, Resume::Send(sent), RetMode::GenYieldFrom));
                            }
                        }
                        _ => {
                            let r = if sent.is_none() {
                                self.iter_next_or_return(&sub)
                            } else if let Some(v) = thrown_value(&sent) {
                                Ok(Ok(v))
                            } else {
                                self.call_method_native(&sub, "send", vec![sent])
                                    .map(Ok)
                                    .or_else(|e| self.stop_iteration_value(e).map(Err))
                            };
                            match tri!('ops, r) {
                                Ok(v) => {
                                    // Yield the value up; come back to this instruction.
                                    f.ip -= 1;
                                    if let Some(exit) = self.do_yield(f, v, base) {
                                        return Ok(exit);
                                    }
                                }
                                Err(ret) => {
                                    f.stack.pop();
                                    push!(f, ret);
                                }
                            }
                        }
                    }
                }
                Instr::Raise(n) => {
                    let e = match n {
                        0 => match &self.exc_info {
                            Value::Instance(i) => {
                                let i = i.clone();
                                return Err((PyErr::Raised(i), true));
                            }
                            _ => {
                                PyErr::new(ExcType::RuntimeError, "No active exception to reraise")
                            }
                        },
                        1 => {
                            let exc = pop!(f);
                            tri!('ops, self.make_raisable(exc))
                        }
                        _ => {
                            let cause = pop!(f);
                            let exc = pop!(f);
                            let exc = tri!('ops, self.make_raisable(exc));
                            let inst = self.materialize(exc);
                            let cause = match cause {
                                Value::None => Value::None,
                                c => {
                                    let ok = match &c {
                                        Value::Instance(i) => i.exc.is_some(),
                                        Value::Class(k) => k.exc_type.is_some(),
                                        _ => false,
                                    };
                                    if !ok {
                                        break 'ops PyErr::type_error(
                                            "exception causes must derive from BaseException",
                                        );
                                    }
                                    let e = tri!('ops, self.make_raisable(c));
                                    Value::Instance(self.materialize(e))
                                }
                            };
                            *inst.exc().cause.borrow_mut() = cause;
                            inst.exc().suppress_context.set(true);
                            PyErr::Raised(inst)
                        }
                    };
                    if let PyErr::Raised(i) = &e {
                        self.chain_context(i);
                    }
                    break 'ops e;
                }
                Instr::Reraise => {
                    let exc = pop!(f);
                    if let Value::Instance(i) = exc {
                        return Err((PyErr::Raised(i), true));
                    }
                }
                Instr::PushExcInfo => {
                    let exc = pop!(f);
                    let prev = std::mem::replace(&mut self.exc_info, exc.clone());
                    push!(f, prev);
                    push!(f, exc);
                    f.exc_depth += 1;
                }
                Instr::PopExcept => {
                    let prev = pop!(f);
                    f.exc_depth = f.exc_depth.saturating_sub(1);
                    self.exc_info = Self::restored_exc_info(f, prev);
                }
                Instr::PopExceptReraise => {
                    let exc = pop!(f);
                    let prev = pop!(f);
                    f.exc_depth = f.exc_depth.saturating_sub(1);
                    self.exc_info = Self::restored_exc_info(f, prev);
                    if let Value::Instance(i) = exc {
                        return Err((PyErr::Raised(i), true));
                    }
                }
                Instr::ExcStarMatch => {
                    let typ = pop!(f);
                    let raised = pop!(f);
                    let rest = pop!(f);
                    let (matched, rest) =
                        tri!('ops, crate::exception_group::star_match(self, &rest, &typ));
                    let any = !matched.is_none();
                    push!(f, rest);
                    push!(f, raised);
                    push!(f, matched);
                    push!(f, Value::Bool(any));
                }
                Instr::ExcStarReraise => {
                    let raised = pop!(f);
                    let rest = pop!(f);
                    let orig = pop!(f);
                    let mut all = match &raised {
                        Value::List(l) => l.0.borrow().clone(),
                        _ => Vec::new(),
                    };
                    all.push(rest);
                    let exc =
                        tri!('ops, crate::exception_group::prep_reraise_star(self, &orig, &all));
                    if let Value::Instance(i) = exc {
                        return Err((PyErr::Raised(i), true));
                    }
                }
                Instr::CheckExcMatch => {
                    let typ = pop!(f);
                    let exc = top!(f);
                    let m = tri!('ops, self.exception_matches(&exc, &typ));
                    push!(f, Value::Bool(m));
                }
                Instr::BeforeWith => {
                    let mgr = pop!(f);
                    let (exit, enter) = tri!('ops, self.before_with(&mgr));
                    push!(f, exit);
                    push!(f, enter);
                }
                Instr::WithExitNormal => {
                    let exit = pop!(f);
                    tri!('ops, self.call(&exit, vec![Value::None, Value::None, Value::None]));
                }
                Instr::WithExceptStart => {
                    let exc = top!(f);
                    let exit = f.stack[f.stack.len() - 3].clone();
                    let typ = Value::Class(self.class_of(&exc));
                    let tb = match &exc {
                        Value::Instance(i) => self.traceback_of(i),
                        _ => Value::None,
                    };
                    let r = tri!('ops, self.call(&exit, vec![typ, exc, tb]));
                    push!(f, r);
                }
                Instr::BeforeAsyncWith => {
                    let mgr = pop!(f);
                    let (exit, enter) = tri!('ops, self.before_async_with(mgr));
                    push!(f, exit);
                    push!(f, enter);
                }
                Instr::AsyncWithExit => {
                    let exit = pop!(f);
                    let r =
                        tri!('ops, self.call(&exit, vec![Value::None, Value::None, Value::None]));
                    push!(f, r);
                }
                Instr::GetAIter => {
                    let v = pop!(f);
                    let it =
                        tri!('ops, self.async_protocol(&v, "__aiter__", "async for", "__aiter__"));
                    tri!('ops, self.check_async_iterator(&it));
                    push!(f, it);
                }
                Instr::GetANext => {
                    let it = top!(f);
                    let next =
                        tri!('ops, self.async_protocol(&it, "__anext__", "async for", "__anext__"));
                    push!(f, next);
                }
                Instr::AsyncGenWrap => {
                    let v = pop!(f);
                    let w = tri!('ops, self.wrap_async_yield(v));
                    push!(f, w);
                }
                Instr::EndAsyncFor => {
                    let exc = pop!(f);
                    match exc {
                        Value::Instance(i)
                            if self.is_instance_of_exc(&i, ExcType::StopAsyncIteration) =>
                        {
                            pop!(f).discard();
                        }
                        Value::Instance(i) => return Err((PyErr::Raised(i), true)),
                        _ => {}
                    }
                }
                Instr::ImportName(i) => {
                    let fromlist = pop!(f);
                    let level = pop!(f);
                    let name = f.code.names[i as usize].clone();
                    let globals = f.globals.clone();
                    let m =
                        tri!('ops, self.import_name(name.as_str(), &fromlist, &level, &globals));
                    push!(f, m);
                }
                Instr::ImportFrom(i) => {
                    let m = top!(f);
                    let name = f.code.names[i as usize].clone();
                    let v = tri!('ops, self.import_from(&m, &name));
                    push!(f, v);
                }
                Instr::ImportStar => {
                    let m = pop!(f);
                    let ns = f.names.clone().unwrap_or_else(|| f.globals.clone());
                    tri!('ops, self.import_star(&m, &ns));
                }
                Instr::LoadAssertionError => {
                    f.stack
                        .push(Value::Class(self.exc_class(ExcType::AssertionError)));
                }
                Instr::PrintExpr => {
                    let v = pop!(f);
                    tri!('ops, self.display_value(v));
                }
                Instr::SetupAnnotations => {
                    let key = crate::str::intern_static("__annotations__");
                    let ns = f.names.clone().unwrap_or_else(|| f.globals.clone());
                    if !tri!('ops, self.setup_annotations_mapping(f)) && ns.get_str(&key).is_none()
                    {
                        ns.set_str(key, Value::Dict(crate::gc::new_dict()));
                    }
                }
                Instr::Match(op) => {
                    tri!('ops, self.match_op(&mut f.stack, op));
                }
                Instr::Unsupported(_) => {
                    break 'ops PyErr::new(ExcType::SystemError, "unsupported instruction");
                }
            }
        };
        Err((err, false))
    }

    /// A global or builtin by name, through the instruction's cache.
    #[inline]
    fn cached_global(&self, f: &Frame, i: usize) -> Option<Value> {
        let cache = &f.code.global_cache[i];
        let c = cache.get();
        let g = f.globals.0.borrow();
        if c.globals_version == g.version() && c.globals_version != 0 {
            if c.builtins_version == 0 {
                return Some(g.value_at(c.position as usize));
            }
            let b = self.builtins.0.borrow();
            if c.builtins_version == b.version() {
                return Some(b.value_at(c.position as usize));
            }
        }
        let name = &f.code.names[i];
        if let Some(p) = g.str_position(name) {
            cache.set(crate::code::GlobalCache {
                globals_version: g.version(),
                builtins_version: 0,
                position: p as u32,
            });
            return Some(g.value_at(p));
        }
        if let Some(p) = g.str_position(&self.builtins_key) {
            if let Some(own) = self.custom_builtins(&g.value_at(p)) {
                // Not cached: the cache knows only the VM's builtins.
                drop(g);
                return self.lookup_custom_builtin(&own, name);
            }
        }
        let b = self.builtins.0.borrow();
        let p = b.str_position(name)?;
        cache.set(crate::code::GlobalCache {
            globals_version: g.version(),
            builtins_version: b.version(),
            position: p as u32,
        });
        Some(b.value_at(p))
    }

    /// A globals' `__builtins__` when it is not the VM's own: a dict or a
    /// module (its dict) given to `exec`/`eval`.
    #[cold]
    fn custom_builtins(&self, b: &Value) -> Option<Value> {
        match b {
            Value::Dict(d) if Rc::ptr_eq(d, &self.builtins) => None,
            Value::Module(m) if Rc::ptr_eq(&m.dict, &self.builtins) => None,
            Value::Module(m) => Some(Value::Dict(m.dict.clone())),
            Value::Dict(_) => Some(b.clone()),
            _ => None,
        }
    }

    #[cold]
    fn lookup_custom_builtin(&self, b: &Value, name: &Rc<crate::str::PyStr>) -> Option<Value> {
        match b {
            Value::Dict(d) => d.get_str(name),
            _ => None,
        }
    }

    /// The builtin `name` as code running with `globals` sees it.
    pub(crate) fn builtin_for(
        &self,
        globals: &crate::dict::PyDict,
        name: &Rc<crate::str::PyStr>,
    ) -> Option<Value> {
        if let Some(b) = globals.get_str(&self.builtins_key) {
            if let Some(own) = self.custom_builtins(&b) {
                return self.lookup_custom_builtin(&own, name);
            }
        }
        self.builtins.get_str(name)
    }

    fn unbound_cell_error(&self, f: &Frame, i: usize) -> PyErr {
        let ncell = f.code.cellvars.len();
        if i < ncell {
            unbound_local_error(f.code.cellvars[i].as_str())
        } else {
            let name = f
                .code
                .freevars
                .get(i - ncell)
                .map(|s| s.as_str())
                .unwrap_or("?");
            PyErr::new(
                ExcType::NameError,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    /// Frame `f` returns `v`. Ok(Some): the loop exits (the entry frame
    /// returned, still in `f`). Err: raise in the caller, now `f`.
    fn do_return(&mut self, f: &mut Box<Frame>, v: Value, base: usize) -> PyResult<Option<Exit>> {
        self.depth -= 1;
        let mode = f.ret;
        if mode.is_gen() {
            self.finish_generator(f);
        }
        if matches!(mode, RetMode::Native | RetMode::GenNative) || self.frames.len() <= base {
            return Ok(Some(Exit::Return(v)));
        }
        let parent = self.frames.pop().expect("caller frame");
        let done = std::mem::replace(f, parent);
        self.release_frame(done);
        match mode {
            RetMode::Call => f.stack.push(v),
            RetMode::Operator => self.finish_operator_method(f, v)?,
            RetMode::Init => {
                if !v.is_none() {
                    return Err(PyErr::type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&v)
                    )));
                }
            }
            RetMode::GenForIter => {
                f.stack.pop();
                if let Instr::ForIter(t) = f.code.instrs[f.ip as usize - 1] {
                    f.ip = t;
                }
            }
            RetMode::GenSend => return Err(stop_iteration(v)),
            RetMode::GenYieldFrom => {
                f.stack.pop();
                f.stack.push(v);
            }
            RetMode::Native | RetMode::GenNative => unreachable!("handled above"),
        }
        if PENDING_FLAG.with(|p| p.get()) {
            self.process_pending();
        }
        Ok(None)
    }

    /// Generator frame `f` yields `v`: it goes back into its generator and
    /// the caller continues. Returns Some when the loop must exit (the
    /// entry generator frame, still in `f`, yielded).
    fn do_yield(&mut self, f: &mut Box<Frame>, v: Value, base: usize) -> Option<Exit> {
        loop {
            self.depth -= 1;
            let mode = f.ret;
            // The generator keeps its own handled exception while suspended.
            let own = if f.exc_depth > 0 {
                self.exc_info.clone()
            } else {
                Value::Null
            };
            let caller = std::mem::replace(&mut f.saved_exc, own);
            let caller = if caller.is_null() {
                Value::None
            } else {
                caller
            };
            std::mem::replace(&mut self.exc_info, caller).discard();
            if let Some(g) = &f.owner {
                g.state.set(GenState::Suspended);
            }
            if mode == RetMode::GenNative || self.frames.len() <= base {
                return Some(Exit::Yield(v));
            }
            let g = f
                .owner
                .take()
                .expect("a yielding frame belongs to a generator");
            let parent = self.frames.pop().expect("caller frame");
            let suspended = std::mem::replace(f, parent);
            g.keep(suspended);
            drop(g);
            match mode {
                RetMode::GenForIter | RetMode::GenSend => {
                    push!(f, v);
                    if PENDING_FLAG.with(|p| p.get()) {
                        self.process_pending();
                    }
                    return None;
                }
                RetMode::GenYieldFrom => {
                    // The delegating generator yields the same value and
                    // comes back to its YieldFrom when resumed.
                    f.ip -= 1;
                    continue;
                }
                _ => unreachable!("call frames do not yield"),
            }
        }
    }

    /// Resumes generator `g` on top of `f` (stackless): `f` becomes its
    /// frame. For a finished or running generator raises instead.
    pub(crate) fn resume_in_loop(
        &mut self,
        f: &mut Box<Frame>,
        g: Rc<Generator>,
        action: Resume,
        mode: RetMode,
    ) -> PyResult<()> {
        let gf = self.take_gen_frame(g, &action)?;
        let Some(mut gf) = gf else {
            // Finished: next/send raise StopIteration, ForIter ends.
            return match mode {
                RetMode::GenForIter => {
                    f.stack.pop();
                    if let Instr::ForIter(t) = f.code.instrs[f.ip as usize - 1] {
                        f.ip = t;
                    }
                    Ok(())
                }
                _ => match action {
                    Resume::Throw(e) => Err(e),
                    _ => Err(PyErr::with_args(ExcType::StopIteration, vec![])),
                },
            };
        };
        if self.depth >= self.recursion_limit {
            self.suspend_unrun(gf);
            return Err(self.recursion_error());
        }
        self.depth += 1;
        gf.ret = mode;
        let parent = std::mem::replace(f, gf);
        self.frames.push(parent);
        match action {
            Resume::Send(v) => {
                if f.started {
                    push!(f, v);
                } else {
                    v.discard();
                }
                f.started = true;
                Ok(())
            }
            Resume::Throw(e) => {
                f.started = true;
                self.throw_into(f, e)
            }
        }
    }

    /// Checks a generator can run and takes its frame, switching the
    /// handled-exception state. `Ok(None)`: the generator is finished.
    pub(crate) fn take_gen_frame(
        &mut self,
        g: Rc<Generator>,
        action: &Resume,
    ) -> PyResult<Option<Box<Frame>>> {
        match g.state.get() {
            GenState::Running => {
                return Err(PyErr::value_error(format!(
                    "{} already executing",
                    g.kind_name()
                )));
            }
            GenState::Finished => {
                if g.code.flags.coroutine {
                    return Err(PyErr::new(
                        ExcType::RuntimeError,
                        "cannot reuse already awaited coroutine",
                    ));
                }
                return Ok(None);
            }
            GenState::Created => {
                if let Resume::Send(v) = action {
                    if !v.is_none() {
                        return Err(PyErr::type_error(format!(
                            "can't send non-None value to a just-started {}",
                            g.kind_name()
                        )));
                    }
                }
            }
            GenState::Suspended => {}
        }
        let Some(mut gf) = self.unpack_frame(&g) else {
            return Ok(None);
        };
        g.state.set(GenState::Running);
        gf.owner = Some(g);
        let own = std::mem::replace(&mut gf.saved_exc, Value::Null);
        let caller = if own.is_null() {
            self.exc_info.clone()
        } else {
            std::mem::replace(&mut self.exc_info, own)
        };
        std::mem::replace(&mut gf.saved_exc, caller).discard();
        Ok(Some(gf))
    }
}

// Errors worded after the instruction that failed; out of line so that
// the dispatch loop stays small.
impl Vm {
    /// `[*x]`, `f(a, *x)` with x not iterable: CPython's LIST_EXTEND wording.
    #[cold]
    #[inline(never)]
    fn star_error(&self, e: PyErr, it: &Value) -> PyErr {
        match e {
            PyErr::New(b)
                if b.0 == ExcType::TypeError && b.1.ends_with("object is not iterable") =>
            {
                PyErr::type_error(format!(
                    "Value after * must be an iterable, not {}",
                    self.type_name(it)
                ))
            }
            e => e,
        }
    }

    /// Whether `e` says `it` cannot be iterated at all (it has neither
    /// `__iter__` nor `__getitem__`), not that iterating it failed.
    #[cold]
    #[inline(never)]
    fn is_not_iterable_error(&self, e: &PyErr, it: &Value) -> bool {
        let not_iterable = match e {
            PyErr::New(b) => b.0 == ExcType::TypeError && b.1.ends_with("is not iterable"),
            _ => false,
        };
        not_iterable
            && match it {
                Value::Instance(i) => {
                    i.class
                        .lookup(&crate::str::intern_static("__iter__"))
                        .is_none()
                        && i.class
                            .lookup(&crate::str::intern_static("__getitem__"))
                            .is_none()
                }
                _ => true,
            }
    }

    /// `f(**x)` with x not a mapping; the stack is `[f, args, kwargs]`.
    #[cold]
    #[inline(never)]
    fn double_star_error(&self, e: PyErr, f: &Frame, m: &Value) -> PyErr {
        match e {
            PyErr::New(b) if b.0 == ExcType::TypeError && b.1.ends_with("is not a mapping") => {
                let func = &f.stack[f.stack.len() - 3];
                PyErr::type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    self.callable_name(func),
                    self.type_name(m)
                ))
            }
            e => e,
        }
    }

    /// A keyword given twice through `**`; the stack is `[f, args, kwargs]`.
    #[cold]
    #[inline(never)]
    fn repeated_keyword(&mut self, f: &Frame, key: &Value) -> PyErr {
        let key = self.str_of(key).unwrap_or_default();
        let func = f.stack[f.stack.len() - 3].clone();
        PyErr::type_error(format!(
            "{} got multiple values for keyword argument '{key}'",
            self.callable_name(&func)
        ))
    }
}

pub(crate) fn stop_iteration(v: Value) -> PyErr {
    if v.is_none() {
        PyErr::with_args(ExcType::StopIteration, vec![])
    } else {
        PyErr::with_args(ExcType::StopIteration, vec![v])
    }
}

#[allow(dead_code)]
fn unused(_: &Instance) {}

#[allow(dead_code)]
fn unused_ops() -> &'static str {
    ops::type_name(&Value::None)
}

/// A frame the exception finished gives its locals to the exception's
/// entry for it, for `tb.tb_frame.f_locals` (`frameobj.rs`). They move:
/// the frame is dead, and a pooled frame allocates its slots again.
#[cold]
fn capture_frame(exc: &Rc<Instance>, f: &mut Frame) {
    let mut tb = exc.exc().traceback.borrow_mut();
    if let Some(entry) = tb.last_mut() {
        if Rc::ptr_eq(&entry.code, &f.code)
            && matches!(entry.frame, crate::frameobj::TbFrame::Unknown)
        {
            // Python code has this frame's object: the traceback shares it
            // (it gets the locals when the frame is released).
            if let Some(o) = f.object() {
                entry.frame = crate::frameobj::TbFrame::Object(Value::Native(o));
                return;
            }
            entry.frame =
                crate::frameobj::TbFrame::Captured(Box::new(crate::frameobj::FrameCapture {
                    globals: f.globals.clone(),
                    names: f.names.clone(),
                    locals: std::mem::take(&mut f.locals),
                    cells: std::mem::take(&mut f.cells),
                }));
        }
    }
}

/// `UnboundLocalError` for a local (or cell) read or deleted before it was
/// assigned: off the dispatch loop's hot path.
#[cold]
fn unbound_local_error(name: &str) -> PyErr {
    PyErr::new(
        ExcType::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}
