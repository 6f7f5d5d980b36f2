//! The object model (this folder): values (`value.rs`), classes and
//! metaclasses, descriptors and slots, functions, the str/dict/set tables,
//! native objects. This file is the object protocol itself.
//!
//! The object protocol: attribute access, subscripts, iteration, truth,
//! operators with user-defined dunders, and exception objects.

pub(crate) mod bases_assign;
pub mod class;
pub(crate) mod class_assign;
pub(crate) mod descriptor;
pub mod dict;
pub(crate) mod dict_assign;
pub mod function;
pub(crate) mod mappingproxy;
pub(crate) mod metaclass;
pub(crate) mod module_class;
pub mod native;
pub(crate) mod reduce;
pub mod set;
pub(crate) mod slots;
pub mod str;
pub(crate) mod type_dict;
pub mod value;

use crate::class::{Class, Instance};
use crate::dict::Native;
use crate::dict::PyDict;
use crate::error::{ExcType, PyErr, PyResult};
use crate::function::Builtin;
use crate::iter::{IterState, NativeIter};
use crate::ops;
use crate::str::{intern, PyStr};
use crate::value::{PySet, PySlice, Value};
use crate::Vm;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;
use whirl_parser::ast::{BinOp, CmpOp, UnaryOp};

/// The receiver a method of builtin type `owner` works on when called on
/// `obj`: for an instance of a subclass of a builtin (`class D(dict)`), the
/// builtin value inside it; `None` when `obj` itself is the receiver.
#[inline]
pub(crate) fn builtin_receiver(
    owner: Option<&'static str>,
    name: &str,
    obj: &Value,
) -> Option<Value> {
    match (obj, owner) {
        (Value::Instance(i), Some(owner))
            if !i.base.is_null() && owner != "object" && owner != "BaseException" =>
        {
            // `dict.__getitem__` keeps the instance: it asks the
            // subclass's `__missing__` (see `slots::getitem`).
            if name == "__getitem__" && matches!(i.base, Value::Dict(_)) {
                return None;
            }
            Some(i.base.clone())
        }
        _ => None,
    }
}

/// The builtin value behind an instance of a class derived from a builtin
/// type (`class D(dict)`).
#[inline]
pub(crate) fn base_value(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) if !i.base.is_null() => Some(i.base.clone()),
        _ => None,
    }
}

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
    match p.dict.get_str(&intern("__name__")) {
        Some(Value::Str(n)) => format!("property '{}'", n.as_str()),
        _ => "property".to_string(),
    }
}

impl Vm {
    // ----- exceptions -----

    /// Turns a `PyErr` into the exception instance it stands for.
    pub fn materialize(&mut self, e: PyErr) -> Rc<Instance> {
        match e {
            PyErr::Raised(i) => i,
            PyErr::New(b) => {
                let (t, msg) = *b;
                let args = if msg.is_empty() {
                    vec![]
                } else {
                    vec![Value::string(msg)]
                };
                self.new_exception(t, args)
            }
            PyErr::WithArgs(b) => {
                let (t, args) = *b;
                self.new_exception(t, args)
            }
            PyErr::Lookup(b) => {
                let b = *b;
                let exc = self.new_exception(b.kind, vec![Value::string(b.message)]);
                exc.dict
                    .set_str(crate::str::intern("name"), Value::Str(b.name));
                if !b.obj.is_null() {
                    exc.dict.set_str(crate::str::intern("obj"), b.obj);
                }
                *exc.exc().suggestion.borrow_mut() = b.suggestion;
                exc
            }
        }
    }

    pub fn new_exception(&mut self, t: ExcType, args: Vec<Value>) -> Rc<Instance> {
        let inst = Instance::new(self.exc_class(t));
        let args = self.oserror_args(&inst, args);
        *inst.exc().args.borrow_mut() = Value::tuple(args);
        crate::gc::new_instance(inst)
    }

