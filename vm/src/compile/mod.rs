//! The compiler: AST to code objects. `scope.rs` decides where every name
//! lives; `stmt.rs` and `expr.rs` emit instructions; this file holds the
//! per-code-object builder, jump patching, exception-handler ranges and the
//! stack of blocks that `return`/`break`/`continue` must unwind.

pub mod code;
pub mod code_serial;
pub mod positions;

mod expr;
pub mod mangle;
mod pattern;
pub mod scope;
mod stmt;
mod unparse;
pub mod warnings;

use crate::code::{Code, CodeFlags, Handler, Instr, SourceFile};
use crate::str::{intern, PyStr};
use crate::value::Value;
use scope::{ScopeKind, ScopeTable, Sym};
use std::collections::HashMap;
use std::rc::Rc;
use whirl_parser::ast::{self, Span, Stmt};

#[derive(Debug, Clone)]
pub struct CompileError {
    pub message: String,
    pub span: Span,
    /// The exception type the error becomes (`SyntaxError` for almost all).
    pub kind: &'static str,
}

pub type CResult<T> = Result<T, CompileError>;

/// What gave the value an `Instr::GetAwaitable` awaits, when the
/// statement adds the `await`: its errors name it.
pub(crate) const AWAIT_AENTER: u8 = 1;
pub(crate) const AWAIT_AEXIT: u8 = 2;
pub(crate) const AWAIT_ANEXT: u8 = 3;

impl From<scope::ScopeError> for CompileError {
    fn from(e: scope::ScopeError) -> CompileError {
        CompileError {
            message: e.message,
            span: e.span,
            kind: "SyntaxError",
        }
    }
}

/// Compiles a module (or `-c` string) into its top-level code object.
pub fn compile_module(module: &ast::Module, source: Rc<SourceFile>) -> CResult<Rc<Code>> {
    compile_body(module, source, false)
}

/// Compiles a module for the interactive prompt: expression statements
/// print their value.
pub fn compile_interactive(module: &ast::Module, source: Rc<SourceFile>) -> CResult<Rc<Code>> {
    compile_body(module, source, true)
}

fn compile_body(
    module: &ast::Module,
    source: Rc<SourceFile>,
    interactive: bool,
) -> CResult<Rc<Code>> {
    warnings::take();
    let table = scope::analyze(module)?;
    let mut c = Compiler {
        table: &table,
        source,
        units: Vec::new(),
        interactive,
        folded_sets: HashMap::new(),
        future_annotations: stmt::future_annotations(&module.body),
    };
    c.compile_module_body(&module.body)
}

/// Compiles a single expression (for `eval`).
pub fn compile_expression(expr: &ast::Expr, source: Rc<SourceFile>) -> CResult<Rc<Code>> {
    warnings::take();
    let table = scope::analyze_expr(expr)?;
    let mut c = Compiler {
        table: &table,
        source,
        units: Vec::new(),
        interactive: false,
        folded_sets: HashMap::new(),
        future_annotations: false,
    };
    c.push_unit(0, "<module>", "<module>", 1);
    c.expr(expr)?;
    c.emit(Instr::ReturnValue);
    Ok(c.pop_unit(
        0,
        0,
        0,
        CodeFlags {
            uses_names: true,
            ..Default::default()
        },
        Value::None,
    ))
}

