//! Classes (builtin types and user classes alike), their C3 method
//! resolution order, and instances of user classes and exceptions.

use crate::code::Code;
use crate::dict::PyDict;
use crate::error::{ExcType, PyErr, PyResult};
use crate::str::PyStr;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct Class {
    pub name: String,
    pub qualname: String,
    pub module: String,
    /// Mutable for `C.__bases__ = (...)` (see `bases_assign.rs`); read
    /// borrows never span a call into Python.
    pub bases: RefCell<Vec<Rc<Class>>>,
    /// The MRO without the class itself (a class holding itself would be a
    /// reference cycle). Recomputed when `__bases__` is assigned.
    pub mro_tail: RefCell<Vec<Rc<Class>>>,
    pub dict: PyDict,
    /// For builtin types: which kind of value their instances are.
    pub builtin: Option<BuiltinType>,
    /// Set on the exception hierarchy and its subclasses.
    pub exc_type: Option<ExcType>,
    /// Classes that define `__eq__` but not `__hash__` are unhashable.
    pub no_hash: Cell<bool>,
    /// Whether this class or a base holds a property (a data descriptor)
    /// or defines `__setattr__`: when not, instance attributes are looked
    /// up in the instance dict first and stored there directly.
    pub has_descriptors: Cell<bool>,
    /// This class or a base defines `__setattr__`.
    pub has_setattr: Cell<bool>,
    /// Names bound to a property in this class or a base: the only
    /// attributes whose loads and stores must look at the class first.
    pub property_names: RefCell<Vec<Rc<PyStr>>>,
    /// Direct subclasses (weak: a subclass keeps its bases alive, not the
    /// other way round), so that a property added to a class later is
    /// seen through the subclasses made before.
    pub subclasses: RefCell<Vec<std::rc::Weak<Class>>>,
    /// With `__slots__` (in this class and every user base, without
    /// `"__dict__"`): the only attribute names instances may set.
    pub slots: RefCell<Option<Vec<String>>>,
    /// This class or a base defines `__del__`: its instances are finalized.
    pub has_del: Cell<bool>,
    /// An instance of exactly this class was referenced weakly: its
    /// instances tell the weak reference table when they die.
    pub weakly_referenced: Cell<bool>,
    /// How many attributes its instances have had at most (up to a
    /// bound): new instances' dicts start with that much room, as
    /// CPython's key-sharing dicts do, instead of growing every time.
    pub instance_attrs: Cell<u8>,
    /// The class's metaclass when it is not `type` (`class C(metaclass=M)`
    /// or a base's metaclass): `type(C)`, attributes of M seen from C,
    /// `M.__call__` when C is called.
    pub metaclass: Option<Rc<Class>>,
    /// This class or a base defines `__getattribute__`: every attribute
    /// load on its instances goes through it (kept off the fast path by
    /// making `has_property` answer yes for every name).
    pub custom_getattribute: Cell<bool>,
    /// Where the class itself sits in its MRO: 0 (first) unless a
    /// metaclass's `mro()` put it elsewhere (`mro_tail[..n]` come before
    /// it). Lookups test it once and keep their plain path for 0.
    pub mro_self_at: Cell<u32>,
    /// The version tag naming the class's attribute layout as it is now
    /// (0: none yet, or changed since): see `type_version`.
    pub version_tag: Cell<u32>,
    /// For calls of the class: the version tag (high half) for which no
    /// class of the MRO defines `__new__` and `__init__` is the function
    /// at the place in the low half (see `Class::plain_init`).
    pub init_place: Cell<u64>,
}

impl Drop for Class {
    fn drop(&mut self) {
        if self.dict.0.get_mut().is_watched() {
            crate::type_version::forget_class_dict(self.dict.0.as_ptr());
        }
    }
}

/// Whether a class attribute is a `property` (or an instance of a
/// subclass of it).
pub fn is_property(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.class.is_builtin_kind("property"))
}

