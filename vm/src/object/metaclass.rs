//! Class creation and metaclasses: the `class` statement
//! (`__build_class__`: `__mro_entries__`, the most derived metaclass,
//! `__prepare__`, the body, the metaclass call), `type.__new__` (shared
//! by `type(name, bases, ns)`: `__set_name__`, `__init_subclass__`),
//! calling a metaclass (its `__new__`/`__init__`), a metaclass's
//! `__call__` when its classes are called, attributes of a metaclass seen
//! from its classes, and the `__instancecheck__`/`__subclasscheck__` hooks.
//!
//! A class made by `type` itself has `metaclass: None`; nothing here runs
//! for its instances' attribute loads or calls.

use crate::class::{BuiltinType, Class};
use crate::dict::PyDict;
use crate::error::{ExcType, PyErr, PyResult};
use crate::str::{intern, intern_static, PyStr};
use crate::types::Kw;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

/// The metaclass of class `c` (`type(c)`).
fn meta_of(vm: &Vm, c: &Rc<Class>) -> Rc<Class> {
    c.metaclass
        .clone()
        .unwrap_or_else(|| vm.types.type_.clone())
}

/// The most derived of `meta` and the metaclasses of `bases`, or CPython's
/// "metaclass conflict" TypeError.
fn calculate_meta(vm: &Vm, meta: &Rc<Class>, bases: &[Value]) -> PyResult<Rc<Class>> {
    let mut winner = meta.clone();
    for b in bases {
        let bm = vm.class_of(b);
        if winner.is_subclass(&bm) {
            continue;
        }
        if bm.is_subclass(&winner) {
            winner = bm;
            continue;
        }
        return Err(PyErr::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
pub(crate) fn build_class(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if a.len() < 2 {
        return Err(PyErr::type_error("__build_class__: not enough arguments"));
    }
    let Value::Function(body) = &a[0] else {
        return Err(PyErr::type_error(
            "__build_class__: func must be a function",
        ));
    };
    let Value::Str(name) = &a[1] else {
        return Err(PyErr::type_error("__build_class__: name is not a string"));
    };
    // PEP 560: a base that is not a class may stand for others.
    let orig_bases = &a[2..];
    let mut bases = Vec::with_capacity(orig_bases.len());
    let mut replaced = false;
    for b in orig_bases {
        if let Value::Class(_) = b {
            bases.push(b.clone());
            continue;
        }
        match vm.getattr(b, &intern_static("__mro_entries__")) {
            Ok(entries) => {
                let r = vm.call(&entries, vec![Value::tuple(orig_bases.to_vec())])?;
                let Value::Tuple(t) = r else {
                    return Err(PyErr::type_error("__mro_entries__ must return a tuple"));
                };
                bases.extend(t.0.iter().cloned());
                replaced = true;
            }
            Err(_) => bases.push(b.clone()),
        }
    }
    let mut kwargs: Vec<(Rc<PyStr>, Value)> = Vec::with_capacity(kw.len());
    let mut meta = None;
    for (k, v) in kw {
        if k.as_str() == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwargs.push((k.clone(), v.clone()));
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Class(vm.class_of(b)),
            None => Value::Class(vm.types.type_.clone()),
        },
    };
    let meta = match &meta {
        Value::Class(m) => Value::Class(calculate_meta(vm, m, &bases)?),
        other => other.clone(),
    };
    let is_type = matches!(&meta, Value::Class(m) if Rc::ptr_eq(m, &vm.types.type_));
    let bases_tuple = Value::tuple(bases.clone());
    // The namespace: `__prepare__`'s mapping, or a new dict.
    let ns = if is_type {
        Value::Dict(crate::gc::new_dict())
    } else {
        match vm.getattr(&meta, &intern_static("__prepare__")) {
            Ok(prep) => {
                let mut args = vec![Value::Str(name.clone()), bases_tuple.clone()];
                args.shrink_to_fit();
                vm.call_kw(&prep, args, kwargs.clone())?
            }
            Err(_) => Value::Dict(crate::gc::new_dict()),
        }
    };
    // The body stores into a dict: the namespace itself, or a dict
    // subclass's dict when it overrides neither __setitem__ nor
    // __getitem__. Any other mapping (an enum's _EnumDict) sees each name
    // stored and loaded as it happens, as CPython's STORE_NAME/LOAD_NAME
    // do on a non-dict namespace: the body runs as a copy of its code whose
    // name operations go through the mapping.
    let direct = match &ns {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(i) => match &i.base {
            Value::Dict(d)
                if i.class
                    .lookup_above_builtin(&intern_static("__setitem__"))
                    .is_none()
                    && i.class
                        .lookup_above_builtin(&intern_static("__getitem__"))
                        .is_none() =>
            {
                Some(d.clone())
            }
            Value::Dict(_) => None,
            _ if vm
                .class_of(&ns)
                .lookup(&intern_static("__getitem__"))
                .is_some() =>
            {
                None
            }
            _ => return Err(prepare_not_mapping(vm, &meta, &ns)),
        },
        _ => return Err(prepare_not_mapping(vm, &meta, &ns)),
    };
    let mut frame = vm.function_frame(body, &[], &[])?;
    frame.ret = crate::frame::RetMode::Native;
    match direct {
        Some(names) => frame.names = Some(names),
        None => {
            frame.code = Rc::new(crate::dynamic::with_mapping_namespace(&frame.code));
            frame.names = Some(crate::gc::new_dict());
            frame.locals.push(ns.clone());
        }
    }
    let cell = match vm.run_frame(frame, None)? {
        crate::interp::Exit::Return(v) => v,
        crate::interp::Exit::Yield(v) => v,
    };
    if replaced {
        vm.setitem(
            &ns,
            Value::str("__orig_bases__"),
            Value::tuple(orig_bases.to_vec()),
        )?;
    }
    let args = vec![Value::Str(name.clone()), bases_tuple, ns];
    let cls = if is_type {
        let type_ = vm.types.type_.clone();
        type_new_impl(vm, &type_, &args, &kwargs)?
    } else {
        vm.call_kw(&meta, args, kwargs)?
    };
    if let (Value::Cell(cell), Value::Class(made)) = (&cell, &cls) {
        check_class_cell(vm, cell, name, made)?;
    }
    Ok(cls)
}

/// A class using `__class__` (or zero-argument `super()`) must find the
/// class in its cell: the metaclass has to pass `__classcell__` on to
/// `type.__new__`, and for this class.
fn check_class_cell(
    vm: &mut Vm,
    cell: &crate::function::CellObj,
    name: &Rc<PyStr>,
    made: &Rc<Class>,
) -> PyResult<()> {
    let held = cell.0.borrow().clone();
    if matches!(&held, Value::Class(c) if Rc::ptr_eq(c, made)) {
        return Ok(());
    }
    let (name, made) = (
        vm.repr(&Value::Str(name.clone()))?,
        vm.repr(&Value::Class(made.clone()))?,
    );
    if held.is_null() {
        return Err(PyErr::new(
            ExcType::RuntimeError,
            format!(
                "__class__ not set defining {name} as {made}. \
                 Was __classcell__ propagated to type.__new__?"
            ),
        ));
    }
    let held = vm.repr(&held)?;
    Err(PyErr::type_error(format!(
        "__class__ set to {held} defining {name} as {made}"
    )))
}

fn prepare_not_mapping(vm: &mut Vm, meta: &Value, ns: &Value) -> PyErr {
    let mname = match meta {
        Value::Class(m) => m.name.clone(),
        _ => "<metaclass>".to_string(),
    };
    PyErr::type_error(format!(
        "{}.__prepare__() must return a mapping, not {}",
        mname,
        vm.type_name(ns)
    ))
}

/// The (key, value) pairs of a class namespace (a dict or a mapping).
fn namespace_items(vm: &mut Vm, ns: &Value) -> PyResult<Vec<(Value, Value)>> {
    let dict = match ns {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(i) => match &i.base {
            Value::Dict(d) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    };
    if let Some(d) = dict {
        return Ok(d
            .0
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect());
    }
    let keys = vm.getattr(ns, &intern_static("keys"))?;
    let keys = vm.call(&keys, vec![])?;
    let mut out = Vec::new();
    for k in vm.collect(&keys)? {
        let v = vm.getitem(ns, &k)?;
        out.push((k, v));
    }
    Ok(out)
}

/// `type.__new__(mcs, name, bases, ns, **kwds)`: makes the class.
fn type_new_impl(
    vm: &mut Vm,
    mcs: &Rc<Class>,
    a: &[Value],
    kw: &[(Rc<PyStr>, Value)],
) -> PyResult<Value> {
    let Value::Str(name) = &a[0] else {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    let Value::Tuple(bases_t) = &a[1] else {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            vm.type_name(&a[1])
        )));
    };
    let is_mapping = match &a[2] {
        Value::Dict(_) => true,
        Value::Instance(i) => matches!(i.base, Value::Dict(_)),
        _ => false,
    };
    if !is_mapping {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(&a[2])
        )));
    }
    let meta = calculate_meta(vm, mcs, &bases_t.0)?;
    if !Rc::ptr_eq(&meta, mcs) {
        // `type(name, bases, ns)` with a base whose metaclass defines its
        // own `__new__` (ABCMeta, EnumType): as in CPython, that `__new__`
        // makes the class.
        if let Some(new) = meta.lookup_above_builtin(&intern_static("__new__")) {
            let new = match new {
                Value::Instance(i) if i.class.is_builtin_kind("staticmethod") => i
                    .dict
                    .get_str(&intern_static("__func__"))
                    .unwrap_or(Value::None),
                other => other,
            };
            let mut args = Vec::with_capacity(4);
            args.push(Value::Class(meta.clone()));
            args.extend(a[..3].iter().cloned());
            return vm.call_kw(&new, args, kw.to_vec());
        }
    }
    let mut bases = Vec::with_capacity(bases_t.0.len());
    for b in bases_t.0.iter() {
        match b {
            Value::Class(c) => {
                if crate::bases_assign::unacceptable_base(c) {
                    return Err(crate::bases_assign::unacceptable_base_error(c));
                }
                bases.push(c.clone())
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "bases must be types, not {}",
                    vm.type_name(other)
                )))
            }
        }
    }
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    let items = namespace_items(vm, &a[2])?;
    let lookup = |k: &str| {
        items
            .iter()
            .find(|(key, _)| key.as_str() == Some(k))
            .map(|(_, v)| v.clone())
    };
    let module = match lookup("__module__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => vm
            .main_globals
            .as_ref()
            .and_then(|g| g.get_str(&intern_static("__name__")))
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_else(|| "__main__".into()),
    };
    let qualname = match lookup("__qualname__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "type __qualname__ must be a str, not {}",
                vm.type_name(&other)
            )))
        }
        None => name.as_str().to_string(),
    };
    let mut cls = Class::new(name.as_str(), &qualname, &module, bases, None)?;
    if !Rc::ptr_eq(&meta, &vm.types.type_) {
        cls.metaclass = Some(meta);
    }
    let classmethod = vm.extra.as_ref().map(|x| x.classmethod.clone());
    let mut classcell = None;
    for (k, v) in &items {
        let Value::Str(k) = k else { continue };
        match k.as_str() {
            "__classcell__" if !matches!(v, Value::Cell(_)) => {
                let t = Value::Class(vm.class_of(v));
                return Err(PyErr::type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    vm.repr(&t)?
                )));
            }
            "__classcell__" => classcell = Some(v.clone()),
            "__qualname__" => {}
            // Implicit classmethods (as type.__new__ makes them).
            "__init_subclass__" | "__class_getitem__" if matches!(v, Value::Function(_)) => {
                let wrapped = match &classmethod {
                    Some(cm) => {
                        let i = crate::class::Instance::new(cm.clone());
                        i.dict.set_str(intern_static("__func__"), v.clone());
                        Value::Instance(crate::gc::new_instance(i))
                    }
                    None => v.clone(),
                };
                cls.dict.set_str(intern(k.as_str()), wrapped);
            }
            _ => cls.dict.set_str(intern(k.as_str()), v.clone()),
        }
    }
    if let Some(slots) = lookup("__slots__") {
        add_slot_members(vm, &cls, &slots, &items)?;
    }
    if cls.dict.get_str(&intern_static("__module__")).is_none() {
        cls.dict
            .set_str(intern_static("__module__"), Value::str(&cls.module));
    }
    if cls.dict.get_str(&intern_static("__doc__")).is_none() {
        cls.dict.set_str(intern_static("__doc__"), Value::None);
    }
    let cls = custom_mro(vm, cls)?;
    let cls = cls.finish()?;
    crate::descriptor::set_member_objclass(&cls);
    if let Some(Value::Cell(c)) = classcell {
        *c.0.borrow_mut() = Value::Class(cls.clone());
    }
    set_names(vm, &cls)?;
    init_subclass(vm, &cls, kw)?;
    Ok(Value::Class(cls))
}

