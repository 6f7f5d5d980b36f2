//! Async generators (`async def` with `yield`). The body runs as a
//! coroutine frame (so `await` works as in any coroutine); a `yield` in it
//! hands its value wrapped (`Instr::AsyncGenWrap`), which tells it apart
//! from what an `await` passes through to the event loop. The object a
//! call returns, and the awaitables of `__anext__`/`asend`/`athrow`/
//! `aclose`, are written in Python (`stdlib/py/_asyncgen.py`): they drive
//! the frame with `send`/`throw` and turn a wrapped value into the
//! awaitable's result.

use crate::class::{Class, Instance};
use crate::error::{PyErr, PyResult};
use crate::function::{Builtin, FastPath, NativeFn};
use crate::generator::Generator;
use crate::str::{intern, intern_static};
use crate::types::Kw;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

/// The classes of `_asyncgen`, loaded the first time an async generator
/// is made (before its body can run a `yield`).
pub(crate) struct AsyncGenClasses {
    /// `async_generator`, called with the coroutine frame's generator.
    pub object: Value,
    /// What a `yield` wraps its value in.
    pub wrapped: Rc<Class>,
}

impl Vm {
    fn asyncgen_classes(&mut self) -> PyResult<&AsyncGenClasses> {
        let classes = match self.asyncgen.take() {
            Some(c) => c,
            None => {
                let m = self.import_module("_asyncgen")?;
                let object = self.getattr(&m, &intern_static("async_generator"))?;
                let wrapped = match self.getattr(&m, &intern_static("_Wrapped"))? {
                    Value::Class(c) => c,
                    _ => return Err(PyErr::type_error("_asyncgen._Wrapped is not a class")),
                };
                AsyncGenClasses { object, wrapped }
            }
        };
        Ok(self.asyncgen.insert(classes))
    }

    /// What calling an async generator function returns.
    pub(crate) fn make_async_generator(&mut self, frame_gen: Rc<Generator>) -> PyResult<Value> {
        let class = self.asyncgen_classes()?.object.clone();
        self.call(&class, vec![Value::Generator(frame_gen)])
    }

    /// The value of a `yield` in an async generator, marked as such.
    pub(crate) fn wrap_async_yield(&mut self, v: Value) -> PyResult<Value> {
        let class = self.asyncgen_classes()?.wrapped.clone();
        let inst = crate::gc::new_instance(Instance::new(class));
        inst.dict.set_str(intern_static("value"), v);
        Ok(Value::Instance(inst))
    }
}

/// A special method, looked up on the value's type.
fn type_attr(vm: &Vm, v: &Value, name: &str) -> Option<Value> {
    vm.class_of(v).lookup(&intern(name))
}

/// `aiter(async_iterable)`
fn aiter(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    crate::types::nargs("aiter", a, 1, 1)?;
    let v = &a[0];
    let Some(m) = type_attr(vm, v, "__aiter__") else {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_name(v)
        )));
    };
    let it = vm.call(&m, vec![v.clone()])?;
    if type_attr(vm, &it, "__anext__").is_none() {
        return Err(PyErr::type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

/// `anext(async_iterator[, default])`: the `__anext__()` awaitable, which
/// with a default ends with it instead of StopAsyncIteration.
fn anext(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    crate::types::nargs("anext", a, 1, 2)?;
    let v = &a[0];
    let Some(m) = type_attr(vm, v, "__anext__") else {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an async iterator",
            vm.type_name(v)
        )));
    };
    let awaitable = vm.call(&m, vec![v.clone()])?;
    if a.len() == 1 {
        return Ok(awaitable);
    }
    let module = vm.import_module("_asyncgen")?;
    let wrap = vm.getattr(&module, &intern_static("anext_default"))?;
    vm.call(&wrap, vec![awaitable, a[1].clone()])
}

/// `coroutine.__await__()`: an iterator over the coroutine (CPython's
/// `coroutine_wrapper`), for code that drives an awaitable by hand.
fn coroutine_await(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    crate::types::nargs("__await__", a.get(1..).unwrap_or(&[]), 0, 0)?;
    match a.first() {
        Some(c @ Value::Generator(g)) if g.code.flags.coroutine => {
            let module = vm.import_module("_asyncgen")?;
            let wrapper = vm.getattr(&module, &intern_static("coroutine_wrapper"))?;
            vm.call(&wrapper, vec![c.clone()])
        }
        _ => Err(PyErr::type_error(
            "descriptor '__await__' requires a 'coroutine' object",
        )),
    }
}

pub(crate) fn install_builtins(vm: &mut Vm) {
    let coroutine = vm.types.coroutine.clone();
    crate::types::add_method(&coroutine, "__await__", coroutine_await);
    for (name, func) in [("aiter", aiter as NativeFn), ("anext", anext)] {
        let b = Value::Builtin(Rc::new(Builtin {
            name,
            func,
            bound: Value::Null,
            fast: FastPath::NoKeywords,
            owner: None,
            sig: crate::function::Sig::ANY,
        }));
        vm.builtins
            .set_str(intern(name), crate::function::with_sig("builtins", name, b));
    }
}
