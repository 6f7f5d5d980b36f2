//! Scope analysis: which names a scope binds, and whether each name is a
//! fast local, a cell, a free variable, a global or a namespace name.
//!
//! Pass one walks the tree and records, per scope, the names bound and
//! used; pass two links every free use to the enclosing function scope
//! that binds it, marking it a cell there and free on the way down.

use super::mangle::mangle;
use std::collections::{HashMap, HashSet};
use whirl_parser::ast::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    /// Comprehensions and generator expressions: functions of their own.
    Comprehension,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    /// Bound names in first-binding order (parameters first).
    pub bound: Vec<String>,
    bound_set: HashSet<String>,
    pub used: HashSet<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    /// Where each global/nonlocal name was first declared: errors found
    /// later, once the whole body is known, point there (as CPython's).
    directives: HashMap<String, Span>,
    /// Names given a simple annotation (`x: int`): they may not be declared
    /// global or nonlocal in the same scope.
    annotated: HashSet<String>,
    /// How many of `bound` are parameters (they come first).
    pub params: usize,
    pub is_generator: bool,
    /// An `async def`: `await`, `async for` and `async with` may appear.
    pub is_async: bool,
    /// A `yield` appears: with `is_async`, an async generator.
    pub has_yield: bool,
    /// An `await` (or an async comprehension, which is awaited) appears:
    /// makes a comprehension asynchronous.
    pub has_await: bool,
    /// Names this scope provides to nested scopes (cellvars), in order.
    pub cells: Vec<String>,
    /// Names this scope receives from enclosing scopes (freevars), in order.
    pub frees: Vec<String>,
    pub uses_class_cell: bool,
    /// For a comprehension, what CPython calls it in errors ("list
    /// comprehension", "generator expression", ...).
    pub comprehension_kind: &'static str,
    /// The name of the innermost class around this scope (itself, for a
    /// class body): private names here are mangled with it.
    pub private: Option<std::rc::Rc<str>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sym {
    Local,
    Cell(usize),
    Free(usize),
    Global,
    /// Module and class bodies: look up the namespace dict.
    Name,
    /// A class body reading a variable of an enclosing function.
    ClassDeref(usize),
}

pub struct ScopeError {
    pub message: String,
    pub span: Span,
}

pub struct ScopeTable {
    pub scopes: Vec<Scope>,
    /// Scope of each function, lambda, class and comprehension node, by the
    /// node's address (the tree does not move while it is compiled).
    pub by_node: HashMap<usize, usize>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            bound: Vec::new(),
            bound_set: HashSet::new(),
            used: HashSet::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            directives: HashMap::new(),
            annotated: HashSet::new(),
            params: 0,
            is_generator: false,
            is_async: false,
            has_yield: false,
            has_await: false,
            cells: Vec::new(),
            frees: Vec::new(),
            uses_class_cell: false,
            comprehension_kind: "",
            private: None,
        }
    }
    fn bind(&mut self, name: &str) {
        if self.bound_set.insert(name.to_string()) {
            self.bound.push(name.to_string());
        }
    }
    pub fn binds(&self, name: &str) -> bool {
        self.bound_set.contains(name)
            && !self.globals.contains(name)
            && !self.nonlocals.contains(name)
    }

    pub fn resolve(&self, name: &str) -> Sym {
        if self.globals.contains(name) {
            return Sym::Global;
        }
        match self.kind {
            ScopeKind::Module => Sym::Name,
            ScopeKind::Class => {
                if let Some(i) = self.frees.iter().position(|n| n == name) {
                    // `nonlocal x` in a class body: x is the enclosing
                    // function's cell, read and written there.
                    if self.nonlocals.contains(name) {
                        return Sym::Free(self.cells.len() + i);
                    }
                    if !self.bound_set.contains(name) {
                        return Sym::ClassDeref(self.cells.len() + i);
                    }
                }
                Sym::Name
            }
            _ => {
                if let Some(i) = self.cells.iter().position(|n| n == name) {
                    return Sym::Cell(i);
                }
                if let Some(i) = self.frees.iter().position(|n| n == name) {
                    return Sym::Free(self.cells.len() + i);
                }
                if self.bound_set.contains(name) {
                    Sym::Local
                } else {
                    Sym::Global
                }
            }
        }
    }
}