thread_local! {
    /// The class whose metaclass's `mro()` is running: it has no
    /// `__mro__` yet (None, as in CPython).
    static MRO_PENDING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Whether `cls` is being ordered by its metaclass's `mro()` right now.
pub(crate) fn mro_pending(cls: &Rc<Class>) -> bool {
    MRO_PENDING.with(|p| p.get() == Rc::as_ptr(cls) as usize)
}

/// A metaclass's own `mro()` decides the class's MRO: CPython calls
/// `type(cls).mro(cls)` when a class is made, if the metaclass overrides it.
fn custom_mro(vm: &mut Vm, cls: Class) -> PyResult<Class> {
    let Some(meta) = cls.metaclass.clone() else {
        return Ok(cls);
    };
    let Some(f) = meta.lookup_above_builtin(&intern_static("mro")) else {
        return Ok(cls);
    };
    let rc = Rc::new(cls);
    let addr = Rc::as_ptr(&rc) as usize;
    let checked = {
        let outer = MRO_PENDING.with(|p| p.replace(addr));
        let listed = vm.call(&f, vec![Value::Class(rc.clone())]);
        MRO_PENDING.with(|p| p.set(outer));
        match listed.and_then(|v| vm.collect(&v)) {
            Ok(items) => {
                let bases = rc.bases.borrow().clone();
                checked_mro(vm, addr, &bases, items)
            }
            Err(e) => Err(e),
        }
    };
    let (tail, at) = match checked {
        Ok(r) => r,
        Err(e) => {
            drop(rc);
            return Err(e);
        }
    };
    let Some(at) = at else {
        // CPython makes the class, then fails in its `__init_subclass__`
        // call: `super(cls, cls)` needs cls in its own MRO.
        return Err(PyErr::type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    };
    let Ok(mut cls) = Rc::try_unwrap(rc) else {
        return Err(PyErr::type_error(
            "mro() kept a reference to the class it orders: not supported by whirl",
        ));
    };
    *cls.mro_tail.get_mut() = tail;
    cls.mro_self_at.set(at as u32);
    Ok(cls)
}

/// A metaclass's `mro()` result checked as CPython checks it: classes
/// only, none whose instance layout the class (by its `bases`) cannot
/// have. Answers the classes other than the class itself (at address
/// `addr`), in order, and where the class itself sits (None: absent).
pub(crate) fn checked_mro(
    vm: &Vm,
    addr: usize,
    bases: &[Rc<Class>],
    items: Vec<Value>,
) -> PyResult<(Vec<Rc<Class>>, Option<usize>)> {
    if items.is_empty() {
        return Err(PyErr::type_error("type MRO must not be empty"));
    }
    let mut tail = Vec::with_capacity(items.len());
    let mut at = None;
    for v in items {
        let c = match v {
            Value::Class(c) => c,
            other => {
                return Err(PyErr::type_error(format!(
                    "mro() returned a non-class ('{}')",
                    vm.type_name(&other)
                )))
            }
        };
        if Rc::as_ptr(&c) as usize == addr {
            at.get_or_insert(tail.len());
            continue;
        }
        if let Some(t) = c.base_builtin().filter(|t| *t != BuiltinType::Object) {
            let has = |b: &Rc<Class>| {
                b.builtin == Some(t) || b.mro_tail.borrow().iter().any(|m| m.builtin == Some(t))
            };
            if !bases.iter().any(has) {
                return Err(PyErr::type_error(format!(
                    "mro() returned base with unsuitable layout ('{}')",
                    c.name
                )));
            }
        }
        tail.push(c);
    }
    Ok((tail, at))
}

/// One `member_descriptor` per name in the class's own `__slots__`.
fn add_slot_members(
    vm: &mut Vm,
    cls: &Class,
    slots: &Value,
    items: &[(Value, Value)],
) -> PyResult<()> {
    let names = match slots {
        Value::Str(_) => vec![slots.clone()],
        other => vm.collect(other)?,
    };
    // Every entry is checked before any descriptor is made, as CPython's
    // type() does.
    let mut checked = Vec::with_capacity(names.len());
    let (mut dicts, mut weakrefs) = (0, 0);
    for v in names {
        let Some(n) = crate::class::slot_entry(&v) else {
            return Err(PyErr::type_error(format!(
                "__slots__ items must be strings, not '{}'",
                vm.type_name(&v)
            )));
        };
        if !is_identifier(n.as_str()) {
            return Err(PyErr::type_error("__slots__ must be identifiers"));
        }
        dicts += usize::from(n.as_str() == "__dict__");
        weakrefs += usize::from(n.as_str() == "__weakref__");
        checked.push(n);
    }
    if dicts > 1 {
        return Err(PyErr::type_error(
            "__dict__ slot disallowed: we already got one",
        ));
    }
    if weakrefs > 1 {
        return Err(PyErr::type_error(
            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
        ));
    }
    for n in checked {
        if matches!(n.as_str(), "__dict__" | "__weakref__") {
            continue;
        }
        let n = crate::class::slot_attr_name(&cls.name, &n);
        // The compiler's own `__qualname__` and `__classcell__` leave the
        // namespace: they are no class variables to conflict with.
        let implicit = matches!(n.as_str(), "__qualname__" | "__classcell__");
        if !implicit && items.iter().any(|(k, _)| k.as_str() == Some(n.as_str())) {
            return Err(PyErr::value_error(format!(
                "'{n}' in __slots__ conflicts with class variable"
            )));
        }
        if let Some(m) = crate::descriptor::new_member(vm, &n) {
            cls.dict.set_str(intern(&n), m);
        }
    }
    Ok(())
}

/// Whether a `__slots__` entry is a valid identifier (`str.isidentifier`).
fn is_identifier(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some(f) if f == '_' || f.is_alphabetic())
        && c.all(|x| x == '_' || x.is_alphanumeric())
}

/// Calls `__set_name__(cls, name)` on each attribute of the new class
/// whose type defines it.
fn set_names(vm: &mut Vm, cls: &Rc<Class>) -> PyResult<()> {
    let items: Vec<(Value, Value)> = cls
        .dict
        .0
        .borrow()
        .iter()
        .filter(|e| matches!(e.value, Value::Instance(_) | Value::Native(_)))
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in items {
        let t = vm.class_of(&v);
        if !t.is_user_class() {
            continue;
        }
        let Some(hook) = t.lookup(&intern_static("__set_name__")) else {
            continue;
        };
        if let Err(e) = vm.call(&hook, vec![v.clone(), Value::Class(cls.clone()), k.clone()]) {
            let cause = vm.materialize(e);
            let msg = format!(
                "Error calling __set_name__ on '{}' instance {} in '{}'",
                t.name,
                vm.repr(&k)?,
                cls.name
            );
            let err = vm.new_exception(ExcType::RuntimeError, vec![Value::string(msg)]);
            if let Some(exc) = &err.exc {
                *exc.cause.borrow_mut() = Value::Instance(cause.clone());
                *exc.context.borrow_mut() = Value::Instance(cause);
                exc.suppress_context.set(true);
            }
            return Err(PyErr::Raised(err));
        }
    }
    Ok(())
}

/// Runs the nearest base's `__init_subclass__` (an implicit classmethod)
/// with the class keywords, as `type.__new__` does.
fn init_subclass(vm: &mut Vm, cls: &Rc<Class>, kw: Kw) -> PyResult<()> {
    let hook = intern_static("__init_subclass__");
    for base in &cls.mro_vec() {
        if Rc::ptr_eq(base, &vm.types.object) {
            break;
        }
        if let Some(f) = base.dict.get_str(&hook) {
            let f = match f {
                Value::Instance(i) if i.class.is_builtin_kind("classmethod") => i
                    .dict
                    .get_str(&intern_static("__func__"))
                    .unwrap_or(Value::None),
                other => other,
            };
            vm.call_kw(&f, vec![Value::Class(cls.clone())], kw.to_vec())?;
            return Ok(());
        }
    }
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            cls.name
        )));
    }
    Ok(())
}

