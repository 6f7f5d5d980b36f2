//! The layout wrapper: turns the raw logos stream into parser tokens.
//!
//! It owns the three pieces of state Python's grammar needs beyond single
//! tokens, exactly as CPython's tokenizer does:
//! - the indentation stack, compared at the start of every logical line that
//!   holds tokens (tab stops of 8; the "alternate" column with tab size 1
//!   catches ambiguous mixes of tabs and spaces);
//! - the open-bracket stack (line breaks inside brackets are not `Newline`s,
//!   and closing brackets must match);
//! - a queue of pending tokens (`Indent`/`Dedent`s computed at a line start,
//!   the final `Newline` and `Dedent`s at end of input).

use std::collections::VecDeque;

use logos::Logos;

use crate::error::{char_end, line_of};
use crate::raw::{name_token, Raw};
use crate::token::{LexError, LexErrorKind, Spanned, Token};
use crate::{numbers, strings};

/// CPython's `MAXINDENT`: at most 99 nested indented blocks.
const MAX_INDENT: usize = 100;
/// CPython's `MAXLEVEL`: at most 200 nested open brackets.
const MAX_BRACKETS: usize = 200;
const TAB_SIZE: usize = 8;

/// What the source text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: statements, indentation, `Newline`s.
    File,
    /// An expression lexed as if inside parentheses (f-string fields): no
    /// layout tokens at all.
    Parenthesized,
}

/// CPython reports some errors from its parser, not its tokenizer:
/// literals that do not decode (bad escapes, non-ASCII in bytes, f-string
/// syntax) and stray `$ ? ! \``. A tokenizer error can take precedence over
/// them, and whirl reproduces which one wins.
#[derive(Clone, Debug)]
enum Deferred {
    None,
    /// A literal failed to decode; CPython's parser decodes adjacent
    /// literals once it has read the token after them, so a tokenizer error
    /// up to that token still wins.
    Lookahead(LexError),
    /// The parser has failed (at the given line); the rest of the source is
    /// scanned for tokenizer errors that override it (see
    /// `Lexer::resolve`).
    Scanning(LexError, usize),
}

fn is_literal(token: &Token) -> bool {
    matches!(token, Token::Str(_) | Token::Bytes(_) | Token::FString(_))
}

/// An iterator of `(start, Token, end)` triples, or the first error (after
/// which it stops). This is the shape lalrpop's external-lexer interface
/// takes; [`crate::lex`] collects it.
pub struct Lexer<'a> {
    src: &'a str,
    raw: logos::Lexer<'a, Raw>,
    mode: Mode,
    /// (column with tab size 8, column with tab size 1) of each open block;
    /// the bottom entry is (0, 0).
    indents: Vec<(usize, usize)>,
    /// Open brackets: the character and its offset.
    brackets: Vec<(u8, usize)>,
    pending: VecDeque<Spanned>,
    /// At the start of a physical line that begins a logical line.
    at_line_start: bool,
    /// The current logical line has produced a token (so it needs a
    /// `Newline`).
    line_has_tokens: bool,
    /// Offset added to every span (for text cut out of a larger file).
    offset: usize,
    started: bool,
    /// A parser-level error waiting for tokenizer errors that CPython would
    /// report instead of it.
    deferred: Deferred,
    /// An error only whirl has (a character in the block it reserves for lone surrogates): reported at the
    /// end if there is no other.
    soft: Option<LexError>,
    /// Whether the error returned was one CPython's parser (rather than its
    /// tokenizer) would raise.
    parser_level: bool,
    done: bool,
}

