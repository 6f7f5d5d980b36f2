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

use crate::class::{Class, Instance};
use crate::dict::PyDict;
use crate::frame::Frame;
use crate::function::{BoundMethod, Builtin, CellObj, Function};
use crate::generator::{GenState, Generator, SavedFrame};
use crate::iter::{IterState, NativeIter};
use crate::memoryview::PyMemoryView;
use crate::native::NativeObject;
use crate::value::{PyList, PySet, PyTuple, Value};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// Registrations between two prunings of the young generation.
const PRUNE_EVERY: usize = 1024;

pub enum Tracked {
    List(Weak<PyList>),
    Dict(Weak<PyDict>),
    Set(Weak<PySet>),
    Tuple(Weak<PyTuple>),
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    Cell(Weak<CellObj>),
    Generator(Weak<Generator>),
    BoundMethod(Weak<BoundMethod>),
    Builtin(Weak<Builtin>),
    Iter(Weak<NativeIter>),
    Class(Weak<Class>),
    Native(Weak<NativeObject>),
    MemoryView(Weak<PyMemoryView>),
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
    BoundMethod(Rc<BoundMethod>),
    Builtin(Rc<Builtin>),
    Iter(Rc<NativeIter>),
    Class(Rc<Class>),
    Native(Rc<NativeObject>),
    MemoryView(Rc<PyMemoryView>),
}

/// What a traced object hands to the collector: every object it holds a
/// strong reference to.
pub struct Tracer<'a>(&'a mut dyn FnMut(usize));

impl Tracer<'_> {
    /// A value held.
    pub fn value(&mut self, v: &Value) {
        trace_value(v, self.0)
    }
    /// A tracked object held through its own `Rc` (a generator, a dict).
    pub fn rc<T>(&mut self, r: &Rc<T>) {
        (self.0)(addr(r))
    }
}

/// What a cleared object hands back: dropped once every garbage object is
/// cleared (so no destructor sees a half-cleared cycle).
#[derive(Default)]
pub struct Sink {
    values: Vec<Value>,
    other: Vec<Box<dyn Any>>,
}

impl Sink {
    pub fn value(&mut self, v: Value) {
        if !v.is_inline() {
            self.values.push(v)
        }
    }
    /// Anything else holding references (native callbacks, frames).
    pub fn other(&mut self, x: Box<dyn Any>) {
        self.other.push(x)
    }
}

/// The data of a native object (`NativeObject`): the collector sees
/// through it only by this trait, so every native type must say what it
/// holds (an empty `trace` for data that holds no value).
pub trait NativeData: Any {
    /// Hands every reference the data holds to `t`.
    fn trace(&self, t: &mut Tracer);
    /// Gives up every reference the data holds (the object is garbage).
    fn clear(&self, sink: &mut Sink);
}

/// Data shared through an `Rc` is traced only while this object is its
/// sole owner: then it is part of the object. Shared with a holder the
/// collector cannot see, it counts as held from outside and is kept.
impl<T: NativeData> NativeData for Rc<T> {
    fn trace(&self, t: &mut Tracer) {
        if Rc::strong_count(self) == 1 {
            (**self).trace(t)
        }
    }
    fn clear(&self, sink: &mut Sink) {
        if Rc::strong_count(self) == 1 {
            (**self).clear(sink)
        }
    }
}

/// A weak reference holds nothing alive.
impl<T: 'static> NativeData for Weak<T> {
    fn trace(&self, _: &mut Tracer) {}
    fn clear(&self, _: &mut Sink) {}
}

