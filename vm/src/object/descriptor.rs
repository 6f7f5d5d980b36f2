//! The descriptor protocol for every class: objects whose type defines
//! `__get__`/`__set__`/`__delete__` found as class attributes, user
//! `__getattribute__`/`__delattr__`, and `property`, `classmethod` and
//! `staticmethod` as ordinary descriptors (`__get__` callable directly,
//! subclassable).
//!
//! The fast paths in `object/mod.rs` handle plain attributes and functions;
//! what is here runs only when a class attribute is an instance of a user
//! class, or when a class's flags (`has_descriptors`, `property_names`,
//! `custom_getattribute`) send a load or store the slow way.

use crate::class::{Class, Instance};
use crate::error::{ExcType, PyErr, PyResult};
use crate::str::{intern, intern_static, PyStr};
use crate::types::Kw;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

/// The `__get__` of a class attribute that is an instance of a user class
/// (or of a subclass of property/classmethod/staticmethod).
#[inline]
pub(crate) fn user_get(attr: &Value) -> Option<Value> {
    match attr {
        Value::Instance(d)
            if d.class.is_user_class()
                || d.class.name == "member_descriptor"
                || d.class.name == "getset_descriptor"
                || d.class.name == "super" =>
        {
            d.class.lookup(&intern_static("__get__"))
        }
        _ => None,
    }
}

impl Vm {
    /// A class attribute `attr` found for instance `obj`: a descriptor's
    /// `__get__(obj, type(obj))`, a function bound, anything else as is.
    #[inline]
    pub(crate) fn instance_attr_get(&mut self, attr: Value, obj: &Value) -> PyResult<Value> {
        if let Value::Instance(_) = &attr {
            if let Some(get) = user_get(&attr) {
                let owner = Value::Class(self.class_of(obj));
                return self.call(&get, vec![attr, obj.clone(), owner]);
            }
        }
        Ok(self.bind(attr, obj))
    }

    /// CPython's special-method lookup, as `with`/`async with` use it: the
    /// name is looked up on the type only (never the instance dict,
    /// `__getattribute__` or `__getattr__`), then bound through the
    /// descriptor protocol. `None` when the type lacks it; an error raised
    /// by a `__get__` travels as is. Values that are not instances of a
    /// class keep the ordinary lookup (their types are native).
    pub fn lookup_special(&mut self, obj: &Value, name: &'static str) -> Option<PyResult<Value>> {
        match obj {
            Value::Instance(inst) => {
                let attr = inst.class.lookup(&intern_static(name))?;
                if let Some(r) = self.property_get(&attr, obj) {
                    return Some(r);
                }
                Some(self.instance_attr_get(attr, obj))
            }
            // A module's or a class's own attributes are not its type's.
            Value::Module(_) => None,
            Value::Class(c) => {
                let meta = c.metaclass.as_ref()?;
                let attr = meta.lookup_above_builtin(&intern_static(name))?;
                Some(self.instance_attr_get(attr, obj))
            }
            _ => self.getattr(obj, &intern_static(name)).ok().map(Ok),
        }
    }