/// A block that `return`, `break` or `continue` must leave properly.
pub(crate) enum FBlock<'a> {
    /// `continue` target, pending `break` jumps, and whether an iterator
    /// sits on the stack.
    Loop {
        start: usize,
        breaks: Vec<usize>,
        is_for: bool,
    },
    /// The body of a try with except clauses (only its handler range).
    TryExcept { handler: usize },
    /// The body of a try/finally: leaving runs the finally body.
    TryFinally {
        handler: usize,
        finalbody: &'a [Stmt],
    },
    /// Inside an except clause: `prev_handled` is on the stack.
    ExceptBody {
        handler: usize,
        name: Option<String>,
    },
    /// Inside an `except*` clause: `prev_handled, orig, rest, raised` and
    /// the clause's `prev_handled` on the stack. Nothing leaves it by
    /// `break`, `continue` or `return` (a compile error).
    ExceptStarBody,
    /// Inside a finally run for an exception: `prev_handled, exc` on the stack.
    FinallyBody { handler: usize },
    /// Inside a `with`: the bound `__exit__` is on the stack.
    With { handler: usize, is_async: bool },
    /// A finally body inlined by `return`: the return value waits on the
    /// stack, and a `break`/`continue` there must drop it.
    PopValue,
}

impl FBlock<'_> {
    fn handler(&self) -> Option<usize> {
        match self {
            FBlock::Loop { .. } | FBlock::PopValue | FBlock::ExceptStarBody => None,
            FBlock::TryExcept { handler }
            | FBlock::TryFinally { handler, .. }
            | FBlock::ExceptBody { handler, .. }
            | FBlock::FinallyBody { handler }
            | FBlock::With { handler, .. } => Some(*handler),
        }
    }
    /// Values this block keeps on the stack under the statements inside it.
    fn stack_items(&self) -> u32 {
        match self {
            FBlock::Loop { is_for: true, .. } | FBlock::ExceptBody { .. } | FBlock::With { .. } => {
                1
            }
            FBlock::FinallyBody { .. } => 2,
            FBlock::PopValue => 1,
            FBlock::ExceptStarBody => 5,
            _ => 0,
        }
    }
}

/// An exception handler being emitted: protected ranges open and close as
/// unwinding code is inlined, the target is patched once known.
struct OpenHandler {
    seg_start: Option<usize>,
    depth: u32,
    entries: Vec<usize>,
}

pub(crate) struct Unit<'a> {
    scope: usize,
    name: Rc<PyStr>,
    qualname: String,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    /// Source span of each instruction, for the carets of tracebacks.
    positions: Vec<Span>,
    consts: Vec<Value>,
    names: Vec<Rc<PyStr>>,
    name_index: HashMap<String, u32>,
    varnames: Vec<Rc<PyStr>>,
    var_index: HashMap<String, u32>,
    handlers: Vec<Handler>,
    open: Vec<OpenHandler>,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
    /// The node being compiled: every instruction emitted is attributed
    /// to it (CPython's instruction locations).
    span: Span,
    firstline: u32,
}

/// The location instructions are attributed to, saved and restored around
/// each node.
#[derive(Clone, Copy)]
pub(crate) struct Loc {
    line: u32,
    span: Span,
}

pub(crate) struct Compiler<'a> {
    table: &'a ScopeTable,
    source: Rc<SourceFile>,
    units: Vec<Unit<'a>>,
    interactive: bool,
    /// Folded set displays seen so far, by their set of constants: as
    /// CPython's constant cache does, an equal display later in the module
    /// gets the first one's frozenset, so its items go in that order.
    folded_sets: HashMap<Vec<String>, Vec<String>>,
    /// `from __future__ import annotations`: annotations are kept as
    /// strings, never evaluated (PEP 563).
    future_annotations: bool,
}

