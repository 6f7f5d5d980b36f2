//! `_re`: the native half of the `re` module (`stdlib/py/re.py` is the
//! public API). Python's pattern syntax is translated to regex-lite's;
//! compiled programs live in a thread-local table addressed by small int
//! handles, cached by (pattern, flags) as CPython's re cache does. Offsets
//! cross the boundary as code-point indices (regex-lite works in bytes).
//!
//! Python semantics that regex-lite lacks are rebuilt here: `$` also
//! matching before a final newline, `match`/`fullmatch` anchored at `pos`,
//! verbose mode, Unicode `\w`/`\d`/`\s` on non-ASCII text, CPython's
//! empty-match rules when scanning. What cannot be rebuilt (lookaround,
//! backreferences, conditionals, atomic groups) raises `re.error` naming
//! the construct, never a wrong answer.

use regex_lite::{CaptureLocations, Regex};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use whirl_vm::error::{PyErr, PyResult};
use whirl_vm::str::{intern, PyStr};
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

const IGNORECASE: u32 = 2;
const LOCALE: u32 = 4;
const MULTILINE: u32 = 8;
const DOTALL: u32 = 16;
const UNICODE: u32 = 32;
const VERBOSE: u32 = 64;
const ASCII: u32 = 256;

/// Which search a compiled variant serves.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// Unanchored, run with `captures_at`.
    Search,
    /// `\A(?:p)`, run on the text from `pos` on.
    Match,
    /// `\A(?:p)\z`, run on the text from `pos` on.
    Full,
    /// `(?:p)\z` unanchored: fullmatch at `pos > 0` when the pattern looks
    /// behind its start (`^`, `\b`), so the text cannot be sliced.
    FullAt,
}

/// How a non-MULTILINE `$` is spelled in a variant.
#[derive(Clone, Copy, PartialEq)]
enum Dollar {
    /// `(?m:$)`: exact when no newline precedes the last character.
    BeforeNewline,
    /// `\z`: the very end only.
    End,
}

/// What the translator learnt about a pattern.
#[derive(Default, Clone)]
struct Traits {
    /// A non-MULTILINE `$` occurs (its two spellings differ).
    dollar: bool,
    /// `^`, `\A`, `\b` or `\B` occur: the match depends on text before it.
    looks_behind: bool,
    /// `\w`, `\d`, `\s` (or their negations), `\b`, or IGNORECASE with
    /// non-ASCII literals: results differ on non-ASCII text.
    unicode_sensitive: bool,
    /// Flags after the global inline flags `(?i)` at the start are applied.
    flags: u32,
}

struct Prog {
    pattern: String,
    flags: u32,
    traits: Traits,
    groups: usize,
    names: Vec<(String, usize)>,
    /// Lazily compiled variants, indexed by `variant_index`.
    variants: Vec<Option<Rc<Regex>>>,
}

fn variant_index(kind: Kind, dollar: Dollar, unicode: bool) -> usize {
    let k = match kind {
        Kind::Search => 0,
        Kind::Match => 1,
        Kind::Full => 2,
        Kind::FullAt => 3,
    };
    k * 4 + (dollar == Dollar::End) as usize * 2 + unicode as usize
}

thread_local! {
    static PROGS: RefCell<Vec<Prog>> = const { RefCell::new(Vec::new()) };
    static CACHE: RefCell<HashMap<(String, u32), usize>> = RefCell::new(HashMap::new());
    static ERROR_CLASS: RefCell<Value> = const { RefCell::new(Value::None) };
    static UNICODE_CLASSES: RefCell<Option<Rc<UnicodeClasses>>> = const { RefCell::new(None) };
}

/// A translation failure: the message `re.error` carries.
struct ReError(String);

fn raise(vm: &mut Vm, msg: String) -> PyErr {
    let cls = ERROR_CLASS.with(|c| c.borrow().clone());
    if cls.is_none() {
        return PyErr::value_error(msg);
    }
    match vm.call(&cls, vec![Value::string(msg)]) {
        Ok(Value::Instance(inst)) => PyErr::Raised(inst),
        Ok(_) => PyErr::value_error("re.error did not make an exception"),
        Err(e) => e,
    }
}