/// Whether a class attribute is a data descriptor: a property, or an
/// object whose type defines `__set__` or `__delete__`. Loads and stores
/// of its name on instances must look at the class first.
pub fn is_data_descriptor(v: &Value) -> bool {
    let Value::Instance(i) = v else { return false };
    if i.class.is_builtin_kind("property") || i.class.is_builtin_kind("member_descriptor") {
        return true;
    }
    i.class.is_user_class()
        && (i
            .class
            .lookup(&crate::str::intern_static("__set__"))
            .is_some()
            || i.class
                .lookup(&crate::str::intern_static("__delete__"))
                .is_some())
}

/// Builtin types whose instances are not `Instance` objects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinType {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    Complex,
    ByteArray,
    MemoryView,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Generator,
    Module,
    Iterator,
    Cell,
    Code,
    BaseException,
}

impl Class {
    pub fn new(
        name: &str,
        qualname: &str,
        module: &str,
        bases: Vec<Rc<Class>>,
        builtin: Option<BuiltinType>,
    ) -> PyResult<Class> {
        check_layouts(&bases)?;
        let mro_tail = c3_merge(&bases)?;
        let exc_type = bases.iter().find_map(|b| b.exc_type);
        // object's own flag (its bare instances take no attributes) is
        // not inherited: subclasses' instances have a dict.
        let has_descriptors = bases
            .iter()
            .any(|b| b.has_descriptors.get() && b.builtin != Some(BuiltinType::Object));
        let has_setattr = bases.iter().any(|b| b.has_setattr.get());
        let custom_getattribute = bases.iter().any(|b| b.custom_getattribute.get());
        let class = Class {
            name: name.to_string(),
            qualname: qualname.to_string(),
            module: module.to_string(),
            bases: RefCell::new(bases),
            mro_tail: RefCell::new(mro_tail),
            dict: PyDict::new(),
            builtin,
            exc_type,
            no_hash: Cell::new(false),
            has_descriptors: Cell::new(has_descriptors),
            has_setattr: Cell::new(has_setattr),
            property_names: RefCell::new(Vec::new()),
            subclasses: RefCell::new(Vec::new()),
            slots: RefCell::new(None),
            has_del: Cell::new(false),
            weakly_referenced: Cell::new(false),
            instance_attrs: Cell::new(0),
            metaclass: None,
            custom_getattribute: Cell::new(custom_getattribute),
            mro_self_at: Cell::new(0),
            version_tag: Cell::new(0),
            init_place: Cell::new(0),
        };
        for b in class.bases.borrow().iter() {
            for n in b.property_names.borrow().iter() {
                class.add_property_name(n);
            }
        }
        Ok(class)
    }

    /// Records a new class with its bases (see `subclasses`), and names
    /// the properties of its body (CPython's `__set_name__`, which error
    /// messages quote).
    /// What `type.__new__` does once the body's names are in the class
    /// dict: the flags they decide, the descriptor check, registration
    /// with the bases (for a `class` statement and `type(name, bases, ns)`).
    pub fn finish(self) -> PyResult<Rc<Class>> {
        let intern = crate::str::intern_static;
        if self.dict.0.borrow().iter().any(|e| {
            is_data_descriptor(&e.value)
                || matches!(
                    e.key.as_str(),
                    Some("__setattr__" | "__getattribute__" | "__delattr__")
                )
        }) {
            self.has_descriptors.set(true);
        }
        if self.dict.get_str(&intern("__setattr__")).is_some() {
            self.has_setattr.set(true);
        }
        if self.dict.get_str(&intern("__getattribute__")).is_some() {
            self.custom_getattribute.set(true);
        }
        for e in self.dict.0.borrow().iter() {
            if let (true, Value::Str(name)) = (is_data_descriptor(&e.value), &e.key) {
                self.add_property_name(name);
            }
        }
        if self.dict.get_str(&intern("__eq__")).is_some()
            && self.dict.get_str(&intern("__hash__")).is_none()
        {
            self.no_hash.set(true);
        }
        let cls = Rc::new(self);
        Class::register_subclass(&cls);
        crate::gc::track_class(&cls);
        Ok(cls)
    }

