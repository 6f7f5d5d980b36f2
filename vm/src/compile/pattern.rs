//! The `match` statement (PEP 634). The subject stays on the stack while
//! the cases are tried; each case works on a copy. A pattern consumes the
//! value on top of the stack and, when a test fails, jumps to a "fail"
//! label that pops whatever the pattern had pushed so far (CPython's
//! `fail_pop` scheme): the jump records how many items sit above the
//! subject, and the labels are a run of `Pop`s emitted after the case.
//!
//! Names are bound as soon as their sub-pattern matched (PEP 634 leaves
//! the bindings of a failed match unspecified; CPython binds them only
//! once the whole pattern matched).
//!
//! Patterns only nest inside brackets, which the lexer limits to 200
//! levels, so the recursion here stays shallow.

use super::{CResult, Compiler};
use crate::code::{
    Instr, MATCH_CLASS, MATCH_COPY_DICT_WITHOUT_KEYS, MATCH_GET_LEN, MATCH_KEYS, MATCH_MAPPING,
    MATCH_SEQUENCE,
};
use crate::value::Value;
use whirl_parser::ast::*;

/// What compiling one case's pattern tracks.
struct PatternCtx {
    /// Jumps to patch to the fail labels, with how many items above the
    /// subject are on the stack when they jump.
    fails: Vec<(usize, u32)>,
    /// Items above the subject now.
    on_top: u32,
    /// Whether an irrefutable pattern is allowed here (last case, guarded
    /// case, last alternative of those, or a sub-pattern).
    allow_irrefutable: bool,
    /// Names bound so far, in order.
    names: Vec<String>,
}

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult<()> {
        self.expr(subject)?;
        let mut ends = Vec::new();
        for (i, case) in cases.iter().enumerate() {
            let last = i + 1 == cases.len();
            let mut pc = PatternCtx {
                fails: Vec::new(),
                on_top: 1,
                allow_irrefutable: case.guard.is_some() || last,
                names: Vec::new(),
            };
            let saved = self.set_line(case.pattern.span);
            self.emit(Instr::Copy(1));
            self.pattern(&case.pattern, &mut pc)?;
            self.restore_line(saved);
            if let Some(g) = &case.guard {
                self.expr(g)?;
                let j = self.emit(Instr::PopJumpIfFalse(0));
                pc.fails.push((j, 0));
            }
            self.emit(Instr::Pop);
            self.stmts(&case.body)?;
            ends.push(self.emit(Instr::Jump(0)));
            self.fail_pops(pc.fails);
        }
        self.emit(Instr::Pop);
        for j in ends {
            self.patch(j);
        }
        Ok(())
    }

    /// Emits the fail labels: `max` pops, each jump entering the run where
    /// it leaves exactly its own items.
    fn fail_pops(&mut self, fails: Vec<(usize, u32)>) {
        let max = fails.iter().map(|f| f.1).max().unwrap_or(0);
        let start = self.here();
        for _ in 0..max {
            self.emit(Instr::Pop);
        }
        for (j, n) in fails {
            self.patch_to(j, start + (max - n) as usize);
        }
    }

    /// A test whose bool is on top: on false, fail.
    fn jump_if_false_fail(&mut self, pc: &mut PatternCtx) {
        let j = self.emit(Instr::PopJumpIfFalse(0));
        pc.fails.push((j, pc.on_top));
    }

    /// Binds the value on top to `name` (once per pattern).
    fn pattern_store(&mut self, name: &str, span: Span, pc: &mut PatternCtx) -> CResult<()> {
        if pc.names.iter().any(|n| n == name) {
            return self.err(
                format!("multiple assignments to name '{name}' in pattern"),
                span,
            );
        }
        pc.names.push(name.to_string());
        self.store_name(name);
        pc.on_top -= 1;
        Ok(())
    }

    /// A sub-pattern: irrefutable ones are fine there.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        match &p.kind {
            PatternKind::As {
                pattern: None,
                name,
            } => {
                if !pc.allow_irrefutable {
                    return match name {
                        Some(n) => self.err(
                            format!("name capture '{n}' makes remaining patterns unreachable"),
                            p.span,
                        ),
                        None => self.err("wildcard makes remaining patterns unreachable", p.span),
                    };
                }
                match name {
                    Some(n) => self.pattern_store(n, p.span, pc)?,
                    None => {
                        self.emit(Instr::Pop);
                        pc.on_top -= 1;
                    }
                }
            }
            PatternKind::As {
                pattern: Some(sub),
                name,
            } => {
                self.emit(Instr::Copy(1));
                pc.on_top += 1;
                self.pattern(sub, pc)?;
                match name {
                    Some(n) => self.pattern_store(n, p.span, pc)?,
                    None => {
                        self.emit(Instr::Pop);
                        pc.on_top -= 1;
                    }
                }
            }
            PatternKind::Value(e) => {
                self.expr(e)?;
                self.emit(Instr::Compare(CmpOp::Eq));
                pc.on_top -= 1;
                self.jump_if_false_fail(pc);
            }
            PatternKind::Singleton(c) => {
                self.load_const(match c {
                    Constant::True => Value::Bool(true),
                    Constant::False => Value::Bool(false),
                    _ => Value::None,
                });
                self.emit(Instr::Compare(CmpOp::Is));
                pc.on_top -= 1;
                self.jump_if_false_fail(pc);
            }
            PatternKind::Sequence(items) => self.sequence_pattern(items, pc)?,
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(p, keys, patterns, rest.as_deref(), pc)?,
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(p, cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            PatternKind::Or(alts) => self.or_pattern(p, alts, pc)?,
            PatternKind::Star(_) => {
                // The grammar only puts these in sequence patterns.
                return self.err("can't use starred name here", p.span);
            }
        }
        Ok(())
    }

    fn sequence_pattern(&mut self, items: &'a [Pattern], pc: &mut PatternCtx) -> CResult<()> {
        let mut star = None;
        for (i, it) in items.iter().enumerate() {
            if let PatternKind::Star(_) = it.kind {
                if star.is_some() {
                    return self.err("multiple starred names in sequence pattern", it.span);
                }
                star = Some(i);
            }
        }
        let n = items.len() as u32;
        self.emit(Instr::Match(MATCH_SEQUENCE));
        self.jump_if_false_fail(pc);
        match star {
            // `[*x]` takes any length: no len() asked (as CPython, so a
            // sequence without `__len__` matches).
            Some(_) if n == 1 => {}
            Some(_) => {
                self.emit(Instr::Match(MATCH_GET_LEN));
                self.load_const(Value::Int(n as i64 - 1));
                self.emit(Instr::Compare(CmpOp::GtE));
                self.jump_if_false_fail(pc);
            }
            None => {
                self.emit(Instr::Match(MATCH_GET_LEN));
                self.load_const(Value::Int(n as i64));
                self.emit(Instr::Compare(CmpOp::Eq));
                self.jump_if_false_fail(pc);
            }
        }
        if let Some(s) = star.filter(|&s| matches!(items[s].kind, PatternKind::Star(None))) {
            // `case x, y, *_:` indexes the subject (`x = subject[0]`,
            // trailing ones from its length) rather than unpacking it, as
            // CPython does: a huge sequence such as `range(1 << 30)` matches
            // without being materialised.
            for (i, it) in items.iter().enumerate() {
                if i == s || is_wildcard(it) {
                    continue;
                }
                self.emit(Instr::Copy(1));
                if i < s {
                    self.load_const(Value::Int(i as i64));
                } else {
                    // `len(subject) - k`: the subject may not take negative
                    // indices.
                    self.emit(Instr::Match(MATCH_GET_LEN));
                    self.load_const(Value::Int(n as i64 - i as i64));
                    self.emit(Instr::Binary(BinOp::Sub));
                }
                self.emit(Instr::Subscr);
                pc.on_top += 1;
                self.subpattern(it, pc)?;
            }
            self.emit(Instr::Pop);
            pc.on_top -= 1;
            return Ok(());
        }
        match star {
            Some(s) => {
                let before = s as u32;
                let after = n - 1 - before;
                if before >= 1 << 8 || after > 0xffff {
                    return self.err(
                        "too many expressions in star-unpacking sequence pattern",
                        items[s].span,
                    );
                }
                self.emit(Instr::UnpackEx((before << 16) | after));
            }
            None if n == 0 => {
                self.emit(Instr::Pop);
            }
            None => {
                self.emit(Instr::UnpackSequence(n));
            }
        }
        pc.on_top = pc.on_top + n - 1;
        for it in items {
            match &it.kind {
                PatternKind::Star(Some(name)) => self.pattern_store(name, it.span, pc)?,
                PatternKind::Star(None) => {
                    self.emit(Instr::Pop);
                    pc.on_top -= 1;
                }
                _ => self.subpattern(it, pc)?,
            }
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        self.emit(Instr::Match(MATCH_MAPPING));
        self.jump_if_false_fail(pc);
        if keys.is_empty() && rest.is_none() {
            self.emit(Instr::Pop);
            pc.on_top -= 1;
            return Ok(());
        }
        // Literal keys must differ (as values: `1` and `1.0` are the same).
        let mut seen: Vec<String> = Vec::new();
        for k in keys {
            if let Some(v) = super::expr::fold(k) {
                let id = literal_identity(&v);
                if seen.contains(&id) {
                    return self.err(
                        format!(
                            "mapping pattern checks duplicate key ({})",
                            literal_repr(&v)
                        ),
                        p.span,
                    );
                }
                seen.push(id);
            } else if !matches!(k.kind, ExprKind::Attribute { .. }) {
                return self.err(
                    "mapping pattern keys may only match literals and attribute lookups",
                    k.span,
                );
            }
        }
        let n = keys.len() as u32;
        if n > 0 {
            self.emit(Instr::Match(MATCH_GET_LEN));
            self.load_const(Value::Int(n as i64));
            self.emit(Instr::Compare(CmpOp::GtE));
            self.jump_if_false_fail(pc);
        }
        for k in keys {
            self.expr(k)?;
        }
        self.emit(Instr::BuildTuple(n));
        pc.on_top += 1;
        if n > 0 {
            self.emit(Instr::Match(MATCH_KEYS));
            pc.on_top += 1;
            self.emit(Instr::Copy(1));
            self.load_const(Value::None);
            self.emit(Instr::Compare(CmpOp::IsNot));
            self.jump_if_false_fail(pc);
            self.emit(Instr::UnpackSequence(n));
            pc.on_top = pc.on_top + n - 1;
            for sub in patterns {
                self.subpattern(sub, pc)?;
            }
        }
        // [subject, keys]
        match rest {
            Some(name) => {
                self.emit(Instr::Match(MATCH_COPY_DICT_WITHOUT_KEYS));
                self.pattern_store(name, p.span, pc)?;
            }
            None => {
                self.emit(Instr::Pop);
                pc.on_top -= 1;
            }
        }
        self.emit(Instr::Pop);
        pc.on_top -= 1;
        Ok(())
    }

    fn class_pattern(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        for (i, a) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[..i].contains(a) {
                return self.err(
                    format!("attribute name repeated in class pattern: {a}"),
                    kwd_patterns[i].span,
                );
            }
        }
        self.expr(cls)?;
        let names = kwd_attrs.iter().map(|a| Value::str(a)).collect();
        let i = self.unit().consts.len() as u32;
        self.unit().consts.push(Value::tuple(names));
        self.emit(Instr::LoadConst(i));
        let n = patterns.len() as u32;
        self.emit(Instr::Match(MATCH_CLASS | (n << 8)));
        self.emit(Instr::Copy(1));
        self.load_const(Value::None);
        self.emit(Instr::Compare(CmpOp::IsNot));
        self.jump_if_false_fail(pc);
        let total = n + kwd_attrs.len() as u32;
        if total == 0 {
            self.emit(Instr::Pop);
        } else {
            self.emit(Instr::UnpackSequence(total));
        }
        pc.on_top = pc.on_top + total - 1;
        for sub in patterns.iter().chain(kwd_patterns) {
            self.subpattern(sub, pc)?;
        }
        let _ = p;
        Ok(())
    }

    fn or_pattern(
        &mut self,
        p: &'a Pattern,
        alts: &'a [Pattern],
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        let mut ends = Vec::new();
        let mut first_names: Option<Vec<String>> = None;
        let before = pc.names.len();
        let outer = pc.names.clone();
        for (i, alt) in alts.iter().enumerate() {
            let last = i + 1 == alts.len();
            self.emit(Instr::Copy(1));
            let mut apc = PatternCtx {
                fails: Vec::new(),
                on_top: 1,
                allow_irrefutable: last && pc.allow_irrefutable,
                names: outer.clone(),
            };
            self.pattern(alt, &mut apc)?;
            let mut bound: Vec<String> = apc.names[before..].to_vec();
            bound.sort();
            match &first_names {
                None => first_names = Some(bound),
                Some(f) if *f != bound => {
                    return self.err("alternative patterns bind different names", p.span);
                }
                Some(_) => {}
            }
            if i == 0 {
                pc.names = apc.names.clone();
            }
            ends.push(self.emit(Instr::Jump(0)));
            self.fail_pops(apc.fails);
        }
        // No alternative matched: the subject is still on top.
        let j = self.emit(Instr::Jump(0));
        pc.fails.push((j, pc.on_top));
        for e in ends {
            self.patch(e);
        }
        self.emit(Instr::Pop);
        pc.on_top -= 1;
        Ok(())
    }
}