    /// `with`: the bound `__exit__` and what `__enter__()` returned, looked
    /// up in CPython 3.11's order (`__enter__`, then `__exit__`, then the
    /// call) with its errors.
    pub(crate) fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let no_protocol = |vm: &Vm, what: &str| {
            PyErr::type_error(format!(
                "'{}' object does not support the context manager protocol{what}",
                vm.type_name(mgr)
            ))
        };
        let enter = match self.lookup_special(mgr, "__enter__") {
            Some(r) => r?,
            None => return Err(no_protocol(self, "")),
        };
        let exit = match self.lookup_special(mgr, "__exit__") {
            Some(r) => r?,
            None => return Err(no_protocol(self, " (missed __exit__ method)")),
        };
        let entered = self.call(&enter, vec![])?;
        Ok((exit, entered))
    }

    /// A class attribute `attr` found on class `cls` itself (`C.attr`):
    /// a descriptor's `__get__(None, C)`.
    pub(crate) fn class_attr_get(&mut self, attr: Value, cls: &Rc<Class>) -> PyResult<Value> {
        if let Some(get) = user_get(&attr) {
            return self.call(&get, vec![attr, Value::None, Value::Class(cls.clone())]);
        }
        Ok(self.bind_class_attr(attr, cls))
    }

    /// A `__slots__` member of a Python class read or written on one of
    /// its instances: its slot name and the instance, so the caller does
    /// what `member_get`/`member_set` would without calling them (a call
    /// with an argument vector, the `__get__` lookup and the owner). Only
    /// for the builtin `member_descriptor` itself (a subclass may define
    /// its own `__get__`) and an instance of the member's class.
    #[inline]
    pub(crate) fn plain_member<'a>(
        &self,
        attr: &Value,
        obj: &'a Value,
    ) -> Option<(Rc<PyStr>, &'a Rc<Instance>)> {
        let Value::Instance(d) = attr else {
            return None;
        };
        if !Rc::ptr_eq(&d.class, &self.extra.as_ref()?.member_descriptor) {
            return None;
        }
        let Value::Instance(inst) = obj else {
            return None;
        };
        let (name, Some(owner)) = member_fields(d) else {
            return None;
        };
        if !owner.is_user_class() || !inst.class.is_subclass(&owner) {
            return None;
        }
        Some((name, inst))
    }

    /// A data descriptor's value for `obj` (property or user `__get__`);
    /// `None` when `attr` is not a data descriptor.
    pub(crate) fn data_descriptor_get(
        &mut self,
        attr: &Value,
        obj: &Value,
    ) -> Option<PyResult<Value>> {
        if let Some((name, inst)) = self.plain_member(attr, obj) {
            return Some(match inst.dict.get_str(&name) {
                Some(v) => Ok(v),
                None => Err(unset_slot_error(self, obj, &name)),
            });
        }
        if !crate::class::is_data_descriptor(attr) {
            return None;
        }
        if let Some(r) = self.property_get(attr, obj) {
            return Some(r);
        }
        match user_get(attr) {
            Some(get) => {
                let owner = Value::Class(self.class_of(obj));
                Some(self.call(&get, vec![attr.clone(), obj.clone(), owner]))
            }
            // Without `__get__`, the instance dict comes first.
            None => None,
        }
    }

    /// Stores through a user data descriptor's `__set__`; `None` when
    /// `attr` is not one.
    pub(crate) fn descriptor_set(
        &mut self,
        attr: &Value,
        obj: &Value,
        v: Value,
    ) -> Option<PyResult<()>> {
        if let Some((name, inst)) = self.plain_member(attr, obj) {
            inst.dict.set_str(name, v);
            return Some(Ok(()));
        }
        let Value::Instance(d) = attr else {
            return None;
        };
        if !crate::class::is_data_descriptor(attr) {
            return None;
        }
        Some(match d.class.lookup(&intern_static("__set__")) {
            Some(set) => self
                .call(&set, vec![attr.clone(), obj.clone(), v])
                .map(|_| ()),
            None => Err(PyErr::new(ExcType::AttributeError, "__set__")),
        })
    }

    /// Deletes through a user data descriptor's `__delete__`.
    pub(crate) fn descriptor_delete(&mut self, attr: &Value, obj: &Value) -> Option<PyResult<()>> {
        let Value::Instance(d) = attr else {
            return None;
        };
        if !crate::class::is_data_descriptor(attr) {
            return None;
        }
        Some(match d.class.lookup(&intern_static("__delete__")) {
            Some(del) => self.call(&del, vec![attr.clone(), obj.clone()]).map(|_| ()),
            None => Err(PyErr::new(ExcType::AttributeError, "__delete__")),
        })
    }

    /// `obj.name` on an instance of a class defining `__getattribute__`:
    /// that method, then `__getattr__` when it raises AttributeError.
    pub(crate) fn user_getattribute(
        &mut self,
        inst: &Rc<Instance>,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        let ga = inst
            .class
            .lookup(&intern_static("__getattribute__"))
            .unwrap_or(Value::None);
        let r = match &ga {
            Value::Function(_) => self.call(&ga, vec![obj.clone(), Value::Str(name.clone())]),
            // Any other object of a Python class: a descriptor is bound to
            // the instance first (as a special method is).
            Value::Instance(_) => {
                let bound = crate::object::special_method(ga.clone());
                self.call(&bound, vec![obj.clone(), Value::Str(name.clone())])
            }
            // A subclass of super (which marks itself as having its own
            // `__getattribute__`): the MRO after `__thisclass__` first.
            _ if name.as_str() != "__class__" && self.derives_from_super(&inst.class) => {
                return self.super_getattr(inst, name)
            }
            _ => return self.instance_getattr(inst, obj, name, true),
        };
        match r {
            Err(e) => match inst.class.lookup(&intern_static("__getattr__")) {
                Some(getattr) => {
                    let exc = self.materialize(e);
                    if self.is_instance_of_exc(&exc, ExcType::AttributeError) {
                        let getattr = crate::object::special_method(getattr);
                        self.call(&getattr, vec![obj.clone(), Value::Str(name.clone())])
                    } else {
                        Err(PyErr::Raised(exc))
                    }
                }
                None => Err(e),
            },
            ok => ok,
        }
    }

    /// `object.__getattribute__(obj, name)`: the generic lookup, never a
    /// class's own `__getattribute__` or `__getattr__`.
    pub fn generic_getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) if !self.is_super(inst) => {
                self.instance_getattr(inst, obj, name, false)
            }
            _ => self.getattr(obj, name),
        }
    }
}

