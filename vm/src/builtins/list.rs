//! Methods of `list`, its constructor, and the stable merge sort that
//! `list.sort` and `sorted()` share.

use super::types::{add, arg_int, kwarg, nargs, no_keywords, self_list, span_args, tail, Kw};
use crate::class::Class;
use crate::error::{ExcType, PyErr, PyResult};
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

fn list_append(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("list.append", tail(a), 1, 1)?;
    self_list(a)?.0.borrow_mut().push(a[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("list.extend", tail(a), 1, 1)?;
    let items = vm.collect_presized(&a[1])?;
    self_list(a)?.0.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("list.insert", tail(a), 2, 2)?;
    let l = self_list(a)?;
    let len = l.0.borrow().len() as i64;
    let i = arg_int(vm, &a[1])?;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.0.borrow_mut().insert(i as usize, a[2].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("pop", tail(a), 0, 1)?;
    let l = self_list(a)?;
    let len = l.0.borrow().len();
    if len == 0 {
        return Err(PyErr::new(ExcType::IndexError, "pop from empty list"));
    }
    let i = match a.get(1) {
        Some(v) => {
            let i = arg_int(vm, v)?;
            let j = if i < 0 { i + len as i64 } else { i };
            if j < 0 || j as usize >= len {
                return Err(PyErr::new(ExcType::IndexError, "pop index out of range"));
            }
            j as usize
        }
        None => len - 1,
    };
    let v = l.0.borrow_mut().remove(i);
    Ok(v)
}

fn list_remove(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("list.remove", tail(a), 1, 1)?;
    let l = self_list(a)?;
    let items = l.0.borrow().clone();
    for (i, x) in items.iter().enumerate() {
        if x.is(&a[1]) || vm.eq(x, &a[1])? {
            let old = l.0.borrow_mut().remove(i);
            drop(old);
            return Ok(Value::None);
        }
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

pub(super) fn seq_index(vm: &mut Vm, items: &[Value], a: &[Value], what: &str) -> PyResult<Value> {
    let (start, end) = span_args(vm, a, 2, items.len())?;
    for (i, x) in items.iter().enumerate().take(end).skip(start) {
        if x.is(&a[1]) || vm.eq(x, &a[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    if what == "list" {
        let r = vm.repr(&a[1])?;
        return Err(PyErr::value_error(format!("{r} is not in list")));
    }
    Err(PyErr::value_error(format!(
        "{what}.index(x): x not in {what}"
    )))
}

fn list_index(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("index", tail(a), 1, 3)?;
    let items = self_list(a)?.0.borrow().clone();
    seq_index(vm, &items, a, "list")
}

pub(super) fn seq_count(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<Value> {
    let mut n = 0;
    for it in items {
        if it.is(x) || vm.eq(it, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_count(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("list.count", tail(a), 1, 1)?;
    let items = self_list(a)?.0.borrow().clone();
    seq_count(vm, &items, &a[1])
}

fn list_reverse(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    self_list(a)?.0.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_clear(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let old = std::mem::take(&mut *self_list(a)?.0.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_copy(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::list(self_list(a)?.0.borrow().clone()))
}

/// Stable sort with Python comparisons; keys computed once.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: &Value,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let keys: Vec<Value> = if key.is_none() {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for it in &items {
            ks.push(vm.call(key, vec![it.clone()])?);
        }
        ks
    };
    // As CPython: a reverse sort reverses, sorts stably, reverses back.
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let mut err = None;
    let mut lt = |x: usize, y: usize| {
        if err.is_some() {
            return false;
        }
        match vm.less_than(&keys[x], &keys[y]) {
            Ok(b) => b,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    if idx.len() < 64 {
        small_sort(&mut idx, &mut lt);
    } else {
        merge_sort(&mut idx, &mut lt);
    }
    if let Some(e) = err {
        return Err(e);
    }
    if reverse {
        idx.reverse();
    }
    Ok(idx.into_iter().map(|i| items[i].clone()).collect())
}

/// CPython's timsort on fewer than 64 items: the first run, then binary
/// insertion. Doing the same comparisons in the same order gives the same
/// errors for values that cannot be compared.
fn small_sort(v: &mut [usize], lt: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut run = 2;
    if lt(v[1], v[0]) {
        while run < n && lt(v[run], v[run - 1]) {
            run += 1;
        }
        v[..run].reverse();
    } else {
        while run < n && !lt(v[run], v[run - 1]) {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = v[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(pivot, v[p]) {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v.copy_within(l..start, l + 1);
        v[l] = pivot;
    }
}

/// Stable merge sort where `less(a, b)` is a strict comparison.
fn merge_sort(v: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    let mut buf = v.to_vec();
    let mut width = 1;
    // Insertion sort runs of 8, then merge.
    let run = 8;
    for chunk in v.chunks_mut(run) {
        for i in 1..chunk.len() {
            let mut j = i;
            while j > 0 && less(chunk[j], chunk[j - 1]) {
                chunk.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    width = width.max(run);
    let mut src_is_v = true;
    while width < n {
        {
            let (src, dst): (&[usize], &mut [usize]) = if src_is_v {
                (&*v, &mut buf[..])
            } else {
                (&buf[..], &mut *v)
            };
            let src = src.to_vec();
            let mut start = 0;
            while start < n {
                let mid = (start + width).min(n);
                let end = (start + 2 * width).min(n);
                let (mut i, mut j, mut k) = (start, mid, start);
                while i < mid && j < end {
                    if less(src[j], src[i]) {
                        dst[k] = src[j];
                        j += 1;
                    } else {
                        dst[k] = src[i];
                        i += 1;
                    }
                    k += 1;
                }
                while i < mid {
                    dst[k] = src[i];
                    i += 1;
                    k += 1;
                }
                while j < end {
                    dst[k] = src[j];
                    j += 1;
                    k += 1;
                }
                start = end;
            }
        }
        src_is_v = !src_is_v;
        width *= 2;
    }
    if !src_is_v {
        v.copy_from_slice(&buf);
    }
}

/// `list.__init__(self, iterable=())`, reached through `super().__init__`
/// in a subclass: refills the list.
fn list_init(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("list", tail(a), 0, 1)?;
    let l = self_list(a)?;
    let items = match a.get(1) {
        Some(it) => vm.collect(it)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *l.0.borrow_mut(), items);
    drop(old);
    Ok(Value::None)
}

/// `sorted()` and `list.sort()` take only `key` and `reverse`.
pub fn check_sort_kwargs(kw: Kw) -> PyResult<()> {
    match kw
        .iter()
        .find(|(k, _)| k.as_str() != "key" && k.as_str() != "reverse")
    {
        Some((k, _)) => Err(PyErr::type_error(format!(
            "'{}' is an invalid keyword argument for sort()",
            k.as_str()
        ))),
        None => Ok(()),
    }
}

fn list_sort(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    check_sort_kwargs(kw)?;
    let l = self_list(a)?;
    let key = kwarg(kw, "key").cloned().unwrap_or(Value::None);
    let reverse = match kwarg(kw, "reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let items = std::mem::take(&mut *l.0.borrow_mut());
    match sort_values(vm, items.clone(), &key, reverse) {
        Ok(sorted) => {
            *l.0.borrow_mut() = sorted;
            Ok(Value::None)
        }
        Err(e) => {
            *l.0.borrow_mut() = items;
            Err(e)
        }
    }
}

pub(super) fn list_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords("list", kw)?;
    nargs("list", a, 0, 1)?;
    match a.first() {
        None => Ok(Value::list(vec![])),
        Some(v) => Ok(Value::list(vm.collect_presized(v)?)),
    }
}

pub(super) fn install(l: &Rc<Class>) {
    add(l, "append", list_append);
    add(l, "extend", list_extend);
    add(l, "insert", list_insert);
    add(l, "pop", list_pop);
    add(l, "remove", list_remove);
    add(l, "index", list_index);
    add(l, "count", list_count);
    add(l, "reverse", list_reverse);
    add(l, "clear", list_clear);
    add(l, "copy", list_copy);
    add(l, "sort", list_sort);
    add(l, "__init__", list_init);
}
