//! Operator methods of Python classes run inside the dispatch loop.
//!
//! `a + b` or `a < b` with `a` an instance whose class defines `__add__`
//! or `__lt__` in Python used to leave the loop: the operator code built a
//! `Vec` of arguments, bound them and started a nested loop for the
//! method's frame. Here the method's frame is entered like any call, with
//! a return mode (`RetMode::Operator`) saying what the
//! caller does with the result. The operands stay on the caller's stack
//! until then, so a method that answers NotImplemented hands them to the
//! rest of CPython's protocol (`binary_op_reflected`, `compare_reflected`).

use crate::code::Instr;
use crate::error::PyResult;
use crate::frame::{Frame, RetMode};
use crate::object::compare::compare_dunder_names;
use crate::ops;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;
use whirl_parser::ast::{BinOp, CmpOp};

impl Vm {
    /// Enters `a.__op__(b)` for `a <op> b`, the operands on top of `f`'s
    /// stack, when the general protocol would call that method first and
    /// the loop can run it (see `enter_operator_method`).
    ///
    /// Kept out of the loop's body (as the operator code it replaces was):
    /// inlined, it cost fib's calls instructions through register pressure.
    #[inline(never)]
    pub(super) fn enter_binary_dunder(&mut self, f: &mut Box<Frame>, op: BinOp) -> PyResult<bool> {
        let name = ops::dunder_names(op).0;
        self.enter_operator_method(f, name)
    }

    /// `enter_binary_dunder` for a rich comparison (`a.__lt__(b)`).
    #[inline(never)]
    pub(super) fn enter_compare_dunder(&mut self, f: &mut Box<Frame>, op: CmpOp) -> PyResult<bool> {
        if matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) {
            return Ok(false);
        }
        let name = compare_dunder_names(op).0;
        self.enter_operator_method(f, name)
    }

    /// Enters method `name` of `a` with `(a, b)`, the two values on top of
    /// `f`'s stack. Only where nothing can come before
    /// that method in CPython's protocol: `a` is an instance of a Python
    /// class (no builtin base value) that has the method as a plain
    /// function of two parameters, and `b` is of the same class or not a
    /// user object at all, so no subclass's reflected method outranks
    /// `a`'s. Returns false, leaving the stack as it was, otherwise.
    #[inline(always)]
    fn enter_operator_method(&mut self, f: &mut Box<Frame>, name: &'static str) -> PyResult<bool> {
        let len = f.stack.len();
        let (Value::Instance(a), b) = (&f.stack[len - 2], &f.stack[len - 1]) else {
            return Ok(false);
        };
        if !a.base.is_null() {
            return Ok(false);
        }
        match b {
            Value::Instance(b) if !Rc::ptr_eq(&a.class, &b.class) => return Ok(false),
            Value::Class(_) | Value::Native(_) | Value::Iterator(_) => return Ok(false),
            _ => {}
        }
        let Some(Value::Function(func)) = a.class.lookup(&crate::str::intern_static(name)) else {
            return Ok(false);
        };
        let code = &func.code;
        if !func.simple || code.argcount != 2 || code.flags.generator {
            return Ok(false);
        }
        let mut frame = self.frame_for(code, &func.globals);
        frame.locals[0] = f.stack[len - 2].clone();
        frame.locals[1] = f.stack[len - 1].clone();
        if !func.closure.is_empty() || !code.cellvars.is_empty() {
            Self::init_cells(&func, &mut frame);
        }
        self.enter_frame(f, frame, RetMode::Operator)?;
        Ok(true)
    }

    /// The method entered by `enter_binary_dunder` or
    /// `enter_compare_dunder` returned `v` to `f`, whose stack still ends
    /// with the two operands: replace them with the result, or go on with
    /// the protocol after a NotImplemented.
    pub(super) fn finish_operator_method(&mut self, f: &mut Box<Frame>, v: Value) -> PyResult<()> {
        let b = f.stack.pop().unwrap_or_default();
        let a = f.stack.pop().unwrap_or_default();
        let r = match (v, f.code.instrs[f.ip as usize - 1]) {
            (Value::NotImplemented, Instr::Binary(op)) => {
                self.binary_op_reflected(op, a, b, false)?
            }
            (Value::NotImplemented, Instr::Compare(op)) => self.compare_reflected(op, &a, &b)?,
            (v, _) => v,
        };
        f.stack.push(r);
        Ok(())
    }
}
