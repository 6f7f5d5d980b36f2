//! The program fuzzer: mutated and generated Python programs run through the
//! whole interpreter, each in a child process with a wall-clock timeout and
//! an address-space limit, and classified as
//!
//! - `panic`: stderr has Rust's `panicked at` (a builtin's panic is raised as
//!   SystemError and the program may go on; an escaped one exits 70): a bug;
//! - `abort`: killed by a signal (SIGABRT, SIGSEGV, a stack overflow) where
//!   CPython, run on the same program, is not;
//! - `oom`: an abort because an allocation failed under the limit (CPython
//!   would raise `MemoryError`): reported, lower priority, never fails a run;
//! - `hang`: whirl runs out of time where CPython finishes the same program
//!   within the same timeout (CPython is the oracle: many mutated programs
//!   loop forever, legitimately); without `python3` no hang is reported;
//! - `ok`: any normal exit, a Python exception (exit 1) included.
//!
//! Programs come from the conformance corpus (`tests/conformance`, the
//! tornado corpus minus programs that serve on ports, fork or kill, and the
//! article's scripts), changed by Python-aware mutations (tokens swapped,
//! duplicated, deleted; numbers made boundary values; strings made huge,
//! empty or exotic; statements spliced from other files; expressions nested
//! deep; `yield`/`await`/`return`/`break`/... inserted; operators changed),
//! by byte-level mutations (for the lexer and parser), and by a small
//! generator of statements calling builtins and methods with odd arguments.
//!
//! `cargo test --release --test fuzz_programs` runs a short deterministic
//! run (fixed seed and case count) and fails on any panic, abort or
//! confirmed hang. A long run (see the README) is driven by:
//!
//! - `WHIRL_FUZZ_SECS`: run for this many seconds instead;
//! - `WHIRL_FUZZ_SEED`: the seed (default: fixed for the short run, the
//!   clock for a long one; printed either way);
//! - `WHIRL_FUZZ_JOBS`: worker threads, one child process each (default 1);
//! - `WHIRL_FUZZ_CASES`: the short run's number of cases;
//! - `WHIRL_FUZZ_MAX_SECS`: the short run's cap on time (default 45 s; to
//!   check a new `CI_SEED` on a busy machine, make it large);
//! - `WHIRL_FUZZ_OUT`: where findings are saved (default
//!   `target/fuzz-findings`): `<class>-<hash>.py` minimized, with the
//!   original program and whirl's stderr beside it;
//! - `WHIRL_FUZZ_TIMEOUT`: seconds per case (default 5; 3 in the short run);
//! - `WHIRL_FUZZ_MEM_MB`: the address-space limit per case (default 2048);
//! - `WHIRL_FUZZ_PYTHON`: the oracle (default `python3` on PATH);
//! - `WHIRL_FUZZ_DUMP`: a folder to write every case to (to see what the
//!   mutators make).

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const WHIRL: &str = env!("CARGO_BIN_EXE_whirl");
/// The short run: a seed whose first 400 cases pass (about 30 s on one
/// loaded core; CI runs 300). Raise the count, or change the seed, only
/// with the fixes the new cases' findings need.
const CI_SEED: u64 = 102;
const CI_CASES: u64 = 300;
/// The short run stops here whatever the count (a loaded machine).
const CI_MAX: Duration = Duration::from_secs(45);
/// Kept of a child's stderr.
const STDERR_KEEP: usize = 64 << 10;

// ---------------------------------------------------------------- PRNG

/// splitmix64: small, fast, and good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

// ---------------------------------------------------------------- corpus

struct Corpus {
    files: Vec<(String, Vec<u8>)>,
    /// Every non-blank line of every file, indentation removed.
    lines: Vec<String>,
    /// Right-hand sides of simple assignments and calls found in the files.
    exprs: Vec<String>,
}

/// Programs that could harm the machine or other tests when mutated: they
/// serve on ports, fork, kill, run commands.
fn unsafe_to_mutate(text: &str) -> bool {
    [
        "listen(",
        ".bind(",
        "HTTPServer",
        "TCPServer",
        "fork",
        "os.kill",
        "killpg",
        "subprocess",
        "os.system",
        "os.exec",
        "os.spawn",
        "popen",
        "socket",
        "rmtree",
        "AsyncHTTPClient",
        "signal",
    ]
    .iter()
    .any(|w| text.contains(w))
}

fn load_corpus() -> Corpus {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        root.join("tests/conformance"),
        root.join("tests/tornado"),
        root.join("scripts/article"),
        root.join("../shared/article"),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        paths.sort();
        for p in paths {
            let Ok(bytes) = std::fs::read(&p) else {
                continue;
            };
            if unsafe_to_mutate(&String::from_utf8_lossy(&bytes)) {
                continue;
            }
            files.push((p.display().to_string(), bytes));
        }
    }
    let mut lines = Vec::new();
    let mut exprs = Vec::new();
    for (_, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        for line in text.lines() {
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            lines.push(t.to_string());
            if let Some((lhs, rhs)) = t.split_once(" = ") {
                if lhs.chars().all(|c| c.is_alphanumeric() || c == '_')
                    && balanced(rhs)
                    && !rhs.ends_with(':')
                {
                    exprs.push(rhs.to_string());
                }
            }
        }
    }
    Corpus {
        files,
        lines,
        exprs,
    }
}

fn balanced(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            '#' | '\'' | '"' => return false,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

// ---------------------------------------------------------------- tokens

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Name,
    Number,
    Str,
    Op,
    Space,
    Newline,
    Comment,
}