/// The instance of property/classmethod/staticmethod a builtin method of
/// theirs was called on.
fn wrapper_self<'a>(a: &'a [Value], kind: &str, method: &str) -> PyResult<&'a Rc<Instance>> {
    match a.first() {
        Some(Value::Instance(i)) if i.class.is_builtin_kind(kind) => Ok(i),
        Some(other) => Err(PyErr::type_error(format!(
            "descriptor '{method}' for '{kind}' objects doesn't apply to a '{}' object",
            crate::ops::type_name(other)
        ))),
        None => Err(PyErr::type_error(format!(
            "descriptor '{method}' of '{kind}' object needs an argument"
        ))),
    }
}

/// `__get__(obj, type=None)`'s arguments after the receiver.
fn get_args(a: &[Value]) -> PyResult<(Value, Value)> {
    match a.len() {
        2 => Ok((a[1].clone(), Value::None)),
        3 => Ok((a[1].clone(), a[2].clone())),
        n => Err(PyErr::type_error(format!(
            "expected 1 or 2 arguments, got {}",
            n.saturating_sub(1)
        ))),
    }
}

fn field(i: &Instance, name: &'static str) -> Value {
    i.dict.get_str(&intern_static(name)).unwrap_or(Value::None)
}

fn property_label(p: &Instance) -> String {
    match p.dict.get_str(&intern_static("__name__")) {
        Some(Value::Str(n)) => format!("property '{}'", n.as_str()),
        _ => "property".to_string(),
    }
}

/// `property.__get__(self, obj, type=None)`.
fn property_get(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let p = wrapper_self(a, "property", "__get__")?;
    let (obj, _) = get_args(a)?;
    if obj.is_none() {
        return Ok(a[0].clone());
    }
    let fget = field(p, "fget");
    if fget.is_none() {
        return Err(PyErr::new(
            ExcType::AttributeError,
            format!(
                "{} of '{}' object has no getter",
                property_label(p),
                vm.type_name(&obj)
            ),
        ));
    }
    vm.call(&fget, vec![obj])
}

/// `property.__set__(self, obj, value)`.
fn property_set(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let p = wrapper_self(a, "property", "__set__")?;
    if a.len() != 3 {
        return Err(PyErr::type_error(format!(
            "expected 2 arguments, got {}",
            a.len() - 1
        )));
    }
    let fset = field(p, "fset");
    if fset.is_none() {
        return Err(PyErr::new(
            ExcType::AttributeError,
            format!(
                "{} of '{}' object has no setter",
                property_label(p),
                vm.type_name(&a[1])
            ),
        ));
    }
    vm.call(&fset, vec![a[1].clone(), a[2].clone()])?;
    Ok(Value::None)
}

