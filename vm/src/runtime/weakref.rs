//! Weak references: the native side of the `weakref` module (`_weakref`).
//!
//! A Python weak reference (`weakref.ref`, a proxy: instances of classes in
//! `stdlib/py/weakref.py`) holds a handle: a native object with a Rust
//! `Weak` to the referent, so that calling the reference is an upgrade and
//! nothing is paid by objects nobody references weakly.
//!
//! Callbacks need to know when a referent dies. A side table, keyed by the
//! referent's address, lists the Python reference objects (weakly, so a
//! reference that dies first is not called). Instances, by far the usual
//! referents, are noticed at once: their class gets a flag when one of them
//! is first referenced weakly, and `Instance::drop` looks the table up only
//! when it is set. Other referents (functions, sets, bound methods,
//! generators, modules, code, native objects...) are noticed at once too:
//! their types' `Drop` asks `referent_dropped`, which answers from a small
//! address filter before it touches the table, so that freeing an object
//! nobody referenced weakly costs a bit test. What still escapes both (a
//! class freed by the collector) is found dead by a sweep after each cycle
//! collection. Either way the callbacks are queued and run at the VM's
//! next safe point, never inside a `Drop`.
//! The address stays a valid key while the entry exists: the entry's Rust
//! `Weak` keeps the referent's allocation (not its value) from being
//! reused.

use crate::class::{Class, Instance};
use crate::code::Code;
use crate::error::{PyErr, PyResult};
use crate::function::{BoundMethod, Builtin, Function};
use crate::generator::Generator;
use crate::memoryview::PyMemoryView;
use crate::module::Module;
use crate::native::{NativeObject, Sink, Tracer};
use crate::str::intern_static;
use crate::types::Kw;
use crate::value::{PySet, Value};
use crate::Vm;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// An object referenced weakly.
#[derive(Clone)]
pub enum WeakTarget {
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    Class(Weak<Class>),
    Set(Weak<PySet>),
    Generator(Weak<Generator>),
    BoundMethod(Weak<BoundMethod>),
    Builtin(Weak<Builtin>),
    Module(Weak<Module>),
    Code(Weak<Code>),
    Native(Weak<NativeObject>),
    MemoryView(Weak<PyMemoryView>),
}

impl WeakTarget {
    /// The weak pointer to `v`, if its type supports weak references.
    pub fn of(v: &Value) -> Option<WeakTarget> {
        Some(match v {
            Value::Instance(i) => {
                if !instance_weakrefable(i) {
                    return None;
                }
                WeakTarget::Instance(Rc::downgrade(i))
            }
            Value::Function(f) => WeakTarget::Function(Rc::downgrade(f)),
            Value::Class(c) => WeakTarget::Class(Rc::downgrade(c)),
            Value::Set(s) => WeakTarget::Set(Rc::downgrade(s)),
            Value::Generator(g) => WeakTarget::Generator(Rc::downgrade(g)),
            Value::BoundMethod(m) => WeakTarget::BoundMethod(Rc::downgrade(m)),
            Value::Builtin(b) => WeakTarget::Builtin(Rc::downgrade(b)),
            Value::Module(m) => WeakTarget::Module(Rc::downgrade(m)),
            Value::Code(c) => WeakTarget::Code(Rc::downgrade(c)),
            Value::Native(n) => WeakTarget::Native(Rc::downgrade(n)),
            Value::MemoryView(m) => {
                m.weakly_referenced.set(true);
                WeakTarget::MemoryView(Rc::downgrade(m))
            }
            _ => return None,
        })
    }

    /// The referent, if it is alive.
    pub fn upgrade(&self) -> Option<Value> {
        Some(match self {
            WeakTarget::Instance(w) => Value::Instance(w.upgrade()?),
            WeakTarget::Function(w) => Value::Function(w.upgrade()?),
            WeakTarget::Class(w) => Value::Class(w.upgrade()?),
            WeakTarget::Set(w) => Value::Set(w.upgrade()?),
            WeakTarget::Generator(w) => Value::Generator(w.upgrade()?),
            WeakTarget::BoundMethod(w) => Value::BoundMethod(w.upgrade()?),
            WeakTarget::Builtin(w) => Value::Builtin(w.upgrade()?),
            WeakTarget::Module(w) => Value::Module(w.upgrade()?),
            WeakTarget::Code(w) => Value::Code(w.upgrade()?),
            WeakTarget::Native(w) => Value::Native(w.upgrade()?),
            WeakTarget::MemoryView(w) => Value::MemoryView(w.upgrade()?),
        })
    }