    /// The operand of `raise`: an exception instance or class.
    pub fn make_raisable(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Instance(i) if i.exc.is_some() => Ok(PyErr::Raised(i.clone())),
            Value::Class(c) if c.exc_type.is_some() => {
                let inst = self.call_class(c, vec![], vec![])?;
                match inst {
                    Value::Instance(i) if i.exc.is_some() => Ok(PyErr::Raised(i)),
                    other => {
                        let typ = Value::Class(self.class_of(&other));
                        Err(PyErr::type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            self.repr(&v)?,
                            self.repr(&typ)?
                        )))
                    }
                }
            }
            _ => Err(PyErr::type_error(
                "exceptions must derive from BaseException",
            )),
        }
    }

    pub(crate) fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let Value::Instance(e) = exc else {
            return Ok(false);
        };
        match typ {
            Value::Class(c) if c.exc_type.is_some() => Ok(e.class.is_subclass(c)),
            // Every item must be an exception class, checked before any
            // is matched (as CPython: `except (E, 42)` fails even for E).
            Value::Tuple(t)
                if t.0
                    .iter()
                    .all(|item| matches!(item, Value::Class(c) if c.exc_type.is_some())) =>
            {
                Ok(t.0.iter().any(|item| match item {
                    Value::Class(c) => e.class.is_subclass(c),
                    _ => false,
                }))
            }
            _ => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// For an error that is StopIteration: Ok(its value); otherwise the error.
    pub(crate) fn stop_iteration_value(&mut self, e: PyErr) -> PyResult<Value> {
        if e.builtin_type() == Some(ExcType::StopIteration) {
            let inst = self.materialize(e);
            return Ok(inst.args().first().cloned().unwrap_or(Value::None));
        }
        if let PyErr::Raised(i) = &e {
            if self.is_instance_of_exc(i, ExcType::StopIteration) {
                return Ok(i.args().first().cloned().unwrap_or(Value::None));
            }
        }
        Err(e)
    }

    fn exception_attr(&mut self, inst: &Rc<Instance>, name: &str) -> Option<Value> {
        let exc = inst.exc.as_ref()?;
        Some(match name {
            "args" => exc.args.borrow().clone(),
            "__cause__" => exc.cause.borrow().clone(),
            "__context__" => exc.context.borrow().clone(),
            "__suppress_context__" => Value::Bool(exc.suppress_context.get()),
            "message" | "exceptions" if !exc.group.borrow().is_none() => {
                let (message, excs) = crate::exception_group::group_parts(inst)?;
                if name == "message" {
                    message
                } else {
                    Value::Tuple(excs)
                }
            }
            "__traceback__" => self.traceback_of(inst),
            "value" if self.is_instance_of_exc(inst, ExcType::StopIteration) => {
                inst.args().first().cloned().unwrap_or(Value::None)
            }
            "code" if self.is_instance_of_exc(inst, ExcType::SystemExit) => {
                let a = inst.args();
                match a.len() {
                    0 => Value::None,
                    1 => a[0].clone(),
                    _ => Value::tuple(a),
                }
            }
            "msg"
            | "filename"
            | "lineno"
            | "offset"
            | "text"
            | "end_lineno"
            | "end_offset"
            | "print_file_and_line"
                if self.is_instance_of_exc(inst, ExcType::SyntaxError) =>
            {
                // SyntaxError(msg, (filename, lineno, offset, text,
                // end_lineno, end_offset)), or just a message.
                let a = inst.args();
                let i = match name {
                    "msg" => return Some(a.first().cloned().unwrap_or(Value::None)),
                    "filename" => 0,
                    "lineno" => 1,
                    "offset" => 2,
                    "text" => 3,
                    "end_lineno" => 4,
                    "end_offset" => 5,
                    _ => return Some(Value::None),
                };
                match a.get(1) {
                    Some(Value::Tuple(t)) if a.len() == 2 => {
                        t.0.get(i).cloned().unwrap_or(Value::None)
                    }
                    _ => Value::None,
                }
            }
            "filename" | "filename2" if self.is_instance_of_exc(inst, ExcType::OSError) => {
                // Set by the constructor (see oserror.rs) or assigned.
                inst.dict.get_str(&intern(name)).unwrap_or(Value::None)
            }
            "errno" | "strerror" if self.is_instance_of_exc(inst, ExcType::OSError) => {
                let a = inst.args();
                let i = match name {
                    "errno" => 0,
                    _ => 1,
                };
                if a.len() >= 2 {
                    a.get(i).cloned().unwrap_or(Value::None)
                } else {
                    Value::None
                }
            }
            // Unset keyword attributes of these (see `exc_init_kw`).
            "name" | "path" if self.is_instance_of_exc(inst, ExcType::ImportError) => Value::None,
            "msg" if self.is_instance_of_exc(inst, ExcType::ImportError) => {
                let a = inst.args();
                if a.len() == 1 {
                    a[0].clone()
                } else {
                    Value::None
                }
            }
            "name" | "obj" if self.is_instance_of_exc(inst, ExcType::AttributeError) => Value::None,
            "name" if self.is_instance_of_exc(inst, ExcType::NameError) => Value::None,
            "encoding" | "object" | "start" | "end" | "reason" => {
                // UnicodeEncodeError/DecodeError(encoding, object, start,
                // end, reason) and UnicodeTranslateError(object, start, end,
                // reason) keep them in `args`.
                let kind = self.unicode_error_kind(inst)?;
                let a = inst.args();
                let fields: &[&str] = if kind == ExcType::UnicodeTranslateError {
                    &["object", "start", "end", "reason"]
                } else {
                    &["encoding", "object", "start", "end", "reason"]
                };
                if a.len() != fields.len() {
                    return None;
                }
                let v = fields
                    .iter()
                    .position(|f| *f == name)
                    .map(|i| a[i].clone())
                    .unwrap_or(Value::None);
                // A decode error's object is bytes, whatever buffer it was
                // made with (CPython copies a bytearray's bytes).
                match (&v, kind, name) {
                    (
                        Value::ByteArray(_) | Value::MemoryView(_),
                        ExcType::UnicodeDecodeError,
                        "object",
                    ) => Value::Bytes(Rc::new(
                        crate::memoryview::buffer_bytes(&v).unwrap_or_default(),
                    )),
                    _ => v,
                }
            }
            _ => return None,
        })
    }

    // ----- attributes -----

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
                "staticmethod" if i.class.builtin.is_none() && i.class.module == "builtins" => {
                    i.dict.get_str(&intern("__func__")).unwrap_or(Value::None)
                }
                "classmethod" if i.class.module == "builtins" => {
                    let func = i.dict.get_str(&intern("__func__")).unwrap_or(Value::None);
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
                    .get_str(&crate::str::intern_static("fget"))
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

    pub fn getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => {
                // The class read once (see `ClassRef`): a later
                // `__class__` assignment by code this runs leaves it valid.
                let cls: &Rc<Class> = &inst.class;
                if self.is_super_class(cls) {
                    return self.super_getattr(inst, name);
                }
                if inst.exc.is_none() && !cls.has_property(name) {
                    if let Some(v) = inst.dict.get_str(name) {
                        return Ok(v);
                    }
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
                    if let Some(ga) = cls.lookup(&crate::str::intern_static("__getattr__")) {
                        return self.call_getattr_hook(&ga, obj, name);
                    }
                    return Err(self.attribute_error(obj, name.as_str()));
                }
                if cls.custom_getattribute.get() {
                    return self.user_getattribute(inst, obj, name);
                }
                self.instance_getattr(inst, obj, name, true)
            }
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
                    match name.as_str() {
                        // A class's annotations are its own, never a base's.
                        "__annotations__" => return Ok(self.own_annotations(cls).unwrap_or(v)),
                        // type's `__dict__`, `__name__`... are data
                        // descriptors: ones the class defines for its
                        // instances (a `__name__` property) do not hide them.
                        // (An assigned `C.__name__ = "x"` is kept in the
                        // class dict as a str: that one is the class's.)
                        "__name__" | "__qualname__" if matches!(v, Value::Str(_)) => {}
                        "__dict__" | "__name__" | "__qualname__" | "__mro__" | "__bases__" => {
                            if let Some(own) = self.special_attr(obj, name.as_str()) {
                                return Ok(own);
                            }
                        }
                        _ => {}
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
                    if let Some(ga) = m.dict.get_str(&intern("__getattr__")) {
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
            // A released view refuses its data attributes.
            Value::MemoryView(m)
                if m.released.get() && crate::memoryview::is_data_attr(name.as_str()) =>
            {
                Err(crate::memoryview::released_attr_error())
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
                    if let Some(ga) = n.class.lookup(&intern("__getattr__")) {
                        return self.call(&ga, vec![obj.clone(), Value::Str(name.clone())]);
                    }
                }
                // A method shows its function's own attributes (an
                // lru_cache'd method's `cache_info`), as CPython's does.
                if let Value::BoundMethod(m) = obj {
                    let func = m.func.clone();
                    return self.getattr(&func, name);
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
        if hook {
            if let Some(ga) = inst.class.lookup(&intern("__getattr__")) {
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
        let Some(ga) = inst.class.lookup(&intern("__getattr__")) else {
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
        let r = self.call(ga, vec![obj.clone(), Value::Str(name.clone())]);
        if let Err(PyErr::Raised(e)) = &r {
            if e.dict.get_str(&intern("name")).is_none()
                && self.is_instance_of_exc(e, ExcType::AttributeError)
            {
                e.dict.set_str(intern("name"), Value::Str(name.clone()));
                e.dict.set_str(intern("obj"), obj.clone());
            }
        }
        r
    }

    pub(crate) fn is_super(&self, inst: &Rc<Instance>) -> bool {
        self.is_super_class(&inst.class)
    }

    #[inline]
    fn is_super_class(&self, cls: &Rc<Class>) -> bool {
        self.extra
            .as_ref()
            .map(|x| Rc::ptr_eq(&x.super_, cls))
            .unwrap_or(false)
    }

    /// `super(cls, obj).name`: the MRO of obj's type after cls.
    fn super_getattr(&mut self, sup: &Rc<Instance>, name: &Rc<PyStr>) -> PyResult<Value> {
        let this = sup
            .dict
            .get_str(&intern("__thisclass__"))
            .unwrap_or(Value::None);
        let obj = sup.dict.get_str(&intern("__self__")).unwrap_or(Value::None);
        let Value::Class(this) = this else {
            return Err(PyErr::type_error("super() argument 1 must be a type"));
        };
        // super(C, cls) in a classmethod looks along cls's MRO; in a
        // metaclass's method, cls is an instance and the MRO is its type's.
        let (start, class_mode) = match &obj {
            Value::Class(c) if c.is_subclass(&this) => (c.clone(), true),
            other => (self.class_of(other), false),
        };
        let mut mro = vec![start.clone()];
        mro.extend(start.mro_tail.borrow().iter().cloned());
        let pos = mro
            .iter()
            .position(|c| Rc::ptr_eq(c, &this))
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for c in &mro[pos..] {
            if let Some(v) = c.dict.get_str(name) {
                if class_mode {
                    return self.class_attr_get(v, &start);
                }
                if let Some(r) = self.property_get(&v, &obj) {
                    return r;
                }
                return self.instance_attr_get(v, &obj);
            }
        }
        if !class_mode {
            for c in &mro[pos..] {
                if c.builtin.is_some() {
                    if let Some(v) = crate::slots::bound_slot(c, &obj, name.as_str()) {
                        return Ok(v);
                    }
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
        let key = intern("__annotations__");
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
                "__subclasses__" => Some(Value::Builtin(crate::gc::new_builtin(Builtin {
                    name: "__subclasses__",
                    func: |_, a, _| match a.first() {
                        Some(Value::Class(c)) => Ok(Value::list(
                            c.subclasses
                                .borrow()
                                .iter()
                                .filter_map(|w| w.upgrade())
                                .map(Value::Class)
                                .collect(),
                        )),
                        _ => Err(PyErr::type_error(
                            "descriptor '__subclasses__' of 'type' object needs an argument",
                        )),
                    },
                    bound: Value::Class(c.clone()),
                    fast: crate::function::FastPath::None,
                    owner: Some("type"),
                    sig: crate::function::Sig::ANY,
                }))),
                "__mro__" if crate::metaclass::mro_pending(c) => Some(Value::None),
                "__mro__" => {
                    let mut v = vec![Value::Class(c.clone())];
                    v.extend(c.mro_tail.borrow().iter().map(|b| Value::Class(b.clone())));
                    Some(Value::tuple(v))
                }
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
                        .get_str(&intern("__name__"))
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
                "__qualname__" | "__objclass__" => crate::type_dict::builtin_attr(self, b, name),
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
                    m.dict.set_str(intern("__annotations__"), d.clone());
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
                    "yieldfrom" | "await" if (attr == "await") == coro => Some(
                        g.with_frame(|f| {
                            match (f.code.instrs.get(f.ip as usize), f.stack.last()) {
                                (Some(crate::code::Instr::YieldFrom), Some(v)) => v.clone(),
                                _ => Value::None,
                            }
                        })
                        .unwrap_or(Value::None),
                    ),
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
                        inst.class.lookup(&crate::str::intern_static("__setattr__"))
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
                            m.lookup_above_builtin(&crate::str::intern_static("__setattr__"))
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
                if let (Value::Native(_), Some(sa @ Value::Builtin(_))) = (
                    obj,
                    cls.dict.get_str(&crate::str::intern_static("__setattr__")),
                ) {
                    let sa = self.bind(sa, obj);
                    self.call(&sa, vec![Value::Str(name.clone()), v])?;
                    return Ok(());
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
        // A native class with its own `__delattr__` (traceback objects).
        if let Value::Native(n) = obj {
            if let Some(da @ Value::Builtin(_)) = n
                .class
                .dict
                .get_str(&crate::str::intern_static("__delattr__"))
            {
                let da = self.bind(da, obj);
                self.call(&da, vec![Value::Str(name.clone())])?;
                return Ok(());
            }
        }
        if let (Value::Class(cls), true) = (obj, user_hook) {
            if let Some(m) = &cls.metaclass {
                if let Some(da @ Value::Function(_)) =
                    m.lookup_above_builtin(&crate::str::intern_static("__delattr__"))
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
                            inst.class.lookup(&crate::str::intern_static("__delattr__"))
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
            Value::Class(c) => {
                // Without its own `__hash__` (None or not), the class
                // hashes as its bases do.
                if name.as_str() == "__hash__" {
                    c.no_hash.set(false);
                }
                c.dict.0.borrow_mut().remove(&Value::Str(name.clone()))?
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

    /// `obj.name` for a method call: `(function, obj)` when it is a plain
    /// method of the type (no bound-method object made), else `(attr, NULL)`.
    pub(crate) fn load_method(&mut self, obj: Value, name: &Rc<PyStr>) -> PyResult<(Value, Value)> {
        match &obj {
            Value::Instance(inst) => {
                let cls: &Rc<Class> = &inst.class;
                if let Some(a @ Value::Function(_)) = cls.lookup(name) {
                    if (inst.dict.is_empty() || inst.dict.get_str(name).is_none())
                        && !cls.custom_getattribute.get()
                    {
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
                match cls.lookup(name) {
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

    // ----- truth, comparison -----

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::None | Value::Null => false,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::List(l) => !l.0.borrow().is_empty(),
            Value::Tuple(t) => !t.0.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.table.borrow().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Range(r) => r.big_len() > num_bigint::BigInt::from(0),
            Value::Complex(c) => c.re != 0.0 || c.im != 0.0,
            Value::ByteArray(b) => !b.data.borrow().is_empty(),
            Value::MemoryView(m) => m.length()? > 0,
            Value::Instance(_) => {
                if let Some(m) = self.dunder(v, "__bool__") {
                    let r = self.call(&m, vec![v.clone()])?;
                    match r {
                        Value::Bool(b) => b,
                        other => {
                            return Err(PyErr::type_error(format!(
                                "__bool__ should return bool, returned {}",
                                self.type_name(&other)
                            )))
                        }
                    }
                } else if let Some(m) = self.dunder(v, "__len__") {
                    let r = self.call(&m, vec![v.clone()])?;
                    self.truthy(&r)?
                } else if let Some(b) = base_value(v) {
                    self.truthy(&b)?
                } else {
                    true
                }
            }
            _ => true,
        })
    }

    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = ops::native_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(CmpOp::Eq, a, b)?;
        self.truthy(&r)
    }

    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        match op {
            CmpOp::Is => return Ok(Value::Bool(a.is(b))),
            CmpOp::IsNot => return Ok(Value::Bool(!a.is(b))),
            CmpOp::In => return Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => return Ok(Value::Bool(!self.contains(b, a)?)),
            _ => {}
        }
        if matches!(a, Value::Iterator(_)) || matches!(b, Value::Iterator(_)) {
            if let Some(r) = self.dict_view_compare(op, a, b)? {
                return Ok(r);
            }
        }
        let (name, rname) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::NotEq => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::GtE => ("__ge__", "__le__"),
            _ => unreachable!(),
        };
        // Builtin subclasses without the dunder compare as their values.
        let (a_base, b_base);
        let mut a_unwrapped = false;
        let a = match base_value(a) {
            Some(v) if self.dunder(a, name).is_none() => {
                a_base = v;
                a_unwrapped = true;
                &a_base
            }
            _ => a,
        };
        let mut b_unwrapped = false;
        let b = match base_value(b) {
            Some(v) if self.dunder(b, rname).is_none() => {
                b_base = v;
                b_unwrapped = true;
                &b_base
            }
            _ => b,
        };
        let a_inst = matches!(a, Value::Instance(_));
        let b_inst = matches!(b, Value::Instance(_));
        if a_inst || b_inst {
            // Reflected first when b's type is a subclass of a's (a
            // builtin's too: `[x] == ListSubclass([y])` asks the subclass).
            let b_first = b_inst && {
                let (ca, cb) = (self.class_of(a), self.class_of(b));
                !Rc::ptr_eq(&ca, &cb) && cb.is_subclass(&ca)
            };
            let order: [(bool, &str); 2] = if b_first {
                [(true, rname), (false, name)]
            } else {
                [(false, name), (true, rname)]
            };
            for (reflected, n) in order {
                let (x, y) = if reflected { (b, a) } else { (a, b) };
                if let Some(m) = self.dunder(x, n) {
                    let r = self.call(&m, vec![x.clone(), y.clone()])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                } else if n == "__ne__" && matches!(x, Value::Instance(_)) {
                    if let Some(m) = self.dunder(x, "__eq__") {
                        let r = self.call(&m, vec![x.clone(), y.clone()])?;
                        if !matches!(r, Value::NotImplemented) {
                            return Ok(Value::Bool(!self.truthy(&r)?));
                        }
                    }
                } else if let Some(r) = self.builtin_slot_compare(op, reflected, x, y)? {
                    return Ok(r);
                }
            }
            return match op {
                CmpOp::Eq => Ok(Value::Bool(a.is(b))),
                CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
                _ => Err(self.order_error(op, a, b)),
            };
        }
        // A builtin subclass's value on the right compares first, as its
        // (inherited) comparison is tried first in CPython: the order
        // decides whose element `__eq__` runs (unittest.mock's ANY).
        let (a, b) = if b_unwrapped && !a_unwrapped && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            (b, a)
        } else {
            (a, b)
        };
        match op {
            CmpOp::Eq => return Ok(Value::Bool(self.eq_builtin(a, b)?)),
            CmpOp::NotEq => return Ok(Value::Bool(!self.eq_builtin(a, b)?)),
            _ => {}
        }
        let ord = self.order(a, b, op)?;
        Ok(Value::Bool(match (op, ord) {
            (_, None) => false,
            (CmpOp::Lt, Some(o)) => o == Ordering::Less,
            (CmpOp::LtE, Some(o)) => o != Ordering::Greater,
            (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
            (CmpOp::GtE, Some(o)) => o != Ordering::Less,
            _ => false,
        }))
    }

    /// Runs `f`, one level of a native recursion over user data (`==` on
    /// nested lists, ...), counted against the recursion limit as CPython
    /// counts it: deep data raises `RecursionError` instead of recursing
    /// as deep as the data (or for minutes). Called only when recursing
    /// into a container, so flat data pays nothing.
    pub(crate) fn nested<T>(
        &mut self,
        what: &'static str,
        f: impl FnOnce(&mut Self) -> PyResult<T>,
    ) -> PyResult<T> {
        // The Rust stack bounds native recursion even under a huge limit.
        const NATIVE_CAP: usize = 100_000;
        if self.depth >= self.recursion_limit || self.depth >= NATIVE_CAP {
            return Err(PyErr::new(
                ExcType::RecursionError,
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        r
    }

    fn eq_builtin(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::List(x), Value::List(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                let (x, y) = (x.0.borrow().clone(), y.0.borrow().clone());
                self.nested(" in comparison", |vm| vm.seq_eq(&x, &y))
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                let (x, y) = (x.0.to_vec(), y.0.to_vec());
                self.nested(" in comparison", |vm| vm.seq_eq(&x, &y))
            }
            // Slices compare as (start, stop, step) tuples.
            (Value::Slice(x), Value::Slice(y)) => {
                let x = [x.start.clone(), x.stop.clone(), x.step.clone()];
                let y = [y.start.clone(), y.stop.clone(), y.step.clone()];
                self.seq_eq(&x, &y)
            }
            (Value::Dict(x), Value::Dict(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                if x.len() != y.len() {
                    return Ok(false);
                }
                let items = x.0.borrow().items();
                let y = y.clone();
                self.nested(" in comparison", |vm| {
                    for (k, v) in items {
                        match vm.dict_get(&y, &k)? {
                            Some(w) if v.is(&w) || vm.eq(&v, &w)? => {}
                            _ => return Ok(false),
                        }
                    }
                    Ok(true)
                })
            }
            (Value::Set(x), Value::Set(y)) => {
                if x.table.borrow().len() != y.table.borrow().len() {
                    return Ok(false);
                }
                // Membership through set_contains: elements' own __eq__.
                let keys = x.table.borrow().keys();
                for k in keys {
                    if !self.set_contains(y, &k)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            _ => Ok(ops::native_eq(a, b).unwrap_or_else(|| a.is(b))),
        }
    }

    fn seq_eq(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (p, q) in x.iter().zip(y) {
            if !p.is(q) && !self.eq(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The comparison slot a builtin type gives `x` (a builtin value, or an
    /// instance of a builtin subclass not overriding it) against `y`: the
    /// two values compared as builtins when they are of comparable kinds
    /// (`int.__gt__(1, IntSub(0))` after `IntSub.__lt__` declined). None
    /// when the slot would return NotImplemented. Reached only after the
    /// user's methods, so ordinary comparisons never get here.
    fn builtin_slot_compare(
        &mut self,
        op: CmpOp,
        reflected: bool,
        x: &Value,
        y: &Value,
    ) -> PyResult<Option<Value>> {
        if let (Value::MemoryView(m), CmpOp::Eq | CmpOp::NotEq) = (x, op) {
            let same = crate::memoryview::eq(self, m, y)?;
            return Ok(Some(Value::Bool(same == matches!(op, CmpOp::Eq))));
        }
        let xb = base_value(x).unwrap_or_else(|| x.clone());
        let yb = base_value(y).unwrap_or_else(|| y.clone());
        let numeric = |v: &Value| {
            matches!(
                v,
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
            )
        };
        let comparable = (numeric(&xb) && numeric(&yb))
            || (matches!(
                xb,
                Value::Str(_) | Value::Bytes(_) | Value::Tuple(_) | Value::List(_)
            ) && std::mem::discriminant(&xb) == std::mem::discriminant(&yb));
        if !comparable {
            return Ok(None);
        }
        let slot_op = match (reflected, op) {
            (false, op) => op,
            (true, CmpOp::Lt) => CmpOp::Gt,
            (true, CmpOp::LtE) => CmpOp::GtE,
            (true, CmpOp::Gt) => CmpOp::Lt,
            (true, CmpOp::GtE) => CmpOp::LtE,
            (true, op) => op,
        };
        self.compare(slot_op, &xb, &yb).map(Some)
    }

    fn order_error(&self, op: CmpOp, a: &Value, b: &Value) -> PyErr {
        let sym = match op {
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            _ => ">=",
        };
        PyErr::type_error(format!(
            "'{sym}' not supported between instances of '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// Lexicographic order of two sequences' items.
    fn seq_order(&mut self, x: &[Value], y: &[Value]) -> PyResult<Option<Ordering>> {
        for (p, q) in x.iter().zip(y) {
            if p.is(q) || self.eq(p, q)? {
                continue;
            }
            let lt = self.compare(CmpOp::Lt, p, q)?;
            if self.truthy(&lt)? {
                return Ok(Some(Ordering::Less));
            }
            let gt = self.compare(CmpOp::Gt, p, q)?;
            return Ok(Some(if self.truthy(&gt)? {
                Ordering::Greater
            } else {
                Ordering::Equal
            }));
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    /// Ordering of builtin values (None for unordered floats).
    pub(crate) fn order(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Ordering>> {
        if ops::is_number(a) && ops::is_number(b) {
            return Ok(ops::num_cmp(a, b));
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => Ok(Some(x.py_cmp(y))),
            (Value::Bytes(x), Value::Bytes(y)) => Ok(Some(x.cmp(y))),
            (Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_))
            | (Value::Bytes(_), Value::ByteArray(_)) => {
                let x = crate::memoryview::buffer_bytes(a).unwrap_or_default();
                let y = crate::memoryview::buffer_bytes(b).unwrap_or_default();
                Ok(Some(x.cmp(&y)))
            }
            (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_)) => {
                let x = self.collect(a)?;
                let y = self.collect(b)?;
                self.nested(" in comparison", |vm| vm.seq_order(&x, &y))
            }
            (Value::Set(x), Value::Set(y)) => {
                let mut sub = |p: &PySet, q: &PySet| -> PyResult<bool> {
                    let keys = p.table.borrow().keys();
                    for k in keys {
                        if !self.set_contains(q, &k)? {
                            return Ok(false);
                        }
                    }
                    Ok(true)
                };
                let (xs, ys) = (sub(x, y)?, sub(y, x)?);
                Ok(match (xs, ys) {
                    (true, true) => Some(Ordering::Equal),
                    (true, false) => Some(Ordering::Less),
                    (false, true) => Some(Ordering::Greater),
                    _ => None,
                })
            }
            _ => Err(self.order_error(op, a, b)),
        }
    }

    /// Sorting comparison: `a < b` by Python's rules.
    pub fn less_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Str(x), Value::Str(y)) => Ok(x.py_cmp(y).is_lt()),
            _ => {
                let r = self.compare(CmpOp::Lt, a, b)?;
                self.truthy(&r)
            }
        }
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) => self.set_contains(s, item),
            Value::Range(r) if r.big.is_some() || matches!(item, Value::BigInt(_)) => {
                Ok(ops::int_to_bigint(item)
                    .map(|x| r.big_contains(&x))
                    .unwrap_or(false))
            }
            Value::Range(r) => Ok(match item {
                Value::Int(i) => {
                    let i = *i;
                    if r.step > 0 {
                        i >= r.start && i < r.stop && (i - r.start) % r.step == 0
                    } else {
                        i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
                    }
                }
                _ => false,
            }),
            Value::ByteArray(_) | Value::MemoryView(_) => {
                let data = crate::memoryview::buffer_bytes(container).unwrap_or_default();
                self.contains(&Value::Bytes(Rc::new(data)), item)
            }
            Value::Bytes(b) => match item {
                Value::Int(i) => {
                    if !(0..256).contains(i) {
                        return Err(PyErr::value_error("byte must be in range(0, 256)"));
                    }
                    Ok(b.contains(&(*i as u8)))
                }
                Value::ByteArray(_) | Value::MemoryView(_) => {
                    let sub = crate::memoryview::buffer_bytes(item).unwrap_or_default();
                    Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]))
                }
                Value::Bytes(sub) => {
                    Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]))
                }
                Value::Bool(_) | Value::BigInt(_) | Value::Instance(_)
                    if self.dunder(item, "__index__").is_some()
                        || !matches!(item, Value::Instance(_)) =>
                {
                    let byte = crate::bytearray::byte_arg(self, item)?;
                    Ok(b.contains(&byte))
                }
                _ => match crate::memoryview::buffer_bytes(item) {
                    Some(sub) => Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..])),
                    None => Err(PyErr::type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        self.type_name(item)
                    ))),
                },
            },
            Value::List(l) => {
                let items = l.0.borrow().clone();
                for x in &items {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for x in t.0.iter() {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                if let Some(m) = self.dunder(container, "__contains__") {
                    let r = self.call(&m, vec![container.clone(), item.clone()])?;
                    return self.truthy(&r);
                }
                if let Some(b) = base_value(container) {
                    return self.contains(&b, item);
                }
                let it = self.get_iter(container.clone()).map_err(|_| {
                    PyErr::type_error(format!(
                        "argument of type '{}' is not iterable",
                        self.type_name(container)
                    ))
                })?;
                while let Some(x) = self.iter_next(&it)? {
                    if x.is(item) || self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    // ----- arithmetic -----

    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        if let Some(v) = ops::numeric_binop(op, &a, &b)? {
            return Ok(v);
        }
        if inplace {
            if let Some(r) = self.set_dict_inplace(op, &a, &b)? {
                return Ok(r);
            }
            if let Value::ByteArray(ba) = &a {
                if let Some(r) = self.bytearray_inplace(op, ba, &b)? {
                    return Ok(r);
                }
            }
            if let Value::List(l) = &a {
                if op == BinOp::Add {
                    let items = self.collect_presized(&b)?;
                    l.0.borrow_mut().extend(items);
                    return Ok(a);
                }
                // `l *= n` repeats the list in place: other names for it
                // see the change, as in CPython.
                if op == BinOp::Mult
                    && matches!(b, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
                {
                    if let Some(Value::List(r)) = ops::sequence_binop(op, &a, &b)? {
                        let items = std::mem::take(&mut *r.0.borrow_mut());
                        *l.0.borrow_mut() = items;
                        return Ok(a);
                    }
                }
            }
        }
        if let Some(v) = ops::sequence_binop(op, &a, &b)? {
            return Ok(v);
        }
        if op == BinOp::Mod {
            if let Value::Str(s) = &a {
                return Ok(Value::string(self.percent_format(s.as_str(), &b)?));
            }
            if let Value::Bytes(s) = &a {
                let out = self.percent_format_bytes(s, &b)?;
                return Ok(Value::Bytes(Rc::new(out)));
            }
            if let Value::ByteArray(s) = &a {
                let fmt = s.data.borrow().clone();
                let out = self.percent_format_bytes(&fmt, &b)?;
                return Ok(crate::bytearray::new_bytearray(out));
            }
        }
        let (name, rname, iname) = ops::dunder_names(op);
        if inplace {
            if let Some(m) = self.dunder(&a, iname) {
                let r = self.call(&m, vec![a.clone(), b.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // Instances, and classes whose metaclass may define the operator.
        let user_operand = |v: &Value| matches!(v, Value::Instance(_) | Value::Class(_));
        if user_operand(&a) || user_operand(&b) {
            // A right operand whose class derives from the left's and
            // overrides the reflected method goes first (as in CPython).
            let mut reflected_tried = false;
            if let Value::Instance(bi) = &b {
                let ca = self.class_of(&a);
                if !Rc::ptr_eq(&bi.class, &ca) && bi.class.is_subclass(&ca) {
                    let rname_s = intern(rname);
                    if let Some(theirs) = bi.class.lookup(&rname_s) {
                        let overrides = ca.lookup(&rname_s).is_none_or(|ours| !ours.is(&theirs));
                        if overrides {
                            if let Some(m) = self.dunder(&b, rname) {
                                reflected_tried = true;
                                let r = self.call(&m, vec![b.clone(), a.clone()])?;
                                if !matches!(r, Value::NotImplemented) {
                                    return Ok(r);
                                }
                            }
                        }
                    }
                }
            }
            if let Some(m) = self.dunder(&a, name) {
                let r = self.call(&m, vec![a.clone(), b.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            if let Some(m) = self.dunder(&b, rname).filter(|_| !reflected_tried) {
                let r = self.call(&m, vec![b.clone(), a.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if base_value(&a).is_some() || base_value(&b).is_some() {
            // Builtin subclasses without the dunder: the builtin operation.
            let a2 = base_value(&a).unwrap_or_else(|| a.clone());
            let b2 = base_value(&b).unwrap_or_else(|| b.clone());
            let r = self.binary_op(op, a2.clone(), b2, inplace)?;
            // An in-place operation that changed the builtin value inside
            // an instance (`self += items` in a list subclass) gives back
            // the instance, as CPython's.
            if inplace && r.is(&a2) && !a.is(&a2) {
                return Ok(a);
            }
            return Ok(r);
        }
        if op == BinOp::BitOr && crate::generic_alias::is_union_of_classes(&a, &b) {
            // `int | str`, `int | None`: a types.UnionType (PEP 604).
            let r = crate::generic_alias::union(self, &a, &b)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let (Value::Dict(x), Value::Dict(y), BinOp::BitOr) = (&a, &b, op) {
            let d = PyDict::new();
            for e in x.0.borrow().iter().chain(y.0.borrow().iter()) {
                d.set(e.key.clone(), e.value.clone())?;
            }
            return Ok(Value::Dict(crate::gc::track_dict(d)));
        }
        if let (Value::Set(x), Value::Set(y)) = (&a, &b) {
            if let Some(r) = self.set_binop(op, x, y)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.dict_view_binop(op, &a, &b)? {
            return Ok(r);
        }
        match (op, &a) {
            (
                BinOp::Add,
                Value::Str(_)
                | Value::List(_)
                | Value::Tuple(_)
                | Value::Bytes(_)
                | Value::ByteArray(_),
            ) if !matches!(b, Value::Instance(_)) => {
                let tn = self.type_name(&a);
                if matches!(a, Value::Bytes(_) | Value::ByteArray(_)) {
                    return Err(PyErr::type_error(format!(
                        "can't concat {} to {tn}",
                        self.type_name(&b)
                    )));
                }
                return Err(PyErr::type_error(format!(
                    "can only concatenate {tn} (not \"{}\") to {tn}",
                    self.type_name(&b)
                )));
            }
            (BinOp::Mult, _) => {
                let seq = |v: &Value| {
                    matches!(
                        v,
                        Value::Str(_)
                            | Value::List(_)
                            | Value::Tuple(_)
                            | Value::Bytes(_)
                            | Value::ByteArray(_)
                    )
                };
                if seq(&a) && !matches!(b, Value::Instance(_)) {
                    return Err(PyErr::type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        self.type_name(&b)
                    )));
                }
                if seq(&b) && !matches!(a, Value::Instance(_)) {
                    return Err(PyErr::type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        self.type_name(&a)
                    )));
                }
            }
            _ => {}
        }
        let (a_name, b_name) = (self.type_name(&a), self.type_name(&b));
        if inplace {
            // `x += y` names its own operator: "for +=", "for **=".
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for {}=: '{a_name}' and '{b_name}'",
                match op {
                    BinOp::Pow => "**",
                    _ => ops::op_symbol(op),
                }
            )));
        }
        Err(ops::unsupported(op, &a, &b, &a_name, &b_name))
    }

    pub fn unary_op(&mut self, op: UnaryOp, v: Value) -> PyResult<Value> {
        match (op, &v) {
            (UnaryOp::Not, _) => Ok(Value::Bool(!self.truthy(&v)?)),
            (UnaryOp::USub, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-num_bigint::BigInt::from(*i)),
            }),
            (UnaryOp::USub, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (UnaryOp::USub, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone())),
            (UnaryOp::USub, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::UAdd, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(v.clone()),
            (UnaryOp::UAdd, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            (UnaryOp::USub, Value::Complex(c)) => Ok(crate::complex::complex_value(-c.re, -c.im)),
            (UnaryOp::UAdd, Value::Complex(c)) => Ok(crate::complex::complex_value(c.re, c.im)),
            _ => {
                let (name, sym) = match op {
                    UnaryOp::USub => ("__neg__", "-"),
                    UnaryOp::UAdd => ("__pos__", "+"),
                    UnaryOp::Invert => ("__invert__", "~"),
                    UnaryOp::Not => unreachable!(),
                };
                if let Some(m) = self.dunder(&v, name) {
                    return self.call(&m, vec![v.clone()]);
                }
                // An instance of a subclass of int or float (an IntEnum
                // member): the operator of the value it wraps.
                match base_value(&v) {
                    Some(b @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
                        return self.unary_op(op, b)
                    }
                    Some(b @ Value::Float(_)) if op != UnaryOp::Invert => {
                        return self.unary_op(op, b)
                    }
                    _ => {}
                }
                Err(PyErr::type_error(format!(
                    "bad operand type for unary {sym}: '{}'",
                    self.type_name(&v)
                )))
            }
        }
    }

    // ----- subscripts -----

    pub(crate) fn index_of(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(PyErr::new(
                    ExcType::IndexError,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
            _ if what == "string" => {
                return Err(PyErr::type_error(format!(
                    "string indices must be integers, not '{}'",
                    self.type_name(key)
                )))
            }
            // Rare path: an object with `__index__` (an int subclass, a
            // user class) is the int it gives.
            Value::Instance(_) if self.dunder(key, "__index__").is_some() => {
                let n = self.call_method_native(key, "__index__", vec![])?;
                if !matches!(n, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                    return Err(PyErr::type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&n)
                    )));
                }
                return self.index_of(&n, len, what);
            }
            _ => {
                let kind = match what {
                    "index" => "byte",
                    "list assignment" => "list",
                    "range object" => "range",
                    other => other,
                };
                return Err(PyErr::type_error(format!(
                    "{kind} indices must be integers or slices, not {}",
                    self.type_name(key)
                )));
            }
        };
        let idx = if i < 0 { i + len as i64 } else { i };
        if idx < 0 || idx as usize >= len {
            return Err(PyErr::new(
                ExcType::IndexError,
                format!("{what} index out of range"),
            ));
        }
        Ok(idx as usize)
    }

    /// Resolves a slice against a length: (start, stop, step, count).
    pub(crate) fn slice_indices(
        &mut self,
        s: &PySlice,
        len: usize,
    ) -> PyResult<(i64, i64, i64, usize)> {
        let get = |v: &Value| -> PyResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                Value::Int(i) => Ok(Some(*i)),
                Value::Bool(b) => Ok(Some(*b as i64)),
                Value::BigInt(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                _ => Err(PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = get(&s.step)?.unwrap_or(1).max(-i64::MAX);
        if step == 0 {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let adjust = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
            match v {
                None => default,
                Some(mut x) => {
                    if x < 0 {
                        x += len;
                        if x < lo {
                            x = lo;
                        }
                    } else if x > hi {
                        x = hi;
                    }
                    x
                }
            }
        };
        let (start, stop) = if step > 0 {
            (
                adjust(get(&s.start)?, 0, 0, len),
                adjust(get(&s.stop)?, len, 0, len),
            )
        } else {
            (
                adjust(get(&s.start)?, len - 1, -1, len - 1),
                adjust(get(&s.stop)?, -1, -1, len - 1),
            )
        };
        // Written so that a step near i64::MAX cannot overflow.
        let count = if step > 0 {
            if stop > start {
                ((stop - start - 1) / step + 1) as usize
            } else {
                0
            }
        } else if start > stop {
            ((start - stop - 1) / step.saturating_neg() + 1) as usize
        } else {
            0
        };
        Ok((start, stop, step, count))
    }

    fn slice_vec(&mut self, items: &[Value], s: &PySlice) -> PyResult<Vec<Value>> {
        let (start, _, step, n) = self.slice_indices(s, items.len())?;
        Ok((0..n)
            .map(|k| items[(start + k as i64 * step) as usize].clone())
            .collect())
    }

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match (obj, key) {
            (Value::List(l), Value::Slice(s)) => {
                let len = l.0.borrow().len();
                let (start, _, step, n) = self.slice_indices(s, len)?;
                let items = l.0.borrow();
                let out = if step == 1 {
                    items[start as usize..start as usize + n].to_vec()
                } else {
                    (0..n)
                        .map(|k| items[(start + k as i64 * step) as usize].clone())
                        .collect()
                };
                drop(items);
                Ok(Value::list(out))
            }
            (Value::List(l), _) => {
                let len = l.0.borrow().len();
                let i = self.index_of(key, len, "list")?;
                // `get`: a key's `__index__` may have shrunk the list.
                l.0.borrow()
                    .get(i)
                    .cloned()
                    .ok_or_else(|| PyErr::new(ExcType::IndexError, "list index out of range"))
            }
            (Value::Tuple(t), Value::Slice(s)) => Ok(Value::tuple(self.slice_vec(&t.0, s)?)),
            (Value::Tuple(t), _) => {
                let i = self.index_of(key, t.0.len(), "tuple")?;
                Ok(t.0[i].clone())
            }
            (Value::Str(s), Value::Slice(sl)) => {
                let (start, _, step, n) = self.slice_indices(sl, s.char_len())?;
                if step == 1 {
                    let a = s.byte_offset(start as usize);
                    let b = s.byte_offset(start as usize + n);
                    return Ok(Value::str(&s.as_str()[a..b]));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                let out: String = (0..n)
                    .map(|k| chars[(start + k as i64 * step) as usize])
                    .collect();
                Ok(Value::string(out))
            }
            (Value::Str(s), _) => {
                let i = self.index_of(key, s.char_len(), "string")?;
                Ok(Value::string(s.char_at(i).to_string()))
            }
            (Value::Bytes(b), Value::Slice(sl)) => {
                let (start, _, step, n) = self.slice_indices(sl, b.len())?;
                Ok(Value::Bytes(Rc::new(
                    (0..n)
                        .map(|k| b[(start + k as i64 * step) as usize])
                        .collect(),
                )))
            }
            (Value::Bytes(b), _) => {
                let i = self.index_of(key, b.len(), "index")?;
                Ok(Value::Int(b[i] as i64))
            }
            (Value::Range(r), Value::Slice(sl)) => {
                let (start, _, step, n) = self.slice_indices(sl, r.len() as usize)?;
                let nstart = r.start + start * r.step;
                let nstep = r.step * step;
                Ok(Value::Range(Rc::new(crate::value::PyRange::new(
                    nstart,
                    nstart + n as i64 * nstep,
                    nstep,
                ))))
            }
            (Value::Range(r), Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
                if r.big.is_some() || matches!(key, Value::BigInt(_)) =>
            {
                let i = ops::int_to_bigint(key).unwrap_or_default();
                match r.big_item(&i) {
                    Some(v) => Ok(Value::from_bigint(v)),
                    None => Err(PyErr::new(
                        ExcType::IndexError,
                        "range object index out of range",
                    )),
                }
            }
            (Value::Range(r), _) => {
                let i = self.index_of(key, r.len() as usize, "range object")?;
                Ok(Value::Int(r.start + i as i64 * r.step))
            }
            (Value::Dict(d), _) => match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => Err(PyErr::with_args(ExcType::KeyError, vec![key.clone()])),
            },
            (Value::ByteArray(b), Value::Slice(s)) => {
                let data = b.data.borrow().clone();
                let (start, _, step, n) = self.slice_indices(s, data.len())?;
                let out = (0..n)
                    .map(|k| data[(start + k as i64 * step) as usize])
                    .collect();
                Ok(crate::bytearray::new_bytearray(out))
            }
            (Value::ByteArray(b), _) => {
                let len = b.data.borrow().len();
                let i = self.index_of(key, len, "bytearray")?;
                let byte = b.data.borrow().get(i).copied();
                byte.map(|c| Value::Int(c as i64))
                    .ok_or_else(|| PyErr::new(ExcType::IndexError, "bytearray index out of range"))
            }
            (Value::MemoryView(m), _) => crate::memoryview::getitem(self, m, key),
            (Value::Instance(_), _) => match self.dunder(obj, "__getitem__") {
                Some(m) => self.call(&m, vec![obj.clone(), key.clone()]),
                None => match base_value(obj) {
                    Some(Value::Dict(d)) => match self.dict_get(&d, key)? {
                        Some(v) => Ok(v),
                        None => match self.dunder(obj, "__missing__") {
                            Some(m) => self.call(&m, vec![obj.clone(), key.clone()]),
                            None => Err(PyErr::with_args(ExcType::KeyError, vec![key.clone()])),
                        },
                    },
                    Some(b) => self.getitem(&b, key),
                    None => Err(PyErr::type_error(format!(
                        "'{}' object is not subscriptable",
                        self.type_name(obj)
                    ))),
                },
            },
            (Value::Class(c), _) => {
                if let Some(m) = self.dunder(obj, "__getitem__") {
                    return self.call(&m, vec![obj.clone(), key.clone()]);
                }
                if let Some(cg) = c.lookup(&intern("__class_getitem__")) {
                    let cg = self.class_attr_get(cg, c)?;
                    return self.call(&cg, vec![key.clone()]);
                }
                if c.builtin.is_some() && crate::generic_alias::is_generic_builtin(&c.name) {
                    return crate::generic_alias::alias(self, obj, key);
                }
                // ExceptionGroup[T] (BaseExceptionGroup's __class_getitem__).
                if c.exc_type.is_some()
                    && c.is_subclass(&self.exc_class(ExcType::BaseExceptionGroup))
                {
                    return crate::generic_alias::alias(self, obj, key);
                }
                Err(PyErr::type_error(format!(
                    "type '{}' is not subscriptable",
                    c.name
                )))
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(obj)
            ))),
        }
    }

    pub fn setitem(&mut self, obj: &Value, key: Value, v: Value) -> PyResult<()> {
        match (obj, &key) {
            (Value::List(l), Value::Slice(s)) => {
                let new = self.collect(&v)?;
                let len = l.0.borrow().len();
                let (start, _, step, n) = self.slice_indices(s, len)?;
                if step == 1 {
                    let start = start as usize;
                    let end = start + n;
                    l.0.borrow_mut().splice(start..end, new);
                } else {
                    if new.len() != n {
                        return Err(PyErr::value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new.len(),
                            n
                        )));
                    }
                    let mut list = l.0.borrow_mut();
                    for (k, x) in new.into_iter().enumerate() {
                        list[(start + k as i64 * step) as usize] = x;
                    }
                }
                Ok(())
            }
            (Value::List(l), _) => {
                let len = l.0.borrow().len();
                let i = self.index_of(&key, len, "list assignment")?;
                let mut items = l.0.borrow_mut();
                let Some(slot) = items.get_mut(i) else {
                    return Err(PyErr::new(
                        ExcType::IndexError,
                        "list assignment index out of range",
                    ));
                };
                let old = std::mem::replace(slot, v);
                drop(items);
                drop(old);
                Ok(())
            }
            (Value::Dict(d), _) => self.dict_set(d, key, v),
            (Value::ByteArray(b), _) => self.bytearray_setitem(b, &key, &v),
            (Value::MemoryView(m), _) => crate::memoryview::setitem(self, m, &key, &v),
            (Value::Instance(_), _) => match self.dunder(obj, "__setitem__") {
                Some(m) => {
                    self.call(&m, vec![obj.clone(), key, v])?;
                    Ok(())
                }
                None => match base_value(obj) {
                    Some(b) => self.setitem(&b, key, v),
                    None => Err(PyErr::type_error(format!(
                        "'{}' object does not support item assignment",
                        self.type_name(obj)
                    ))),
                },
            },
            _ => Err(PyErr::type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match (obj, key) {
            (Value::List(l), Value::Slice(s)) => {
                let len = l.0.borrow().len();
                let (start, _, step, n) = self.slice_indices(s, len)?;
                let mut idx: Vec<usize> =
                    (0..n).map(|k| (start + k as i64 * step) as usize).collect();
                idx.sort_unstable();
                let mut list = l.0.borrow_mut();
                for i in idx.into_iter().rev() {
                    list.remove(i);
                }
                Ok(())
            }
            (Value::List(l), _) => {
                let len = l.0.borrow().len();
                let i = self.index_of(key, len, "list assignment")?;
                if i >= l.0.borrow().len() {
                    return Err(PyErr::new(
                        ExcType::IndexError,
                        "list assignment index out of range",
                    ));
                }
                let old = l.0.borrow_mut().remove(i);
                drop(old);
                Ok(())
            }
            (Value::Dict(d), _) => {
                let r = self.dict_remove(d, key)?;
                match r {
                    Some(_) => Ok(()),
                    None => Err(PyErr::with_args(ExcType::KeyError, vec![key.clone()])),
                }
            }
            (Value::ByteArray(b), _) => self.bytearray_delitem(b, key),
            (Value::MemoryView(_), _) => Err(PyErr::type_error("cannot delete memory")),
            (Value::Instance(_), _) => match self.dunder(obj, "__delitem__") {
                Some(m) => {
                    self.call(&m, vec![obj.clone(), key.clone()])?;
                    Ok(())
                }
                None => match base_value(obj) {
                    Some(b) => self.delitem(&b, key),
                    None => Err(self.no_item_deletion(obj, key)),
                },
            },
            _ => Err(self.no_item_deletion(obj, key)),
        }
    }

    /// CPython words this by the path taken: an integer index on a type
    /// with the sequence protocol fails in `PySequence_DelItem`
    /// ("doesn't"), anything else in `PyObject_DelItem` ("does not").
    fn no_item_deletion(&self, obj: &Value, key: &Value) -> PyErr {
        let sequence_like = matches!(
            obj,
            Value::Instance(_)
                | Value::Str(_)
                | Value::Bytes(_)
                | Value::Tuple(_)
                | Value::List(_)
                | Value::Range(_)
                | Value::Dict(_)
                | Value::Set(_)
        );
        let index = matches!(key, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
        let verb = if sequence_like && index {
            "doesn't"
        } else {
            "does not"
        };
        PyErr::type_error(format!(
            "'{}' object {verb} support item deletion",
            self.type_name(obj)
        ))
    }

    // ----- iteration -----

    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        Ok(match &v {
            Value::List(l) => NativeIter::new("list_iterator", IterState::List(l.clone(), 0)),
            Value::Tuple(t) => NativeIter::new("tuple_iterator", IterState::Tuple(t.clone(), 0)),
            Value::Str(s) => NativeIter::new("str_ascii_iterator", IterState::Str(s.clone(), 0)),
            Value::Bytes(b) => NativeIter::new("bytes_iterator", IterState::Bytes(b.clone(), 0)),
            Value::MemoryView(m) => NativeIter::new(
                "memory_iterator",
                IterState::Items(crate::memoryview::iter_items(m)?, 0),
            ),
            Value::ByteArray(_) => {
                let data = crate::memoryview::buffer_bytes(&v).unwrap_or_default();
                NativeIter::new("bytearray_iterator", IterState::Bytes(Rc::new(data), 0))
            }
            Value::Range(r) if r.big.is_some() => {
                let (start, stop, step) = r.bounds();
                NativeIter::new(
                    "longrange_iterator",
                    IterState::BigRange {
                        next: start,
                        stop,
                        step,
                    },
                )
            }
            Value::Range(r) => NativeIter::new(
                "range_iterator",
                IterState::Range {
                    next: r.start,
                    stop: r.stop,
                    step: r.step,
                },
            ),
            Value::Dict(d) => {
                let len = d.len();
                NativeIter::new(
                    "dict_keyiterator",
                    IterState::Dict {
                        dict: d.clone(),
                        pos: 0,
                        len,
                        kind: 0,
                    },
                )
            }
            Value::Set(s) => {
                let keys = s.table.borrow().keys();
                NativeIter::new("set_iterator", IterState::Items(keys, 0))
            }
            Value::Generator(g) if !g.code.flags.coroutine => v.clone(),
            Value::Iterator(ni) => {
                if let IterState::View { dict, kind } = &*ni.state.borrow() {
                    let name = match kind {
                        0 => "dict_keyiterator",
                        1 => "dict_valueiterator",
                        _ => "dict_itemiterator",
                    };
                    let len = dict.len();
                    return Ok(NativeIter::new(
                        name,
                        IterState::Dict {
                            dict: dict.clone(),
                            pos: 0,
                            len,
                            kind: *kind,
                        },
                    ));
                }
                v.clone()
            }
            Value::Instance(_)
                if self.dunder(&v, "__iter__").is_none() && base_value(&v).is_some() =>
            {
                let b = base_value(&v).unwrap_or_default();
                return self.get_iter(b);
            }
            Value::Instance(_) | Value::Class(_) => {
                if let Some(m) = self.dunder(&v, "__iter__") {
                    let it = self.call(&m, vec![v.clone()])?;
                    let ok = match &it {
                        Value::Instance(_) => self.dunder(&it, "__next__").is_some(),
                        Value::Generator(_) | Value::Iterator(_) => true,
                        _ => false,
                    };
                    if !ok {
                        return Err(PyErr::type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        )));
                    }
                    it
                } else if self.dunder(&v, "__getitem__").is_some() {
                    // The old sequence protocol, one index per step.
                    NativeIter::new(
                        "iterator",
                        IterState::Seq {
                            obj: v.clone(),
                            index: 0,
                        },
                    )
                } else {
                    return Err(PyErr::type_error(format!(
                        "'{}' object is not iterable",
                        self.type_name(&v)
                    )));
                }
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not iterable",
                    self.type_name(&v)
                )))
            }
        })
    }

    /// The next item of an iterator, or None when it is exhausted.
    /// One step of `yield from` over a non-generator iterator: `Ok(v)` to
    /// yield, `Err(ret)` when it is exhausted, `ret` being the value its
    /// `StopIteration` carried (what `yield from` evaluates to).
    pub(crate) fn iter_next_or_return(&mut self, it: &Value) -> PyResult<Result<Value, Value>> {
        if let Value::Instance(_) = it {
            if let Some(m) = self.dunder(it, "__next__") {
                return match self.call(&m, vec![it.clone()]) {
                    Ok(v) => Ok(Ok(v)),
                    Err(e) => self.stop_iteration_value(e).map(Err),
                };
            }
        }
        Ok(self.iter_next(it)?.ok_or(Value::None))
    }

    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iterator(ni) => self.native_next(ni),
            Value::Generator(g) => match self.gen_send(g, Value::None) {
                Ok(v) => Ok(Some(v)),
                Err(e) => match self.stop_iteration_value(e) {
                    Ok(_) => Ok(None),
                    Err(e) => Err(e),
                },
            },
            Value::Instance(_) => {
                let Some(m) = self.dunder(it, "__next__") else {
                    return Err(PyErr::type_error(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    )));
                };
                match self.call(&m, vec![it.clone()]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) => match self.stop_iteration_value(e) {
                        Ok(_) => Ok(None),
                        Err(e) => Err(e),
                    },
                }
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
        }
    }

    fn native_next(&mut self, ni: &Rc<NativeIter>) -> PyResult<Option<Value>> {
        // States that call back into Python are advanced outside the borrow.
        enum Step {
            Done(Option<Value>),
            Enumerate(Value, i64),
            Zip(Vec<Value>),
            Map(Value, Vec<Value>),
            Filter(Value, Value),
            Callable(Value, Value),
            Seq(Value, i64),
        }
        let step = {
            let mut st = ni.state.borrow_mut();
            match &mut *st {
                IterState::List(l, i) => {
                    let l = l.0.borrow();
                    Step::Done(if *i < l.len() {
                        *i += 1;
                        Some(l[*i - 1].clone())
                    } else {
                        None
                    })
                }
                IterState::ListReversed(l, i) => {
                    let l = l.0.borrow();
                    Step::Done(if *i > 0 && *i <= l.len() {
                        *i -= 1;
                        Some(l[*i].clone())
                    } else {
                        *i = 0;
                        None
                    })
                }
                IterState::Tuple(t, i) => Step::Done(if *i < t.0.len() {
                    *i += 1;
                    Some(t.0[*i - 1].clone())
                } else {
                    None
                }),
                IterState::Str(s, pos) => {
                    let text = s.as_str();
                    Step::Done(match text[*pos..].chars().next() {
                        Some(c) => {
                            *pos += c.len_utf8();
                            Some(Value::string(c.to_string()))
                        }
                        None => None,
                    })
                }
                IterState::Bytes(b, i) => Step::Done(if *i < b.len() {
                    *i += 1;
                    Some(Value::Int(b[*i - 1] as i64))
                } else {
                    None
                }),
                IterState::Range { next, stop, step } => Step::Done(
                    if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                        let v = *next;
                        *next += *step;
                        Some(Value::Int(v))
                    } else {
                        None
                    },
                ),
                IterState::Dict {
                    dict,
                    pos,
                    len,
                    kind,
                } => {
                    let t = dict.0.borrow();
                    if t.len() != *len {
                        *len = usize::MAX;
                        return Err(PyErr::new(
                            ExcType::RuntimeError,
                            "dictionary changed size during iteration",
                        ));
                    }
                    Step::Done(match t.entry_from(*pos) {
                        Some((p, e)) => {
                            *pos = p + 1;
                            Some(match kind {
                                0 => e.key.clone(),
                                1 => e.value.clone(),
                                _ => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                            })
                        }
                        None => None,
                    })
                }
                IterState::BigRange { next, stop, step } => {
                    let more = if *step > num_bigint::BigInt::from(0) {
                        *next < *stop
                    } else {
                        *next > *stop
                    };
                    Step::Done(if more {
                        let v = next.clone();
                        *next += &*step;
                        Some(Value::from_bigint(v))
                    } else {
                        None
                    })
                }
                IterState::Items(items, i) => Step::Done(if *i < items.len() {
                    *i += 1;
                    Some(items[*i - 1].clone())
                } else {
                    None
                }),
                IterState::Enumerate { inner, count } => {
                    *count += 1;
                    Step::Enumerate(inner.clone(), *count - 1)
                }
                IterState::Zip { iters } => Step::Zip(iters.clone()),
                IterState::Map { func, iters } => Step::Map(func.clone(), iters.clone()),
                IterState::Filter { func, inner } => Step::Filter(func.clone(), inner.clone()),
                IterState::Callable { func, sentinel } => {
                    Step::Callable(func.clone(), sentinel.clone())
                }
                IterState::Seq { obj, index } => Step::Seq(obj.clone(), *index),
                IterState::Done => Step::Done(None),
                IterState::View { .. } => {
                    return Err(PyErr::type_error(format!(
                        "'{}' object is not an iterator",
                        ni.name
                    )));
                }
            }
        };
        match step {
            Step::Done(v) => Ok(v),
            Step::Enumerate(inner, n) => Ok(self
                .iter_next(&inner)?
                .map(|v| Value::tuple(vec![Value::Int(n), v]))),
            Step::Zip(iters) => {
                if iters.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.iter_next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            *ni.state.borrow_mut() = IterState::Done;
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(Value::tuple(out)))
            }
            Step::Map(func, iters) => {
                let mut args = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.iter_next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(self.call(&func, args)?))
            }
            Step::Filter(func, inner) => loop {
                let Some(v) = self.iter_next(&inner)? else {
                    return Ok(None);
                };
                let keep = if func.is_none() {
                    self.truthy(&v)?
                } else {
                    let r = self.call(&func, vec![v.clone()])?;
                    self.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            Step::Seq(obj, i) => match self.getitem(&obj, &Value::Int(i)) {
                Ok(x) => {
                    if let IterState::Seq { index, .. } = &mut *ni.state.borrow_mut() {
                        *index = i.saturating_add(1);
                    }
                    Ok(Some(x))
                }
                Err(e) => {
                    let inst = self.materialize(e);
                    if self.is_instance_of_exc(&inst, ExcType::IndexError)
                        || self.is_instance_of_exc(&inst, ExcType::StopIteration)
                    {
                        *ni.state.borrow_mut() = IterState::Done;
                        return Ok(None);
                    }
                    Err(PyErr::Raised(inst))
                }
            },
            Step::Callable(func, sentinel) => {
                let v = self.call(&func, vec![])?;
                if self.eq(&v, &sentinel)? {
                    *ni.state.borrow_mut() = IterState::Done;
                    Ok(None)
                } else {
                    Ok(Some(v))
                }
            }
        }
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.0.borrow().clone()),
            Value::Tuple(t) => Ok(t.0.to_vec()),
            _ => {
                let it = self.get_iter(v.clone())?;
                let mut out = Vec::new();
                while let Some(x) = self.iter_next(&it)? {
                    out.push(x);
                }
                Ok(out)
            }
        }
    }

    /// `collect` for what CPython builds as a list or tuple from an
    /// iterable (`list()`, `tuple()`, `sorted()`, `[*x]`, `f(*x)`,
    /// `l += x`, `str.join`): it presizes from the length hint first, so
    /// `list(range(2**62))` is `MemoryError` at once instead of a hang.
    pub fn collect_presized(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if matches!(v, Value::List(_) | Value::Tuple(_)) {
            return self.collect(v);
        }
        let hint = self.length_hint(v)?;
        crate::error::alloc_size(hint, std::mem::size_of::<Value>())?;
        let it = self.get_iter(v.clone())?;
        // A hint is only a hint (a user's may lie): reserve a bounded part.
        let mut out = Vec::with_capacity(hint.min(1 << 16));
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// CPython's `PyObject_LengthHint(v, 0)`: `len(v)` when it has one
    /// (a `TypeError` from it is ignored), else `__length_hint__`, else 0.
    pub fn length_hint(&mut self, v: &Value) -> PyResult<usize> {
        let too_big = || {
            PyErr::new(
                ExcType::OverflowError,
                "Python int too large to convert to C ssize_t",
            )
        };
        match v {
            Value::Range(_) => crate::builtins::len_of(self, v),
            Value::Iterator(ni) => Ok(match &*ni.state.borrow() {
                IterState::Range { next, stop, step } => {
                    crate::value::PyRange::new(*next, *stop, *step).len().max(0) as usize
                }
                IterState::BigRange { next, stop, step } => {
                    use num_integer::Integer;
                    let zero = num_bigint::BigInt::from(0);
                    let one = num_bigint::BigInt::from(1);
                    let n: num_bigint::BigInt = if *step > zero && stop > next {
                        (stop - next + step - &one).div_floor(step)
                    } else if *step < zero && next > stop {
                        let neg: num_bigint::BigInt = -step;
                        (next - stop + &neg - &one).div_floor(&neg)
                    } else {
                        zero
                    };
                    match i64::try_from(&n) {
                        Ok(n) => n as usize,
                        Err(_) => return Err(too_big()),
                    }
                }
                state => iterator_remaining(state).unwrap_or(0),
            }),
            Value::Instance(_) => {
                if self.dunder(v, "__len__").is_some() {
                    match crate::builtins::len_of(self, v) {
                        Ok(n) => return Ok(n),
                        Err(e) => {
                            let type_error = match &e {
                                PyErr::Raised(x) => self.is_instance_of_exc(x, ExcType::TypeError),
                                _ => e.builtin_type() == Some(ExcType::TypeError),
                            };
                            if !type_error {
                                return Err(e);
                            }
                        }
                    }
                }
                let Some(m) = self.dunder(v, "__length_hint__") else {
                    return Ok(0);
                };
                match self.call(&m, vec![v.clone()])? {
                    Value::NotImplemented => Ok(0),
                    Value::Int(n) if n >= 0 => Ok(n as usize),
                    Value::Bool(b) => Ok(b as usize),
                    Value::Int(_) => {
                        Err(PyErr::value_error("__length_hint__() should return >= 0"))
                    }
                    Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => {
                        Err(PyErr::value_error("__length_hint__() should return >= 0"))
                    }
                    Value::BigInt(_) => Err(too_big()),
                    other => Err(PyErr::type_error(format!(
                        "__length_hint__ must be an integer, not {}",
                        self.type_name(&other)
                    ))),
                }
            }
            _ => Ok(0),
        }
    }

    pub(crate) fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let it = self.get_iter(v.clone()).map_err(|e| {
            // What `__iter__` itself raised passes through.
            if e.builtin_type() != Some(ExcType::TypeError) {
                return e;
            }
            PyErr::type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(v)
            ))
        })?;
        let mut out = Vec::with_capacity(n);
        while let Some(x) = self.iter_next(&it)? {
            if out.len() == n {
                return Err(PyErr::value_error(format!(
                    "too many values to unpack (expected {n})"
                )));
            }
            out.push(x);
        }
        if out.len() < n {
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                out.len()
            )));
        }
        Ok(out)
    }

    /// Key/value pairs of a mapping (`**m`, `dict.update`).
    pub(crate) fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        match m {
            Value::Dict(d) => Ok(d.0.borrow().items()),
            // A dict subclass that keeps dict's iteration: its storage, as
            // CPython's dict merge reads it (an overridden __getitem__ is
            // not consulted).
            Value::Instance(i)
                if matches!(&i.base, Value::Dict(_))
                    && i.class.lookup_above_builtin(&intern("__iter__")).is_none() =>
            {
                self.mapping_items(&i.base.clone())
            }
            _ => {
                let keys = match self.getattr(m, &intern("keys")) {
                    Ok(k) => k,
                    Err(_) => {
                        return Err(PyErr::type_error(format!(
                            "'{}' object is not a mapping",
                            self.type_name(m)
                        )))
                    }
                };
                let ks = self.call(&keys, vec![])?;
                let ks = self.collect(&ks)?;
                let mut out = Vec::new();
                for k in ks {
                    let v = self.getitem(m, &k)?;
                    out.push((k, v));
                }
                Ok(out)
            }
        }
    }

    /// `await v`: a coroutine as it is, else the iterator its `__await__`
    /// returns; with CPython's errors for what cannot be awaited.
    pub(crate) fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Generator(g) if g.code.flags.coroutine => {
                use crate::generator::GenState;
                match g.state.get() {
                    GenState::Created | GenState::Running => {}
                    GenState::Suspended => self.check_not_awaited(g)?,
                    GenState::Finished => {
                        return Err(PyErr::new(
                            ExcType::RuntimeError,
                            "cannot reuse already awaited coroutine",
                        ))
                    }
                }
                Ok(v.clone())
            }
            _ => {
                if let Some(m) = self.dunder(&v, "__await__") {
                    let it = self.call(&m, vec![v.clone()])?;
                    return self.check_await_result(it);
                }
                Err(PyErr::type_error(format!(
                    "object {} can't be used in 'await' expression",
                    self.type_name(&v)
                )))
            }
        }
    }

    /// A suspended coroutine already delegating to an awaitable is
    /// another one's to drive.
    #[cold]
    fn check_not_awaited(&mut self, g: &Rc<crate::generator::Generator>) -> PyResult<()> {
        let delegating = g
            .with_frame(|f| {
                matches!(
                    f.code.instrs.get(f.ip as usize),
                    Some(crate::code::Instr::YieldFrom)
                )
            })
            .unwrap_or(false);
        if delegating {
            return Err(PyErr::new(
                ExcType::RuntimeError,
                "coroutine is being awaited already",
            ));
        }
        Ok(())
    }

    /// What `__await__` returned must be an iterator, and not a coroutine.
    fn check_await_result(&mut self, it: Value) -> PyResult<Value> {
        let ok = match &it {
            Value::Generator(g) if g.code.flags.coroutine => {
                return Err(PyErr::type_error("__await__() returned a coroutine"))
            }
            Value::Iterator(_) | Value::Generator(_) => true,
            _ => self.dunder(&it, "__next__").is_some(),
        };
        if !ok {
            return Err(PyErr::type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// `await` of what `__aenter__` (1), `__aexit__` (2) or `__anext__`
    /// (3) returned: CPython words the error after where it came from.
    #[cold]
    #[inline(never)]
    pub(crate) fn get_awaitable_from(&mut self, v: Value, source: u8) -> PyResult<Value> {
        let tname = self.type_name(&v).to_string();
        let awaitable = matches!(&v, Value::Generator(g) if g.code.flags.coroutine)
            || self.dunder(&v, "__await__").is_some();
        match self.get_awaitable(v) {
            Ok(it) => Ok(it),
            Err(e) if source == 3 => {
                let cause = self.materialize(e);
                let err = self.materialize(PyErr::type_error(format!(
                    "'async for' received an invalid object from __anext__: {tname}"
                )));
                if let Some(x) = &err.exc {
                    *x.cause.borrow_mut() = Value::Instance(cause.clone());
                    *x.context.borrow_mut() = Value::Instance(cause);
                    x.suppress_context.set(true);
                }
                Err(PyErr::Raised(err))
            }
            Err(_) if !awaitable => Err(PyErr::type_error(format!(
                "'async with' received an object from {} that does not implement __await__: {tname}",
                if source == 1 { "__aenter__" } else { "__aexit__" }
            ))),
            Err(e) => Err(e),
        }
    }

    /// `async with`: the bound `__aexit__` and the awaitable `__aenter__()`.
    pub(crate) fn before_async_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let no_protocol = |vm: &Vm, what: &str| {
            PyErr::type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol{what}",
                vm.type_name(&mgr)
            ))
        };
        let enter = self
            .getattr(&mgr, &intern("__aenter__"))
            .map_err(|_| no_protocol(self, ""))?;
        let exit = self
            .getattr(&mgr, &intern("__aexit__"))
            .map_err(|_| no_protocol(self, " (missed __aexit__ method)"))?;
        let awaitable = self.call(&enter, vec![])?;
        Ok((exit, awaitable))
    }

    /// What `__aiter__` returned must have `__anext__`.
    pub(crate) fn check_async_iterator(&mut self, it: &Value) -> PyResult<()> {
        if self.class_of(it).lookup(&intern("__anext__")).is_none() {
            return Err(PyErr::type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(it)
            )));
        }
        Ok(())
    }

    /// Calls an `async for` protocol method, with CPython's error when the
    /// object lacks it.
    pub(crate) fn async_protocol(
        &mut self,
        v: &Value,
        method: &'static str,
        what: &str,
        needs: &str,
    ) -> PyResult<Value> {
        match self.getattr(v, &intern(method)) {
            Ok(m) => self.call(&m, vec![]),
            Err(_) => Err(PyErr::type_error(format!(
                "'{what}' requires an object with {needs} method, got {}",
                self.type_name(v)
            ))),
        }
    }

    // ----- sets -----

    /// `s |= t`, `s &= t`, `s -= t`, `s ^= t` change the set itself, and
    /// `d |= m` the dict (other names for it see the change), as CPython's
    /// in-place slots do. None: not one of these.
    fn set_dict_inplace(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        match (a, b) {
            (Value::Set(x), Value::Set(y)) if !x.frozen => {
                match op {
                    BinOp::BitOr => {
                        if !Rc::ptr_eq(x, y) {
                            x.table.borrow_mut().merge(&y.table.borrow())?;
                        }
                    }
                    BinOp::BitAnd => {
                        // As set_intersection_update: the intersection's
                        // table replaces the set's.
                        if let Some(Value::Set(r)) = self.set_binop(op, x, y)? {
                            let table = std::mem::take(&mut *r.table.borrow_mut());
                            *x.table.borrow_mut() = table;
                        }
                    }
                    BinOp::Sub | BinOp::BitXor if Rc::ptr_eq(x, y) => {
                        x.table.borrow_mut().clear();
                    }
                    BinOp::Sub => {
                        for k in y.table.borrow().keys() {
                            self.set_remove_key(x, &k)?;
                        }
                    }
                    BinOp::BitXor => {
                        for k in y.table.borrow().keys() {
                            if self.set_remove_key(x, &k)?.is_none() {
                                self.set_insert(x, k)?;
                            }
                        }
                    }
                    _ => return Ok(None),
                }
                Ok(Some(a.clone()))
            }
            (Value::Dict(_), _) if op == BinOp::BitOr => {
                // `d |= other` takes whatever dict.update takes.
                crate::builtins::dict::dict_update(self, &[a.clone(), b.clone()], &[])?;
                Ok(Some(a.clone()))
            }
            _ => Ok(None),
        }
    }

    /// Whether `v` is a dict's keys or items view: those behave as sets.
    fn is_set_like_view(v: &Value) -> bool {
        matches!(v, Value::Iterator(ni)
            if matches!(&*ni.state.borrow(), crate::iter::IterState::View { kind, .. } if *kind != 1))
    }

    /// `d.keys() & x`, `x - d.items()`, ...: keys and items views combine
    /// with any iterable into a new set, as CPython's dictviews do.
    #[cold]
    fn dict_view_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if !matches!(
            op,
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::Sub
        ) || !(Self::is_set_like_view(a) || Self::is_set_like_view(b))
        {
            return Ok(None);
        }
        // The other operand is iterated whatever it is: a non-iterable
        // fails with "'int' object is not iterable", as in CPython.
        let as_set = |vm: &mut Vm, v: &Value| -> PyResult<Rc<PySet>> {
            if let Value::Set(s) = v {
                return Ok(s.clone());
            }
            let items = vm.collect(v)?;
            vm.make_set(items)
        };
        let (x, y) = (as_set(self, a)?, as_set(self, b)?);
        self.set_binop(op, &x, &y)
    }

    /// `d.keys() == {1, 2}`, `d.items() <= s`: views compare as sets with
    /// sets and other keys/items views.
    #[cold]
    pub(crate) fn dict_view_compare(
        &mut self,
        op: CmpOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        let set_like = |v: &Value| Self::is_set_like_view(v) || matches!(v, Value::Set(_));
        if !(Self::is_set_like_view(a) || Self::is_set_like_view(b)) || !set_like(a) || !set_like(b)
        {
            return Ok(None);
        }
        let mut to_set = |v: &Value| -> PyResult<Value> {
            match v {
                Value::Set(_) => Ok(v.clone()),
                _ => {
                    let items = self.collect(v)?;
                    self.new_set(items)
                }
            }
        };
        let (x, y) = (to_set(a)?, to_set(b)?);
        self.compare(op, &x, &y).map(Some)
    }

    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        self.make_set(items).map(Value::Set)
    }

    /// A new set of `items`, as the set itself.
    pub(crate) fn make_set(&mut self, items: Vec<Value>) -> PyResult<Rc<PySet>> {
        let s = crate::gc::track_set(PySet {
            table: RefCell::new(crate::set::SetTable::default()),
            frozen: false,
        });
        for i in items {
            self.set_insert(&s, i)?;
        }
        Ok(s)
    }

    /// A set display of constants as CPython 3.11 builds it: the compiler
    /// folds the items into a frozenset (inserted in source order), remakes
    /// it from its own iteration order when merging constants, and the code
    /// copies that into a new set with `set_merge`.
    #[cold]
    /// As a loop's iterable (`frozen`) the display is that frozenset.
    pub(crate) fn new_folded_set(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
        let first = self.make_set(items)?;
        let order = first.table.borrow().keys();
        let constant = self.make_set(order)?;
        if frozen {
            return Ok(Value::Set(crate::gc::track_set(PySet {
                table: RefCell::new(std::mem::take(&mut *constant.table.borrow_mut())),
                frozen: true,
            })));
        }
        let out = self.make_set(vec![])?;
        out.table.borrow_mut().merge(&constant.table.borrow())?;
        Ok(Value::Set(out))
    }

    pub(crate) fn set_add(&mut self, s: &Value, v: Value) -> PyResult<()> {
        if let Value::Set(s) = s {
            self.set_insert(s, v)?;
        }
        Ok(())
    }

    fn set_binop(&mut self, op: BinOp, x: &PySet, y: &PySet) -> PyResult<Option<Value>> {
        let needs_vm =
            |vm: &Vm, s: &PySet| s.table.borrow().iter().any(|e| vm.key_needs_vm(&e.key));
        if needs_vm(self, x) || needs_vm(self, y) {
            return self.set_binop_python_keys(op, x, y);
        }
        // Each result is built as CPython's setobject.c builds it, so that
        // it iterates in CPython's order.
        let mut out = crate::set::SetTable::default();
        match op {
            BinOp::BitOr => {
                out.merge(&x.table.borrow())?;
                out.merge(&y.table.borrow())?;
            }
            BinOp::BitAnd => {
                // The smaller set is iterated (the right one on a tie).
                let (small, big) = if x.table.borrow().len() > y.table.borrow().len() {
                    (y, x)
                } else {
                    (x, y)
                };
                let (small, big) = if x.table.borrow().len() == y.table.borrow().len() {
                    (y, x)
                } else {
                    (small, big)
                };
                for k in small.table.borrow().keys() {
                    if big.table.borrow().contains(&k)? {
                        out.set(k, Value::None)?;
                    }
                }
            }
            BinOp::Sub => {
                if (x.table.borrow().len() >> 2) > y.table.borrow().len() {
                    out.merge(&x.table.borrow())?;
                    for k in y.table.borrow().keys() {
                        out.remove(&k)?;
                    }
                } else {
                    for k in x.table.borrow().keys() {
                        if !y.table.borrow().contains(&k)? {
                            out.set(k, Value::None)?;
                        }
                    }
                }
            }
            BinOp::BitXor => {
                // A copy of the right side, then each key of the left
                // toggled in or out.
                out.merge(&y.table.borrow())?;
                for k in x.table.borrow().keys() {
                    if out.contains(&k)? {
                        out.remove(&k)?;
                    } else {
                        out.set(k, Value::None)?;
                    }
                }
            }
            _ => return Ok(None),
        }
        Ok(Some(Value::Set(crate::gc::track_set(PySet {
            table: RefCell::new(out),
            frozen: x.frozen,
        }))))
    }
}