struct Registry {
    young: Vec<Tracked>,
    old: Vec<Tracked>,
    /// Size of the old generation after the last full collection.
    old_after_full: usize,
    enabled: bool,
    /// The young generation's length at which `register` next drops its
    /// dead entries.
    next_prune: usize,
    /// Live young objects that make a young collection due: `gc`'s
    /// threshold0 (0: never, as in CPython).
    young_limit: usize,
    /// A young collection is due (the VM runs it at its next safe point).
    collect_due: bool,
    /// The old generation's length when its dead entries were last
    /// dropped.
    old_after_prune: usize,
    /// `gc.DEBUG_SAVEALL`: garbage is kept (for `gc.garbage`), not cleared.
    save_all: bool,
    /// Garbage kept under `save_all`, until `gc` hands it to `gc.garbage`.
    saved: Vec<Value>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = const {
        RefCell::new(Registry {
            young: Vec::new(),
            old: Vec::new(),
            old_after_full: 0,
            enabled: true,
            next_prune: PRUNE_EVERY,
            young_limit: 700,
            collect_due: false,
            old_after_prune: 0,
            save_all: false,
            saved: Vec::new(),
        })
    };
}

#[inline]
fn register(t: Tracked) {
    let _ = REGISTRY.try_with(|r| {
        let r = &mut *r.borrow_mut();
        r.young.push(t);
        if r.young.len() >= r.next_prune {
            r.prune_young();
        }
    });
}

impl Registry {
    /// Most objects die young, freed by their count, but a registry
    /// entry's weak pointer keeps the dead object's allocation until the
    /// entry goes: dropping dead entries every `PRUNE_EVERY` registrations
    /// hands that memory back while it is still in cache. What is left is
    /// CPython's count (allocations less deallocations since the last
    /// collection): past `young_limit`, a young collection is due.
    #[cold]
    #[inline(never)]
    fn prune_young(&mut self) {
        self.young.retain(|t| {
            // Suspended generators are packed here too, not only by
            // collections: with the collector off (`gc.disable()`) a
            // million of them would keep whole frames. (Not new ones: the
            // newest is about to run, and would be unpacked at once.)
            if let Tracked::Generator(w) = t {
                if let Some(g) = w.upgrade() {
                    if g.state.get() == crate::generator::GenState::Suspended {
                        g.compact();
                    }
                }
            }
            t.alive()
        });
        self.next_prune = self.young.len() + PRUNE_EVERY;
        if self.young_limit > 0 && self.young.len() >= self.young_limit && !self.collect_due {
            self.collect_due = true;
            crate::generator::request_safe_point();
        }
    }
}

/// Whether a young collection is due (and forgets that it was).
pub fn take_collect_due() -> bool {
    REGISTRY
        .try_with(|r| std::mem::take(&mut r.borrow_mut().collect_due))
        .unwrap_or(false)
}

