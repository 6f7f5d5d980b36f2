//! String and bytes literals: finding where a literal ends, and turning its
//! body into a value (escape sequences, line-ending normalisation).
//!
//! `scan` follows CPython 3.11's tokenizer (`letter_quote` in
//! `Parser/tokenizer.c`) to find the end; the escape decoders follow
//! `_PyUnicode_DecodeUnicodeEscapeInternal` and `_PyBytes_DecodeEscape`,
//! including their error messages. f-string bodies are handed to
//! `fstring.rs`.

use crate::error::{eof_line, line_of};
use crate::fstring;
use crate::surrogate;
use crate::token::{LexError, Token};
use crate::unicode_names;

/// The prefix letters of a literal.
#[derive(Clone, Copy, Debug, Default)]
pub struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub format: bool,
}

/// A scanned literal: where it ends, and its value or the error decoding
/// it.
pub struct Scanned {
    pub end: usize,
    /// Decoding errors (bad escapes, non-ASCII bytes, f-string syntax) are
    /// reported by CPython's parser, after the tokenizer has read the next
    /// token; the layout wrapper defers them the same way.
    pub value: Result<Token, LexError>,
}

/// Scan the literal whose prefix (or opening quote) starts at `start`.
/// Fails only if the literal is unterminated.
pub fn scan(src: &str, start: usize) -> Result<Scanned, LexError> {
    let b = src.as_bytes();
    let mut prefix = Prefix::default();
    let mut i = start;
    while i < b.len() && b[i] != b'\'' && b[i] != b'"' {
        match b[i].to_ascii_lowercase() {
            b'r' => prefix.raw = true,
            b'b' => prefix.bytes = true,
            b'f' => prefix.format = true,
            _ => {}
        }
        i += 1;
    }
    let quote = b.get(i).copied().unwrap_or(b'"');
    let triple = b.get(i + 1) == Some(&quote) && b.get(i + 2) == Some(&quote);
    let body_start = i + if triple { 3 } else { 1 };
    let (body_end, end) = find_end(src, start, body_start, quote, triple)?;
    Ok(Scanned {
        end,
        value: decode(src, prefix, start, end, body_start, body_end),
    })
}

/// The value of the literal `src[start..end]` whose body is
/// `src[body_start..body_end]`.
fn decode(
    src: &str,
    prefix: Prefix,
    start: usize,
    end: usize,
    body_start: usize,
    body_end: usize,
) -> Result<Token, LexError> {
    let body = &src[body_start..body_end];
    Ok(if prefix.bytes {
        if !body.is_ascii() {
            return Err(LexError::syntax(
                "bytes can only contain ASCII literal characters",
                start,
                end,
            ));
        }
        if prefix.raw {
            Token::Bytes(normalize_newlines(body).into_bytes())
        } else {
            Token::Bytes(decode_bytes(body, body_start)?)
        }
    } else if prefix.format {
        Token::FString(fstring::parse(src, body_start, body_end, prefix.raw)?)
    } else if prefix.raw {
        Token::Str(normalize_newlines(body))
    } else {
        Token::Str(decode_str(body, body_start)?)
    })
}

/// Find the closing quote. Returns (end of body, end of literal).
fn find_end(
    src: &str,
    start: usize,
    body_start: usize,
    quote: u8,
    triple: bool,
) -> Result<(usize, usize), LexError> {
    let b = src.as_bytes();
    let mut j = body_start;
    loop {
        let Some(&c) = b.get(j) else {
            return Err(unterminated(src, start, body_start, triple, None));
        };
        if !triple && (c == b'\n' || c == b'\r') {
            return Err(unterminated(src, start, body_start, triple, Some(j)));
        }
        if c == quote {
            if !triple {
                return Ok((j, j + 1));
            }
            if b.get(j + 1) == Some(&quote) && b.get(j + 2) == Some(&quote) {
                return Ok((j, j + 3));
            }
        } else if c == b'\\' {
            // Skip the escaped character (a `\r\n` pair counts as one).
            if b.get(j + 1) == Some(&b'\r') && b.get(j + 2) == Some(&b'\n') {
                j += 2;
            } else {
                j += 1;
            }
        }
        j += 1;
    }
}