/// `property.__delete__(self, obj)`.
fn property_delete(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let p = wrapper_self(a, "property", "__delete__")?;
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            a.len() - 1
        )));
    }
    let fdel = field(p, "fdel");
    if fdel.is_none() {
        return Err(PyErr::new(
            ExcType::AttributeError,
            format!(
                "{} of '{}' object has no deleter",
                property_label(p),
                vm.type_name(&a[1])
            ),
        ));
    }
    vm.call(&fdel, vec![a[1].clone()])?;
    Ok(Value::None)
}

/// `classmethod.__get__(self, obj, type=None)`: the function bound to the
/// class.
fn classmethod_get(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let c = wrapper_self(a, "classmethod", "__get__")?;
    let (obj, owner) = get_args(a)?;
    let owner = if owner.is_none() {
        Value::Class(vm.class_of(&obj))
    } else {
        owner
    };
    Ok(crate::gc::new_bound_method(field(c, "__func__"), owner))
}

/// `staticmethod.__get__(self, obj, type=None)`: the function itself.
fn staticmethod_get(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = wrapper_self(a, "staticmethod", "__get__")?;
    get_args(a)?;
    Ok(field(s, "__func__"))
}

/// `staticmethod(f)(...)`: calls f (callable since 3.10).
fn staticmethod_call(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let s = wrapper_self(a, "staticmethod", "__call__")?;
    let f = field(s, "__func__");
    vm.call_kw(&f, a[1..].to_vec(), kw.to_vec())
}

/// The attributes property/classmethod/staticmethod objects compute
/// (`__isabstractmethod__`, `__wrapped__`); `None` for other names.
pub(crate) fn wrapper_attr(vm: &mut Vm, i: &Rc<Instance>, name: &str) -> Option<PyResult<Value>> {
    let kind = ["property", "classmethod", "staticmethod"]
        .into_iter()
        .find(|k| i.class.is_builtin_kind(k))?;
    match name {
        "__isabstractmethod__" => {
            let parts: &[&'static str] = if kind == "property" {
                &["fget", "fset", "fdel"]
            } else {
                &["__func__"]
            };
            for p in parts {
                let f = field(i, p);
                if f.is_none() {
                    continue;
                }
                if let Ok(v) = vm.getattr(&f, &intern_static("__isabstractmethod__")) {
                    match vm.truthy(&v) {
                        Ok(true) => return Some(Ok(Value::Bool(true))),
                        Ok(false) => {}
                        Err(e) => return Some(Err(e)),
                    }
                }
            }
            Some(Ok(Value::Bool(false)))
        }
        "__wrapped__" if kind != "property" => Some(Ok(field(i, "__func__"))),
        "__doc__" if kind == "property" => {
            let doc = field(i, "__doc__");
            if !doc.is_none() {
                return Some(Ok(doc));
            }
            let fget = field(i, "fget");
            if fget.is_none() {
                return Some(Ok(Value::None));
            }
            Some(Ok(vm
                .getattr(&fget, &intern_static("__doc__"))
                .unwrap_or(Value::None)))
        }
        _ => None,
    }
}

/// `__qualname__` of a member or getset descriptor: its class's
/// qualified name and its own (`complex.real`, `C.slot`); `None` for other
/// instances and for a member not yet given its class.
pub(crate) fn member_qualname(i: &Instance) -> Option<Value> {
    if !i.class.is_builtin_kind("member_descriptor")
        && !i.class.is_builtin_kind("getset_descriptor")
    {
        return None;
    }
    let (name, owner) = member_fields(i);
    Some(Value::string(format!(
        "{}.{}",
        owner?.qualname,
        name.as_str()
    )))
}

/// A property's `fget`, `fset` and `fdel` are read-only members, as in
/// CPython (the property class names them as its data descriptors, so
/// stores and deletes of these names on its instances come here; other
/// classes never pay for the check).
pub(crate) fn check_property_field(inst: &Instance, name: &PyStr) -> PyResult<()> {
    if matches!(name.as_str(), "fget" | "fset" | "fdel") && inst.class.is_builtin_kind("property") {
        return Err(PyErr::new(ExcType::AttributeError, "readonly attribute"));
    }
    Ok(())
}