pub fn analyze(module: &Module) -> Result<ScopeTable, ScopeError> {
    let mut b = Builder {
        table: ScopeTable {
            scopes: vec![Scope::new(ScopeKind::Module, None)],
            by_node: HashMap::new(),
        },
        cur: 0,
        error: None,
        depth: 0,
        private: None,
        deleting: false,
        augmented: false,
    };
    for s in &module.body {
        b.stmt(s);
    }
    if let Some(e) = b.error {
        return Err(e);
    }
    link(&mut b.table)?;
    Ok(b.table)
}

/// Scope analysis of a single expression (for `eval`).
pub fn analyze_expr(expr: &Expr) -> Result<ScopeTable, ScopeError> {
    let mut b = Builder {
        table: ScopeTable {
            scopes: vec![Scope::new(ScopeKind::Module, None)],
            by_node: HashMap::new(),
        },
        cur: 0,
        error: None,
        depth: 0,
        private: None,
        deleting: false,
        augmented: false,
    };
    b.expr(expr);
    if let Some(e) = b.error {
        return Err(e);
    }
    link(&mut b.table)?;
    Ok(b.table)
}

struct Builder {
    table: ScopeTable,
    cur: usize,
    error: Option<ScopeError>,
    depth: usize,
    /// The class whose private names are being mangled (see `mangle`).
    private: Option<std::rc::Rc<str>>,
    /// Targets being walked belong to a `del` statement.
    deleting: bool,
    /// Targets being walked belong to an augmented assignment (where
    /// CPython lets `obj.__debug__ += 1` through).
    augmented: bool,
}