impl Vm {
    /// `M(*args)` for a class `M` derived from `type`: `M.__new__` (or
    /// `type.__new__`), then `M.__init__` when a class of M came out.
    pub(crate) fn call_metaclass(
        &mut self,
        m: &Rc<Class>,
        args: Vec<Value>,
        kwargs: crate::call::Kwargs,
    ) -> PyResult<Value> {
        let new = m.lookup_above_builtin(&intern_static("__new__"));
        let mut nargs = Vec::with_capacity(args.len() + 1);
        nargs.push(Value::Class(m.clone()));
        nargs.extend(args.iter().cloned());
        let obj = match new {
            Some(new) => {
                let new = match new {
                    Value::Instance(i) if i.class.is_builtin_kind("staticmethod") => i
                        .dict
                        .get_str(&intern_static("__func__"))
                        .unwrap_or(Value::None),
                    other => other,
                };
                self.call_kw(&new, nargs, kwargs.clone())?
            }
            None => type_dunder_new(self, &nargs, &kwargs)?,
        };
        if let Value::Class(c) = &obj {
            if meta_of(self, c).is_subclass(m) {
                if let Some(init) = m.lookup_above_builtin(&intern_static("__init__")) {
                    let mut iargs = Vec::with_capacity(args.len() + 1);
                    iargs.push(obj.clone());
                    iargs.extend(args);
                    let r = self.call_kw(&init, iargs, kwargs)?;
                    if !r.is_none() {
                        return Err(PyErr::type_error(format!(
                            "__init__() should return None, not '{}'",
                            self.type_name(&r)
                        )));
                    }
                }
            }
        }
        Ok(obj)
    }

