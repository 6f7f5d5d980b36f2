//! Frame and traceback objects as Python code sees them (`sys._getframe`,
//! `e.__traceback__`, `gen.gi_frame`).
//!
//! The interpreter's own frames (`frame.rs`) are pooled, moved between the
//! frame stack and generators, and never handed to Python code. A frame
//! object is made only when Python asks for it, once per activation: the
//! frame's address maps to it (`FRAME_OBJECTS`) while the frame exists, and
//! the object reads line and locals from the frame itself. When the frame
//! ends, the VM detaches the object, which keeps the last line and the
//! locals, so it stays readable (as CPython's frame objects outlive their
//! frames). A call that never asks for its frame pays one thread-local
//! counter test when it ends.
//!
//! A traceback entry (`TbEntry`) records code, line and instruction while
//! unwinding; when the exception finishes a frame that has no object yet,
//! the frame's locals move into the entry (the frame is dead, nothing is
//! copied), so that `tb.tb_frame.f_locals` still shows them. Traceback
//! objects are views of those entries (one per entry, made when asked)
//! until Python code assigns `tb_next` or builds one (`TracebackType`).

use crate::class::{Class, Instance, TbEntry};
use crate::code::Code;
use crate::dict::PyDict;
use crate::error::{ExcType, PyErr, PyResult};
use crate::frame::Frame;
use crate::function::CellObj;
use crate::gc::{NativeData, Sink, Tracer};
use crate::native::{native_class, native_ref, NativeObject};
use crate::str::intern_static;
use crate::types::Kw;
use crate::value::Value;
use crate::Vm;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// The classes `frame` and `traceback`, made on first use.
pub struct IntrospectTypes {
    pub frame: Rc<Class>,
    pub traceback: Rc<Class>,
}

/// What a traceback entry keeps of a frame the exception finished.
pub struct FrameCapture {
    pub globals: Rc<PyDict>,
    pub names: Option<Rc<PyDict>>,
    pub locals: Vec<Value>,
    pub cells: Vec<Rc<CellObj>>,
}

/// A traceback entry's frame: nothing yet (the frame was alive when the
/// exception passed), its captured state, or the frame object made from it.
#[derive(Default)]
pub enum TbFrame {
    #[default]
    Unknown,
    Captured(Box<FrameCapture>),
    Object(Value),
}

impl Clone for TbFrame {
    /// A copied entry (`with_traceback`) shares the frame object, made now
    /// if needed: captured locals are moved, never duplicated.
    fn clone(&self) -> TbFrame {
        match self {
            TbFrame::Object(v) => TbFrame::Object(v.clone()),
            TbFrame::Captured(c) => TbFrame::Captured(Box::new(FrameCapture {
                globals: c.globals.clone(),
                names: c.names.clone(),
                locals: c.locals.clone(),
                cells: c.cells.clone(),
            })),
            TbFrame::Unknown => TbFrame::Unknown,
        }
    }
}

impl TbFrame {
    /// For the cycle collector: what the entry holds.
    pub fn trace(&self, t: &mut Tracer) {
        match self {
            TbFrame::Object(v) => t.value(v),
            TbFrame::Captured(c) => {
                c.locals.iter().for_each(|v| t.value(v));
                c.cells.iter().for_each(|x| t.rc(x));
                t.rc(&c.globals);
                if let Some(n) = &c.names {
                    t.rc(n);
                }
            }
            TbFrame::Unknown => {}
        }
    }
}

/// Where a frame object's `f_back` comes from.
enum Back {
    Known(Value),
    /// The frame of traceback entry `index` of the exception, made when
    /// asked (a deep traceback makes no frame objects it is not asked for).
    Traceback(Rc<Instance>, usize),
    /// A generator's frame: whatever frame resumed it, while it runs.
    Resumer,
}

/// What a frame object knows of its frame once that frame has ended (or
/// from the start, for one made from a traceback's captured state).
struct Ended {
    line: u32,
    lasti: i64,
    locals: Vec<Value>,
    cells: Vec<Rc<CellObj>>,
}