/// The error for a literal with no closing quote, detected at the line
/// break `at` (single-quoted) or at end of input (`None`).
fn unterminated(
    src: &str,
    start: usize,
    body_start: usize,
    triple: bool,
    at: Option<usize>,
) -> LexError {
    let line = at.map_or_else(|| eof_line(src), |j| line_of(src, j));
    if triple {
        LexError::syntax(
            format!("unterminated triple-quoted string literal (detected at line {line})"),
            start,
            body_start,
        )
        .incomplete()
    } else {
        let err = LexError::syntax(
            format!("unterminated string literal (detected at line {line})"),
            start,
            body_start,
        );
        // End of input after a backslash-newline: another line could still
        // close the string.
        if at.is_none() && (src.ends_with('\n') || src.ends_with('\r')) {
            err.incomplete()
        } else {
            err
        }
    }
}

/// `\r\n` and `\r` become `\n`, as CPython's universal-newline reading
/// does before tokenizing.
pub fn normalize_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The offset CPython's escape decoder reports for `body[..idx]`: it
/// decodes a transformed copy of the body in which `\r\n` is one `\n`,
/// each non-ASCII character is a 10-byte `\UXXXXXXXX` escape, and a
/// backslash before a non-ASCII character (or at the end) becomes the
/// 6-byte `\u005c` (`decode_unicode_with_escapes` in CPython 3.11).
fn cpython_offset(body: &str, idx: usize) -> usize {
    let b = body.as_bytes();
    let mut i = 0;
    let mut width = 0;
    while i < b.len() && i < idx {
        if b[i] == b'\\' {
            width += 1;
            i += 1;
            if i >= b.len() || b[i] >= 0x80 {
                width += 5;
                if i >= b.len() {
                    break;
                }
            }
        }
        if b[i] >= 0x80 {
            width += 10;
            i += body[i..].chars().next().map_or(1, char::len_utf8);
        } else if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
            width += 1;
            i += 2;
        } else {
            width += 1;
            i += 1;
        }
    }
    width
}

/// The start of the message for a character in the block whirl reserves
/// for lone surrogates (see `surrogate.rs`), which CPython accepts but
/// whirl cannot hold.
pub const SURROGATE_MESSAGE: &str = "(unicode error) whirl reserves";

fn reserved_error(start: usize, end: usize) -> LexError {
    LexError::syntax(
        format!("(unicode error) {}", surrogate::RESERVED_MESSAGE),
        start,
        end,
    )
}