    pub fn register_subclass(cls: &Rc<Class>) {
        cls.compute_slots();
        cls.has_del
            .set(cls.lookup(&crate::str::intern_static("__del__")).is_some());
        for e in cls.dict.0.borrow().iter() {
            if let (Value::Instance(p), Some(name)) = (&e.value, e.key.as_str()) {
                if p.class.module == "builtins"
                    && p.class.name == "property"
                    && p.dict
                        .get_str(&crate::str::intern_static("__name__"))
                        .is_none()
                {
                    p.dict
                        .set_str(crate::str::intern_static("__name__"), Value::str(name));
                }
            }
        }
        for b in cls.bases.borrow().iter() {
            let mut subs = b.subclasses.borrow_mut();
            subs.retain(|w| w.strong_count() > 0);
            subs.push(Rc::downgrade(cls));
        }
    }

    /// `__slots__`: the names instances may set, when every user class in
    /// the MRO declares slots and none asks for `__dict__`.
    fn compute_slots(&self) {
        let own = match self.dict.get_str(&crate::str::intern_static("__slots__")) {
            Some(Value::Str(s)) => vec![s.as_str().to_string()],
            Some(Value::Tuple(t)) => t.0.iter().filter_map(slot_entry).collect(),
            Some(Value::List(l)) => l.0.borrow().iter().filter_map(slot_entry).collect(),
            // A dict of slot names to their docstrings.
            Some(Value::Dict(d)) => {
                d.0.borrow()
                    .keys()
                    .iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            }
            _ => return,
        };
        let mut names: Vec<String> = own.iter().map(|n| slot_attr_name(&self.name, n)).collect();
        for b in self.mro_tail.borrow().iter() {
            if b.builtin.is_some() {
                continue;
            }
            match &*b.slots.borrow() {
                Some(more) => names.extend(more.iter().cloned()),
                None => return,
            }
        }
        if names.iter().any(|n| n == "__dict__") {
            return;
        }
        *self.slots.borrow_mut() = Some(names);
        self.has_descriptors.set(true);
    }

    fn add_property_name(&self, name: &Rc<PyStr>) {
        let mut names = self.property_names.borrow_mut();
        if !names.iter().any(|n| n.as_str() == name.as_str()) {
            names.push(name.clone());
        }
    }

    /// Whether `name` is a property's in this class or a base.
    /// (With a `__getattribute__` of its own, every name is.)
    #[inline(always)]
    pub fn has_property(&self, name: &Rc<PyStr>) -> bool {
        // The flag alone answers for most classes: keep its test inline.
        self.has_descriptors.get() && self.has_property_slow(name)
    }

    #[inline(never)]
    fn has_property_slow(&self, name: &Rc<PyStr>) -> bool {
        self.custom_getattribute.get()
            || self
                .property_names
                .borrow()
                .iter()
                .any(|n| Rc::ptr_eq(n, name) || n.as_str() == name.as_str())
    }

    /// Whether this is the builtin helper class `name` (`property`,
    /// `classmethod`, `staticmethod`) or a user subclass of it.
    pub fn is_builtin_kind(&self, name: &str) -> bool {
        // The name first: `is_user_class` may probe the class dict, and
        // attribute loads through a descriptor ask this several times.
        let is = |c: &Class| c.name == name && c.builtin.is_none() && !c.is_user_class();
        is(self) || (self.mro_tail.borrow().iter().any(|c| is(c)) && self.is_user_class())
    }

    /// A class made by a class statement or `type()` (which always puts
    /// `__module__` in its dict; one made in `exec(src, {})` has module
    /// 'builtins' too), not one of whirl's builtin helper classes.
    pub fn is_user_class(&self) -> bool {
        self.module != "builtins"
            || self
                .dict
                .get_str(&crate::str::intern_static("__module__"))
                .is_some()
    }

    /// The metaclass: `type(cls)`.
    pub fn metaclass_or<'a>(&'a self, type_: &'a Rc<Class>) -> &'a Rc<Class> {
        self.metaclass.as_ref().unwrap_or(type_)
    }

