//! Attribute access: `getattr`/`setattr`/`delattr` with CPython's order of
//! data descriptors, instance dicts and non-data descriptors, the hooks
//! (`__getattribute__`, `__getattr__`, `__setattr__`, `__delattr__`),
//! `super()`, and the attributes of builtin values (code, functions, ...).

use super::{builtin_receiver, no_slot_error, special_method};
use crate::class::{Class, Instance};
use crate::code::AttrCache;
use crate::error::{ExcType, PyErr, PyResult};
use crate::function::Builtin;
use crate::str::{intern, intern_static, PyStr};
use crate::value::Value;
use crate::Vm;
use std::cell::Cell;
use std::rc::Rc;

/// What `__cause__` and `__context__` accept: None or an exception.
fn check_chained(v: &Value, what: &str) -> PyResult<()> {
    match v {
        Value::None => Ok(()),
        Value::Instance(i) if i.exc.is_some() => Ok(()),
        _ => Err(PyErr::type_error(format!(
            "exception {what} must be None or derive from BaseException"
        ))),
    }
}

/// "property 'name'" for a property named when its class was made (as
/// `__set_name__` names it), else "property".
fn property_label(p: &Instance) -> String {
    match p.dict.get_str(&intern_static("__name__")) {
        Some(Value::Str(n)) => format!("property '{}'", n.as_str()),
        _ => "property".to_string(),
    }
}