fn hex_value(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// Decode the escapes of a (non-raw) str literal body. `base` is the body's
/// offset in the file, for error spans. A trailing lone backslash (possible
/// in f-string pieces) is kept, as CPython does.
pub fn decode_str(body: &str, base: usize) -> Result<String, LexError> {
    let b = body.as_bytes();
    let n = b.len();
    let mut out = String::with_capacity(n);
    let mut i = 0;
    let mut reserved = None;
    // The first invalid escape, warned about once the literal decodes.
    let mut invalid: Option<String> = None;
    while i < n {
        let c = b[i];
        if c == b'\r' {
            out.push('\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' {
            let ch = body[i..].chars().next().unwrap_or('\u{FFFD}');
            if surrogate::is_surrogate(ch) {
                reserved.get_or_insert(reserved_error(base + i, base + i + 4));
            }
            out.push(ch);
            i += ch.len_utf8().max(1);
            continue;
        }
        let esc = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            out.push('\\');
            break;
        };
        i += 1;
        // Error for the escape `body[esc..stop]`.
        let fail = |message: &str, stop: usize| {
            let first = cpython_offset(body, esc);
            let last = cpython_offset(body, stop).max(first + 1) - 1;
            LexError::syntax(
                format!(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position \
                     {first}-{last}: {message}"
                ),
                base + esc,
                base + stop,
            )
        };
        let simple = match e {
            b'\n' => Some(None),
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
                Some(None)
            }
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(ch) = simple {
            out.extend(ch);
            continue;
        }
        match e {
            b'0'..=b'7' => {
                let mut value = u32::from(e - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                // At most 0o777: always a valid scalar value.
                out.extend(char::from_u32(value));
                if value > 0o377 && invalid.is_none() {
                    invalid = Some(body[esc + 1..i].to_string());
                }
            }
            b'x' | b'u' | b'U' => {
                let (count, message) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value: u32 = 0;
                for _ in 0..count {
                    match b.get(i).and_then(|&d| hex_value(d)) {
                        Some(d) => {
                            value = value * 16 + d;
                            i += 1;
                        }
                        None => return Err(fail(message, i)),
                    }
                }
                if value > 0x10FFFF {
                    return Err(fail("illegal Unicode character", i));
                }
                match surrogate::from_code_point(value) {
                    Some(ch) => out.push(ch),
                    None => {
                        // Keep going: a real CPython error later in the
                        // literal is reported first.
                        reserved.get_or_insert(reserved_error(base + esc, base + i));
                    }
                }
            }
            b'N' => {
                let malformed = "malformed \\N character escape";
                if b.get(i) != Some(&b'{') {
                    return Err(fail(malformed, i));
                }
                let name_start = i + 1;
                let Some(len) = body[name_start..].find('}') else {
                    return Err(fail(malformed, n));
                };
                let close = name_start + len;
                if len == 0 {
                    return Err(fail(malformed, close));
                }
                i = close + 1;
                match unicode_names::lookup(&body[name_start..close]) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(fail(
                            "unknown Unicode character name (whirl knows only common \
                             character names)",
                            i,
                        ))
                    }
                }
            }
            _ => {
                // Not an escape: keep the backslash, then decode the next
                // character normally.
                if invalid.is_none() {
                    invalid = Some(escaped_byte(e));
                }
                out.push('\\');
                i = esc + 1;
            }
        }
    }
    match reserved {
        Some(e) => Err(e),
        None => {
            if let Some(escape) = invalid {
                crate::lex_warnings::note(&escape);
            }
            Ok(out)
        }
    }
}

/// Decode the escapes of a (non-raw) bytes literal body, already checked to
/// be ASCII. `\u`, `\U` and `\N` are not escapes in bytes.
pub fn decode_bytes(body: &str, base: usize) -> Result<Vec<u8>, LexError> {
    let b = body.as_bytes();
    let n = b.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    // The first invalid escape, warned about once the literal decodes.
    let mut invalid: Option<String> = None;
    while i < n {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let esc = i;
        let Some(&e) = b.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let mut value = u32::from(e - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                // CPython keeps the low byte of `\400`..`\777` (and warns).
                out.push((value & 0xFF) as u8);
                if value > 0o377 && invalid.is_none() {
                    invalid = Some(body[esc + 1..i].to_string());
                }
            }
            b'x' => {
                let hi = b.get(i).and_then(|&d| hex_value(d));
                let lo = b.get(i + 1).and_then(|&d| hex_value(d));
                match (hi, lo) {
                    (Some(hi), Some(lo)) => {
                        out.push((hi * 16 + lo) as u8);
                        i += 2;
                    }
                    _ => {
                        // CPython counts `\r\n` as one character.
                        let position = esc - body[..esc].matches("\r\n").count();
                        return Err(LexError::syntax(
                            format!("(value error) invalid \\x escape at position {position}"),
                            base + esc,
                            base + (i + 2).min(n),
                        ));
                    }
                }
            }
            _ => {
                if invalid.is_none() {
                    invalid = Some(escaped_byte(e));
                }
                out.push(b'\\');
                i = esc + 1;
            }
        }
    }
    if let Some(escape) = invalid {
        crate::lex_warnings::note(&escape);
    }
    Ok(out)
}

/// The character CPython's warning shows after the backslash: the byte
/// that follows it, read as Latin-1 (the first byte of a UTF-8 sequence
/// shows as such, as in CPython 3.11).
fn escaped_byte(e: u8) -> String {
    char::from(e).to_string()
}