/// A frame object's data. While its interpreter frame runs (or a
/// generator holds it suspended) `live` points at that frame, which holds
/// this object in its `obj` slot: there is one object per activation, and
/// `f_lineno`/`f_locals` read the frame itself. When the frame ends, the
/// VM detaches the object (`Frame::detach_object`): `live` is cleared and
/// the frame's last line and locals move here.
pub struct FrameData {
    pub code: Rc<Code>,
    pub globals: Rc<PyDict>,
    /// Module and class bodies: their namespace, which is `f_locals`.
    pub names: Option<Rc<PyDict>>,
    ended: RefCell<Ended>,
    back: RefCell<Back>,
    locals_dict: RefCell<Option<Rc<PyDict>>>,
    trace: RefCell<Value>,
    trace_lines: Cell<bool>,
    trace_opcodes: Cell<bool>,
    /// The interpreter frame, while it exists; see above.
    live: Cell<*const Frame>,
}

impl FrameData {
    fn new(code: Rc<Code>, globals: Rc<PyDict>, names: Option<Rc<PyDict>>, back: Back) -> Self {
        FrameData {
            code,
            globals,
            names,
            ended: RefCell::new(Ended {
                line: 0,
                lasti: -1,
                locals: Vec::new(),
                cells: Vec::new(),
            }),
            back: RefCell::new(back),
            locals_dict: RefCell::new(None),
            trace: RefCell::new(Value::None),
            trace_lines: Cell::new(true),
            trace_opcodes: Cell::new(false),
            live: Cell::new(std::ptr::null()),
        }
    }

    /// The interpreter frame, while it exists.
    fn live(&self) -> Option<&Frame> {
        let p = self.live.get();
        // SAFETY: `live` is set only while the frame exists (it holds this
        // object and detaches it when released or dropped), and boxed
        // frames never move in memory.
        (!p.is_null()).then(|| unsafe { &*p })
    }

    fn line(&self) -> u32 {
        match self.live() {
            Some(f) => f.line(),
            None => self.ended.borrow().line,
        }
    }

    fn lasti(&self) -> i64 {
        match self.live() {
            Some(f) => lasti_of(f),
            None => self.ended.borrow().lasti,
        }
    }
}

fn lasti_of(f: &Frame) -> i64 {
    f.ip.checked_sub(1).map_or(-1, |i| i as i64 * 2)
}

impl NativeData for FrameData {
    fn trace(&self, t: &mut Tracer) {
        t.rc(&self.globals);
        if let Some(n) = &self.names {
            t.rc(n);
        }
        if let Ok(e) = self.ended.try_borrow() {
            e.locals.iter().for_each(|v| t.value(v));
            e.cells.iter().for_each(|c| t.rc(c));
        }
        if let Ok(b) = self.back.try_borrow() {
            match &*b {
                Back::Known(v) => t.value(v),
                Back::Traceback(e, _) => t.value(&Value::Instance(e.clone())),
                Back::Resumer => {}
            }
        }
        if let Ok(d) = self.locals_dict.try_borrow() {
            if let Some(d) = &*d {
                t.rc(d);
            }
        }
        if let Ok(v) = self.trace.try_borrow() {
            t.value(&v);
        }
    }
    fn clear(&self, sink: &mut Sink) {
        if let Ok(mut b) = self.back.try_borrow_mut() {
            if let Back::Known(v) = std::mem::replace(&mut *b, Back::Known(Value::None)) {
                sink.value(v);
            }
        }
        if let Ok(mut d) = self.locals_dict.try_borrow_mut() {
            if let Some(d) = d.take() {
                sink.value(Value::Dict(d));
            }
        }
        if let Ok(mut e) = self.ended.try_borrow_mut() {
            for v in std::mem::take(&mut e.locals) {
                sink.value(v);
            }
            e.cells.clear();
        }
        if let Ok(mut v) = self.trace.try_borrow_mut() {
            sink.value(std::mem::replace(&mut *v, Value::None));
        }
    }
}

thread_local! {
    /// The frame objects of frames still running or suspended, by the
    /// frame's address (boxed frames never move): one object per
    /// activation. Kept aside rather than in `Frame`, so that a call that
    /// never asks for its frame pays one thread-local read when it ends.
    static FRAME_OBJECTS: RefCell<HashMap<usize, Rc<NativeObject>>> =
        RefCell::new(HashMap::new());
    static ATTACHED: Cell<usize> = const { Cell::new(0) };
}

/// Whether any frame has an object (the rare case worth a look-up).
#[inline(always)]
pub fn any_frame_objects() -> bool {
    ATTACHED.with(|n| n.get() != 0)
}

impl Frame {
    fn key(&self) -> usize {
        self as *const Frame as usize
    }