/// Dict and set keys whose hash or equality is Python code.
impl Vm {
    /// `set_binop` for sets holding keys whose `__hash__`/`__eq__` are
    /// Python code: every membership test and insertion goes through them
    /// (the table's own comparison knows only identity for such keys).
    fn set_binop_python_keys(
        &mut self,
        op: BinOp,
        x: &PySet,
        y: &PySet,
    ) -> PyResult<Option<Value>> {
        let out = crate::gc::track_set(PySet {
            table: RefCell::new(crate::set::SetTable::default()),
            frozen: x.frozen,
        });
        match op {
            BinOp::BitOr => {
                out.table.borrow_mut().merge(&x.table.borrow())?;
                for k in y.table.borrow().keys() {
                    self.set_insert(&out, k)?;
                }
            }
            BinOp::BitAnd => {
                let (small, big) = if x.table.borrow().len() > y.table.borrow().len() {
                    (y, x)
                } else {
                    (x, y)
                };
                for k in small.table.borrow().keys() {
                    if self.set_contains(big, &k)? {
                        self.set_insert(&out, k)?;
                    }
                }
            }
            BinOp::Sub => {
                for k in x.table.borrow().keys() {
                    if !self.set_contains(y, &k)? {
                        self.set_insert(&out, k)?;
                    }
                }
            }
            BinOp::BitXor => {
                out.table.borrow_mut().merge(&y.table.borrow())?;
                for k in x.table.borrow().keys() {
                    if self.set_contains(&out, &k)? {
                        self.set_remove_key(&out, &k)?;
                    } else {
                        self.set_insert(&out, k)?;
                    }
                }
            }
            _ => return Ok(None),
        }
        Ok(Some(Value::Set(out)))
    }

