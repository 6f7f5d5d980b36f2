//! Expressions, comprehensions and calls.

use super::scope::ScopeKind;
use super::stmt::FunctionBody;
use super::{CResult, Compiler};
use crate::code::{CodeFlags, Instr};
use crate::value::Value;
use num_traits::ToPrimitive;
use std::rc::Rc;
use whirl_parser::ast::*;

/// Nesting deeper than this is refused rather than risking the Rust stack.
const MAX_EXPR_DEPTH: usize = super::scope::MAX_NESTING;

thread_local! {
    static DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn constant_value(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::True => Value::Bool(true),
        Constant::False => Value::Bool(false),
        Constant::Ellipsis => Value::Ellipsis,
        Constant::Int(i) => Value::from_bigint(i.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Imaginary(f) => crate::complex::complex_value(0.0, *f),
        Constant::Str(s) => Value::str(s),
        Constant::Bytes(b) => Value::Bytes(Rc::new(b.clone())),
    }
}

/// The value of an expression made only of constants (for tuples of
/// constants and negative literals), if it is one.
pub(super) fn fold(e: &Expr) -> Option<Value> {
    match &e.kind {
        ExprKind::Constant(c) => Some(constant_value(c)),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Constant(Constant::Int(i)) => Some(Value::from_bigint(-i.clone())),
            ExprKind::Constant(Constant::Float(f)) => Some(Value::Float(-f)),
            ExprKind::Constant(Constant::Imaginary(f)) => {
                Some(crate::complex::complex_value(-0.0, -f))
            }
            _ => None,
        },
        // A pattern's complex literal, `1 + 2j` or `-0 - 0j`: the real part
        // as a float, the imaginary part's sign kept as CPython computes it.
        ExprKind::BinOp { left, op, right } if matches!(op, BinOp::Add | BinOp::Sub) => {
            let ExprKind::Constant(Constant::Imaginary(im)) = right.kind else {
                return None;
            };
            let re = match fold(left)? {
                Value::Int(i) => i as f64,
                Value::Float(f) => f,
                _ => return None,
            };
            Some(match op {
                BinOp::Add => crate::complex::complex_value(re + 0.0, 0.0 + im),
                _ => crate::complex::complex_value(re - 0.0, 0.0 - im),
            })
        }
        ExprKind::Tuple(items) => {
            let vals: Option<Vec<Value>> = items.iter().map(fold).collect();
            vals.map(Value::tuple)
        }
        _ => None,
    }
}

/// Displays and calls with more items than this are built item by item
/// (CPython's `STACK_USE_GUIDELINE`).
const STACK_USE_GUIDELINE: usize = 30;

