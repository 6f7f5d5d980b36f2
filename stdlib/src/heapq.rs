//! `_heapq`: the heap operations of `heapq` over a list, native as
//! CPython's C module is. Heap-driven schedulers and simulations push and
//! pop on every event; written in Python, the sift loops were most of their
//! time. `stdlib/py/heapq.py` imports these and adds `merge`, `nsmallest`
//! and `nlargest`.
//!
//! The sifts are CPython's (the bottom-up `_siftup` then `_siftdown`), so
//! equal items come out in the same order. An item's `__lt__` may run
//! Python code that changes the list: no borrow of the list is held across
//! a comparison, and a change of its length raises CPython's RuntimeError.

use std::rc::Rc;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::{PyList, Value};
use whirl_vm::Vm;

/// `a < b` as the heap orders items (a max-heap swaps the operands):
/// the VM's sorting comparison, direct for ints, floats and strings.
fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    vm.less_than(a, b)
}

/// The list a heap function works on: a list or an instance of a list
/// subclass, else CPython's TypeError (`argument 1` when the function
/// takes an item too).
fn heap_arg<'a>(vm: &Vm, v: &'a Value, func: &str, single: bool) -> PyResult<&'a Rc<PyList>> {
    match v {
        Value::List(l) => return Ok(l),
        Value::Instance(i) => {
            if let Value::List(l) = &i.base {
                return Ok(l);
            }
        }
        _ => {}
    }
    let what = if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    };
    let which = if single { "" } else { " 1" };
    Err(PyErr::type_error(format!(
        "{func}() argument{which} must be list, not {what}"
    )))
}

fn one_arg<'a>(a: &'a [Value], kw: Kw, func: &str) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "_heapq.{func}() takes no keyword arguments"
        )));
    }
    match a {
        [v] => Ok(v),
        _ => Err(PyErr::type_error(format!(
            "_heapq.{func}() takes exactly one argument ({} given)",
            a.len()
        ))),
    }
}

fn two_args<'a>(a: &'a [Value], kw: Kw, func: &str) -> PyResult<(&'a Value, &'a Value)> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{func}() takes no keyword arguments"
        )));
    }
    match a {
        [h, x] => Ok((h, x)),
        _ => Err(PyErr::type_error(format!(
            "{func} expected 2 arguments, got {}",
            a.len()
        ))),
    }
}

/// Item `i` of the heap, or the error CPython gives when a comparison
/// shrank the list under the sift.
fn item(heap: &PyList, i: usize) -> PyResult<Value> {
    heap.0.borrow().get(i).cloned().ok_or_else(changed_size)
}

fn changed_size() -> PyErr {
    PyErr::new(ExcType::RuntimeError, "list changed size during iteration")
}

fn set(heap: &PyList, i: usize, v: Value) -> PyResult<()> {
    match heap.0.borrow_mut().get_mut(i) {
        Some(slot) => {
            // The old value is dropped after the borrow ends (its
            // destructor may run Python code that looks at the list).
            let old = std::mem::replace(slot, v);
            drop(old);
            Ok(())
        }
        None => Err(changed_size()),
    }
}

/// Moves the item at `pos` up towards `top` while it orders before its
/// parent (CPython's `_siftdown`). `max`: a max-heap.
fn sift_down(vm: &mut Vm, heap: &PyList, top: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = heap.0.borrow().len();
    let new = item(heap, pos)?;
    while pos > top {
        let up = (pos - 1) >> 1;
        let parent = item(heap, up)?;
        let before = if max {
            less(vm, &parent, &new)?
        } else {
            less(vm, &new, &parent)?
        };
        if heap.0.borrow().len() != size {
            return Err(changed_size());
        }
        if !before {
            break;
        }
        set(heap, pos, parent)?;
        pos = up;
    }
    set(heap, pos, new)
}