/// Expression nesting deeper than this is refused (the walk recurses).
pub const MAX_NESTING: usize = 1000;

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.cur]
    }
    fn fail(&mut self, message: String, span: Span) {
        if self.error.is_none() {
            self.error = Some(ScopeError { message, span });
        }
    }

    fn push(&mut self, kind: ScopeKind, node: usize) -> usize {
        let id = self.table.scopes.len();
        let mut scope = Scope::new(kind, Some(self.cur));
        scope.private = self.private.clone();
        self.table.scopes.push(scope);
        self.table.by_node.insert(node, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    /// `name` as this scope knows it: mangled inside a class.
    fn mangled<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        mangle(self.private.as_deref(), name)
    }

    fn bind(&mut self, name: &str) {
        let name = self.mangled(name).into_owned();
        self.scope().bind(&name);
    }

    /// Records a read of `name` in the current scope.
    fn use_name(&mut self, name: &str) {
        let name = self.mangled(name).into_owned();
        self.scope().used.insert(name);
    }

    fn declare(&mut self, names: &[String], global: bool, span: Span) {
        for written in names {
            // Errors name the declaration as written, as CPython's do.
            let mangled = self.mangled(written).into_owned();
            let n = &mangled;
            let kind = self.scope().kind;
            if !global && kind == ScopeKind::Module {
                self.fail(
                    "nonlocal declaration not allowed at module level".into(),
                    span,
                );
                return;
            }
            let s = self.scope();
            let what = if global { "global" } else { "nonlocal" };
            // CPython's symtable checks in this order: parameter, use,
            // assignment, then the other kind of declaration.
            let problem = if s.bound[..s.params].contains(n) {
                Some(format!("name '{written}' is parameter and {what}"))
            } else if s.used.contains(n) {
                Some(format!(
                    "name '{written}' is used prior to {what} declaration"
                ))
            } else if s.annotated.contains(n) {
                Some(format!("annotated name '{written}' can't be {what}"))
            } else if s.bound_set.contains(n) {
                Some(format!(
                    "name '{written}' is assigned to before {what} declaration"
                ))
            } else {
                None
            };
            if let Some(msg) = problem {
                self.fail(msg, span);
                return;
            }
            let first = *s.directives.entry(n.clone()).or_insert(span);
            if (global && s.nonlocals.contains(n)) || (!global && s.globals.contains(n)) {
                // (This one names the mangled form, as CPython's does.)
                self.fail(format!("name '{n}' is nonlocal and global"), first);
                return;
            }
            if global {
                s.globals.insert(n.clone());
                // As CPython's symtable: a `global` statement anywhere
                // makes the name global in the module's own scope too (its
                // stores are STORE_GLOBAL even with exec's separate locals).
                if kind != ScopeKind::Module {
                    self.table.scopes[0].globals.insert(n.clone());
                }
            } else {
                s.nonlocals.insert(n.clone());
            }
        }
    }

    /// CPython's compiler refuses to bind the constant `__debug__` in any
    /// way (assignment, deletion, parameter, import, capture pattern...);
    /// `span` is the node it was compiling, which the error points at.
    fn forbid_debug(&mut self, name: &str, span: Span) {
        if name == "__debug__" {
            let msg = if self.deleting {
                "cannot delete __debug__"
            } else {
                "cannot assign to __debug__"
            };
            self.fail(msg.into(), span);
        }
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => {
                self.forbid_debug(n, t.span);
                self.bind(n)
            }
            ExprKind::Attribute { attr, .. }
                if attr == "__debug__" && !self.deleting && !self.augmented =>
            {
                self.fail("cannot assign to __debug__".into(), t.span)
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn body(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn args(&mut self, args: &Arguments) {
        // Defaults and annotations belong to the enclosing scope.
        for d in &args.defaults {
            self.expr(d);
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d);
        }
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(ann) = &a.annotation {
                self.expr(ann);
            }
        }
        for a in args.vararg.iter().chain(&args.kwarg) {
            if let Some(ann) = &a.annotation {
                self.expr(ann);
            }
        }
    }

    /// `span` is the `def` statement or the lambda, where CPython points a
    /// `__debug__` parameter's error.
    fn bind_params(&mut self, args: &Arguments, span: Span) {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwarg);
        for a in all {
            // The parser caught names written twice; two spellings of one
            // mangled name (`__a` and `_C__a`) meet only here.
            let mangled = self.mangled(&a.name).into_owned();
            if self.scope().bound_set.contains(&mangled) {
                let msg = format!("duplicate argument '{}' in function definition", a.name);
                self.fail(msg, a.span);
            }
            self.forbid_debug(&a.name, span);
            self.bind(&a.name);
        }
        let s = self.scope();
        s.params = s.bound.len();
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.augmented = true;
                self.target(target);
                self.augmented = false;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                let simple_debug = match &target.kind {
                    ExprKind::Name(n) => n == "__debug__" && value.is_none(),
                    ExprKind::Attribute { attr, .. } => attr == "__debug__",
                    _ => false,
                };
                if simple_debug {
                    self.fail("cannot assign to __debug__".into(), s.span);
                }
                // `(x): int` is not simple: without a value it binds nothing.
                let simple = s.span.start == target.span.start;
                if let ExprKind::Name(n) = &target.kind {
                    let mangled = self.mangled(n).into_owned();
                    let scope = self.scope();
                    if simple && scope.kind != ScopeKind::Module {
                        let what = if scope.globals.contains(&mangled) {
                            Some("global")
                        } else if scope.nonlocals.contains(&mangled) {
                            Some("nonlocal")
                        } else {
                            None
                        };
                        if let Some(what) = what {
                            self.fail(format!("annotated name '{n}' can't be {what}"), s.span);
                        }
                    }
                    if simple {
                        self.scope().annotated.insert(mangled);
                    }
                }
                if let Some(v) = value {
                    self.expr(v);
                    self.target(target);
                } else if let ExprKind::Name(n) = &target.kind {
                    // A bare simple annotation still makes the name local.
                    if simple {
                        self.bind(n);
                    }
                } else {
                    // `a.b: int` evaluates `a`.
                    self.expr(target);
                }
                // Evaluated in module and class bodies only.
                if self.scope().kind != ScopeKind::Function {
                    self.expr(annotation);
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Delete(ts) => {
                self.deleting = true;
                for t in ts {
                    self.target(t);
                }
                self.deleting = false;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)
                }
                if let Some(c) = cause {
                    self.expr(c)
                }
            }
            StmtKind::Global(names) => self.declare(names, true, s.span),
            StmtKind::Nonlocal(names) => self.declare(names, false, s.span),
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m)
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let n = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.forbid_debug(&n, s.span);
                    self.bind(&n);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            self.fail("import * only allowed at module level".into(), s.span);
                        }
                        continue;
                    }
                    let n = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.forbid_debug(&n, s.span);
                    self.bind(&n);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter);
                self.target(target);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.forbid_debug(n, h.span);
                        self.bind(n);
                    }
                    self.body(&h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(v);
                    }
                }
                self.body(body);
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d);
                }
                self.args(&f.args);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.forbid_debug(&f.name, s.span);
                self.bind(&f.name);
                let prev = self.push(ScopeKind::Function, &**f as *const FunctionDef as usize);
                self.bind_params(&f.args, s.span);
                if f.is_async {
                    // Coroutines are generators underneath.
                    self.scope().is_generator = true;
                    self.scope().is_async = true;
                }
                self.body(&f.body);
                self.cur = prev;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.expr(b);
                }
                for k in &c.keywords {
                    if let Some(a) = &k.arg {
                        self.forbid_debug(a, s.span);
                    }
                    self.expr(&k.value);
                }
                self.forbid_debug(&c.name, s.span);
                self.bind(&c.name);
                // The body, and everything defined in it, mangles with
                // this class's name.
                let outer = self.private.replace(c.name.as_str().into());
                let prev = self.push(ScopeKind::Class, &**c as *const ClassDef as usize);
                self.body(&c.body);
                self.cur = prev;
                self.private = outer;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.body(&c.body);
                }
            }
        }
    }

    /// The names a pattern binds and the expressions it evaluates. Patterns
    /// nest only inside brackets, which the lexer limits to 200 levels.
    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::Value(e) => self.expr(e),
            PatternKind::Singleton(_) => {}
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                ps.iter().for_each(|p| self.pattern(p));
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                keys.iter().for_each(|k| self.expr(k));
                patterns.iter().for_each(|p| self.pattern(p));
                if let Some(n) = rest {
                    self.forbid_debug(n, p.span);
                    self.bind(n);
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.expr(cls);
                patterns.iter().for_each(|p| self.pattern(p));
                for (a, p) in kwd_attrs.iter().zip(kwd_patterns) {
                    self.forbid_debug(a, p.span);
                }
                kwd_patterns.iter().for_each(|p| self.pattern(p));
            }
            PatternKind::Star(name) => {
                if let Some(n) = name {
                    self.forbid_debug(n, p.span);
                    self.bind(n);
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(p) = pattern {
                    self.pattern(p);
                }
                if let Some(n) = name {
                    // (CPython points at the inner pattern, if any.)
                    let at = pattern.as_ref().map_or(p.span, |p| p.span);
                    self.forbid_debug(n, at);
                    self.bind(n);
                }
            }
        }
    }

    fn comprehension(
        &mut self,
        node: usize,
        elts: &[&Expr],
        gens: &[Comprehension],
        kind: &'static str,
    ) {
        let is_gen = kind == "generator expression";
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = gens.first() {
            self.expr(&first.iter);
        }
        let prev = self.push(ScopeKind::Comprehension, node);
        self.scope().is_generator = is_gen;
        self.scope().comprehension_kind = kind;
        self.bind(".0");
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        // `async for` or `await` make a comprehension a coroutine (a list,
        // set or dict one is awaited where it stands, which makes the
        // enclosing scope await too) or a generator expression an async
        // generator.
        let is_async = gens.iter().any(|g| g.is_async) || self.scope().has_await;
        self.scope().is_async = is_async;
        self.cur = prev;
        if is_async && !is_gen {
            self.scope().has_await = true;
        }
    }

    fn expr(&mut self, e: &Expr) {
        if self.error.is_some() {
            return;
        }
        self.depth += 1;
        if self.depth > MAX_NESTING {
            self.fail("too many nested expressions".into(), e.span);
        } else {
            self.expr_inner(e);
        }
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => {
                self.use_name(n);
                if n == "super" {
                    self.scope().uses_class_cell = true;
                }
            }
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| self.expr(v)),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.forbid_debug(n, target.span);
                    let n = &self.mangled(n).into_owned();
                    // Inside a comprehension the target binds in the
                    // enclosing non-comprehension scope (PEP 572).
                    let mut s = self.cur;
                    while self.table.scopes[s].kind == ScopeKind::Comprehension {
                        s = self.table.scopes[s].parent.unwrap_or(0);
                    }
                    if s != self.cur {
                        // A name the enclosing function declares global
                        // stays global in the comprehension too.
                        let global = self.table.scopes[s].kind == ScopeKind::Module
                            || self.table.scopes[s].globals.contains(n);
                        let mut c = self.cur;
                        while c != s {
                            if global {
                                self.table.scopes[c].globals.insert(n.clone());
                            } else {
                                self.table.scopes[c].nonlocals.insert(n.clone());
                            }
                            c = self.table.scopes[c].parent.unwrap_or(0);
                        }
                        self.table.scopes[s].bind(n);
                    } else {
                        self.bind(n);
                    }
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.args(args);
                let prev = self.push(ScopeKind::Function, e as *const Expr as usize);
                self.bind_params(args, e.span);
                self.expr(body);
                self.cur = prev;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k);
                }
                values.iter().for_each(|v| self.expr(v));
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                items.iter().for_each(|v| self.expr(v))
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(
                e as *const Expr as usize,
                &[elt],
                generators,
                "list comprehension",
            ),
            ExprKind::SetComp { elt, generators } => self.comprehension(
                e as *const Expr as usize,
                &[elt],
                generators,
                "set comprehension",
            ),
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(
                e as *const Expr as usize,
                &[elt],
                generators,
                "generator expression",
            ),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e as *const Expr as usize,
                &[key, value],
                generators,
                "dict comprehension",
            ),
            ExprKind::Await(v) => {
                self.scope().has_await = true;
                self.expr(v);
            }
            ExprKind::Yield(v) => {
                self.mark_generator(e.span);
                if let Some(v) = v {
                    self.expr(v)
                }
            }
            ExprKind::YieldFrom(v) => {
                if self.scope().is_async && self.scope().kind == ScopeKind::Function {
                    self.fail("'yield from' inside async function".into(), e.span);
                }
                self.mark_generator(e.span);
                self.expr(v)
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                comparators.iter().for_each(|v| self.expr(v));
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                args.iter().for_each(|v| self.expr(v));
                for k in keywords {
                    if let Some(a) = &k.arg {
                        self.forbid_debug(a, e.span);
                    }
                    self.expr(&k.value);
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value);
                if let Some(s) = format_spec {
                    self.expr(s)
                }
            }
            ExprKind::JoinedStr(parts) => parts.iter().for_each(|v| self.expr(v)),
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }

    fn mark_generator(&mut self, span: Span) {
        let kind = self.scope().kind;
        match kind {
            ScopeKind::Function => {
                self.scope().is_generator = true;
                self.scope().has_yield = true;
            }
            ScopeKind::Comprehension => {
                let what = self.scope().comprehension_kind;
                self.fail(format!("'yield' inside {what}"), span);
            }
            _ => self.fail("'yield' outside function".into(), span),
        }
    }
}

