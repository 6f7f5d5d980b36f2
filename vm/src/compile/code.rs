//! Code objects and the instruction set.
//!
//! Stack effects are written `[before] -> [after]`, top of stack last.
//! Jump operands are absolute instruction indices.

use crate::positions::PositionTable;
use crate::str::PyStr;
use crate::value::Value;
use std::cell::Cell;
use std::rc::Rc;
use whirl_parser::ast::{BinOp, CmpOp, Span, UnaryOp};

/// Flag in `BuildSet`'s count: a display of three or more constants.
pub const CONST_SET: u32 = 1 << 31;

/// `Instr::Match` operations (CPython 3.11's pattern instructions).
/// `[subject] -> [subject, bool]`: a sequence pattern may match it.
pub const MATCH_SEQUENCE: u32 = 0;
/// `[subject] -> [subject, bool]`: a mapping pattern may match it.
pub const MATCH_MAPPING: u32 = 1;
/// `[subject] -> [subject, len(subject)]`
pub const MATCH_GET_LEN: u32 = 2;
/// `[subject, keys] -> [subject, keys, values_tuple_or_None]`
pub const MATCH_KEYS: u32 = 3;
/// `[subject, keys] -> [subject, dict_of_the_other_items]`
pub const MATCH_COPY_DICT_WITHOUT_KEYS: u32 = 4;
/// `[subject, cls, kw_names] -> [attributes_tuple_or_None]`
pub const MATCH_CLASS: u32 = 5;
/// With `CONST_SET`: the display is a loop's iterable, which CPython turns
/// into the frozenset constant itself.
pub const CONST_FROZENSET: u32 = 1 << 30;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Nop,
    /// `[] -> [consts[i]]`
    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells are numbered cellvars first, then freevars.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// `[] -> [cell]`: the cell object itself, for building closures.
    LoadClosure(u32),
    /// In a class body: the namespace first, then the cell `cells[i]`
    /// whose name is `names[j]`; operand packs `i << 16 | j`.
    LoadClassDeref(u32),
    /// Names index `names`.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Module and class bodies: the frame's namespace, then globals, then
    /// builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// `[obj] -> [value]`
    LoadAttr(u32),
    /// `[value, obj] -> []`
    StoreAttr(u32),
    DeleteAttr(u32),
    /// `[obj] -> [method, obj]` for a plain method found on the type, else
    /// `[obj] -> [attr, NULL]`.
    LoadMethod(u32),
    /// `[method, self_or_null, arg1..argN] -> [result]`
    CallMethod(u32),
    /// `[callable, arg1..argN] -> [result]`
    Call(u32),
    /// `[callable, arg1..argN, kwnames_tuple] -> [result]`: the last
    /// `len(kwnames)` args are keyword arguments.
    CallKw(u32),
    /// `[callable, args_tuple, kwargs_dict_or_null] -> [result]`
    CallEx,
    /// `[container, key] -> [value]`
    Subscr,
    /// `[value, container, key] -> []`
    StoreSubscr,
    DeleteSubscr,
    /// `[start, stop] -> [slice]` or `[start, stop, step] -> [slice]`
    BuildSlice(u32),
    Pop,
    /// `[.., a, b] -> [.., b, a]` generalized: swap top with the n-th (n>=2).
    Swap(u32),
    /// Push a copy of the n-th item (1 = top).
    Copy(u32),
    Unary(UnaryOp),
    Binary(BinOp),
    /// `a op= b`: tries the in-place method first.
    Inplace(BinOp),
    Compare(CmpOp),
    Jump(u32),
    /// A jump to an earlier instruction (a loop's back edge): also where a
    /// pending Ctrl-C is raised as `KeyboardInterrupt` (`interrupt.rs`).
    JumpBackward(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// Short-circuit `and`/`or`: jump keeping TOS, else pop it.
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// `[iterable] -> [iterator]`
    GetIter,
    /// `[iter] -> [iter, next]`, or pops the iterator and jumps when done.
    ForIter(u32),
    BuildTuple(u32),
    BuildList(u32),
    /// `[k1, v1, .. kN, vN] -> [dict]`
    BuildMap(u32),
    /// `[items...] -> [set]`; with `CONST_SET` in the count, the items are
    /// constants laid out as CPython lays out a folded set display.
    BuildSet(u32),
    /// Concatenate N strings.
    BuildString(u32),
    /// `[list, .. (n-1 items) .., item] -> [list, ..]`: append to the list
    /// n items down (comprehensions).
    ListAppend(u32),
    SetAdd(u32),
    /// `[dict, .., key, value] -> [dict, ..]`
    MapAdd(u32),
    /// `[list, iterable] -> [list]`
    ListExtend,
    SetUpdate,
    /// `[dict, mapping] -> [dict]` (`{**m}`)
    DictUpdate,
    /// `[dict, mapping] -> [dict]` for call `**kw`: duplicate keys are an error.
    DictMerge,
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[seq] -> [itemN .. item1]` (item1 on top)
    UnpackSequence(u32),
    /// `a, *b, c = seq`: operand `before << 16 | after`.
    UnpackEx(u32),
    /// `[value] -> [str]`, or `[value, spec] -> [str]` with bit 4 set.
    /// Low bits: 0 none, 1 str, 2 repr, 3 ascii.
    FormatValue(u32),
    /// `[defaults_tuple?, kwdefaults_dict?, closure_tuple?, code] -> [function]`,
    /// flag bits: 1 defaults, 2 kwdefaults, 4 closure.
    MakeFunction(u32),
    /// `[] -> [__build_class__]`
    LoadBuildClass,
    ReturnValue,
    /// `[value] -> [sent]` (the frame suspends in between).
    YieldValue,
    /// `[iterable] -> [iterator]` (generators pass through).
    GetYieldFromIter,
    /// `[subiter, sent] -> [subiter, sent]` while delegating (the frame
    /// suspends with its ip on this instruction), `-> [result]` when done.
    YieldFrom,
    /// `[awaitable] -> [iterator]`; the operand says what gave the
    /// awaitable, for the error: 0 `await`, 1 `__aenter__`, 2 `__aexit__`,
    /// 3 `__anext__` (CPython's GET_AWAITABLE oparg, plus GET_ANEXT's).
    GetAwaitable(u8),
    /// 0: re-raise the handled exception; 1: `[exc] -> raise`;
    /// 2: `[exc, cause] -> raise exc from cause`.
    Raise(u32),
    /// `[.., exc] -> raise exc` again, keeping its traceback.
    Reraise,
    /// `[exc] -> [prev_handled, exc]`, the handled exception becomes exc.
    PushExcInfo,
    /// `[prev_handled] -> []`, restoring it.
    PopExcept,
    /// Cleanup handler: `[prev_handled, exc] -> raise exc` after
    /// restoring prev_handled.
    PopExceptReraise,
    /// `[exc, type] -> [exc, bool]`
    CheckExcMatch,
    /// `except* type`: `[orig, rest, raised, type] -> [orig, rest',
    /// raised, match, matched?]`, splitting off from `rest` what `type`
    /// matches (None when nothing does).
    ExcStarMatch,
    /// End of the `except*` clauses: `[orig, rest, raised] -> []`, raising
    /// what is left to raise (`exception_group::prep_reraise_star`).
    ExcStarReraise,
    /// `[mgr] -> [exit_bound, enter_result]`
    BeforeWith,
    /// `[exit] -> []` after calling `exit(None, None, None)`.
    WithExitNormal,
    /// `[exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)]`
    WithExceptStart,
    /// `[mgr] -> [aexit_bound, mgr.__aenter__()]` (then awaited)
    BeforeAsyncWith,
    /// `[aexit] -> [aexit(None, None, None)]` (then awaited)
    AsyncWithExit,
    /// `[iterable] -> [iterable.__aiter__()]`
    GetAIter,
    /// `[aiter] -> [aiter, aiter.__anext__()]` (then awaited)
    GetANext,
    /// `[v] -> [wrapped v]`: in an async generator, marks a value `yield`
    /// hands to the consumer, as against one an `await` passes through to
    /// the event loop.
    AsyncGenWrap,
    /// Handler of `async for`: `[aiter, exc] -> []` when exc is
    /// StopAsyncIteration (the loop ends), else raises exc.
    EndAsyncFor,
    /// `[level, fromlist] -> [module]`, names[i] the dotted name.
    ImportName(u32),
    /// `[module] -> [module, attr]`
    ImportFrom(u32),
    /// `[module] -> []`, binding every public name.
    ImportStar,
    LoadAssertionError,
    /// Interactive mode: print repr of TOS when not None, keep it in `_`.
    PrintExpr,
    /// `LoadName`, `StoreName`, `DeleteName` in a copy of module code that
    /// `exec`/`eval` run with a locals mapping that is not a dict: the
    /// mapping is in the frame's last local slot, and names go through its
    /// `__getitem__`/`__setitem__`/`__delitem__` (see `dynamic.rs`).
    LoadNameMapping(u32),
    StoreNameMapping(u32),
    DeleteNameMapping(u32),
    /// For `raise` inside a generator frame's exit: unreachable code marker.
    Unsupported(u32),
    /// Module and class bodies with annotated assignments: makes
    /// `__annotations__` an empty dict in the namespace unless it has one.
    SetupAnnotations,
    /// The tests of `match` patterns (`crate::matching`); the operand is
    /// one of the `MATCH_*` operations below (with `MATCH_CLASS`, the
    /// number of positional sub-patterns in the bits above the 8th).
    Match(u32),
    /// Superinstructions written over the first of a `LoadFast(l)`,
    /// `LoadConst`/`LoadFast`, `Binary`/`Inplace`/`Compare` run (the
    /// following instructions stay in place). On ints they compute the
    /// result at once, also folding a `StoreFast` or conditional jump that
    /// follows; otherwise they act as `LoadFast(l)`.
    LoadFastConstOp(u32),
    LoadFastFastOp(u32),
}

const _: () = assert!(std::mem::size_of::<Instr>() == 8);

/// A handler: an exception raised at an instruction in `start..end`
/// truncates the stack to `depth`, pushes the exception and jumps to
/// `target`. The first matching entry wins (inner handlers come first).
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    pub generator: bool,
    pub coroutine: bool,
    /// An `async def` (or async generator expression) that yields: calling
    /// it makes an `async_generator` around the (coroutine) frame.
    pub async_generator: bool,
    pub varargs: bool,
    pub varkw: bool,
    /// Module or class body: names resolve through a namespace dict.
    pub uses_names: bool,
}

