//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction with
//! CPython 3.11's checks, `split`/`subgroup`/`derive`, and the two steps of
//! `except*` the interpreter asks for: splitting off what a clause matches
//! (`star_match`) and putting together what leaves the statement
//! (`prep_reraise_star`).
//!
//! A group keeps `(message, exceptions)` in its `ExcData::group`, which the
//! read-only `message` and `exceptions` attributes show; its `args` are
//! what the constructor was given, as in CPython.

use crate::class::{Class, Instance};
use crate::error::{ExcType, PyErr, PyResult};
use crate::str::intern_static;
use crate::types::Kw;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

pub(crate) fn install(vm: &mut Vm) {
    let beg = vm.exc_class(ExcType::BaseExceptionGroup);
    beg.dict.set_str(
        intern_static("__new__"),
        crate::types::builtin_fn("__new__", group_new),
    );
    crate::types::add_method(&beg, "__init__", group_init);
    crate::types::add_method(&beg, "__str__", group_str);
    crate::types::add_method(&beg, "derive", group_derive);
    crate::types::add_method(&beg, "split", group_split);
    crate::types::add_method(&beg, "subgroup", group_subgroup);
}

/// `(message, exceptions)` of a group instance.
pub fn group_parts(inst: &Instance) -> Option<(Value, Rc<crate::value::PyTuple>)> {
    let exc = inst.exc.as_ref()?;
    let g = exc.group.borrow();
    match &*g {
        Value::Tuple(t) => match (&t.0[0], &t.0[1]) {
            (m, Value::Tuple(e)) => Some((m.clone(), e.clone())),
            _ => None,
        },
        _ => None,
    }
}

fn is_group(v: &Value) -> Option<&Rc<Instance>> {
    match v {
        Value::Instance(i) if group_parts(i).is_some() => Some(i),
        _ => None,
    }
}

/// A group and its sub-exceptions, or None for anything else.
fn group_excs(v: &Value) -> Option<(Rc<Instance>, Rc<crate::value::PyTuple>)> {
    match v {
        Value::Instance(i) => group_parts(i).map(|(_, excs)| (i.clone(), excs)),
        _ => None,
    }
}

fn is_exception_instance(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.exc.is_some() && vm.is_instance_of_exc(i, ExcType::Exception))
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn group_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.first() else {
        return Err(PyErr::type_error(
            "BaseExceptionGroup.__new__(X): X is not a type object",
        ));
    };
    // Keywords are refused by `__init__`, after these checks.
    let _ = kw;
    let args = &a[1..];
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    if !matches!(args[0], Value::Str(_)) {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(&args[0])
        )));
    }
    let excs = sequence_items(vm, &args[1])?;
    if excs.is_empty() {
        return Err(PyErr::value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut nested_base = false;
    for (i, e) in excs.iter().enumerate() {
        if !matches!(e, Value::Instance(x) if x.exc.is_some()) {
            return Err(PyErr::value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        nested_base |= !is_exception_instance(vm, e);
    }
    let beg = vm.exc_class(ExcType::BaseExceptionGroup);
    let eg = vm.exc_class(ExcType::ExceptionGroup);
    let exception = vm.exc_class(ExcType::Exception);
    let mut cls: Rc<Class> = cls.clone();
    if Rc::ptr_eq(&cls, &beg) {
        if !nested_base {
            cls = eg;
        }
    } else if Rc::ptr_eq(&cls, &eg) {
        if nested_base {
            return Err(PyErr::type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
    } else if nested_base && cls.is_subclass(&exception) {
        return Err(PyErr::type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            cls.name
        )));
    }
    if !cls.is_subclass(&beg) {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__({}): {} is not a subtype of BaseExceptionGroup",
            cls.name, cls.name
        )));
    }
    let inst = Instance::new(cls);
    let exc = inst.exc();
    *exc.args.borrow_mut() = Value::tuple(args.to_vec());
    *exc.group.borrow_mut() = Value::tuple(vec![args[0].clone(), Value::tuple(excs)]);
    Ok(Value::Instance(crate::gc::new_instance(inst)))
}

