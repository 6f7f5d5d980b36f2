//! `_re`: the native half of the `re` module (`stdlib/py/re.py` is the
//! public API). Patterns are checked and rewritten by `re_translate` and
//! run by `fancy-regex`, a backtracking engine (backreferences, lookaround,
//! atomic groups, possessive quantifiers, conditionals) that hands the
//! parts without such features to the `regex` crate's automata. A compiled
//! program is a native object its `re.Pattern` holds, freed with it (re.py
//! caches recent patterns as CPython's re cache does). Offsets cross the
//! boundary as code-point indices (the engine works in UTF-8 bytes); bytes
//! patterns and subjects are read as Latin-1 text.
//!
//! `fancy-regex` was chosen over `regress` and PCRE2 by running the three
//! on the (pattern, string) cases of CPython's re_tests.py and test_re.py
//! (827 cases): untranslated, it agreed with CPython on 96.0% (PCRE2
//! 92.3%, regress 61.5%); the translator covers the rest.

use crate::re_translate::{Dollar, ReError, Traits, Translator, ASCII, UNICODE};
use fancy_regex::Regex;
use std::cell::RefCell;
use std::rc::Rc;
use whirl_vm::class::Class;
use whirl_vm::error::{PyErr, PyResult};
use whirl_vm::native::NativeData;
use whirl_vm::native::{native_class, native_ref, NativeObject, Sink, Tracer};
use whirl_vm::str::{intern, PyStr};
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

/// Which search a compiled variant serves.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// Unanchored, run with `captures_from_pos`.
    Search,
    /// `\A(?:p)`, run on the text from `pos` on.
    Match,
    /// `\A(?:p)\z`, run on the text from `pos` on.
    Full,
    /// `(?:p)\z` unanchored: fullmatch at `pos > 0` when the pattern looks
    /// behind its start (`^`, `\b`), so the text cannot be sliced.
    FullAt,
    /// `\G(?:p)(?!\G)`, run from `pos`: a match there that is not empty
    /// (after an empty match, CPython wants progress).
    NonEmpty,
}

struct Prog {
    pattern: String,
    flags: u32,
    bytes: bool,
    /// How `$` is spelled in every variant.
    dollar: Dollar,
    traits: Traits,
    /// Lazily compiled variants, indexed by `variant_index`.
    variants: Vec<Option<Rc<Regex>>>,
}

fn variant_index(kind: Kind, dollar: Dollar, unicode: bool) -> usize {
    let k = match kind {
        Kind::Search => 0,
        Kind::Match => 1,
        Kind::Full => 2,
        Kind::FullAt => 3,
        Kind::NonEmpty => 4,
    };
    k * 4 + (dollar == Dollar::End) as usize * 2 + unicode as usize
}

thread_local! {
    static PROG_CLASS: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
    static ERROR_CLASS: RefCell<Value> = const { RefCell::new(Value::None) };
}

/// `re.error(msg, pattern, pos)`, or ValueError/OverflowError where CPython
/// raises those.
fn raise(vm: &mut Vm, e: ReError, pattern: Option<Value>) -> PyErr {
    if e.overflow {
        return PyErr::new(whirl_vm::error::ExcType::OverflowError, e.msg);
    }
    if e.value {
        return PyErr::value_error(e.msg);
    }
    let mut args = vec![Value::string(e.msg)];
    if let (Some(p), Some(pos)) = (pattern, e.pos) {
        args.push(p);
        args.push(Value::Int(pos as i64));
    }
    raise_error(vm, args)
}

fn raise_error(vm: &mut Vm, args: Vec<Value>) -> PyErr {
    let cls = ERROR_CLASS.with(|c| c.borrow().clone());
    if cls.is_none() {
        return PyErr::value_error("re.error is not set up");
    }
    match vm.call(&cls, args) {
        Ok(Value::Instance(inst)) => PyErr::Raised(inst),
        Ok(_) => PyErr::value_error("re.error did not make an exception"),
        Err(e) => e,
    }
}

/// A failure of the engine itself (its own syntax limits, or the
/// backtracking limit at run time).
fn engine_error(e: fancy_regex::Error) -> ReError {
    let msg = match &e {
        fancy_regex::Error::RuntimeError(_) => {
            format!("pattern too complex for whirl's re engine: {e}")
        }
        _ => format!("pattern not supported by whirl's re engine: {e}"),
    };
    ReError {
        msg,
        pos: None,
        overflow: false,
        value: false,
    }
}

