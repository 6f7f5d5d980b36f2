//! Iteration: `iter(x)`, `next(it)`, collecting an iterable, length hints.

use super::base_value;
use crate::error::{ExcType, PyErr, PyResult};
use crate::iter::{IterState, NativeIter};
use crate::str::{intern, intern_static};
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

impl Vm {
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
            Value::ByteArray(b) => {
                NativeIter::new("bytearray_iterator", IterState::ByteArray(b.clone(), 0))
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
                        left: len,
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
                            left: len,
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
            Zip(Rc<[Value]>),
            Map(Value, Rc<[Value]>),
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
                IterState::ByteArray(b, i) => Step::Done(match b.data.borrow().get(*i) {
                    Some(&byte) => {
                        *i += 1;
                        Some(Value::Int(i64::from(byte)))
                    }
                    None => {
                        *i = usize::MAX;
                        None
                    }
                }),
                IterState::ByteArrayReversed(b, i) => Step::Done(
                    match i
                        .checked_sub(1)
                        .and_then(|at| b.data.borrow().get(at).copied())
                    {
                        Some(byte) => {
                            *i -= 1;
                            Some(Value::Int(i64::from(byte)))
                        }
                        None => {
                            *i = 0;
                            None
                        }
                    },
                ),
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
                    left,
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
                        // More entries than there were: keys were deleted
                        // and others added. The iterator is spent after.
                        Some(_) if *left == 0 => {
                            *pos = usize::MAX;
                            return Err(PyErr::new(
                                ExcType::RuntimeError,
                                "dictionary keys changed during iteration",
                            ));
                        }
                        Some((p, e)) => {
                            *pos = p + 1;
                            *left -= 1;
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
                for it in iters.iter() {
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
                for it in iters.iter() {
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
                    && i.class
                        .lookup_above_builtin(&intern_static("__iter__"))
                        .is_none() =>
            {
                self.mapping_items(&i.base.clone())
            }
            _ => {
                let keys = match self.getattr(m, &intern_static("keys")) {
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
        let delegating = g.resume_ip().is_some_and(|ip| {
            matches!(
                g.code.instrs.get(ip as usize),
                Some(crate::code::Instr::YieldFrom)
            )
        });
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
        let enter = match self.lookup_special(&mgr, "__aenter__") {
            Some(r) => r?,
            None => return Err(no_protocol(self, "")),
        };
        let exit = match self.lookup_special(&mgr, "__aexit__") {
            Some(r) => r?,
            None => return Err(no_protocol(self, " (missed __aexit__ method)")),
        };
        let awaitable = self.call(&enter, vec![])?;
        Ok((exit, awaitable))
    }

    /// What `__aiter__` returned must have `__anext__`.
    pub(crate) fn check_async_iterator(&mut self, it: &Value) -> PyResult<()> {
        if self
            .class_of(it)
            .lookup(&intern_static("__anext__"))
            .is_none()
        {
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
        IterState::ByteArray(b, i) => b.data.borrow().len().saturating_sub(*i),
        IterState::ByteArrayReversed(b, i) => {
            if *i <= b.data.borrow().len() {
                *i
            } else {
                0
            }
        }
        IterState::Str(s, pos) => s.as_str().get(*pos..).map_or(0, |t| t.chars().count()),
        IterState::Dict {
            dict, len, left, ..
        } => {
            if dict.len() != *len {
                0 // changed size: the next step raises
            } else {
                *left
            }
        }
        IterState::Done => 0,
        _ => return None,
    })
}