    fn key_needs_vm(&self, k: &Value) -> bool {
        match k {
            Value::Instance(i) => {
                !i.base.is_null()
                    || matches!(
                        i.class.lookup(&intern("__hash__")),
                        Some(Value::Function(_))
                    )
                    || matches!(i.class.lookup(&intern("__eq__")), Some(Value::Function(_)))
            }
            Value::Tuple(t) => t.0.iter().any(|x| self.key_needs_vm(x)),
            _ => false,
        }
    }

    /// `hash(k)` as a dict sees it.
    pub fn key_hash(&mut self, k: &Value) -> PyResult<u64> {
        match k {
            Value::Instance(i) => match i.class.lookup(&intern("__hash__")) {
                Some(m @ Value::Function(_)) => match self.call(&m, vec![k.clone()])? {
                    Value::Int(n) => Ok(crate::dict::hash_int(n)),
                    Value::BigInt(b) => crate::dict::hash_value(&Value::BigInt(b)),
                    _ => Err(PyErr::type_error(
                        "__hash__ method should return an integer",
                    )),
                },
                Some(Value::None) => Err(PyErr::type_error(format!(
                    "unhashable type: '{}'",
                    i.class.name
                ))),
                _ if !i.base.is_null() => {
                    let b = i.base.clone();
                    self.key_hash(&b)
                }
                _ => crate::dict::hash_value(k),
            },
            Value::Tuple(t) if self.key_needs_vm(k) => {
                let mut hashes = Vec::with_capacity(t.0.len());
                for item in t.0.iter() {
                    hashes.push(self.key_hash(item)?);
                }
                Ok(crate::dict::tuple_hash(&hashes))
            }
            _ => crate::dict::hash_value(k),
        }
    }