/// The items of what CPython's `PySequence_Check` accepts.
fn sequence_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    let is_seq = match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(_) => {
            true
        }
        Value::Instance(i) => {
            !matches!(i.base, Value::Dict(_))
                && i.class.lookup(&intern_static("__getitem__")).is_some()
        }
        _ => false,
    };
    if !is_seq {
        return Err(PyErr::type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    vm.collect(v)
}

/// `__init__` takes what `__new__` took; keywords are refused.
fn group_init(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        let name = match a.first() {
            Some(Value::Instance(i)) => i.class.name.clone(),
            _ => "BaseExceptionGroup".to_string(),
        };
        return Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    if let Some(Value::Instance(i)) = a.first() {
        if let Some(e) = &i.exc {
            *e.args.borrow_mut() = Value::tuple(a[1..].to_vec());
        }
    }
    Ok(Value::None)
}

/// The receiver of a group method, with its message and sub-exceptions.
fn this(a: &[Value], what: &str) -> PyResult<(Rc<Instance>, Value, Rc<crate::value::PyTuple>)> {
    match a.first() {
        Some(Value::Instance(i)) => match group_parts(i) {
            Some((message, excs)) => Ok((i.clone(), message, excs)),
            None => Err(not_a_group(what)),
        },
        _ => Err(not_a_group(what)),
    }
}

fn not_a_group(what: &str) -> PyErr {
    PyErr::type_error(format!(
        "descriptor '{what}' requires a 'BaseExceptionGroup' object"
    ))
}

/// "message (2 sub-exceptions)".
fn group_str(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (_, message, excs) = this(a, "__str__")?;
    let message = vm.str_of(&message)?;
    let n = excs.0.len();
    let s = if n > 1 { "s" } else { "" };
    Ok(Value::string(format!("{message} ({n} sub-exception{s})")))
}

/// `derive(excs)`: a group like this one (same message) around `excs`;
/// plain `BaseExceptionGroup(...)`, whatever this group's class.
fn group_derive(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (_, message, _) = this(a, "derive")?;
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "derive expected 1 argument, got {}",
            a.len() - 1
        )));
    }
    let beg = vm.exc_class(ExcType::BaseExceptionGroup);
    vm.call_class(&beg, vec![message, a[1].clone()], vec![])
}

/// What `split`/`subgroup` (and `except*`) match leaves against.
enum Matcher {
    Types(Value),
    Predicate(Value),
}

fn matcher(v: &Value) -> PyResult<Matcher> {
    let bad =
        || PyErr::type_error("expected a function, exception type or tuple of exception types");
    match v {
        Value::Class(c) if c.exc_type.is_some() => Ok(Matcher::Types(v.clone())),
        Value::Class(_) => Err(bad()),
        Value::Tuple(t) => {
            if t.0
                .iter()
                .all(|x| matches!(x, Value::Class(c) if c.exc_type.is_some()))
            {
                Ok(Matcher::Types(v.clone()))
            } else {
                Err(bad())
            }
        }
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) => {
            Ok(Matcher::Predicate(v.clone()))
        }
        Value::Instance(i) if i.class.lookup(&intern_static("__call__")).is_some() => {
            Ok(Matcher::Predicate(v.clone()))
        }
        _ => Err(bad()),
    }
}

fn matches(vm: &mut Vm, m: &Matcher, exc: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => vm.exception_matches(exc, t),
        Matcher::Predicate(f) => {
            let r = vm.call(f, vec![exc.clone()])?;
            vm.truthy(&r)
        }
    }
}