/// `gc.set_threshold`'s first number: live young objects that start a
/// young collection (0 turns automatic collection off).
pub fn set_young_limit(n: usize) {
    let _ = REGISTRY.try_with(|r| r.borrow_mut().young_limit = n);
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

pub fn new_bound_method(func: Value, receiver: Value) -> Value {
    let r = Rc::new(BoundMethod { func, receiver });
    register(Tracked::BoundMethod(Rc::downgrade(&r)));
    Value::BoundMethod(r)
}

/// A builtin; tracked when bound to a receiver that can be in a cycle
/// (`self.cb = self.items.append`).
pub fn new_builtin(b: Builtin) -> Rc<Builtin> {
    let holds_container = is_container(&b.bound);
    let r = Rc::new(b);
    if holds_container {
        register(Tracked::Builtin(Rc::downgrade(&r)));
    }
    r
}

/// A native iterator; tracked unless it iterates over plain data (a
/// range, a string, bytes), so `for i in range(n)` stays untracked.
pub fn new_iter(it: NativeIter) -> Rc<NativeIter> {
    let plain = matches!(
        &*it.state.borrow(),
        IterState::Range { .. }
            | IterState::BigRange { .. }
            | IterState::Str(..)
            | IterState::Bytes(..)
            | IterState::ByteArray(..)
            | IterState::ByteArrayReversed(..)
            | IterState::Done
    );
    let r = Rc::new(it);
    if !plain {
        register(Tracked::Iter(Rc::downgrade(&r)));
    }
    r
}

/// A class made by a `class` statement or `type(...)`.
pub fn track_class(c: &Rc<Class>) {
    register(Tracked::Class(Rc::downgrade(c)));
}

/// A memoryview: its exporter (a bytes subclass instance, an array) may
/// hold it back, a cycle only the collector breaks.
pub fn track_memoryview(m: &Rc<PyMemoryView>) {
    register(Tracked::MemoryView(Rc::downgrade(m)));
}

pub fn new_native(n: NativeObject) -> Rc<NativeObject> {
    let r = Rc::new(n);
    register(Tracked::Native(Rc::downgrade(&r)));
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
            | Value::Builtin(_)
            | Value::Iterator(_)
            | Value::Class(_)
            | Value::Native(_)
            | Value::MemoryView(_)
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
            Tracked::BoundMethod(w) => Strong::BoundMethod(w.upgrade()?),
            Tracked::Builtin(w) => Strong::Builtin(w.upgrade()?),
            Tracked::Iter(w) => Strong::Iter(w.upgrade()?),
            Tracked::Class(w) => Strong::Class(w.upgrade()?),
            Tracked::Native(w) => Strong::Native(w.upgrade()?),
            Tracked::MemoryView(w) => Strong::MemoryView(w.upgrade()?),
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
            Tracked::BoundMethod(w) => w.strong_count() > 0,
            Tracked::Builtin(w) => w.strong_count() > 0,
            Tracked::Iter(w) => w.strong_count() > 0,
            Tracked::Class(w) => w.strong_count() > 0,
            Tracked::Native(w) => w.strong_count() > 0,
            Tracked::MemoryView(w) => w.strong_count() > 0,
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
            Strong::BoundMethod(r) => addr(r),
            Strong::Builtin(r) => addr(r),
            Strong::Iter(r) => addr(r),
            Strong::Class(r) => addr(r),
            Strong::Native(r) => addr(r),
            Strong::MemoryView(r) => addr(r),
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
            Strong::BoundMethod(r) => Rc::strong_count(r),
            Strong::Builtin(r) => Rc::strong_count(r),
            Strong::Iter(r) => Rc::strong_count(r),
            Strong::Class(r) => Rc::strong_count(r),
            Strong::Native(r) => Rc::strong_count(r),
            Strong::MemoryView(r) => Rc::strong_count(r),
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
            Strong::BoundMethod(r) => Tracked::BoundMethod(Rc::downgrade(r)),
            Strong::Builtin(r) => Tracked::Builtin(Rc::downgrade(r)),
            Strong::Iter(r) => Tracked::Iter(Rc::downgrade(r)),
            Strong::Class(r) => Tracked::Class(Rc::downgrade(r)),
            Strong::Native(r) => Tracked::Native(Rc::downgrade(r)),
            Strong::MemoryView(r) => Tracked::MemoryView(Rc::downgrade(r)),
        }
    }

    /// Calls `visit` with the address of every object this one references.
    fn trace(&self, visit: &mut dyn FnMut(usize)) {
        match self {
            Strong::List(l) => {
                if let Ok(items) = l.0.try_borrow() {
                    items.iter().for_each(|v| trace_value(v, visit))
                }
            }
            Strong::Dict(d) => trace_dict(d, visit),
            Strong::Set(s) => {
                if let Ok(t) = s.table.try_borrow() {
                    t.iter().for_each(|e| trace_value(&e.key, visit))
                }
            }
            Strong::Tuple(t) => t.0.iter().for_each(|v| trace_value(v, visit)),
            Strong::Instance(i) => {
                visit(addr(i.class.owned()));
                if i.dict_shared.get() {
                    visit(addr(&i.dict));
                } else {
                    trace_dict(&i.dict, visit);
                }
                trace_value(&i.base, visit);
                if let Some(e) = &i.exc {
                    for v in [&e.args, &e.cause, &e.context, &e.group] {
                        if let Ok(v) = v.try_borrow() {
                            trace_value(&v, visit);
                        }
                    }
                    if let Ok(tb) = e.traceback.try_borrow() {
                        let mut t = Tracer(visit);
                        tb.iter().for_each(|entry| {
                            entry.frame.trace(&mut t);
                            t.value(&entry.tb_obj);
                        });
                    }
                }
            }
            Strong::Function(f) => {
                if let Ok(d) = f.defaults.try_borrow() {
                    d.iter().for_each(|v| trace_value(v, visit));
                }
                if let Ok(k) = f.kwdefaults.try_borrow() {
                    if let Some(k) = &*k {
                        visit(addr(k));
                    }
                }
                f.closure.iter().for_each(|c| visit(addr(c)));
                visit(addr(&f.globals));
                if let Some(d) = f.dict.get() {
                    visit(addr(d));
                }
                if let Ok(d) = f.doc.try_borrow() {
                    trace_value(&d, visit);
                }
                if let Ok(a) = f.annotations.try_borrow() {
                    trace_value(&a, visit);
                }
            }
            Strong::Cell(c) => {
                if let Ok(v) = c.0.try_borrow() {
                    trace_value(&v, visit)
                }
            }
            Strong::Generator(g) => {
                g.with_saved(|s| trace_saved(s, visit));
            }
            Strong::BoundMethod(m) => {
                trace_value(&m.func, visit);
                trace_value(&m.receiver, visit);
            }
            Strong::Builtin(b) => trace_value(&b.bound, visit),
            Strong::Iter(it) => {
                if let Ok(st) = it.state.try_borrow() {
                    trace_iter(&st, visit);
                }
            }
            Strong::Class(c) => {
                trace_dict(&c.dict, visit);
                c.bases.borrow().iter().for_each(|b| visit(addr(b)));
                c.mro_tail.borrow().iter().for_each(|b| visit(addr(b)));
            }
            Strong::Native(n) => {
                visit(addr(&n.class));
                n.data.trace(&mut Tracer(visit));
            }
            Strong::MemoryView(m) => m.trace(&mut Tracer(visit)),
        }
    }

    /// Empties the object, handing back what it held (dropped later, once
    /// every garbage object is cleared).
    fn clear(&self, sink: &mut Sink) {
        match self {
            Strong::List(l) => {
                if let Ok(mut items) = l.0.try_borrow_mut() {
                    sink.values.append(&mut items)
                }
            }
            Strong::Dict(d) => take_dict(d, sink),
            Strong::Set(s) => {
                if let Ok(mut t) = s.table.try_borrow_mut() {
                    sink.values.extend(t.take_all().into_iter().map(|e| e.key))
                }
            }
            Strong::Tuple(_) => {}
            Strong::Instance(i) => {
                // A shared dict is a candidate of its own and is cleared
                // as one.
                if !i.dict_shared.get() {
                    take_dict(&i.dict, sink);
                }
                // The builtin value of a `list`/`dict` subclass instance
                // is a tracked object of its own (a bound builtin method
                // may hold it alive): it is cleared as one.
                if let Some(e) = &i.exc {
                    for v in [&e.args, &e.cause, &e.context, &e.group] {
                        if let Ok(mut v) = v.try_borrow_mut() {
                            sink.value(std::mem::replace(&mut *v, Value::None));
                        }
                    }
                    // Traceback entries hold frames (and their locals).
                    if let Ok(mut tb) = e.traceback.try_borrow_mut() {
                        sink.other(Box::new(std::mem::take(&mut *tb)));
                    }
                }
            }
            // Its attribute dict is a tracked object of its own; its
            // cells are cleared as cells; defaults go with the function.
            Strong::Function(f) => {
                if let Ok(mut d) = f.doc.try_borrow_mut() {
                    sink.value(std::mem::replace(&mut *d, Value::None));
                }
            }
            Strong::Cell(c) => {
                if let Ok(mut v) = c.0.try_borrow_mut() {
                    sink.value(std::mem::take(&mut *v))
                }
            }
            Strong::Generator(g) => {
                let saved = g.take_saved();
                if !matches!(saved, SavedFrame::Empty) {
                    sink.other(Box::new(saved));
                }
                g.state.set(GenState::Finished);
            }
            // Immutable: they go when what holds them is cleared.
            Strong::BoundMethod(_) | Strong::Builtin(_) => {}
            Strong::Iter(it) => {
                if let Ok(mut st) = it.state.try_borrow_mut() {
                    sink.other(Box::new(std::mem::replace(&mut *st, IterState::Done)));
                }
            }
            Strong::Class(c) => take_dict(&c.dict, sink),
            Strong::Native(n) => n.data.clear(sink),
            Strong::MemoryView(m) => m.clear(sink),
        }
    }

    /// The object as a Python value.
    fn to_value(&self) -> Value {
        match self {
            Strong::List(r) => Value::List(r.clone()),
            Strong::Dict(r) => Value::Dict(r.clone()),
            Strong::Set(r) => Value::Set(r.clone()),
            Strong::Tuple(r) => Value::Tuple(r.clone()),
            Strong::Instance(r) => Value::Instance(r.clone()),
            Strong::Function(r) => Value::Function(r.clone()),
            Strong::Cell(r) => Value::Cell(r.clone()),
            Strong::Generator(r) => Value::Generator(r.clone()),
            Strong::BoundMethod(r) => Value::BoundMethod(r.clone()),
            Strong::Builtin(r) => Value::Builtin(r.clone()),
            Strong::Iter(r) => Value::Iterator(r.clone()),
            Strong::Class(r) => Value::Class(r.clone()),
            Strong::Native(r) => Value::Native(r.clone()),
            Strong::MemoryView(r) => Value::MemoryView(r.clone()),
        }
    }

    /// An instance whose `__del__` has not run yet.
    fn needs_finalizer(&self) -> Option<Rc<Instance>> {
        match self {
            Strong::Instance(i) if i.class.has_del.get() && !i.finalized.get() => Some(i.clone()),
            _ => None,
        }
    }
}