impl Vm {
    fn attribute_error(&self, obj: &Value, name: &str) -> PyErr {
        let message = match obj {
            Value::Module(m) => {
                format!("module '{}' has no attribute '{}'", m.name.as_str(), name)
            }
            Value::Class(c) => format!("type object '{}' has no attribute '{}'", c.name, name),
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            ),
        };
        PyErr::Lookup(Box::new(crate::error::LookupFailure {
            kind: ExcType::AttributeError,
            message,
            name: Rc::new(crate::str::PyStr::new(name.to_string())),
            obj: obj.clone(),
            suggestion: None,
        }))
    }

    /// Binds a class attribute found for `obj`: functions become methods.
    pub(crate) fn bind(&self, attr: Value, obj: &Value) -> Value {
        match &attr {
            Value::Function(_) => crate::gc::new_bound_method(attr.clone(), obj.clone()),
            Value::Builtin(b) if b.bound.is_null() && b.owner.is_some() => {
                let receiver =
                    builtin_receiver(b.owner, b.name, obj).unwrap_or_else(|| obj.clone());
                Value::Builtin(crate::gc::new_builtin(Builtin {
                    name: b.name,
                    func: b.func,
                    bound: receiver,
                    fast: b.fast,
                    owner: b.owner,
                    sig: b.sig,
                }))
            }
            Value::Instance(i) => match i.class.name.as_str() {
                "staticmethod" if i.class.builtin.is_none() && i.class.module == "builtins" => i
                    .dict
                    .get_str(&intern_static("__func__"))
                    .unwrap_or(Value::None),
                "classmethod" if i.class.module == "builtins" => {
                    let func = i
                        .dict
                        .get_str(&intern_static("__func__"))
                        .unwrap_or(Value::None);
                    let cls = match obj {
                        Value::Class(_) => obj.clone(),
                        _ => Value::Class(self.class_of(obj)),
                    };
                    crate::gc::new_bound_method(func, cls)
                }
                _ => attr,
            },
            _ => attr,
        }
    }

    pub(crate) fn property_get(&mut self, attr: &Value, obj: &Value) -> Option<PyResult<Value>> {
        if let Value::Instance(p) = attr {
            if p.class.name == "property" && p.class.module == "builtins" {
                let fget = p
                    .dict
                    .get_str(&intern_static("fget"))
                    .unwrap_or(Value::None);
                if fget.is_none() {
                    return Some(Err(PyErr::new(
                        ExcType::AttributeError,
                        format!(
                            "{} of '{}' object has no getter",
                            property_label(p),
                            self.type_name(obj)
                        ),
                    )));
                }
                return Some(self.call(&fget, vec![obj.clone()]));
            }
        }
        None
    }

    /// `obj.name` for the `LoadAttr` instruction: `getattr`, through what
    /// this instruction learned (`cache`, one of its code object's
    /// `attr_caches`): for an instance of the class it learned, the
    /// instance dict answers first, probed from where the name was last
    /// found. Not inlined into the loop, as `getattr` was not: its body
    /// there would cost every other instruction registers.
    #[inline(never)]
    pub(crate) fn load_attr(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        cache: &AttrCache,
    ) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => {
                let tag = inst.class.version_tag.get();
                if cache.load.holds(tag) && inst.exc.is_none() {
                    if let Some(v) = inst.dict.get_str_hinted(name, &cache.hint) {
                        return Ok(v);
                    }
                    return self.class_value_after_dict(inst, obj, name, cache, tag);
                }
                self.learn_load(inst, obj, name, cache);
                self.instance_getattr_first(inst, obj, name, Some(&cache.hint))
            }
            _ => self.getattr(obj, name),
        }
    }

    /// A cached load the instance's dict did not answer: the plain class
    /// value `cache` knows, or the general path; `cache` learns where a
    /// plain class value is (a constant such as `max_age = 50`: no
    /// `__get__`, nothing to bind), for next time.
    #[inline(never)]
    fn class_value_after_dict(
        &mut self,
        inst: &Rc<Instance>,
        obj: &Value,
        name: &Rc<PyStr>,
        cache: &AttrCache,
        tag: u32,
    ) -> PyResult<Value> {
        match cache.load.place_for(tag) {
            Some(0) | None => {}
            Some(known) => return Ok(inst.class.value_in_mro(known - 1)),
        }
        if let Some((v, Some(place))) = inst.class.lookup_with_place(name) {
            let plain = matches!(
                v,
                Value::None
                    | Value::Bool(_)
                    | Value::Int(_)
                    | Value::BigInt(_)
                    | Value::Float(_)
                    | Value::Complex(_)
                    | Value::Str(_)
                    | Value::Bytes(_)
                    | Value::Tuple(_)
            );
            if plain && place < u32::MAX {
                cache.load.set_place(tag, place + 1);
                return Ok(v);
            }
        }
        self.instance_getattr_after_dict(inst, obj, name)
    }

    /// Whether loads of `name` from instances of `inst`'s class may read
    /// the instance dict first (no data descriptor of that name but a
    /// slot, no `__getattribute__`): if so, `cache` learns the class.
    fn learn_load(&self, inst: &Rc<Instance>, obj: &Value, name: &Rc<PyStr>, cache: &AttrCache) {
        let cls = &inst.class;
        if inst.exc.is_some() || self.is_super_class(cls) || cls.custom_getattribute.get() {
            return;
        }
        if !cls.has_property(name) || self.is_slot_named(cls, obj, name) {
            cache.load.learn(cls.valid_version_tag(), 0);
        }
    }

    /// An instance's attribute: the common case (no properties or
    /// `__getattribute__` in play) inline, the rest through
    /// `instance_getattr`.
    #[inline(always)]
    fn instance_getattr_first(
        &mut self,
        inst: &Rc<Instance>,
        obj: &Value,
        name: &Rc<PyStr>,
        hint: Option<&Cell<u32>>,
    ) -> PyResult<Value> {
        // The class read once (see `ClassRef`): a later
        // `__class__` assignment by code this runs leaves it valid.
        let cls: &Rc<Class> = &inst.class;
        if self.is_super_class(cls) {
            return self.super_getattr(inst, name);
        }
        if inst.exc.is_none() && !cls.has_property(name) {
            let own = match hint {
                Some(hint) => inst.dict.get_str_hinted(name, hint),
                None => inst.dict.get_str(name),
            };
            if let Some(v) = own {
                return Ok(v);
            }
            return self.instance_getattr_after_dict(inst, obj, name);
        }
        if cls.custom_getattribute.get() {
            return self.user_getattribute(inst, obj, name);
        }
        self.instance_getattr(inst, obj, name, true)
    }

    /// An instance's attribute its dict does not hold, where nothing of
    /// its class comes before the dict: the class's attribute, the
    /// instance's special attributes, then `__getattr__`.
    fn instance_getattr_after_dict(
        &mut self,
        inst: &Rc<Instance>,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        let cls: &Rc<Class> = &inst.class;
        if let Some(a) = cls.lookup(name) {
            let r = self.instance_attr_get(a, obj);
            if r.is_err() {
                return self.getattr_after_error(inst, obj, name, r);
            }
            return r;
        }
        if let Some(v) = self.special_attr(obj, name.as_str()) {
            return Ok(v);
        }
        if let Some(v) = crate::slots::bound_slot(cls, obj, name.as_str()) {
            return Ok(v);
        }
        if let Some(v) = crate::type_dict::builtin_view_value(self, cls, name.as_str()) {
            return Ok(v);
        }
        if let Some(ga) = cls.lookup(&intern_static("__getattr__")) {
            return self.call_getattr_hook(&ga, obj, name);
        }
        Err(self.attribute_error(obj, name.as_str()))
    }

    pub fn getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => self.instance_getattr_first(inst, obj, name, None),
            Value::Cell(c) if name.as_str() == "cell_contents" => {
                let v = c.0.borrow().clone();
                if v.is_null() {
                    return Err(PyErr::new(ExcType::ValueError, "Cell is empty"));
                }
                Ok(v)
            }
            Value::Class(cls) => {
                if let Some(m) = &cls.metaclass {
                    return self.meta_getattr(cls, &m.clone(), obj, name);
                }
                if let Some(v) = cls.lookup(name) {
                    // A class's annotations are its own, never a base's.
                    if name.as_str() == "__annotations__" {
                        return Ok(self.own_annotations(cls).unwrap_or(v));
                    }
                    if let Some(own) = self.type_data_attr_over(obj, name, &v) {
                        return Ok(own);
                    }
                    return self.class_attr_get(v, cls);
                }
                if let Some(v) = self.special_attr(obj, name.as_str()) {
                    return Ok(v);
                }
                if let Some(v) = crate::slots::class_slot(cls, name.as_str()) {
                    return Ok(v);
                }
                // type's own methods (`C.mro()`), bound to the class.
                if let Some(v) = self.types.type_.dict.get_str(name) {
                    return Ok(self.bind(v, obj));
                }
                if let Some(v) = crate::type_dict::builtin_descriptor(self, cls, name.as_str()) {
                    return Ok(v);
                }
                Err(self.attribute_error(obj, name.as_str()))
            }
            Value::Module(m) => match m.dict.get_str(name) {
                Some(v) => Ok(v),
                None => {
                    if m.class.borrow().is_some() {
                        if let Some(r) = crate::module_class::getattr(self, m, obj, name) {
                            return r;
                        }
                    }
                    if let Some(v) = self.special_attr(obj, name.as_str()) {
                        return Ok(v);
                    }
                    // PEP 562: a module's own __getattr__ answers the rest.
                    if let Some(ga) = m.dict.get_str(&intern_static("__getattr__")) {
                        return self.call(&ga, vec![Value::Str(name.clone())]);
                    }
                    Err(self.attribute_error(obj, name.as_str()))
                }
            },
            Value::Function(func) => {
                if let Some(v) = func.dict.get().and_then(|d| d.get_str(name)) {
                    return Ok(v);
                }
                if let Some(v) = self.special_attr(obj, name.as_str()) {
                    return Ok(v);
                }
                if let Some(v) =
                    crate::slots::bound_slot(&self.types.function.clone(), obj, name.as_str())
                {
                    return Ok(v);
                }
                Err(self.attribute_error(obj, name.as_str()))
            }
            // The data attributes (getset descriptors in the class dict);
            // a released view refuses them.
            Value::MemoryView(m) if crate::memoryview::is_data_attr(name.as_str()) => {
                match crate::memoryview::attr(m, name.as_str()) {
                    Some(v) => Ok(v),
                    None => Err(crate::memoryview::released_attr_error()),
                }
            }
            // int's, float's and complex's data attributes: getset
            // descriptors in the class dict, answered from the value.
            Value::Int(_)
            | Value::Bool(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Complex(_)
                if crate::type_dict::is_number_data_attr(name.as_str()) =>
            {
                match self.special_attr(obj, name.as_str()) {
                    Some(v) => Ok(v),
                    None => Err(self.attribute_error(obj, name.as_str())),
                }
            }
            _ => {
                let cls = self.class_of(obj);
                if let Some(v) = cls.lookup(name) {
                    return Ok(self.bind(v, obj));
                }
                if let Some(v) = self.special_attr(obj, name.as_str()) {
                    return Ok(v);
                }
                if let Some(v) = crate::slots::bound_slot(&cls, obj, name.as_str()) {
                    return Ok(v);
                }
                // Native objects answer their data attributes here.
                if let Value::Native(n) = obj {
                    if let Some(ga) = n.class.lookup(&intern_static("__getattr__")) {
                        return self.call(&ga, vec![obj.clone(), Value::Str(name.clone())]);
                    }
                }
                // A method shows its function's own attributes (an
                // lru_cache'd method's `cache_info`), as CPython's does.
                if let Value::BoundMethod(m) = obj {
                    let func = m.func.clone();
                    return self.getattr(&func, name);
                }
                if let Some(v) = crate::type_dict::builtin_view_value(self, &cls, name.as_str()) {
                    return Ok(v);
                }
                Err(self.attribute_error(obj, name.as_str()))
            }
        }
    }

    /// An instance's attribute the slow way: data descriptors of its
    /// class, its dict (and an exception's fields), the class's other
    /// attributes, then (`hook`) `__getattr__`.
    pub(crate) fn instance_getattr(
        &mut self,
        inst: &Rc<Instance>,
        obj: &Value,
        name: &Rc<PyStr>,
        hook: bool,
    ) -> PyResult<Value> {
        let cls_attr = inst.class.lookup(name);
        if let Some(a) = &cls_attr {
            let found = match self.property_get(a, obj) {
                Some(r) => Some(r),
                None => self.data_descriptor_get(a, obj),
            };
            if let Some(r) = found {
                if r.is_err() && hook {
                    return self.getattr_after_error(inst, obj, name, r);
                }
                return r;
            }
        }
        if let Some(v) = inst.dict.get_str(name) {
            return Ok(v);
        }
        if inst.exc.is_some() {
            if let Some(v) = self.exception_attr(inst, name.as_str()) {
                return Ok(v);
            }
        }
        if let Some(a) = cls_attr {
            let r = self.instance_attr_get(a, obj);
            if r.is_err() && hook {
                return self.getattr_after_error(inst, obj, name, r);
            }
            return r;
        }
        if let Some(v) = self.special_attr(obj, name.as_str()) {
            return Ok(v);
        }
        if let Some(v) = crate::slots::bound_slot(&inst.class, obj, name.as_str()) {
            return Ok(v);
        }
        if let Some(v) = crate::type_dict::builtin_view_value(self, &inst.class, name.as_str()) {
            return Ok(v);
        }
        if hook {
            if let Some(ga) = inst.class.lookup(&intern_static("__getattr__")) {
                return self.call_getattr_hook(&ga, obj, name);
            }
        }
        Err(self.attribute_error(obj, name.as_str()))
    }

    /// A descriptor's `__get__` (or a property getter) raised: an
    /// AttributeError goes to the class's `__getattr__`, as CPython's
    /// attribute hook does.
    #[cold]
    fn getattr_after_error(
        &mut self,
        inst: &Rc<Instance>,
        obj: &Value,
        name: &Rc<PyStr>,
        r: PyResult<Value>,
    ) -> PyResult<Value> {
        let Err(e) = r else { return r };
        let Some(ga) = inst.class.lookup(&intern_static("__getattr__")) else {
            return Err(e);
        };
        let exc = self.materialize(e);
        if !self.is_instance_of_exc(&exc, ExcType::AttributeError) {
            return Err(PyErr::Raised(exc));
        }
        self.call_getattr_hook(&ga, obj, name)
    }

    /// Calls a class's `__getattr__`. An AttributeError it raises without
    /// a name gets the attribute's name and the object (CPython 3.11 does
    /// so for the "Did you mean" suggestion).
    fn call_getattr_hook(&mut self, ga: &Value, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        // A descriptor (not a function) is bound to the instance first.
        let ga = crate::object::special_method(ga.clone());
        let r = self.call(&ga, vec![obj.clone(), Value::Str(name.clone())]);
        if let Err(PyErr::Raised(e)) = &r {
            if e.dict.get_str(&intern_static("name")).is_none()
                && self.is_instance_of_exc(e, ExcType::AttributeError)
            {
                e.dict
                    .set_str(intern_static("name"), Value::Str(name.clone()));
                e.dict.set_str(intern_static("obj"), obj.clone());
            }
        }
        r
    }

    pub(crate) fn is_super(&self, inst: &Rc<Instance>) -> bool {
        self.is_super_class(&inst.class)
    }

    /// `cls` is super or a subclass of it (a slow-path question).
    pub(crate) fn derives_from_super(&self, cls: &Rc<Class>) -> bool {
        self.extra
            .as_ref()
            .is_some_and(|x| cls.is_subclass(&x.super_))
    }

    #[inline]
    fn is_super_class(&self, cls: &Rc<Class>) -> bool {
        self.extra
            .as_ref()
            .map(|x| Rc::ptr_eq(&x.super_, cls))
            .unwrap_or(false)
    }

    /// `super(cls, obj).name`: the MRO of obj's type after cls.
    pub(crate) fn super_getattr(
        &mut self,
        sup: &Rc<Instance>,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        let this = sup
            .dict
            .get_str(&intern_static("__thisclass__"))
            .unwrap_or(Value::None);
        let obj = sup
            .dict
            .get_str(&intern_static("__self__"))
            .unwrap_or(Value::None);
        let Value::Class(this) = this else {
            return Err(PyErr::type_error("super() argument 1 must be a type"));
        };
        // super(C, cls) in a classmethod looks along cls's MRO; in a
        // metaclass's method, cls is an instance and the MRO is its type's.
        let (start, class_mode) = match &obj {
            Value::Class(c) if c.is_subclass(&this) => (c.clone(), true),
            other => (self.class_of(other), false),
        };
        // The classes after `this` in the MRO (none when it is not there).
        // Found under the MRO's borrow, used after it: a descriptor's
        // `__get__` may assign some class's `__bases__`.
        let found = if start.mro_self_at.get() != 0 {
            // An MRO its metaclass reordered: walked in its own order.
            let order = start.mro_full();
            let mut after = order.iter().skip_while(|c| !Rc::ptr_eq(c, &this)).skip(1);
            after.find_map(|c| c.dict.get_str(name))
        } else {
            let tail = start.mro_tail.borrow();
            let mut after = std::iter::once(&start)
                .chain(tail.iter())
                .skip_while(|c| !Rc::ptr_eq(c, &this))
                .skip(1);
            after.find_map(|c| c.dict.get_str(name))
        };
        if let Some(v) = found {
            if class_mode {
                return self.class_attr_get(v, &start);
            }
            if let Some(r) = self.property_get(&v, &obj) {
                return r;
            }
            return self.instance_attr_get(v, &obj);
        }
        if !class_mode {
            let after: Vec<Rc<Class>> = std::iter::once(&start)
                .chain(start.mro_tail.borrow().iter())
                .skip_while(|c| !Rc::ptr_eq(c, &this))
                .skip(1)
                .filter(|c| c.builtin.is_some())
                .cloned()
                .collect();
            for c in &after {
                if let Some(v) = crate::slots::bound_slot(c, &obj, name.as_str()) {
                    return Ok(v);
                }
            }
        }
        // Builtin fallbacks every object has.
        match name.as_str() {
            // object.__new__, a static method: the class is passed in.
            "__new__" => Ok(crate::types::builtin_fn(
                "__new__",
                crate::builtins::object::object_new,
            )),
            // object.__init_subclass__: accepts no class keywords.
            "__init_subclass__" => Ok(Value::Builtin(crate::gc::new_builtin(Builtin {
                name: "__init_subclass__",
                func: |_, a, kw| {
                    if kw.is_empty() {
                        return Ok(Value::None);
                    }
                    let name = match a.first() {
                        Some(Value::Class(c)) => c.name.clone(),
                        _ => "object".to_string(),
                    };
                    Err(PyErr::type_error(format!(
                        "{name}.__init_subclass__() takes no keyword arguments"
                    )))
                },
                bound: Value::Class(start.clone()),
                fast: crate::function::FastPath::None,
                owner: Some("object"),
                sig: crate::function::Sig::ANY,
            }))),
            "__init__" => Ok(crate::types::builtin_fn("__init__", |_, _, _| {
                Ok(Value::None)
            })),
            // The type whose MRO is searched (None for an unbound super).
            "__self_class__" if obj.is_none() => Ok(Value::None),
            "__self_class__" => Ok(Value::Class(start)),
            // An instance of a subclass of super: the generic lookup on it
            // (its class's own attributes, its dict), as CPython's
            // super.__getattribute__ ends.
            _ if !self.is_super_class(&sup.class) => {
                self.instance_getattr(sup, &Value::Instance(sup.clone()), name, true)
            }
            // The super object's own methods (`__get__`).
            _ if sup.class.lookup(name).is_some() => {
                let v = sup.class.lookup(name).unwrap_or(Value::None);
                Ok(self.bind(v, &Value::Instance(sup.clone())))
            }
            _ => Err(PyErr::new(
                ExcType::AttributeError,
                format!("'super' object has no attribute '{}'", name.as_str()),
            )),
        }
    }

    /// type's `__dict__`, `__name__`... are data descriptors of the
    /// metaclass: what class `obj`'s MRO holds under those names (a
    /// `__name__` property or a `__qualname__` slot for its instances)
    /// does not hide them. `found` is that MRO entry; an assigned
    /// `C.__name__ = "x"` is kept in the class dict as a str, and that one
    /// is the class's own. `None` when the entry stands.
    pub(crate) fn type_data_attr_over(
        &mut self,
        obj: &Value,
        name: &PyStr,
        found: &Value,
    ) -> Option<Value> {
        match name.as_str() {
            "__name__" | "__qualname__" if matches!(found, Value::Str(_)) => None,
            "__dict__" | "__name__" | "__qualname__" | "__mro__" | "__bases__" => {
                self.special_attr(obj, name.as_str())
            }
            _ => None,
        }
    }

    pub(crate) fn bind_class_attr(&self, v: Value, cls: &Rc<Class>) -> Value {
        match &v {
            Value::Instance(i) if i.class.module == "builtins" && i.class.name == "classmethod" => {
                self.bind(v.clone(), &Value::Class(cls.clone()))
            }
            Value::Instance(i)
                if i.class.module == "builtins" && i.class.name == "staticmethod" =>
            {
                self.bind(v.clone(), &Value::Class(cls.clone()))
            }
            _ => v,
        }
    }

    /// `C.__annotations__` of a class defined in Python: the dict its body
    /// made, else a new empty one kept in the class (CPython 3.10+); None
    /// for builtin types, which have none.
    fn own_annotations(&self, cls: &Rc<Class>) -> Option<Value> {
        let key = intern_static("__annotations__");
        if let Some(v) = cls.dict.get_str(&key) {
            return Some(v);
        }
        if cls.builtin.is_some() {
            return None;
        }
        let d = Value::Dict(crate::gc::new_dict());
        cls.dict.set_str(key, d.clone());
        Some(d)
    }

    /// Attributes every object of a kind has (`__class__`, `__name__`, ...).
    pub(crate) fn special_attr(&mut self, obj: &Value, name: &str) -> Option<Value> {
        if name == "__class__" {
            return Some(Value::Class(self.class_of(obj)));
        }
        match obj {
            Value::Class(c) => match name {
                "__name__" => Some(Value::str(&c.name)),
                "__qualname__" => Some(Value::str(&c.qualname)),
                "__module__" => Some(Value::str(&c.module)),
                "__bases__" => Some(Value::tuple(
                    c.bases
                        .borrow()
                        .iter()
                        .map(|b| Value::Class(b.clone()))
                        .collect(),
                )),
                // The base the class is laid out on: here, its first.
                "__base__" => Some(
                    c.bases
                        .borrow()
                        .first()
                        .map_or(Value::None, |b| Value::Class(b.clone())),
                ),
                "__subclasses__" if c.is_subclass(&self.types.type_) => {
                    crate::type_dict::unbound_type_subclasses(self)
                }
                "__subclasses__" => Some(Value::Builtin(crate::gc::new_builtin(Builtin {
                    name: "__subclasses__",
                    func: crate::type_dict::type_subclasses,
                    bound: Value::Class(c.clone()),
                    fast: crate::function::FastPath::None,
                    owner: Some("type"),
                    sig: crate::function::Sig::ANY,
                }))),
                "__mro__" if crate::metaclass::mro_pending(c) => Some(Value::None),
                "__mro__" => Some(Value::tuple(
                    c.mro_full().into_iter().map(Value::Class).collect(),
                )),
                "__annotations__" => self.own_annotations(c),
                "__doc__" if c.module == "builtins" => {
                    Some(Value::string(crate::docstrings::type_doc(&c.name)))
                }
                "__doc__" => Some(Value::None),
                "__dict__" => crate::mappingproxy::class_dict_view(self, c),
                "__weakref__" => crate::type_dict::class_weakref(self, c),
                _ => None,
            },
            Value::Function(f) => match name {
                // Functions are non-data descriptors: f.__get__(obj) binds.
                "__get__" => Some(Value::Builtin(crate::gc::new_builtin(Builtin {
                    name: "__get__",
                    func: |_, a, _| match (a.first(), a.get(1)) {
                        (Some(func), Some(obj)) if !obj.is_none() => {
                            Ok(crate::gc::new_bound_method(func.clone(), obj.clone()))
                        }
                        (Some(func), Some(_)) => Ok(func.clone()),
                        _ => Err(PyErr::type_error("expected at least 1 argument, got 0")),
                    },
                    bound: Value::Function(f.clone()),
                    fast: crate::function::FastPath::None,
                    owner: Some("function"),
                    sig: crate::function::Sig::ANY,
                }))),
                "__name__" => Some(Value::Str(f.name.borrow().clone())),
                "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(
                    f.globals
                        .get_str(&intern_static("__name__"))
                        .unwrap_or(Value::None),
                ),
                "__defaults__" => Some(if f.defaults.borrow().is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.defaults.borrow().to_vec())
                }),
                "__kwdefaults__" => Some(match &*f.kwdefaults.borrow() {
                    Some(d) if !d.is_empty() => Value::Dict(d.clone()),
                    _ => Value::None,
                }),
                "__code__" => Some(Value::Code(f.code.clone())),
                "__annotations__" => {
                    let mut a = f.annotations.borrow_mut();
                    if a.is_null() {
                        *a = Value::Dict(crate::gc::new_dict());
                    }
                    Some(a.clone())
                }
                "__globals__" => Some(Value::Dict(f.globals.clone())),
                "__dict__" => Some(Value::Dict(f.dict.get_or_init(crate::gc::new_dict).clone())),
                "__closure__" => Some(if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
                }),
                _ => None,
            },
            // A dict view's `mapping`: a read-only proxy of its dict.
            Value::Iterator(ni) if name == "mapping" => match &*ni.state.borrow() {
                crate::iter::IterState::View { dict, .. } => {
                    crate::mappingproxy::proxy_of(self, Value::Dict(dict.clone()))
                }
                _ => None,
            },
            Value::BoundMethod(m) => match name {
                "__self__" => Some(m.receiver.clone()),
                "__func__" => Some(m.func.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__annotations__" => {
                    let func = m.func.clone();
                    self.getattr(&func, &intern(name)).ok()
                }
                _ => None,
            },
            Value::Builtin(b) => match name {
                "__name__" => Some(Value::str(b.name)),
                "__qualname__" | "__objclass__" | "__module__" => {
                    crate::type_dict::builtin_attr(self, b, name)
                }
                "__self__" => Some(if b.bound.is_null() {
                    Value::None
                } else {
                    b.bound.clone()
                }),
                "__doc__" => Some(Value::string(crate::docstrings::function_doc(
                    b.name, b.owner,
                ))),
                _ => None,
            },
            Value::Module(m) => match name {
                "__name__" => Some(Value::Str(m.name.clone())),
                "__annotations__" => {
                    let d = Value::Dict(crate::gc::new_dict());
                    m.dict.set_str(intern_static("__annotations__"), d.clone());
                    Some(d)
                }
                "__dict__" => Some(Value::Dict(m.dict.clone())),
                _ => None,
            },
            Value::Generator(g) => {
                use crate::generator::GenState;
                // Coroutines name these cr_*, generators gi_*.
                let coro = g.code.flags.coroutine;
                let attr = match name.strip_prefix(if coro { "cr_" } else { "gi_" }) {
                    Some(rest) => rest,
                    None if name.starts_with("__") => name,
                    None => return None,
                };
                match attr {
                    "__name__" | "name" => Some(Value::Str(g.name())),
                    "__qualname__" => Some(Value::Str(g.qualname())),
                    "running" => Some(Value::Bool(g.state.get() == GenState::Running)),
                    "suspended" => Some(Value::Bool(g.state.get() == GenState::Suspended)),
                    "frame" => Some(if g.state.get() == GenState::Finished {
                        Value::None
                    } else {
                        let g = g.clone();
                        self.generator_frame(&g)
                    }),
                    "code" => Some(Value::Code(g.code.clone())),
                    "yieldfrom" | "await" if (attr == "await") == coro => Some(g.with_saved(|s| {
                        let at = s.ip().and_then(|ip| g.code.instrs.get(ip as usize));
                        match (at, s.stack_top(&g.code)) {
                            (Some(crate::code::Instr::YieldFrom), Some(v)) => v.clone(),
                            _ => Value::None,
                        }
                    })),
                    "origin" if coro => Some(Value::None),
                    _ => None,
                }
            }
            Value::Instance(i) => match name {
                "__dict__" if i.class.slots.borrow().is_none() => {
                    Some(Value::Dict(crate::gc::share_instance_dict(i)))
                }
                "__dict__" => None,
                "__weakref__" => crate::type_dict::instance_weakref(&i.class),
                "__module__" => Some(Value::str(&i.class.module)),
                // A subclass of int, float or complex: its value's parts.
                "real" | "imag" | "numerator" | "denominator" if !i.base.is_null() => {
                    let base = i.base.clone();
                    self.special_attr(&base, name)
                }
                "__qualname__" => crate::descriptor::member_qualname(i),
                _ => match crate::descriptor::wrapper_attr(self, &i.clone(), name) {
                    Some(Ok(v)) => Some(v),
                    _ => None,
                },
            },
            Value::Code(c) => match name {
                "co_name" => Some(Value::Str(c.name.clone())),
                "co_filename" => Some(Value::str(&c.source.name)),
                "co_firstlineno" => Some(Value::Int(c.firstline as i64)),
                "co_argcount" => Some(Value::Int(c.argcount as i64)),
                "co_flags" => Some(Value::Int(code_flags(c))),
                "co_varnames" => Some(names_tuple(&co_varnames(c))),
                "co_cellvars" => Some(names_tuple(&c.cellvars)),
                "co_freevars" => Some(names_tuple(&c.freevars)),
                "co_names" => Some(names_tuple(&c.names)),
                "co_qualname" => Some(Value::Str(c.qualname.clone())),
                "co_posonlyargcount" => Some(Value::Int(c.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::Int(c.kwonlyargcount as i64)),
                "co_nlocals" => Some(Value::Int(co_varnames(c).len() as i64)),
                "co_stacksize" => Some(Value::Int(c.max_stack as i64)),
                "co_consts" => Some(Value::tuple(c.consts.clone())),
                "co_code" => Some(crate::frameobj::co_code(c)),
                "co_linetable" => Some(crate::code_replace::co_linetable(c)),
                "co_exceptiontable" => Some(crate::code_replace::co_exceptiontable(c)),
                "replace" => Some(Value::Builtin(Rc::new(crate::function::Builtin {
                    name: "replace",
                    func: crate::code_replace::code_replace,
                    bound: obj.clone(),
                    fast: crate::function::FastPath::None,
                    owner: Some("code"),
                    sig: crate::function::Sig::ANY,
                }))),
                "co_lines" => Some(Value::Builtin(Rc::new(crate::function::Builtin {
                    name: "co_lines",
                    func: crate::frameobj::code_lines,
                    bound: obj.clone(),
                    fast: crate::function::FastPath::None,
                    owner: Some("code"),
                    sig: crate::function::Sig::ANY,
                }))),
                "co_positions" => Some(Value::Builtin(Rc::new(crate::function::Builtin {
                    name: "co_positions",
                    func: crate::frameobj::code_positions,
                    bound: obj.clone(),
                    fast: crate::function::FastPath::None,
                    owner: Some("code"),
                    sig: crate::function::Sig::ANY,
                }))),
                _ => None,
            },
            Value::Slice(s) => match name {
                "start" => Some(s.start.clone()),
                "stop" => Some(s.stop.clone()),
                "step" => Some(s.step.clone()),
                _ => None,
            },
            Value::Range(r) => match name {
                "start" => Some(Value::Int(r.start)),
                "stop" => Some(Value::Int(r.stop)),
                "step" => Some(Value::Int(r.step)),
                _ => None,
            },
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match name {
                "real" | "numerator" => Some(match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    o => o.clone(),
                }),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            Value::Float(f) => match name {
                "real" => Some(Value::Float(*f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            },
            Value::Complex(c) => match name {
                "real" => Some(Value::Float(c.re)),
                "imag" => Some(Value::Float(c.im)),
                _ => None,
            },
            Value::MemoryView(m) => crate::memoryview::attr(m, name),
            _ => None,
        }
    }

    pub fn setattr(&mut self, obj: &Value, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        self.setattr_impl(obj, name, v, true)
    }

    /// `obj.name = v` for the `StoreAttr` instruction: `setattr`, with a
    /// plain instance's dict written at the entry where this instruction
    /// last found the name (see `load_attr`).
    #[inline(never)]
    pub(crate) fn store_attr(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        v: Value,
        cache: &AttrCache,
    ) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            if cache.store.holds(inst.class.version_tag.get()) && inst.exc.is_none() {
                inst.dict.set_str_hinted(name, v, &cache.hint);
                return Ok(());
            }
            if inst.exc.is_none() && self.plain_instance_store(inst, obj, name) {
                cache.store.learn(inst.class.valid_version_tag(), 0);
                inst.dict.set_str_hinted(name, v, &cache.hint);
                return Ok(());
            }
        }
        self.setattr_impl(obj, name, v, true)
    }

    /// Whether storing `name` on an instance of `inst`'s class is a store
    /// into its dict: no `__setattr__` and no data descriptor of that
    /// name (`__class__` and `__dict__` are object's), or a slot.
    fn plain_instance_store(&self, inst: &Rc<Instance>, obj: &Value, name: &Rc<PyStr>) -> bool {
        let cls = &inst.class;
        if matches!(name.as_str(), "__class__" | "__dict__") {
            return false;
        }
        cls.plain_store(name) || (!cls.has_setattr.get() && self.is_slot_named(cls, obj, name))
    }

    /// Whether `cls.name` is the plain member descriptor of `obj`'s slot
    /// `name` (whose value the instance keeps under that name; a member
    /// bound under another name, `A.w = A.y`, keeps it under its own).
    fn is_slot_named(&self, cls: &Rc<Class>, obj: &Value, name: &Rc<PyStr>) -> bool {
        matches!(cls.lookup(name), Some(a) if self
            .plain_member(&a, obj)
            .is_some_and(|(slot, _)| slot.as_str() == name.as_str()))
    }

    /// `object.__setattr__`: properties and the instance dict, never the
    /// class's own `__setattr__`.
    pub fn generic_setattr(&mut self, obj: &Value, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        self.setattr_impl(obj, name, v, false)
    }

    fn setattr_impl(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        v: Value,
        user_hook: bool,
    ) -> PyResult<()> {
        match obj {
            Value::Cell(c) if name.as_str() == "cell_contents" => {
                *c.0.borrow_mut() = v;
                Ok(())
            }
            // `__class__` is object's data descriptor: below a class's own
            // `__setattr__`, above everything else.
            Value::Instance(inst)
                if name.as_str() == "__class__" && !(user_hook && inst.class.has_setattr.get()) =>
            {
                crate::class_assign::set_class(self, obj, Some(&v))
            }
            // `__dict__` too is object's data descriptor (unless the class
            // has its own `__dict__` property).
            Value::Instance(inst)
                if name.as_str() == "__dict__"
                    && !(user_hook && inst.class.has_setattr.get())
                    && !inst.class.has_property(name) =>
            {
                crate::dict_assign::set_instance_dict(self, inst, Some(&v))
            }
            Value::Instance(inst) if inst.exc.is_none() && inst.class.plain_store(name) => {
                inst.dict.set_str(name.clone(), v);
                Ok(())
            }
            Value::Instance(inst) => {
                // A class's __setattr__ decides everything, properties
                // included (it may defer to object.__setattr__).
                if user_hook && inst.class.has_setattr.get() {
                    if let Some(sa @ Value::Function(_)) =
                        inst.class.lookup(&intern_static("__setattr__"))
                    {
                        self.call(&sa, vec![obj.clone(), Value::Str(name.clone()), v])?;
                        return Ok(());
                    }
                }
                if let Some(attr @ Value::Instance(_)) = inst.class.lookup(name) {
                    if let Some(r) = self.descriptor_set(&attr, obj, v.clone()) {
                        return r;
                    }
                }
                crate::descriptor::check_property_field(inst, name)?;
                if let Some(exc) = &inst.exc {
                    match name.as_str() {
                        "__cause__" => {
                            check_chained(&v, "cause")?;
                            *exc.cause.borrow_mut() = v;
                            exc.suppress_context.set(true);
                            return Ok(());
                        }
                        "__context__" => {
                            check_chained(&v, "context")?;
                            *exc.context.borrow_mut() = v;
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            exc.suppress_context.set(self.truthy(&v)?);
                            return Ok(());
                        }
                        "args" => {
                            *exc.args.borrow_mut() = Value::tuple(self.collect(&v)?);
                            return Ok(());
                        }
                        "message" | "exceptions" if !exc.group.borrow().is_none() => {
                            return Err(PyErr::new(ExcType::AttributeError, "readonly attribute"));
                        }
                        "__traceback__" => return self.set_traceback(inst, &v),
                        _ => {}
                    }
                }
                if let Some(allowed) = &*inst.class.slots.borrow() {
                    if !allowed.iter().any(|n| n == name.as_str()) {
                        return Err(no_slot_error(inst, name));
                    }
                }
                inst.dict.set_str(name.clone(), v);
                Ok(())
            }
            // (A module's assigned class may have its own `__setattr__`.)
            _ if name.as_str() == "__class__"
                && !(user_hook
                    && matches!(obj, Value::Module(m) if m.class.borrow().is_some())) =>
            {
                crate::class_assign::set_class(self, obj, Some(&v))
            }
            Value::Class(cls) => {
                if cls.builtin.is_some() {
                    return Err(PyErr::type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name.as_str(),
                        cls.name
                    )));
                }
                if name.as_str() == "__dict__" {
                    return Err(PyErr::new(
                        ExcType::AttributeError,
                        "attribute '__dict__' of 'type' objects is not writable",
                    ));
                }
                if name.as_str() == "__bases__" {
                    return crate::bases_assign::set_bases(self, cls, Some(&v));
                }
                if matches!(name.as_str(), "__name__" | "__qualname__")
                    && !matches!(
                        crate::object::base_value(&v).as_ref().unwrap_or(&v),
                        Value::Str(_)
                    )
                {
                    return Err(PyErr::type_error(format!(
                        "can only assign string to {}.{}, not '{}'",
                        cls.name,
                        name.as_str(),
                        self.type_name(&v)
                    )));
                }
                // Only a class body's __eq__ implies __hash__ = None (as
                // type.__new__ decides); assigning __hash__ later decides.
                if name.as_str() == "__hash__" {
                    cls.no_hash.set(v.is_none());
                }
                if let Some(m) = &cls.metaclass {
                    // A metaclass's own __setattr__ decides (an enum refuses
                    // to rebind its members); type.__setattr__ reaches here
                    // with user_hook off.
                    if user_hook {
                        if let Some(sa @ Value::Function(_)) =
                            m.lookup_above_builtin(&intern_static("__setattr__"))
                        {
                            self.call(&sa, vec![obj.clone(), Value::Str(name.clone()), v])?;
                            return Ok(());
                        }
                    }
                    if let Some(attr) = m.lookup_above_builtin(name) {
                        if let Some(r) = self.descriptor_set(&attr, obj, v.clone()) {
                            return r;
                        }
                    }
                }
                let setattr = matches!(name.as_str(), "__setattr__" | "__delattr__");
                let getattribute = name.as_str() == "__getattribute__";
                let property = crate::class::is_data_descriptor(&v);
                if setattr || getattribute || property {
                    cls.mark_descriptors(
                        name.as_str() == "__setattr__",
                        getattribute,
                        property.then_some(name),
                    );
                }
                cls.dict.set_str(name.clone(), v);
                Ok(())
            }
            Value::Module(m) => {
                let assigned = m.class.borrow().clone();
                if let Some(cls) = assigned {
                    if let Some(r) =
                        crate::module_class::setattr(self, &cls, obj, name, &v, user_hook)
                    {
                        return r;
                    }
                }
                if name.as_str() == "__class__" {
                    return crate::class_assign::set_class(self, obj, Some(&v));
                }
                if name.as_str() == "__dict__" {
                    return Err(crate::dict_assign::module_dict_readonly());
                }
                m.dict.set_str(name.clone(), v);
                Ok(())
            }
            Value::Function(f) => {
                match name.as_str() {
                    "__name__" => {
                        if let Value::Str(s) = &v {
                            *f.name.borrow_mut() = s.clone();
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = &v {
                            *f.qualname.borrow_mut() = s.clone();
                        }
                    }
                    "__doc__" => *f.doc.borrow_mut() = v,
                    "__defaults__" => {
                        let d = match &v {
                            Value::None => Box::default(),
                            Value::Tuple(t) => t.0.to_vec().into_boxed_slice(),
                            _ => {
                                return Err(PyErr::type_error(
                                    "__defaults__ must be set to a tuple object",
                                ))
                            }
                        };
                        let old = std::mem::replace(&mut *f.defaults.borrow_mut(), d);
                        drop(old);
                    }
                    "__kwdefaults__" => {
                        let d = match &v {
                            Value::None => None,
                            Value::Dict(d) => Some(d.clone()),
                            _ => {
                                return Err(PyErr::type_error(
                                    "__kwdefaults__ must be set to a dict object",
                                ))
                            }
                        };
                        let old = std::mem::replace(&mut *f.kwdefaults.borrow_mut(), d);
                        drop(old);
                    }
                    "__annotations__" => {
                        if !matches!(v, Value::Dict(_)) {
                            return Err(PyErr::type_error(
                                "__annotations__ must be set to a dict object",
                            ));
                        }
                        *f.annotations.borrow_mut() = v;
                    }
                    _ => f
                        .dict
                        .get_or_init(crate::gc::new_dict)
                        .set_str(name.clone(), v),
                }
                Ok(())
            }
            Value::Generator(g) if matches!(name.as_str(), "__name__" | "__qualname__") => {
                g.set_name(&v, name.as_str() == "__qualname__")
            }
            Value::Generator(_)
                if self.special_attr(obj, name.as_str()).is_some()
                    && !name.as_str().starts_with("__") =>
            {
                // Members (code, origin) and getters word it differently.
                let msg = if matches!(name.as_str(), "gi_code" | "cr_code" | "cr_origin") {
                    "readonly attribute".to_string()
                } else {
                    format!(
                        "attribute '{}' of '{}' objects is not writable",
                        name.as_str(),
                        self.class_of(obj).name
                    )
                };
                Err(PyErr::new(ExcType::AttributeError, msg))
            }
            _ => {
                let cls = self.class_of(obj);
                // A native class with its own `__setattr__` (frame
                // objects' `f_trace`) decides.
                if let (Value::Native(_), Some(sa @ Value::Builtin(_))) =
                    (obj, cls.dict.get_str(&intern_static("__setattr__")))
                {
                    let sa = self.bind(sa, obj);
                    self.call(&sa, vec![Value::Str(name.clone()), v])?;
                    return Ok(());
                }
                if let (Value::MemoryView(_), true) =
                    (obj, crate::memoryview::is_data_attr(name.as_str()))
                {
                    return Err(PyErr::new(
                        ExcType::AttributeError,
                        format!(
                            "attribute '{}' of 'memoryview' objects is not writable",
                            name.as_str()
                        ),
                    ));
                }
                if let Some(e) =
                    crate::type_dict::number_data_attr_write_error(self, obj, name.as_str())
                {
                    return Err(e);
                }
                if cls.lookup(name).is_some() {
                    Err(PyErr::new(
                        ExcType::AttributeError,
                        format!(
                            "'{}' object attribute '{}' is read-only",
                            cls.name,
                            name.as_str()
                        ),
                    ))
                } else {
                    Err(PyErr::new(
                        ExcType::AttributeError,
                        format!("'{}' object has no attribute '{}'", cls.name, name.as_str()),
                    ))
                }
            }
        }
    }

    pub fn delattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        self.delattr_impl(obj, name, true)
    }

    /// `object.__delattr__`: never the class's own `__delattr__`.
    pub fn generic_delattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        self.delattr_impl(obj, name, false)
    }

    fn delattr_impl(&mut self, obj: &Value, name: &Rc<PyStr>, user_hook: bool) -> PyResult<()> {
        if matches!(obj, Value::Module(_)) && name.as_str() == "__class__" {
            return crate::class_assign::set_class(self, obj, None);
        }
        if let Value::Cell(c) = obj {
            if name.as_str() == "cell_contents" {
                *c.0.borrow_mut() = Value::Null;
                return Ok(());
            }
        }
        if let (Value::MemoryView(_), true) = (obj, crate::memoryview::is_data_attr(name.as_str()))
        {
            return Err(PyErr::new(
                ExcType::AttributeError,
                format!(
                    "attribute '{}' of 'memoryview' objects is not writable",
                    name.as_str()
                ),
            ));
        }
        if let Some(e) = crate::type_dict::number_data_attr_write_error(self, obj, name.as_str()) {
            return Err(e);
        }
        // A native class with its own `__delattr__` (traceback objects).
        if let Value::Native(n) = obj {
            if let Some(da @ Value::Builtin(_)) =
                n.class.dict.get_str(&intern_static("__delattr__"))
            {
                let da = self.bind(da, obj);
                self.call(&da, vec![Value::Str(name.clone())])?;
                return Ok(());
            }
        }
        if let (Value::Class(cls), true) = (obj, user_hook) {
            if let Some(m) = &cls.metaclass {
                if let Some(da @ Value::Function(_)) =
                    m.lookup_above_builtin(&intern_static("__delattr__"))
                {
                    self.call(&da, vec![obj.clone(), Value::Str(name.clone())])?;
                    return Ok(());
                }
            }
        }
        if let (Value::Generator(g), "__name__" | "__qualname__") = (obj, name.as_str()) {
            return g.set_name(&Value::None, name.as_str() == "__qualname__");
        }
        if let (Value::Instance(inst), "__cause__" | "__context__" | "__traceback__" | "args") =
            (obj, name.as_str())
        {
            if inst.exc.is_some() {
                return Err(PyErr::type_error(format!(
                    "{} may not be deleted",
                    name.as_str()
                )));
            }
        }
        let removed = match obj {
            Value::Instance(inst) => {
                if inst.class.has_descriptors.get() {
                    if user_hook {
                        if let Some(da @ Value::Function(_)) =
                            inst.class.lookup(&intern_static("__delattr__"))
                        {
                            self.call(&da, vec![obj.clone(), Value::Str(name.clone())])?;
                            return Ok(());
                        }
                    }
                    if let Some(attr @ Value::Instance(_)) = inst.class.lookup(name) {
                        if let Some(r) = self.descriptor_delete(&attr, obj) {
                            return r;
                        }
                    }
                }
                if name.as_str() == "__class__" {
                    return crate::class_assign::set_class(self, obj, None);
                }
                if name.as_str() == "__dict__" {
                    return crate::dict_assign::set_instance_dict(self, inst, None);
                }
                crate::descriptor::check_property_field(inst, name)?;
                if inst.class.slots.borrow().is_some() && inst.dict.get_str(name).is_none() {
                    return Err(no_slot_error(inst, name));
                }
                inst.dict.0.borrow_mut().remove(&Value::Str(name.clone()))?
            }
            Value::Class(c) if c.builtin.is_some() => {
                return Err(PyErr::type_error(format!(
                    "cannot set '{}' attribute of immutable type '{}'",
                    name.as_str(),
                    c.name
                )));
            }
            Value::Class(_) if name.as_str() == "__dict__" => {
                return Err(PyErr::new(
                    ExcType::AttributeError,
                    "attribute '__dict__' of 'type' objects is not writable",
                ));
            }
            Value::Class(c) if name.as_str() == "__bases__" => {
                return crate::bases_assign::set_bases(self, c, None);
            }
            // type's data descriptors for these refuse deletion.
            Value::Class(c)
                if matches!(
                    name.as_str(),
                    "__name__" | "__qualname__" | "__module__" | "__doc__"
                ) =>
            {
                return Err(PyErr::type_error(format!(
                    "cannot delete '{}' attribute of immutable type '{}'",
                    name.as_str(),
                    c.name
                )));
            }
            Value::Class(c) => {
                // Without its own `__hash__` (None or not), the class
                // hashes as its bases do.
                if name.as_str() == "__hash__" {
                    c.no_hash.set(false);
                }
                c.dict.0.borrow_mut().remove(&Value::Str(name.clone()))?
            }
            Value::Module(_) if name.as_str() == "__dict__" => {
                return Err(crate::dict_assign::module_dict_readonly());
            }
            Value::Module(m) => m.dict.0.borrow_mut().remove(&Value::Str(name.clone()))?,
            Value::Function(f) if name.as_str() == "__defaults__" => {
                let old = std::mem::take(&mut *f.defaults.borrow_mut());
                drop(old);
                return Ok(());
            }
            Value::Function(f) if name.as_str() == "__kwdefaults__" => {
                let old = f.kwdefaults.borrow_mut().take();
                drop(old);
                return Ok(());
            }
            Value::Function(f) => match f.dict.get() {
                Some(d) => d.0.borrow_mut().remove(&Value::Str(name.clone()))?,
                None => None,
            },
            _ => None,
        };
        match removed {
            Some(_) => Ok(()),
            None => Err(self.attribute_error(obj, name.as_str())),
        }
    }

    /// `obj.name` for a method call (`LoadMethod`): `(function, obj)` when
    /// it is a plain method of the type (no bound-method object made), else
    /// `(attr, Null)`. `cache` keeps where the method was found for the
    /// last classes met.
    pub(crate) fn load_method(
        &mut self,
        obj: Value,
        name: &Rc<PyStr>,
        cache: &AttrCache,
    ) -> PyResult<(Value, Value)> {
        match &obj {
            Value::Instance(inst) => {
                let cls: &Rc<Class> = &inst.class;
                if let Some(place) = cache.method.place_for(cls.version_tag.get()) {
                    if let a @ Value::Function(_) = cls.value_in_mro(place) {
                        if not_in_dict(inst, name) {
                            return Ok((a, obj));
                        }
                    }
                } else if let Some((a @ Value::Function(_), at)) = cls.lookup_with_place(name) {
                    if not_in_dict(inst, name) && !cls.custom_getattribute.get() {
                        learn_method(cache, cls, at);
                        return Ok((a, obj));
                    }
                }
                let v = self.getattr(&obj, name)?;
                Ok((v, Value::Null))
            }
            Value::Class(_) | Value::Module(_) | Value::Function(_) => {
                let v = self.getattr(&obj, name)?;
                Ok((v, Value::Null))
            }
            _ => {
                let cls = self.class_of(&obj);
                let cached = cache.method.place_for(cls.version_tag.get());
                let found = if let Some(place) = cached {
                    Some(cls.value_in_mro(place)).filter(|v| !v.is_null())
                } else {
                    cls.lookup_with_place(name).map(|(a, at)| {
                        if matches!(&a, Value::Builtin(b) if b.owner.is_some() && b.bound.is_null())
                        {
                            learn_method(cache, &cls, at);
                        }
                        a
                    })
                };
                match found {
                    // A method of the type; a static one (no owner, as
                    // str.maketrans and dict.fromkeys) takes no receiver.
                    Some(Value::Builtin(b)) if b.owner.is_some() && b.bound.is_null() => {
                        Ok((Value::Builtin(b), obj))
                    }
                    Some(other) => Ok((self.bind(other, &obj), Value::Null)),
                    None => {
                        let v = self.getattr(&obj, name)?;
                        Ok((v, Value::Null))
                    }
                }
            }
        }
    }

    /// Looks up a dunder on the type of an instance, in the form every
    /// caller uses: called with the instance first (see `special_method`).
    pub(crate) fn dunder(&self, obj: &Value, name: &'static str) -> Option<Value> {
        let found = match obj {
            Value::Instance(i) => i.class.lookup(&crate::str::intern_static(name)),
            // A class's protocols are its metaclass's (type's own are native).
            Value::Class(c) => c
                .metaclass
                .as_ref()?
                .lookup_above_builtin(&crate::str::intern_static(name)),
            Value::Native(n) => n.class.lookup(&crate::str::intern_static(name)),
            _ => None,
        }?;
        Some(special_method(found))
    }
}