    /// The frame object, if made.
    pub fn object(&self) -> Option<Rc<NativeObject>> {
        if !any_frame_objects() {
            return None;
        }
        FRAME_OBJECTS
            .try_with(|m| m.borrow().get(&self.key()).cloned())
            .ok()
            .flatten()
    }

    fn set_object(&self, o: Rc<NativeObject>) {
        let _ = FRAME_OBJECTS.try_with(|m| {
            if m.borrow_mut().insert(self.key(), o).is_none() {
                ATTACHED.with(|n| n.set(n.get() + 1));
            }
        });
    }

    /// Ends the link between this frame and its object: the object keeps
    /// the last line and (`keep_locals`) the locals.
    #[cold]
    pub fn detach_object(&mut self, keep_locals: bool) {
        let key = self.key();
        let Some(obj) = FRAME_OBJECTS
            .try_with(|m| m.borrow_mut().remove(&key))
            .ok()
            .flatten()
        else {
            return;
        };
        ATTACHED.with(|n| n.set(n.get() - 1));
        let Some(d) = obj.get::<FrameData>() else {
            return;
        };
        let mut e = d.ended.borrow_mut();
        e.line = self.line();
        e.lasti = lasti_of(self);
        if keep_locals {
            e.locals = self.locals.clone();
            e.cells = self.cells.clone();
        }
        drop(e);
        d.live.set(std::ptr::null());
        if let Ok(mut b) = d.back.try_borrow_mut() {
            if matches!(*b, Back::Resumer) {
                *b = Back::Known(Value::None);
            }
        };
    }
}

/// A traceback object: entry `index` of an exception's traceback (kept
/// innermost first, so `tb_next` is `index - 1`), until Python code
/// assigns its `tb_next` or makes one with `TracebackType(...)`: then it
/// holds its own fields.
pub struct TracebackData(RefCell<Tb>);

enum Tb {
    View(Rc<Instance>, usize),
    Own {
        next: Value,
        frame: Value,
        lasti: i64,
        lineno: i64,
    },
}

impl NativeData for TracebackData {
    fn trace(&self, t: &mut Tracer) {
        if let Ok(tb) = self.0.try_borrow() {
            match &*tb {
                Tb::View(e, _) => t.value(&Value::Instance(e.clone())),
                Tb::Own { next, frame, .. } => {
                    t.value(next);
                    t.value(frame);
                }
            }
        }
    }
    fn clear(&self, sink: &mut Sink) {
        if let Ok(mut tb) = self.0.try_borrow_mut() {
            if let Tb::Own { next, frame, .. } = &mut *tb {
                sink.value(std::mem::replace(next, Value::None));
                sink.value(std::mem::replace(frame, Value::None));
            }
        }
    }
}

/// A traceback object's fields, whichever way it holds them.
struct TbFields {
    next: Value,
    frame: Value,
    lasti: i64,
    lineno: i64,
}

impl Vm {
    fn introspect_types(&mut self) -> Rc<IntrospectTypes> {
        if let Some(t) = &self.introspect {
            return t.clone();
        }
        let frame = native_class(
            self,
            "frame",
            "builtins",
            &[
                ("__getattr__", frame_getattr),
                ("__repr__", frame_repr),
                ("__setattr__", frame_setattr),
                ("clear", frame_clear),
            ],
            None,
        );
        let traceback = native_class(
            self,
            "traceback",
            "builtins",
            &[
                ("__getattr__", tb_getattr),
                ("__setattr__", tb_setattr),
                ("__delattr__", tb_delattr),
                ("__repr__", tb_repr),
            ],
            Some(tb_new),
        );
        let t = Rc::new(IntrospectTypes { frame, traceback });
        self.introspect = Some(t.clone());
        t
    }

    pub fn frame_class(&mut self) -> Rc<Class> {
        self.introspect_types().frame.clone()
    }

    pub fn traceback_class(&mut self) -> Rc<Class> {
        self.introspect_types().traceback.clone()
    }

    /// The Python frames alive, innermost first: each interpreter loop's
    /// running frame, then its callers, then the loops outside it.
    pub(crate) fn live_frames(&self) -> Vec<&Frame> {
        let mut out = Vec::new();
        let mut top = self.frames.len();
        for &(running, base) in self.loops.iter().rev() {
            // SAFETY: `running` points at the frame variable of a
            // `run_loop` still on the Rust stack (it pops its entry before
            // returning); only read here, while that loop waits for the
            // native code running now.
            let f: &Frame = unsafe { &*running };
            out.push(f);
            let base = base.min(top);
            out.extend(self.frames[base..top].iter().rev().map(|b| &**b));
            top = base;
        }
        out
    }