fn trace_iter(st: &IterState, visit: &mut dyn FnMut(usize)) {
    match st {
        IterState::List(l, _) | IterState::ListReversed(l, _) => visit(addr(l)),
        IterState::Tuple(t, _) => visit(addr(t)),
        IterState::Dict { dict, .. } | IterState::View { dict, .. } => visit(addr(dict)),
        IterState::Enumerate { inner, .. } | IterState::Seq { obj: inner, .. } => {
            trace_value(inner, visit)
        }
        IterState::Zip { iters } => iters.iter().for_each(|v| trace_value(v, visit)),
        IterState::Map { func, iters } => {
            trace_value(func, visit);
            iters.iter().for_each(|v| trace_value(v, visit));
        }
        IterState::Filter { func, inner } => {
            trace_value(func, visit);
            trace_value(inner, visit);
        }
        IterState::Items(items, _) => items.iter().for_each(|v| trace_value(v, visit)),
        IterState::Callable { func, sentinel } => {
            trace_value(func, visit);
            trace_value(sentinel, visit);
        }
        IterState::Str(..)
        | IterState::Bytes(..)
        | IterState::ByteArray(..)
        | IterState::ByteArrayReversed(..)
        | IterState::Range { .. }
        | IterState::BigRange { .. }
        | IterState::Done => {}
    }
}