/// Whether an instance's own dict lacks `name` (a method of its class is
/// not shadowed).
#[inline(always)]
fn not_in_dict(inst: &Instance, name: &Rc<PyStr>) -> bool {
    inst.dict.is_empty() || inst.dict.get_str(name).is_none()
}

/// `cache` learns that the method `LoadMethod` looks for is, for
/// instances of `cls`, at `at` (see `Class::lookup_with_place`).
fn learn_method(cache: &AttrCache, cls: &Rc<Class>, at: Option<u32>) {
    if let Some(at) = at {
        cache.method.learn(cls.valid_version_tag(), at);
    }
}

fn names_tuple(names: &[Rc<PyStr>]) -> Value {
    Value::tuple(names.iter().map(|n| Value::Str(n.clone())).collect())
}

/// CPython's `co_varnames`: parameters and plain locals. whirl also gives
/// a local slot to a cell variable that is not a parameter; CPython lists
/// those in `co_cellvars` only.
pub(crate) fn co_varnames(c: &crate::code::Code) -> Vec<Rc<PyStr>> {
    let f = &c.flags;
    let params =
        (c.argcount + c.kwonlyargcount) as usize + usize::from(f.varargs) + usize::from(f.varkw);
    c.varnames
        .iter()
        .enumerate()
        .filter(|(i, n)| *i < params || !c.cellvars.iter().any(|cv| cv.as_str() == n.as_str()))
        .map(|(_, n)| n.clone())
        .collect()
}

/// `co_flags` with CPython 3.11's bits: OPTIMIZED 0x1 and NEWLOCALS 0x2 for
/// functions, VARARGS 0x4, VARKEYWORDS 0x8, NESTED 0x10 (defined in a
/// function), GENERATOR 0x20, COROUTINE 0x80; module and class bodies
/// have none.
pub(crate) fn code_flags(c: &crate::code::Code) -> i64 {
    let f = &c.flags;
    if f.uses_names {
        return 0;
    }
    0x3 | if f.varargs { 0x4 } else { 0 }
        | if f.varkw { 0x8 } else { 0 }
        | if c.qualname.as_str().contains("<locals>") {
            0x10
        } else {
            0
        }
        | if f.async_generator {
            0x200
        } else if f.coroutine {
            0x80
        } else if f.generator {
            0x20
        } else {
            0
        }
}
