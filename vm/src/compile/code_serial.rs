//! Code objects as bytes: whirl's own `marshal` for compiled modules, so
//! that an import can skip lexing, parsing and compiling a module it has
//! compiled before (`code_cache.rs` decides where the bytes live).
//!
//! The layout is private to one build of whirl (`code_cache` keys files by
//! the binary's build id), so it only has to round-trip, not stay stable.
//! Reading never trusts the bytes: every length and tag is checked and a
//! bad file reads as `None` (the caller then compiles from source).
//!
//! A code object is written as: name, qualname, instructions (a tag byte
//! and, for instructions that have one, a LEB128 operand), line numbers
//! (zigzag deltas), the position table's bytes, constants (a tag byte and
//! a payload each; nested code objects recursively), names, local, cell
//! and free variable names, argument counts, flags, exception handlers,
//! first line, docstring and stack bound.

use crate::code::SourceFile;
use crate::code::{Code, CodeFlags, Handler, Instr};
use crate::positions::PositionTable;
use crate::str::{intern, is_interned, PyStr};
use crate::value::Value;
use std::collections::hash_map::{Entry, HashMap};
use std::rc::Rc;
use whirl_parser::ast::{BinOp, CmpOp, UnaryOp};

/// How deep constants may nest (tuples in tuples, code in code) before a
/// file is taken for corrupt: the compiler never nests this deep, and the
/// reader recurses on the Rust stack.
const MAX_DEPTH: usize = 512;

/// Writes the instruction codec's two directions from one list, so that a
/// new `Instr` variant missing here is a compile error (the match in
/// `encode` is exhaustive) rather than a silently wrong file.
macro_rules! instr_codec {
    (plain: [$($p:ident),* $(,)?], operand: [$($o:ident),* $(,)?]) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u8)]
        enum Tag { $($p,)* $($o,)* Unary, Binary, Inplace, Compare, GetAwaitable, End }

        fn encode(w: &mut Vec<u8>, i: Instr) {
            match i {
                $(Instr::$p => w.push(Tag::$p as u8),)*
                $(Instr::$o(n) => { w.push(Tag::$o as u8); push_uint(w, u64::from(n)); })*
                Instr::Unary(op) => { w.push(Tag::Unary as u8); w.push(unary_code(op)); }
                Instr::Binary(op) => { w.push(Tag::Binary as u8); w.push(binop_code(op)); }
                Instr::Inplace(op) => { w.push(Tag::Inplace as u8); w.push(binop_code(op)); }
                Instr::Compare(op) => { w.push(Tag::Compare as u8); w.push(cmpop_code(op)); }
                Instr::GetAwaitable(source) => { w.push(Tag::GetAwaitable as u8); w.push(source); }
            }
        }

        /// The instructions without operand, by tag.
        const PLAIN: &[Instr] = &[$(Instr::$p),*];
        /// The makers of instructions with an operand, by tag less
        /// `PLAIN.len()`.
        const WITH_OPERAND: &[fn(u32) -> Instr] = &[$(Instr::$o),*];

        fn decode(r: &mut Reader) -> Option<Instr> {
            let tag = r.byte()?;
            if let Some(&i) = PLAIN.get(usize::from(tag)) {
                return Some(i);
            }
            if let Some(make) = WITH_OPERAND.get(usize::from(tag) - PLAIN.len()) {
                return Some(make(r.u32()?));
            }
            if tag == Tag::Unary as u8 { return Some(Instr::Unary(unary_op(r.byte()?)?)); }
            if tag == Tag::Binary as u8 { return Some(Instr::Binary(binop(r.byte()?)?)); }
            if tag == Tag::Inplace as u8 { return Some(Instr::Inplace(binop(r.byte()?)?)); }
            if tag == Tag::Compare as u8 { return Some(Instr::Compare(cmpop(r.byte()?)?)); }
            if tag == Tag::GetAwaitable as u8 { return Some(Instr::GetAwaitable(r.byte()?)); }
            let _ = Tag::End;
            None
        }
    };
}