    /// The frame object of the live frame `depth` out (0: the frame
    /// calling the running builtin); None when the stack is not that deep.
    pub fn frame_object_at(&mut self, depth: usize) -> Option<Value> {
        let live: Vec<*const Frame> = self
            .live_frames()
            .into_iter()
            .map(|f| f as *const Frame)
            .collect();
        if depth >= live.len() {
            return None;
        }
        // The callers' objects first, outermost first, so that each
        // function frame knows its `f_back` from the start (a function's
        // caller never changes; a generator's is whoever resumes it).
        let mut back = Value::None;
        let mut made = Value::None;
        for &p in live[depth..].iter().rev() {
            // SAFETY: frames of `live_frames`, alive while this builtin runs.
            let f = unsafe { &*p };
            made = self.object_for_frame(f, Some(back));
            back = made.clone();
        }
        Some(made)
    }

    /// The object of frame `f` (made now if needed), one per activation.
    /// `back`: its caller's object, for a function frame made now.
    fn object_for_frame(&mut self, f: &Frame, back: Option<Value>) -> Value {
        if let Some(o) = f.object() {
            return Value::Native(o);
        }
        let back = if f.code.flags.generator || f.code.flags.coroutine || f.owner.is_some() {
            Back::Resumer
        } else {
            Back::Known(back.unwrap_or(Value::None))
        };
        let data = FrameData::new(f.code.clone(), f.globals.clone(), f.names.clone(), back);
        data.live.set(f as *const Frame);
        let cls = self.frame_class();
        let v = NativeObject::new(cls, data);
        if let Value::Native(n) = &v {
            f.set_object(n.clone());
        }
        v
    }

    /// `gen.gi_frame` of a generator not finished: its suspended frame, or
    /// the live one while it runs.
    pub fn generator_frame(&mut self, g: &Rc<crate::generator::Generator>) -> Value {
        if let Some(f) = self.unpack_frame(g) {
            let v = self.object_for_frame(&f, None);
            g.frame.set(crate::generator::SavedFrame::Whole(f));
            return v;
        }
        let at = self
            .live_frames()
            .iter()
            .position(|f| f.owner.as_ref().is_some_and(|o| Rc::ptr_eq(o, g)));
        match at.and_then(|i| self.frame_object_at(i)) {
            Some(f) => f,
            None => Value::None,
        }
    }

    /// `exc.__traceback__`: the outermost entry, or None.
    pub fn traceback_of(&mut self, exc: &Rc<Instance>) -> Value {
        let n = exc.exc().traceback.borrow().len();
        if n == 0 {
            return Value::None;
        }
        self.traceback_object(exc, n - 1)
    }

    fn traceback_object(&mut self, exc: &Rc<Instance>, index: usize) -> Value {
        if let Some(e) = exc.exc().traceback.borrow().get(index) {
            if !e.tb_obj.is_null() {
                return e.tb_obj.clone();
            }
        }
        let cls = self.traceback_class();
        let tb = NativeObject::new(
            cls,
            TracebackData(RefCell::new(Tb::View(exc.clone(), index))),
        );
        if let Some(e) = exc.exc().traceback.borrow_mut().get_mut(index) {
            e.tb_obj = tb.clone();
        }
        tb
    }

