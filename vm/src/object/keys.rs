//! Dict and set keys whose hash or equality is Python code: hashing them,
//! and finding, inserting and removing them in the tables.

use crate::dict::Native;
use crate::dict::PyDict;
use crate::error::{PyErr, PyResult};
use crate::str::intern_static;
use crate::value::{PySet, Value};
use crate::Vm;
use std::cell::RefCell;
use whirl_parser::ast::BinOp;

impl Vm {
    /// `set_binop` for sets holding keys whose `__hash__`/`__eq__` are
    /// Python code: every membership test and insertion goes through them
    /// (the table's own comparison knows only identity for such keys).
    pub(super) fn set_binop_python_keys(
        &mut self,
        op: BinOp,
        x: &PySet,
        y: &PySet,
    ) -> PyResult<Option<Value>> {
        let out = crate::gc::track_set(PySet {
            table: RefCell::new(crate::set::SetTable::default()),
            frozen: x.frozen,
        });
        match op {
            BinOp::BitOr => {
                out.table.borrow_mut().merge(&x.table.borrow())?;
                let keys = y.table.borrow().keys();
                for k in keys {
                    self.set_insert(&out, k)?;
                }
            }
            BinOp::BitAnd => {
                let (small, big) = if x.table.borrow().len() > y.table.borrow().len() {
                    (y, x)
                } else {
                    (x, y)
                };
                let keys = small.table.borrow().keys();
                for k in keys {
                    if self.set_contains(big, &k)? {
                        self.set_insert(&out, k)?;
                    }
                }
            }
            BinOp::Sub => {
                let keys = x.table.borrow().keys();
                for k in keys {
                    if !self.set_contains(y, &k)? {
                        self.set_insert(&out, k)?;
                    }
                }
            }
            BinOp::BitXor => {
                out.table.borrow_mut().merge(&y.table.borrow())?;
                let keys = x.table.borrow().keys();
                for k in keys {
                    if self.set_contains(&out, &k)? {
                        self.set_remove_key(&out, &k)?;
                    } else {
                        self.set_insert(&out, k)?;
                    }
                }
            }
            _ => return Ok(None),
        }
        Ok(Some(Value::Set(out)))
    }

    pub(super) fn key_needs_vm(&self, k: &Value) -> bool {
        match k {
            Value::Instance(i) => {
                !i.base.is_null()
                    || matches!(
                        i.class.lookup(&intern_static("__hash__")),
                        Some(Value::Function(_))
                    )
                    || matches!(
                        i.class.lookup(&intern_static("__eq__")),
                        Some(Value::Function(_))
                    )
            }
            Value::Tuple(t) => t.0.iter().any(|x| self.key_needs_vm(x)),
            _ => false,
        }
    }

    /// `hash(k)` as a dict sees it.
    pub fn key_hash(&mut self, k: &Value) -> PyResult<u64> {
        match k {
            Value::Instance(i) => match i.class.lookup(&intern_static("__hash__")) {
                Some(m @ Value::Function(_)) => match self.call(&m, vec![k.clone()])? {
                    Value::Int(n) => Ok(crate::dict::hash_int(n)),
                    Value::BigInt(b) => crate::dict::hash_value(&Value::BigInt(b)),
                    _ => Err(PyErr::type_error(
                        "__hash__ method should return an integer",
                    )),
                },
                Some(Value::None) => Err(PyErr::type_error(format!(
                    "unhashable type: '{}'",
                    i.class.name
                ))),
                _ if !i.base.is_null() => {
                    let b = i.base.clone();
                    self.key_hash(&b)
                }
                _ => crate::dict::hash_value(k),
            },
            Value::Tuple(t) if self.key_needs_vm(k) => {
                let mut hashes = Vec::with_capacity(t.0.len());
                for item in t.0.iter() {
                    hashes.push(self.key_hash(item)?);
                }
                Ok(crate::dict::tuple_hash(&hashes))
            }
            _ => crate::dict::hash_value(k),
        }
    }