pub struct SourceFile {
    pub name: String,
    pub text: String,
    /// Byte offset of each line start, found when first asked for: only
    /// tracebacks and syntax errors need them, and an import from the
    /// compiled-code cache should not pay a scan of the whole source.
    line_starts: std::cell::OnceCell<Vec<usize>>,
}

impl SourceFile {
    pub fn new(name: &str, text: &str) -> SourceFile {
        SourceFile {
            name: name.to_string(),
            text: text.to_string(),
            line_starts: std::cell::OnceCell::new(),
        }
    }
    /// Byte offset of each line start (the first is 0).
    pub fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            let mut starts = vec![0];
            starts.extend(self.text.match_indices('\n').map(|(i, _)| i + 1));
            starts
        })
    }
    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> u32 {
        match self.line_starts().binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
    /// The text of a line as a traceback shows it. None for the pseudo-files
    /// `<stdin>`, `<string>`, `<frozen x>`: CPython's tracebacks read lines
    /// back from the file (`linecache`), which these are not, so they show
    /// none. (Syntax errors show theirs from the text: see `source_line`.)
    pub fn line_text(&self, line: u32) -> Option<&str> {
        if self.name.starts_with('<') && self.name.ends_with('>') {
            return None;
        }
        self.source_line(line)
    }

    /// The text of a line (1-based), without its line break.
    pub fn source_line(&self, line: u32) -> Option<&str> {
        let i = (line as usize).checked_sub(1)?;
        let start = *self.line_starts().get(i)?;
        let end = self
            .line_starts()
            .get(i + 1)
            .copied()
            .unwrap_or(self.text.len());
        Some(self.text[start..end].trim_end_matches(['\n', '\r']))
    }
}