    /// The frame object of traceback entry `index` of `exc`, made once.
    fn traceback_frame(&mut self, exc: &Rc<Instance>, index: usize) -> Value {
        let (capture, code, line, ip, len) = {
            let mut tb = exc.exc().traceback.borrow_mut();
            let len = tb.len();
            let Some(entry) = tb.get_mut(index) else {
                return Value::None;
            };
            let capture = match std::mem::take(&mut entry.frame) {
                TbFrame::Object(v) => {
                    entry.frame = TbFrame::Object(v.clone());
                    return v;
                }
                TbFrame::Captured(c) => Some(c),
                TbFrame::Unknown => None,
            };
            (capture, entry.code.clone(), entry.line, entry.ip, len)
        };
        let lasti = if ip == u32::MAX { -1 } else { ip as i64 * 2 };
        let ended = |locals, cells| {
            RefCell::new(Ended {
                line,
                lasti,
                locals,
                cells,
            })
        };
        let frame = match capture {
            Some(c) => {
                let back = if index + 1 < len {
                    Back::Traceback(exc.clone(), index + 1)
                } else {
                    Back::Known(Value::None)
                };
                let c = *c;
                let mut data = FrameData::new(code, c.globals, c.names, back);
                data.ended = ended(c.locals, c.cells);
                let cls = self.frame_class();
                NativeObject::new(cls, data)
            }
            None => {
                // The frame was alive when the exception passed (it caught
                // it): the live one running that code, if still there.
                let at = self
                    .live_frames()
                    .iter()
                    .position(|f| Rc::ptr_eq(&f.code, &code));
                match at.and_then(|i| self.frame_object_at(i)) {
                    Some(f) => f,
                    None => {
                        let globals = self.main_globals.clone().unwrap_or_default();
                        let mut data =
                            FrameData::new(code, globals, None, Back::Known(Value::None));
                        data.ended = ended(Vec::new(), Vec::new());
                        let cls = self.frame_class();
                        NativeObject::new(cls, data)
                    }
                }
            }
        };
        if let Some(entry) = exc.exc().traceback.borrow_mut().get_mut(index) {
            entry.frame = TbFrame::Object(frame.clone());
        }
        frame
    }

    /// `__traceback__ = tb` / `with_traceback(tb)`: the exception's
    /// traceback becomes tb's entries (None: none).
    pub fn set_traceback(&mut self, exc: &Rc<Instance>, tb: &Value) -> PyResult<()> {
        if !tb.is_none() && native_ref::<TracebackData>(tb).is_none() {
            return Err(PyErr::type_error(
                "__traceback__ must be a traceback or None",
            ));
        }
        // Each traceback object of the chain gives one entry (sharing its
        // frame object and itself as the entry's traceback object).
        let mut entries: Vec<TbEntry> = Vec::new();
        let mut node = tb.clone();
        while !node.is_none() {
            let Some((_, t)) = native_ref::<TracebackData>(&node) else {
                break;
            };
            let view = match &*t.0.borrow() {
                Tb::View(e, i) => Some((e.clone(), *i)),
                Tb::Own { .. } => None,
            };
            let next = match view {
                Some((e, i)) => {
                    self.traceback_frame(&e, i);
                    let entry = e.exc().traceback.borrow().get(i).cloned();
                    if let Some(mut entry) = entry {
                        entry.tb_obj = node.clone();
                        entries.push(entry);
                    }
                    self.tb_fields(&node).next
                }
                None => {
                    let fields = self.tb_fields(&node);
                    if let Some((_, fd)) = native_ref::<FrameData>(&fields.frame) {
                        entries.push(TbEntry {
                            code: fd.code.clone(),
                            line: fields.lineno.clamp(0, u32::MAX as i64) as u32,
                            ip: if fields.lasti < 0 {
                                u32::MAX
                            } else {
                                (fields.lasti / 2).min(u32::MAX as i64 - 1) as u32
                            },
                            frame: TbFrame::Object(fields.frame.clone()),
                            tb_obj: node.clone(),
                        });
                    }
                    fields.next
                }
            };
            node = next;
        }
        entries.reverse();
        *exc.exc().traceback.borrow_mut() = entries;
        Ok(())
    }

    /// The fields of traceback object `tb`.
    fn tb_fields(&mut self, tb: &Value) -> TbFields {
        let Some((_, t)) = native_ref::<TracebackData>(tb) else {
            return TbFields {
                next: Value::None,
                frame: Value::None,
                lasti: -1,
                lineno: 0,
            };
        };
        let view = match &*t.0.borrow() {
            Tb::View(e, i) => (e.clone(), *i),
            Tb::Own {
                next,
                frame,
                lasti,
                lineno,
            } => {
                return TbFields {
                    next: next.clone(),
                    frame: frame.clone(),
                    lasti: *lasti,
                    lineno: *lineno,
                }
            }
        };
        let (exc, index) = view;
        let (lineno, lasti, len) = {
            let tb = exc.exc().traceback.borrow();
            match tb.get(index) {
                Some(e) => (
                    e.line as i64,
                    if e.ip == u32::MAX {
                        -1
                    } else {
                        e.ip as i64 * 2
                    },
                    tb.len(),
                ),
                None => (0, -1, tb.len()),
            }
        };
        let next = if index == 0 || index > len {
            Value::None
        } else {
            self.traceback_object(&exc, index - 1)
        };
        let frame = self.traceback_frame(&exc, index);
        TbFields {
            next,
            frame,
            lasti,
            lineno,
        }
    }
}