    fn table_find<T: crate::dict::KeyTable>(
        &mut self,
        t: &RefCell<T>,
        k: &Value,
    ) -> PyResult<(u64, Option<usize>)> {
        let h = self.key_hash(k)?;
        let cands = t.borrow().candidates(h);
        for (idx, ck) in cands {
            if ck.is(k) || self.eq(&ck, k)? {
                return Ok((h, Some(idx)));
            }
        }
        Ok((h, None))
    }

    pub fn dict_get(&mut self, d: &PyDict, k: &Value) -> PyResult<Option<Value>> {
        if !self.key_needs_vm(k) {
            if let Native::Done(v) = d.0.borrow().get_or_defer(k)? {
                return Ok(v);
            }
        }
        let (_, idx) = self.table_find(&d.0, k)?;
        Ok(idx.map(|i| d.0.borrow().value_at(i)))
    }

    pub fn dict_set(&mut self, d: &PyDict, k: Value, v: Value) -> PyResult<()> {
        if !self.key_needs_vm(&k) {
            if let Native::Done(()) = d.0.borrow_mut().set_or_defer(&k, &v)? {
                return Ok(());
            }
        }
        match self.table_find(&d.0, &k)? {
            (_, Some(i)) => {
                d.0.borrow_mut().set_value_at(i, v);
            }
            (h, None) => d.0.borrow_mut().insert_new(h, k, v),
        }
        Ok(())
    }

