//! Set algebra between sets, frozensets and dict views (`|`, `&`, `-`,
//! `^` and their in-place forms).

use crate::error::PyResult;
use crate::value::{PySet, Value};
use crate::Vm;
use std::cell::RefCell;
use std::rc::Rc;
use whirl_parser::ast::{BinOp, CmpOp};

impl Vm {
    /// `s |= t`, `s &= t`, `s -= t`, `s ^= t` change the set itself, and
    /// `d |= m` the dict (other names for it see the change), as CPython's
    /// in-place slots do. None: not one of these.
    pub(super) fn set_dict_inplace(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        match (a, b) {
            (Value::Set(x), Value::Set(y)) if !x.frozen => {
                match op {
                    BinOp::BitOr => {
                        if !Rc::ptr_eq(x, y) {
                            x.table.borrow_mut().merge(&y.table.borrow())?;
                        }
                    }
                    BinOp::BitAnd => {
                        // As set_intersection_update: the intersection's
                        // table replaces the set's.
                        if let Some(Value::Set(r)) = self.set_binop(op, x, y)? {
                            let table = std::mem::take(&mut *r.table.borrow_mut());
                            *x.table.borrow_mut() = table;
                        }
                    }
                    BinOp::Sub | BinOp::BitXor if Rc::ptr_eq(x, y) => {
                        x.table.borrow_mut().clear();
                    }
                    // The keys are copied out first: removing one may
                    // run Python code (`__eq__`), which may change `y`.
                    BinOp::Sub => {
                        let keys = y.table.borrow().keys();
                        for k in keys {
                            self.set_remove_key(x, &k)?;
                        }
                    }
                    BinOp::BitXor => {
                        let keys = y.table.borrow().keys();
                        for k in keys {
                            if self.set_remove_key(x, &k)?.is_none() {
                                self.set_insert(x, k)?;
                            }
                        }
                    }
                    _ => return Ok(None),
                }
                Ok(Some(a.clone()))
            }
            (Value::Dict(_), _) if op == BinOp::BitOr => {
                // `d |= other` takes whatever dict.update takes.
                crate::builtins::dict::dict_update(self, &[a.clone(), b.clone()], &[])?;
                Ok(Some(a.clone()))
            }
            _ => Ok(None),
        }
    }

    /// Whether `v` is a dict's keys or items view: those behave as sets.
    fn is_set_like_view(v: &Value) -> bool {
        matches!(v, Value::Iterator(ni)
            if matches!(&*ni.state.borrow(), crate::iter::IterState::View { kind, .. } if *kind != 1))
    }

    /// `d.keys() & x`, `x - d.items()`, ...: keys and items views combine
    /// with any iterable into a new set, as CPython's dictviews do.
    #[cold]
    pub(super) fn dict_view_binop(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        if !matches!(
            op,
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::Sub
        ) || !(Self::is_set_like_view(a) || Self::is_set_like_view(b))
        {
            return Ok(None);
        }
        // The other operand is iterated whatever it is: a non-iterable
        // fails with "'int' object is not iterable", as in CPython.
        let as_set = |vm: &mut Vm, v: &Value| -> PyResult<Rc<PySet>> {
            if let Value::Set(s) = v {
                return Ok(s.clone());
            }
            let items = vm.collect(v)?;
            vm.make_set(items)
        };
        let (x, y) = (as_set(self, a)?, as_set(self, b)?);
        self.set_binop(op, &x, &y)
    }