    /// A metaclass's own `__call__` (not type's) for calling class `cls`.
    #[inline]
    pub(crate) fn meta_call_hook(&self, cls: &Rc<Class>) -> Option<Value> {
        cls.metaclass
            .as_ref()?
            .lookup_above_builtin(&intern_static("__call__"))
    }

    /// `C.name` for a class whose metaclass `m` is not `type`: data
    /// descriptors of the metaclass, then C's MRO, then the metaclass's
    /// other attributes (its methods bound to C), then its `__getattr__`.
    pub(crate) fn meta_getattr(
        &mut self,
        cls: &Rc<Class>,
        m: &Rc<Class>,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        let meta_attr = m.lookup_above_builtin(name);
        if let Some(a) = &meta_attr {
            if let Some(r) = self.data_descriptor_get(a, obj) {
                return r;
            }
        }
        if let Some(v) = cls.lookup(name) {
            if let Some(own) = self.type_data_attr_over(obj, name, &v) {
                return Ok(own);
            }
            return self.class_attr_get(v, cls);
        }
        // Every class's MRO ends at object, whose `__new__` (kept outside
        // the class dicts) hides a metaclass's: `C.__new__(C)` makes an
        // instance even when the metaclass defines `__new__` (ABCMeta).
        if name.as_str() == "__new__" {
            if let Some(v) = crate::slots::class_slot(cls, "__new__") {
                return Ok(v);
            }
            return Ok(crate::types::builtin_fn(
                "__new__",
                crate::builtins::object::object_new,
            ));
        }
        if let Some(a) = meta_attr {
            return self.instance_attr_get(a, obj);
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
        if let Some(ga) = m.lookup_above_builtin(&intern_static("__getattr__")) {
            return self.call(&ga, vec![obj.clone(), Value::Str(name.clone())]);
        }
        if let Some(v) = crate::type_dict::builtin_descriptor(self, cls, name.as_str()) {
            return Ok(v);
        }
        Err(PyErr::new(
            ExcType::AttributeError,
            format!(
                "type object '{}' has no attribute '{}'",
                cls.name,
                name.as_str()
            ),
        ))
    }

    /// `isinstance(obj, cls)` with the metaclass's `__instancecheck__`.
    pub(crate) fn instance_check(&mut self, obj: &Value, cls: &Rc<Class>) -> PyResult<bool> {
        let t = self.class_of(obj);
        if Rc::ptr_eq(&t, cls) {
            return Ok(true);
        }
        if let Some(m) = &cls.metaclass {
            if let Some(hook) = m.lookup_above_builtin(&intern_static("__instancecheck__")) {
                let r = self.call(&hook, vec![Value::Class(cls.clone()), obj.clone()])?;
                return self.truthy(&r);
            }
        }
        if t.is_subclass(cls) {
            return Ok(true);
        }
        self.instance_check_by_dunder_class(obj, &t, cls)
    }

    /// As CPython, an object whose class defines a `__class__` property
    /// (as unittest.mock's spec'd mocks do) is also an instance of the class
    /// that property gives. Only reached when the type test failed, and
    /// only for classes that define `__class__` themselves.
    fn instance_check_by_dunder_class(
        &mut self,
        obj: &Value,
        t: &Rc<Class>,
        cls: &Rc<Class>,
    ) -> PyResult<bool> {
        // (A `__class__` property makes the class's has_descriptors true:
        // most classes stop at that flag.)
        let name = intern_static("__class__");
        if !matches!(obj, Value::Instance(_))
            || !t.has_descriptors.get()
            || t.lookup_above_builtin(&name).is_none()
        {
            return Ok(false);
        }
        match self.getattr(obj, &name) {
            Ok(Value::Class(c)) if !Rc::ptr_eq(&c, t) => Ok(c.is_subclass(cls)),
            Ok(_) => Ok(false),
            Err(e) => {
                let inst = self.materialize(e);
                if self.is_instance_of_exc(&inst, ExcType::AttributeError) {
                    Ok(false)
                } else {
                    Err(PyErr::Raised(inst))
                }
            }
        }
    }

    /// `issubclass(sub, cls)` with the metaclass's `__subclasscheck__`.
    pub(crate) fn subclass_check(&mut self, sub: &Value, cls: &Rc<Class>) -> PyResult<bool> {
        if let Some(m) = &cls.metaclass {
            if let Some(hook) = m.lookup_above_builtin(&intern_static("__subclasscheck__")) {
                let r = self.call(&hook, vec![Value::Class(cls.clone()), sub.clone()])?;
                return self.truthy(&r);
            }
        }
        match sub {
            Value::Class(s) => Ok(s.is_subclass(cls)),
            _ => Err(PyErr::type_error("issubclass() arg 1 must be a class")),
        }
    }
}

/// `type.__new__(mcs, name, bases, ns, **kwds)` (and `type.__new__(type, x)`).
fn type_dunder_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let mcs = match a.first() {
        Some(Value::Class(c)) if c.is_subclass(&vm.types.type_) => c.clone(),
        Some(Value::Class(c)) => {
            return Err(PyErr::type_error(format!(
                "type.__new__({}): {} is not a subtype of type",
                c.name, c.name
            )))
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "type.__new__(X): X is not a type object ({})",
                vm.type_name(other)
            )))
        }
        None => return Err(PyErr::type_error("type.__new__(): not enough arguments")),
    };
    let rest = &a[1..];
    if rest.len() == 1 && Rc::ptr_eq(&mcs, &vm.types.type_) && kw.is_empty() {
        return Ok(Value::Class(vm.class_of(&rest[0])));
    }
    if rest.len() != 3 {
        return Err(PyErr::type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            rest.len()
        )));
    }
    type_new_impl(vm, &mcs, rest, kw)
}