pub struct Code {
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub instrs: Vec<Instr>,
    /// Line number of each instruction.
    pub lines: Vec<u32>,
    /// Byte span in the source of the node each instruction was compiled
    /// from: read only to draw a traceback's carets, never while running.
    pub positions: PositionTable,
    pub consts: Vec<Value>,
    pub names: Vec<Rc<PyStr>>,
    /// Local slot names; parameters first, in order.
    pub varnames: Vec<Rc<PyStr>>,
    pub cellvars: Vec<Rc<PyStr>>,
    pub freevars: Vec<Rc<PyStr>>,
    /// For each cellvar that is also a parameter, its local slot.
    pub cell_params: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub handlers: Vec<Handler>,
    pub firstline: u32,
    pub source: Rc<SourceFile>,
    pub doc: Value,
    /// An upper bound of the value stack's depth (instructions that push
    /// a variable number of values reserve room themselves).
    pub max_stack: usize,
    /// Per name: where `LoadGlobal` last found it.
    pub global_cache: Vec<std::cell::Cell<GlobalCache>>,
    /// Per name: what `LoadAttr`, `StoreAttr` and `LoadMethod` of it
    /// learned (see `AttrCache`).
    pub attr_caches: Vec<AttrCache>,
}

/// What attribute instructions of one name learned about the classes of
/// the objects they met, for the last two classes (a site often sees two:
/// a base's method run for instances of two subclasses). A tag is a
/// class's version tag (see `type_version`; 0: nothing learned): what was
/// learned holds while the class keeps that tag.
#[derive(Default, Clone)]
pub struct AttrCache {
    /// The instance-dict entry where the name was last found (see
    /// `PyDict::get_str_hinted`).
    pub hint: Cell<u32>,
    /// Loads: an instance of these classes finds the name in its dict
    /// before anything of its class (no data descriptor, or a slot);
    /// when not there, a plain class value (an int, a str: nothing to
    /// bind) at the place kept (plus one; 0: none known), or the general
    /// path.
    pub load: ClassCache,
    /// Stores: an instance of these classes stores the name into its dict.
    pub store: ClassCache,
    /// Method loads: the class attribute is a plain function (a native
    /// method for builtin types), at the place kept beside the tag (see
    /// `Class::lookup_with_place`).
    pub method: ClassCache,
}

