//! Frame and traceback objects as Python code sees them (`sys._getframe`,
//! `e.__traceback__`, `gen.gi_frame`).
//!
//! The interpreter's own frames (`frame.rs`) are pooled, moved between the
//! frame stack and generators, and never handed to Python code: a frame
//! object here is a snapshot of one activation, made only when Python asks
//! for it, so the running code pays nothing for them. A traceback entry
//! (`TbEntry`) records code, line and instruction while unwinding; when the
//! exception finishes a frame, the frame's locals move into the entry (the
//! frame is dead, nothing is copied), so that `tb.tb_frame.f_locals` still
//! shows them, as CPython keeps the frame alive through the traceback.

use crate::class::{Class, Instance, TbEntry};
use crate::code::Code;
use crate::dict::PyDict;
use crate::error::{ExcType, PyErr, PyResult};
use crate::frame::Frame;
use crate::function::CellObj;
use crate::gc::{NativeData, Sink, Tracer};
use crate::native::{native_class, native_ref, NativeObject};
use crate::str::intern;
use crate::types::Kw;
use crate::value::Value;
use crate::Vm;
use std::cell::RefCell;
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
}

/// A frame object's data.
pub struct FrameData {
    pub code: Rc<Code>,
    pub globals: Rc<PyDict>,
    /// Module and class bodies: their namespace, which is `f_locals`.
    pub names: Option<Rc<PyDict>>,
    pub line: u32,
    pub lasti: i64,
    locals: Vec<Value>,
    cells: Vec<Rc<CellObj>>,
    back: RefCell<Back>,
    locals_dict: RefCell<Option<Rc<PyDict>>>,
    /// The interpreter frame this is a snapshot of, while it may still
    /// run: `f_lineno` and `f_locals` read it when it is still among the
    /// live frames (compared by address and code, never dereferenced
    /// otherwise), as CPython's frame objects follow their frame.
    live: *const Frame,
}