#[derive(Clone, Debug)]
struct Tok {
    kind: Kind,
    text: String,
}

/// A rough Python tokenizer: good enough to mutate, exact nowhere.
fn tokenize(src: &str) -> Vec<Tok> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        let kind;
        if c == '\n' {
            i += 1;
            kind = Kind::Newline;
        } else if c == ' ' || c == '\t' || c == '\r' || c == '\x0c' {
            while i < chars.len() && matches!(chars[i], ' ' | '\t' | '\r' | '\x0c') {
                i += 1;
            }
            kind = Kind::Space;
        } else if c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            kind = Kind::Comment;
        } else if c.is_ascii_digit()
            || (c == '.' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit()))
        {
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric()
                    || chars[i] == '.'
                    || chars[i] == '_'
                    || ((chars[i] == '+' || chars[i] == '-') && matches!(chars[i - 1], 'e' | 'E')))
            {
                i += 1;
            }
            kind = Kind::Number;
        } else if c.is_alphabetic() || c == '_' {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let prefix = word.len() <= 3
                && word
                    .chars()
                    .all(|c| matches!(c.to_ascii_lowercase(), 'r' | 'b' | 'f' | 'u'));
            if prefix && i < chars.len() && (chars[i] == '\'' || chars[i] == '"') {
                i = string_end(&chars, i);
                kind = Kind::Str;
            } else {
                kind = Kind::Name;
            }
        } else if c == '\'' || c == '"' {
            i = string_end(&chars, i);
            kind = Kind::Str;
        } else {
            const OPS3: [&str; 6] = ["**=", "//=", ">>=", "<<=", "...", "!=="];
            const OPS2: [&str; 21] = [
                "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=", "*=", "/=",
                "%=", "&=", "|=", "^=", "@=", "<>", "!=",
            ];
            let rest: String = chars[i..chars.len().min(i + 3)].iter().collect();
            if OPS3.iter().any(|o| rest.starts_with(o)) {
                i += 3;
            } else if OPS2.iter().any(|o| rest.starts_with(o)) {
                i += 2;
            } else {
                i += 1;
            }
            kind = Kind::Op;
        }
        out.push(Tok {
            kind,
            text: chars[start..i].iter().collect(),
        });
    }
    out
}

/// The index after the string literal whose quote is at `i`.
fn string_end(chars: &[char], i: usize) -> usize {
    let q = chars[i];
    let triple = chars.get(i + 1) == Some(&q) && chars.get(i + 2) == Some(&q);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < chars.len() {
        let c = chars[j];
        if c == '\\' {
            j += 2;
            continue;
        }
        if !triple && c == '\n' {
            return j;
        }
        if c == q {
            if !triple {
                return j + 1;
            }
            if chars.get(j + 1) == Some(&q) && chars.get(j + 2) == Some(&q) {
                return j + 3;
            }
        }
        j += 1;
    }
    chars.len()
}

fn join(toks: &[Tok]) -> String {
    toks.iter().map(|t| t.text.as_str()).collect()
}

// ---------------------------------------------------------------- values

const NUMBERS: &[&str] = &[
    "0",
    "-1",
    "1",
    "2**31",
    "2**63",
    "2**63-1",
    "-2**63",
    "2**64",
    "10**30",
    "10**100",
    "1e308",
    "-1e308",
    "1e-320",
    "float('nan')",
    "float('inf')",
    "-0.0",
    "0.5",
    "255",
    "256",
    "65536",
    "0x110000",
    "True",
    "None",
    "...",
];

const STRINGS: &[&str] = &[
    "''",
    "'x' * 100000",
    "'\\x00'",
    "'\\udcff'",
    "'é'",
    "'\\U0001f600' * 3",
    "'a\\nb\\r\\n'",
    "'%s%d%(x)s'",
    "'{0}{x}{}'",
    "'\\\\'",
    "b''",
    "b'\\xff\\x00'",
    "f'{1!r:>10}'",
    "'\\t\\x0c'",
    "r'\\N'",
    "'ß' * 7",
];

const OPERATORS: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<", ">", "<=", ">=",
    "==", "!=", " in ", " not in ", " is ", " is not ", " and ", " or ", "=", ":=", ".", ",", ":",
    ";", "(", ")", "[", "]", "{", "}", "~", "*=", "+=", "->", "...",
];

const STATEMENTS: &[&str] = &[
    "yield",
    "yield X",
    "yield from X",
    "await X",
    "return",
    "return X",
    "break",
    "continue",
    "del X",
    "global X",
    "nonlocal X",
    "raise",
    "raise X",
    "pass",
    "X = yield",
    "assert X, X",
    "import X",
    "from X import *",
    "X: int = X",
    "async with X: pass",
    "async for X in X: pass",
    "with X as X: pass",
    "for X in X: pass",
    "while X: break",
    "try: pass\nfinally: X",
    "class X(X): pass",
    "def X(*X, **X): return X",
    "lambda: (yield)",
    "X = lambda X=X: X",
    "X.X = X",
    "X[X:X:X] = X",
    "(X := X)",
    "[X for X in X if X]",
    "print(X)",
];

const NESTERS: &[(&str, &str)] = &[
    ("(", ")"),
    ("[", "]"),
    ("{", "}"),
    ("-", ""),
    ("not ", ""),
    ("~", ""),
    ("+", ""),
    ("lambda: ", ""),
    ("abs(", ")"),
    ("str(", ")"),
    ("(1, ", ")"),
    ("{1: ", "}"),
    ("f'{", "}'"),
    ("(yield ", ")"),
    ("await ", ""),
    ("1 if ", " else 2"),
    ("[", " for _ in 'ab']"),
];