/// Two classes' version tags, each with a place (unused by some caches).
#[derive(Default, Clone)]
pub struct ClassCache {
    tags: [Cell<u32>; 2],
    places: [Cell<u32>; 2],
}

impl ClassCache {
    /// The place learned for the class whose current tag is `tag`.
    #[inline(always)]
    pub fn place_for(&self, tag: u32) -> Option<u32> {
        if tag == 0 {
            None
        } else if self.tags[0].get() == tag {
            Some(self.places[0].get())
        } else if self.tags[1].get() == tag {
            Some(self.places[1].get())
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn holds(&self, tag: u32) -> bool {
        self.place_for(tag).is_some()
    }

    /// Records `place` for the class whose tag is `tag`, if learned.
    pub fn set_place(&self, tag: u32, place: u32) {
        for (t, p) in self.tags.iter().zip(&self.places) {
            if tag != 0 && t.get() == tag {
                p.set(place);
            }
        }
    }

    /// Learns `tag` (0: nothing) as the newest, keeping the one before.
    pub fn learn(&self, tag: u32, place: u32) {
        if tag == 0 || self.tags[0].get() == tag {
            return;
        }
        self.tags[1].set(self.tags[0].get());
        self.places[1].set(self.places[0].get());
        self.tags[0].set(tag);
        self.places[0].set(place);
    }
}

/// A global lookup remembered: the entry position in the globals dict (or,
/// when `builtins_version` is not 0, in builtins while globals lacks the
/// name), valid while the dicts' versions are unchanged.
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    pub globals_version: u64,
    pub builtins_version: u64,
    pub position: u32,
}

impl Code {
    pub fn line_at(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.firstline)
    }
    /// `co_positions()` of instruction `ip`: (line, end line, column, end
    /// column), columns as UTF-8 byte offsets in their lines.
    pub fn position_tuple(&self, ip: usize) -> (u32, u32, Option<u32>, Option<u32>) {
        match self.positions.get(ip) {
            Some(s) if s.end > s.start && !self.source.line_starts().is_empty() => {
                let src = &self.source;
                let (start, end) = (s.start as usize, s.end as usize);
                let (l1, l2) = (src.line_of(start), src.line_of(end.max(start)));
                let col = |l: u32, off: usize| {
                    let ls = src.line_starts().get(l.saturating_sub(1) as usize).copied();
                    ls.map(|ls| off.saturating_sub(ls) as u32)
                };
                (l1, l2, col(l1, start), col(l2, end))
            }
            _ => {
                let l = self.line_at(ip);
                (l, l, None, None)
            }
        }
    }
    /// The source span of the instruction at `ip`, if recorded.
    pub fn position_at(&self, ip: usize) -> Option<Span> {
        self.positions.get(ip).filter(|s| s.end > s.start)
    }
    pub fn handler_for(&self, ip: u32) -> Option<&Handler> {
        self.handlers.iter().find(|h| h.start <= ip && ip < h.end)
    }
    /// True when `ip` is protected by a handler: a suspended generator
    /// there must be closed (run its finally/except) when dropped.
    pub fn is_protected(&self, ip: u32) -> bool {
        self.handler_for(ip).is_some()
    }
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }
}

