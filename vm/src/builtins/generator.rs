//! Methods of generators and coroutines: `send`, `throw`, `close`,
//! `__next__` (the objects themselves are `interp/generator.rs`).

use super::types::{add, add_fast, nargs, tail, Kw};
use crate::class::Class;
use crate::error::{PyErr, PyResult};
use crate::function::FastPath;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

fn gen_of(vm: &Vm, a: &[Value]) -> PyResult<Rc<crate::generator::Generator>> {
    match a.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        Some(other) => Err(PyErr::type_error(format!(
            "descriptor requires a 'generator' object but received '{}'",
            vm.type_name(other)
        ))),
        None => Err(PyErr::type_error("descriptor needs an argument")),
    }
}

pub(super) fn gen_send(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("send", tail(a), 1, 1)?;
    let g = gen_of(vm, a)?;
    vm.gen_send(&g, a[1].clone())
}

fn gen_next(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__next__", tail(a), 0, 0)?;
    let g = gen_of(vm, a)?;
    vm.gen_send(&g, Value::None)
}

pub(super) fn gen_throw(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("throw", tail(a), 1, 3)?;
    let g = gen_of(vm, a)?;
    if let Some(tb) = a.get(3) {
        if !tb.is_none() && vm.type_name(tb) != "traceback" {
            return Err(PyErr::type_error(
                "throw() third argument must be a traceback object",
            ));
        }
    }
    let exc = match (&a[1], a.get(2)) {
        // throw(type, value): value when it is an instance of type, else
        // type(*value) for a tuple, else type(value) (CPython normalizes
        // the pair so).
        (Value::Class(c), Some(v)) if !v.is_none() && c.exc_type.is_some() => {
            if matches!(v, Value::Instance(i) if i.class.is_subclass(c)) {
                vm.make_raisable(v.clone())?
            } else {
                let args = match v {
                    Value::Tuple(t) => t.0.to_vec(),
                    v => vec![v.clone()],
                };
                // An error making the exception is what gets thrown in.
                match vm.call_class(c, args, vec![]) {
                    Ok(Value::Instance(i)) if i.exc.is_some() => PyErr::Raised(i),
                    Ok(other) => PyErr::type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        vm.repr(&Value::Class(c.clone()))?,
                        vm.type_name(&other)
                    )),
                    Err(e) => e,
                }
            }
        }
        (Value::Instance(i), Some(v)) if i.exc.is_some() && !v.is_none() => {
            return Err(PyErr::type_error(
                "instance exception may not have a separate value",
            ))
        }
        (v, _) => {
            let ok = match v {
                Value::Class(c) => c.exc_type.is_some(),
                Value::Instance(i) => i.exc.is_some(),
                _ => false,
            };
            if !ok {
                return Err(PyErr::type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {}",
                    vm.type_name(v)
                )));
            }
            match v {
                // A class whose call fails: that error is thrown in.
                Value::Class(c) => match vm.call_class(c, vec![], vec![]) {
                    Ok(Value::Instance(i)) if i.exc.is_some() => PyErr::Raised(i),
                    Ok(other) => PyErr::type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        vm.repr(v)?,
                        vm.type_name(&other)
                    )),
                    Err(e) => e,
                },
                _ => vm.make_raisable(v.clone())?,
            }
        }
    };
    // throw(type, value, tb): the exception carries tb.
    if let (Some(tb), PyErr::Raised(i)) = (a.get(3), &exc) {
        if !tb.is_none() {
            vm.set_traceback(i, tb)?;
        }
    }
    vm.gen_throw(&g, exc)
}

pub(super) fn gen_close(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let g = gen_of(vm, a)?;
    vm.gen_close(&g)
}

pub(super) fn install(generator: &Rc<Class>, coroutine: &Rc<Class>) {
    for g in [generator, coroutine] {
        add_fast(g, "send", gen_send, FastPath::GenSend);
        add(g, "throw", gen_throw);
        add(g, "close", gen_close);
    }
    // A coroutine is not an iterator: `await` drives it, or the iterator
    // its `__await__()` returns (asyncgen.rs).
    add_fast(generator, "__next__", gen_next, FastPath::GenNext);
    add_fast(generator, "next", gen_next, FastPath::GenNext);
}