/// The parts of `exc` that match and (when `with_rest`) those that do not,
/// each a group derived from the one it came from, or None when empty.
fn split_recursive(
    vm: &mut Vm,
    exc: &Value,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Value, Value)> {
    if matches(vm, m, exc)? {
        return Ok((exc.clone(), Value::None));
    }
    let Some((g, excs)) = group_excs(exc) else {
        return Ok((
            Value::None,
            if with_rest { exc.clone() } else { Value::None },
        ));
    };
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in excs.0.iter() {
        let (mm, rr) = vm.nested(" in split", |vm| split_recursive(vm, e, m, with_rest))?;
        if !mm.is_none() {
            matched.push(mm);
        }
        if !rr.is_none() {
            rest.push(rr);
        }
    }
    let matched = subset(vm, &g, matched)?;
    let rest = if with_rest {
        subset(vm, &g, rest)?
    } else {
        Value::None
    };
    Ok((matched, rest))
}

/// `orig.derive(excs)` with `orig`'s traceback, cause, context and notes,
/// or None for no exceptions.
fn subset(vm: &mut Vm, orig: &Rc<Instance>, excs: Vec<Value>) -> PyResult<Value> {
    if excs.is_empty() {
        return Ok(Value::None);
    }
    let derived = vm.call_method_native(
        &Value::Instance(orig.clone()),
        "derive",
        vec![Value::list(excs)],
    )?;
    let Some(eg) = is_group(&derived).cloned() else {
        return Err(PyErr::type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    };
    // The parts share the group's traceback object (`part.__traceback__
    // is eg.__traceback__`): make it before its entries are copied.
    vm.traceback_of(orig).discard();
    let (src, dst) = (orig.exc(), eg.exc());
    *dst.traceback.borrow_mut() = src.traceback.borrow().clone();
    let context = src.context.borrow().clone();
    if !context.is_none() {
        *dst.context.borrow_mut() = context;
    }
    let cause = src.cause.borrow().clone();
    if !cause.is_none() {
        *dst.cause.borrow_mut() = cause;
        dst.suppress_context.set(true);
    }
    let notes = match vm.getattr(&Value::Instance(orig.clone()), &intern_static("__notes__")) {
        Ok(n) => Some(n),
        Err(e) if e.builtin_type() == Some(ExcType::AttributeError) => None,
        Err(PyErr::Raised(i)) if vm.is_instance_of_exc(&i, ExcType::AttributeError) => None,
        Err(e) => return Err(e),
    };
    if let Some(notes) = notes {
        if matches!(
            notes,
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_)
        ) {
            let copy = Value::list(vm.collect(&notes)?);
            vm.setattr(&derived, &intern_static("__notes__"), copy)?;
        }
    }
    Ok(derived)
}

fn one_condition(a: &[Value], name: &str) -> PyResult<Matcher> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "{name} expected 1 argument, got {}",
            a.len().saturating_sub(1)
        )));
    }
    matcher(&a[1])
}

/// `split(condition)` → `(match, rest)`.
fn group_split(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (g, _, _) = this(a, "split")?;
    let m = one_condition(a, "split")?;
    let (matched, rest) = split_recursive(vm, &Value::Instance(g), &m, true)?;
    Ok(Value::tuple(vec![matched, rest]))
}

/// `subgroup(condition)` → the matching part, or None.
fn group_subgroup(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (g, _, _) = this(a, "subgroup")?;
    let m = one_condition(a, "subgroup")?;
    let (matched, _) = split_recursive(vm, &Value::Instance(g), &m, false)?;
    Ok(matched)
}

/// One `except* T` clause on the exception still unhandled (`rest`):
/// `(match, rest)`. A group is split; a naked exception that matches is
/// wrapped in `ExceptionGroup("", [exc])`.
pub(crate) fn star_match(vm: &mut Vm, rest: &Value, typ: &Value) -> PyResult<(Value, Value)> {
    check_star_type(vm, typ)?;
    if rest.is_none() {
        return Ok((Value::None, Value::None));
    }
    if is_group(rest).is_some() {
        return split_recursive(vm, rest, &Matcher::Types(typ.clone()), true);
    }
    if !vm.exception_matches(rest, typ)? {
        return Ok((Value::None, rest.clone()));
    }
    let beg = vm.exc_class(ExcType::BaseExceptionGroup);
    let wrapped = vm.call_class(
        &beg,
        vec![Value::str(""), Value::tuple(vec![rest.clone()])],
        vec![],
    )?;
    if let (Value::Instance(w), Value::Instance(r)) = (&wrapped, rest) {
        *w.exc().traceback.borrow_mut() = r.exc().traceback.borrow().clone();
    }
    Ok((wrapped, Value::None))
}