    pub fn is_alive(&self) -> bool {
        match self {
            WeakTarget::Instance(w) => w.strong_count() > 0,
            WeakTarget::Function(w) => w.strong_count() > 0,
            WeakTarget::Class(w) => w.strong_count() > 0,
            WeakTarget::Set(w) => w.strong_count() > 0,
            WeakTarget::Generator(w) => w.strong_count() > 0,
            WeakTarget::BoundMethod(w) => w.strong_count() > 0,
            WeakTarget::Builtin(w) => w.strong_count() > 0,
            WeakTarget::Module(w) => w.strong_count() > 0,
            WeakTarget::Code(w) => w.strong_count() > 0,
            WeakTarget::Native(w) => w.strong_count() > 0,
            WeakTarget::MemoryView(w) => w.strong_count() > 0,
        }
    }

    /// The referent's address, as `Value::ptr` gives it.
    fn addr(&self) -> usize {
        match self {
            WeakTarget::Instance(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::Function(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::Class(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::Set(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::Generator(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::BoundMethod(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::Builtin(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::Module(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::Code(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::Native(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::MemoryView(w) => w.as_ptr() as *const u8 as usize,
        }
    }
}

/// Instances are weakly referenceable unless `__slots__` leaves out
/// `__weakref__`, or the class derives from int, tuple or bytes (as in
/// CPython, whose objects of those types have no room for the list).
fn instance_weakrefable(i: &Instance) -> bool {
    if let Some(names) = &*i.class.slots.borrow() {
        if !names.iter().any(|n| n == "__weakref__") {
            return false;
        }
    }
    !matches!(
        i.base,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Tuple(_) | Value::Bytes(_)
    )
}

/// The handle a Python reference object keeps: a native object so that
/// Python code cannot reach the referent other than through `deref`.
struct Handle(WeakTarget);

impl crate::native::NativeData for Handle {
    fn trace(&self, _: &mut Tracer) {}
    fn clear(&self, _: &mut Sink) {}
}

/// One referent's entry: its weak pointer and its Python reference
/// objects, in CPython's list order (plain refs and proxies first, then
/// the ones with callbacks, newest first).
struct Entry {
    target: WeakTarget,
    refs: Vec<Weak<Instance>>,
}

thread_local! {
    static TABLE: RefCell<HashMap<usize, Entry>> = RefCell::new(HashMap::new());
    /// Reference objects whose referent died, with a callback to run.
    static PENDING_CALLBACKS: RefCell<Vec<Rc<Instance>>> = const { RefCell::new(Vec::new()) };
}

/// Bits of the address filter: enough that a program holding a few
/// hundred weak references to non-instances rarely looks the table up in
/// vain, small enough to clear in a sweep.
const FILTER_WORDS: usize = 64;

thread_local! {
    /// A Bloom filter (one hash) over the addresses of referents that are
    /// not instances: a clear bit proves the object is not in the table.
    /// Bits are set by `attach` and rebuilt from the table by `sweep`.
    static FILTER: [Cell<u64>; FILTER_WORDS] = const { [const { Cell::new(0) }; FILTER_WORDS] };
}

/// The filter's word and bit for an address (allocations are 16-byte
/// aligned: the low bits say nothing).
#[inline(always)]
fn filter_slot(addr: usize) -> (usize, u64) {
    let h = (addr >> 4) ^ (addr >> 16);
    ((h >> 6) % FILTER_WORDS, 1u64 << (h & 63))
}

fn filter_add(addr: usize) {
    let (w, bit) = filter_slot(addr);
    let _ = FILTER.try_with(|f| f[w].set(f[w].get() | bit));
}

/// Called by the `Drop` of every weakly referenceable type but instances
/// (`self`'s address, as `Value::ptr` gives it): queues the callbacks of
/// its references, if it has any. The common case is one bit test.
#[inline(always)]
pub(crate) fn referent_dropped(addr: usize) {
    let (w, bit) = filter_slot(addr);
    if FILTER.try_with(|f| f[w].get() & bit != 0).unwrap_or(false) {
        instance_died(addr);
    }
}

/// Called by `Instance::drop` when its class has weakly referenced
/// instances: queues the callbacks of the instance at `addr`, if any.
pub(crate) fn instance_died(addr: usize) {
    let entry = TABLE.try_with(|t| t.try_borrow_mut().ok().and_then(|mut t| t.remove(&addr)));
    if let Ok(Some(entry)) = entry {
        queue_callbacks(entry);
    }
}

fn callback_of(r: &Instance) -> Value {
    r.dict
        .get_str(&intern_static("__callback__"))
        .unwrap_or(Value::None)
}

/// Queues the live references of a dead referent. Their callbacks are
/// looked at only when they run: this may be inside a `Drop` while the
/// reference's own dict is being written (the write dropped the referent).
fn queue_callbacks(entry: Entry) {
    let live: Vec<Rc<Instance>> = entry.refs.iter().filter_map(|w| w.upgrade()).collect();
    if live.is_empty() {
        return;
    }
    let _ = PENDING_CALLBACKS.try_with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            p.extend(live);
        }
    });
    crate::generator::request_safe_point();
}

/// After a cycle collection: queues the callbacks of referents that died
/// without a destructor that tells the table (instances freed before their
/// class got its flag, classes).
pub(crate) fn sweep() {
    let dead: Vec<Entry> = TABLE.with(|t| {
        let mut t = t.borrow_mut();
        // The filter is rebuilt below from the live entries, so that dead
        // referents' bits stop costing table look-ups.
        let _ = FILTER.try_with(|f| {
            for w in f {
                w.set(0);
            }
        });
        if t.is_empty() {
            return Vec::new();
        }
        let keys: Vec<usize> = t
            .iter()
            .filter(|(_, e)| !e.target.is_alive())
            .map(|(k, _)| *k)
            .collect();
        let dead = keys.into_iter().filter_map(|k| t.remove(&k)).collect();
        for (addr, e) in t.iter() {
            if !matches!(
                e.target,
                WeakTarget::Instance(_) | WeakTarget::MemoryView(_)
            ) {
                filter_add(*addr);
            }
        }
        dead
    });
    for e in dead {
        queue_callbacks(e);
    }
}

impl Vm {
    /// Runs the queued weak reference callbacks, each with its reference;
    /// errors are reported and ignored, as CPython's.
    #[cold]
    pub(crate) fn run_weakref_callbacks(&mut self) {
        loop {
            let next = PENDING_CALLBACKS.with(|p| {
                let mut p = p.borrow_mut();
                (!p.is_empty()).then(|| p.remove(0))
            });
            let Some(r) = next else { break };
            let cb = callback_of(&r);
            if cb.is_none() {
                continue;
            }
            if let Err(e) = self.call(&cb, vec![Value::Instance(r)]) {
                let exc = self.materialize(e);
                let name = self.repr_or(&cb);
                self.report_unraisable(exc, cb, &name);
            }
        }
    }
}

fn handle_of(v: &Value) -> PyResult<&WeakTarget> {
    match crate::native::native_ref::<Handle>(v) {
        Some((_, h)) => Ok(&h.0),
        None => Err(PyErr::type_error("expected a weak reference handle")),
    }
}

fn cannot_reference(vm: &Vm, v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "cannot create weak reference to '{}' object",
        vm.type_name(v)
    ))
}

/// `_weakref.attach(ref_object, referent, first)`: a handle to `referent`,
/// with `ref_object` listed among its references (at the front when
/// `first`: a plain reference or proxy).
fn attach(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    crate::types::nargs("attach", a, 3, 3)?;
    let Value::Instance(r) = &a[0] else {
        return Err(PyErr::type_error("attach: a reference object expected"));
    };
    let obj = &a[1];
    let Some(target) = WeakTarget::of(obj) else {
        return Err(cannot_reference(vm, obj));
    };
    match obj {
        Value::Instance(i) => i.class.weakly_referenced.set(true),
        Value::MemoryView(_) => {}
        _ => filter_add(target.addr()),
    }
    let first = vm.truthy(&a[2])?;
    let addr = target.addr();
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let e = t.entry(addr).or_insert_with(|| Entry {
            target: target.clone(),
            refs: Vec::new(),
        });
        e.refs.retain(|w| w.strong_count() > 0);
        let at = if first {
            0
        } else {
            e.refs
                .iter()
                .take_while(|w| {
                    w.upgrade()
                        .map(|r| callback_of(&r).is_none())
                        .unwrap_or(false)
                })
                .count()
        };
        e.refs.insert(at, Rc::downgrade(r));
    });
    let class = handle_class(vm);
    Ok(crate::native::NativeObject::new(class, Handle(target)))
}

fn handle_class(vm: &mut Vm) -> Rc<Class> {
    thread_local! {
        static CLASS: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
    }
    if let Some(c) = CLASS.with(|c| c.borrow().clone()) {
        return c;
    }
    let c = crate::native::native_class(vm, "weakref_handle", "_weakref", &[], None);
    CLASS.with(|slot| *slot.borrow_mut() = Some(c.clone()));
    c
}

/// `_weakref.deref(handle)`: the referent, or None once it died.
fn deref(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    crate::types::nargs("deref", a, 1, 1)?;
    Ok(handle_of(&a[0])?.upgrade().unwrap_or(Value::None))
}

/// The live reference objects of `obj`, in list order.
fn refs_of(obj: &Value) -> Vec<Value> {
    let Some(addr) = obj.ptr() else {
        return Vec::new();
    };
    TABLE.with(|t| {
        let t = t.borrow();
        match t.get(&addr) {
            Some(e) if e.target.is_alive() => e
                .refs
                .iter()
                .filter_map(|w| w.upgrade())
                .map(Value::Instance)
                .collect(),
            _ => Vec::new(),
        }
    })
}

fn getweakrefcount(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    crate::types::nargs("_weakref.getweakrefcount", a, 1, 1)?;
    Ok(Value::Int(refs_of(&a[0]).len() as i64))
}

fn getweakrefs(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    crate::types::nargs("_weakref.getweakrefs", a, 1, 1)?;
    Ok(Value::list(refs_of(&a[0])))
}

/// `_weakref.bind(func, obj)`: the bound method `WeakMethod` remakes.
fn bind(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    crate::types::nargs("bind", a, 2, 2)?;
    Ok(crate::gc::new_bound_method(a[0].clone(), a[1].clone()))
}

pub fn init_module(vm: &mut Vm) -> PyResult<Value> {
    use crate::types::builtin_fn;
    Ok(vm.make_module(
        "_weakref",
        vec![
            ("attach", builtin_fn("attach", attach)),
            ("deref", builtin_fn("deref", deref)),
            (
                "getweakrefcount",
                builtin_fn("getweakrefcount", getweakrefcount),
            ),
            ("getweakrefs", builtin_fn("getweakrefs", getweakrefs)),
            ("bind", builtin_fn("bind", bind)),
        ],
    ))
}

/// The destructors that tell the table a referent died (instances and
/// memoryviews have their own, with per-class and per-object flags;
/// generators call `referent_dropped` from theirs). One place, so that a
/// type made weakly referenceable in `WeakTarget::of` gets its line here.
/// Classes are left to the sweep: CPython's sit in cycles of their own
/// (`__mro__`, their descriptors), so their callbacks run at a collection,
/// even where whirl's count frees them at once.
macro_rules! tell_table_on_drop {
    ($($t:ty),*) => {$(
        impl Drop for $t {
            #[inline]
            fn drop(&mut self) {
                referent_dropped(self as *const $t as usize);
            }
        }
    )*};
}

tell_table_on_drop!(
    Function,
    PySet,
    BoundMethod,
    Builtin,
    Module,
    Code,
    NativeObject
);
