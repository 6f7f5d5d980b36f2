//! The constructors and methods of `property`, `staticmethod`,
//! `classmethod` and `super` (how they bind is `object/descriptor.rs`).

use super::types::{add, kwarg, nargs, tail, Kw};
use crate::class::Class;
use crate::error::{ExcType, PyErr, PyResult};
use crate::str::{intern, intern_static};
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

fn property_init(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Value::Instance(p) = &a[0] else {
        return Ok(Value::None);
    };
    // The doc is kept as `__doc__` only: CPython's property has no `doc`
    // attribute (`dir(property())` does not list one).
    let names = ["fget", "fset", "fdel", "doc"];
    let mut doc = Value::None;
    for (i, n) in names.iter().enumerate() {
        let v = a
            .get(i + 1)
            .or_else(|| kwarg(kw, n))
            .cloned()
            .unwrap_or(Value::None);
        if *n == "doc" {
            doc = v;
        } else {
            p.dict.set_str(intern(n), v);
        }
    }
    let fget = p
        .dict
        .get_str(&intern_static("fget"))
        .unwrap_or(Value::None);
    if doc.is_none() && !fget.is_none() {
        if let Ok(d) = vm.getattr(&fget, &intern_static("__doc__")) {
            doc = d;
        }
    }
    p.dict.set_str(intern_static("__doc__"), doc);
    Ok(Value::None)
}

fn property_with(vm: &mut Vm, a: &[Value], which: &str) -> PyResult<Value> {
    let Value::Instance(p) = &a[0] else {
        return Ok(Value::None);
    };
    let get = |n: &str| p.dict.get_str(&intern(n)).unwrap_or(Value::None);
    let mut vals = vec![get("fget"), get("fset"), get("fdel")];
    let i = match which {
        "getter" => 0,
        "setter" => 1,
        _ => 2,
    };
    vals[i] = a.get(1).cloned().unwrap_or(Value::None);
    // A doc given to the property is kept; one taken from the old getter
    // (the same object as its `__doc__`) is taken again from the new one.
    let doc = get("__doc__");
    let old_getter = get("fget");
    let from_getter = !old_getter.is_none()
        && vm
            .getattr(&old_getter, &intern_static("__doc__"))
            .is_ok_and(|d| d.is(&doc));
    vals.push(if from_getter { Value::None } else { doc });
    let cls = p.class.clone();
    vm.call_class(&cls, vals, vec![])
}

fn property_getter(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    property_with(vm, a, "getter")
}

fn property_setter(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    property_with(vm, a, "setter")
}

fn property_deleter(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    property_with(vm, a, "deleter")
}

