//! Binary and unary operators with user-defined dunders (`__add__`,
//! `__radd__`, in-place forms), as CPython dispatches them.

use super::base_value;
use crate::dict::PyDict;
use crate::error::{PyErr, PyResult};
use crate::ops;
use crate::str::intern;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;
use whirl_parser::ast::{BinOp, UnaryOp};

impl Vm {
    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        if let Some(v) = ops::numeric_binop(op, &a, &b)? {
            return Ok(v);
        }
        if inplace {
            if let Some(r) = self.set_dict_inplace(op, &a, &b)? {
                return Ok(r);
            }
            if let Value::ByteArray(ba) = &a {
                if let Some(r) = self.bytearray_inplace(op, ba, &b)? {
                    return Ok(r);
                }
            }
            if let Value::List(l) = &a {
                if op == BinOp::Add {
                    let items = self.collect_presized(&b)?;
                    l.0.borrow_mut().extend(items);
                    return Ok(a);
                }
                // `l *= n` repeats the list in place: other names for it
                // see the change, as in CPython.
                if op == BinOp::Mult
                    && matches!(b, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
                {
                    if let Some(Value::List(r)) = ops::sequence_binop(op, &a, &b)? {
                        let items = std::mem::take(&mut *r.0.borrow_mut());
                        *l.0.borrow_mut() = items;
                        return Ok(a);
                    }
                }
            }
        }
        if let Some(v) = ops::sequence_binop(op, &a, &b)? {
            return Ok(v);
        }
        if op == BinOp::Mod {
            if let Value::Str(s) = &a {
                return Ok(Value::string(self.percent_format(s.as_str(), &b)?));
            }
            if let Value::Bytes(s) = &a {
                let out = self.percent_format_bytes(s, &b)?;
                return Ok(Value::Bytes(Rc::new(out)));
            }
            if let Value::ByteArray(s) = &a {
                let fmt = s.data.borrow().clone();
                let out = self.percent_format_bytes(&fmt, &b)?;
                return Ok(crate::bytearray::new_bytearray(out));
            }
        }
        let (name, rname, iname) = ops::dunder_names(op);
        if inplace {
            if let Some(m) = self.dunder(&a, iname) {
                let r = self.call(&m, vec![a.clone(), b.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // Instances, and classes whose metaclass may define the operator.
        let user_operand = |v: &Value| matches!(v, Value::Instance(_) | Value::Class(_));
        if user_operand(&a) || user_operand(&b) {
            // A right operand whose class derives from the left's and
            // overrides the reflected method goes first (as in CPython).
            let mut reflected_tried = false;
            if let Value::Instance(bi) = &b {
                let ca = self.class_of(&a);
                if !Rc::ptr_eq(&bi.class, &ca) && bi.class.is_subclass(&ca) {
                    let rname_s = intern(rname);
                    if let Some(theirs) = bi.class.lookup(&rname_s) {
                        let overrides = ca.lookup(&rname_s).is_none_or(|ours| !ours.is(&theirs));
                        if overrides {
                            if let Some(m) = self.dunder(&b, rname) {
                                reflected_tried = true;
                                let r = self.call(&m, vec![b.clone(), a.clone()])?;
                                if !matches!(r, Value::NotImplemented) {
                                    return Ok(r);
                                }
                            }
                        }
                    }
                }
            }
            if let Some(m) = self.dunder(&a, name) {
                let r = self.call(&m, vec![a.clone(), b.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            if !reflected_tried {
                return self.binary_op_reflected(op, a, b, inplace);
            }
        }
        self.binary_op_builtin_rest(op, a, b, inplace)
    }

    /// `a <op> b` once `a`'s own method answered NotImplemented (or had
    /// none): `b`'s reflected method, unless `b` is of the very same type
    /// (CPython never asks an operand twice), then the builtin rest. The
    /// dispatch loop enters here when it ran `a.__add__` in the loop.
    pub(crate) fn binary_op_reflected(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Value> {
        let rname = ops::dunder_names(op).1;
        if !Rc::ptr_eq(&self.class_of(&a), &self.class_of(&b)) {
            if let Some(m) = self.dunder(&b, rname) {
                let r = self.call(&m, vec![b.clone(), a.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        self.binary_op_builtin_rest(op, a, b, inplace)
    }

    /// The end of `binary_op` when no user method answered: builtin
    /// subclasses' values, unions of classes, dict and set operators,
    /// then CPython's TypeError.
    fn binary_op_builtin_rest(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Value> {
        if base_value(&a).is_some() || base_value(&b).is_some() {
            // Builtin subclasses without the dunder: the builtin operation.
            let a2 = base_value(&a).unwrap_or_else(|| a.clone());
            let b2 = base_value(&b).unwrap_or_else(|| b.clone());
            let r = self.binary_op(op, a2.clone(), b2, inplace)?;
            // An in-place operation that changed the builtin value inside
            // an instance (`self += items` in a list subclass) gives back
            // the instance, as CPython's.
            if inplace && r.is(&a2) && !a.is(&a2) {
                return Ok(a);
            }
            return Ok(r);
        }
        if op == BinOp::BitOr && crate::generic_alias::is_union_of_classes(&a, &b) {
            // `int | str`, `int | None`: a types.UnionType (PEP 604).
            let r = crate::generic_alias::union(self, &a, &b)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let (Value::Dict(x), Value::Dict(y), BinOp::BitOr) = (&a, &b, op) {
            let d = PyDict::new();
            for e in x.0.borrow().iter().chain(y.0.borrow().iter()) {
                d.set(e.key.clone(), e.value.clone())?;
            }
            return Ok(Value::Dict(crate::gc::track_dict(d)));
        }
        if let (Value::Set(x), Value::Set(y)) = (&a, &b) {
            if let Some(r) = self.set_binop(op, x, y)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.dict_view_binop(op, &a, &b)? {
            return Ok(r);
        }
        match (op, &a) {
            (
                BinOp::Add,
                Value::Str(_)
                | Value::List(_)
                | Value::Tuple(_)
                | Value::Bytes(_)
                | Value::ByteArray(_),
            ) if !matches!(b, Value::Instance(_)) => {
                let tn = self.type_name(&a);
                if matches!(a, Value::Bytes(_) | Value::ByteArray(_)) {
                    return Err(PyErr::type_error(format!(
                        "can't concat {} to {tn}",
                        self.type_name(&b)
                    )));
                }
                return Err(PyErr::type_error(format!(
                    "can only concatenate {tn} (not \"{}\") to {tn}",
                    self.type_name(&b)
                )));
            }
            (BinOp::Mult, _) => {
                let seq = |v: &Value| {
                    matches!(
                        v,
                        Value::Str(_)
                            | Value::List(_)
                            | Value::Tuple(_)
                            | Value::Bytes(_)
                            | Value::ByteArray(_)
                    )
                };
                if seq(&a) && !matches!(b, Value::Instance(_)) {
                    return Err(PyErr::type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        self.type_name(&b)
                    )));
                }
                if seq(&b) && !matches!(a, Value::Instance(_)) {
                    return Err(PyErr::type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        self.type_name(&a)
                    )));
                }
            }
            _ => {}
        }
        let (a_name, b_name) = (self.type_name(&a), self.type_name(&b));
        if inplace {
            // `x += y` names its own operator: "for +=", "for **=".
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for {}=: '{a_name}' and '{b_name}'",
                match op {
                    BinOp::Pow => "**",
                    _ => ops::op_symbol(op),
                }
            )));
        }
        Err(ops::unsupported(op, &a, &b, &a_name, &b_name))
    }

    pub fn unary_op(&mut self, op: UnaryOp, v: Value) -> PyResult<Value> {
        match (op, &v) {
            (UnaryOp::Not, _) => Ok(Value::Bool(!self.truthy(&v)?)),
            (UnaryOp::USub, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-num_bigint::BigInt::from(*i)),
            }),
            (UnaryOp::USub, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (UnaryOp::USub, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone())),
            (UnaryOp::USub, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::UAdd, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(v.clone()),
            (UnaryOp::UAdd, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            (UnaryOp::USub, Value::Complex(c)) => Ok(crate::complex::complex_value(-c.re, -c.im)),
            (UnaryOp::UAdd, Value::Complex(c)) => Ok(crate::complex::complex_value(c.re, c.im)),
            _ => {
                let (name, sym) = match op {
                    UnaryOp::USub => ("__neg__", "-"),
                    UnaryOp::UAdd => ("__pos__", "+"),
                    UnaryOp::Invert => ("__invert__", "~"),
                    // `not` is answered by the first arm of this match.
                    UnaryOp::Not => unreachable!(),
                };
                if let Some(m) = self.dunder(&v, name) {
                    return self.call(&m, vec![v.clone()]);
                }
                // An instance of a subclass of int or float (an IntEnum
                // member): the operator of the value it wraps.
                match base_value(&v) {
                    Some(b @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
                        return self.unary_op(op, b)
                    }
                    Some(b @ Value::Float(_)) if op != UnaryOp::Invert => {
                        return self.unary_op(op, b)
                    }
                    _ => {}
                }
                Err(PyErr::type_error(format!(
                    "bad operand type for unary {sym}: '{}'",
                    self.type_name(&v)
                )))
            }
        }
    }
}