instr_codec! {
    plain: [
        Nop, CallEx, Subscr, StoreSubscr, DeleteSubscr, Pop, GetIter, ListExtend,
        SetUpdate, DictUpdate, DictMerge, ListToTuple, LoadBuildClass, ReturnValue,
        YieldValue, GetYieldFromIter, YieldFrom, Reraise, PushExcInfo,
        PopExcept, PopExceptReraise, CheckExcMatch, ExcStarMatch, ExcStarReraise,
        BeforeWith, WithExitNormal, WithExceptStart, BeforeAsyncWith, AsyncWithExit,
        GetAIter, GetANext, AsyncGenWrap, EndAsyncFor, ImportStar, LoadAssertionError,
        PrintExpr, SetupAnnotations,
    ],
    operand: [
        LoadConst, LoadFast, StoreFast, DeleteFast, LoadDeref, StoreDeref, DeleteDeref,
        LoadClosure, LoadClassDeref, LoadGlobal, StoreGlobal, DeleteGlobal, LoadName,
        StoreName, DeleteName, LoadAttr, StoreAttr, DeleteAttr, LoadMethod, CallMethod,
        Call, CallKw, BuildSlice, Swap, Copy, Jump, JumpBackward, PopJumpIfFalse,
        PopJumpIfTrue, JumpIfFalseOrPop, JumpIfTrueOrPop, ForIter, BuildTuple, BuildList,
        BuildMap, BuildSet, BuildString, ListAppend, SetAdd, MapAdd, UnpackSequence,
        UnpackEx, FormatValue, MakeFunction, Raise, ImportName, ImportFrom,
        LoadNameMapping, StoreNameMapping, DeleteNameMapping, Unsupported, Match,
        LoadFastConstOp, LoadFastFastOp,
    ]
}

const UNARY_OPS: [UnaryOp; 4] = [UnaryOp::Invert, UnaryOp::Not, UnaryOp::UAdd, UnaryOp::USub];
const BIN_OPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mult,
    BinOp::MatMult,
    BinOp::Div,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitOr,
    BinOp::BitXor,
    BinOp::BitAnd,
    BinOp::FloorDiv,
];
const CMP_OPS: [CmpOp; 10] = [
    CmpOp::Eq,
    CmpOp::NotEq,
    CmpOp::Lt,
    CmpOp::LtE,
    CmpOp::Gt,
    CmpOp::GtE,
    CmpOp::Is,
    CmpOp::IsNot,
    CmpOp::In,
    CmpOp::NotIn,
];

fn unary_code(op: UnaryOp) -> u8 {
    UNARY_OPS.iter().position(|&o| o == op).unwrap_or(0) as u8
}
fn unary_op(b: u8) -> Option<UnaryOp> {
    UNARY_OPS.get(usize::from(b)).copied()
}
fn binop_code(op: BinOp) -> u8 {
    BIN_OPS.iter().position(|&o| o == op).unwrap_or(0) as u8
}
fn binop(b: u8) -> Option<BinOp> {
    BIN_OPS.get(usize::from(b)).copied()
}
fn cmpop_code(op: CmpOp) -> u8 {
    CMP_OPS.iter().position(|&o| o == op).unwrap_or(0) as u8
}
fn cmpop(b: u8) -> Option<CmpOp> {
    CMP_OPS.get(usize::from(b)).copied()
}

// Constant tags.
const C_NONE: u8 = 0;
const C_ELLIPSIS: u8 = 1;
const C_FALSE: u8 = 2;
const C_TRUE: u8 = 3;
const C_INT: u8 = 4;
const C_BIGINT: u8 = 5;
const C_FLOAT: u8 = 6;
const C_COMPLEX: u8 = 7;
const C_STR: u8 = 8;
const C_STR_INTERNED: u8 = 9;
const C_BYTES: u8 = 10;
const C_TUPLE: u8 = 11;
const C_CODE: u8 = 12;
/// A string written before, by number.
const C_STR_REF: u8 = 13;

fn push_uint(w: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            w.push(b);
            return;
        }
        w.push(b | 0x80);
    }
}

fn push_int(w: &mut Vec<u8>, v: i64) {
    push_uint(w, ((v << 1) ^ (v >> 63)) as u64);
}

fn push_bytes(w: &mut Vec<u8>, b: &[u8]) {
    push_uint(w, b.len() as u64);
    w.extend_from_slice(b);
}

/// The output and the strings written so far: a string's second and later
/// uses are written as its number in order of first use (a module's names
/// repeat across its functions; reading each once saves interning it again).
struct Writer {
    out: Vec<u8>,
    strings: HashMap<(bool, Box<str>), usize>,
}

fn push_str(w: &mut Writer, s: &Rc<PyStr>) {
    let interned = is_interned(s);
    let next = w.strings.len();
    match w.strings.entry((interned, s.as_str().into())) {
        Entry::Occupied(e) => {
            w.out.push(C_STR_REF);
            push_uint(&mut w.out, *e.get() as u64);
        }
        Entry::Vacant(e) => {
            e.insert(next);
            w.out.push(if interned { C_STR_INTERNED } else { C_STR });
            push_bytes(&mut w.out, s.as_str().as_bytes());
        }
    }
}