const DEPTHS: &[usize] = &[2, 5, 30, 100, 200, 1000, 5000, 50000];

// ---------------------------------------------------------------- mutators

fn mutate(rng: &mut Rng, corpus: &Corpus, src: &[u8]) -> Vec<u8> {
    let mut src = src.to_vec();
    let rounds = 1 + rng.below(3) + if rng.chance(10) { rng.below(10) } else { 0 };
    for _ in 0..rounds {
        src = match rng.below(100) {
            0..=54 => mutate_tokens(rng, corpus, &src),
            55..=79 => mutate_lines(rng, corpus, &src),
            _ => mutate_bytes(rng, &src),
        };
    }
    src
}

fn names_in(toks: &[Tok]) -> Vec<String> {
    let mut names: Vec<String> = toks
        .iter()
        .filter(|t| t.kind == Kind::Name)
        .map(|t| t.text.clone())
        .collect();
    names.sort();
    names.dedup();
    if names.is_empty() {
        names.push("x".into());
    }
    names
}

fn mutate_tokens(rng: &mut Rng, corpus: &Corpus, src: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(src);
    let mut toks = tokenize(&text);
    let solid: Vec<usize> = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| !matches!(t.kind, Kind::Space | Kind::Newline | Kind::Comment))
        .map(|(i, _)| i)
        .collect();
    if solid.is_empty() {
        return src.to_vec();
    }
    let names = names_in(&toks);
    let i = *rng.pick(&solid);
    let of_kind = |k: Kind| -> Vec<usize> {
        solid
            .iter()
            .copied()
            .filter(|&j| toks[j].kind == k)
            .collect()
    };
    match rng.below(10) {
        0 => {
            let j = *rng.pick(&solid);
            toks.swap(i, j);
        }
        1 => {
            let t = toks[i].clone();
            toks.insert(i, t);
        }
        2 => {
            toks.remove(i);
        }
        3 => {
            let nums = of_kind(Kind::Number);
            let at = if nums.is_empty() { i } else { *rng.pick(&nums) };
            toks[at].text = rng.pick(NUMBERS).to_string();
            toks[at].kind = Kind::Number;
        }
        4 => {
            let strs = of_kind(Kind::Str);
            let at = if strs.is_empty() { i } else { *rng.pick(&strs) };
            toks[at].text = rng.pick(STRINGS).to_string();
        }
        5 => {
            let ops = of_kind(Kind::Op);
            let at = if ops.is_empty() { i } else { *rng.pick(&ops) };
            toks[at].text = rng.pick(OPERATORS).to_string();
        }
        6 => {
            let at = *rng.pick(&solid);
            let new = if rng.chance(50) {
                rng.pick(&names).clone()
            } else {
                rng.pick(BUILTINS).to_string()
            };
            toks[at].text = new;
        }
        7 | 8 => {
            // Nest an operand deep.
            let operands: Vec<usize> = solid
                .iter()
                .copied()
                .filter(|&j| matches!(toks[j].kind, Kind::Name | Kind::Number | Kind::Str))
                .collect();
            let at = if operands.is_empty() {
                i
            } else {
                *rng.pick(&operands)
            };
            let (open, close) = *rng.pick(NESTERS);
            let depth = *rng.pick(DEPTHS);
            toks[at].text = format!(
                "{}{}{}",
                open.repeat(depth),
                toks[at].text,
                close.repeat(depth)
            );
        }
        _ => {
            // An expression from another program in place of an operand.
            if let Some(e) = (!corpus.exprs.is_empty()).then(|| rng.pick(&corpus.exprs)) {
                toks[i].text = format!("({e})");
            }
        }
    }
    join(&toks).into_bytes()
}

fn indent_of(line: &str) -> &str {
    &line[..line.len() - line.trim_start().len()]
}