/// Walks the smaller child up into the hole at `pos` down to a leaf, then
/// sifts the displaced item back (CPython's `_siftup`).
fn sift_up(vm: &mut Vm, heap: &PyList, mut pos: usize, max: bool) -> PyResult<()> {
    let size = heap.0.borrow().len();
    let top = pos;
    let new = item(heap, pos)?;
    let mut child = 2 * pos + 1;
    while child < size {
        let right = child + 1;
        if right < size {
            let (c, r) = (item(heap, child)?, item(heap, right)?);
            let child_first = if max {
                less(vm, &r, &c)?
            } else {
                less(vm, &c, &r)?
            };
            if heap.0.borrow().len() != size {
                return Err(changed_size());
            }
            if !child_first {
                child = right;
            }
        }
        let c = item(heap, child)?;
        set(heap, pos, c)?;
        pos = child;
        child = 2 * pos + 1;
    }
    set(heap, pos, new)?;
    sift_down(vm, heap, top, pos, max)
}

fn heappush(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (h, x) = two_args(a, kw, "heappush")?;
    let heap = heap_arg(vm, h, "heappush", false)?;
    let last = {
        let mut items = heap.0.borrow_mut();
        items.push(x.clone());
        items.len() - 1
    };
    sift_down(vm, heap, 0, last, false)?;
    Ok(Value::None)
}

/// Pops the top of the heap (`max`: of a max-heap).
fn pop(vm: &mut Vm, heap: &PyList, max: bool) -> PyResult<Value> {
    let last = heap
        .0
        .borrow_mut()
        .pop()
        .ok_or_else(|| PyErr::new(ExcType::IndexError, "index out of range"))?;
    let top = {
        let mut items = heap.0.borrow_mut();
        match items.first_mut() {
            Some(slot) => std::mem::replace(slot, last),
            None => return Ok(last),
        }
    };
    sift_up(vm, heap, 0, max)?;
    Ok(top)
}

fn heappop(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let h = one_arg(a, kw, "heappop")?;
    let heap = heap_arg(vm, h, "heappop", true)?;
    pop(vm, heap, false)
}

fn heappop_max(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let h = one_arg(a, kw, "_heappop_max")?;
    let heap = heap_arg(vm, h, "_heappop_max", true)?;
    pop(vm, heap, true)
}

/// Replaces the top with `x` and returns the old top.
fn replace(vm: &mut Vm, heap: &PyList, x: &Value, max: bool) -> PyResult<Value> {
    let top = {
        let mut items = heap.0.borrow_mut();
        match items.first_mut() {
            Some(slot) => std::mem::replace(slot, x.clone()),
            None => return Err(PyErr::new(ExcType::IndexError, "index out of range")),
        }
    };
    sift_up(vm, heap, 0, max)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (h, x) = two_args(a, kw, "heapreplace")?;
    let heap = heap_arg(vm, h, "heapreplace", false)?;
    replace(vm, heap, x, false)
}

fn heapreplace_max(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (h, x) = two_args(a, kw, "_heapreplace_max")?;
    let heap = heap_arg(vm, h, "_heapreplace_max", false)?;
    replace(vm, heap, x, true)
}

fn heappushpop(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (h, x) = two_args(a, kw, "heappushpop")?;
    let heap = heap_arg(vm, h, "heappushpop", false)?;
    let Some(top) = heap.0.borrow().first().cloned() else {
        return Ok(x.clone());
    };
    if !less(vm, &top, x)? {
        return Ok(x.clone());
    }
    // `replace` raises CPython's IndexError if the comparison emptied it.
    replace(vm, heap, x, false)
}

fn heapify_impl(vm: &mut Vm, heap: &PyList, max: bool) -> PyResult<Value> {
    let n = heap.0.borrow().len();
    for pos in (0..n / 2).rev() {
        sift_up(vm, heap, pos, max)?;
    }
    Ok(Value::None)
}

fn heapify(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let h = one_arg(a, kw, "heapify")?;
    let heap = heap_arg(vm, h, "heapify", true)?;
    heapify_impl(vm, heap, false)
}

fn heapify_max(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let h = one_arg(a, kw, "_heapify_max")?;
    let heap = heap_arg(vm, h, "_heapify_max", true)?;
    heapify_impl(vm, heap, true)
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    Ok(vm.make_module(
        "_heapq",
        vec![
            f("heappush", heappush),
            f("heappop", heappop),
            f("heapreplace", heapreplace),
            f("heappushpop", heappushpop),
            f("heapify", heapify),
            f("_heapify_max", heapify_max),
            f("_heappop_max", heappop_max),
            f("_heapreplace_max", heapreplace_max),
        ],
    ))
}
