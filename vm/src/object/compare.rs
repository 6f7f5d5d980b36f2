//! Truth and comparison: `bool(x)`, `==` and the rich comparisons with
//! user-defined dunders and CPython's reflected-operand rules.

use super::base_value;
use crate::error::{ExcType, PyErr, PyResult};
use crate::ops;
use crate::value::{PySet, Value};
use crate::Vm;
use std::cmp::Ordering;
use std::rc::Rc;
use whirl_parser::ast::CmpOp;

impl Vm {
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
            // A dict view is as true as its dict; other iterators are true.
            Value::Iterator(ni) => match &*ni.state.borrow() {
                crate::iter::IterState::View { dict, .. } => !dict.is_empty(),
                _ => true,
            },
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
        let (name, rname) = compare_dunder_names(op);
        // Errors name the operands' own types, not their builtin bases.
        let shown = (a, b);
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
                if let Some(r) = self.compare_by_method(op, reflected, n, a, b)? {
                    return Ok(r);
                }
            }
            return self.compare_by_identity(op, a, b);
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
        let ord = self.order(a, b, op, shown)?;
        Ok(Value::Bool(match (op, ord) {
            (_, None) => false,
            (CmpOp::Lt, Some(o)) => o == Ordering::Less,
            (CmpOp::LtE, Some(o)) => o != Ordering::Greater,
            (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
            (CmpOp::GtE, Some(o)) => o != Ordering::Less,
            _ => false,
        }))
    }

    /// One step of comparing instances: `a`'s method `n` (or, `reflected`,
    /// `b`'s), None when it has none or it answered NotImplemented.
    fn compare_by_method(
        &mut self,
        op: CmpOp,
        reflected: bool,
        n: &'static str,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        let (x, y) = if reflected { (b, a) } else { (a, b) };
        if let Some(m) = self.dunder(x, n) {
            let r = self.call_compare_method(&m, x, y)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        } else if n == "__ne__" && matches!(x, Value::Instance(_)) {
            if let Some(m) = self.dunder(x, "__eq__") {
                let r = self.call_compare_method(&m, x, y)?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(Value::Bool(!self.truthy(&r)?)));
                }
            }
        } else if let Some(r) = self.builtin_slot_compare(op, reflected, x, y)? {
            return Ok(Some(r));
        }
        Ok(None)
    }

    /// `x.<m>(y)` for a comparison method `m` found on `x`'s class. When
    /// it is a descriptor (a property) whose binding fails, CPython's rich
    /// comparison drops the error and takes the method as missing:
    /// NotImplemented.
    fn call_compare_method(&mut self, m: &Value, x: &Value, y: &Value) -> PyResult<Value> {
        if let Some(attr) = super::special_method_attr(m) {
            let attr = attr.clone();
            return match super::bind_special(self, &attr, x) {
                Ok(bound) => self.call(&bound, vec![y.clone()]),
                Err(_) => Ok(Value::NotImplemented),
            };
        }
        self.call(m, vec![x.clone(), y.clone()])
    }

    /// The end of comparing instances no method answered: `==` and `!=`
    /// by identity, an ordering a TypeError.
    fn compare_by_identity(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.order_error(op, a, b)),
        }
    }

    /// `a <op> b` once `a`'s own method, run by the dispatch loop (see
    /// interp/dunder_call.rs), answered NotImplemented: `b`'s reflected
    /// method, then identity. The loop runs it only where `compare` would
    /// have asked `a` first.
    pub(crate) fn compare_reflected(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        let rname = compare_dunder_names(op).1;
        if let Some(r) = self.compare_by_method(op, true, rname, a, b)? {
            return Ok(r);
        }
        self.compare_by_identity(op, a, b)
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
        let same_kind = std::mem::discriminant(&xb) == std::mem::discriminant(&yb);
        let comparable = (numeric(&xb) && numeric(&yb))
            || (matches!(
                xb,
                Value::Str(_) | Value::Bytes(_) | Value::Tuple(_) | Value::List(_) | Value::Set(_)
            ) && same_kind)
            // Dicts have only equality (`{..} == DictSub(..)` after the
            // subclass's `__eq__` declined).
            || (matches!(xb, Value::Dict(_)) && same_kind && matches!(op, CmpOp::Eq | CmpOp::NotEq));
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
            // Items of one builtin kind order without the protocol (a
            // heap of `(time, seq, task)` tuples compares floats and ints).
            // NaN (no order) goes on to the protocol.
            let direct = match (p, q) {
                (Value::Int(a), Value::Int(b)) => Some(a.cmp(b)),
                (Value::Float(a), Value::Float(b)) => a.partial_cmp(b),
                (Value::Str(a), Value::Str(b)) => Some(a.py_cmp(b)),
                _ => None,
            };
            match direct {
                Some(Ordering::Equal) => continue,
                Some(o) => return Ok(Some(o)),
                None => {}
            }
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

    /// Ordering of builtin values (None for unordered floats or sets);
    /// the error names `shown`, the operands before a builtin subclass's
    /// value was unwrapped.
    fn order(
        &mut self,
        a: &Value,
        b: &Value,
        op: CmpOp,
        shown: (&Value, &Value),
    ) -> PyResult<Option<Ordering>> {
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
            (Value::Tuple(x), Value::Tuple(y)) => {
                // Tuples cannot change under the items' comparisons: no copy.
                let (x, y) = (x.clone(), y.clone());
                self.nested(" in comparison", |vm| vm.seq_order(&x.0, &y.0))
            }
            (Value::List(_), Value::List(_)) => {
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
            _ => Err(self.order_error(op, shown.0, shown.1)),
        }
    }

    /// Sorting comparison: `a < b` by Python's rules.
    pub fn less_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Float(x), Value::Float(y)) => Ok(x < y),
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
}

/// The method of a rich comparison and its reflection (`<` and `>`).
pub(crate) fn compare_dunder_names(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        // `is`, `is not`, `in` and `not in` are no rich comparisons:
        // callers answer them before asking for names.
        _ => ("__eq__", "__eq__"),
    }
}
