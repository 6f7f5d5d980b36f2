//! Statements: control flow, exception handlers, `with`, definitions.

use super::scope::{ScopeKind, Sym};
use super::{docstring, kept_docstring, CResult, Compiler, FBlock};
use crate::code::{CodeFlags, Instr};
use crate::str::intern;
use crate::value::Value;
use whirl_parser::ast::*;

/// Whether CPython's AST optimizer turns `e` into a constant (`1`, `-1`,
/// `('a', 'b')`).
fn folds_to_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::UnaryOp { operand, .. } => matches!(operand.kind, ExprKind::Constant(_)),
        ExprKind::Tuple(items) => items.iter().all(folds_to_constant),
        _ => false,
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        let saved = self.set_line(s.span);
        self.stmt_inner(s)?;
        self.restore_line(saved);
        Ok(())
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        match &s.kind {
            StmtKind::Expr(e) => {
                if self.interactive
                    && self.scope_kind() == ScopeKind::Module
                    && self.units.len() == 1
                {
                    self.expr(e)?;
                    self.emit(Instr::PrintExpr);
                } else if let ExprKind::Constant(_) = e.kind {
                    // A docstring or bare constant does nothing.
                } else {
                    self.expr(e)?;
                    // On the expression's line, not the statement's: a
                    // parenthesized call opening on an earlier line gives
                    // that line no instruction (CPython's artificial POP_TOP).
                    self.emit_at(e.span, Instr::Pop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Copy(1));
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => self.ann_assign(s, target, annotation, value.as_ref())?,
            StmtKind::Pass => {}
            StmtKind::Break => self.break_stmt(s.span)?,
            StmtKind::Continue => self.continue_stmt(s.span)?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Return(v) => {
                if !matches!(self.scope_kind(), ScopeKind::Function) {
                    return self.err("'return' outside function", s.span);
                }
                if v.is_some() && self.in_async_generator() {
                    return self.err("'return' with value in async generator", s.span);
                }
                // CPython places this error at a returned constant, else at
                // the statement.
                let at = match v {
                    Some(v) if folds_to_constant(v) => v.span,
                    _ => s.span,
                };
                self.check_not_leaving_except_star(0, at)?;
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                let popped = self.unwind_blocks(0, true)?;
                self.emit(Instr::ReturnValue);
                self.restore_blocks(popped);
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::Raise(n));
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            // Under -O an assert is left out, its test not evaluated.
            StmtKind::Assert { test, .. } if super::optimize() >= 1 => {
                super::warnings::check_assert(s.span, test);
            }
            StmtKind::Assert { test, msg } => {
                super::warnings::check_assert(s.span, test);
                self.expr(test)?;
                let j = self.emit(Instr::PopJumpIfTrue(0));
                // CPython 3.11 leaves the location of the last comparison
                // tested in place for the raise.
                let saved = assert_location(test).map(|sp| self.set_line(sp));
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                if let Some(saved) = saved {
                    self.restore_line(saved);
                }
                self.patch(j);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.load_const(Value::Int(0));
                    if a.asname.is_some() && a.name.contains('.') {
                        self.load_const(Value::Bool(true));
                    } else {
                        self.load_const(Value::None);
                    }
                    let i = self.name_index(&a.name);
                    self.emit(Instr::ImportName(i));
                    match &a.asname {
                        Some(n) => self.store_name(n),
                        None => {
                            let top = a.name.split('.').next().unwrap_or("").to_string();
                            self.store_name(&top)
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Value::Int(*level as i64));
                let fromlist: Vec<Value> = names.iter().map(|a| Value::str(&a.name)).collect();
                self.load_const(Value::tuple(fromlist));
                let i = self.name_index(module.as_deref().unwrap_or(""));
                self.emit(Instr::ImportName(i));
                for a in names {
                    if a.name == "*" {
                        self.emit(Instr::ImportStar);
                        return Ok(());
                    }
                    let i = self.name_index(&a.name);
                    self.emit(Instr::ImportFrom(i));
                    self.store_name(a.asname.as_ref().unwrap_or(&a.name));
                }
                self.emit(Instr::Pop);
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                let j = self.emit(Instr::PopJumpIfFalse(0));
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.patch(j);
                } else {
                    let end = self.emit(Instr::Jump(0));
                    self.patch(j);
                    self.stmts(orelse)?;
                    self.patch(end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.here();
                // `while True:` / `while 1:` test nothing.
                let always = matches!(&test.kind, ExprKind::Constant(Constant::True))
                    || matches!(&test.kind, ExprKind::Constant(Constant::Int(i)) if i != &num_bigint::BigInt::from(0));
                let exit = if always {
                    None
                } else {
                    self.expr(test)?;
                    Some(self.emit(Instr::PopJumpIfFalse(0)))
                };
                self.unit().fblocks.push(FBlock::Loop {
                    start,
                    breaks: Vec::new(),
                    is_for: false,
                });
                self.stmts(body)?;
                self.emit(Instr::JumpBackward(start as u32));
                let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else {
                    unreachable!()
                };
                if let Some(exit) = exit {
                    self.patch(exit);
                }
                self.stmts(orelse)?;
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    return self.async_for(target, iter, body, orelse, s.span);
                }
                self.iterable(iter)?;
                self.emit(Instr::GetIter);
                let start = self.here();
                let exit = self.emit(Instr::ForIter(0));
                self.for_body(start, target, body, orelse, |c| c.patch(exit))?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if handlers.first().is_some_and(|h| h.is_star) {
                    self.try_star(body, handlers, orelse, finalbody)?;
                } else if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async && !self.in_async_function() {
                    return self.err("'async with' outside async function", s.span);
                }
                self.with_items(items, body, *is_async)?;
            }
            StmtKind::FunctionDef(f) => self.function_def(f)?,
            StmtKind::ClassDef(c) => self.class_def(c)?,
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
        }
        Ok(())
    }

    fn loop_index(&self) -> Option<usize> {
        self.unit_ref()
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
    }

    /// CPython refuses `break`, `continue` and `return` that would leave
    /// an `except*` clause (the blocks above `keep`).
    fn check_not_leaving_except_star(&self, keep: usize, span: Span) -> CResult<()> {
        let blocks = &self.unit_ref().fblocks;
        if blocks[keep.min(blocks.len())..]
            .iter()
            .any(|b| matches!(b, FBlock::ExceptStarBody { .. }))
        {
            return self.err(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                span,
            );
        }
        Ok(())
    }

    fn break_stmt(&mut self, span: Span) -> CResult<()> {
        self.check_not_leaving_except_star(self.loop_index().map_or(0, |i| i + 1), span)?;
        let Some(li) = self.loop_index() else {
            return self.err("'break' outside loop", span);
        };
        let popped = self.unwind_blocks(li + 1, false)?;
        if let FBlock::Loop { is_for: true, .. } = self.unit_ref().fblocks[li] {
            self.emit(Instr::Pop);
        }
        let j = self.emit(Instr::Jump(0));
        if let FBlock::Loop { breaks, .. } = &mut self.unit().fblocks[li] {
            breaks.push(j);
        }
        self.restore_blocks(popped);
        Ok(())
    }

    fn continue_stmt(&mut self, span: Span) -> CResult<()> {
        self.check_not_leaving_except_star(self.loop_index().map_or(0, |i| i + 1), span)?;
        let Some(li) = self.loop_index() else {
            return self.err("'continue' not properly in loop", span);
        };
        let popped = self.unwind_blocks(li + 1, false)?;
        let FBlock::Loop { start, .. } = self.unit_ref().fblocks[li] else {
            unreachable!()
        };
        self.emit(Instr::JumpBackward(start as u32));
        self.restore_blocks(popped);
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult<()> {
        match &target.kind {
            // The target's load and store are attributed to the target,
            // the operation to the whole statement (as CPython 3.11).
            ExprKind::Name(n) => {
                let saved = self.set_line(target.span);
                self.load_name(n);
                self.restore_line(saved);
                self.expr(value)?;
                self.emit(Instr::Inplace(op));
                let saved = self.set_line(target.span);
                self.store_name(n);
                self.restore_line(saved);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Instr::Copy(1));
                let i = self.name_index(attr);
                let at = self.attr_span(target, attr);
                self.emit_at(at, Instr::LoadAttr(i));
                self.expr(value)?;
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Swap(2));
                self.emit_at(at, Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit_at(target.span, Instr::Subscr);
                self.expr(value)?;
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit_at(target.span, Instr::StoreSubscr);
            }
            _ => {
                return self.err(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                )
            }
        }
        Ok(())
    }

    pub(crate) fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        let saved = self.set_line(t.span);
        let r = self.store_target_inner(t);
        self.restore_line(saved);
        r
    }

    fn store_target_inner(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                let at = self.attr_span(t, attr);
                self.emit_at(at, Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    Some(si) => {
                        if items
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return self.err("multiple starred expressions in assignment", t.span);
                        }
                        let after = items.len() - si - 1;
                        // CPython's limit before the star (its oparg's low
                        // byte); whirl's operand holds 16 bits after it.
                        if si >= 1 << 8 || after > 0xffff {
                            return self
                                .err("too many expressions in star-unpacking assignment", t.span);
                        }
                        self.emit(Instr::UnpackEx(((si as u32) << 16) | after as u32));
                    }
                    None => {
                        self.emit(Instr::UnpackSequence(items.len() as u32));
                    }
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(item)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return self.err(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                )
            }
            _ => return self.err("cannot assign to expression", t.span),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        let saved = self.set_line(t.span);
        let r = self.delete_target_inner(t);
        self.restore_line(saved);
        r
    }

    fn delete_target_inner(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                let at = self.attr_span(t, attr);
                self.emit_at(at, Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
            }
            _ => return self.err("cannot delete expression", t.span),
        }
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        if handlers.is_empty() {
            self.stmts(body)?;
            return self.stmts(orelse);
        }
        for (i, h) in handlers.iter().enumerate() {
            if h.typ.is_none() && i + 1 < handlers.len() {
                return self.err("default 'except:' must be last", h.span);
            }
        }
        let h = self.open_handler(0);
        self.unit().fblocks.push(FBlock::TryExcept { handler: h });
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.suspend_handler(h);
        self.stmts(orelse)?;
        let mut ends = vec![self.emit(Instr::Jump(0))];
        self.close_handler_target_here(h);
        self.emit(Instr::PushExcInfo);
        let cleanup = self.open_handler(1);
        for handler in handlers {
            let saved = self.set_line(handler.span);
            let next = match &handler.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit(Instr::CheckExcMatch);
                    Some(self.emit(Instr::PopJumpIfFalse(0)))
                }
                None => None,
            };
            match &handler.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Instr::Pop);
                }
            }
            self.restore_line(saved);
            self.unit().fblocks.push(FBlock::ExceptBody {
                handler: cleanup,
                name: handler.name.clone(),
            });
            self.stmts(&handler.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopExcept);
            if let Some(n) = &handler.name {
                self.load_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
            }
            ends.push(self.emit(Instr::Jump(0)));
            if let Some(n) = next {
                self.patch(n);
            }
        }
        self.emit(Instr::Reraise);
        self.close_handler_target_here(cleanup);
        self.emit(Instr::PopExceptReraise);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    /// `try`/`except*`. The stack under the clauses holds `prev_handled,
    /// orig, rest, raised`: the exception the body raised, what no clause
    /// has matched yet, and a list of what the clauses raised. Each clause
    /// splits `rest` (`ExcStarMatch`) and runs on the part it matched; an
    /// exception from its body is appended to `raised` and the next clause
    /// runs. `ExcStarReraise` then raises what is left, or nothing.
    fn try_star(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult<()> {
        let fin = (!finalbody.is_empty()).then(|| {
            let h = self.open_handler(0);
            self.unit().fblocks.push(FBlock::TryFinally {
                handler: h,
                finalbody,
            });
            h
        });
        let h = self.open_handler(0);
        self.unit().fblocks.push(FBlock::TryExcept { handler: h });
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.suspend_handler(h);
        self.stmts(orelse)?;
        let mut ends = vec![self.emit(Instr::Jump(0))];
        self.close_handler_target_here(h);
        self.emit(Instr::PushExcInfo);
        let cleanup = self.open_handler(1);
        self.emit(Instr::Copy(1));
        self.emit(Instr::BuildList(0));
        for handler in handlers {
            let saved = self.set_line(handler.span);
            // The parser refuses a bare `except*:`; say so again here
            // rather than trust it.
            let Some(typ) = handler.typ.as_ref() else {
                return self.err("expected one or more exception types", handler.span);
            };
            self.expr(typ)?;
            self.emit(Instr::ExcStarMatch);
            let no_match = self.emit(Instr::PopJumpIfFalse(0));
            self.emit(Instr::PushExcInfo);
            match &handler.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Instr::Pop);
                }
            }
            self.restore_line(saved);
            // prev_handled, orig, rest, raised and the clause's own
            // prev_handled stay on the stack under the body.
            self.unit().fblocks.push(FBlock::ExceptStarBody);
            let raised_in_body = self.open_handler(0);
            self.stmts(&handler.body)?;
            self.suspend_handler(raised_in_body);
            self.unit().fblocks.pop();
            self.emit(Instr::PopExcept);
            self.clear_handler_name(handler);
            let next = self.emit(Instr::Jump(0));
            // The body raised: [.., raised, clause_prev, exc].
            self.close_handler_target_here(raised_in_body);
            self.emit(Instr::Swap(2));
            self.emit(Instr::PopExcept);
            self.emit(Instr::ListAppend(1));
            self.clear_handler_name(handler);
            let next2 = self.emit(Instr::Jump(0));
            self.patch(no_match);
            self.emit(Instr::Pop);
            self.patch(next);
            self.patch(next2);
        }
        self.emit(Instr::ExcStarReraise);
        self.emit(Instr::PopExcept);
        ends.push(self.emit(Instr::Jump(0)));
        self.close_handler_target_here(cleanup);
        self.emit(Instr::PopExceptReraise);
        for e in ends {
            self.patch(e);
        }
        if let Some(h) = fin {
            self.unit().fblocks.pop();
            self.suspend_handler(h);
            self.stmts(finalbody)?;
            let end = self.emit(Instr::Jump(0));
            self.close_handler_target_here(h);
            self.emit(Instr::PushExcInfo);
            let cleanup = self.open_handler(1);
            self.unit()
                .fblocks
                .push(FBlock::FinallyBody { handler: cleanup });
            self.stmts(finalbody)?;
            self.unit().fblocks.pop();
            self.emit(Instr::Reraise);
            self.close_handler_target_here(cleanup);
            self.emit(Instr::PopExceptReraise);
            self.patch(end);
        }
        Ok(())
    }

    /// `name = None; del name` after an `except ... as name` clause.
    fn clear_handler_name(&mut self, handler: &'a ExceptHandler) {
        if let Some(n) = &handler.name {
            self.load_const(Value::None);
            self.store_name(n);
            self.delete_name(n);
        }
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult<()> {
        let h = self.open_handler(0);
        self.unit().fblocks.push(FBlock::TryFinally {
            handler: h,
            finalbody,
        });
        self.try_except(body, handlers, orelse)?;
        self.unit().fblocks.pop();
        self.suspend_handler(h);
        self.stmts(finalbody)?;
        let end = self.emit(Instr::Jump(0));
        self.close_handler_target_here(h);
        self.emit(Instr::PushExcInfo);
        let cleanup = self.open_handler(1);
        self.unit()
            .fblocks
            .push(FBlock::FinallyBody { handler: cleanup });
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Reraise);
        self.close_handler_target_here(cleanup);
        self.emit(Instr::PopExceptReraise);
        self.patch(end);
        Ok(())
    }

    fn with_items(
        &mut self,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&item.context_expr)?;
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit_await_from(super::AWAIT_AENTER);
        } else {
            self.emit(Instr::BeforeWith);
        }
        let h = self.open_handler(1);
        self.unit().fblocks.push(FBlock::With {
            handler: h,
            is_async,
        });
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Instr::Pop);
            }
        }
        self.with_items(rest, body, is_async)?;
        self.unit().fblocks.pop();
        self.suspend_handler(h);
        if is_async {
            self.emit(Instr::AsyncWithExit);
            self.emit_await_from(super::AWAIT_AEXIT);
            self.emit(Instr::Pop);
        } else {
            self.emit(Instr::WithExitNormal);
        }
        let end = self.emit(Instr::Jump(0));
        self.close_handler_target_here(h);
        self.emit(Instr::PushExcInfo);
        let cleanup = self.open_handler(2);
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.emit_await_from(super::AWAIT_AEXIT);
        }
        let suppress = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::Reraise);
        self.patch(suppress);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        let end2 = self.emit(Instr::Jump(0));
        self.close_handler_target_here(cleanup);
        self.emit(Instr::PopExceptReraise);
        self.patch(end);
        self.patch(end2);
        Ok(())
    }

    /// `async for target in iter: body else: orelse`
    fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        span: Span,
    ) -> CResult<()> {
        if !self.in_async_function() {
            return self.err("'async for' outside async function", span);
        }
        self.expr(iter)?;
        self.emit(Instr::GetAIter);
        let start = self.here();
        let h = self.open_handler(1);
        self.emit(Instr::GetANext);
        self.emit_await_from(super::AWAIT_ANEXT);
        self.suspend_handler(h);
        self.for_body(start, target, body, orelse, |c| {
            c.close_handler_target_here(h);
            c.emit(Instr::EndAsyncFor);
        })
    }

    /// A for loop from the point where the next item is on the stack:
    /// binds it, runs the body as a loop block, jumps back to `start`;
    /// then `at_end` (where exhausting the iterator lands), the `else`
    /// part, and the targets of `break`.
    fn for_body(
        &mut self,
        start: usize,
        target: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        at_end: impl FnOnce(&mut Self),
    ) -> CResult<()> {
        self.store_target(target)?;
        self.unit().fblocks.push(FBlock::Loop {
            start,
            breaks: Vec::new(),
            is_for: true,
        });
        self.stmts(body)?;
        self.emit(Instr::JumpBackward(start as u32));
        let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else {
            unreachable!()
        };
        at_end(self);
        self.stmts(orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    /// Whether the code being compiled is an async generator's body.
    pub(crate) fn in_async_generator(&self) -> bool {
        let s = &self.table.scopes[self.unit_ref().scope];
        s.is_async && s.has_yield
    }

    /// Whether the code being compiled is an `async def`'s body.
    pub(crate) fn in_async_function(&self) -> bool {
        self.table.scopes[self.unit_ref().scope].is_async
    }

    pub(crate) fn child_qualname(&self, name: &str) -> String {
        let u = self.unit_ref();
        // A name declared `global` where it is defined lives at module
        // level, and so does its qualified name (CPython's rule).
        if self.table.scopes[u.scope].globals.contains(name) {
            return name.to_string();
        }
        match self.scope_kind() {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Index of `name` among the current unit's cells then frees, for
    /// building a nested function's closure.
    fn closure_index(&mut self, name: &str) -> u32 {
        let s = &self.table.scopes[self.unit_ref().scope];
        if let Some(i) = s.cells.iter().position(|n| n == name) {
            return i as u32;
        }
        if let Some(i) = s.frees.iter().position(|n| n == name) {
            return (s.cells.len() + i) as u32;
        }
        match self.resolve(name) {
            Sym::Cell(i) | Sym::Free(i) | Sym::ClassDeref(i) => i as u32,
            _ => 0,
        }
    }

    /// Emits `[closure_tuple]` for the code object's free variables;
    /// returns whether there was one.
    pub(crate) fn emit_closure(&mut self, freevars: &[std::rc::Rc<crate::str::PyStr>]) -> bool {
        if freevars.is_empty() {
            return false;
        }
        for fv in freevars {
            let i = self.closure_index(fv.as_str());
            self.emit(Instr::LoadClosure(i));
        }
        self.emit(Instr::BuildTuple(freevars.len() as u32));
        true
    }

    /// Emits defaults and kw-defaults for a parameter list; returns the
    /// MakeFunction flag bits.
    pub(crate) fn emit_defaults(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= 1;
        }
        let kw: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kw.is_empty() {
            for (a, d) in &kw {
                // Keyed by the parameter's (mangled) name.
                let key = Value::str(&self.mangled(&a.name));
                self.load_const(key);
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    pub(crate) fn function_code(
        &mut self,
        node: usize,
        name: &str,
        args: &'a Arguments,
        body: FunctionBody<'a>,
        is_async: bool,
        line: u32,
    ) -> CResult<std::rc::Rc<crate::code::Code>> {
        let scope = self.table.by_node[&node];
        let qualname = self.child_qualname(name);
        self.push_unit(scope, name, &qualname, line);
        let mut doc = Value::None;
        if let FunctionBody::Stmts(stmts) = body {
            if let Some(d) = kept_docstring(stmts) {
                doc = d;
            }
        }
        // As CPython 3.11's: a function's first constant is its docstring,
        // or None (a lambda's too), which programs read as co_consts[0].
        self.const_index(doc.clone());
        match body {
            FunctionBody::Stmts(stmts) => {
                self.stmts(stmts)?;
                self.load_const(Value::None);
                self.emit(Instr::ReturnValue);
            }
            FunctionBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Instr::ReturnValue);
            }
        }
        let s = &self.table.scopes[scope];
        let flags = CodeFlags {
            generator: s.is_generator || is_async,
            coroutine: is_async,
            async_generator: is_async && s.has_yield,
            varargs: args.vararg.is_some(),
            varkw: args.kwarg.is_some(),
            uses_names: false,
        };
        let argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        Ok(self.pop_unit(
            argcount,
            args.posonlyargs.len() as u32,
            args.kwonlyargs.len() as u32,
            flags,
            doc,
        ))
    }

    /// `co_firstlineno` of a definition: its first decorator's line, else
    /// the statement's.
    fn first_line(&self, decorators: &[Expr]) -> u32 {
        match decorators.first() {
            Some(d) => self.source_line(d.span),
            None => self.unit_ref().line,
        }
    }

    fn function_def(&mut self, f: &'a FunctionDef) -> CResult<()> {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let mut flags = self.emit_defaults(&f.args)?;
        if self.emit_annotations(&f.args, f.returns.as_ref())? {
            flags |= 8;
        }
        let line = self.first_line(&f.decorators);
        let node = f as *const FunctionDef as usize;
        let code = self.function_code(
            node,
            &f.name,
            &f.args,
            FunctionBody::Stmts(&f.body),
            f.is_async,
            line,
        )?;
        if self.emit_closure(&code.freevars) {
            flags |= 4;
        }
        self.load_const(Value::Code(code));
        self.emit(Instr::MakeFunction(flags));
        // Innermost first, each call attributed to its decorator.
        for d in f.decorators.iter().rev() {
            self.emit_at(d.span, Instr::Call(1));
        }
        self.store_name(&f.name);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ClassDef) -> CResult<()> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.emit(Instr::LoadBuildClass);
        let scope = self.table.by_node[&(c as *const ClassDef as usize)];
        let qualname = self.child_qualname(&c.name);
        let line = self.first_line(&c.decorators);
        self.push_unit(scope, &c.name, &qualname, line);
        self.load_name("__name__");
        self.store_name("__module__");
        self.load_const(Value::str(&qualname));
        self.store_name("__qualname__");
        self.setup_annotations(&c.body);
        let doc = kept_docstring(&c.body);
        if let Some(d) = &doc {
            self.load_const(d.clone());
            self.store_name("__doc__");
        }
        self.stmts(&c.body)?;
        if let Some(i) = self.table.scopes[scope]
            .cells
            .iter()
            .position(|n| n == "__class__")
        {
            // The body returns the cell too, for `__build_class__` to
            // check that the class it made is the one in it.
            self.emit(Instr::LoadClosure(i as u32));
            self.store_name("__classcell__");
            self.emit(Instr::LoadClosure(i as u32));
        } else {
            self.load_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit(
            0,
            0,
            0,
            CodeFlags {
                uses_names: true,
                ..Default::default()
            },
            doc.unwrap_or(Value::None),
        );
        let mut flags = 0;
        if self.emit_closure(&code.freevars) {
            flags |= 4;
        }
        self.load_const(Value::Code(code));
        self.emit(Instr::MakeFunction(flags));
        self.load_const(Value::Str(intern(&c.name)));
        let starred = c
            .bases
            .iter()
            .any(|b| matches!(b.kind, ExprKind::Starred(_)));
        let double_star = c.keywords.iter().any(|k| k.arg.is_none());
        if starred || double_star {
            // `class C(*bases, **kw)`: the arguments of `__build_class__`
            // as a list (function and name first), then `CallEx`.
            self.emit(Instr::BuildList(2));
            for b in &c.bases {
                if let ExprKind::Starred(inner) = &b.kind {
                    self.expr(inner)?;
                    self.emit(Instr::ListExtend);
                } else {
                    self.expr(b)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
            self.emit(Instr::ListToTuple);
            self.call_keywords_dict(&c.keywords)?;
            self.emit(Instr::CallEx);
        } else {
            for b in &c.bases {
                self.expr(b)?;
            }
            let nargs = 2 + c.bases.len() as u32;
            if c.keywords.is_empty() {
                self.emit(Instr::Call(nargs));
            } else {
                let mut names = Vec::new();
                for k in &c.keywords {
                    self.expr(&k.value)?;
                    names.push(Value::str(k.arg.as_deref().unwrap_or("")));
                }
                self.load_const(Value::tuple(names));
                self.emit(Instr::CallKw(nargs + c.keywords.len() as u32));
            }
        }
        // Innermost first, each call attributed to its decorator.
        for d in c.decorators.iter().rev() {
            self.emit_at(d.span, Instr::Call(1));
        }
        self.store_name(&c.name);
        Ok(())
    }
}

// ----- annotations (PEP 526, PEP 563) -----

impl<'a> Compiler<'a> {
    /// A module or class body with annotated assignments starts with an
    /// `__annotations__` dict (empty, unless the namespace has one).
    pub(crate) fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_annotations(body) {
            self.emit(Instr::SetupAnnotations);
        }
    }

    /// An annotation's value: evaluated, or its text under
    /// `from __future__ import annotations`.
    fn annotation(&mut self, ann: &'a Expr) -> CResult<()> {
        if self.future_annotations {
            let text = super::unparse::annotation_string(ann, &self.source.text);
            self.load_const(Value::str(&text));
            Ok(())
        } else if let ExprKind::Starred(inner) = &ann.kind {
            // `*args: *Ts` (PEP 646): as CPython 3.11, the annotation is the
            // one item `Ts` unpacks to (`[ann] = Ts`).
            self.expr(inner)?;
            self.emit(Instr::UnpackSequence(1));
            Ok(())
        } else {
            self.expr(ann)
        }
    }

    /// `target: annotation [= value]`, as CPython 3.11 compiles it: the
    /// value is stored first; a plain name's annotation goes into
    /// `__annotations__` in a module or class body; other targets have
    /// their parts evaluated when there is no value, and their annotation
    /// evaluated (not stored) in a module or class. Function bodies never
    /// evaluate annotations.
    fn ann_assign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let in_function = matches!(
            self.scope_kind(),
            ScopeKind::Function | ScopeKind::Comprehension
        );
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        }
        match &target.kind {
            ExprKind::Name(n) => {
                // `(x): int` is not simple: its annotation is not stored.
                let simple = s.span.start == target.span.start;
                if in_function {
                    return Ok(());
                }
                if simple {
                    self.annotation(annotation)?;
                    self.load_name("__annotations__");
                    let key = Value::str(&self.mangled(n));
                    self.load_const(key);
                    self.emit(Instr::StoreSubscr);
                    return Ok(());
                }
            }
            ExprKind::Attribute { value: obj, .. } if value.is_none() => {
                self.expr(obj)?;
                self.emit(Instr::Pop);
            }
            ExprKind::Subscript { value: obj, slice } if value.is_none() => {
                self.expr(obj)?;
                self.emit(Instr::Pop);
                self.expr(slice)?;
                self.emit(Instr::Pop);
            }
            _ => {}
        }
        if !in_function && !self.future_annotations {
            self.expr(annotation)?;
            self.emit(Instr::Pop);
        }
        Ok(())
    }

    /// Pushes a function's `__annotations__` dict (parameters, then
    /// 'return'); returns whether there was any annotation.
    fn emit_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<bool> {
        // CPython's order: plain parameters before positional-only ones.
        let params = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        let mut n = 0;
        for a in params {
            if let Some(ann) = &a.annotation {
                let key = Value::str(&self.mangled(&a.name));
                self.load_const(key);
                self.annotation(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Value::str("return"));
            self.annotation(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Instr::BuildMap(n));
        }
        Ok(n > 0)
    }
}

/// Whether a body holds an annotated assignment (in its own statements or
/// nested blocks, not in definitions).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}

/// Whether the module starts (after its docstring) with
/// `from __future__ import annotations`.
pub(crate) fn future_annotations(body: &[Stmt]) -> bool {
    let skip = usize::from(docstring(body).is_some());
    for s in &body[skip.min(body.len())..] {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if m == "__future__" => {
                if names.iter().any(|a| a.name == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

pub(crate) enum FunctionBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

/// Where CPython 3.11 attributes the raise of a failed `assert`: its
/// compiler leaves the location of the last comparison it jumped on in
/// place (through `not` and `and`/`or`), else the statement's.
fn assert_location(test: &Expr) -> Option<Span> {
    match &test.kind {
        ExprKind::Compare { .. } => Some(test.span),
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } => assert_location(operand),
        ExprKind::BoolOp { values, .. } => values
            .iter()
            .fold(None, |loc, v| assert_location(v).or(loc)),
        _ => None,
    }
}