    pub fn dict_remove(&mut self, d: &PyDict, k: &Value) -> PyResult<Option<Value>> {
        if !self.key_needs_vm(k) {
            if let Native::Done(v) = d.0.borrow_mut().remove_or_defer(k)? {
                return Ok(v);
            }
        }
        let (_, idx) = self.table_find(&d.0, k)?;
        Ok(idx.map(|i| d.0.borrow_mut().remove_at(i)))
    }

    pub fn set_contains(&mut self, s: &PySet, k: &Value) -> PyResult<bool> {
        if !self.key_needs_vm(k) {
            if let Native::Done(b) = s.table.borrow().contains_or_defer(k)? {
                return Ok(b);
            }
        }
        Ok(self.table_find(&s.table, k)?.1.is_some())
    }

    /// Removes `k` from a set, comparing with Python `__eq__` where a
    /// key needs it (as `set_contains` finds it).
    pub fn set_remove_key(&mut self, s: &PySet, k: &Value) -> PyResult<Option<Value>> {
        if !self.key_needs_vm(k) {
            if let Native::Done(v) = s.table.borrow_mut().remove_or_defer(k)? {
                return Ok(v);
            }
        }
        let (_, idx) = self.table_find(&s.table, k)?;
        Ok(idx.map(|i| s.table.borrow_mut().remove_at(i)))
    }

