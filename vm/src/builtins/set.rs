//! Methods of `set` and `frozenset` and their constructors (the table is
//! `object/set.rs`).

use super::types::{add, nargs, no_keywords, self_set, tail, Kw};
use crate::class::Class;
use crate::error::{ExcType, PyErr, PyResult};
use crate::value::{PySet, Value};
use crate::Vm;
use std::cell::RefCell;
use std::rc::Rc;

fn set_init(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("set", tail(a), 0, 1)?;
    let s = self_set(a)?;
    s.table.borrow_mut().clear();
    if let Some(it) = a.get(1) {
        for k in vm.collect(it)? {
            vm.set_insert(&s, k)?;
        }
    }
    Ok(Value::None)
}

pub(super) fn set_add(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("set.add", tail(a), 1, 1)?;
    let s = self_set(a)?;
    vm.set_insert(&s, a[1].clone())?;
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    vm.set_remove_key(&*self_set(a)?, &a[1])?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let r = vm.set_remove_key(&*self_set(a)?, &a[1])?;
    match r {
        Some(_) => Ok(Value::None),
        None => Err(PyErr::with_args(ExcType::KeyError, vec![a[1].clone()])),
    }
}

fn set_pop(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = self_set(a)?;
    let first = s.table.borrow().iter().next().map(|e| e.key.clone());
    match first {
        Some(k) => {
            s.table.borrow_mut().remove(&k)?;
            Ok(k)
        }
        None => Err(PyErr::with_args(
            ExcType::KeyError,
            vec![Value::str("pop from an empty set")],
        )),
    }
}

fn set_clear(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    self_set(a)?.table.borrow_mut().clear();
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = self_set(a)?;
    for other in tail(a) {
        for k in vm.collect(other)? {
            s.table.borrow_mut().set(k, Value::None)?;
        }
    }
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let keys = self_set(a)?.table.borrow().keys();
    vm.new_set(keys)
}

fn set_op(vm: &mut Vm, a: &[Value], op: whirl_parser::ast::BinOp) -> PyResult<Value> {
    use whirl_parser::ast::BinOp;
    let mut acc = a[0].clone();
    for other in tail(a) {
        // union of a non-set iterable: CPython copies the set and adds the
        // items one by one (which decides the iteration order).
        if let (BinOp::BitOr, Value::Set(s), false) = (op, &acc, matches!(other, Value::Set(_))) {
            let out = crate::set::SetTable::default();
            let mut out = out;
            out.merge(&s.table.borrow())?;
            let result = Value::Set(crate::gc::track_set(PySet {
                table: RefCell::new(out),
                frozen: s.frozen,
            }));
            for item in vm.collect(other)? {
                vm.set_add(&result, item)?;
            }
            acc = result;
            continue;
        }
        let o = match other {
            Value::Set(_) => other.clone(),
            _ => {
                let items = vm.collect(other)?;
                vm.new_set(items)?
            }
        };
        acc = vm.binary_op(op, acc, o, false)?;
    }
    if a.len() == 1 {
        return set_copy(vm, a, &[]);
    }
    Ok(acc)
}

fn set_union(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    set_op(vm, a, whirl_parser::ast::BinOp::BitOr)
}

fn set_intersection(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    set_op(vm, a, whirl_parser::ast::BinOp::BitAnd)
}

fn set_difference(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    set_op(vm, a, whirl_parser::ast::BinOp::Sub)
}

fn set_symmetric_difference(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    set_op(vm, a, whirl_parser::ast::BinOp::BitXor)
}

/// `s.intersection_update(*others)` and its kin: the operation's result
/// becomes the set's contents (computed first, so `s.x_update(s)` works).
fn set_op_update(vm: &mut Vm, a: &[Value], op: whirl_parser::ast::BinOp) -> PyResult<Value> {
    let s = self_set(a)?;
    let Value::Set(r) = set_op(vm, a, op)? else {
        return Ok(Value::None);
    };
    if Rc::ptr_eq(&s, &r) {
        return Ok(Value::None);
    }
    let mut fresh = crate::set::SetTable::default();
    fresh.merge(&r.table.borrow())?;
    let old = std::mem::replace(&mut *s.table.borrow_mut(), fresh);
    drop(old);
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    set_op_update(vm, a, whirl_parser::ast::BinOp::BitAnd)
}

fn set_difference_update(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    set_op_update(vm, a, whirl_parser::ast::BinOp::Sub)
}

fn set_symmetric_difference_update(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("set.symmetric_difference_update", tail(a), 1, 1)?;
    set_op_update(vm, a, whirl_parser::ast::BinOp::BitXor)
}

fn set_issubset(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = self_set(a)?;
    let other = vm.collect(&a[1])?;
    let o = &vm.make_set(other)?;
    for e in s.table.borrow().iter() {
        if !o.table.borrow().contains(&e.key)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_issuperset(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = self_set(a)?;
    for k in vm.collect(&a[1])? {
        if !s.table.borrow().contains(&k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_isdisjoint(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = self_set(a)?;
    for k in vm.collect(&a[1])? {
        if s.table.borrow().contains(&k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub(super) fn set_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords("set", kw)?;
    nargs("set", a, 0, 1)?;
    let items = match a.first() {
        None => vec![],
        Some(v) => vm.collect(v)?,
    };
    vm.new_set(items)
}

pub(super) fn frozenset_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords("frozenset", kw)?;
    nargs("frozenset", a, 0, 1)?;
    let items = match a.first() {
        None => vec![],
        Some(v) => vm.collect(v)?,
    };
    let s = crate::gc::track_set(PySet {
        table: RefCell::new(crate::set::SetTable::default()),
        frozen: true,
    });
    for i in items {
        vm.set_insert(&s, i)?;
    }
    Ok(Value::Set(s))
}

pub(super) fn install(set: &Rc<Class>, frozenset: &Rc<Class>) {
    add(set, "add", set_add);
    add(set, "discard", set_discard);
    add(set, "remove", set_remove);
    add(set, "pop", set_pop);
    add(set, "clear", set_clear);
    add(set, "update", set_update);
    add(set, "intersection_update", set_intersection_update);
    add(set, "difference_update", set_difference_update);
    add(
        set,
        "symmetric_difference_update",
        set_symmetric_difference_update,
    );
    for c in [set, frozenset] {
        add(c, "copy", set_copy);
        add(c, "union", set_union);
        add(c, "intersection", set_intersection);
        add(c, "difference", set_difference);
        add(c, "symmetric_difference", set_symmetric_difference);
        add(c, "issubset", set_issubset);
        add(c, "issuperset", set_issuperset);
        add(c, "isdisjoint", set_isdisjoint);
        add(c, "__init__", set_init);
    }
}