impl<'a> Compiler<'a> {
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        let depth = DEPTH.with(|d| {
            d.set(d.get() + 1);
            d.get()
        });
        let r = if depth > MAX_EXPR_DEPTH {
            Err(super::CompileError {
                message: "too many nested expressions".into(),
                span: e.span,
                kind: "RecursionError",
            })
        } else {
            let saved = self.set_line(e.span);
            let r = self.expr_inner(e);
            self.restore_line(saved);
            r
        };
        DEPTH.with(|d| d.set(d.get() - 1));
        r
    }

    /// A decimal literal longer than `sys.get_int_max_str_digits()` is
    /// refused at compile time, as CPython does (hexadecimal and the other
    /// bases are not limited). Only reached for literals of more than
    /// 2100 bits (632 digits), under the smallest limit allowed (640).
    #[cold]
    fn check_int_literal_digits(&mut self, e: &Expr) -> CResult<()> {
        let limit = crate::format::int_max_str_digits();
        let text = self
            .source
            .text
            .get(e.span.start as usize..e.span.end as usize)
            .unwrap_or("");
        let lower = text.to_ascii_lowercase();
        if limit == 0 || ["0x", "0o", "0b"].iter().any(|p| lower.starts_with(p)) {
            return Ok(());
        }
        let digits = text.bytes().filter(u8::is_ascii_digit).count();
        if digits > limit {
            return self.err(
                format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion: \
                     value has {digits} digits; use sys.set_int_max_str_digits() to increase \
                     the limit - Consider hexadecimal for huge integer literals to avoid \
                     decimal conversion limits."
                ),
                e.span,
            );
        }
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Constant(Constant::Int(i)) if i.bits() > 2100 => {
                self.check_int_literal_digits(e)?;
                self.load_const(Value::from_bigint(i.clone()))
            }
            ExprKind::Constant(c) => self.load_const(constant_value(c)),
            // `__debug__` is a constant (False under -O), as in CPython:
            // rebinding `builtins.__debug__` does not change it, and the
            // scope pass refuses to assign it.
            ExprKind::Name(n) if n == "__debug__" => {
                self.load_const(Value::Bool(super::optimize() == 0))
            }
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        jumps.push(self.emit(match op {
                            BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Copy(1));
                self.store_target(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Instr::Binary(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(v) = fold(e) {
                    self.load_const(v);
                } else {
                    self.expr(operand)?;
                    self.emit(Instr::Unary(*op));
                }
            }
            ExprKind::Lambda { args, body } => {
                let mut flags = self.emit_defaults(args)?;
                let line = self.unit_ref().line;
                let code = self.function_code(
                    e as *const Expr as usize,
                    "<lambda>",
                    args,
                    FunctionBody::Expr(body),
                    false,
                    line,
                )?;
                if self.emit_closure(&code.freevars) {
                    flags |= 4;
                }
                self.load_const(Value::Code(code));
                self.emit(Instr::MakeFunction(flags));
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                let j = self.emit(Instr::PopJumpIfFalse(0));
                self.expr(body)?;
                let end = self.emit(Instr::Jump(0));
                self.patch(j);
                self.expr(orelse)?;
                self.patch(end);
            }
            ExprKind::Dict { keys, values } => {
                if keys.iter().all(|k| k.is_some()) && keys.len() * 2 <= STACK_USE_GUIDELINE {
                    for (k, v) in keys.iter().zip(values) {
                        self.expr(k.as_ref().expect("checked"))?;
                        self.expr(v)?;
                    }
                    self.emit(Instr::BuildMap(keys.len() as u32));
                } else {
                    self.emit(Instr::BuildMap(0));
                    for (k, v) in keys.iter().zip(values) {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Instr::MapAdd(1));
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Instr::DictUpdate);
                            }
                        }
                    }
                }
            }
            ExprKind::Set(items) => self.sequence(items, Seq::Set)?,
            ExprKind::List(items) => self.sequence(items, Seq::List)?,
            ExprKind::Tuple(items) => {
                if let Some(v) = fold(e) {
                    self.load_const(v);
                } else {
                    self.sequence(items, Seq::Tuple)?
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, Comp::List(elt), generators)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, Comp::Set(elt), generators)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, Comp::Dict(key, value), generators)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, Comp::Gen(elt), generators)?
            }
            ExprKind::Await(v) => {
                if !matches!(
                    self.scope_kind(),
                    ScopeKind::Function | ScopeKind::Comprehension
                ) {
                    return self.err("'await' outside function", e.span);
                }
                if !self.in_async_function() {
                    return self.err("'await' outside async function", e.span);
                }
                self.expr(v)?;
                self.emit_await();
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                if self.in_async_generator() {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Value::None);
                self.emit(Instr::YieldFrom);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                super::warnings::check_compare(e, left, ops, comparators);
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.emit(Instr::Compare(ops[0]));
                } else {
                    let mut cleanups = Vec::new();
                    for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                        self.expr(c)?;
                        if i + 1 < ops.len() {
                            self.emit(Instr::Swap(2));
                            self.emit(Instr::Copy(2));
                            self.emit(Instr::Compare(*op));
                            cleanups.push(self.emit(Instr::JumpIfFalseOrPop(0)));
                        } else {
                            self.emit(Instr::Compare(*op));
                        }
                    }
                    let end = self.emit(Instr::Jump(0));
                    for c in cleanups {
                        self.patch(c);
                    }
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::Pop);
                    self.patch(end);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                super::warnings::check_caller(e, func);
                self.call(func, args, keywords)?
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut flags = match conversion {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    flags |= 0x10;
                }
                self.emit(Instr::FormatValue(flags));
            }
            ExprKind::JoinedStr(parts) => {
                for p in parts {
                    match &p.kind {
                        ExprKind::Constant(_) => self.expr(p)?,
                        ExprKind::FormattedValue { .. } => self.expr(p)?,
                        _ => {
                            self.expr(p)?;
                            self.emit(Instr::FormatValue(0));
                        }
                    }
                }
                if parts.len() != 1 || !matches!(parts[0].kind, ExprKind::FormattedValue { .. }) {
                    self.emit(Instr::BuildString(parts.len() as u32));
                }
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                let at = self.attr_span(e, attr);
                self.emit_at(at, Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                super::warnings::check_subscript(e, value, slice);
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::Subscr);
            }
            ExprKind::Starred(_) => return self.err("can't use starred expression here", e.span),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
        }
        Ok(())
    }

    /// `super()` inside a method: `super(__class__, <first argument>)`.
    fn zero_arg_super(&mut self) -> CResult<bool> {
        let scope = &self.table.scopes[self.unit_ref().scope];
        if scope.kind != ScopeKind::Function || !scope.frees.iter().any(|n| n == "__class__") {
            return Ok(false);
        }
        let Some(first) = scope.bound.first().cloned() else {
            return Ok(false);
        };
        if self
            .unit_ref()
            .varnames
            .first()
            .map(|v| v.as_str() != first)
            .unwrap_or(true)
        {
            return Ok(false);
        }
        self.load_name("super");
        self.load_name("__class__");
        self.load_name(&first);
        self.emit(Instr::Call(2));
        Ok(true)
    }

    fn sequence(&mut self, items: &'a [Expr], kind: Seq) -> CResult<()> {
        let starred = items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
        // CPython's compiler builds a long display item by item, so that
        // its stack (co_stacksize) stays small; short ones on the stack.
        let folded_set = matches!(kind, Seq::Set)
            && items.len() > 2
            && items.iter().all(|e| folded_constant_key(e).is_some());
        if !starred && items.len() > STACK_USE_GUIDELINE && !folded_set {
            let constants: Option<Vec<Value>> = items.iter().map(fold).collect();
            if let (Some(constants), true) = (constants, matches!(kind, Seq::List)) {
                self.emit(Instr::BuildList(0));
                self.load_const(Value::tuple(constants));
                self.emit(Instr::ListExtend);
                return Ok(());
            }
        } else if !starred {
            // CPython folds a set display of 3+ constants into a frozenset
            // constant, which decides the new set's layout (its order).
            let folded = folded_set;
            let ordered = if folded {
                self.folded_set_order(items)
            } else {
                items.iter().collect()
            };
            for i in &ordered {
                self.expr(i)?;
            }
            let n = ordered.len() as u32;
            self.emit(match kind {
                Seq::List => Instr::BuildList(n),
                Seq::Tuple => Instr::BuildTuple(n),
                Seq::Set if folded => Instr::BuildSet(n | crate::code::CONST_SET),
                Seq::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        match kind {
            Seq::Set => self.emit(Instr::BuildSet(0)),
            _ => self.emit(Instr::BuildList(0)),
        };
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(match kind {
                        Seq::Set => Instr::SetUpdate,
                        _ => Instr::ListExtend,
                    });
                }
                _ => {
                    self.expr(i)?;
                    self.emit(match kind {
                        Seq::Set => Instr::SetAdd(1),
                        _ => Instr::ListAppend(1),
                    });
                }
            }
        }
        if let Seq::Tuple = kind {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult<()> {
        if let (ExprKind::Name(n), true, true) = (&func.kind, args.is_empty(), keywords.is_empty())
        {
            if n == "super" && self.zero_arg_super()? {
                return Ok(());
            }
        }
        let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let double_star = keywords.iter().any(|k| k.arg.is_none());
        let long = args.len() + keywords.len() * 2 > STACK_USE_GUIDELINE;
        if !starred && !double_star && !long {
            if let (ExprKind::Attribute { value, attr }, true) = (&func.kind, keywords.is_empty()) {
                self.expr(value)?;
                let i = self.name_index(attr);
                let at = self.attr_span(func, attr);
                self.emit_at(at, Instr::LoadMethod(i));
                for a in args {
                    self.expr(a)?;
                }
                self.emit(Instr::CallMethod(args.len() as u32));
                return Ok(());
            }
            self.expr(func)?;
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.emit(Instr::Call(args.len() as u32));
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    names.push(Value::str(k.arg.as_deref().unwrap_or("")));
                }
                self.load_const(Value::tuple(names));
                self.emit(Instr::CallKw((args.len() + keywords.len()) as u32));
            }
            return Ok(());
        }
        self.expr(func)?;
        match args {
            // `f(*args)`: CallEx takes any iterable as it is.
            [Expr {
                kind: ExprKind::Starred(inner),
                ..
            }] => self.expr(inner)?,
            _ => self.sequence(args, Seq::Tuple)?,
        }
        self.call_keywords_dict(keywords)?;
        self.emit(Instr::CallEx);
        Ok(())
    }

    /// The keyword-arguments operand of `CallEx`: `None` when there are
    /// none, else a dict built left to right (a `**` mapping merged in).
    pub(crate) fn call_keywords_dict(&mut self, keywords: &'a [Keyword]) -> CResult<()> {
        if keywords.is_empty() {
            self.load_const(Value::None);
        } else {
            self.emit(Instr::BuildMap(0));
            let mut after_unpack = false;
            for k in keywords {
                match &k.arg {
                    // After a `**`, a named keyword may repeat one it
                    // supplied: merge it so the duplicate is an error.
                    Some(n) if after_unpack => {
                        self.load_const(Value::str(n));
                        self.expr(&k.value)?;
                        self.emit(Instr::BuildMap(1));
                        self.emit(Instr::DictMerge);
                    }
                    Some(n) => {
                        self.load_const(Value::str(n));
                        self.expr(&k.value)?;
                        self.emit(Instr::MapAdd(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Instr::DictMerge);
                        after_unpack = true;
                    }
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        comp: Comp<'a>,
        gens: &'a [Comprehension],
    ) -> CResult<()> {
        let node = e as *const Expr as usize;
        let scope = self.table.by_node[&node];
        let name = match comp {
            Comp::List(_) => "<listcomp>",
            Comp::Set(_) => "<setcomp>",
            Comp::Dict(..) => "<dictcomp>",
            Comp::Gen(_) => "<genexpr>",
        };
        let is_gen = matches!(comp, Comp::Gen(_));
        let is_async = self.table.scopes[scope].is_async;
        if is_async && !is_gen && !self.in_async_function() {
            return self.err(
                "asynchronous comprehension outside of an asynchronous function",
                e.span,
            );
        }
        let qualname = self.child_qualname(name);
        let line = self.unit_ref().line;
        self.push_unit(scope, name, &qualname, line);
        match comp {
            Comp::List(_) => {
                self.emit(Instr::BuildList(0));
            }
            Comp::Set(_) => {
                self.emit(Instr::BuildSet(0));
            }
            Comp::Dict(..) => {
                self.emit(Instr::BuildMap(0));
            }
            Comp::Gen(_) => {}
        }
        let base = if matches!(comp, Comp::Gen(_)) { 0 } else { 1 };
        let mut loops = Vec::new();
        for (i, g) in gens.iter().enumerate() {
            if i == 0 {
                self.emit(Instr::LoadFast(0));
            } else {
                self.iterable(&g.iter)?;
                self.emit(if g.is_async {
                    Instr::GetAIter
                } else {
                    Instr::GetIter
                });
            }
            let start = self.here();
            let exit = if g.is_async {
                // The accumulator and the iterators of the enclosing loops
                // stay below this one's.
                let h = self.open_handler(base + i as u32 + 1);
                self.emit(Instr::GetANext);
                self.emit_await_from(super::AWAIT_ANEXT);
                self.suspend_handler(h);
                LoopExit::Async(h)
            } else {
                LoopExit::Sync(self.emit(Instr::ForIter(0)))
            };
            self.store_target(&g.target)?;
            // A filtered-out item goes on through the loop's back edge, so
            // that a long run of them can still be interrupted.
            let mut skips = Vec::new();
            for cond in &g.ifs {
                self.expr(cond)?;
                skips.push(self.emit(Instr::PopJumpIfFalse(0)));
            }
            loops.push((start, exit, skips));
        }
        let depth = gens.len() as u32 + base;
        match comp {
            Comp::List(elt) => {
                self.expr(elt)?;
                self.emit(Instr::ListAppend(depth));
            }
            Comp::Set(elt) => {
                self.expr(elt)?;
                self.emit(Instr::SetAdd(depth));
            }
            Comp::Dict(k, v) => {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Instr::MapAdd(depth));
            }
            Comp::Gen(elt) => {
                self.expr(elt)?;
                if is_async {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
                self.emit(Instr::Pop);
            }
        }
        for (start, exit, skips) in loops.into_iter().rev() {
            for skip in skips {
                self.patch(skip);
            }
            self.emit(Instr::JumpBackward(start as u32));
            match exit {
                LoopExit::Sync(exit) => self.patch(exit),
                LoopExit::Async(h) => {
                    self.close_handler_target_here(h);
                    self.emit(Instr::EndAsyncFor);
                }
            }
        }
        if matches!(comp, Comp::Gen(_)) {
            self.load_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        let flags = CodeFlags {
            generator: is_gen || is_async,
            coroutine: is_async,
            async_generator: is_gen && is_async,
            ..Default::default()
        };
        let code = self.pop_unit(1, 0, 0, flags, Value::None);
        let mut mflags = 0;
        if self.emit_closure(&code.freevars) {
            mflags |= 4;
        }
        self.load_const(Value::Code(code));
        self.emit(Instr::MakeFunction(mflags));
        self.iterable(&gens[0].iter)?;
        self.emit(if gens[0].is_async {
            Instr::GetAIter
        } else {
            Instr::GetIter
        });
        self.emit(Instr::Call(1));
        if is_async && !is_gen {
            self.emit_await();
        }
        Ok(())
    }

    /// `[awaitable] -> [result]`: what `await` compiles to.
    pub(crate) fn emit_await(&mut self) {
        self.emit_await_from(0);
    }

    /// An `await` the statement adds (of what `__aenter__`, `__aexit__`
    /// or `__anext__` returned: `AWAIT_*`), whose errors say so.
    pub(crate) fn emit_await_from(&mut self, source: u8) {
        self.emit(Instr::GetAwaitable(source));
        self.load_const(Value::None);
        self.emit(Instr::YieldFrom);
    }
}

/// Where a comprehension's loop ends: a `ForIter` to patch, or the
/// handler that catches an `async for`'s StopAsyncIteration.
enum LoopExit {
    Sync(usize),
    Async(usize),
}

#[derive(Clone, Copy)]
enum Seq {
    List,
    Tuple,
    Set,
}

#[derive(Clone, Copy)]
enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

#[allow(dead_code)]
fn small_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::BigInt(b) => b.to_i64(),
        _ => None,
    }
}

/// The key of an element CPython's compiler sees as a constant (a
/// literal, or a negated number literal its AST optimizer folds), typed
/// as its constant cache keys them (`1` and `1.0` differ).
fn folded_constant_key(e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Constant(c) => Some(format!("{c:?}")),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Constant(c) => Some(format!("-{c:?}")),
            _ => None,
        },
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    /// A loop's iterable: a set display of constants there is, in CPython,
    /// its folded frozenset constant itself (the AST optimizer's
    /// `fold_iter`), which decides the iteration order.
    pub(crate) fn iterable(&mut self, e: &'a Expr) -> CResult<()> {
        if let ExprKind::Set(items) = &e.kind {
            if !items.is_empty() && items.iter().all(|i| folded_constant_key(i).is_some()) {
                let ordered = self.folded_set_order(items);
                for i in &ordered {
                    self.expr(i)?;
                }
                let n = ordered.len() as u32;
                self.emit(Instr::BuildSet(
                    n | crate::code::CONST_SET | crate::code::CONST_FROZENSET,
                ));
                return Ok(());
            }
        }
        self.expr(e)
    }

    /// The items of a folded set display in the order that lays the set out
    /// as CPython does: its own order, or that of the first equal display
    /// in the module (whose constant CPython reuses).
    fn folded_set_order(&mut self, items: &'a [Expr]) -> Vec<&'a Expr> {
        let keys: Vec<String> = items.iter().filter_map(folded_constant_key).collect();
        let mut distinct = keys.clone();
        distinct.sort();
        distinct.dedup();
        match self.folded_sets.get(&distinct) {
            Some(first) => first
                .iter()
                .filter_map(|k| keys.iter().position(|x| x == k).map(|i| &items[i]))
                .collect(),
            None => {
                let mut first = Vec::new();
                for k in &keys {
                    if !first.contains(k) {
                        first.push(k.clone());
                    }
                }
                self.folded_sets.insert(distinct, first);
                items.iter().collect()
            }
        }
    }
}