fn wrapper_init(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__init__", tail(a), 1, 1)?;
    if let Value::Instance(p) = &a[0] {
        p.dict.set_str(intern_static("__func__"), a[1].clone());
        // As CPython's (3.10 on): the wrapper takes the callable's names
        // and docs, those it has.
        for name in [
            "__module__",
            "__name__",
            "__qualname__",
            "__doc__",
            "__annotations__",
        ] {
            let name = intern_static(name);
            match vm.getattr(&a[1], &name) {
                Ok(v) => p.dict.set_str(name, v),
                Err(e) if e.builtin_type() == Some(ExcType::AttributeError) => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(Value::None)
}

fn super_init(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("super() takes no keyword arguments"));
    }
    if a.len() > 3 {
        let exact = matches!(&a[0], Value::Instance(p) if vm.is_super(p));
        let n = a.len() - 1;
        return Err(PyErr::type_error(if exact {
            format!("super() expected at most 2 arguments, got {n}")
        } else {
            format!("super() takes at most 2 arguments ({n} given)")
        }));
    }
    // CPython words this one by its call path: super's own fast call
    // says "a type", `__init__` (a subclass of super) "type".
    if a.len() >= 2 && !matches!(a[1], Value::Class(_)) {
        let exact = matches!(&a[0], Value::Instance(p) if vm.is_super(p));
        return Err(PyErr::type_error(format!(
            "super() argument 1 must be {}type, not {}",
            if exact { "a " } else { "" },
            crate::ops::type_name(&a[1])
        )));
    }
    // `super(C)`: unbound, a descriptor that binds on access (`__get__`).
    if a.len() == 2 {
        if let Value::Instance(p) = &a[0] {
            p.dict.set_str(intern_static("__thisclass__"), a[1].clone());
            p.dict.set_str(intern_static("__self__"), Value::None);
        }
        return Ok(Value::None);
    }
    match a.len() {
        0 => {
            return Err(PyErr::type_error(
                "descriptor '__init__' of 'super' object needs an argument",
            ))
        }
        1 => {
            let (class, first) = zero_arg_super_args(vm)?;
            return super_init(vm, &[a[0].clone(), class, first], kw);
        }
        _ => {}
    }
    if let Value::Class(t) = &a[1] {
        let fits = match &a[2] {
            Value::Class(c) => c.is_subclass(t) || vm.class_of(&a[2]).is_subclass(t),
            obj => vm.class_of(obj).is_subclass(t),
        };
        if !fits {
            return Err(PyErr::type_error(
                "super(type, obj): obj must be an instance or subtype of type",
            ));
        }
    }
    if let Value::Instance(p) = &a[0] {
        p.dict.set_str(intern_static("__thisclass__"), a[1].clone());
        p.dict.set_str(intern_static("__self__"), a[2].clone());
    }
    Ok(Value::None)
}

/// The arguments of a `super()` call the compiler did not rewrite as
/// `super(__class__, <first argument>)` (`s = super; s()`, `super()`
/// outside a method): found in the calling frame at run time, as CPython
/// always does, with its errors.
fn zero_arg_super_args(vm: &Vm) -> PyResult<(Value, Value)> {
    let error = |msg: &str| Err(PyErr::new(ExcType::RuntimeError, msg.to_string()));
    let frames = vm.live_frames();
    let Some(f) = frames.first() else {
        return error("super(): no arguments");
    };
    let code = &f.code;
    if code.argcount == 0 || code.varnames.is_empty() {
        return error("super(): no arguments");
    }
    // A first argument an inner function captures lives in its cell.
    let first = match code
        .cellvars
        .iter()
        .position(|n| n.as_str() == code.varnames[0].as_str())
    {
        Some(at) => f.cells.get(at).map(|c| c.0.borrow().clone()),
        None => f.locals.first().cloned(),
    }
    .unwrap_or(Value::Null);
    if first.is_null() {
        return error("super(): arg[0] deleted");
    }
    let Some(at) = code.freevars.iter().position(|n| n.as_str() == "__class__") else {
        return error("super(): __class__ cell not found");
    };
    let class = match f.cells.get(code.cellvars.len() + at) {
        Some(c) => c.0.borrow().clone(),
        None => Value::Null,
    };
    match class {
        Value::Null => error("super(): empty __class__ cell"),
        Value::Class(_) => Ok((class, first)),
        other => Err(PyErr::new(
            ExcType::RuntimeError,
            format!(
                "super(): __class__ is not a type ({})",
                crate::ops::type_name(&other)
            ),
        )),
    }
}

/// `super.__get__(self, obj, type=None)`: an unbound `super(C)` found
/// on an instance binds to it; a bound one, or access on the class,
/// gives it back.
fn super_get(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (Some(Value::Instance(s)), Some(obj)) = (a.first(), a.get(1)) else {
        return Err(PyErr::type_error("expected at least 1 argument, got 0"));
    };
    let bound = s
        .dict
        .get_str(&intern_static("__self__"))
        .unwrap_or(Value::None);
    if obj.is_none() || !bound.is_none() {
        return Ok(a[0].clone());
    }
    let this = s
        .dict
        .get_str(&intern_static("__thisclass__"))
        .unwrap_or(Value::None);
    let cls = s.class.clone();
    vm.call_class(&cls, vec![this, obj.clone()], vec![])
}

/// `super.__getattribute__(self, name)`: the lookup a super object makes
/// (what `super().__getattribute__(name)` in a subclass of super reaches).
fn super_getattribute(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Instance(s)) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor '__getattribute__' of 'super' object needs an argument",
        ));
    };
    let name = match a.get(1) {
        Some(Value::Str(n)) => n.clone(),
        Some(other) => match crate::object::base_value(other) {
            Some(Value::Str(n)) => n,
            _ => {
                return Err(PyErr::type_error(format!(
                    "attribute name must be string, not '{}'",
                    vm.type_name(other)
                )))
            }
        },
        None => return Err(PyErr::type_error("expected 1 argument, got 0")),
    };
    if name.as_str() == "__class__" {
        return vm.generic_getattr(&a[0], &name);
    }
    vm.super_getattr(s, &name)
}

/// `property.__set_name__(self, owner, name)`: the name error messages
/// quote ("property 'x' of 'C' object has no setter"), which a class
/// statement gives its properties.
fn property_set_name(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__set_name__", tail(a), 2, 2)?;
    if let Value::Instance(p) = &a[0] {
        p.dict.set_str(intern_static("__name__"), a[2].clone());
    }
    Ok(Value::None)
}

/// `repr(super(C, obj))`: `<super: <class 'C'>, <T object>>`, T the type
/// whose MRO the lookups walk (obj's type, or obj when it is a subclass
/// of C); `NULL` in place of a missing part, as CPython's.
fn super_repr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Instance(s)) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor '__repr__' of 'super' object needs an argument",
        ));
    };
    let this = s.dict.get_str(&intern_static("__thisclass__"));
    let obj = s
        .dict
        .get_str(&intern_static("__self__"))
        .unwrap_or(Value::None);
    let this_shown = match &this {
        Some(Value::Class(c)) => format!("<class '{}'>", c.name),
        _ => "NULL".to_string(),
    };
    let obj_shown = match (&obj, &this) {
        (Value::None, _) => "NULL".to_string(),
        (Value::Class(c), Some(Value::Class(t))) if c.is_subclass(t) => {
            format!("<{} object>", c.name)
        }
        (other, _) => format!("<{} object>", vm.class_of(other).name),
    };
    Ok(Value::str(&format!("<super: {this_shown}, {obj_shown}>")))
}

pub(super) fn install(
    property: &Rc<Class>,
    staticmethod: &Rc<Class>,
    classmethod: &Rc<Class>,
    super_: &Rc<Class>,
) {
    add(property, "__init__", property_init);
    add(property, "getter", property_getter);
    add(property, "setter", property_setter);
    add(property, "deleter", property_deleter);
    add(property, "__set_name__", property_set_name);
    add(staticmethod, "__init__", wrapper_init);
    add(classmethod, "__init__", wrapper_init);
    add(super_, "__init__", super_init);
    add(super_, "__get__", super_get);
    add(super_, "__getattribute__", super_getattribute);
    add(super_, "__repr__", super_repr);
    // Loads on instances of super's subclasses take the slow path
    // (`user_getattribute`), which searches the MRO as super does; super's
    // own instances are recognised before these flags are looked at.
    super_.has_descriptors.set(true);
    super_.custom_getattribute.set(true);
}