// ---------------------------------------------------------------- Unicode

/// Python's Unicode `\w`, `\d`, `\s` as regex class bodies (ranges without
/// the brackets), built once from the char tables on first need.
struct UnicodeClasses {
    word: String,
    digit: String,
    space: String,
}

fn ranges_of(pred: impl Fn(char) -> bool) -> Vec<(u32, u32)> {
    let mut out: Vec<(u32, u32)> = Vec::new();
    for cp in 0..=0x10FFFFu32 {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        if pred(c) {
            match out.last_mut() {
                Some(last) if last.1 + 1 == cp => last.1 = cp,
                _ => out.push((cp, cp)),
            }
        }
    }
    out
}

fn class_body(ranges: &[(u32, u32)]) -> String {
    let mut s = String::new();
    for &(lo, hi) in ranges {
        if lo == hi {
            s.push_str(&format!("\\x{{{lo:X}}}"));
        } else {
            s.push_str(&format!("\\x{{{lo:X}}}-\\x{{{hi:X}}}"));
        }
    }
    s
}

fn unicode_classes() -> Rc<UnicodeClasses> {
    UNICODE_CLASSES.with(|u| {
        if let Some(c) = &*u.borrow() {
            return c.clone();
        }
        let word = ranges_of(|c| c == '_' || c.is_alphanumeric());
        // Decimal digits (category Nd) come in aligned runs of ten; other
        // numerics (superscripts, fractions, circled numbers) do not.
        let numeric = ranges_of(|c| c.is_numeric());
        let digit: Vec<(u32, u32)> = numeric
            .into_iter()
            .filter(|&(lo, hi)| {
                let n = hi - lo + 1;
                n % 10 == 0 && n <= 50
            })
            .collect();
        let space = ranges_of(|c| c.is_whitespace() || ('\x1c'..='\x1f').contains(&c));
        let c = Rc::new(UnicodeClasses {
            word: class_body(&word),
            digit: class_body(&digit),
            space: class_body(&space),
        });
        *u.borrow_mut() = Some(c.clone());
        c
    })
}

// ------------------------------------------------------------- translator

struct Translator<'a> {
    chars: Vec<char>,
    i: usize,
    out: String,
    flags: u32,
    dollar: Dollar,
    unicode: bool,
    traits: Traits,
    classes: Option<Rc<UnicodeClasses>>,
    _pattern: &'a str,
}

fn is_flag_letter(c: char) -> Option<u32> {
    Some(match c {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'u' => UNICODE,
        'x' => VERBOSE,
        'a' => ASCII,
        _ => return None,
    })
}

fn push_char(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric() || (!c.is_ascii() && !c.is_whitespace()) {
        out.push(c);
    } else {
        out.push_str(&format!("\\x{{{:X}}}", c as u32));
    }
}

/// The other cases of `c` that are single characters.
fn case_variants(c: char) -> Vec<char> {
    let mut v = Vec::new();
    let mut up = c.to_uppercase();
    if let (Some(u), None) = (up.next(), up.next()) {
        if u != c {
            v.push(u);
        }
    }
    let mut low = c.to_lowercase();
    if let (Some(l), None) = (low.next(), low.next()) {
        if l != c && !v.contains(&l) {
            v.push(l);
        }
    }
    v
}