fn translate(prog: &Prog, dollar: Dollar, unicode: bool) -> Result<(String, Traits), ReError> {
    Translator::new(&prog.pattern, prog.flags, prog.bytes, dollar, unicode).translate()
}

/// Up to ten million backtracking steps before giving up with an error
/// (CPython has no limit; the engine's default of one million is reached by
/// ordinary patterns on long texts).
const BACKTRACK_LIMIT: usize = 10_000_000;

/// The automata for a pattern may take up to 256 MB (`.{65536}` needs
/// more than the engine's default of 10 MB; CPython accepts it).
const DELEGATE_SIZE_LIMIT: usize = 256 << 20;

fn build(source: &str) -> Result<Regex, ReError> {
    fancy_regex::RegexBuilder::new(source)
        .backtrack_limit(BACKTRACK_LIMIT)
        .delegate_size_limit(DELEGATE_SIZE_LIMIT)
        .build()
        .map_err(engine_error)
}

/// A compiled pattern as the handle `re.Pattern` holds: freed with it
/// (re.py's cache keeps the recent ones, as CPython's does).
struct ProgObj(RefCell<Prog>);

impl NativeData for ProgObj {
    fn trace(&self, _: &mut Tracer) {}
    fn clear(&self, _: &mut Sink) {}
}

fn variant(
    prog_obj: &ProgObj,
    kind: Kind,
    dollar: Dollar,
    unicode: bool,
) -> Result<Rc<Regex>, ReError> {
    let idx = variant_index(kind, dollar, unicode);
    let body = {
        let prog = prog_obj.0.borrow();
        match &prog.variants[idx] {
            Some(r) => Ok(Err(r.clone())),
            None => {
                let spell = if prog.dollar == Dollar::Lookahead {
                    Dollar::Lookahead
                } else {
                    dollar
                };
                translate(&prog, spell, unicode).map(|(body, _)| Ok(body))
            }
        }
    }?;
    let body = match body {
        Err(r) => return Ok(r),
        Ok(body) => body,
    };
    let source = match kind {
        Kind::Search => body,
        Kind::Match => format!("\\A(?:{body})"),
        Kind::Full => format!("\\A(?:{body})\\z"),
        Kind::FullAt => format!("(?:{body})\\z"),
        Kind::NonEmpty => format!("\\G(?:{body})(?!\\G|[^\\s\\S])"),
    };
    let r = Rc::new(build(&source)?);
    prog_obj.0.borrow_mut().variants[idx] = Some(r.clone());
    Ok(r)
}

fn compile_prog(pattern: &str, bytes: bool, flags: u32) -> Result<Prog, ReError> {
    let mut prog = Prog {
        pattern: pattern.to_string(),
        flags,
        bytes,
        dollar: Dollar::BeforeNewline,
        traits: Traits::default(),
        variants: vec![None; 20],
    };
    let (mut body, mut traits) = translate(&prog, Dollar::BeforeNewline, false)?;
    if traits.fancy && traits.dollar {
        // The backtracking engine runs anyway: spell `$` exactly.
        prog.dollar = Dollar::Lookahead;
        (body, traits) = translate(&prog, Dollar::Lookahead, false)?;
        traits.dollar = false;
    }
    let regex = build(&body)?;
    prog.flags = traits.flags;
    prog.traits = traits;
    prog.variants[variant_index(Kind::Search, Dollar::BeforeNewline, false)] = Some(Rc::new(regex));
    Ok(prog)
}

// ---------------------------------------------------------------- search

type Spans = Vec<Option<(usize, usize)>>;

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Search,
    Match,
    Full,
}

struct Searcher<'a> {
    prog: &'a ProgObj,
    /// The pattern's `Traits::looks_behind` and `Traits::dollar`.
    looks_behind: bool,
    dollar: bool,
    unicode: bool,
}