impl<'a> Compiler<'a> {
    fn err<T>(&self, message: impl Into<String>, span: Span) -> CResult<T> {
        Err(CompileError {
            message: message.into(),
            span,
            kind: "SyntaxError",
        })
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always open while compiling")
    }
    fn unit_ref(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("a unit is always open while compiling")
    }
    fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.unit_ref().scope].kind
    }

    fn push_unit(&mut self, scope: usize, name: &str, qualname: &str, line: u32) {
        let mut u = Unit {
            scope,
            name: intern(name),
            qualname: qualname.to_string(),
            instrs: Vec::new(),
            lines: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            var_index: HashMap::new(),
            handlers: Vec::new(),
            open: Vec::new(),
            fblocks: Vec::new(),
            line,
            span: Span::default(),
            firstline: line,
        };
        let s = &self.table.scopes[scope];
        if matches!(s.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            for n in &s.bound {
                if s.binds(n) {
                    let i = u.varnames.len() as u32;
                    u.var_index.insert(n.clone(), i);
                    u.varnames.push(intern(n));
                }
            }
        }
        self.units.push(u);
    }

    fn pop_unit(
        &mut self,
        argcount: u32,
        posonly: u32,
        kwonly: u32,
        flags: CodeFlags,
        doc: Value,
    ) -> Rc<Code> {
        let u = self.units.pop().expect("unit to pop");
        let s = &self.table.scopes[u.scope];
        let cell_params = s
            .cells
            .iter()
            .enumerate()
            .filter_map(|(ci, n)| u.var_index.get(n).map(|&li| (ci as u32, li)))
            .filter(|&(_, li)| li < argcount + kwonly + flags.varargs as u32 + flags.varkw as u32)
            .collect();
        // The deepest the value stack gets, so that a frame (and every
        // suspended generator) reserves exactly that much.
        let max_stack = max_stack_depth(&u.instrs, &u.handlers);
        let mut u = u;
        fuse_superinstructions(&mut u.instrs);
        Rc::new(Code {
            max_stack,
            global_cache: (0..u.names.len()).map(|_| Default::default()).collect(),
            attr_caches: (0..u.names.len()).map(|_| Default::default()).collect(),
            name: u.name,
            qualname: intern(&u.qualname),
            instrs: u.instrs,
            lines: u.lines,
            positions: crate::positions::PositionTable::new(&u.positions),
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: s.cells.iter().map(|n| intern(n)).collect(),
            freevars: s.frees.iter().map(|n| intern(n)).collect(),
            cell_params,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            flags,
            handlers: u.handlers,
            firstline: u.firstline,
            source: self.source.clone(),
            doc,
        })
    }

    // ----- emission -----

    fn emit(&mut self, i: Instr) -> usize {
        let u = self.unit();
        u.instrs.push(i);
        let line = u.line;
        u.lines.push(line);
        let span = u.span;
        u.positions.push(span);
        u.instrs.len() - 1
    }
    fn here(&self) -> usize {
        self.unit_ref().instrs.len()
    }
    /// Points the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        self.patch_to(at, target);
    }
    fn patch_to(&mut self, at: usize, target: usize) {
        let t = target as u32;
        let u = self.unit();
        u.instrs[at] = match u.instrs[at] {
            Instr::Jump(_) => Instr::Jump(t),
            Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(t),
            Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(t),
            Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(t),
            Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(t),
            Instr::ForIter(_) => Instr::ForIter(t),
            other => other,
        };
    }
    /// Attributes the instructions emitted from now on to `span`; returns
    /// the location to restore afterwards.
    fn set_line(&mut self, span: Span) -> Loc {
        let line = self.source.line_of(span.start as usize);
        let u = self.unit();
        let old = Loc {
            line: u.line,
            span: u.span,
        };
        u.line = line;
        u.span = span;
        old
    }
    fn restore_line(&mut self, loc: Loc) {
        let u = self.unit();
        u.line = loc.line;
        u.span = loc.span;
    }
    fn source_line(&self, span: Span) -> u32 {
        self.source.line_of(span.start as usize)
    }
    /// Emits one instruction attributed to `span`.
    fn emit_at(&mut self, span: Span, i: Instr) -> usize {
        let saved = self.set_line(span);
        let at = self.emit(i);
        self.restore_line(saved);
        at
    }
    /// The location CPython 3.11 gives to loading the attribute of
    /// `value.attr` spanning several lines: just the name, on its line.
    fn attr_span(&self, e: &ast::Expr, attr: &str) -> Span {
        let start = e.span.end.saturating_sub(attr.len() as u32);
        if self.source.line_of(e.span.start as usize) != self.source.line_of(e.span.end as usize)
            && self.source.text.get(start as usize..e.span.end as usize) == Some(attr)
        {
            Span {
                start,
                end: e.span.end,
            }
        } else {
            e.span
        }
    }

    fn const_index(&mut self, v: Value) -> u32 {
        let u = self.unit();
        // Reuse identical simple constants.
        for (i, c) in u.consts.iter().enumerate() {
            let same = match (c, &v) {
                (Value::None, Value::None) => true,
                (Value::Bool(a), Value::Bool(b)) => a == b,
                (Value::Int(a), Value::Int(b)) => a == b,
                (Value::Str(a), Value::Str(b)) => a.as_str() == b.as_str(),
                _ => false,
            };
            if same {
                return i as u32;
            }
        }
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }
    fn load_const(&mut self, v: Value) {
        let i = self.const_index(v);
        self.emit(Instr::LoadConst(i));
    }
    /// `name` as the current code knows it: mangled inside a class (see
    /// `mangle`). Every name the compiler resolves or puts in `co_names`
    /// passes here; strings, keyword arguments and the attribute names of
    /// class patterns do not (as in CPython 3.11).
    fn mangled<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        let private = self.table.scopes[self.unit_ref().scope].private.as_deref();
        mangle::mangle(private, name)
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let name = self.mangled(name);
        let name = &*name;
        let u = self.unit();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(intern(name));
        u.name_index.insert(name.to_string(), i);
        i
    }

    // ----- names -----

    fn resolve(&self, name: &str) -> Sym {
        self.table.scopes[self.unit_ref().scope].resolve(name)
    }

    fn local_slot(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.unit_ref().var_index.get(name) {
            return i;
        }
        let u = self.unit();
        let i = u.varnames.len() as u32;
        u.varnames.push(intern(name));
        u.var_index.insert(name.to_string(), i);
        i
    }

    fn load_name(&mut self, name: &str) {
        let name = self.mangled(name);
        let name = &*name;
        match self.resolve(name) {
            Sym::Local => {
                let i = self.local_slot(name);
                self.emit(Instr::LoadFast(i));
            }
            Sym::Cell(i) | Sym::Free(i) => {
                self.emit(Instr::LoadDeref(i as u32));
            }
            Sym::Global => {
                let i = self.name_index(name);
                self.emit(Instr::LoadGlobal(i));
            }
            Sym::Name => {
                let i = self.name_index(name);
                self.emit(Instr::LoadName(i));
            }
            Sym::ClassDeref(c) => {
                let i = self.name_index(name);
                self.emit(Instr::LoadClassDeref(((c as u32) << 16) | i));
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        let name = self.mangled(name);
        let name = &*name;
        match self.resolve(name) {
            Sym::Local => {
                let i = self.local_slot(name);
                self.emit(Instr::StoreFast(i));
            }
            Sym::Cell(i) | Sym::Free(i) => {
                self.emit(Instr::StoreDeref(i as u32));
            }
            Sym::Global => {
                let i = self.name_index(name);
                self.emit(Instr::StoreGlobal(i));
            }
            Sym::Name | Sym::ClassDeref(_) => {
                let i = self.name_index(name);
                self.emit(Instr::StoreName(i));
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        let name = self.mangled(name);
        let name = &*name;
        match self.resolve(name) {
            Sym::Local => {
                let i = self.local_slot(name);
                self.emit(Instr::DeleteFast(i));
            }
            Sym::Cell(i) | Sym::Free(i) => {
                self.emit(Instr::DeleteDeref(i as u32));
            }
            Sym::Global => {
                let i = self.name_index(name);
                self.emit(Instr::DeleteGlobal(i));
            }
            Sym::Name | Sym::ClassDeref(_) => {
                let i = self.name_index(name);
                self.emit(Instr::DeleteName(i));
            }
        }
    }

    // ----- exception handler ranges -----

    fn stack_base(&self) -> u32 {
        self.unit_ref()
            .fblocks
            .iter()
            .map(|b| b.stack_items())
            .sum()
    }

    /// Opens a handler protecting the code emitted from here on; the
    /// exception lands with the stack cut to the current block depth plus
    /// `extra`.
    fn open_handler(&mut self, extra: u32) -> usize {
        let depth = self.stack_base() + extra;
        let here = self.here();
        let u = self.unit();
        u.open.push(OpenHandler {
            seg_start: Some(here),
            depth,
            entries: Vec::new(),
        });
        u.open.len() - 1
    }

    fn suspend_handler(&mut self, h: usize) {
        let here = self.here() as u32;
        let u = self.unit();
        if let Some(start) = u.open[h].seg_start.take() {
            if (start as u32) < here {
                u.handlers.push(Handler {
                    start: start as u32,
                    end: here,
                    target: u32::MAX,
                    depth: u.open[h].depth,
                });
                let ix = u.handlers.len() - 1;
                u.open[h].entries.push(ix);
            }
        }
    }

    fn resume_handler(&mut self, h: usize) {
        let here = self.here();
        self.unit().open[h].seg_start = Some(here);
    }

    /// Closes the handler for good; its code starts here.
    fn close_handler_target_here(&mut self, h: usize) {
        self.suspend_handler(h);
        let here = self.here() as u32;
        let u = self.unit();
        for &ix in &u.open[h].entries {
            u.handlers[ix].target = here;
        }
    }

    // ----- unwinding for return/break/continue -----

    /// Emits the code that leaves the innermost blocks, down to (not
    /// including) the `keep`-th block, with the return value on top of the
    /// stack when `preserve_tos`. Blocks are popped while their exit code
    /// is emitted and pushed back afterwards.
    fn unwind_blocks(&mut self, keep: usize, preserve_tos: bool) -> CResult<Vec<FBlock<'a>>> {
        let mut popped = Vec::new();
        while self.unit_ref().fblocks.len() > keep {
            let b = self.unit().fblocks.pop().expect("block");
            if let Some(h) = b.handler() {
                self.suspend_handler(h);
            }
            match &b {
                FBlock::Loop { is_for: true, .. } => {
                    if preserve_tos {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::Pop);
                }
                FBlock::Loop { .. } | FBlock::TryExcept { .. } | FBlock::ExceptStarBody => {}
                FBlock::TryFinally { finalbody, .. } => {
                    let body: &'a [Stmt] = finalbody;
                    // The finally body runs outside its own handler.
                    popped.push(b);
                    if preserve_tos {
                        self.unit().fblocks.push(FBlock::PopValue);
                    }
                    self.stmts(body)?;
                    if preserve_tos {
                        self.unit().fblocks.pop();
                    }
                    continue;
                }
                FBlock::PopValue => {
                    if preserve_tos {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::Pop);
                }
                FBlock::ExceptBody { name, .. } => {
                    if preserve_tos {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::PopExcept);
                    if let Some(n) = name.clone() {
                        self.load_const(Value::None);
                        self.store_name(&n);
                        self.delete_name(&n);
                    }
                }
                FBlock::FinallyBody { .. } => {
                    if preserve_tos {
                        self.emit(Instr::Swap(2));
                        self.emit(Instr::Pop);
                        self.emit(Instr::Swap(2));
                    } else {
                        self.emit(Instr::Pop);
                    }
                    self.emit(Instr::PopExcept);
                }
                FBlock::With { is_async, .. } => {
                    if preserve_tos {
                        self.emit(Instr::Swap(2));
                    }
                    if *is_async {
                        self.emit(Instr::AsyncWithExit);
                        self.emit_await_from(AWAIT_AEXIT);
                        self.emit(Instr::Pop);
                    } else {
                        self.emit(Instr::WithExitNormal);
                    }
                }
            }
            popped.push(b);
        }
        Ok(popped)
    }

    fn restore_blocks(&mut self, mut popped: Vec<FBlock<'a>>) {
        while let Some(b) = popped.pop() {
            if let Some(h) = b.handler() {
                self.resume_handler(h);
            }
            self.unit().fblocks.push(b);
        }
    }

    fn compile_module_body(&mut self, body: &'a [Stmt]) -> CResult<Rc<Code>> {
        self.push_unit(0, "<module>", "<module>", 1);
        self.setup_annotations(body);
        let doc = kept_docstring(body);
        if let Some(d) = &doc {
            self.load_const(d.clone());
            self.store_name("__doc__");
        }
        let last_expr_value = self.interactive;
        for (i, s) in body.iter().enumerate() {
            let _ = (i, last_expr_value);
            self.stmt(s)?;
        }
        self.load_const(Value::None);
        self.emit(Instr::ReturnValue);
        Ok(self.pop_unit(
            0,
            0,
            0,
            CodeFlags {
                uses_names: true,
                ..Default::default()
            },
            doc.unwrap_or(Value::None),
        ))
    }
}

/// Marks `LoadFast; LoadConst|LoadFast; Binary|Inplace|Compare` runs with a
/// superinstruction on their first slot (see `Instr::LoadFastConstOp`).
/// Nothing moves, so jump targets inside a run stay valid.
/// What an instruction does to the stack depth: the change when it falls
/// through, and when it jumps (target, change); `None` for no fallthrough.
fn stack_effect(instr: Instr) -> (Option<i64>, Option<(usize, i64)>) {
    use Instr::*;
    let n = |x: u32| x as i64;
    let fall = match instr {
        Nop | LoadAttr(_) | Unary(_) | Swap(_) | GetIter | ListToTuple | YieldValue
        | GetYieldFromIter | GetAwaitable(_) | CheckExcMatch | AsyncWithExit | GetAIter
        | AsyncGenWrap | DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_)
        | DeleteNameMapping(_) => 0,
        LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_)
        | LoadGlobal(_) | LoadName(_) | LoadNameMapping(_) | Copy(_) | LoadBuildClass
        | PushExcInfo | WithExceptStart | GetANext | ImportFrom(_) | LoadAssertionError
        | LoadMethod(_) | BeforeWith | BeforeAsyncWith | LoadFastConstOp(_) | LoadFastFastOp(_)
        | ExcStarMatch => 1,
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) | StoreNameMapping(_)
        | Pop | Subscr | Binary(_) | Inplace(_) | Compare(_) | PopJumpIfFalse(_)
        | PopJumpIfTrue(_) | JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) | ListAppend(_)
        | SetAdd(_) | ListExtend | SetUpdate | DictUpdate | DictMerge | PopExcept
        | WithExitNormal | YieldFrom | ImportName(_) | ImportStar | PrintExpr | DeleteAttr(_) => -1,
        StoreAttr(_) | DeleteSubscr | MapAdd(_) | EndAsyncFor | CallEx => -2,
        StoreSubscr | ExcStarReraise => -3,
        CallMethod(k) => -(n(k) + 1),
        Call(k) => -n(k),
        CallKw(k) => -(n(k) + 1),
        BuildSlice(k) => 1 - n(k),
        BuildTuple(k) | BuildList(k) | BuildSet(k) | BuildString(k) => 1 - n(k),
        BuildMap(k) => 1 - 2 * n(k),
        UnpackSequence(k) => n(k) - 1,
        UnpackEx(p) => n(p >> 16) + n(p & 0xffff),
        FormatValue(flags) => -((flags & 0x10 != 0) as i64),
        MakeFunction(flags) => -((flags & 0xf).count_ones() as i64),
        ForIter(t) => return (Some(1), Some((t as usize, -1))),
        Jump(t) | JumpBackward(t) => return (None, Some((t as usize, 0))),
        ReturnValue | Raise(_) | Reraise | PopExceptReraise => return (None, None),
        Unsupported(_) | SetupAnnotations => 0,
        Match(op) => match op & 0xff {
            crate::code::MATCH_COPY_DICT_WITHOUT_KEYS => 0,
            crate::code::MATCH_CLASS => -2,
            _ => 1,
        },
    };
    let jump = match instr {
        PopJumpIfFalse(t) | PopJumpIfTrue(t) => Some((t as usize, -1)),
        JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) => Some((t as usize, 0)),
        _ => None,
    };
    (Some(fall), jump)
}