/// `type(x)` / `type(name, bases, ns)`: the builtin constructor of `type`.
pub(crate) fn type_ctor(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    match a.len() {
        1 if kw.is_empty() => Ok(Value::Class(vm.class_of(&a[0]))),
        3 => {
            let type_ = vm.types.type_.clone();
            type_new_impl(vm, &type_, a, kw)
        }
        _ => Err(PyErr::type_error("type() takes 1 or 3 arguments")),
    }
}

/// `type.__init__(cls, ...)`: nothing to do.
fn type_init(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.len() != 2 && a.len() != 4 {
        return Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args)`: makes an instance the default way.
fn type_call(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    match a.first() {
        Some(Value::Class(c)) => vm.construct(&c.clone(), a[1..].to_vec(), kw.to_vec()),
        Some(other) => Err(PyErr::type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            vm.type_name(other)
        ))),
        None => Err(PyErr::type_error(
            "descriptor '__call__' of 'type' object needs an argument",
        )),
    }
}

/// `type.mro(cls)`: the method resolution order as a list.
fn type_mro(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match a.first() {
        Some(Value::Class(c)) => {
            // From the bases as they are now (a metaclass's `mro()` calls
            // this while `__bases__` is being assigned).
            let bases = c.bases.borrow().clone();
            let tail = if bases.is_empty() || !c.is_user_class() {
                c.mro_vec()
            } else {
                crate::class::c3_merge(&bases)?
            };
            let mut v = vec![Value::Class(c.clone())];
            v.extend(tail.into_iter().map(Value::Class));
            Ok(Value::list(v))
        }
        _ => Err(PyErr::type_error(
            "unbound method type.mro() needs an argument",
        )),
    }
}

/// `type.__instancecheck__(cls, obj)`: the plain check, without the
/// metaclass hooks (what `super().__instancecheck__` reaches).
fn type_instancecheck(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match (a.first(), a.get(1)) {
        (Some(Value::Class(c)), Some(obj)) if a.len() == 2 => {
            Ok(Value::Bool(vm.class_of(obj).is_subclass(c)))
        }
        _ => Err(PyErr::type_error(
            "type.__instancecheck__() takes exactly one argument",
        )),
    }
}

/// `type.__subclasscheck__(cls, sub)`: the plain check on the MRO.
fn type_subclasscheck(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match (a.first(), a.get(1)) {
        (Some(Value::Class(c)), Some(Value::Class(sub))) if a.len() == 2 => {
            Ok(Value::Bool(sub.is_subclass(c)))
        }
        (Some(Value::Class(_)), Some(_)) if a.len() == 2 => {
            Err(PyErr::type_error("issubclass() arg 1 must be a class"))
        }
        _ => Err(PyErr::type_error(
            "type.__subclasscheck__() takes exactly one argument",
        )),
    }
}

/// `type.__prepare__(name, bases, **kwds)`: a new dict.
fn type_prepare(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Dict(crate::gc::track_dict(PyDict::new())))
}

/// Puts `type`'s methods into its class dict.
pub(crate) fn install(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    t.dict.set_str(
        intern_static("__new__"),
        crate::types::builtin_fn("__new__", type_dunder_new),
    );
    t.dict.set_str(
        intern_static("__prepare__"),
        crate::types::builtin_fn("__prepare__", type_prepare),
    );
    crate::types::add_method(&t, "__init__", type_init);
    crate::types::add_method(&t, "__call__", type_call);
    crate::types::add_method(&t, "mro", type_mro);
    crate::types::add_method(&t, "__instancecheck__", type_instancecheck);
    crate::types::add_method(&t, "__subclasscheck__", type_subclasscheck);
}