impl<'a> Lexer<'a> {
    /// A lexer over a whole module.
    pub fn new(src: &'a str) -> Lexer<'a> {
        Lexer::with_mode(src, Mode::File, 0)
    }

    /// A lexer over `src` in the given mode; all spans are shifted by
    /// `offset`.
    pub(crate) fn with_mode(src: &'a str, mode: Mode, offset: usize) -> Lexer<'a> {
        let mut raw = Raw::lexer(src);
        if mode == Mode::File && src.starts_with('\u{FEFF}') {
            raw.bump('\u{FEFF}'.len_utf8());
        }
        Lexer {
            src,
            raw,
            mode,
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            pending: VecDeque::new(),
            at_line_start: mode == Mode::File,
            line_has_tokens: false,
            offset,
            started: false,
            deferred: Deferred::None,
            soft: None,
            parser_level: false,
            done: false,
        }
    }

    /// After this lexer has yielded an error: whether CPython raises that
    /// error from its parser rather than its tokenizer. Those are a literal
    /// that does not decode (bad escape, non-ASCII bytes, anything wrong
    /// inside an f-string, including tokenizer errors in a field's
    /// expression) and a stray `$`, `?`, `!` or `` ` `` ("invalid syntax").
    /// CPython only meets them when its parser reaches that token, so one
    /// never replaces a syntax error found earlier in the file. (For the
    /// other, tokenizer-level errors see [`LexError::overrides_parse_error`].)
    ///
    /// The lexer has already applied CPython's precedence among its own
    /// errors: a tokenizer error further on that CPython would report
    /// instead is what it yields.
    pub fn error_is_parser_level(&self) -> bool {
        self.parser_level
    }

    /// Offset where the next raw token starts to be looked for.
    fn pos(&self) -> usize {
        self.raw.span().end
    }

    fn push(&mut self, start: usize, token: Token, end: usize) {
        self.pending.push_back((start, token, end));
    }

    /// Produce at least one pending token, or finish.
    fn advance(&mut self) -> Result<(), LexError> {
        if !self.started {
            self.started = true;
            if let Some(at) = self.src.find('\0') {
                return Err(LexError::syntax(
                    "source code cannot contain null bytes",
                    at,
                    at + 1,
                ));
            }
        }
        while self.pending.is_empty() && !self.done {
            if let Err(e) = self.step() {
                return Err(self.resolve(e));
            }
            if let Deferred::Lookahead(e) = &self.deferred {
                // The first token after the literals: the parser would now
                // decode them and fail.
                let next = self.pending.iter().find(|(_, t, _)| !is_literal(t));
                if let Some(&(at, _, _)) = next {
                    let line = line_of(self.src, at);
                    self.deferred = Deferred::Scanning(e.clone(), line);
                }
            }
            if !matches!(self.deferred, Deferred::None) {
                // Past a parser-level error nothing reaches the parser; keep
                // scanning only for tokenizer errors that CPython would
                // report instead.
                self.pending.clear();
                if self.done {
                    return Err(self.resolve_at_end());
                }
            }
        }
        Ok(())
    }

    /// A tokenizer error `e` has occurred: the error to report, given any
    /// pending parser-level error.
    fn resolve(&mut self, e: LexError) -> LexError {
        match std::mem::replace(&mut self.deferred, Deferred::None) {
            Deferred::None | Deferred::Lookahead(_) => e,
            Deferred::Scanning(first, line) => {
                if e.overrides_parse_error(self.src, line) {
                    e
                } else {
                    self.parser_level = true;
                    first
                }
            }
        }
    }

    /// End of input with a parser-level error pending: report it.
    fn resolve_at_end(&mut self) -> LexError {
        self.parser_level = true;
        match std::mem::replace(&mut self.deferred, Deferred::None) {
            Deferred::Lookahead(e) | Deferred::Scanning(e, _) => e,
            Deferred::None => LexError::syntax("invalid syntax", 0, 0),
        }
    }

    /// Record an error CPython only finds in its parser: a literal that
    /// does not decode, or a character the tokenizer passes on as an
    /// operator (`$`, `?`, `!`, `` ` ``).
    fn parser_error(&mut self, e: LexError, is_literal: bool) {
        match &self.deferred {
            Deferred::None if is_literal => self.deferred = Deferred::Lookahead(e),
            Deferred::None => {
                let line = line_of(self.src, e.start);
                self.deferred = Deferred::Scanning(e, line);
            }
            Deferred::Lookahead(first) if !is_literal => {
                let line = line_of(self.src, e.start);
                self.deferred = Deferred::Scanning(first.clone(), line);
            }
            Deferred::Lookahead(_) | Deferred::Scanning(..) => {}
        }
    }

    /// Handle one raw token (or the start of a line, or end of input).
    fn step(&mut self) -> Result<(), LexError> {
        if self.at_line_start && self.brackets.is_empty() {
            self.at_line_start = false;
            return self.indentation();
        }
        let Some(next) = self.raw.next() else {
            return self.end_of_input();
        };
        let span = self.raw.span();
        let (start, end) = (span.start, span.end);
        let raw = match next {
            Ok(raw) => raw,
            Err(()) => {
                let e = self.invalid_character(start);
                if e.message != "invalid syntax" {
                    return Err(e);
                }
                self.line_has_tokens = true;
                self.parser_error(e, false);
                return Ok(());
            }
        };
        match raw {
            Raw::Newline => {
                if self.brackets.is_empty() && self.mode == Mode::File {
                    if self.line_has_tokens {
                        self.push(start, Token::Newline, end);
                        self.line_has_tokens = false;
                    }
                    self.at_line_start = true;
                }
            }
            Raw::Continuation if end >= self.src.len() => {
                return Err(
                    LexError::syntax("unexpected EOF while parsing", start, end).incomplete()
                );
            }
            Raw::Continuation => {}
            Raw::Backslash if end >= self.src.len() => {
                return Err(
                    LexError::syntax("unexpected EOF while parsing", start, end).incomplete()
                );
            }
            Raw::Backslash => {
                // CPython points at the character after the backslash.
                let after = start + 1;
                let width = self.src[after..].chars().next().map_or(0, char::len_utf8);
                return Err(LexError::syntax(
                    "unexpected character after line continuation character",
                    after,
                    after + width,
                ));
            }
            Raw::Name => {
                let token = name_token(self.raw.slice());
                self.token(start, token, end);
            }
            Raw::NumberStart => {
                let mark = crate::lex_warnings::mark();
                let (token, lit_end) = numbers::scan(self.src, start)?;
                crate::lex_warnings::place(mark, start + self.offset, lit_end + self.offset);
                self.raw.bump(lit_end - end);
                self.token(start, token, lit_end);
            }
            Raw::StringStart => {
                let mark = crate::lex_warnings::mark();
                let scanned = strings::scan(self.src, start)?;
                crate::lex_warnings::place(mark, start + self.offset, scanned.end + self.offset);
                self.raw.bump(scanned.end - end);
                match scanned.value {
                    Ok(token) => self.token(start, token, scanned.end),
                    Err(e) if e.message.starts_with(strings::SURROGATE_MESSAGE) => {
                        // Valid Python that whirl cannot represent: report
                        // it only if nothing else is wrong. The placeholder
                        // keeps the stream well-formed until then.
                        self.soft.get_or_insert(e);
                        self.token(start, Token::Str(String::new()), scanned.end);
                    }
                    Err(e) => {
                        self.line_has_tokens = true;
                        self.parser_error(e, true);
                    }
                }
            }
            Raw::LPar | Raw::LSqb | Raw::LBrace => {
                if self.brackets.len() >= MAX_BRACKETS {
                    return Err(LexError::syntax("too many nested parentheses", start, end));
                }
                self.brackets.push((self.src.as_bytes()[start], start));
                self.token(start, raw.operator().unwrap_or(Token::LPar), end);
            }
            Raw::RPar | Raw::RSqb | Raw::RBrace => {
                self.close_bracket(start)?;
                self.token(start, raw.operator().unwrap_or(Token::RPar), end);
            }
            op => {
                if let Some(token) = op.operator() {
                    self.token(start, token, end);
                }
            }
        }
        Ok(())
    }

    /// Queue a token of the current line.
    fn token(&mut self, start: usize, token: Token, end: usize) {
        self.line_has_tokens = true;
        self.push(start, token, end);
    }

    /// At the start of a line: measure its indentation and, unless the line
    /// is blank or a comment, queue `Indent`/`Dedent`s.
    fn indentation(&mut self) -> Result<(), LexError> {
        let b = self.src.as_bytes();
        let line_start = self.pos();
        let mut i = line_start;
        let (mut col, mut alt) = (0, 0);
        // Indentation cannot be continued over a `\`-newline: the column of
        // the first backslash counts (CPython's `cont_line_col`).
        let mut continued_col = None;
        while let Some(&c) = b.get(i) {
            match c {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                b'\\' => {
                    let newline = match (b.get(i + 1), b.get(i + 2)) {
                        (Some(b'\r'), Some(b'\n')) => 2,
                        (Some(b'\n' | b'\r'), _) => 1,
                        // A stray backslash: the raw lexer reports it.
                        _ => return Ok(()),
                    };
                    if i + 1 + newline >= b.len() {
                        // Backslash-newline at end of input: likewise.
                        return Ok(());
                    }
                    continued_col.get_or_insert(col);
                    i += newline;
                }
                _ => break,
            }
            i += 1;
        }
        if matches!(b.get(i), None | Some(b'#' | b'\n' | b'\r')) {
            return Ok(());
        }
        if let Some(c) = continued_col {
            col = c;
            alt = c;
        }
        let tab_error = || {
            LexError::new(
                LexErrorKind::Tab,
                "inconsistent use of tabs and spaces in indentation",
                line_start,
                i,
            )
        };
        let (top_col, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
        if col == top_col {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top_col {
            if self.indents.len() >= MAX_INDENT {
                return Err(LexError::new(
                    LexErrorKind::Indentation,
                    "too many levels of indentation",
                    line_start,
                    i,
                ));
            }
            if alt <= top_alt {
                return Err(tab_error());
            }
            self.indents.push((col, alt));
            self.push(line_start, Token::Indent, i);
        } else {
            while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
                self.indents.pop();
                self.push(i, Token::Dedent, i);
            }
            let (top_col, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
            if col != top_col {
                return Err(LexError::new(
                    LexErrorKind::Indentation,
                    "unindent does not match any outer indentation level",
                    line_start,
                    i,
                ));
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    /// Check a closing bracket at `at` against the innermost open one.
    fn close_bracket(&mut self, at: usize) -> Result<(), LexError> {
        let close = self.src.as_bytes()[at];
        let Some((open, open_at)) = self.brackets.pop() else {
            return Err(LexError::syntax(
                format!("unmatched '{}'", close as char),
                at,
                at + 1,
            ));
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if close == expected {
            return Ok(());
        }
        let open_line = line_of(self.src, open_at);
        let message = if open_line == line_of(self.src, at) {
            format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                close as char, open as char
            )
        } else {
            format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                close as char, open as char, open_line
            )
        };
        Err(LexError::syntax(message, at, at + 1))
    }

    /// End of input: unclosed brackets are an error; otherwise close the
    /// last logical line and every open block.
    fn end_of_input(&mut self) -> Result<(), LexError> {
        if let Some(&(open, at)) = self.brackets.last() {
            return Err(LexError::syntax(
                format!("'{}' was never closed", open as char),
                at,
                at + 1,
            )
            .incomplete());
        }
        if matches!(self.deferred, Deferred::None) {
            if let Some(e) = self.soft.take() {
                return Err(e);
            }
        }
        let len = self.src.len();
        if self.mode == Mode::File {
            if self.line_has_tokens {
                self.push(len, Token::Newline, len);
                self.line_has_tokens = false;
            }
            while self.indents.len() > 1 {
                self.indents.pop();
                self.push(len, Token::Dedent, len);
            }
        }
        self.done = true;
        Ok(())
    }

    /// The error for a character no token starts with.
    fn invalid_character(&self, at: usize) -> LexError {
        let c = self.src[at..].chars().next().unwrap_or('\0');
        let end = char_end(self.src, at);
        let message = match c {
            '!' | '$' | '?' | '`' => "invalid syntax".to_string(),
            c if is_printable(c) => format!("invalid character '{c}' (U+{:04X})", c as u32),
            c => format!("invalid non-printable character U+{:04X}", c as u32),
        };
        LexError::syntax(message, at, end)
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.pending.is_empty() && !self.done {
            if let Err(e) = self.advance() {
                self.done = true;
                self.pending.clear();
                return Some(Err(e.shifted(self.offset)));
            }
        }
        let (start, token, end) = self.pending.pop_front()?;
        Some(Ok((start + self.offset, token, end + self.offset)))
    }
}

impl std::iter::FusedIterator for Lexer<'_> {}

/// An approximation of Python's `str.isprintable` (Rust's std has no
/// general-category table): control, format, separator, private-use and
/// non-character code points are not printable.
fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(c as u32,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x8E2 | 0x180E
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F
        | 0xFEFF | 0xFFF9..=0xFFFB | 0x110BD | 0x110CD | 0x1BCA0..=0x1BCA3
        | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F
        | 0xD800..=0xDFFF | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF
        | 0xFDD0..=0xFDEF)
        && (c as u32) & 0xFFFE != 0xFFFE
}