    /// `d.keys() == {1, 2}`, `d.items() <= s`: views compare as sets with
    /// sets and other keys/items views.
    #[cold]
    pub(crate) fn dict_view_compare(
        &mut self,
        op: CmpOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        let set_like = |v: &Value| Self::is_set_like_view(v) || matches!(v, Value::Set(_));
        if !(Self::is_set_like_view(a) || Self::is_set_like_view(b)) || !set_like(a) || !set_like(b)
        {
            return Ok(None);
        }
        let mut to_set = |v: &Value| -> PyResult<Value> {
            match v {
                Value::Set(_) => Ok(v.clone()),
                _ => {
                    let items = self.collect(v)?;
                    self.new_set(items)
                }
            }
        };
        let (x, y) = (to_set(a)?, to_set(b)?);
        self.compare(op, &x, &y).map(Some)
    }

    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        self.make_set(items).map(Value::Set)
    }

    /// A new set of `items`, as the set itself.
    pub(crate) fn make_set(&mut self, items: Vec<Value>) -> PyResult<Rc<PySet>> {
        let s = crate::gc::track_set(PySet {
            table: RefCell::new(crate::set::SetTable::default()),
            frozen: false,
        });
        for i in items {
            self.set_insert(&s, i)?;
        }
        Ok(s)
    }

    /// A set display of constants as CPython 3.11 builds it: the compiler
    /// folds the items into a frozenset (inserted in source order), remakes
    /// it from its own iteration order when merging constants, and the code
    /// copies that into a new set with `set_merge`.
    #[cold]
    /// As a loop's iterable (`frozen`) the display is that frozenset.
    pub(crate) fn new_folded_set(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
        let first = self.make_set(items)?;
        let order = first.table.borrow().keys();
        let constant = self.make_set(order)?;
        if frozen {
            return Ok(Value::Set(crate::gc::track_set(PySet {
                table: RefCell::new(std::mem::take(&mut *constant.table.borrow_mut())),
                frozen: true,
            })));
        }
        let out = self.make_set(vec![])?;
        out.table.borrow_mut().merge(&constant.table.borrow())?;
        Ok(Value::Set(out))
    }

    pub(crate) fn set_add(&mut self, s: &Value, v: Value) -> PyResult<()> {
        if let Value::Set(s) = s {
            self.set_insert(s, v)?;
        }
        Ok(())
    }

    pub(super) fn set_binop(&mut self, op: BinOp, x: &PySet, y: &PySet) -> PyResult<Option<Value>> {
        let needs_vm =
            |vm: &Vm, s: &PySet| s.table.borrow().iter().any(|e| vm.key_needs_vm(&e.key));
        if needs_vm(self, x) || needs_vm(self, y) {
            return self.set_binop_python_keys(op, x, y);
        }
        // Each result is built as CPython's setobject.c builds it, so that
        // it iterates in CPython's order.
        let mut out = crate::set::SetTable::default();
        match op {
            BinOp::BitOr => {
                out.merge(&x.table.borrow())?;
                out.merge(&y.table.borrow())?;
            }
            BinOp::BitAnd => {
                // The smaller set is iterated (the right one on a tie).
                let (small, big) = if x.table.borrow().len() > y.table.borrow().len() {
                    (y, x)
                } else {
                    (x, y)
                };
                let (small, big) = if x.table.borrow().len() == y.table.borrow().len() {
                    (y, x)
                } else {
                    (small, big)
                };
                for k in small.table.borrow().keys() {
                    if big.table.borrow().contains(&k)? {
                        out.set(k, Value::None)?;
                    }
                }
            }
            BinOp::Sub => {
                if (x.table.borrow().len() >> 2) > y.table.borrow().len() {
                    out.merge(&x.table.borrow())?;
                    for k in y.table.borrow().keys() {
                        out.remove(&k)?;
                    }
                } else {
                    for k in x.table.borrow().keys() {
                        if !y.table.borrow().contains(&k)? {
                            out.set(k, Value::None)?;
                        }
                    }
                }
            }
            BinOp::BitXor => {
                // A copy of the right side, then each key of the left
                // toggled in or out.
                out.merge(&y.table.borrow())?;
                for k in x.table.borrow().keys() {
                    if out.contains(&k)? {
                        out.remove(&k)?;
                    } else {
                        out.set(k, Value::None)?;
                    }
                }
            }
            _ => return Ok(None),
        }
        Ok(Some(Value::Set(crate::gc::track_set(PySet {
            table: RefCell::new(out),
            frozen: x.frozen,
        }))))
    }
}