    /// Whether storing `name` on an instance is a plain store into its
    /// dict: no `__setattr__`, no property of that name, no `__slots__`.
    #[inline]
    pub fn plain_store(&self, name: &Rc<PyStr>) -> bool {
        !self.has_descriptors.get()
            || (!self.has_setattr.get()
                && !self.has_property(name)
                && self.slots.borrow().is_none())
    }

    /// This class gained the property `name` or (`setattr`) a
    /// `__setattr__`: it and every class below it leave the
    /// plain-instance-dict fast path for that.
    pub fn mark_descriptors(
        self: &Rc<Class>,
        setattr: bool,
        getattribute: bool,
        property: Option<&Rc<PyStr>>,
    ) {
        self.invalidate_version_tag();
        let mut work = vec![self.clone()];
        while let Some(c) = work.pop() {
            c.has_descriptors.set(true);
            if setattr {
                c.has_setattr.set(true);
            }
            if getattribute {
                c.custom_getattribute.set(true);
            }
            if let Some(name) = property {
                c.add_property_name(name);
            }
            work.extend(c.subclasses.borrow().iter().filter_map(|w| w.upgrade()));
        }
    }

    /// The MRO without the class, copied: for loops that call Python
    /// (which may assign some class's `__bases__`).
    pub fn mro_vec(&self) -> Vec<Rc<Class>> {
        self.mro_tail.borrow().clone()
    }