impl<'a> Translator<'a> {
    fn new(pattern: &'a str, flags: u32, dollar: Dollar, unicode: bool) -> Translator<'a> {
        Translator {
            chars: pattern.chars().collect(),
            i: 0,
            out: String::new(),
            flags,
            dollar,
            unicode,
            traits: Traits::default(),
            classes: None,
            _pattern: pattern,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    fn peek_at(&self, k: usize) -> Option<char> {
        self.chars.get(self.i + k).copied()
    }

    fn err<T>(&self, msg: impl Into<String>) -> Result<T, ReError> {
        Err(ReError(msg.into()))
    }

    fn unsupported<T>(&self, what: &str, at: usize) -> Result<T, ReError> {
        self.err(format!(
            "{what} is not supported by whirl's re module (at position {at})"
        ))
    }

    fn unicode_mode(&self) -> bool {
        self.unicode && self.flags & ASCII == 0
    }

    fn classes(&mut self) -> Rc<UnicodeClasses> {
        if self.classes.is_none() {
            self.classes = Some(unicode_classes());
        }
        self.classes.clone().unwrap_or_else(unicode_classes)
    }

    /// `\d`, `\w`, `\s` (negated when upper case): as a whole class outside
    /// brackets, or as an item inside them.
    fn perl_class(&mut self, c: char, in_class: bool) {
        if self.flags & ASCII == 0 {
            self.traits.unicode_sensitive = true;
        }
        if !self.unicode_mode() {
            self.out.push('\\');
            self.out.push(c);
            return;
        }
        let classes = self.classes();
        let body = match c.to_ascii_lowercase() {
            'd' => &classes.digit,
            'w' => &classes.word,
            _ => &classes.space,
        };
        let negated = c.is_ascii_uppercase();
        if in_class && !negated {
            self.out.push_str(body);
        } else {
            self.out.push('[');
            if negated {
                self.out.push('^');
            }
            self.out.push_str(body);
            self.out.push(']');
        }
    }

    /// A literal character outside a class.
    fn literal(&mut self, c: char) {
        if self.flags & IGNORECASE != 0 && !c.is_ascii() {
            self.traits.unicode_sensitive = true;
            let others = case_variants(c);
            if self.unicode_mode() && !others.is_empty() {
                self.out.push('[');
                push_char(&mut self.out, c);
                for o in others {
                    push_char(&mut self.out, o);
                }
                self.out.push(']');
                return;
            }
        }
        push_char(&mut self.out, c);
    }

    fn skip_verbose(&mut self) {
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    fn hex(&mut self, n: usize, what: char) -> Result<char, ReError> {
        let start = self.i;
        let mut v: u32 = 0;
        for _ in 0..n {
            match self.peek().and_then(|c| c.to_digit(16)) {
                Some(d) => {
                    v = v * 16 + d;
                    self.i += 1;
                }
                None => {
                    return self.err(format!(
                        "incomplete escape \\{what}{} at position {}",
                        self.chars[start..self.i].iter().collect::<String>(),
                        start - 2
                    ))
                }
            }
        }
        match char::from_u32(v) {
            Some(c) => Ok(c),
            None => self.err(format!("bad escape \\{what} at position {}", start - 2)),
        }
    }

    /// An escape after the backslash (already consumed) that stands for one
    /// character, shared by classes and the outside.
    fn char_escape(&mut self, c: char) -> Result<Option<char>, ReError> {
        Ok(Some(match c {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'f' => '\x0c',
            'v' => '\x0b',
            'a' => '\x07',
            'x' => return self.hex(2, 'x').map(Some),
            'u' => return self.hex(4, 'u').map(Some),
            'U' => return self.hex(8, 'U').map(Some),
            'N' => return self.unsupported("the named character escape \\N{...}", self.i - 2),
            '0' => {
                let mut v = 0u32;
                for _ in 0..2 {
                    match self.peek().and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            self.i += 1;
                        }
                        None => break,
                    }
                }
                char::from_u32(v).unwrap_or('\0')
            }
            c if c.is_ascii_alphanumeric() => return Ok(None),
            c => c,
        }))
    }

    fn translate(mut self) -> Result<(String, Traits), ReError> {
        self.global_flags()?;
        self.traits.flags = self.flags;
        if self.flags & LOCALE != 0 {
            return self.err("cannot use LOCALE flag with a str pattern");
        }
        if self.flags & ASCII != 0 && self.flags & UNICODE != 0 {
            return self.err("ASCII and UNICODE flags are incompatible");
        }
        if self.flags & IGNORECASE != 0 {
            self.out.push_str("(?i)");
        }
        let mut saved: Vec<u32> = Vec::new();
        loop {
            if self.flags & VERBOSE != 0 {
                self.skip_verbose();
            }
            let Some(c) = self.peek() else { break };
            let at = self.i;
            self.i += 1;
            match c {
                '\\' => self.escape(at)?,
                '[' => self.class(at)?,
                '(' => self.group(at, &mut saved)?,
                ')' => {
                    let Some(f) = saved.pop() else {
                        return self.err(format!("unbalanced parenthesis at position {at}"));
                    };
                    self.flags = f;
                    self.out.push(')');
                }
                '.' => self.out.push_str(if self.flags & DOTALL != 0 {
                    "(?s:.)"
                } else {
                    "[^\\n]"
                }),
                '^' => {
                    self.traits.looks_behind = true;
                    self.out.push_str(if self.flags & MULTILINE != 0 {
                        "(?m:^)"
                    } else {
                        "\\A"
                    })
                }
                '$' => {
                    if self.flags & MULTILINE != 0 {
                        self.out.push_str("(?m:$)");
                    } else {
                        self.traits.dollar = true;
                        self.out.push_str(match self.dollar {
                            Dollar::BeforeNewline => "(?m:$)",
                            Dollar::End => "\\z",
                        });
                    }
                }
                '*' | '+' | '?' => {
                    self.out.push(c);
                    self.quantifier_suffix()?;
                }
                '{' => {
                    if let Some(q) = self.repeat_count() {
                        self.out.push_str(&q);
                        self.quantifier_suffix()?;
                    } else {
                        self.out.push_str("\\{");
                    }
                }
                '|' => self.out.push('|'),
                c => self.literal(c),
            }
        }
        if !saved.is_empty() {
            return self.err(format!(
                "missing ), unterminated subpattern at position {}",
                self.chars.len()
            ));
        }
        Ok((self.out, self.traits))
    }

    /// Leading `(?aiLmsux)` groups set the flags of the whole pattern.
    fn global_flags(&mut self) -> Result<(), ReError> {
        loop {
            if self.flags & VERBOSE != 0 {
                self.skip_verbose();
            }
            if self.peek() != Some('(') || self.peek_at(1) != Some('?') {
                return Ok(());
            }
            let mut k = 2;
            let mut f = 0;
            while let Some(bit) = self.peek_at(k).and_then(is_flag_letter) {
                f |= bit;
                k += 1;
            }
            if k == 2 || self.peek_at(k) != Some(')') {
                return Ok(());
            }
            self.flags |= f;
            self.i += k + 1;
        }
    }

    /// After `*`, `+`, `?` or `{m,n}`: a lazy `?` passes; a possessive `+`
    /// (new in 3.11) is refused.
    fn quantifier_suffix(&mut self) -> Result<(), ReError> {
        match self.peek() {
            Some('?') => {
                self.i += 1;
                self.out.push('?');
            }
            Some('+') => return self.unsupported("a possessive quantifier", self.i),
            _ => {}
        }
        Ok(())
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}` after the `{`: the regex-lite
    /// spelling, or None when Python reads the brace as a literal.
    fn repeat_count(&mut self) -> Option<String> {
        let mut k = self.i;
        let digits = |k: &mut usize, chars: &[char]| {
            let s = *k;
            while *k < chars.len() && chars[*k].is_ascii_digit() {
                *k += 1;
            }
            chars[s..*k].iter().collect::<String>()
        };
        let lo = digits(&mut k, &self.chars);
        let mut hi = None;
        if self.chars.get(k) == Some(&',') {
            k += 1;
            hi = Some(digits(&mut k, &self.chars));
        }
        if self.chars.get(k) != Some(&'}') {
            return None;
        }
        if lo.is_empty() && hi.is_none() {
            return None;
        }
        self.i = k + 1;
        let lo = if lo.is_empty() { "0".to_string() } else { lo };
        Some(match hi {
            None => format!("{{{lo}}}"),
            Some(h) => format!("{{{lo},{h}}}"),
        })
    }

    fn escape(&mut self, at: usize) -> Result<(), ReError> {
        let Some(c) = self.peek() else {
            return self.err(format!("bad escape (end of pattern) at position {at}"));
        };
        self.i += 1;
        match c {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => self.perl_class(c, false),
            'b' | 'B' => {
                self.traits.looks_behind = true;
                if self.flags & ASCII == 0 {
                    self.traits.unicode_sensitive = true;
                    if self.unicode_mode() {
                        return self.unsupported("\\b and \\B on non-ASCII text", at);
                    }
                }
                self.out.push('\\');
                self.out.push(c);
            }
            'A' => {
                self.traits.looks_behind = true;
                self.out.push_str("\\A");
            }
            'Z' => self.out.push_str("\\z"),
            '1'..='9' => {
                // Three octal digits are a character; otherwise a group
                // reference.
                let (a, b) = (self.peek(), self.peek_at(1));
                if let (Some(a @ '0'..='7'), Some(b @ '0'..='7')) = (a, b) {
                    if c <= '3' {
                        self.i += 2;
                        let v = (c as u32 - 48) * 64 + (a as u32 - 48) * 8 + (b as u32 - 48);
                        self.literal(char::from_u32(v).unwrap_or('\0'));
                        return Ok(());
                    }
                }
                return self.unsupported("a backreference (\\1)", at);
            }
            c => match self.char_escape(c)? {
                Some(ch) => self.literal(ch),
                None => return self.err(format!("bad escape \\{c} at position {at}")),
            },
        }
        Ok(())
    }

    fn group(&mut self, at: usize, saved: &mut Vec<u32>) -> Result<(), ReError> {
        if self.peek() != Some('?') {
            saved.push(self.flags);
            self.out.push('(');
            return Ok(());
        }
        self.i += 1;
        match self.peek() {
            Some(':') => {
                self.i += 1;
                saved.push(self.flags);
                self.out.push_str("(?:");
            }
            Some('P') => {
                self.i += 1;
                match self.peek() {
                    Some('<') => {
                        self.i += 1;
                        let start = self.i;
                        while self.peek().is_some_and(|c| c != '>') {
                            self.i += 1;
                        }
                        let name: String = self.chars[start..self.i].iter().collect();
                        if self.peek() != Some('>') {
                            return self
                                .err(format!("missing >, unterminated name at position {start}"));
                        }
                        self.i += 1;
                        let valid = name
                            .chars()
                            .next()
                            .is_some_and(|c| c == '_' || c.is_alphabetic())
                            && name.chars().all(|c| c == '_' || c.is_alphanumeric());
                        if !valid {
                            return self.err(format!(
                                "bad character in group name '{name}' at position {start}"
                            ));
                        }
                        saved.push(self.flags);
                        self.out.push_str(&format!("(?P<{name}>"));
                    }
                    Some('=') => return self.unsupported("a named backreference (?P=name)", at),
                    _ => return self.err(format!("unknown extension ?P at position {at}")),
                }
            }
            Some('=') => return self.unsupported("a lookahead assertion (?=...)", at),
            Some('!') => return self.unsupported("a negative lookahead assertion (?!...)", at),
            Some('<') => match self.peek_at(1) {
                Some('=') => return self.unsupported("a lookbehind assertion (?<=...)", at),
                Some('!') => {
                    return self.unsupported("a negative lookbehind assertion (?<!...)", at)
                }
                _ => return self.err(format!("unknown extension ?< at position {at}")),
            },
            Some('>') => return self.unsupported("an atomic group (?>...)", at),
            Some('(') => return self.unsupported("a conditional group (?(...)...)", at),
            Some('#') => {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == ')' {
                        return Ok(());
                    }
                }
                return self.err(format!("missing ), unterminated comment at position {at}"));
            }
            _ => {
                // Scoped flags (?i:...), (?-i:...), (?i-s:...).
                let mut on = 0;
                let mut off = 0;
                let mut minus = false;
                loop {
                    match self.peek() {
                        Some('-') if !minus => minus = true,
                        Some(':') => break,
                        Some(')') => {
                            return self.err(format!(
                                "global flags not at the start of the expression at position {at}"
                            ))
                        }
                        Some(c) => match is_flag_letter(c) {
                            Some(bit) if minus => off |= bit,
                            Some(bit) => on |= bit,
                            None => {
                                return self.err(format!("unknown extension ?{c} at position {at}"))
                            }
                        },
                        None => {
                            return self.err(format!("missing -, : or ) at position {}", self.i))
                        }
                    }
                    self.i += 1;
                }
                self.i += 1;
                saved.push(self.flags);
                self.flags = (self.flags | on) & !off;
                self.out.push_str(if self.flags & IGNORECASE != 0 {
                    "(?i:"
                } else {
                    "(?-i:"
                });
            }
        }
        Ok(())
    }

    /// One class member that is a single character: a literal or escape.
    fn class_char(&mut self) -> Result<ClassItem, ReError> {
        let at = self.i;
        let Some(c) = self.peek() else {
            return self.err(format!("unterminated character set at position {at}"));
        };
        self.i += 1;
        if c != '\\' {
            return Ok(ClassItem::Char(c));
        }
        let Some(e) = self.peek() else {
            return self.err(format!("bad escape (end of pattern) at position {at}"));
        };
        self.i += 1;
        Ok(match e {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => ClassItem::Perl(e),
            'b' => ClassItem::Char('\x08'),
            '1'..='7' => {
                let mut v = e as u32 - 48;
                for _ in 0..2 {
                    match self.peek().and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            self.i += 1;
                        }
                        None => break,
                    }
                }
                ClassItem::Char(char::from_u32(v).unwrap_or('\0'))
            }
            e => match self.char_escape(e)? {
                Some(ch) => ClassItem::Char(ch),
                None => return self.err(format!("bad escape \\{e} at position {at}")),
            },
        })
    }

    fn class(&mut self, at: usize) -> Result<(), ReError> {
        self.out.push('[');
        if self.peek() == Some('^') {
            self.i += 1;
            self.out.push('^');
        }
        let mut first = true;
        loop {
            match self.peek() {
                None => return self.err(format!("unterminated character set at position {at}")),
                Some(']') if !first => {
                    self.i += 1;
                    break;
                }
                _ => {}
            }
            first = false;
            let item = self.class_char()?;
            let lo = match item {
                ClassItem::Perl(p) => {
                    self.perl_class(p, true);
                    continue;
                }
                ClassItem::Char(c) => c,
            };
            if self.peek() == Some('-') && self.peek_at(1).is_some_and(|c| c != ']') {
                self.i += 1;
                let hi = match self.class_char()? {
                    ClassItem::Char(c) => c,
                    ClassItem::Perl(p) => {
                        return self.err(format!("bad character range {lo}-\\{p} at position {at}"))
                    }
                };
                if hi < lo {
                    return self.err(format!("bad character range {lo}-{hi} at position {at}"));
                }
                self.class_range(lo, hi);
            } else {
                self.class_range(lo, lo);
            }
        }
        self.out.push(']');
        Ok(())
    }

    fn class_range(&mut self, lo: char, hi: char) {
        push_char(&mut self.out, lo);
        if hi != lo {
            self.out.push('-');
            push_char(&mut self.out, hi);
        }
        if self.flags & IGNORECASE != 0 && !(lo.is_ascii() && hi.is_ascii()) {
            self.traits.unicode_sensitive = true;
            if self.unicode_mode() && (hi as u32 - lo as u32) < 0x3000 {
                for cp in lo as u32..=hi as u32 {
                    if let Some(c) = char::from_u32(cp) {
                        if !c.is_ascii() {
                            for o in case_variants(c) {
                                push_char(&mut self.out, o);
                            }
                        }
                    }
                }
            }
        }
    }
}

enum ClassItem {
    Char(char),
    Perl(char),
}

fn translate(
    pattern: &str,
    flags: u32,
    dollar: Dollar,
    unicode: bool,
) -> Result<(String, Traits), ReError> {
    Translator::new(pattern, flags, dollar, unicode).translate()
}

fn build(source: &str) -> Result<Regex, ReError> {
    Regex::new(source).map_err(|e| {
        let text = e.to_string();
        let first = text.lines().last().unwrap_or("invalid pattern").trim();
        ReError(first.trim_start_matches("error: ").to_string())
    })
}

fn variant(
    prog_id: usize,
    kind: Kind,
    dollar: Dollar,
    unicode: bool,
) -> Result<Rc<Regex>, ReError> {
    let idx = variant_index(kind, dollar, unicode);
    let (pattern, flags) = PROGS.with(|p| {
        let p = p.borrow();
        (p[prog_id].pattern.clone(), p[prog_id].flags)
    });
    if let Some(r) = PROGS.with(|p| p.borrow()[prog_id].variants[idx].clone()) {
        return Ok(r);
    }
    let (body, _) = translate(&pattern, flags, dollar, unicode)?;
    let source = match kind {
        Kind::Search => body,
        Kind::Match => format!("\\A(?:{body})"),
        Kind::Full => format!("\\A(?:{body})\\z"),
        Kind::FullAt => format!("(?:{body})\\z"),
    };
    let r = Rc::new(build(&source)?);
    PROGS.with(|p| p.borrow_mut()[prog_id].variants[idx] = Some(r.clone()));
    Ok(r)
}

fn compile_prog(pattern: &str, flags: u32) -> Result<usize, ReError> {
    let key = (pattern.to_string(), flags);
    if let Some(id) = CACHE.with(|c| c.borrow().get(&key).copied()) {
        return Ok(id);
    }
    let (body, traits) = translate(pattern, flags, Dollar::BeforeNewline, false)?;
    let regex = build(&body)?;
    let groups = regex.captures_len() - 1;
    let names: Vec<(String, usize)> = regex
        .capture_names()
        .enumerate()
        .filter_map(|(i, n)| n.map(|n| (n.to_string(), i)))
        .collect();
    let mut variants = vec![None; 16];
    variants[variant_index(Kind::Search, Dollar::BeforeNewline, false)] = Some(Rc::new(regex));
    let id = PROGS.with(|p| {
        let mut p = p.borrow_mut();
        p.push(Prog {
            pattern: pattern.to_string(),
            flags: traits.flags,
            traits,
            groups,
            names,
            variants,
        });
        p.len() - 1
    });
    CACHE.with(|c| c.borrow_mut().insert(key, id));
    Ok(id)
}

// ---------------------------------------------------------------- search

type Spans = Vec<Option<(usize, usize)>>;

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Search,
    Match,
    Full,
}

struct Searcher {
    prog: usize,
    traits: Traits,
    unicode: bool,
    locs: Option<CaptureLocations>,
}

impl Searcher {
    fn new(prog: usize, hay: &str) -> Searcher {
        let traits = PROGS.with(|p| p.borrow()[prog].traits.clone());
        let unicode = traits.unicode_sensitive && !hay.is_ascii();
        Searcher {
            prog,
            traits,
            unicode,
            locs: None,
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
        let sliced = start == 0 || !self.traits.looks_behind;
        let (kind, offset, text, from) = match mode {
            Mode::Search => (Kind::Search, 0, hay, start),
            Mode::Match if sliced => (Kind::Match, start, &hay[start..], 0),
            Mode::Full if sliced => (Kind::Full, start, &hay[start..], 0),
            Mode::Match => (Kind::Search, 0, hay, start),
            Mode::Full => (Kind::FullAt, 0, hay, start),
        };
        let regex = variant(self.prog, kind, dollar, self.unicode)?;
        let locs = match &mut self.locs {
            Some(l) => l,
            None => self.locs.insert(regex.capture_locations()),
        };
        if regex.captures_read_at(locs, text, from).is_none() {
            return Ok(None);
        }
        let spans: Spans = (0..locs.len())
            .map(|i| locs.get(i).map(|(s, e)| (s + offset, e + offset)))
            .collect();
        if mode != Mode::Search && spans[0].map(|s| s.0) != Some(start) {
            return Ok(None);
        }
        Ok(Some(spans))
    }

    fn find(&mut self, hay: &str, start: usize, mode: Mode) -> Result<Option<Spans>, ReError> {
        let n = hay.len();
        let inner_newline = n > 1 && hay.as_bytes()[..n - 1].contains(&b'\n');
        if !self.traits.dollar || !inner_newline {
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
    fn new(text: &'a str) -> CharIndex<'a> {
        CharIndex {
            text,
            ascii: text.is_ascii(),
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

fn handle_arg(v: Option<&Value>) -> PyResult<usize> {
    match v {
        Some(Value::Int(i)) if *i >= 0 && (*i as usize) < PROGS.with(|p| p.borrow().len()) => {
            Ok(*i as usize)
        }
        _ => Err(PyErr::value_error("_re: bad pattern handle")),
    }
}

fn text_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Rc<PyStr>> {
    match v {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(Value::Bytes(_)) => Err(PyErr::type_error(
            "cannot use a string pattern on a bytes-like object",
        )),
        Some(other) => Err(PyErr::type_error(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(other)
        ))),
        None => Err(PyErr::type_error("expected string or bytes-like object")),
    }
}

/// (pos, endpos) in code points, clamped as CPython does, as bytes.
fn window(vm: &Vm, s: &PyStr, a: &[Value], at: usize) -> PyResult<(usize, usize)> {
    let len = s.char_len() as i64;
    let pos = int_arg(vm, a.get(at), 0)?.clamp(0, len);
    let endpos = int_arg(vm, a.get(at + 1), len)?.clamp(0, len);
    let endpos = endpos.max(pos);
    Ok((s.byte_offset(pos as usize), s.byte_offset(endpos as usize)))
}

// ------------------------------------------------------------- functions

/// `_re.compile(pattern, flags)` -> (handle, groups, groupindex, flags)
fn compile(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let pattern = match a.first() {
        Some(Value::Str(s)) => s.clone(),
        Some(Value::Bytes(_)) => {
            return Err(raise(
                vm,
                "bytes patterns are not supported by whirl's re module".into(),
            ))
        }
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
    let id = match compile_prog(pattern.as_str(), flags) {
        Ok(id) => id,
        Err(ReError(msg)) => return Err(raise(vm, msg)),
    };
    let (groups, names, flags) = PROGS.with(|p| {
        let p = &p.borrow()[id];
        (p.groups, p.names.clone(), p.flags)
    });
    let index = whirl_vm::gc::new_dict();
    for (name, i) in names {
        index.set_str(intern(&name), Value::Int(i as i64));
    }
    Ok(Value::tuple(vec![
        Value::Int(id as i64),
        Value::Int(groups as i64),
        Value::Dict(index),
        Value::Int(if flags & ASCII != 0 {
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
    let s = text_arg(vm, a.get(1))?;
    let (pos, endpos) = window(vm, &s, a, 2)?;
    let mode = match int_arg(vm, a.get(4), 0)? {
        1 => Mode::Match,
        2 => Mode::Full,
        _ => Mode::Search,
    };
    let hay = &s.as_str()[..endpos];
    let mut searcher = Searcher::new(id, hay);
    match searcher.find(hay, pos, mode) {
        Ok(Some(spans)) => Ok(spans_value(&spans, &mut CharIndex::new(s.as_str()))),
        Ok(None) => Ok(Value::None),
        Err(ReError(msg)) => Err(raise(vm, msg)),
    }
}

/// `_re.scan(handle, string, pos, endpos, limit)`: the successive matches
/// findall/finditer/sub/split see (limit 0: all), with CPython's rule that
/// an empty match may not follow another empty match at the same place.
fn scan(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let id = handle_arg(a.first())?;
    let s = text_arg(vm, a.get(1))?;
    let (pos, endpos) = window(vm, &s, a, 2)?;
    let limit = int_arg(vm, a.get(4), 0)?.max(0) as usize;
    let hay = &s.as_str()[..endpos];
    let mut searcher = Searcher::new(id, hay);
    let mut idx = CharIndex::new(s.as_str());
    let mut found = Vec::new();
    let mut at = pos;
    let mut after_empty = false;
    while at <= hay.len() && (limit == 0 || found.len() < limit) {
        let spans = match searcher.find(hay, at, Mode::Search) {
            Ok(Some(spans)) => spans,
            Ok(None) => break,
            Err(ReError(msg)) => return Err(raise(vm, msg)),
        };
        let Some((start, end)) = spans[0] else { break };
        if start == end && start == at && after_empty {
            // Step one character and search again.
            match hay[at..].chars().next() {
                Some(c) => {
                    at += c.len_utf8();
                    after_empty = false;
                    continue;
                }
                None => break,
            }
        }
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