/// The deepest the value stack gets over every path through the code,
/// exception handlers included (entered with the stack cut to their depth
/// plus the exception). An instruction that pushes more for a moment
/// (a bound method's receiver inserted for a call) grows the stack
/// itself; so does anything this underestimates, at the cost of a
/// reallocation.
fn max_stack_depth(instrs: &[Instr], handlers: &[Handler]) -> usize {
    let mut depth: Vec<Option<i64>> = vec![None; instrs.len() + 1];
    let mut work = vec![(0usize, 0i64)];
    for h in handlers {
        work.push((h.target as usize, h.depth as i64 + 1));
    }
    let mut max = 0i64;
    // Depths only grow, each at most to a bound, so this ends; the budget
    // is a guard against a mistake here, never reached by real code.
    let mut budget = 64 * (instrs.len() + 8);
    while let Some((at, d)) = work.pop() {
        if at >= instrs.len() || budget == 0 {
            continue;
        }
        budget -= 1;
        let d = d.max(0);
        if depth[at].is_some_and(|seen| seen >= d) {
            continue;
        }
        depth[at] = Some(d);
        let (fall, jump) = stack_effect(instrs[at]);
        if let Some(delta) = fall {
            max = max.max(d + delta);
            work.push((at + 1, d + delta));
        }
        if let Some((target, delta)) = jump {
            max = max.max(d + delta);
            work.push((target, d + delta));
        }
        max = max.max(d);
    }
    if budget == 0 {
        return instrs.len() + 2;
    }
    max as usize + 1
}