fn push_strs(w: &mut Writer, v: &[Rc<PyStr>]) {
    push_uint(&mut w.out, v.len() as u64);
    for s in v {
        push_str(w, s);
    }
}

/// `code` as bytes. None when a constant is of a kind the format does not
/// hold (the module is then simply not cached).
pub fn write_code(code: &Code) -> Option<Vec<u8>> {
    let mut w = Writer {
        out: Vec::new(),
        strings: HashMap::new(),
    };
    write_code_at(&mut w, code, 0)?;
    Some(w.out)
}

fn write_code_at(w: &mut Writer, code: &Code, depth: usize) -> Option<()> {
    if depth > MAX_DEPTH {
        return None;
    }
    push_str(w, &code.name);
    push_str(w, &code.qualname);
    push_uint(&mut w.out, code.instrs.len() as u64);
    for &i in &code.instrs {
        encode(&mut w.out, i);
    }
    push_uint(&mut w.out, code.lines.len() as u64);
    let mut prev = 0i64;
    for &l in &code.lines {
        push_int(&mut w.out, i64::from(l) - prev);
        prev = i64::from(l);
    }
    push_bytes(&mut w.out, code.positions.as_bytes());
    push_uint(&mut w.out, code.consts.len() as u64);
    for c in &code.consts {
        write_value(w, c, depth + 1)?;
    }
    push_strs(w, &code.names);
    push_strs(w, &code.varnames);
    push_strs(w, &code.cellvars);
    push_strs(w, &code.freevars);
    push_uint(&mut w.out, code.cell_params.len() as u64);
    for &(a, b) in &code.cell_params {
        push_uint(&mut w.out, u64::from(a));
        push_uint(&mut w.out, u64::from(b));
    }
    push_uint(&mut w.out, u64::from(code.argcount));
    push_uint(&mut w.out, u64::from(code.posonlyargcount));
    push_uint(&mut w.out, u64::from(code.kwonlyargcount));
    let f = &code.flags;
    let bits = [
        f.generator,
        f.coroutine,
        f.async_generator,
        f.varargs,
        f.varkw,
        f.uses_names,
    ]
    .iter()
    .enumerate()
    .fold(0u8, |acc, (i, &b)| acc | (u8::from(b) << i));
    w.out.push(bits);
    push_uint(&mut w.out, code.handlers.len() as u64);
    for h in &code.handlers {
        for v in [h.start, h.end, h.target, h.depth] {
            push_uint(&mut w.out, u64::from(v));
        }
    }
    push_uint(&mut w.out, u64::from(code.firstline));
    write_value(w, &code.doc, depth + 1)?;
    push_uint(&mut w.out, code.max_stack as u64);
    Some(())
}

fn write_value(w: &mut Writer, v: &Value, depth: usize) -> Option<()> {
    if depth > MAX_DEPTH {
        return None;
    }
    match v {
        Value::None => w.out.push(C_NONE),
        Value::Ellipsis => w.out.push(C_ELLIPSIS),
        Value::Bool(false) => w.out.push(C_FALSE),
        Value::Bool(true) => w.out.push(C_TRUE),
        Value::Int(i) => {
            w.out.push(C_INT);
            push_int(&mut w.out, *i);
        }
        Value::BigInt(b) => {
            w.out.push(C_BIGINT);
            push_bytes(&mut w.out, &b.to_signed_bytes_le());
        }
        Value::Float(f) => {
            w.out.push(C_FLOAT);
            w.out.extend_from_slice(&f.to_bits().to_le_bytes());
        }
        Value::Complex(c) => {
            w.out.push(C_COMPLEX);
            w.out.extend_from_slice(&c.re.to_bits().to_le_bytes());
            w.out.extend_from_slice(&c.im.to_bits().to_le_bytes());
        }
        Value::Str(s) => push_str(w, s),
        Value::Bytes(b) => {
            w.out.push(C_BYTES);
            push_bytes(&mut w.out, b);
        }
        Value::Tuple(t) => {
            w.out.push(C_TUPLE);
            push_uint(&mut w.out, t.0.len() as u64);
            for item in t.0.iter() {
                write_value(w, item, depth + 1)?;
            }
        }
        Value::Code(c) => {
            w.out.push(C_CODE);
            write_code_at(w, c, depth + 1)?;
        }
        _ => return None,
    }
    Some(())
}