fn take_dict(d: &PyDict, sink: &mut Sink) {
    if let Ok(mut t) = d.0.try_borrow_mut() {
        for e in t.take_all() {
            sink.value(e.key);
            sink.value(e.value);
        }
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
    if let Some(o) = f.object() {
        visit(addr(&o));
    }
}

fn trace_saved(s: &SavedFrame, visit: &mut dyn FnMut(usize)) {
    match s {
        SavedFrame::Empty => {}
        SavedFrame::Whole(f) => trace_frame(f, visit),
        SavedFrame::Compact(c) => {
            c.slots.iter().for_each(|v| trace_value(v, visit));
            visit(addr(&c.globals));
            if let Some(rare) = &c.rare {
                rare.cells.iter().for_each(|c| visit(addr(c)));
                if let Some(n) = &rare.names {
                    visit(addr(n));
                }
                trace_value(&rare.saved_exc, visit);
            }
        }
    }
}

fn trace_value(v: &Value, visit: &mut dyn FnMut(usize)) {
    match v {
        Value::BoundMethod(r) => visit(addr(r)),
        Value::Builtin(r) => visit(addr(r)),
        Value::Iterator(r) => visit(addr(r)),
        Value::Class(r) => visit(addr(r)),
        Value::Native(r) => visit(addr(r)),
        Value::MemoryView(r) => visit(addr(r)),
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

/// The candidates of a collection by address: an open-addressed table of
/// their positions (4 bytes a slot, at most half full), probed once or
/// twice for each reference traced, where a sorted table cost a sort and a
/// binary search of ~log2(n) dependent loads a reference.
struct AddrIndex {
    slots: Vec<u32>,
    shift: u32,
}

impl AddrIndex {
    const EMPTY: u32 = u32::MAX;

    fn new(objs: &[Strong]) -> AddrIndex {
        let size = (objs.len() * 2).next_power_of_two().max(16);
        let mut index = AddrIndex {
            slots: vec![Self::EMPTY; size],
            shift: usize::BITS - size.trailing_zeros(),
        };
        let mask = size - 1;
        for (i, o) in objs.iter().enumerate() {
            let mut h = index.home(o.addr());
            while index.slots[h] != Self::EMPTY {
                h = (h + 1) & mask;
            }
            index.slots[h] = i as u32;
        }
        index
    }

    /// Fibonacci hashing of the address (objects are 16-byte aligned:
    /// the multiply mixes the high bits in).
    #[inline]
    fn home(&self, a: usize) -> usize {
        (a as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) as usize >> self.shift
    }

    #[inline]
    fn find(&self, objs: &[Strong], a: usize) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut h = self.home(a);
        loop {
            let i = self.slots[h];
            if i == Self::EMPTY {
                return None;
            }
            if objs[i as usize].addr() == a {
                return Some(i as usize);
            }
            h = (h + 1) & mask;
        }
    }
}

/// The outcome of one collection.
pub struct Garbage {
    /// Unreachable suspended generators with `finally`/`except` blocks
    /// still to run: the VM closes them before anything is cleared.
    pub to_close: Vec<Rc<Generator>>,
    /// Unreachable instances whose `__del__` has not run: the VM runs it
    /// (once, as CPython 3.4+) before anything is cleared.
    pub to_finalize: Vec<Rc<Instance>>,
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
        r.next_prune = PRUNE_EVERY;
        if full {
            let mut old = std::mem::take(&mut r.old);
            old.append(&mut young);
            old
        } else {
            young
        }
    });
    // Collected in place (same size): the candidates' buffer becomes
    // the objects', instead of both being alive at once.
    let objs: Vec<Strong> = candidates.into_iter().filter_map(|t| t.upgrade()).collect();
    // The candidates by address (see `AddrIndex`); they keep their
    // registration order, which clearing and finalizers follow.
    let by_addr = AddrIndex::new(&objs);
    let find = |objs: &[Strong], a: usize| by_addr.find(objs, a);
    // 32-bit counts and positions: half the memory of these tables. A
    // count clamped at i32::MAX still stays above the references among
    // the candidates (there are fewer than that many).
    let mut refs: Vec<i32> = objs
        .iter()
        .map(|o| o.strong_count().min(i32::MAX as usize) as i32)
        .collect();
    for o in &objs {
        o.trace(&mut |a| {
            if let Some(j) = find(&objs, a) {
                refs[j] -= 1;
            }
        });
    }
    // Everything reachable from an object with outside references lives:
    // a positive count marks it, and marking goes depth first from each.
    // The stack holds the unvisited children along a path, at most every
    // object once: reserved at that size, it never copies itself while
    // growing, and only the part used is ever touched.
    let mut stack: Vec<u32> = Vec::with_capacity(objs.len());
    for root in 0..objs.len() {
        if refs[root] <= 0 {
            continue;
        }
        stack.push(root as u32);
        while let Some(i) = stack.pop() {
            objs[i as usize].trace(&mut |a| {
                if let Some(j) = find(&objs, a) {
                    if refs[j] <= 0 {
                        refs[j] = 1;
                        stack.push(j as u32);
                    }
                }
            });
        }
    }
    drop(stack);
    drop(by_addr);
    // Each table goes as soon as it is done with: a full collection of a
    // million objects would otherwise hold them all at its peak. The
    // counts stay, as the marks: alive is positive.
    let mut alive = refs;
    let mut to_close = Vec::new();
    let mut to_finalize = Vec::new();
    for (i, o) in objs.iter().enumerate() {
        if alive[i] > 0 {
            continue;
        }
        if let Strong::Generator(g) = o {
            let protected = g.state.get() == GenState::Suspended
                && g.resume_ip()
                    .is_some_and(|ip| g.code.is_protected(ip.saturating_sub(1)));
            if protected {
                to_close.push(g.clone());
            }
        } else if let Some(inst) = o.needs_finalizer() {
            to_finalize.push(inst);
        }
    }
    let mut collected = 0;
    let mut sink = Sink::default();
    let finalizers_first = !to_close.is_empty() || !to_finalize.is_empty();
    let save_all = REGISTRY.with(|r| r.borrow().save_all);
    if !finalizers_first {
        for (i, o) in objs.iter().enumerate() {
            if alive[i] <= 0 {
                if save_all {
                    // Kept whole for `gc.garbage`, and tracked as a
                    // survivor (its cycle is still one once released).
                    let v = o.to_value();
                    REGISTRY.with(|r| r.borrow_mut().saved.push(v));
                    alive[i] = 1;
                } else {
                    o.clear(&mut sink);
                }
                collected += 1;
            }
        }
    }
    // Survivors move to the old generation (straight in: an intermediate
    // vector would be one more table of them all). Garbage kept for its
    // finalizers goes back to the young one, so the pass the VM runs right
    // after them frees what is still unreachable (were it old, it would
    // wait for the next full pass, and a loop making finalizable cycles
    // would grow without bound until then).
    //
    // The survivors' entries are made in place of `objs` (entries and
    // objects are the same size): a full pass over a million objects
    // would otherwise hold both tables at once. Garbage is dropped here,
    // outside the registry's borrow (a dropped generator may register a
    // revived one).
    let mut pending = Vec::new();
    let survivors: Vec<Tracked> = objs
        .into_iter()
        .zip(alive)
        .filter_map(|(o, count)| {
            if count > 0 {
                // Suspended generators that survive keep only what they
                // need (see `SavedFrame`).
                if let Strong::Generator(g) = &o {
                    g.compact();
                }
                Some(o.downgrade())
            } else {
                if finalizers_first {
                    pending.push(o.downgrade());
                }
                None
            }
        })
        .collect();
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let before = r.old.len();
        if before == 0 {
            r.old = survivors;
            // The buffer held every candidate: keep it only if mostly used.
            if r.old.len() < r.old.capacity() / 4 {
                r.old.shrink_to_fit();
            }
        } else {
            r.old.extend(survivors);
        }
        if full {
            r.old_after_full = r.old.len() - before;
            r.old_after_prune = r.old.len();
        } else if r.old.len() > 2 * r.old_after_prune + PRUNE_EVERY {
            // Objects promoted and then freed by their count keep their
            // memory through their entries until these go: drop them
            // whenever the old generation has doubled since the last time
            // (amortized O(1) a promotion).
            r.old.retain(Tracked::alive);
            r.old_after_prune = r.old.len();
        }
        if finalizers_first {
            pending.append(&mut r.young);
            r.young = pending;
        }
    });
    drop(sink);
    Garbage {
        to_close,
        to_finalize,
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

/// Live objects registered since the last collection: `gc.get_count()`'s
/// first number (CPython's allocations less deallocations since then).
pub fn young_alive() -> usize {
    REGISTRY.with(|r| r.borrow().young.iter().filter(|t| t.alive()).count())
}

/// Drops registry entries whose objects are gone: an entry's weak
/// pointer keeps the dead object's allocation until then.
pub fn prune() {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.young.retain(|t| t.alive());
        r.old.retain(|t| t.alive());
        r.young.shrink_to_fit();
        r.old.shrink_to_fit();
        r.old_after_full = r.old_after_full.min(r.old.len());
    });
}