fn mutate_lines(rng: &mut Rng, corpus: &Corpus, src: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(src);
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let names = names_in(&tokenize(&text));
    let i = rng.below(lines.len());
    let indent = indent_of(&lines[i]).to_string();
    match rng.below(8) {
        0 | 1 => {
            // A statement that is legal in some places only.
            let name = rng.pick(&names).clone();
            let stmt = rng.pick(STATEMENTS).replace('X', &name);
            let stmt = stmt.replace('\n', &format!("\n{indent}"));
            lines.insert(i, format!("{indent}{stmt}"));
        }
        2 => {
            lines.remove(i);
        }
        3 => {
            let l = lines[i].clone();
            lines.insert(i, l);
        }
        4 => {
            let j = rng.below(lines.len());
            lines.swap(i, j);
        }
        5 | 6 => {
            if !corpus.lines.is_empty() {
                let other = rng.pick(&corpus.lines);
                lines.insert(i, format!("{indent}{other}"));
            }
        }
        _ => {
            // Deep blocks around the line.
            let depth = *rng.pick(&[2usize, 10, 50, 100, 101, 500]);
            let mut block = String::new();
            for d in 0..depth {
                block.push_str(&indent);
                block.push_str(&" ".repeat(d));
                let opener = BLOCKS[rng.below(BLOCKS.len())];
                block.push_str(opener);
                block.push('\n');
            }
            block.push_str(&indent);
            block.push_str(&" ".repeat(depth));
            block.push_str(lines[i].trim_start());
            lines[i] = block;
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out.into_bytes()
}

const BLOCKS: &[&str] = &[
    "if 1:",
    "while 1:",
    "for _ in [1]:",
    "try:",
    "def f():",
    "class C:",
    "with open(__file__):",
];

const BYTES: &[u8] = b"\x00\xff\xc3\xa9\t\r\x0c\\'\"{}#:\n ()[],.=*@!$?`\x80\xed\xa0\x80";

fn mutate_bytes(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut out = src.to_vec();
    let n = 1 + rng.below(4);
    for _ in 0..n {
        let at = rng.below(out.len() + 1);
        match rng.below(5) {
            0 if at < out.len() => out[at] ^= 1 << rng.below(8),
            1 if at < out.len() => {
                out.remove(at);
            }
            2 => out.insert(at, *rng.pick(BYTES)),
            3 => out.insert(at, rng.next() as u8),
            _ => out.truncate(at),
        }
    }
    out
}

// ---------------------------------------------------------------- generator

const BUILTINS: &[&str] = &[
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "bool",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "dict",
    "divmod",
    "enumerate",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "hasattr",
    "hash",
    "hex",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "map",
    "max",
    "min",
    "next",
    "object",
    "oct",
    "ord",
    "pow",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "str",
    "sum",
    "tuple",
    "type",
    "zip",
    "vars",
    "dir",
    "delattr",
    "super",
    "property",
    "staticmethod",
    "classmethod",
    "compile",
    "exec",
    "eval",
    "globals",
    "locals",
    "memoryview",
    "complex",
];

const VALUES: &[&str] = &[
    "0",
    "-1",
    "1",
    "2**63",
    "-2**63",
    "2**64",
    "10**30",
    "1e308",
    "float('nan')",
    "float('inf')",
    "-0.0",
    "''",
    "'abc'",
    "'\\x00'",
    "'é'",
    "'\\U0001f600'",
    "b''",
    "b'\\xff'",
    "bytearray(b'ab')",
    "[]",
    "[1, 2]",
    "[[]]",
    "()",
    "(1,)",
    "{}",
    "{1: 2}",
    "set()",
    "{1}",
    "frozenset()",
    "None",
    "True",
    "range(10)",
    "range(-5)",
    "iter([])",
    "iter([1])",
    "lambda: 0",
    "lambda *a, **k: a",
    "object()",
    "type",
    "int",
    "str",
    "list",
    "dict",
    "slice(1, 2)",
    "slice(None)",
    "...",
    "NotImplemented",
    "Exception('e')",
    "ValueError",
    "(x for x in [])",
    "v",
    "v",
    "v",
    "g",
    "C",
    "C()",
    "len",
    "print",
    "'%s'",
    "'{}'",
    "'%(a)s'",
    "'{0:{1}}'",
    "sys.maxsize",
    "-sys.maxsize - 1",
    "2**31",
    "0.1",
];

const METHODS: &[(&str, &[&str])] = &[
    (
        "'abc'",
        &[
            "join",
            "split",
            "rsplit",
            "replace",
            "find",
            "rfind",
            "index",
            "rindex",
            "count",
            "center",
            "ljust",
            "rjust",
            "zfill",
            "expandtabs",
            "encode",
            "format",
            "partition",
            "rpartition",
            "strip",
            "lstrip",
            "rstrip",
            "startswith",
            "endswith",
            "splitlines",
            "translate",
            "maketrans",
            "casefold",
            "title",
            "swapcase",
            "upper",
            "lower",
            "isdigit",
            "isidentifier",
            "format_map",
            "removeprefix",
            "removesuffix",
            "__getitem__",
            "__mod__",
            "__mul__",
            "__contains__",
        ],
    ),
    (
        "[3, 1, 2]",
        &[
            "append",
            "extend",
            "insert",
            "pop",
            "remove",
            "index",
            "count",
            "sort",
            "reverse",
            "copy",
            "clear",
            "__getitem__",
            "__setitem__",
            "__delitem__",
            "__iadd__",
            "__imul__",
        ],
    ),
    (
        "{'a': 1, 2: 'b'}",
        &[
            "get",
            "pop",
            "popitem",
            "setdefault",
            "update",
            "keys",
            "values",
            "items",
            "copy",
            "fromkeys",
            "clear",
            "__getitem__",
            "__or__",
            "__ior__",
        ],
    ),
    (
        "{1, 2, 'x'}",
        &[
            "add",
            "discard",
            "remove",
            "pop",
            "union",
            "intersection",
            "difference",
            "symmetric_difference",
            "issubset",
            "issuperset",
            "isdisjoint",
            "update",
            "difference_update",
            "intersection_update",
        ],
    ),
    (
        "b'ab\\x00c'",
        &[
            "decode",
            "hex",
            "fromhex",
            "split",
            "join",
            "find",
            "replace",
            "startswith",
            "count",
            "index",
            "strip",
            "center",
            "ljust",
            "zfill",
            "__getitem__",
            "__mod__",
        ],
    ),
    (
        "bytearray(b'xyz')",
        &[
            "append",
            "extend",
            "pop",
            "insert",
            "remove",
            "decode",
            "__setitem__",
            "__delitem__",
            "reverse",
        ],
    ),
    (
        "12345",
        &[
            "bit_length",
            "to_bytes",
            "from_bytes",
            "__pow__",
            "__round__",
            "__format__",
            "__lshift__",
            "__rshift__",
            "__truediv__",
            "__floordiv__",
            "__mod__",
            "conjugate",
            "as_integer_ratio",
        ],
    ),
    (
        "2.5",
        &[
            "hex",
            "fromhex",
            "as_integer_ratio",
            "is_integer",
            "__round__",
            "__format__",
            "__pow__",
            "__mod__",
            "__divmod__",
        ],
    ),
    (
        "(1, 2, 1)",
        &["index", "count", "__getitem__", "__mul__", "__add__"],
    ),
    (
        "range(0, 10, 3)",
        &["index", "count", "__getitem__", "__contains__"],
    ),
    ("g", &["send", "throw", "close", "__next__"]),
    (
        "math",
        &[
            "sqrt",
            "log",
            "pow",
            "floor",
            "ceil",
            "factorial",
            "gcd",
            "isclose",
            "comb",
            "perm",
            "fsum",
            "prod",
            "isqrt",
            "ldexp",
            "frexp",
            "fmod",
            "exp",
            "trunc",
        ],
    ),
    ("json", &["dumps", "loads"]),
    ("time", &["strftime", "gmtime", "localtime", "mktime"]),
    (
        "random",
        &[
            "seed",
            "randint",
            "randrange",
            "choice",
            "shuffle",
            "sample",
            "uniform",
        ],
    ),
    (
        "re",
        &[
            "compile",
            "match",
            "search",
            "sub",
            "split",
            "findall",
            "escape",
            "fullmatch",
        ],
    ),
    (
        "itertools",
        &[
            "islice",
            "repeat",
            "count",
            "chain",
            "product",
            "permutations",
            "combinations",
            "accumulate",
            "groupby",
            "zip_longest",
        ],
    ),
    (
        "functools",
        &["reduce", "partial", "lru_cache", "cmp_to_key"],
    ),
    (
        "collections",
        &[
            "deque",
            "Counter",
            "OrderedDict",
            "defaultdict",
            "namedtuple",
        ],
    ),
    ("hashlib", &["md5", "sha1", "sha256"]),
    ("base64", &["b64encode", "b64decode"]),
    (
        "os.path",
        &[
            "join", "split", "basename", "dirname", "normpath", "splitext", "abspath",
        ],
    ),
];

const BINOPS: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "<=", "==", "!=", "in",
    "is", "and", "or", "@",
];

const FORMAT_SPECS: &[&str] = &[
    "",
    "d",
    "x",
    "#x",
    "b",
    "o",
    "e",
    ".3f",
    ".100000f",
    ">10",
    "<5",
    "^20",
    "=+10",
    ",",
    "_",
    "_x",
    "9223372036854775808d",
    ".0%",
    "g",
    "n",
    "c",
    "s",
    "r",
    "!r",
    "*^",
    "010.3",
    ".2147483648f",
    "1e",
    "-",
    "+#.0e",
];

fn value(rng: &mut Rng, depth: u32) -> String {
    if depth < 2 && rng.chance(25) {
        return expr(rng, depth + 1);
    }
    format!("({})", rng.pick(VALUES))
}

fn args(rng: &mut Rng, depth: u32) -> String {
    let n = rng.below(4);
    let mut a: Vec<String> = (0..n).map(|_| value(rng, depth)).collect();
    if rng.chance(10) {
        a.push(format!(
            "{}={}",
            rng.pick(&["key", "default", "sep", "end", "x", "reverse", "base", "start"]),
            value(rng, depth)
        ));
    }
    if rng.chance(5) {
        a.push(format!("*{}", value(rng, depth)));
    }
    a.join(", ")
}

fn expr(rng: &mut Rng, depth: u32) -> String {
    match rng.below(9) {
        0 | 1 => format!("{}({})", rng.pick(BUILTINS), args(rng, depth)),
        2 | 3 => {
            let (recv, methods) = rng.pick(METHODS);
            format!("({}).{}({})", recv, rng.pick(methods), args(rng, depth))
        }
        4 => format!(
            "({} {} {})",
            value(rng, depth),
            rng.pick(BINOPS),
            value(rng, depth)
        ),
        5 => format!("{}[{}]", value(rng, depth), value(rng, depth)),
        6 => format!(
            "{}[{}:{}:{}]",
            value(rng, depth),
            value(rng, depth),
            value(rng, depth),
            value(rng, depth)
        ),
        7 => format!(
            "format({}, {:?})",
            value(rng, depth),
            rng.pick(FORMAT_SPECS)
        ),
        _ => format!(
            "'%{}' % ({},)",
            rng.pick(&["s", "r", "d", "x", ".3f", "*d", "c", "(a)s", ".70000f", "e", "-10s"]),
            value(rng, depth)
        ),
    }
}

fn statement(rng: &mut Rng) -> String {
    match rng.below(12) {
        0 => format!("v = {}", expr(rng, 0)),
        1 => format!(
            "v {}= {}",
            rng.pick(&["+", "*", "-", "|", "&", "//", "%", "<<", "**"]),
            value(rng, 0)
        ),
        2 => format!("for _i in {}: v = _i", value(rng, 0)),
        3 => format!("a, *b = {}", value(rng, 0)),
        4 => {
            // No backslash nor double quote may appear inside an f-string's
            // braces in 3.11.
            let mut v = value(rng, 0);
            while v.contains(['\\', '"']) {
                v = value(rng, 0);
            }
            let spec = rng.pick(FORMAT_SPECS).trim_start_matches('!');
            format!("print(f\"{{{v}!r:{spec}}}\")")
        }
        5 => format!("del {}[{}]", value(rng, 0), value(rng, 0)),
        6 => format!("{}[{}] = {}", value(rng, 0), value(rng, 0), value(rng, 0)),
        7 => format!(
            "class C({}):\n        def __{}__(self, *a): return {}",
            rng.pick(&[
                "",
                "int",
                "str",
                "list",
                "dict",
                "Exception",
                "object",
                "tuple",
                "set"
            ]),
            rng.pick(&[
                "eq", "hash", "len", "iter", "index", "bool", "repr", "getitem", "lt", "add",
                "contains", "next", "call", "enter", "exit"
            ]),
            value(rng, 0)
        ),
        8 => format!("v = [{} for _ in {}]", value(rng, 0), value(rng, 0)),
        9 => format!("with {} as w: pass", value(rng, 0)),
        10 => format!("g = (lambda: (yield {}))()\n    next(g)", value(rng, 0)),
        _ => format!("print(repr({})[:200])", expr(rng, 0)),
    }
}

/// A program of independent statements, each under `try`, so that one
/// error does not hide the others.
fn generate(rng: &mut Rng) -> Vec<u8> {
    let mut out = String::new();
    for m in [
        "sys",
        "math",
        "json",
        "time",
        "random",
        "re",
        "itertools",
        "functools",
        "collections",
        "hashlib",
        "base64",
        "os.path",
    ] {
        out.push_str(&format!(
            "try:\n    import {m}\nexcept ImportError:\n    pass\n"
        ));
    }
    out.push_str("v = [1, 2, 3]\ng = (i for i in range(3))\nclass C: pass\n");
    for _ in 0..(5 + rng.below(25)) {
        out.push_str("try:\n    ");
        out.push_str(&statement(rng));
        out.push_str("\nexcept BaseException as e:\n    print(type(e).__name__)\n");
    }
    out.into_bytes()
}

// ---------------------------------------------------------------- running

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
enum Class {
    Ok,
    /// whirl and CPython both out of time (or no oracle to ask).
    Timeout,
    /// whirl and CPython both killed by a signal.
    BothCrash,
    Oom,
    Panic,
    Abort,
    Hang,
}

impl Class {
    fn name(self) -> &'static str {
        match self {
            Class::Ok => "ok",
            Class::Timeout => "timeout",
            Class::BothCrash => "both-crash",
            Class::Oom => "oom",
            Class::Panic => "panic",
            Class::Abort => "abort",
            Class::Hang => "hang",
        }
    }
    /// A bug that fails a run.
    fn is_bug(self) -> bool {
        matches!(self, Class::Panic | Class::Abort | Class::Hang)
    }
}