/// A function frame's locals as a dict: bound slots, then cells and free
/// variables that hold a value.
pub fn locals_dict(code: &Code, locals: &[Value], cells: &[Rc<CellObj>]) -> PyDict {
    let d = PyDict::new();
    for (name, v) in code.varnames.iter().zip(locals) {
        if !v.is_null() {
            d.set_str(name.clone(), v.clone());
        }
    }
    for (name, c) in code.cellvars.iter().chain(code.freevars.iter()).zip(cells) {
        let v = c.0.borrow().clone();
        if !v.is_null() {
            d.set_str(name.clone(), v);
        }
    }
    d
}

fn attr_name(a: &[Value]) -> &str {
    a.get(1).and_then(|v| v.as_str()).unwrap_or("")
}

fn no_attr(kind: &str, name: &str) -> PyErr {
    PyErr::new(
        ExcType::AttributeError,
        format!("'{kind}' object has no attribute '{name}'"),
    )
}

fn frame_data(a: &[Value]) -> PyResult<(Rc<NativeObject>, &FrameData)> {
    match a.first().and_then(native_ref::<FrameData>) {
        Some((n, d)) => Ok((n.clone(), d)),
        None => Err(PyErr::type_error("descriptor requires a 'frame' object")),
    }
}

fn frame_getattr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (_, f) = frame_data(a)?;
    let name = attr_name(a);
    Ok(match name {
        "f_code" => Value::Code(f.code.clone()),
        "f_globals" => Value::Dict(f.globals.clone()),
        "f_builtins" => match f.globals.get_str(&intern_static("__builtins__")) {
            Some(d @ Value::Dict(_)) => d,
            Some(Value::Module(m)) => Value::Dict(m.dict.clone()),
            _ => Value::Dict(vm.builtins.clone()),
        },
        "f_locals" => {
            if let Some(n) = &f.names {
                return Ok(Value::Dict(n.clone()));
            }
            // As CPython 3.11: one dict, brought up to date on each read.
            let now = match f.live() {
                Some(l) => locals_dict(&l.code, &l.locals, &l.cells),
                None => {
                    let e = f.ended.borrow();
                    locals_dict(&f.code, &e.locals, &e.cells)
                }
            };
            let d = f
                .locals_dict
                .borrow_mut()
                .get_or_insert_with(|| crate::gc::track_dict(PyDict::new()))
                .clone();
            let old = d.0.borrow_mut().take_all();
            drop(old);
            for e in now.0.borrow().iter() {
                if let Value::Str(k) = &e.key {
                    d.set_str(k.clone(), e.value.clone());
                }
            }
            Value::Dict(d)
        }
        "f_lineno" => Value::Int(f.line() as i64),
        "f_lasti" => Value::Int(f.lasti()),
        "f_trace" => f.trace.borrow().clone(),
        "f_trace_lines" => Value::Bool(f.trace_lines.get()),
        "f_trace_opcodes" => Value::Bool(f.trace_opcodes.get()),
        "f_back" => {
            let back = match &*f.back.borrow() {
                Back::Known(v) => return Ok(v.clone()),
                Back::Traceback(e, i) => Some((e.clone(), *i)),
                Back::Resumer => None,
            };
            match back {
                Some((e, i)) => {
                    let v = vm.traceback_frame(&e, i);
                    *f.back.borrow_mut() = Back::Known(v.clone());
                    v
                }
                // A running generator's caller; none while suspended.
                None => {
                    let me = f.live.get();
                    let at = vm.live_frames().iter().position(|l| std::ptr::eq(*l, me));
                    match at.and_then(|i| vm.frame_object_at(i + 1)) {
                        Some(v) if !me.is_null() => v,
                        _ => Value::None,
                    }
                }
            }
        }
        _ => return Err(no_attr("frame", name)),
    })
}