    /// Attribute lookup along the MRO.
    #[inline]
    pub fn lookup(&self, name: &Rc<PyStr>) -> Option<Value> {
        if self.mro_self_at.get() != 0 {
            return self.lookup_reordered(name);
        }
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for c in self.mro_tail.borrow().iter() {
            if let Some(v) = c.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// `lookup` for a class its metaclass's `mro()` placed after some of
    /// its bases: the bases before it win.
    #[cold]
    #[inline(never)]
    fn lookup_reordered(&self, name: &Rc<PyStr>) -> Option<Value> {
        let tail = self.mro_tail.borrow();
        let at = (self.mro_self_at.get() as usize).min(tail.len());
        tail[..at]
            .iter()
            .find_map(|c| c.dict.get_str(name))
            .or_else(|| self.dict.get_str(name))
            .or_else(|| tail[at..].iter().find_map(|c| c.dict.get_str(name)))
    }

    /// The whole MRO in order, the class itself included where it sits.
    pub fn mro_full(self: &Rc<Class>) -> Vec<Rc<Class>> {
        let tail = self.mro_tail.borrow();
        let at = (self.mro_self_at.get() as usize).min(tail.len());
        let mut v = Vec::with_capacity(tail.len() + 1);
        v.extend(tail[..at].iter().cloned());
        v.push(self.clone());
        v.extend(tail[at..].iter().cloned());
        v
    }

    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro_tail.borrow().iter().any(|c| Rc::ptr_eq(c, other))
    }

    pub fn unhashable(&self) -> bool {
        self.no_hash.get()
    }

    /// An attribute defined by this class or a base below its builtin base
    /// type (`class D(dict)`: D's own `__init__`, not dict's).
    pub fn lookup_above_builtin(self: &Rc<Class>, name: &Rc<PyStr>) -> Option<Value> {
        if self.builtin.is_some() {
            return None;
        }
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        self.mro_tail
            .borrow()
            .iter()
            .take_while(|c| c.builtin.is_none())
            .find_map(|c| c.dict.get_str(name))
    }

    /// The builtin type among this class's ancestors that is `b`.
    pub fn builtin_ancestor(self: &Rc<Class>, b: BuiltinType) -> Rc<Class> {
        if self.builtin == Some(b) {
            return self.clone();
        }
        self.mro_tail
            .borrow()
            .iter()
            .find(|c| c.builtin == Some(b))
            .cloned()
            .unwrap_or_else(|| self.clone())
    }

    /// The nearest builtin base type, which decides the instance layout.
    pub fn base_builtin(&self) -> Option<BuiltinType> {
        self.builtin
            .or_else(|| self.mro_tail.borrow().iter().find_map(|c| c.builtin))
    }
}

/// Bases whose instances are different builtin values (`list` and
/// `dict`, a module and `str`) cannot be combined: an instance can be
/// only one of them. CPython's "best base" check.
pub(crate) fn check_layouts(bases: &[Rc<Class>]) -> PyResult<()> {
    if bases.len() < 2 {
        return Ok(());
    }
    let mut seen: Option<BuiltinType> = None;
    for b in bases {
        match b.base_builtin() {
            None | Some(BuiltinType::Object) => {}
            Some(t) => match seen {
                Some(s) if s != t => {
                    return Err(PyErr::type_error(
                        "multiple bases have instance lay-out conflict",
                    ))
                }
                _ => seen = Some(t),
            },
        }
    }
    Ok(())
}

/// C3 linearization of the bases (the MRO minus the class itself).
pub(crate) fn c3_merge(bases: &[Rc<Class>]) -> PyResult<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro_full()).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, cand)))
            {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(c) = found else {
            // The heads still to place, each once, as CPython names them.
            let mut heads: Vec<&Rc<Class>> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(&s[0]);
                }
            }
            let names: Vec<&str> = heads.iter().map(|h| h.name.as_str()).collect();
            return Err(PyErr::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// Instances with more attributes than this still start at this size.
const MAX_PRESIZED_ATTRS: usize = 32;

/// An instance's class: the one it was made with, unless `__class__`
/// was assigned since. Reading it is a field load and a predictable
/// branch (`Deref`), as cheap as the plain `Rc` it replaced.
///
/// Assignment never overwrites the class the instance holds (code may be
/// holding a reference to it across a call into Python); it points the
/// override at the new class instead, kept in a box that lives as long as
/// the program. So a class an object was switched to is never freed:
/// one leaked box per distinct target class, CPython's trade-off for a
/// rare operation kept off every hot path.
pub struct ClassRef {
    made: Rc<Class>,
    assigned: Cell<Option<&'static Rc<Class>>>,
}

thread_local! {
    /// The boxes `ClassRef::assign` points at, one per target class.
    static ASSIGNED: RefCell<Vec<&'static Rc<Class>>> = const { RefCell::new(Vec::new()) };
}

impl ClassRef {
    pub fn new(class: Rc<Class>) -> ClassRef {
        ClassRef {
            made: class,
            assigned: Cell::new(None),
        }
    }

    /// The class the instance holds a strong reference to (what the cycle
    /// collector counts; an assigned class is kept alive for good).
    pub fn owned(&self) -> &Rc<Class> {
        &self.made
    }

    /// `obj.__class__ = cls` (checked by the caller).
    pub fn assign(&self, cls: &Rc<Class>) {
        if Rc::ptr_eq(cls, &self.made) {
            self.assigned.set(None);
            return;
        }
        let kept = ASSIGNED.with(|a| {
            let mut a = a.borrow_mut();
            if let Some(k) = a.iter().find(|k| Rc::ptr_eq(k, cls)) {
                return *k;
            }
            let k: &'static Rc<Class> = Box::leak(Box::new(cls.clone()));
            a.push(k);
            k
        });
        self.assigned.set(Some(kept));
    }
}

impl std::ops::Deref for ClassRef {
    type Target = Rc<Class>;
    #[inline(always)]
    fn deref(&self) -> &Rc<Class> {
        match self.assigned.get() {
            None => &self.made,
            Some(c) => c,
        }
    }
}

pub struct Instance {
    pub class: ClassRef,
    /// The attributes. An `Rc` so that `obj.__dict__` is this very dict.
    pub dict: Rc<PyDict>,
    /// Set once `__dict__` has handed the dict out: from then on the cycle
    /// collector tracks it as an object of its own.
    pub dict_shared: Cell<bool>,
    /// `__del__` has run (or is queued): it runs once per object.
    pub finalized: Cell<bool>,
    /// Present on instances of exception classes.
    pub exc: Option<Box<ExcData>>,
    /// For a class derived from a builtin type (`class D(dict)`), the
    /// builtin value the instance is: builtin methods work on it, and
    /// protocols the class does not override fall through to it.
    pub base: Value,
}

pub struct ExcData {
    /// A `NameError`'s "Did you mean" text, found when it was raised.
    pub suggestion: RefCell<Option<String>>,
    pub args: RefCell<Value>,
    pub traceback: RefCell<Vec<TbEntry>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// For an exception group: `(message, exceptions)`, the tuple its
    /// read-only `message` and `exceptions` attributes show; else None.
    pub group: RefCell<Value>,
}

/// One line of a traceback: where a frame was when the exception passed.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<Code>,
    pub line: u32,
    /// The instruction running (or calling) when the exception passed.
    pub ip: u32,
    /// The frame, for `tb_frame` (see `frameobj.rs`).
    pub frame: crate::frameobj::TbFrame,
    /// The traceback object for this entry, once Python code asked for
    /// it (one object per entry, as `e.__traceback__ is e.__traceback__`).
    pub tb_obj: Value,
}