struct Settings {
    timeout: Duration,
    mem: u64,
    python: Option<String>,
    /// Time allowed to reduce one finding (a hang: a third of it).
    reduce: Duration,
    /// Stop every worker at the first bug (the short run).
    stop_at_first: bool,
}

enum Exit {
    Exited,
    Signal(i32),
    TimedOut,
}

struct Run {
    exit: Exit,
    stderr: String,
}

/// Runs `program` on `file` in `dir` with the limits; stdout is discarded.
fn run(program: &str, file: &Path, dir: &Path, settings: &Settings) -> Run {
    let mut cmd = Command::new(program);
    cmd.arg(file)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONIOENCODING", "utf-8")
        .env_remove("PYTHONSTARTUP");
    let mem = settings.mem;
    // SAFETY: only async-signal-safe calls (setpgid, setrlimit, signal)
    // between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            libc::setpgid(0, 0);
            let limit = |res, v: u64| {
                let r = libc::rlimit {
                    rlim_cur: v as libc::rlim_t,
                    rlim_max: v as libc::rlim_t,
                };
                libc::setrlimit(res, &r);
            };
            limit(libc::RLIMIT_AS, mem);
            limit(libc::RLIMIT_CORE, 0);
            // A program writing a file forever gets EFBIG, not the disk.
            limit(libc::RLIMIT_FSIZE, 256 << 20);
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            Ok(())
        });
    }
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Run {
                exit: Exit::Exited,
                stderr: format!("cannot run {program}: {e}"),
            }
        }
    };
    let pid = child.id() as i32;
    let mut pipe = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 8192];
        if let Some(p) = pipe.as_mut() {
            while let Ok(n) = p.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if kept.len() < STDERR_KEEP {
                    kept.extend_from_slice(&buf[..n]);
                }
            }
        }
        kept
    });
    let start = Instant::now();
    let mut nap = Duration::from_micros(500);
    let exit = loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                break match (status.code(), status.signal()) {
                    (Some(_), _) => Exit::Exited,
                    (None, Some(s)) => Exit::Signal(s),
                    _ => Exit::Exited,
                }
            }
            Ok(None) if start.elapsed() < settings.timeout => {
                std::thread::sleep(nap);
                nap = (nap * 2).min(Duration::from_millis(20));
            }
            _ => {
                // SAFETY: signals the child's own process group.
                unsafe {
                    libc::kill(-pid, libc::SIGKILL);
                }
                let _ = child.wait();
                break Exit::TimedOut;
            }
        }
    };
    // Whatever the program left behind in its group goes too.
    // SAFETY: as above; the group is ours.
    unsafe {
        libc::kill(-pid, libc::SIGKILL);
    }
    let stderr = reader.join().unwrap_or_default();
    Run {
        exit,
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// A case's class and the signature that tells findings apart.
fn classify(src: &[u8], dir: &Path, settings: &Settings) -> (Class, String, String) {
    let file = dir.join("case.py");
    if std::fs::write(&file, src).is_err() {
        return (Class::Ok, String::new(), String::new());
    }
    let r = run(WHIRL, &file, dir, settings);
    if let Some(at) = r.stderr.find("panicked at ") {
        let rest = &r.stderr[at + 12..];
        let loc = rest
            .split(['\n', ' '])
            .next()
            .unwrap_or("")
            .trim_end_matches(':');
        let msg = rest.lines().nth(1).unwrap_or("");
        return (Class::Panic, format!("panic {loc} {msg}"), r.stderr);
    }
    let oracle = |settings: &Settings| {
        settings
            .python
            .as_ref()
            .map(|py| run(py, &file, dir, settings))
    };
    match r.exit {
        Exit::Exited => (Class::Ok, String::new(), r.stderr),
        Exit::Signal(sig) => {
            if r.stderr.contains("memory allocation of") || r.stderr.contains("capacity overflow") {
                return (Class::Oom, format!("oom {sig}"), r.stderr);
            }
            if let Some(py) = oracle(settings) {
                if matches!(py.exit, Exit::Signal(_)) {
                    return (Class::BothCrash, String::new(), r.stderr);
                }
            }
            let what = if r.stderr.contains("overflowed its stack") {
                "stack overflow"
            } else {
                ""
            };
            (Class::Abort, format!("abort signal {sig} {what}"), r.stderr)
        }
        Exit::TimedOut => {
            // A hang only if CPython finishes well within the time and
            // whirl, given three times as long, still does not (a busy
            // machine slows whirl down too).
            // CPython failing to import a module it lacks (the corpus's
            // tornado programs) finishes quickly but says nothing about
            // whether the program ends: no verdict.
            let started = Instant::now();
            let quick = matches!(
                oracle(settings),
                Some(Run {
                    exit: Exit::Exited,
                    stderr,
                }) if !stderr.contains("ModuleNotFoundError")
            ) && started.elapsed() < settings.timeout / 2;
            if !quick {
                return (Class::Timeout, String::new(), r.stderr);
            }
            let longer = Settings {
                timeout: settings.timeout * 3,
                mem: settings.mem,
                python: None,
                reduce: settings.reduce,
                stop_at_first: settings.stop_at_first,
            };
            match run(WHIRL, &file, dir, &longer).exit {
                Exit::TimedOut => (Class::Hang, "hang".into(), r.stderr),
                _ => (Class::Timeout, String::new(), r.stderr),
            }
        }
    }
}

// ---------------------------------------------------------------- reducer

/// Removes chunks of `parts` (halves, quarters, ... single parts) while
/// the program keeps failing the same way; stops at `deadline`.
fn reduce_parts(
    parts: Vec<Vec<u8>>,
    still: &mut dyn FnMut(&[u8]) -> bool,
    deadline: Instant,
) -> Vec<Vec<u8>> {
    let mut parts = parts;
    let mut chunk = parts.len().div_ceil(2).max(1);
    loop {
        let mut i = 0;
        let mut changed = false;
        while i < parts.len() {
            if Instant::now() > deadline {
                return parts;
            }
            let end = (i + chunk).min(parts.len());
            let candidate: Vec<u8> = parts[..i]
                .iter()
                .chain(&parts[end..])
                .flatten()
                .copied()
                .collect();
            if still(&candidate) {
                parts.drain(i..end);
                changed = true;
            } else {
                i += chunk;
            }
        }
        if chunk == 1 && !changed {
            return parts;
        }
        if !changed || chunk > 1 {
            chunk = (chunk / 2).max(1);
        }
    }
}

fn minimize(src: &[u8], class: Class, sig: &str, dir: &Path, settings: &Settings) -> Vec<u8> {
    // A hang costs a timeout per try: give it fewer.
    let budget = if class == Class::Hang {
        settings.reduce / 3
    } else {
        settings.reduce
    };
    let deadline = Instant::now() + budget;
    let mut still = |candidate: &[u8]| {
        let (c, s, _) = classify(candidate, dir, settings);
        c == class && s == sig
    };
    let lines: Vec<Vec<u8>> = src
        .split_inclusive(|&b| b == b'\n')
        .map(<[u8]>::to_vec)
        .collect();
    let lines = reduce_parts(lines, &mut still, deadline);
    let text: Vec<u8> = lines.concat();
    let Ok(s) = std::str::from_utf8(&text) else {
        return text;
    };
    let toks: Vec<Vec<u8>> = tokenize(s)
        .into_iter()
        .map(|t| t.text.into_bytes())
        .collect();
    reduce_parts(toks, &mut still, deadline).concat()
}

// ---------------------------------------------------------------- driver

fn hash(bytes: &[u8]) -> u64 {
    // FNV-1a: a stable name for a finding.
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

struct Shared {
    counts: Mutex<HashMap<Class, u64>>,
    seen: Mutex<HashSet<String>>,
    findings: Mutex<Vec<String>>,
    stop: AtomicBool,
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

fn find_python() -> Option<String> {
    let py = std::env::var("WHIRL_FUZZ_PYTHON").unwrap_or_else(|_| "python3".into());
    let ok = Command::new(&py)
        .args(["-c", "import sys; assert sys.version_info[:2] == (3, 11)"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    ok.then_some(py)
}

#[allow(clippy::too_many_arguments)]
fn worker(
    id: u64,
    seed: u64,
    cases: Option<u64>,
    until: Instant,
    corpus: &Corpus,
    settings: &Settings,
    shared: &Shared,
    out_dir: &Path,
) {
    let dir = std::env::temp_dir().join(format!("whirl-fuzz-{}-{id}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let mut rng = Rng(seed ^ id.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let mut n = 0u64;
    while !shared.stop.load(Ordering::Relaxed) && Instant::now() < until {
        if cases.is_some_and(|c| n >= c) {
            break;
        }
        n += 1;
        let src = if corpus.files.is_empty() || rng.chance(20) {
            generate(&mut rng)
        } else {
            let (_, base) = rng.pick(&corpus.files);
            mutate(&mut rng, corpus, base)
        };
        if let Some(dump) = std::env::var_os("WHIRL_FUZZ_DUMP") {
            let _ = std::fs::create_dir_all(&dump);
            let _ = std::fs::write(Path::new(&dump).join(format!("case-{id}-{n}.py")), &src);
        }
        let (class, sig, stderr) = classify(&src, &dir, settings);
        *shared
            .counts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(class)
            .or_default() += 1;
        if !(class.is_bug() || class == Class::Oom) {
            continue;
        }
        let fresh = shared
            .seen
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(if class == Class::Hang {
                format!("hang {}", hash(&src))
            } else {
                sig.clone()
            });
        if !fresh {
            continue;
        }
        let small = minimize(&src, class, &sig, &dir, settings);
        let name = format!("{}-{:016x}", class.name(), hash(&small));
        let _ = std::fs::create_dir_all(out_dir);
        let _ = std::fs::write(out_dir.join(format!("{name}.py")), &small);
        let _ = std::fs::write(out_dir.join(format!("{name}.orig.py")), &src);
        let _ = std::fs::write(out_dir.join(format!("{name}.stderr")), &stderr);
        let first = stderr
            .lines()
            .find(|l| l.contains("panicked at") || l.contains("overflow") || l.contains("memory"))
            .unwrap_or("")
            .to_string();
        let shown = String::from_utf8_lossy(&small);
        let shown: String = shown.chars().take(600).collect();
        let report = format!(
            "{} ({sig}) saved as {}\n  {first}\n--- minimized:\n{shown}\n---",
            class.name(),
            out_dir.join(format!("{name}.py")).display()
        );
        eprintln!("[fuzz] found {report}");
        if class.is_bug() {
            shared
                .findings
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(report);
            if settings.stop_at_first {
                shared.stop.store(true, Ordering::Relaxed);
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn summary(shared: &Shared, start: Instant) -> String {
    let counts = shared
        .counts
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    let total: u64 = counts.values().sum();
    let secs = start.elapsed().as_secs_f64().max(0.001);
    let mut line = format!(
        "[fuzz] {:.0}s {total} cases ({:.1}/s)",
        secs,
        total as f64 / secs
    );
    for c in [
        Class::Ok,
        Class::Timeout,
        Class::BothCrash,
        Class::Oom,
        Class::Panic,
        Class::Abort,
        Class::Hang,
    ] {
        line.push_str(&format!(
            " {} {}",
            c.name(),
            counts.get(&c).copied().unwrap_or(0)
        ));
    }
    let unique = shared.seen.lock().unwrap_or_else(|e| e.into_inner()).len();
    line.push_str(&format!(" (distinct findings {unique})"));
    line
}

#[test]
fn fuzz_programs() {
    let long = env_u64("WHIRL_FUZZ_SECS");
    let seed = env_u64("WHIRL_FUZZ_SEED").unwrap_or(match long {
        Some(_) => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64),
        None => CI_SEED,
    });
    let jobs = env_u64("WHIRL_FUZZ_JOBS").unwrap_or(1).max(1);
    let (cases, until) = match long {
        Some(secs) => (None, Instant::now() + Duration::from_secs(secs)),
        None => (
            Some(
                env_u64("WHIRL_FUZZ_CASES")
                    .unwrap_or(CI_CASES)
                    .div_ceil(jobs),
            ),
            Instant::now() + env_u64("WHIRL_FUZZ_MAX_SECS").map_or(CI_MAX, Duration::from_secs),
        ),
    };
    let timeout = env_u64("WHIRL_FUZZ_TIMEOUT").unwrap_or(if long.is_some() { 5 } else { 3 });
    let settings = Settings {
        timeout: Duration::from_secs(timeout),
        mem: env_u64("WHIRL_FUZZ_MEM_MB").unwrap_or(2048) << 20,
        python: find_python(),
        reduce: Duration::from_secs(if long.is_some() { 120 } else { 15 }),
        stop_at_first: long.is_none(),
    };
    let out_dir = std::env::var_os("WHIRL_FUZZ_OUT")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-findings"));
    let corpus = load_corpus();
    eprintln!(
        "[fuzz] seed {seed} jobs {jobs} timeout {timeout}s corpus {} programs, oracle {}; findings go to {}",
        corpus.files.len(),
        settings.python.as_deref().unwrap_or("missing (no hang is reported)"),
        out_dir.display()
    );
    let shared = Arc::new(Shared {
        counts: Mutex::new(HashMap::new()),
        seen: Mutex::new(HashSet::new()),
        findings: Mutex::new(Vec::new()),
        stop: AtomicBool::new(false),
    });
    let start = Instant::now();
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..jobs)
            .map(|id| {
                let (corpus, settings, shared, out_dir) = (&corpus, &settings, &shared, &out_dir);
                s.spawn(move || worker(id, seed, cases, until, corpus, settings, shared, out_dir))
            })
            .collect();
        let mut last = Instant::now();
        while handles.iter().any(|h| !h.is_finished()) {
            std::thread::sleep(Duration::from_millis(100));
            if last.elapsed() >= Duration::from_secs(10) {
                last = Instant::now();
                eprintln!("{}", summary(&shared, start));
            }
        }
    });
    eprintln!("{}", summary(&shared, start));
    let findings = shared
        .findings
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    assert!(
        findings.is_empty(),
        "the fuzzer found {} bug(s) (seed {seed}):\n{}",
        findings.len(),
        findings.join("\n")
    );
}