    fn table_find<T: crate::dict::KeyTable>(
        &mut self,
        t: &RefCell<T>,
        k: &Value,
    ) -> PyResult<(u64, Option<usize>)> {
        let h = self.key_hash(k)?;
        // A key's `__eq__` is Python code, which may change the table
        // (clear it, resize it): the search starts again when the entry
        // compared is no longer where it was, as CPython's lookups do, so
        // a slot found is always current.
        'search: loop {
            let cands = t.borrow().candidates(h);
            for (idx, ck) in cands {
                if ck.is(k) {
                    return Ok((h, Some(idx)));
                }
                let equal = self.eq(&ck, k)?;
                if !t.borrow().holds(idx, &ck) {
                    continue 'search;
                }
                if equal {
                    return Ok((h, Some(idx)));
                }
            }
            return Ok((h, None));
        }
    }

    pub fn dict_get(&mut self, d: &PyDict, k: &Value) -> PyResult<Option<Value>> {
        if !self.key_needs_vm(k) {
            if let Native::Done(v) = d.0.borrow().get_or_defer(k)? {
                return Ok(v);
            }
        }
        let (_, idx) = self.table_find(&d.0, k)?;
        Ok(idx.map(|i| d.0.borrow().value_at(i)))
    }

    pub fn dict_set(&mut self, d: &PyDict, k: Value, v: Value) -> PyResult<()> {
        if !self.key_needs_vm(&k) {
            if let Native::Done(()) = d.0.borrow_mut().set_or_defer(&k, &v)? {
                return Ok(());
            }
        }
        match self.table_find(&d.0, &k)? {
            (_, Some(i)) => {
                d.0.borrow_mut().set_value_at(i, v);
            }
            (h, None) => d.0.borrow_mut().insert_new(h, k, v),
        }
        Ok(())
    }

    pub fn dict_remove(&mut self, d: &PyDict, k: &Value) -> PyResult<Option<Value>> {
        if !self.key_needs_vm(k) {
            if let Native::Done(v) = d.0.borrow_mut().remove_or_defer(k)? {
                return Ok(v);
            }
        }
        let (_, idx) = self.table_find(&d.0, k)?;
        Ok(idx.map(|i| d.0.borrow_mut().remove_at(i)))
    }

    pub fn set_contains(&mut self, s: &PySet, k: &Value) -> PyResult<bool> {
        if let Some(frozen) = frozen_key(k) {
            return self.set_contains(s, &frozen);
        }
        if !self.key_needs_vm(k) {
            if let Native::Done(b) = s.table.borrow().contains_or_defer(k)? {
                return Ok(b);
            }
        }
        Ok(self.table_find(&s.table, k)?.1.is_some())
    }

    /// Removes `k` from a set, comparing with Python `__eq__` where a
    /// key needs it (as `set_contains` finds it).
    pub fn set_remove_key(&mut self, s: &PySet, k: &Value) -> PyResult<Option<Value>> {
        if let Some(frozen) = frozen_key(k) {
            return self.set_remove_key(s, &frozen);
        }
        if !self.key_needs_vm(k) {
            if let Native::Done(v) = s.table.borrow_mut().remove_or_defer(k)? {
                return Ok(v);
            }
        }
        let (_, idx) = self.table_find(&s.table, k)?;
        Ok(idx.map(|i| s.table.borrow_mut().remove_at(i)))
    }

    pub fn set_insert(&mut self, s: &PySet, k: Value) -> PyResult<()> {
        if !self.key_needs_vm(&k) {
            if let Native::Done(()) = s.table.borrow_mut().insert_or_defer(&k)? {
                return Ok(());
            }
        }
        if let (h, None) = self.table_find(&s.table, &k)? {
            s.table.borrow_mut().insert_new(h, k, Value::None);
        }
        Ok(())
    }
}

/// A set looked up in a set stands for the frozenset of its items, as
/// CPython's `in`, `remove` and `discard` take it (a set is unhashable).
fn frozen_key(k: &Value) -> Option<Value> {
    let items = match k {
        Value::Set(ks) if !ks.frozen => ks.table.borrow().clone(),
        // An instance of a set subclass, unless it makes itself hashable.
        Value::Instance(i) => match &i.base {
            Value::Set(ks)
                if !ks.frozen
                    && i.class
                        .lookup(&crate::str::intern_static("__hash__"))
                        .is_none_or(|h| h.is_none()) =>
            {
                ks.table.borrow().clone()
            }
            _ => return None,
        },
        _ => return None,
    };
    Some(Value::Set(std::rc::Rc::new(PySet {
        table: RefCell::new(items),
        frozen: true,
    })))
}