/// Items dropped from big containers since memory was last handed back.
const TRIM_AFTER_FREED: usize = 100_000;

thread_local! {
    static FREED: Cell<usize> = const { Cell::new(0) };
    static TRIM_WANTED: Cell<bool> = const { Cell::new(false) };
}

static TRIM_HOOK: std::sync::OnceLock<fn()> = std::sync::OnceLock::new();

/// What hands free memory back to the system (the binary's allocator).
pub fn set_trim_hook(hook: fn()) {
    let _ = TRIM_HOOK.set(hook);
}

/// A big container dropped `n` items: after enough of them, the VM
/// prunes the registry and hands free memory back at its next safe point
/// (`del` of a million-item list leaves RSS where it was before it).
pub fn note_freed(n: usize) {
    let _ = FREED.try_with(|f| {
        let total = f.get() + n;
        if total >= TRIM_AFTER_FREED {
            f.set(0);
            let _ = TRIM_WANTED.try_with(|t| t.set(true));
            crate::generator::request_safe_point();
        } else {
            f.set(total);
        }
    });
}

/// Whether `note_freed` asked for a trim (and forgets the request).
pub fn take_trim_request() -> bool {
    TRIM_WANTED.try_with(|t| t.replace(false)).unwrap_or(false)
}

/// Prunes the registry and hands free memory back to the system.
pub fn trim() {
    prune();
    if let Some(hook) = TRIM_HOOK.get() {
        hook();
    }
}

