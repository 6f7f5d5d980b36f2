//! f-string bodies: splitting `f"a{x!r:>{w}}b"` into literal text and
//! replacement fields.
//!
//! This follows CPython 3.11 (`fstring_find_literal` and
//! `fstring_find_expr` in `Parser/string_parser.c`): the tokenizer has
//! already found the end of the literal like any other string, and the body
//! is then scanned for `{`...`}`. A field's expression text ends at the
//! first `!`, `:`, `=` or `}` outside brackets and nested strings (`!=`,
//! `==`, `<=`, `>=` do not end it). Format specs are split the same way, one
//! level deep (CPython rejects deeper nesting), so this never recurses far.

use std::cell::RefCell;

use crate::error::char_end;
use crate::layout::{Lexer, Mode};
use crate::strings::{decode_str, normalize_newlines, SURROGATE_MESSAGE};
use crate::token::{FStringField, FStringPart, LexError};

/// CPython's limit on brackets nested inside one field.
const MAX_NESTING: usize = 200;

/// Split the f-string body `src[start..end]`.
pub fn parse(src: &str, start: usize, end: usize, raw: bool) -> Result<Vec<FStringPart>, LexError> {
    let parser = Parser {
        src,
        b: src.as_bytes(),
        end,
        raw,
        surrogate: RefCell::new(None),
    };
    let mut i = start;
    let parts = parser.parts(&mut i, 0)?;
    match parser.surrogate.into_inner() {
        Some(e) => Err(e),
        None => Ok(parts),
    }
}

struct Parser<'a> {
    src: &'a str,
    b: &'a [u8],
    /// End of the body (offset of the closing quote).
    end: usize,
    raw: bool,
    /// whirl's own "lone surrogate" error, which yields to any later
    /// CPython error in the same f-string.
    surrogate: RefCell<Option<LexError>>,
}

fn err(message: impl Into<String>, start: usize, end: usize) -> LexError {
    LexError::syntax(message, start, end)
}

/// Whitespace the Python parser skips inside an expression.
fn is_expr_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

impl<'a> Parser<'a> {
    fn at(&self, i: usize) -> Option<u8> {
        if i < self.end {
            Some(self.b[i])
        } else {
            None
        }
    }

    fn expecting_brace(&self, at: usize) -> LexError {
        let end = if at < self.end {
            char_end(self.src, at)
        } else {
            at
        };
        err("f-string: expecting '}'", at, end)
    }

    /// Literal pieces and fields from `*i` up to the end of the body
    /// (`depth` 0) or up to the `}` closing a format spec (`depth` 1).
    fn parts(&self, i: &mut usize, depth: u32) -> Result<Vec<FStringPart>, LexError> {
        let mut parts = Vec::new();
        loop {
            let (lit_end, resume) = self.find_literal(*i, depth)?;
            if lit_end > *i {
                let text = &self.src[*i..lit_end];
                let text = if self.raw {
                    normalize_newlines(text)
                } else {
                    match decode_str(text, *i) {
                        Ok(text) => text,
                        Err(e) if e.message.starts_with(SURROGATE_MESSAGE) => {
                            self.surrogate.borrow_mut().get_or_insert(e);
                            String::new()
                        }
                        Err(e) => return Err(e),
                    }
                };
                push_literal(&mut parts, text);
            }
            *i = resume;
            if resume != lit_end {
                // A doubled brace: its first half ended the literal.
                continue;
            }
            match self.at(*i) {
                None | Some(b'}') => break,
                _ => {
                    let field = self.field(i, depth)?;
                    parts.push(FStringPart::Field(field));
                }
            }
        }
        if depth > 0 && self.at(*i) != Some(b'}') {
            return Err(self.expecting_brace(*i));
        }
        Ok(parts)
    }