/// A cursor over untrusted bytes: every read is bounds-checked.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    /// The strings read so far, for `C_STR_REF`.
    strings: Vec<Rc<PyStr>>,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader {
            bytes,
            at: 0,
            strings: Vec::new(),
        }
    }
    pub fn at_end(&self) -> bool {
        self.at == self.bytes.len()
    }
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(s)
    }
    fn uint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.uint()?).ok()
    }
    fn int(&mut self) -> Option<i64> {
        let z = self.uint()?;
        Some(((z >> 1) as i64) ^ -((z & 1) as i64))
    }
    /// A count of items that each take at least one byte: larger than
    /// what is left means a corrupt file (and no huge allocation).
    fn count(&mut self) -> Option<usize> {
        let n = usize::try_from(self.uint()?).ok()?;
        (n <= self.bytes.len() - self.at).then_some(n)
    }
    fn bytes_field(&mut self) -> Option<&'a [u8]> {
        let n = self.count()?;
        self.take(n)
    }
    fn f64(&mut self) -> Option<f64> {
        let b: [u8; 8] = self.take(8)?.try_into().ok()?;
        Some(f64::from_bits(u64::from_le_bytes(b)))
    }
    fn str_with(&mut self, tag: u8) -> Option<Rc<PyStr>> {
        if tag == C_STR_REF {
            let i = usize::try_from(self.uint()?).ok()?;
            return self.strings.get(i).cloned();
        }
        let s = std::str::from_utf8(self.bytes_field()?).ok()?;
        let s = match tag {
            C_STR_INTERNED => intern(s),
            C_STR => Rc::new(PyStr::new(s.to_string())),
            _ => return None,
        };
        self.strings.push(s.clone());
        Some(s)
    }
    fn str(&mut self) -> Option<Rc<PyStr>> {
        let tag = self.byte()?;
        self.str_with(tag)
    }
    fn strs(&mut self) -> Option<Vec<Rc<PyStr>>> {
        let n = self.count()?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(self.str()?);
        }
        Some(v)
    }
}

/// Reads a code object written by `write_code`; its instructions point
/// into `source` for tracebacks.
pub fn read_code(r: &mut Reader, source: &Rc<SourceFile>) -> Option<Rc<Code>> {
    read_code_at(r, source, 0)
}