/// A literal mapping key as a value compares: numbers by value (`1`,
/// `1.0` and `True` are one key), strings and bytes by content.
fn literal_identity(v: &Value) -> String {
    match v {
        Value::Bool(b) => format!("n{}", *b as i64),
        Value::Int(i) => format!("n{i}"),
        Value::BigInt(b) => format!("n{b}"),
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => format!("n{}", *f as i64),
        Value::Float(f) => format!("f{f:?}"),
        Value::Str(s) => format!("s{}", s.as_str()),
        Value::Bytes(b) => format!("b{b:?}"),
        Value::None => "None".into(),
        // Equal to a real key when the imaginary part is zero.
        Value::Complex(c) if c.im == 0.0 => literal_identity(&Value::Float(c.re)),
        Value::Complex(c) => format!("c{:?},{:?}", c.re + 0.0, c.im + 0.0),
        _ => "?".into(),
    }
}

fn literal_repr(v: &Value) -> String {
    match v {
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => crate::ops::float_repr(*f),
        Value::Str(s) => crate::format::str_repr(s.as_str()),
        Value::Bytes(b) => crate::format::bytes_repr(b),
        Value::Complex(c) => crate::complex::repr(c),
        _ => "None".into(),
    }
}

/// `_`: matches anything and binds nothing.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::As {
            pattern: None,
            name: None
        }
    )
}