impl NativeData for FrameData {
    fn trace(&self, t: &mut Tracer) {
        t.rc(&self.globals);
        if let Some(n) = &self.names {
            t.rc(n);
        }
        self.locals.iter().for_each(|v| t.value(v));
        self.cells.iter().for_each(|c| t.rc(c));
        if let Ok(b) = self.back.try_borrow() {
            match &*b {
                Back::Known(v) => t.value(v),
                Back::Traceback(e, _) => t.value(&Value::Instance(e.clone())),
            }
        }
        if let Ok(d) = self.locals_dict.try_borrow() {
            if let Some(d) = &*d {
                t.rc(d);
            }
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
    }
}

/// A traceback object: entry `index` of an exception's traceback (kept
/// innermost first, so `tb_next` is `index - 1`).
pub struct TracebackData {
    pub exc: Rc<Instance>,
    pub index: usize,
}

impl NativeData for TracebackData {
    fn trace(&self, t: &mut Tracer) {
        t.value(&Value::Instance(self.exc.clone()));
    }
    fn clear(&self, _: &mut Sink) {}
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
                ("clear", frame_clear),
            ],
            None,
        );
        let traceback = native_class(
            self,
            "traceback",
            "builtins",
            &[("__getattr__", tb_getattr), ("__repr__", tb_repr)],
            None,
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

    /// Frame objects for the live frames from `depth` out (0: the frame
    /// calling the running builtin), linked by `f_back`; None when the
    /// stack is not that deep.
    pub fn frame_object_at(&mut self, depth: usize) -> Option<Value> {
        let snaps: Vec<FrameData> = self
            .live_frames()
            .into_iter()
            .skip(depth)
            .map(|f| snapshot(f, Value::None))
            .collect();
        if snaps.is_empty() {
            return None;
        }
        let cls = self.frame_class();
        let mut back = Value::None;
        for mut s in snaps.into_iter().rev() {
            s.back = RefCell::new(Back::Known(back));
            back = NativeObject::new(cls.clone(), s);
        }
        Some(back)
    }

    /// `gen.gi_frame` of a generator not finished: its suspended frame, or
    /// the live one while it runs.
    pub fn generator_frame(&mut self, g: &Rc<crate::generator::Generator>) -> Value {
        if let Some(s) = g.with_frame(|f| snapshot(f, Value::None)) {
            let cls = self.frame_class();
            return NativeObject::new(cls, s);
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
        let cls = self.traceback_class();
        NativeObject::new(
            cls,
            TracebackData {
                exc: exc.clone(),
                index,
            },
        )
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
        let frame = match capture {
            Some(c) => {
                let back = if index + 1 < len {
                    Back::Traceback(exc.clone(), index + 1)
                } else {
                    Back::Known(Value::None)
                };
                let c = *c;
                let data = FrameData {
                    code,
                    globals: c.globals,
                    names: c.names,
                    line,
                    lasti,
                    locals: c.locals,
                    cells: c.cells,
                    back: RefCell::new(back),
                    locals_dict: RefCell::new(None),
                    live: std::ptr::null(),
                };
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
                        let data = FrameData {
                            code,
                            globals,
                            names: None,
                            line,
                            lasti,
                            locals: Vec::new(),
                            cells: Vec::new(),
                            back: RefCell::new(Back::Known(Value::None)),
                            locals_dict: RefCell::new(None),
                            live: std::ptr::null(),
                        };
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
        let entries: Vec<TbEntry> = match tb {
            Value::None => Vec::new(),
            other => match native_ref::<TracebackData>(other) {
                Some((_, t)) => {
                    // The frames first, so that the copies share them.
                    for i in 0..=t.index {
                        self.traceback_frame(&t.exc, i);
                    }
                    let src = t.exc.exc().traceback.borrow();
                    src[..(t.index + 1).min(src.len())].to_vec()
                }
                None => {
                    return Err(PyErr::type_error(
                        "__traceback__ must be a traceback or None",
                    ))
                }
            },
        };
        *exc.exc().traceback.borrow_mut() = entries;
        Ok(())
    }
}

/// A snapshot of a live (or suspended) frame.
fn snapshot(f: &Frame, back: Value) -> FrameData {
    FrameData {
        code: f.code.clone(),
        globals: f.globals.clone(),
        names: f.names.clone(),
        line: f.line(),
        lasti: f.ip.checked_sub(1).map_or(-1, |i| i as i64 * 2),
        locals: f.locals.clone(),
        cells: f.cells.clone(),
        back: RefCell::new(Back::Known(back)),
        locals_dict: RefCell::new(None),
        live: f as *const Frame,
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

/// The live frame a frame object was made from, if it still runs.
fn live_frame<'a>(vm: &'a Vm, f: &FrameData) -> Option<&'a Frame> {
    if f.live.is_null() {
        return None;
    }
    vm.live_frames()
        .into_iter()
        .find(|l| std::ptr::eq(*l, f.live) && Rc::ptr_eq(&l.code, &f.code))
}

fn frame_getattr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (_, f) = frame_data(a)?;
    let name = attr_name(a);
    let live = live_frame(vm, f);
    Ok(match name {
        "f_code" => Value::Code(f.code.clone()),
        "f_globals" => Value::Dict(f.globals.clone()),
        "f_builtins" => match f.globals.get_str(&intern("__builtins__")) {
            Some(d @ Value::Dict(_)) => d,
            Some(Value::Module(m)) => Value::Dict(m.dict.clone()),
            _ => Value::Dict(vm.builtins.clone()),
        },
        "f_locals" => {
            if let Some(n) = &f.names {
                return Ok(Value::Dict(n.clone()));
            }
            let mut cached = f.locals_dict.borrow_mut();
            let d = cached.get_or_insert_with(|| {
                crate::gc::track_dict(locals_dict(&f.code, &f.locals, &f.cells))
            });
            if let Some(l) = live {
                // As CPython: the same dict, brought up to date.
                let now = locals_dict(&l.code, &l.locals, &l.cells);
                let old = d.0.borrow_mut().take_all();
                drop(old);
                for e in now.0.borrow().iter() {
                    if let Value::Str(k) = &e.key {
                        d.set_str(k.clone(), e.value.clone());
                    }
                }
            }
            Value::Dict(d.clone())
        }
        "f_lineno" => Value::Int(live.map_or(f.line, |l| l.line()) as i64),
        "f_lasti" => Value::Int(live.map_or(f.lasti, |l| {
            l.ip.checked_sub(1).map_or(-1, |i| i as i64 * 2)
        })),
        "f_trace" => Value::None,
        "f_trace_lines" => Value::Bool(true),
        "f_trace_opcodes" => Value::Bool(false),
        "f_back" => {
            let back = match &*f.back.borrow() {
                Back::Known(v) => return Ok(v.clone()),
                Back::Traceback(e, i) => (e.clone(), *i),
            };
            let v = vm.traceback_frame(&back.0, back.1);
            *f.back.borrow_mut() = Back::Known(v.clone());
            v
        }
        _ => return Err(no_attr("frame", name)),
    })
}

fn frame_repr(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (n, f) = frame_data(a)?;
    Ok(Value::string(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        Rc::as_ptr(&n) as *const u8 as usize,
        f.code.source.name,
        f.line,
        f.code.name.as_str()
    )))
}

fn frame_clear(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    frame_data(a)?;
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
    let (_, t) = tb_data(a)?;
    let (exc, index) = (t.exc.clone(), t.index);
    let name = attr_name(a);
    let entry = |f: &dyn Fn(&TbEntry) -> Value| {
        exc.exc()
            .traceback
            .borrow()
            .get(index)
            .map_or(Value::None, f)
    };
    Ok(match name {
        "tb_lineno" => entry(&|e| Value::Int(e.line as i64)),
        "tb_lasti" => entry(&|e| {
            Value::Int(if e.ip == u32::MAX {
                -1
            } else {
                e.ip as i64 * 2
            })
        }),
        "tb_frame" => vm.traceback_frame(&exc, index),
        "tb_next" => {
            if index == 0 || index > exc.exc().traceback.borrow().len() {
                Value::None
            } else {
                vm.traceback_object(&exc, index - 1)
            }
        }
        _ => return Err(no_attr("traceback", name)),
    })
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