/// Pass two: connect free names to the function scope that binds them.
fn link(t: &mut ScopeTable) -> Result<(), ScopeError> {
    for id in 1..t.scopes.len() {
        let kind = t.scopes[id].kind;
        let mut wanted: Vec<String> = Vec::new();
        {
            let s = &t.scopes[id];
            for n in s.used.iter().chain(s.nonlocals.iter()) {
                if s.globals.contains(n) || (s.bound_set.contains(n) && !s.nonlocals.contains(n)) {
                    if kind != ScopeKind::Class || !s.used.contains(n) || s.nonlocals.contains(n) {
                        continue;
                    }
                    // A class body binding a name still reads it from the
                    // namespace: no free variable needed.
                    continue;
                }
                wanted.push(n.clone());
            }
            if s.uses_class_cell && kind != ScopeKind::Class {
                wanted.push("__class__".into());
            }
        }
        wanted.sort();
        for name in wanted {
            // Find the nearest enclosing function-like scope binding it.
            let mut p = t.scopes[id].parent;
            let mut provider = None;
            while let Some(pid) = p {
                let ps = &t.scopes[pid];
                match ps.kind {
                    ScopeKind::Module => break,
                    ScopeKind::Class => {
                        if name == "__class__" {
                            provider = Some(pid);
                            break;
                        }
                    }
                    _ => {
                        if ps.binds(&name) || ps.nonlocals.contains(&name) {
                            provider = Some(pid);
                            break;
                        }
                        if ps.globals.contains(&name) {
                            break;
                        }
                    }
                }
                p = ps.parent;
            }
            match provider {
                Some(pid) => {
                    let ps = &mut t.scopes[pid];
                    if !ps.nonlocals.contains(&name) && !ps.cells.contains(&name) {
                        ps.cells.push(name.clone());
                    }
                    let mut c = id;
                    while c != pid {
                        let cs = &mut t.scopes[c];
                        if !cs.frees.contains(&name) {
                            cs.frees.push(name.clone());
                        }
                        c = cs.parent.unwrap_or(0);
                    }
                }
                None => {
                    if t.scopes[id].nonlocals.contains(&name) {
                        return Err(ScopeError {
                            message: format!("no binding for nonlocal '{name}' found"),
                            span: t.scopes[id]
                                .directives
                                .get(&name)
                                .copied()
                                .unwrap_or_default(),
                        });
                    }
                }
            }
        }
    }
    Ok(())
}