impl<'a> Searcher<'a> {
    /// `ascii`: the subject is known to be ASCII (its `\b` needs no care).
    fn new(prog: &'a ProgObj, ascii: bool) -> Searcher<'a> {
        let (looks_behind, dollar, sensitive) = {
            let t = &prog.0.borrow().traits;
            (t.looks_behind, t.dollar, t.unicode_sensitive)
        };
        Searcher {
            prog,
            looks_behind,
            dollar,
            unicode: sensitive && !ascii,
        }
    }

    /// One attempt on `hay` (already cut at endpos) from byte `start`.
    fn attempt(
        &mut self,
        hay: &str,
        start: usize,
        mode: Mode,
        dollar: Dollar,
    ) -> Result<Option<Spans>, ReError> {
        let sliced = start == 0 || !self.looks_behind;
        let (kind, offset, text, from) = match mode {
            Mode::Search => (Kind::Search, 0, hay, start),
            Mode::Match if sliced => (Kind::Match, start, &hay[start..], 0),
            Mode::Full if sliced => (Kind::Full, start, &hay[start..], 0),
            Mode::Match => (Kind::Search, 0, hay, start),
            Mode::Full => (Kind::FullAt, 0, hay, start),
        };
        let regex = variant(self.prog, kind, dollar, self.unicode)?;
        let caps = match regex.captures_from_pos(text, from) {
            Ok(Some(caps)) => caps,
            Ok(None) => return Ok(None),
            Err(e) => return Err(engine_error(e)),
        };
        let spans: Spans = (0..caps.len())
            .map(|i| caps.get(i).map(|m| (m.start() + offset, m.end() + offset)))
            .collect();
        if mode != Mode::Search && spans[0].map(|s| s.0) != Some(start) {
            return Ok(None);
        }
        Ok(Some(spans))
    }

    /// A non-empty match starting at `start` (None when there is none, or
    /// `$` would need the two-ends dance: the caller steps past `start`).
    fn nonempty_at(&mut self, hay: &str, start: usize) -> Result<Option<Spans>, ReError> {
        if self.dollar && hay[..hay.len().saturating_sub(1)].contains('\n') {
            return Ok(None);
        }
        let regex = variant(
            self.prog,
            Kind::NonEmpty,
            Dollar::BeforeNewline,
            self.unicode,
        )?;
        match regex.captures_from_pos(hay, start) {
            Ok(Some(caps)) => Ok(Some(
                (0..caps.len())
                    .map(|i| caps.get(i).map(|m| (m.start(), m.end())))
                    .collect(),
            )),
            Ok(None) => Ok(None),
            Err(e) => Err(engine_error(e)),
        }
    }

    fn find(&mut self, hay: &str, start: usize, mode: Mode) -> Result<Option<Spans>, ReError> {
        let n = hay.len();
        let inner_newline = n > 1 && hay.as_bytes()[..n - 1].contains(&b'\n');
        if !self.dollar || !inner_newline {
            return self.attempt(hay, start, mode, Dollar::BeforeNewline);
        }
        // `$` may match at the end or before a final newline; with other
        // newlines about, try both and keep the leftmost.
        let at_end = self.attempt(hay, start, mode, Dollar::End)?;
        if !hay.ends_with('\n') || start > n - 1 {
            return Ok(at_end);
        }
        let before = self.attempt(&hay[..n - 1], start, mode, Dollar::End)?;
        Ok(match (at_end, before) {
            (Some(a), Some(b)) => {
                if b[0].map(|s| s.0) < a[0].map(|s| s.0) {
                    Some(b)
                } else {
                    Some(a)
                }
            }
            (a, b) => a.or(b),
        })
    }
}

/// Byte offsets to code-point indices, walking from the last answer.
struct CharIndex<'a> {
    text: &'a str,
    ascii: bool,
    byte: usize,
    chr: usize,
}

impl<'a> CharIndex<'a> {
    fn new(text: &'a str, ascii: bool) -> CharIndex<'a> {
        CharIndex {
            text,
            ascii,
            byte: 0,
            chr: 0,
        }
    }
    fn of(&mut self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        if b >= self.byte {
            self.chr += self.text[self.byte..b].chars().count();
        } else {
            self.chr -= self.text[b..self.byte].chars().count();
        }
        self.byte = b;
        self.chr
    }
}

fn spans_value(spans: &Spans, idx: &mut CharIndex) -> Value {
    let mut items = Vec::with_capacity(spans.len() * 2);
    for s in spans {
        match s {
            Some((a, b)) => {
                items.push(Value::Int(idx.of(*a) as i64));
                items.push(Value::Int(idx.of(*b) as i64));
            }
            None => {
                items.push(Value::Int(-1));
                items.push(Value::Int(-1));
            }
        }
    }
    Value::tuple(items)
}

// ------------------------------------------------------------ arguments

fn int_arg(vm: &Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(Value::Int(i)) => Ok(*i),
        Some(Value::Bool(b)) => Ok(*b as i64),
        Some(Value::BigInt(b)) => Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }),
        Some(other) => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

