//! Memory: reference counting frees almost everything the moment it is
//! unreferenced (so `finally` blocks and closes run when CPython runs
//! them); this cycle collector reclaims the rest.
//!
//! Every container that can sit in a cycle registers a weak pointer here
//! when it is made. A collection does CPython's trial deletion: each
//! candidate's strong count minus the references it receives from other
//! candidates is what the outside world holds; candidates reachable from
//! one with an outside reference live, the rest are garbage and are
//! cleared, which breaks their cycles and lets reference counting free
//! them. Candidates are the young generation (registered since the last
//! collection), or everything on a full collection. Objects the collector
//! does not know (classes, modules, bound methods, iterators) are treated
//! as outside holders: a cycle through them is kept, never wrongly freed.

use crate::class::Instance;
use crate::dict::PyDict;
use crate::frame::Frame;
use crate::function::{CellObj, Function};
use crate::generator::{GenState, Generator};
use crate::value::{PyList, PySet, PyTuple, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// Allocations of tracked containers between young collections.
const YOUNG_THRESHOLD: usize = 10_000;

pub enum Tracked {
    List(Weak<PyList>),
    Dict(Weak<PyDict>),
    Set(Weak<PySet>),
    Tuple(Weak<PyTuple>),
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    Cell(Weak<CellObj>),
    Generator(Weak<Generator>),
}

enum Strong {
    List(Rc<PyList>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    Tuple(Rc<PyTuple>),
    Instance(Rc<Instance>),
    Function(Rc<Function>),
    Cell(Rc<CellObj>),
    Generator(Rc<Generator>),
}

struct Registry {
    young: Vec<Tracked>,
    old: Vec<Tracked>,
    /// Size of the old generation after the last full collection.
    old_after_full: usize,
    enabled: bool,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = const {
        RefCell::new(Registry { young: Vec::new(), old: Vec::new(), old_after_full: 0, enabled: true })
    };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

#[inline]
fn register(t: Tracked) {
    let _ = REGISTRY.try_with(|r| r.borrow_mut().young.push(t));
    let n = ALLOCATIONS.with(|a| {
        let n = a.get() + 1;
        a.set(n);
        n
    });
    if n.is_multiple_of(YOUNG_THRESHOLD) {
        crate::generator::request_safe_point();
    }
}

pub fn new_list(items: Vec<Value>) -> Rc<PyList> {
    let r = Rc::new(PyList(RefCell::new(items)));
    register(Tracked::List(Rc::downgrade(&r)));
    r
}

pub fn new_dict() -> Rc<PyDict> {
    let r = Rc::new(PyDict::new());
    register(Tracked::Dict(Rc::downgrade(&r)));
    r
}

/// The attribute dict of an instance, handed out as `obj.__dict__`: from
/// now on a tracked object of its own.
pub fn share_instance_dict(i: &Instance) -> Rc<PyDict> {
    if !i.dict_shared.replace(true) {
        register(Tracked::Dict(Rc::downgrade(&i.dict)));
    }
    i.dict.clone()
}

pub fn track_dict(d: PyDict) -> Rc<PyDict> {
    let r = Rc::new(d);
    register(Tracked::Dict(Rc::downgrade(&r)));
    r
}

pub fn track_set(s: PySet) -> Rc<PySet> {
    let r = Rc::new(s);
    register(Tracked::Set(Rc::downgrade(&r)));
    r
}

/// A tuple; tracked only when it holds something that can be in a cycle.
pub fn new_tuple(items: Box<[Value]>) -> Rc<PyTuple> {
    let holds_container = items.iter().any(is_container);
    let r = Rc::new(PyTuple(items));
    if holds_container {
        register(Tracked::Tuple(Rc::downgrade(&r)));
    }
    r
}

pub fn new_instance(i: Instance) -> Rc<Instance> {
    let r = Rc::new(i);
    register(Tracked::Instance(Rc::downgrade(&r)));
    r
}

pub fn new_function(f: Function) -> Rc<Function> {
    let r = Rc::new(f);
    register(Tracked::Function(Rc::downgrade(&r)));
    r
}

pub fn new_cell(v: Value) -> Rc<CellObj> {
    let r = Rc::new(CellObj(RefCell::new(v)));
    register(Tracked::Cell(Rc::downgrade(&r)));
    r
}

pub fn new_generator(g: Generator) -> Rc<Generator> {
    let r = Rc::new(g);
    register(Tracked::Generator(Rc::downgrade(&r)));
    r
}

fn is_container(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Tuple(_)
            | Value::Instance(_)
            | Value::Function(_)
            | Value::Generator(_)
            | Value::Cell(_)
            | Value::BoundMethod(_)
            | Value::Iterator(_)
    )
}

fn addr<T>(r: &Rc<T>) -> usize {
    Rc::as_ptr(r) as *const u8 as usize
}

impl Tracked {
    fn upgrade(&self) -> Option<Strong> {
        Some(match self {
            Tracked::List(w) => Strong::List(w.upgrade()?),
            Tracked::Dict(w) => Strong::Dict(w.upgrade()?),
            Tracked::Set(w) => Strong::Set(w.upgrade()?),
            Tracked::Tuple(w) => Strong::Tuple(w.upgrade()?),
            Tracked::Instance(w) => Strong::Instance(w.upgrade()?),
            Tracked::Function(w) => Strong::Function(w.upgrade()?),
            Tracked::Cell(w) => Strong::Cell(w.upgrade()?),
            Tracked::Generator(w) => Strong::Generator(w.upgrade()?),
        })
    }
    fn alive(&self) -> bool {
        match self {
            Tracked::List(w) => w.strong_count() > 0,
            Tracked::Dict(w) => w.strong_count() > 0,
            Tracked::Set(w) => w.strong_count() > 0,
            Tracked::Tuple(w) => w.strong_count() > 0,
            Tracked::Instance(w) => w.strong_count() > 0,
            Tracked::Function(w) => w.strong_count() > 0,
            Tracked::Cell(w) => w.strong_count() > 0,
            Tracked::Generator(w) => w.strong_count() > 0,
        }
    }
}

impl Strong {
    fn addr(&self) -> usize {
        match self {
            Strong::List(r) => addr(r),
            Strong::Dict(r) => addr(r),
            Strong::Set(r) => addr(r),
            Strong::Tuple(r) => addr(r),
            Strong::Instance(r) => addr(r),
            Strong::Function(r) => addr(r),
            Strong::Cell(r) => addr(r),
            Strong::Generator(r) => addr(r),
        }
    }
    /// References held by the world, not counting the collector's own.
    fn strong_count(&self) -> usize {
        let n = match self {
            Strong::List(r) => Rc::strong_count(r),
            Strong::Dict(r) => Rc::strong_count(r),
            Strong::Set(r) => Rc::strong_count(r),
            Strong::Tuple(r) => Rc::strong_count(r),
            Strong::Instance(r) => Rc::strong_count(r),
            Strong::Function(r) => Rc::strong_count(r),
            Strong::Cell(r) => Rc::strong_count(r),
            Strong::Generator(r) => Rc::strong_count(r),
        };
        n - 1
    }
    fn downgrade(&self) -> Tracked {
        match self {
            Strong::List(r) => Tracked::List(Rc::downgrade(r)),
            Strong::Dict(r) => Tracked::Dict(Rc::downgrade(r)),
            Strong::Set(r) => Tracked::Set(Rc::downgrade(r)),
            Strong::Tuple(r) => Tracked::Tuple(Rc::downgrade(r)),
            Strong::Instance(r) => Tracked::Instance(Rc::downgrade(r)),
            Strong::Function(r) => Tracked::Function(Rc::downgrade(r)),
            Strong::Cell(r) => Tracked::Cell(Rc::downgrade(r)),
            Strong::Generator(r) => Tracked::Generator(Rc::downgrade(r)),
        }
    }

    /// Calls `visit` with the address of every object this one references.
    fn trace(&self, visit: &mut dyn FnMut(usize)) {
        match self {
            Strong::List(l) => l.0.borrow().iter().for_each(|v| trace_value(v, visit)),
            Strong::Dict(d) => trace_dict(d, visit),
            Strong::Set(s) => s
                .table
                .borrow()
                .iter()
                .for_each(|e| trace_value(&e.key, visit)),
            Strong::Tuple(t) => t.0.iter().for_each(|v| trace_value(v, visit)),
            Strong::Instance(i) => {
                if i.dict_shared.get() {
                    visit(addr(&i.dict));
                } else {
                    trace_dict(&i.dict, visit);
                }
                if let Some(e) = &i.exc {
                    trace_value(&e.args.borrow(), visit);
                    trace_value(&e.cause.borrow(), visit);
                    trace_value(&e.context.borrow(), visit);
                }
            }
            Strong::Function(f) => {
                f.defaults.iter().for_each(|v| trace_value(v, visit));
                if let Some(k) = &f.kwdefaults {
                    visit(addr(k));
                }
                f.closure.iter().for_each(|c| visit(addr(c)));
                visit(addr(&f.globals));
                if let Some(d) = f.dict.get() {
                    visit(addr(d));
                }
            }
            Strong::Cell(c) => {
                if let Ok(v) = c.0.try_borrow() {
                    trace_value(&v, visit)
                }
            }
            Strong::Generator(g) => {
                g.with_frame(|f| trace_frame(f, visit));
            }
        }
    }

    /// Empties the object, handing back what it held (dropped later, once
    /// every garbage object is cleared).
    #[allow(clippy::vec_box)]
    fn clear(&self, sink: &mut Vec<Value>, frames: &mut Vec<Box<Frame>>) {
        match self {
            Strong::List(l) => sink.append(&mut l.0.borrow_mut()),
            Strong::Dict(d) => take_dict(d, sink),
            Strong::Set(s) => {
                sink.extend(s.table.borrow_mut().take_all().into_iter().map(|e| e.key))
            }
            Strong::Tuple(_) => {}
            Strong::Instance(i) => {
                // A shared dict is a candidate of its own and is cleared
                // as one.
                if !i.dict_shared.get() {
                    take_dict(&i.dict, sink);
                }
                if let Some(e) = &i.exc {
                    sink.push(std::mem::replace(&mut *e.args.borrow_mut(), Value::None));
                    sink.push(std::mem::replace(&mut *e.cause.borrow_mut(), Value::None));
                    sink.push(std::mem::replace(&mut *e.context.borrow_mut(), Value::None));
                }
            }
            // Its attribute dict is a tracked object of its own.
            Strong::Function(_) => {}
            Strong::Cell(c) => sink.push(std::mem::take(&mut *c.0.borrow_mut())),
            Strong::Generator(g) => {
                if let Some(f) = g.take_frame() {
                    frames.push(f);
                }
                g.state.set(GenState::Finished);
            }
        }
    }
}

fn take_dict(d: &PyDict, sink: &mut Vec<Value>) {
    for e in d.0.borrow_mut().take_all() {
        sink.push(e.key);
        sink.push(e.value);
    }
}

fn trace_dict(d: &PyDict, visit: &mut dyn FnMut(usize)) {
    if let Ok(t) = d.0.try_borrow() {
        for e in t.iter() {
            trace_value(&e.key, visit);
            trace_value(&e.value, visit);
        }
    }
}

fn trace_frame(f: &Frame, visit: &mut dyn FnMut(usize)) {
    f.stack
        .iter()
        .chain(f.locals.iter())
        .for_each(|v| trace_value(v, visit));
    f.cells.iter().for_each(|c| visit(addr(c)));
    visit(addr(&f.globals));
    if let Some(n) = &f.names {
        visit(addr(n));
    }
    trace_value(&f.saved_exc, visit);
}

fn trace_value(v: &Value, visit: &mut dyn FnMut(usize)) {
    match v {
        Value::List(r) => visit(addr(r)),
        Value::Dict(r) => visit(addr(r)),
        Value::Set(r) => visit(addr(r)),
        Value::Tuple(r) => visit(addr(r)),
        Value::Instance(r) => visit(addr(r)),
        Value::Function(r) => visit(addr(r)),
        Value::Cell(r) => visit(addr(r)),
        Value::Generator(r) => visit(addr(r)),
        _ => {}
    }
}

/// The outcome of one collection.
pub struct Garbage {
    /// Unreachable suspended generators with `finally`/`except` blocks
    /// still to run: the VM closes them before anything is cleared.
    pub to_close: Vec<Rc<Generator>>,
    pub collected: usize,
}

/// Finds unreachable cycles among the candidates and clears them, unless
/// some of them need their finalizers run first (then nothing is cleared
/// and the generators to close are returned; the next collection frees
/// what is still garbage).
pub fn collect(full: bool) -> Garbage {
    let candidates: Vec<Tracked> = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let mut young = std::mem::take(&mut r.young);
        if full {
            let mut old = std::mem::take(&mut r.old);
            old.append(&mut young);
            old
        } else {
            young
        }
    });
    let objs: Vec<Strong> = candidates.iter().filter_map(|t| t.upgrade()).collect();
    drop(candidates);
    let index: HashMap<usize, usize> = objs
        .iter()
        .enumerate()
        .map(|(i, o)| (o.addr(), i))
        .collect();
    let mut refs: Vec<isize> = objs.iter().map(|o| o.strong_count() as isize).collect();
    for o in &objs {
        o.trace(&mut |a| {
            if let Some(&j) = index.get(&a) {
                refs[j] -= 1;
            }
        });
    }
    // Everything reachable from an object with outside references lives.
    let mut alive = vec![false; objs.len()];
    let mut stack: Vec<usize> = (0..objs.len()).filter(|&i| refs[i] > 0).collect();
    for &i in &stack {
        alive[i] = true;
    }
    while let Some(i) = stack.pop() {
        objs[i].trace(&mut |a| {
            if let Some(&j) = index.get(&a) {
                if !alive[j] {
                    alive[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    let mut to_close = Vec::new();
    for (i, o) in objs.iter().enumerate() {
        if let (false, Strong::Generator(g)) = (alive[i], o) {
            let protected = g.state.get() == GenState::Suspended
                && g.with_frame(|f| f.code.is_protected(f.ip.saturating_sub(1) as u32))
                    .unwrap_or(false);
            if protected {
                to_close.push(g.clone());
            }
        }
    }
    let mut collected = 0;
    let mut sink = Vec::new();
    let mut frames = Vec::new();
    if to_close.is_empty() {
        for (i, o) in objs.iter().enumerate() {
            if !alive[i] {
                o.clear(&mut sink, &mut frames);
                collected += 1;
            }
        }
    }
    // Survivors move to the old generation.
    let survivors: Vec<Tracked> = objs
        .iter()
        .enumerate()
        .filter(|(i, _)| alive[*i] || !to_close.is_empty())
        .map(|(_, o)| o.downgrade())
        .collect();
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        if full {
            r.old_after_full = survivors.len();
        }
        r.old.extend(survivors);
    });
    drop(objs);
    drop(sink);
    drop(frames);
    Garbage {
        to_close,
        collected,
    }
}

/// Whether the old generation has grown enough to deserve a full pass.
pub fn wants_full() -> bool {
    REGISTRY.with(|r| {
        let r = r.borrow();
        r.old.len() > 2 * r.old_after_full + 50_000
    })
}

pub fn is_enabled() -> bool {
    REGISTRY.with(|r| r.borrow().enabled)
}

pub fn set_enabled(on: bool) {
    REGISTRY.with(|r| r.borrow_mut().enabled = on);
}

/// Counts of (young, old) registered objects, alive or not yet pruned.
pub fn counts() -> (usize, usize) {
    REGISTRY.with(|r| {
        let r = r.borrow();
        (r.young.len(), r.old.len())
    })
}

/// Drops registry entries whose objects are gone.
pub fn prune_old() {
    REGISTRY.with(|r| r.borrow_mut().old.retain(|t| t.alive()));
}