fn fuse_superinstructions(instrs: &mut [Instr]) {
    for i in 0..instrs.len().saturating_sub(2) {
        let Instr::LoadFast(l) = instrs[i] else {
            continue;
        };
        let op_ok = matches!(
            instrs[i + 2],
            Instr::Binary(_) | Instr::Inplace(_) | Instr::Compare(_)
        );
        if !op_ok {
            continue;
        }
        match instrs[i + 1] {
            Instr::LoadConst(_) => instrs[i] = Instr::LoadFastConstOp(l),
            Instr::LoadFast(_) => instrs[i] = Instr::LoadFastFastOp(l),
            _ => {}
        }
    }
}

thread_local! {
    /// `-O` (1) and `-OO` (2): asserts left out, `__debug__` False; at 2
    /// docstrings dropped too. Set once at startup by the command line.
    static OPTIMIZE: std::cell::Cell<u8> = const { std::cell::Cell::new(0) };
}

/// Sets the optimization level of everything compiled from now on.
pub fn set_optimize(level: u8) {
    OPTIMIZE.with(|o| o.set(level));
}

/// The optimization level (`sys.flags.optimize`).
pub fn optimize() -> u8 {
    OPTIMIZE.with(|o| o.get())
}

/// The docstring a body keeps as `__doc__`: none under `-OO`.
fn kept_docstring(body: &[Stmt]) -> Option<Value> {
    if optimize() >= 2 {
        return None;
    }
    docstring(body)
}

/// The docstring of a body, if its first statement is a string literal.
fn docstring(body: &[Stmt]) -> Option<Value> {
    match body.first().map(|s| &s.kind) {
        Some(ast::StmtKind::Expr(ast::Expr {
            kind: ast::ExprKind::Constant(ast::Constant::Str(s)),
            ..
        })) => Some(Value::str(s)),
        _ => None,
    }
}