fn frame_setattr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (_, f) = frame_data(a)?;
    let name = attr_name(a);
    let v = a.get(2).cloned().unwrap_or(Value::None);
    match name {
        "f_trace" => *f.trace.borrow_mut() = v,
        "f_trace_lines" => f.trace_lines.set(vm.truthy(&v)?),
        "f_trace_opcodes" => f.trace_opcodes.set(vm.truthy(&v)?),
        "f_lineno" => {
            return Err(PyErr::value_error(
                "f_lineno can only be set by a trace function",
            ))
        }
        "f_code" | "f_globals" | "f_builtins" | "f_locals" | "f_lasti" | "f_back" => {
            return Err(PyErr::new(
                ExcType::AttributeError,
                format!("attribute '{name}' of 'frame' objects is not writable"),
            ))
        }
        _ => return Err(no_attr("frame", name)),
    }
    Ok(Value::None)
}

fn frame_repr(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (n, f) = frame_data(a)?;
    Ok(Value::string(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        Rc::as_ptr(&n) as *const u8 as usize,
        f.code.source.name,
        f.line(),
        f.code.name.as_str()
    )))
}

/// `frame.clear()`: drops a finished frame's locals; a running frame
/// cannot be cleared.
fn frame_clear(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (_, f) = frame_data(a)?;
    if let Some(l) = f.live() {
        let running = vm.live_frames().iter().any(|x| std::ptr::eq(*x, l));
        if running {
            return Err(PyErr::new(
                ExcType::RuntimeError,
                "cannot clear an executing frame",
            ));
        }
        return Ok(Value::None);
    }
    let (locals, cells) = {
        let mut e = f.ended.borrow_mut();
        (std::mem::take(&mut e.locals), std::mem::take(&mut e.cells))
    };
    drop(locals);
    drop(cells);
    let d = f.locals_dict.borrow_mut().take();
    drop(d);
    Ok(Value::None)
}

fn tb_data(a: &[Value]) -> PyResult<(Rc<NativeObject>, &TracebackData)> {
    match a.first().and_then(native_ref::<TracebackData>) {
        Some((n, d)) => Ok((n.clone(), d)),
        None => Err(PyErr::type_error(
            "descriptor requires a 'traceback' object",
        )),
    }
}

fn tb_getattr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    tb_data(a)?;
    let name = attr_name(a);
    if !matches!(name, "tb_lineno" | "tb_lasti" | "tb_frame" | "tb_next") {
        return Err(no_attr("traceback", name));
    }
    let f = vm.tb_fields(&a[0]);
    Ok(match name {
        "tb_lineno" => Value::Int(f.lineno),
        "tb_lasti" => Value::Int(f.lasti),
        "tb_frame" => f.frame,
        _ => f.next,
    })
}

fn tb_setattr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (_, t) = tb_data(a)?;
    let name = attr_name(a);
    let v = a.get(2).cloned().unwrap_or(Value::Null);
    match name {
        "tb_next" => {}
        "tb_lineno" => {
            return Err(PyErr::new(
                ExcType::AttributeError,
                "attribute 'tb_lineno' of 'traceback' objects is not writable",
            ))
        }
        "tb_frame" | "tb_lasti" => {
            return Err(PyErr::new(ExcType::AttributeError, "readonly attribute"))
        }
        _ => return Err(no_attr("traceback", name)),
    }
    if v.is_null() {
        return Err(PyErr::type_error("can't delete tb_next attribute"));
    }
    if !v.is_none() && native_ref::<TracebackData>(&v).is_none() {
        return Err(PyErr::type_error(format!(
            "expected traceback object, got '{}'",
            vm.type_name(&v)
        )));
    }
    // No loops.
    let mut node = v.clone();
    let mut steps = 0usize;
    while !node.is_none() {
        if node.is(&a[0]) {
            return Err(PyErr::value_error("traceback loop detected"));
        }
        steps += 1;
        if steps > 1_000_000 {
            break;
        }
        node = vm.tb_fields(&node).next;
    }
    let f = vm.tb_fields(&a[0]);
    *t.0.borrow_mut() = Tb::Own {
        next: v,
        frame: f.frame,
        lasti: f.lasti,
        lineno: f.lineno,
    };
    Ok(Value::None)
}

fn tb_delattr(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    tb_data(a)?;
    match attr_name(a) {
        "tb_next" => Err(PyErr::type_error("can't delete tb_next attribute")),
        "tb_frame" | "tb_lasti" | "tb_lineno" => {
            Err(PyErr::new(ExcType::AttributeError, "readonly attribute"))
        }
        name => Err(no_attr("traceback", name)),
    }
}