impl Code {
    /// A listing of this code object and the ones nested in its constants
    /// (`WHIRL_DIS=1`), for debugging the compiler.
    pub fn disassemble(&self) -> String {
        let mut out = format!(
            "== {} ({}:{})\n",
            self.qualname.as_str(),
            self.source.name,
            self.firstline
        );
        for (i, ins) in self.instrs.iter().enumerate() {
            let note = match ins {
                Instr::LoadFast(n) | Instr::StoreFast(n) | Instr::DeleteFast(n) => self
                    .varnames
                    .get(*n as usize)
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default(),
                Instr::LoadGlobal(n)
                | Instr::StoreGlobal(n)
                | Instr::LoadName(n)
                | Instr::StoreName(n)
                | Instr::LoadNameMapping(n)
                | Instr::StoreNameMapping(n)
                | Instr::LoadAttr(n)
                | Instr::StoreAttr(n)
                | Instr::LoadMethod(n) => self
                    .names
                    .get(*n as usize)
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default(),
                _ => String::new(),
            };
            out.push_str(&format!(
                "{:>5} {:>4} {:?} {}\n",
                self.lines[i], i, ins, note
            ));
        }
        for h in &self.handlers {
            out.push_str(&format!(
                "  handler {}..{} -> {} depth {}\n",
                h.start, h.end, h.target, h.depth
            ));
        }
        for c in &self.consts {
            if let Value::Code(c) = c {
                out.push_str(&c.disassemble());
            }
        }
        out
    }
}