fn handle_arg(v: Option<&Value>) -> PyResult<&ProgObj> {
    match v.and_then(native_ref::<ProgObj>) {
        Some((_, prog)) => Ok(prog),
        None => Err(PyErr::value_error("_re: bad pattern handle")),
    }
}

/// The subject of a search: a str, or bytes read as Latin-1 text.
enum Subject {
    Str(Rc<PyStr>),
    /// The text, and whether every byte is ASCII.
    Latin1(String, bool),
}

impl Subject {
    fn as_str(&self) -> &str {
        match self {
            Subject::Str(s) => s.as_str(),
            Subject::Latin1(s, _) => s,
        }
    }

    /// Known without a scan (PyStr counts its code points).
    fn is_ascii(&self) -> bool {
        match self {
            Subject::Str(s) => s.is_ascii(),
            Subject::Latin1(_, ascii) => *ascii,
        }
    }

    fn char_len(&self) -> usize {
        match self {
            Subject::Str(s) => s.char_len(),
            Subject::Latin1(s, _) => s.chars().count(),
        }
    }

    fn byte_offset(&self, i: usize) -> usize {
        match self {
            Subject::Str(s) => s.byte_offset(i),
            Subject::Latin1(s, true) => i.min(s.len()),
            Subject::Latin1(s, false) => s.char_indices().nth(i).map_or(s.len(), |(b, _)| b),
        }
    }
}

fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| b as char).collect()
}

fn text_arg(vm: &Vm, v: Option<&Value>, bytes_pattern: bool) -> PyResult<Subject> {
    let Some(v) = v else {
        return Err(PyErr::type_error("expected string or bytes-like object"));
    };
    let base;
    let v = match v {
        Value::Instance(i) if !i.base.is_null() => {
            base = i.base.clone();
            &base
        }
        v => v,
    };
    if let Value::Str(s) = v {
        if bytes_pattern {
            return Err(PyErr::type_error(
                "cannot use a bytes pattern on a string-like object",
            ));
        }
        return Ok(Subject::Str(s.clone()));
    }
    let data = match v {
        Value::Bytes(b) => Some((latin1(b), b.is_ascii())),
        Value::ByteArray(_) | Value::MemoryView(_) => {
            whirl_vm::memoryview::buffer_bytes(v).map(|b| (latin1(&b), b.is_ascii()))
        }
        _ => None,
    };
    match data {
        Some((text, ascii)) if bytes_pattern => Ok(Subject::Latin1(text, ascii)),
        Some(_) => Err(PyErr::type_error(
            "cannot use a string pattern on a bytes-like object",
        )),
        None => Err(PyErr::type_error(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(v)
        ))),
    }
}

/// (pos, endpos) in code points, clamped as CPython does, as bytes.
fn window(vm: &Vm, s: &Subject, a: &[Value], at: usize) -> PyResult<(usize, usize)> {
    let len = s.char_len() as i64;
    let pos = int_arg(vm, a.get(at), 0)?.clamp(0, len);
    let endpos = int_arg(vm, a.get(at + 1), len)?.clamp(0, len);
    let endpos = endpos.max(pos);
    Ok((s.byte_offset(pos as usize), s.byte_offset(endpos as usize)))
}

fn is_bytes_prog(prog: &ProgObj) -> bool {
    prog.0.borrow().bytes
}

fn prog_class(vm: &Vm) -> Rc<Class> {
    PROG_CLASS.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| native_class(vm, "_Program", "_re", &[], None))
            .clone()
    })
}

// ------------------------------------------------------------- functions