fn read_code_at(r: &mut Reader, source: &Rc<SourceFile>, depth: usize) -> Option<Rc<Code>> {
    if depth > MAX_DEPTH {
        return None;
    }
    let name = r.str()?;
    let qualname = r.str()?;
    let n = r.count()?;
    let mut instrs = Vec::with_capacity(n);
    for _ in 0..n {
        instrs.push(decode(r)?);
    }
    let n = r.count()?;
    let mut prev = 0i64;
    let mut lines = Vec::with_capacity(n);
    for _ in 0..n {
        prev = prev.checked_add(r.int()?)?;
        lines.push(u32::try_from(prev).ok()?);
    }
    let positions = PositionTable::from_bytes(r.bytes_field()?);
    let n = r.count()?;
    let mut consts = Vec::with_capacity(n);
    for _ in 0..n {
        consts.push(read_value(r, source, depth + 1)?);
    }
    let names = r.strs()?;
    let varnames = r.strs()?;
    let cellvars = r.strs()?;
    let freevars = r.strs()?;
    let n = r.count()?;
    let cell_params = (0..n)
        .map(|_| Some((r.u32()?, r.u32()?)))
        .collect::<Option<Vec<_>>>()?;
    let argcount = r.u32()?;
    let posonlyargcount = r.u32()?;
    let kwonlyargcount = r.u32()?;
    let bits = r.byte()?;
    let flag = |i: u8| bits & (1 << i) != 0;
    let flags = CodeFlags {
        generator: flag(0),
        coroutine: flag(1),
        async_generator: flag(2),
        varargs: flag(3),
        varkw: flag(4),
        uses_names: flag(5),
    };
    let n = r.count()?;
    let handlers = (0..n)
        .map(|_| {
            Some(Handler {
                start: r.u32()?,
                end: r.u32()?,
                target: r.u32()?,
                depth: r.u32()?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let firstline = r.u32()?;
    let doc = read_value(r, source, depth + 1)?;
    let max_stack = usize::try_from(r.uint()?).ok()?;
    // The interpreter indexes these tables by operand without checking
    // (the compiler made them agree): refuse a file where they do not.
    if lines.len() != instrs.len() || !operands_in_range(&instrs, &consts, &names, &varnames) {
        return None;
    }
    Some(Rc::new(Code {
        max_stack,
        global_cache: (0..names.len()).map(|_| Default::default()).collect(),
        attr_caches: (0..names.len()).map(|_| Default::default()).collect(),
        name,
        qualname,
        instrs,
        lines,
        positions,
        consts,
        names,
        varnames,
        cellvars,
        freevars,
        cell_params,
        argcount,
        posonlyargcount,
        kwonlyargcount,
        flags,
        handlers,
        firstline,
        source: source.clone(),
        doc,
    }))
}

/// The plain table indexes of the instructions fit their tables (jumps
/// and packed operands are covered by the file's checksum).
fn operands_in_range(
    instrs: &[Instr],
    consts: &[Value],
    names: &[Rc<PyStr>],
    vars: &[Rc<PyStr>],
) -> bool {
    instrs.iter().all(|i| match *i {
        Instr::LoadConst(n) => (n as usize) < consts.len(),
        Instr::LoadFast(n) | Instr::StoreFast(n) | Instr::DeleteFast(n) => {
            (n as usize) < vars.len()
        }
        Instr::LoadGlobal(n)
        | Instr::StoreGlobal(n)
        | Instr::DeleteGlobal(n)
        | Instr::LoadName(n)
        | Instr::StoreName(n)
        | Instr::DeleteName(n)
        | Instr::LoadAttr(n)
        | Instr::StoreAttr(n)
        | Instr::DeleteAttr(n)
        | Instr::LoadMethod(n) => (n as usize) < names.len(),
        _ => true,
    })
}

fn read_value(r: &mut Reader, source: &Rc<SourceFile>, depth: usize) -> Option<Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    Some(match r.byte()? {
        C_NONE => Value::None,
        C_ELLIPSIS => Value::Ellipsis,
        C_FALSE => Value::Bool(false),
        C_TRUE => Value::Bool(true),
        C_INT => Value::Int(r.int()?),
        C_BIGINT => Value::from_bigint(num_bigint::BigInt::from_signed_bytes_le(r.bytes_field()?)),
        C_FLOAT => Value::Float(r.f64()?),
        C_COMPLEX => {
            let re = r.f64()?;
            crate::complex::complex_value(re, r.f64()?)
        }
        tag @ (C_STR | C_STR_INTERNED | C_STR_REF) => Value::Str(r.str_with(tag)?),
        C_BYTES => Value::Bytes(Rc::new(r.bytes_field()?.to_vec())),
        C_TUPLE => {
            let n = r.count()?;
            let mut items = Vec::with_capacity(n);
            for _ in 0..n {
                items.push(read_value(r, source, depth + 1)?);
            }
            Value::tuple(items)
        }
        C_CODE => Value::Code(read_code_at(r, source, depth + 1)?),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROGRAM: &str = r#"
"""doc"""
import os
X = (1, -2.5, 3j, b"\x00", "caf\u00e9", None, ..., True, 2 ** 100, (1, ("a b",)))
class C(object, metaclass=type):
    "class doc"
    def m(self, a, /, b=1, *args, c, d=2, **kw):
        nonlocal_free = a
        def inner():
            return nonlocal_free + b
        return inner
async def co(xs):
    async with xs as y:
        async for z in y:
            await z
    return [i async for i in xs]
def gen():
    try:
        yield from range(3)
    except* ValueError as e:
        raise
    finally:
        x = {k: v for k, v in enumerate("ab") if k}
    match x:
        case {1: [a, *rest]} if a > 0:
            pass
        case C(b=a) | [a] | (1 | 2 as a):
            return a
"#;

    fn compiled() -> Rc<Code> {
        let source = Rc::new(SourceFile::new("<test>", PROGRAM));
        let module = whirl_parser::parse_module(PROGRAM).expect("parses");
        crate::compile::compile_module(&module, source).expect("compiles")
    }

    #[test]
    fn round_trip_keeps_the_listing() {
        let code = compiled();
        let bytes = write_code(&code).expect("serializable");
        let source = Rc::new(SourceFile::new("<test>", PROGRAM));
        let mut r = Reader::new(&bytes);
        let back = read_code(&mut r, &source).expect("reads back");
        assert!(r.at_end());
        assert_eq!(back.disassemble(), code.disassemble());
        assert_eq!(write_code(&back), Some(bytes));
    }

    #[test]
    fn damaged_bytes_never_panic() {
        let bytes = write_code(&compiled()).expect("serializable");
        let source = Rc::new(SourceFile::new("<test>", PROGRAM));
        for cut in 0..bytes.len() {
            assert!(read_code(&mut Reader::new(&bytes[..cut]), &source).is_none());
        }
        let mut damaged = bytes.clone();
        for i in 0..damaged.len() {
            for flip in [0x01u8, 0x80, 0xff] {
                damaged[i] ^= flip;
                let _ = read_code(&mut Reader::new(&damaged), &source);
                damaged[i] ^= flip;
            }
        }
    }
}