/// The type of an `except*` clause: exception classes only, and no
/// exception group classes.
fn check_star_type(vm: &mut Vm, typ: &Value) -> PyResult<()> {
    let beg = vm.exc_class(ExcType::BaseExceptionGroup);
    let one = |v: &Value| -> PyResult<()> {
        match v {
            Value::Class(c) if c.exc_type.is_some() => {
                if c.is_subclass(&beg) {
                    Err(PyErr::type_error(
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    ))
                } else {
                    Ok(())
                }
            }
            _ => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    };
    match typ {
        Value::Tuple(t) => t.0.iter().try_for_each(one),
        v => one(v),
    }
}

/// The leaves of an exception (itself when it is not a group).
fn leaves(v: &Value, out: &mut Vec<*const Instance>) {
    if let Some((_, excs)) = group_excs(v) {
        for e in excs.0.iter() {
            leaves(e, out);
        }
    } else if let Value::Instance(i) = v {
        out.push(Rc::as_ptr(i));
    }
}

/// What leaves a `try`/`except*` statement: `orig` was raised in the
/// body; `raised` holds, for each clause that ran and raised, what it
/// raised, and last what no clause matched. Exceptions that are parts of
/// `orig` (re-raised or unmatched) go back into `orig`'s shape; new ones
/// join them in a new `ExceptionGroup("", [...])` (even a lone one, as
/// CPython 3.11.2 does). None when nothing is left.
pub(crate) fn prep_reraise_star(vm: &mut Vm, orig: &Value, raised: &[Value]) -> PyResult<Value> {
    let raised: Vec<Value> = raised.iter().filter(|v| !v.is_none()).cloned().collect();
    if raised.is_empty() {
        return Ok(Value::None);
    }
    if is_group(orig).is_none() {
        // A naked exception: at most one thing can have been raised.
        return Ok(raised[0].clone());
    }
    let mut orig_leaves = Vec::new();
    leaves(orig, &mut orig_leaves);
    let mut kept: Vec<*const Instance> = Vec::new();
    let mut new = Vec::new();
    for r in &raised {
        let mut ls = Vec::new();
        leaves(r, &mut ls);
        if ls.iter().any(|l| orig_leaves.contains(l)) {
            kept.extend(ls);
        } else {
            new.push(r.clone());
        }
    }
    let reraised = if kept.is_empty() {
        Value::None
    } else {
        split_kept(vm, orig, &kept)?
    };
    if new.is_empty() {
        return Ok(reraised);
    }
    if !reraised.is_none() {
        new.push(reraised);
    }
    let eg = vm.exc_class(ExcType::BaseExceptionGroup);
    vm.call_class(&eg, vec![Value::str(""), Value::list(new)], vec![])
}

/// `orig` restricted to the leaves in `kept`, keeping its nesting; as in
/// CPython, every group on the way is a derived copy.
fn split_kept(vm: &mut Vm, exc: &Value, kept: &[*const Instance]) -> PyResult<Value> {
    let Some((g, excs)) = group_excs(exc) else {
        return Ok(match exc {
            Value::Instance(i) if kept.contains(&Rc::as_ptr(i)) => exc.clone(),
            _ => Value::None,
        });
    };
    let mut parts = Vec::new();
    for e in excs.0.iter() {
        let p = vm.nested(" in split", |vm| split_kept(vm, e, kept))?;
        if !p.is_none() {
            parts.push(p);
        }
    }
    subset(vm, &g, parts)
}