/// `gc.DEBUG_SAVEALL` on or off.
pub fn set_save_all(on: bool) {
    REGISTRY.with(|r| r.borrow_mut().save_all = on);
}

/// The garbage kept under `gc.DEBUG_SAVEALL` since last asked.
pub fn take_saved() -> Vec<Value> {
    REGISTRY.with(|r| std::mem::take(&mut r.borrow_mut().saved))
}

/// Every live tracked object (both generations).
fn live_objects() -> Vec<Strong> {
    REGISTRY.with(|r| {
        let r = r.borrow();
        r.young
            .iter()
            .chain(r.old.iter())
            .filter_map(Tracked::upgrade)
            .collect()
    })
}

/// The address of a value's object, when it is one the collector tracks.
fn tracked_addr(v: &Value) -> Option<usize> {
    let mut found = None;
    if is_container(v) {
        trace_value(v, &mut |a| found = Some(a));
    }
    found
}

/// `gc.get_referents(*objs)`: the tracked objects each one references
/// directly (untracked ones, such as strings and numbers, are left out).
pub fn referents(objs: &[Value]) -> Vec<Value> {
    let live = live_objects();
    let mut by_addr: Vec<usize> = (0..live.len()).collect();
    by_addr.sort_unstable_by_key(|&i| live[i].addr());
    let mut out = Vec::new();
    for v in objs {
        let Some(a) = tracked_addr(v) else { continue };
        let Ok(k) = by_addr.binary_search_by_key(&a, |&i| live[i].addr()) else {
            continue;
        };
        live[by_addr[k]].trace(&mut |b| {
            if let Ok(j) = by_addr.binary_search_by_key(&b, |&i| live[i].addr()) {
                out.push(live[by_addr[j]].to_value());
            }
        });
    }
    out
}

/// `gc.get_referrers(*objs)`: the tracked objects that reference any of
/// `objs` directly.
pub fn referrers(objs: &[Value]) -> Vec<Value> {
    let mut targets: Vec<usize> = objs.iter().filter_map(tracked_addr).collect();
    targets.sort_unstable();
    let mut out = Vec::new();
    for o in live_objects() {
        let mut hit = false;
        o.trace(&mut |a| hit |= targets.binary_search(&a).is_ok());
        if hit {
            out.push(o.to_value());
        }
    }
    out
}