/// Adds `__get__`/`__set__`/`__delete__` to the builtin descriptor types.
pub(crate) fn install(property: &Rc<Class>, classmethod: &Rc<Class>, staticmethod: &Rc<Class>) {
    for n in ["fget", "fset", "fdel"] {
        property.mark_descriptors(false, false, Some(&intern(n)));
    }
    crate::types::add_method(property, "__get__", property_get);
    crate::types::add_method(property, "__set__", property_set);
    crate::types::add_method(property, "__delete__", property_delete);
    crate::types::add_method(classmethod, "__get__", classmethod_get);
    crate::types::add_method(staticmethod, "__get__", staticmethod_get);
    crate::types::add_method(staticmethod, "__call__", staticmethod_call);
    crate::types::add_method(classmethod, "__repr__", wrapper_repr);
    crate::types::add_method(staticmethod, "__repr__", wrapper_repr);
}

/// `<staticmethod(<function f at 0x...>)>`: the kind, and what it wraps.
fn wrapper_repr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Instance(w)) = a.first() else {
        return Err(PyErr::type_error("descriptor '__repr__' needs an argument"));
    };
    let inner = vm.repr(&field(w, "__func__"))?;
    let kind = if w.class.is_builtin_kind("classmethod") {
        "classmethod"
    } else {
        "staticmethod"
    };
    Ok(Value::string(format!("<{kind}({inner})>")))
}

/// A member descriptor's slot name (interned by `new_member`) and class,
/// read where `new_member` and `set_member_objclass` put them (entries 0
/// and 1), by probe if the dict was rearranged.
fn member_fields(d: &Instance) -> (Rc<PyStr>, Option<Rc<Class>>) {
    let name = d
        .dict
        .str_entry_at(0, "__name__")
        .or_else(|| d.dict.get_str(&intern_static("__name__")));
    let owner = d
        .dict
        .str_entry_at(1, "__objclass__")
        .or_else(|| d.dict.get_str(&intern_static("__objclass__")));
    let name = match name {
        Some(Value::Str(s)) => s,
        _ => intern_static(""),
    };
    let owner = match owner {
        Some(Value::Class(c)) => Some(c),
        _ => None,
    };
    (name, owner)
}

/// The slot name a `member_descriptor` (one per `__slots__` name) stands for.
fn member_name(a: &[Value]) -> PyResult<(Rc<PyStr>, Option<Rc<Class>>)> {
    match a.first() {
        Some(Value::Instance(d)) if d.class.is_builtin_kind("member_descriptor") => {
            Ok(member_fields(d))
        }
        _ => Err(PyErr::type_error(
            "descriptor requires a 'member_descriptor' object",
        )),
    }
}

/// A slot's value lives in the instance's attribute table, which
/// `__dict__` does not expose for a class with `__slots__`.
fn slot_owner<'a>(
    vm: &Vm,
    v: &'a Value,
    name: &str,
    owner: &Option<Rc<Class>>,
) -> PyResult<&'a Rc<Instance>> {
    match (v, owner) {
        (Value::Instance(i), Some(c)) if i.class.is_subclass(c) => Ok(i),
        (Value::Instance(i), None) => Ok(i),
        (other, _) => Err(PyErr::type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            owner.as_ref().map_or("?", |c| c.name.as_str()),
            vm.type_name(other)
        ))),
    }
}

/// A class's own member descriptors learn their class once it exists
/// (`C.__dict__['x'].__objclass__ is C`).
pub(crate) fn set_member_objclass(cls: &Rc<Class>) {
    for e in cls.dict.0.borrow().iter() {
        if let Value::Instance(d) = &e.value {
            if d.class.is_builtin_kind("member_descriptor")
                && d.dict.get_str(&intern_static("__objclass__")).is_none()
            {
                d.dict
                    .set_str(intern_static("__objclass__"), Value::Class(cls.clone()));
            }
        }
    }
}