    /// Find the end of the literal text starting at `i`. Returns
    /// `(end of literal, where to resume)`; they differ only for a doubled
    /// `{{` / `}}`, whose first brace is included in the literal.
    fn find_literal(&self, mut i: usize, depth: u32) -> Result<(usize, usize), LexError> {
        while let Some(mut ch) = self.at(i) {
            i += 1;
            if !self.raw && ch == b'\\' && i < self.end {
                ch = self.b[i];
                i += 1;
                if ch == b'N' {
                    // Skip `\N{NAME}` so its brace is not a field. (Like
                    // CPython, this also skips the character after a `\N`
                    // with no `{`; decoding then reports the bad escape.)
                    if let Some(c) = self.at(i) {
                        i += 1;
                        if c == b'{' {
                            while let Some(c) = self.at(i) {
                                i += 1;
                                if c == b'}' {
                                    break;
                                }
                            }
                        }
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if depth == 0 {
                    if self.at(i) == Some(ch) {
                        return Ok((i, i + 1));
                    }
                    if ch == b'}' {
                        return Err(err("f-string: single '}' is not allowed", i - 1, i));
                    }
                }
                return Ok((i - 1, i - 1));
            }
        }
        Ok((i, i))
    }

    /// Parse the field whose `{` is at `*i`, leaving `*i` after its `}`.
    fn field(&self, i: &mut usize, depth: u32) -> Result<FStringField, LexError> {
        let open = *i;
        if depth >= 2 {
            return Err(err(
                "f-string: expressions nested too deeply",
                open,
                open + 1,
            ));
        }
        let expr_start = open + 1;
        let expr_end = self.expression_end(expr_start)?;
        let mut j = expr_end;
        if j >= self.end {
            return Err(self.expecting_brace(j));
        }
        let source = &self.src[expr_start..expr_end];
        if source.bytes().all(is_expr_space) {
            let message = match self.b[j] {
                c @ (b'!' | b':' | b'=') => {
                    format!("f-string: expression required before '{}'", c as char)
                }
                _ => "f-string: empty expression not allowed".to_string(),
            };
            return Err(err(message, open, j + 1));
        }

        self.check_expression(source, expr_start)?;

        let mut debug_text = None;
        if self.at(j) == Some(b'=') {
            j += 1;
            while self
                .at(j)
                .is_some_and(|c| c.is_ascii_whitespace() || c == b'\x0b')
            {
                j += 1;
            }
            if j >= self.end {
                return Err(self.expecting_brace(j));
            }
            debug_text = Some(normalize_newlines(&self.src[expr_start..j]));
        }

        let mut conversion = None;
        if self.at(j) == Some(b'!') {
            j += 1;
            let Some(c) = self.src[j..self.end].chars().next() else {
                return Err(self.expecting_brace(j));
            };
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(err(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    j,
                    j + c.len_utf8(),
                ));
            }
            conversion = Some(c);
            j += 1;
        }

        let mut format_spec = Vec::new();
        let mut has_spec = false;
        if self.at(j) == Some(b':') {
            j += 1;
            if j >= self.end {
                return Err(self.expecting_brace(j));
            }
            format_spec = self.parts(&mut j, depth + 1)?;
            has_spec = true;
        }

        if self.at(j) != Some(b'}') {
            return Err(self.expecting_brace(j));
        }
        *i = j + 1;

        // `{x=}` with neither conversion nor spec shows the repr.
        if debug_text.is_some() && conversion.is_none() && !has_spec {
            conversion = Some('r');
        }
        Ok(FStringField {
            source: source.to_string(),
            offset: expr_start,
            conversion,
            format_spec,
            debug_text,
        })
    }

    /// Lex the expression now, as CPython compiles it before looking at
    /// the conversion and spec: its tokenizer errors are reported as they
    /// are, the errors its parser would raise get an "f-string: " prefix.
    /// (Syntax errors proper are the parser's business, later.)
    fn check_expression(&self, source: &str, offset: usize) -> Result<(), LexError> {
        let mut lexer = Lexer::with_mode(source, Mode::Parenthesized, offset);
        for item in lexer.by_ref() {
            if let Err(mut e) = item {
                if e.message.starts_with(SURROGATE_MESSAGE) {
                    self.surrogate.borrow_mut().get_or_insert(e);
                    return Ok(());
                }
                if lexer.error_is_parser_level() {
                    e.message = format!("f-string: {}", e.message);
                }
                return Err(e);
            }
        }
        Ok(())
    }

    /// Scan a field's expression from `start`; returns the offset of the
    /// `!`, `:`, `=` or `}` that ends it (or the end of the body).
    fn expression_end(&self, start: usize) -> Result<usize, LexError> {
        let b = self.b;
        let end = self.end;
        let mut i = start;
        // Inside a nested string: its quote and whether it is triple.
        let mut quote: Option<(u8, bool)> = None;
        let mut quote_start = start;
        let mut brackets: Vec<(u8, usize)> = Vec::new();
        while i < end {
            let ch = b[i];
            if ch == b'\\' {
                return Err(err(
                    "f-string expression part cannot include a backslash",
                    i,
                    i + 1,
                ));
            }
            if let Some((q, triple)) = quote {
                if ch == q {
                    if !triple {
                        quote = None;
                    } else if i + 2 < end && b[i + 1] == q && b[i + 2] == q {
                        quote = None;
                        i += 2;
                    }
                }
                i += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    quote_start = i;
                    if i + 2 < end && b[i + 1] == ch && b[i + 2] == ch {
                        quote = Some((ch, true));
                        i += 2;
                    } else {
                        quote = Some((ch, false));
                    }
                }
                b'(' | b'[' | b'{' => {
                    if brackets.len() >= MAX_NESTING {
                        return Err(err("f-string: too many nested parenthesis", i, i + 1));
                    }
                    brackets.push((ch, i));
                }
                b'#' => return Err(err("f-string expression part cannot include '#'", i, i + 1)),
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if brackets.is_empty() => {
                    if i + 1 < end && b[i + 1] == b'=' && ch != b':' && ch != b'}' {
                        // `!=`, `==`, `<=`, `>=`
                        i += 2;
                        continue;
                    }
                    if ch != b'<' && ch != b'>' {
                        return Ok(i);
                    }
                }
                b')' | b']' | b'}' => {
                    let Some((open, _)) = brackets.pop() else {
                        return Err(err(
                            format!("f-string: unmatched '{}'", ch as char),
                            i,
                            i + 1,
                        ));
                    };
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if ch != expected {
                        return Err(err(
                            format!(
                                "f-string: closing parenthesis '{}' does not match opening \
                                 parenthesis '{}'",
                                ch as char, open as char
                            ),
                            i,
                            i + 1,
                        ));
                    }
                }
                _ => {}
            }
            i += 1;
        }
        if quote.is_some() {
            return Err(err("f-string: unterminated string", quote_start, end));
        }
        if let Some(&(open, at)) = brackets.last() {
            return Err(err(
                format!("f-string: unmatched '{}'", open as char),
                at,
                at + 1,
            ));
        }
        Ok(i)
    }
}

/// Append literal text, merging with a preceding literal.
fn push_literal(parts: &mut Vec<FStringPart>, text: String) {
    if text.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(last)) = parts.last_mut() {
        last.push_str(&text);
    } else {
        parts.push(FStringPart::Literal(text));
    }
}