/// `TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`.
fn tb_new(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.len() != 5 {
        return Err(PyErr::type_error(format!(
            "TracebackType() takes exactly 4 arguments ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    let next = a[1].clone();
    if !next.is_none() && native_ref::<TracebackData>(&next).is_none() {
        return Err(PyErr::type_error(format!(
            "expected traceback object or None, got '{}'",
            vm.type_name(&next)
        )));
    }
    let frame = a[2].clone();
    if native_ref::<FrameData>(&frame).is_none() {
        return Err(PyErr::type_error(format!(
            "TracebackType() argument 2 must be frame, not {}",
            vm.type_name(&frame)
        )));
    }
    let lasti = crate::types::arg_int(vm, &a[3])?;
    let lineno = crate::types::arg_int(vm, &a[4])?;
    let cls = vm.traceback_class();
    Ok(NativeObject::new(
        cls,
        TracebackData(RefCell::new(Tb::Own {
            next,
            frame,
            lasti,
            lineno,
        })),
    ))
}

fn tb_repr(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (n, _) = tb_data(a)?;
    Ok(Value::string(format!(
        "<traceback object at {:#x}>",
        Rc::as_ptr(&n) as *const u8 as usize
    )))
}

/// `sys._getframe([depth])`.
pub fn getframe(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let depth = match a.first() {
        None => 0,
        Some(v) => crate::types::arg_int(vm, v)?,
    };
    let depth = depth.max(0) as usize;
    vm.frame_object_at(depth)
        .ok_or_else(|| PyErr::value_error("call stack is not deep enough"))
}

/// `code.co_positions()`: an iterator of (line, end line, column, end
/// column) per instruction (two bytes of `f_lasti` each).
pub fn code_positions(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Code(c)) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor 'co_positions' requires a 'code' object",
        ));
    };
    let opt = |v: Option<u32>| v.map_or(Value::None, |n| Value::Int(n as i64));
    let items: Vec<Value> = (0..c.instrs.len())
        .map(|ip| {
            let (l1, l2, c1, c2) = c.position_tuple(ip);
            Value::tuple(vec![
                Value::Int(l1 as i64),
                Value::Int(l2 as i64),
                opt(c1),
                opt(c2),
            ])
        })
        .collect();
    vm.get_iter(Value::list(items))
}

/// `code.co_code`: two bytes an instruction (so that `f_lasti // 2` is an
/// instruction's index, as in CPython): an opcode number of whirl's own
/// instruction set, then zero. Only its length and stability matter.
pub fn co_code(c: &Code) -> Value {
    let mut out = Vec::with_capacity(c.instrs.len() * 2);
    for ins in c.instrs.iter() {
        let name = format!("{ins:?}");
        let op = name
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("")
            .bytes()
            .fold(0u8, |h, b| h.wrapping_mul(31).wrapping_add(b));
        out.push(op);
        out.push(0);
    }
    Value::Bytes(Rc::new(out))
}

/// `code.co_lines()`: (start, end, line) for each run of instructions on
/// one line, in bytecode offsets. As CPython's, it opens with the code's
/// first line (CPython's RESUME instruction; line 0 for a module), and
/// the implicit `return None` whirl puts on the `def` line counts as the
/// last statement's.
pub fn code_lines(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Code(c)) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor 'co_lines' requires a 'code' object",
        ));
    };
    let n = c.instrs.len();
    let mut runs: Vec<(usize, usize, u32)> = Vec::new();
    let mut start = 0;
    while start < n {
        let line = c.line_at(start);
        let mut end = start + 1;
        while end < n && c.line_at(end) == line {
            end += 1;
        }
        runs.push((start, end, line));
        start = end;
    }
    if runs.len() > 1 && runs[runs.len() - 1].2 == c.firstline {
        let (_, end, _) = runs.pop().unwrap_or_default();
        if let Some(last) = runs.last_mut() {
            last.1 = end;
        }
    }
    let first = if c.name.as_str() == "<module>" {
        0
    } else {
        c.firstline
    };
    let mut items = vec![Value::tuple(vec![
        Value::Int(0),
        Value::Int(0),
        Value::Int(first as i64),
    ])];
    items.extend(runs.into_iter().map(|(s, e, line)| {
        Value::tuple(vec![
            Value::Int(s as i64 * 2),
            Value::Int(e as i64 * 2),
            Value::Int(line as i64),
        ])
    }));
    vm.get_iter(Value::list(items))
}