    pub fn set_insert(&mut self, s: &PySet, k: Value) -> PyResult<()> {
        if !self.key_needs_vm(&k) {
            if let Native::Done(()) = s.table.borrow_mut().insert_or_defer(&k)? {
                return Ok(());
            }
        }
        if let (h, None) = self.table_find(&s.table, &k)? {
            s.table.borrow_mut().insert_new(h, k, Value::None);
        }
        Ok(())
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

/// How many items a sequence iterator has left (its `__length_hint__`);
/// None for iterators that cannot tell (map, zip, callables, ...).
pub(crate) fn iterator_remaining(state: &IterState) -> Option<usize> {
    Some(match state {
        IterState::List(l, i) => l.0.borrow().len().saturating_sub(*i),
        IterState::ListReversed(l, i) => (*i).min(l.0.borrow().len()),
        IterState::Tuple(t, i) => t.0.len().saturating_sub(*i),
        IterState::Items(items, i) => items.len().saturating_sub(*i),
        IterState::Bytes(b, i) => b.len().saturating_sub(*i),
        IterState::Str(s, pos) => s.as_str().get(*pos..).map_or(0, |t| t.chars().count()),
        IterState::Dict { dict, pos, len, .. } => {
            let table = dict.0.borrow();
            if table.len() != *len {
                0 // changed size: the next step raises
            } else {
                let mut n = 0;
                let mut p = *pos;
                while let Some((i, _)) = table.entry_from(p) {
                    n += 1;
                    p = i + 1;
                }
                n
            }
        }
        IterState::Done => 0,
        _ => return None,
    })
}

/// A special method found on a type, as something to call with the
/// instance first. Functions and native methods are that already (the
/// common case, returned as they are). Anything else is what CPython's
/// special-method lookup makes of it: a descriptor (`__get__`, including
/// staticmethod, classmethod and property) is bound to the instance, and
/// any other callable (a mock, a class, a bound method) is called without
/// the instance. `None` stays None: callers read it as "not supported".
pub(crate) fn special_method(found: Value) -> Value {
    match found {
        Value::Function(_) | Value::None => found,
        // A method of a builtin type takes the receiver; a builtin function
        // (`__len__ = len`) or a bound method does not.
        Value::Builtin(ref b) if b.owner.is_some() && b.bound.is_null() => found,
        other => Value::Builtin(crate::gc::new_builtin(Builtin {
            name: "special method",
            func: call_special_method,
            bound: other,
            fast: crate::function::FastPath::None,
            owner: None,
            sig: crate::function::Sig::ANY,
        })),
    }
}

/// `special_method`'s call: `args` is (the attribute, the instance, the
/// operands...). Counted as a nested call: `__len__ = Wrapper(len)` loops
/// through native code only.
fn call_special_method(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
) -> PyResult<Value> {
    vm.nested(" while calling a Python object", |vm| {
        call_special_method_unguarded(vm, args, kwargs)
    })
}

fn call_special_method_unguarded(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
) -> PyResult<Value> {
    let (attr, obj, rest) = match args {
        [attr, obj, rest @ ..] => (attr, obj, rest.to_vec()),
        _ => {
            return Err(PyErr::type_error(
                "special method called without its instance",
            ))
        }
    };
    let callee = if let Some(got) = vm.property_get(attr, obj) {
        got?
    } else {
        let bound = vm.bind(attr.clone(), obj);
        if !bound.is(attr) {
            bound
        } else if let Some(get) = vm.class_of(attr).lookup(&intern("__get__")) {
            let owner = Value::Class(vm.class_of(obj));
            vm.call(&get, vec![attr.clone(), obj.clone(), owner])?
        } else {
            attr.clone()
        }
    };
    vm.call_kw(&callee, rest, kwargs.to_vec())
}

/// Storing or deleting a name no `__slots__` entry gives room for: a
/// class attribute of that name is read-only through the instance.
#[cold]
fn no_slot_error(inst: &Instance, name: &Rc<PyStr>) -> PyErr {
    let message = if inst.class.lookup(name).is_some() {
        format!(
            "'{}' object attribute '{}' is read-only",
            inst.class.name,
            name.as_str()
        )
    } else {
        format!(
            "'{}' object has no attribute '{}'",
            inst.class.name,
            name.as_str()
        )
    };
    PyErr::new(ExcType::AttributeError, message)
}