/// `_re.compile(pattern, flags)` -> (handle, groups, groupindex, flags)
fn compile(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let first = match a.first() {
        Some(Value::Instance(i)) if !i.base.is_null() => Some(i.base.clone()),
        v => v.cloned(),
    };
    let (text, bytes) = match &first {
        Some(Value::Str(s)) => (s.as_str().to_string(), false),
        Some(Value::Bytes(b)) => (latin1(b), true),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "first argument must be string or compiled pattern, not {}",
                vm.type_name(other)
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "compile() missing required argument 'pattern'",
            ))
        }
    };
    let flags = int_arg(vm, a.get(1), 0)? as u32;
    let prog = match compile_prog(&text, bytes, flags) {
        Ok(prog) => prog,
        Err(e) => return Err(raise(vm, e, a.first().cloned())),
    };
    let (groups, names, flags) = (prog.traits.groups, prog.traits.names.clone(), prog.flags);
    let handle = NativeObject::new(prog_class(vm), ProgObj(RefCell::new(prog)));
    let index = whirl_vm::gc::new_dict();
    for (name, i) in names {
        index.set_str(intern(&name), Value::Int(i as i64));
    }
    Ok(Value::tuple(vec![
        handle,
        Value::Int(groups as i64),
        Value::Dict(index),
        Value::Int(if flags & ASCII != 0 || bytes {
            flags
        } else {
            flags | UNICODE
        } as i64),
    ]))
}

/// `_re.match(handle, string, pos, endpos, mode)`: mode 0 search, 1 match,
/// 2 fullmatch; a flat tuple of (start, end) per group (-1 if unmatched)
/// or None.
fn match_(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let id = handle_arg(a.first())?;
    let s = text_arg(vm, a.get(1), is_bytes_prog(id))?;
    let (pos, endpos) = window(vm, &s, a, 2)?;
    let mode = match int_arg(vm, a.get(4), 0)? {
        1 => Mode::Match,
        2 => Mode::Full,
        _ => Mode::Search,
    };
    let hay = &s.as_str()[..endpos];
    let mut searcher = Searcher::new(id, s.is_ascii());
    match searcher.find(hay, pos, mode) {
        Ok(Some(spans)) => Ok(spans_value(
            &spans,
            &mut CharIndex::new(s.as_str(), s.is_ascii()),
        )),
        Ok(None) => Ok(Value::None),
        Err(e) => Err(raise(vm, e, None)),
    }
}

/// `_re.scan(handle, string, pos, endpos, limit, must_advance)`: the
/// successive matches findall/finditer/sub/split see (limit 0: all), with
/// CPython's rule that a match right after an empty match (or, with
/// `must_advance`, the first one) may not be empty at the same place.
fn scan(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let id = handle_arg(a.first())?;
    let s = text_arg(vm, a.get(1), is_bytes_prog(id))?;
    let (pos, endpos) = window(vm, &s, a, 2)?;
    let limit = int_arg(vm, a.get(4), 0)?.max(0) as usize;
    let mut after_empty = matches!(a.get(5), Some(Value::Bool(true)));
    let hay = &s.as_str()[..endpos];
    let mut searcher = Searcher::new(id, s.is_ascii());
    let mut idx = CharIndex::new(s.as_str(), s.is_ascii());
    let mut found = Vec::new();
    let mut at = pos;
    while at <= hay.len() && (limit == 0 || found.len() < limit) {
        let spans = match searcher.find(hay, at, Mode::Search) {
            Ok(Some(spans)) => spans,
            Ok(None) => break,
            Err(e) => return Err(raise(vm, e, None)),
        };
        let Some((start, end)) = spans[0] else { break };
        let spans = if start == end && start == at && after_empty {
            // A longer match here, else step one character and search again.
            let longer = match searcher.nonempty_at(hay, at) {
                Ok(found) => found,
                Err(e) => return Err(raise(vm, e, None)),
            };
            match longer {
                Some(spans) => spans,
                None => match hay[at..].chars().next() {
                    Some(c) => {
                        at += c.len_utf8();
                        after_empty = false;
                        continue;
                    }
                    None => break,
                },
            }
        } else {
            spans
        };
        let Some((start, end)) = spans[0] else { break };
        found.push(spans_value(&spans, &mut idx));
        after_empty = start == end;
        at = end;
    }
    Ok(Value::list(found))
}

/// `_re._set_error(cls)`: the class `re.error` raised from here.
fn set_error(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(cls) = a.first() {
        ERROR_CLASS.with(|c| *c.borrow_mut() = cls.clone());
    }
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    Ok(vm.make_module(
        "_re",
        vec![
            ("compile", builtin_fn("compile", compile)),
            ("match", builtin_fn("match", match_)),
            ("scan", builtin_fn("scan", scan)),
            ("_set_error", builtin_fn("_set_error", set_error)),
        ],
    ))
}
