//! Subscripts: `x[i]`, `x[i] = v`, `del x[i]` on builtin containers and
//! through `__getitem__`/`__setitem__`/`__delitem__`/`__class_getitem__`.

use super::base_value;
use crate::error::{ExcType, PyErr, PyResult};
use crate::ops;
use crate::str::intern_static;
use crate::value::{PySlice, Value};
use crate::Vm;
use std::rc::Rc;

impl Vm {
    pub(crate) fn index_of(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(PyErr::new(
                    ExcType::IndexError,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
            _ if what == "string" => {
                return Err(PyErr::type_error(format!(
                    "string indices must be integers, not '{}'",
                    self.type_name(key)
                )))
            }
            // Rare path: an object with `__index__` (an int subclass, a
            // user class) is the int it gives.
            Value::Instance(_) if self.dunder(key, "__index__").is_some() => {
                let n = self.call_method_native(key, "__index__", vec![])?;
                if !matches!(n, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                    return Err(PyErr::type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&n)
                    )));
                }
                return self.index_of(&n, len, what);
            }
            _ => {
                let kind = match what {
                    "index" => "byte",
                    "list assignment" => "list",
                    "range object" => "range",
                    other => other,
                };
                return Err(PyErr::type_error(format!(
                    "{kind} indices must be integers or slices, not {}",
                    self.type_name(key)
                )));
            }
        };
        let idx = if i < 0 { i + len as i64 } else { i };
        if idx < 0 || idx as usize >= len {
            return Err(PyErr::new(
                ExcType::IndexError,
                format!("{what} index out of range"),
            ));
        }
        Ok(idx as usize)
    }

    /// Resolves a slice against a length: (start, stop, step, count).
    pub(crate) fn slice_indices(
        &mut self,
        s: &PySlice,
        len: usize,
    ) -> PyResult<(i64, i64, i64, usize)> {
        let get = |v: &Value| -> PyResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                Value::Int(i) => Ok(Some(*i)),
                Value::Bool(b) => Ok(Some(*b as i64)),
                Value::BigInt(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                _ => Err(PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = get(&s.step)?.unwrap_or(1).max(-i64::MAX);
        if step == 0 {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let adjust = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
            match v {
                None => default,
                Some(mut x) => {
                    if x < 0 {
                        x += len;
                        if x < lo {
                            x = lo;
                        }
                    } else if x > hi {
                        x = hi;
                    }
                    x
                }
            }
        };
        let (start, stop) = if step > 0 {
            (
                adjust(get(&s.start)?, 0, 0, len),
                adjust(get(&s.stop)?, len, 0, len),
            )
        } else {
            (
                adjust(get(&s.start)?, len - 1, -1, len - 1),
                adjust(get(&s.stop)?, -1, -1, len - 1),
            )
        };
        // Written so that a step near i64::MAX cannot overflow.
        let count = if step > 0 {
            if stop > start {
                ((stop - start - 1) / step + 1) as usize
            } else {
                0
            }
        } else if start > stop {
            ((start - stop - 1) / step.saturating_neg() + 1) as usize
        } else {
            0
        };
        Ok((start, stop, step, count))
    }

    fn slice_vec(&mut self, items: &[Value], s: &PySlice) -> PyResult<Vec<Value>> {
        let (start, _, step, n) = self.slice_indices(s, items.len())?;
        Ok((0..n)
            .map(|k| items[(start + k as i64 * step) as usize].clone())
            .collect())
    }

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match (obj, key) {
            (Value::List(l), Value::Slice(s)) => {
                let len = l.0.borrow().len();
                let (start, _, step, n) = self.slice_indices(s, len)?;
                let items = l.0.borrow();
                let out = if step == 1 {
                    items[start as usize..start as usize + n].to_vec()
                } else {
                    (0..n)
                        .map(|k| items[(start + k as i64 * step) as usize].clone())
                        .collect()
                };
                drop(items);
                Ok(Value::list(out))
            }
            (Value::List(l), _) => {
                let len = l.0.borrow().len();
                let i = self.index_of(key, len, "list")?;
                // `get`: a key's `__index__` may have shrunk the list.
                l.0.borrow()
                    .get(i)
                    .cloned()
                    .ok_or_else(|| PyErr::new(ExcType::IndexError, "list index out of range"))
            }
            (Value::Tuple(t), Value::Slice(s)) => Ok(Value::tuple(self.slice_vec(&t.0, s)?)),
            (Value::Tuple(t), _) => {
                let i = self.index_of(key, t.0.len(), "tuple")?;
                Ok(t.0[i].clone())
            }
            (Value::Str(s), Value::Slice(sl)) => {
                let (start, _, step, n) = self.slice_indices(sl, s.char_len())?;
                if step == 1 {
                    let a = s.byte_offset(start as usize);
                    let b = s.byte_offset(start as usize + n);
                    return Ok(Value::str(&s.as_str()[a..b]));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                let out: String = (0..n)
                    .map(|k| chars[(start + k as i64 * step) as usize])
                    .collect();
                Ok(Value::string(out))
            }
            (Value::Str(s), _) => {
                let i = self.index_of(key, s.char_len(), "string")?;
                Ok(Value::string(s.char_at(i).to_string()))
            }
            (Value::Bytes(b), Value::Slice(sl)) => {
                let (start, _, step, n) = self.slice_indices(sl, b.len())?;
                Ok(Value::Bytes(Rc::new(
                    (0..n)
                        .map(|k| b[(start + k as i64 * step) as usize])
                        .collect(),
                )))
            }
            (Value::Bytes(b), _) => {
                let i = self.index_of(key, b.len(), "index")?;
                Ok(Value::Int(b[i] as i64))
            }
            (Value::Range(r), Value::Slice(sl)) => {
                let (start, _, step, n) = self.slice_indices(sl, r.len() as usize)?;
                let nstart = r.start + start * r.step;
                let nstep = r.step * step;
                Ok(Value::Range(Rc::new(crate::value::PyRange::new(
                    nstart,
                    nstart + n as i64 * nstep,
                    nstep,
                ))))
            }
            (Value::Range(r), Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
                if r.big.is_some() || matches!(key, Value::BigInt(_)) =>
            {
                let i = ops::int_to_bigint(key).unwrap_or_default();
                match r.big_item(&i) {
                    Some(v) => Ok(Value::from_bigint(v)),
                    None => Err(PyErr::new(
                        ExcType::IndexError,
                        "range object index out of range",
                    )),
                }
            }
            (Value::Range(r), _) => {
                let i = self.index_of(key, r.len() as usize, "range object")?;
                Ok(Value::Int(r.start + i as i64 * r.step))
            }
            (Value::Dict(d), _) => match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => Err(PyErr::with_args(ExcType::KeyError, vec![key.clone()])),
            },
            (Value::ByteArray(b), Value::Slice(s)) => {
                let data = b.data.borrow().clone();
                let (start, _, step, n) = self.slice_indices(s, data.len())?;
                let out = (0..n)
                    .map(|k| data[(start + k as i64 * step) as usize])
                    .collect();
                Ok(crate::bytearray::new_bytearray(out))
            }
            (Value::ByteArray(b), _) => {
                let len = b.data.borrow().len();
                let i = self.index_of(key, len, "bytearray")?;
                let byte = b.data.borrow().get(i).copied();
                byte.map(|c| Value::Int(c as i64))
                    .ok_or_else(|| PyErr::new(ExcType::IndexError, "bytearray index out of range"))
            }
            (Value::MemoryView(m), _) => crate::memoryview::getitem(self, m, key),
            (Value::Instance(_), _) => match self.dunder(obj, "__getitem__") {
                Some(m) => self.call(&m, vec![obj.clone(), key.clone()]),
                None => match base_value(obj) {
                    Some(Value::Dict(d)) => match self.dict_get(&d, key)? {
                        Some(v) => Ok(v),
                        None => match self.dunder(obj, "__missing__") {
                            Some(m) => self.call(&m, vec![obj.clone(), key.clone()]),
                            None => Err(PyErr::with_args(ExcType::KeyError, vec![key.clone()])),
                        },
                    },
                    Some(b) => self.getitem(&b, key),
                    None => Err(PyErr::type_error(format!(
                        "'{}' object is not subscriptable",
                        self.type_name(obj)
                    ))),
                },
            },
            (Value::Class(c), _) => {
                if let Some(m) = self.dunder(obj, "__getitem__") {
                    return self.call(&m, vec![obj.clone(), key.clone()]);
                }
                if let Some(cg) = c.lookup(&intern_static("__class_getitem__")) {
                    let cg = self.class_attr_get(cg, c)?;
                    return self.call(&cg, vec![key.clone()]);
                }
                if c.builtin.is_some() && crate::generic_alias::is_generic_builtin(&c.name) {
                    return crate::generic_alias::alias(self, obj, key);
                }
                // ExceptionGroup[T] (BaseExceptionGroup's __class_getitem__).
                if c.exc_type.is_some()
                    && c.is_subclass(&self.exc_class(ExcType::BaseExceptionGroup))
                {
                    return crate::generic_alias::alias(self, obj, key);
                }
                Err(PyErr::type_error(format!(
                    "type '{}' is not subscriptable",
                    c.name
                )))
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(obj)
            ))),
        }
    }

    pub fn setitem(&mut self, obj: &Value, key: Value, v: Value) -> PyResult<()> {
        match (obj, &key) {
            (Value::List(l), Value::Slice(s)) => {
                let new = self.collect(&v)?;
                let len = l.0.borrow().len();
                let (start, _, step, n) = self.slice_indices(s, len)?;
                if step == 1 {
                    let start = start as usize;
                    let end = start + n;
                    l.0.borrow_mut().splice(start..end, new);
                } else {
                    if new.len() != n {
                        return Err(PyErr::value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new.len(),
                            n
                        )));
                    }
                    let mut list = l.0.borrow_mut();
                    for (k, x) in new.into_iter().enumerate() {
                        list[(start + k as i64 * step) as usize] = x;
                    }
                }
                Ok(())
            }
            (Value::List(l), _) => {
                let len = l.0.borrow().len();
                let i = self.index_of(&key, len, "list assignment")?;
                let mut items = l.0.borrow_mut();
                let Some(slot) = items.get_mut(i) else {
                    return Err(PyErr::new(
                        ExcType::IndexError,
                        "list assignment index out of range",
                    ));
                };
                let old = std::mem::replace(slot, v);
                drop(items);
                drop(old);
                Ok(())
            }
            (Value::Dict(d), _) => self.dict_set(d, key, v),
            (Value::ByteArray(b), _) => self.bytearray_setitem(b, &key, &v),
            (Value::MemoryView(m), _) => crate::memoryview::setitem(self, m, &key, &v),
            (Value::Instance(_), _) => match self.dunder(obj, "__setitem__") {
                Some(m) => {
                    self.call(&m, vec![obj.clone(), key, v])?;
                    Ok(())
                }
                None => match base_value(obj) {
                    Some(b) => self.setitem(&b, key, v),
                    None => Err(PyErr::type_error(format!(
                        "'{}' object does not support item assignment",
                        self.type_name(obj)
                    ))),
                },
            },
            _ => Err(PyErr::type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match (obj, key) {
            (Value::List(l), Value::Slice(s)) => {
                let len = l.0.borrow().len();
                let (start, _, step, n) = self.slice_indices(s, len)?;
                let mut idx: Vec<usize> =
                    (0..n).map(|k| (start + k as i64 * step) as usize).collect();
                idx.sort_unstable();
                let mut list = l.0.borrow_mut();
                for i in idx.into_iter().rev() {
                    list.remove(i);
                }
                Ok(())
            }
            (Value::List(l), _) => {
                let len = l.0.borrow().len();
                let i = self.index_of(key, len, "list assignment")?;
                if i >= l.0.borrow().len() {
                    return Err(PyErr::new(
                        ExcType::IndexError,
                        "list assignment index out of range",
                    ));
                }
                let old = l.0.borrow_mut().remove(i);
                drop(old);
                Ok(())
            }
            (Value::Dict(d), _) => {
                let r = self.dict_remove(d, key)?;
                match r {
                    Some(_) => Ok(()),
                    None => Err(PyErr::with_args(ExcType::KeyError, vec![key.clone()])),
                }
            }
            (Value::ByteArray(b), _) => self.bytearray_delitem(b, key),
            (Value::MemoryView(_), _) => Err(PyErr::type_error("cannot delete memory")),
            (Value::Instance(_), _) => match self.dunder(obj, "__delitem__") {
                Some(m) => {
                    self.call(&m, vec![obj.clone(), key.clone()])?;
                    Ok(())
                }
                None => match base_value(obj) {
                    Some(b) => self.delitem(&b, key),
                    None => Err(self.no_item_deletion(obj, key)),
                },
            },
            _ => Err(self.no_item_deletion(obj, key)),
        }
    }

    /// CPython words this by the path taken: an integer index on a type
    /// with the sequence protocol fails in `PySequence_DelItem`
    /// ("doesn't"), anything else in `PyObject_DelItem` ("does not").
    fn no_item_deletion(&self, obj: &Value, key: &Value) -> PyErr {
        let sequence_like = matches!(
            obj,
            Value::Instance(_)
                | Value::Str(_)
                | Value::Bytes(_)
                | Value::Tuple(_)
                | Value::List(_)
                | Value::Range(_)
                | Value::Dict(_)
                | Value::Set(_)
        );
        let index = matches!(key, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
        let verb = if sequence_like && index {
            "doesn't"
        } else {
            "does not"
        };
        PyErr::type_error(format!(
            "'{}' object {verb} support item deletion",
            self.type_name(obj)
        ))
    }
}