/// A member of a builtin type (complex's `real` and `imag`): the
/// receiver's class must be the owner or below it.
fn native_member_target(vm: &Vm, name: &str, owner: &Rc<Class>, obj: &Value) -> PyResult<()> {
    if vm.class_of(obj).is_subclass(owner) {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
        owner.name,
        vm.type_name(obj)
    )))
}

/// The builtin type a member belongs to, when it is not a user class's
/// slot (complex's parts are read from the value, and read-only).
fn native_owner(owner: &Option<Rc<Class>>) -> Option<&Rc<Class>> {
    owner.as_ref().filter(|c| !c.is_user_class())
}

fn member_get(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (name, owner) = member_name(a)?;
    let (obj, _) = get_args(a)?;
    if obj.is_none() {
        return Ok(a[0].clone());
    }
    if let Some(c) = native_owner(&owner) {
        native_member_target(vm, name.as_str(), c, &obj)?;
        return match vm.special_attr(&obj, name.as_str()) {
            Some(v) => Ok(v),
            None => vm.getattr(&obj, &name),
        };
    }
    let inst = slot_owner(vm, &obj, name.as_str(), &owner)?;
    match inst.dict.get_str(&name) {
        Some(v) => Ok(v),
        None => Err(unset_slot_error(vm, &obj, &name)),
    }
}

/// Reading a slot never assigned.
fn unset_slot_error(vm: &Vm, obj: &Value, name: &PyStr) -> PyErr {
    PyErr::new(
        ExcType::AttributeError,
        format!(
            "'{}' object has no attribute '{}'",
            vm.type_name(obj),
            name.as_str()
        ),
    )
}

fn member_set(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (name, owner) = member_name(a)?;
    if a.len() != 3 {
        return Err(PyErr::type_error(format!(
            "expected 2 arguments, got {}",
            a.len() - 1
        )));
    }
    if let Some(c) = native_owner(&owner) {
        native_member_target(vm, name.as_str(), c, &a[1])?;
        return Err(PyErr::new(ExcType::AttributeError, "readonly attribute"));
    }
    let inst = slot_owner(vm, &a[1], name.as_str(), &owner)?;
    inst.dict.set_str(name, a[2].clone());
    Ok(Value::None)
}

fn member_delete(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (name, owner) = member_name(a)?;
    let Some(obj) = a.get(1) else {
        return Err(PyErr::type_error("expected 1 argument, got 0"));
    };
    if let Some(c) = native_owner(&owner) {
        native_member_target(vm, name.as_str(), c, obj)?;
        return Err(PyErr::new(ExcType::AttributeError, "readonly attribute"));
    }
    let inst = slot_owner(vm, obj, name.as_str(), &owner)?;
    match inst.dict.0.borrow_mut().remove(&Value::Str(name.clone()))? {
        Some(_) => Ok(Value::None),
        None => Err(PyErr::new(ExcType::AttributeError, name.as_str())),
    }
}

fn member_repr(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (name, owner) = member_name(a)?;
    Ok(Value::string(format!(
        "<member '{}' of '{}' objects>",
        name.as_str(),
        owner.as_ref().map_or("?", |c| c.name.as_str())
    )))
}

/// The `member_descriptor` for slot `name` of class `owner`.
pub(crate) fn new_member(vm: &Vm, name: &str) -> Option<Value> {
    let cls = vm.extra.as_ref()?.member_descriptor.clone();
    let d = Instance::new(cls);
    // Interned: the slot's value is stored in the instance's table under
    // this very string (`plain_member`).
    d.dict
        .set_str(intern_static("__name__"), Value::Str(intern(name)));
    Some(Value::Instance(crate::gc::new_instance(d)))
}

pub(crate) fn install_member(cls: &Rc<Class>) {
    crate::types::add_method(cls, "__get__", member_get);
    crate::types::add_method(cls, "__set__", member_set);
    crate::types::add_method(cls, "__delete__", member_delete);
    crate::types::add_method(cls, "__repr__", member_repr);
}