impl Instance {
    pub fn new(class: Rc<Class>) -> Instance {
        let exc = class.exc_type.map(|_| {
            Box::new(ExcData {
                args: RefCell::new(Value::tuple(vec![])),
                traceback: RefCell::new(Vec::new()),
                cause: RefCell::new(Value::None),
                context: RefCell::new(Value::None),
                suppress_context: Cell::new(false),
                suggestion: RefCell::new(None),
                group: RefCell::new(Value::None),
            })
        });
        let room = class.instance_attrs.get() as usize;
        Instance {
            class: ClassRef::new(class),
            dict: Rc::new(PyDict::with_capacity(room)),
            dict_shared: Cell::new(false),
            finalized: Cell::new(false),
            exc,
            base: Value::Null,
        }
    }
    pub fn exc(&self) -> &ExcData {
        self.exc.as_ref().expect("exception instance")
    }
    pub fn args(&self) -> Vec<Value> {
        match &*self.exc().args.borrow() {
            Value::Tuple(t) => t.0.to_vec(),
            _ => vec![],
        }
    }
}

thread_local! {
    /// Instances of classes with `__del__` whose last reference went away:
    /// revived here, the VM calls their `__del__` at its next safe point
    /// (natives cannot call Python from a destructor).
    pub static PENDING_DEL: RefCell<Vec<Rc<Instance>>> = const { RefCell::new(Vec::new()) };
}

impl Drop for Instance {
    fn drop(&mut self) {
        if let Ok(d) = self.dict.0.try_borrow() {
            let n = d.len().min(MAX_PRESIZED_ATTRS) as u8;
            if n > self.class.instance_attrs.get() {
                self.class.instance_attrs.set(n);
            }
        }
        if self.class.weakly_referenced.get() {
            crate::weakref::instance_died(self as *const Instance as usize);
        }
        if !self.class.has_del.get() || self.finalized.get() {
            return;
        }
        let revived = Rc::new(Instance {
            class: ClassRef {
                made: self.class.made.clone(),
                assigned: Cell::new(self.class.assigned.get()),
            },
            dict: std::mem::replace(&mut self.dict, Rc::new(PyDict::new())),
            dict_shared: Cell::new(self.dict_shared.get()),
            finalized: Cell::new(true),
            exc: self.exc.take(),
            base: std::mem::take(&mut self.base),
        });
        if PENDING_DEL
            .try_with(|p| p.borrow_mut().push(revived))
            .is_ok()
        {
            crate::generator::request_safe_point();
        }
    }
}

/// The attribute a `__slots__` entry of class `class_name` gives its
/// instances: a private name (`'__x'`) is mangled (`_C__x`), as code in the
/// class body spells it.
pub(crate) fn slot_attr_name(class_name: &str, slot: &str) -> String {
    crate::compile::mangle::mangle(Some(class_name), slot).into_owned()
}

/// A `__slots__` entry as text: a str, or an instance of a str subclass.
pub(crate) fn slot_entry(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Instance(i) => i.base.as_str().map(String::from),
        _ => None,
    }
}
