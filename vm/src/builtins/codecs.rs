//! The text codecs behind `str.encode` and `bytes.decode`: UTF-8 (with or
//! without a signature), UTF-16 and UTF-32 (either byte order, or a BOM),
//! ASCII, Latin-1, `unicode_escape` and `raw_unicode_escape`, with the
//! error handlers `strict`, `ignore`, `replace`, `backslashreplace`,
//! `xmlcharrefreplace`, `namereplace`, `surrogateescape` and
//! `surrogatepass`, and CPython's messages.
//!
//! Text holds lone surrogates as the stand-ins of `surrogate.rs`; this is
//! one of the boundaries where their meaning is applied.

use crate::error::{ExcType, PyErr, PyResult};
use crate::surrogate::{code_point, from_code_point, is_surrogate, RESERVED_MESSAGE};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    /// UTF-8 with a byte-order mark: written first, skipped when read.
    Utf8Sig,
    Ascii,
    Latin1,
    /// `None`: a BOM decides (little-endian by default), and one is written.
    Utf16(Option<Endian>),
    Utf32(Option<Endian>),
    UnicodeEscape,
    RawUnicodeEscape,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Endian {
    Little,
    Big,
}

/// The codec a name stands for, as CPython normalizes it, and the name its
/// messages use.
pub fn lookup(name: &str) -> PyResult<(Codec, &'static str)> {
    // The usual spellings, without making a normalized copy.
    match name {
        "utf-8" | "utf8" => return Ok((Codec::Utf8, "utf-8")),
        "latin-1" | "latin1" => return Ok((Codec::Latin1, "latin-1")),
        "ascii" => return Ok((Codec::Ascii, "ascii")),
        _ => {}
    }
    let n = name.to_ascii_lowercase().replace(['_', ' '], "-");
    use Endian::*;
    Ok(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => (Codec::Utf8, "utf-8"),
        "utf-8-sig" | "utf8-sig" => (Codec::Utf8Sig, "utf-8"),
        "ascii" | "us-ascii" | "646" | "us" => (Codec::Ascii, "ascii"),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" | "latin"
        | "iso-ir-100" | "csisolatin1" => (Codec::Latin1, "latin-1"),
        "utf-16" | "utf16" | "u16" => (Codec::Utf16(None), "utf-16"),
        "utf-16-le" | "utf-16le" => (Codec::Utf16(Some(Little)), "utf-16-le"),
        "utf-16-be" | "utf-16be" => (Codec::Utf16(Some(Big)), "utf-16-be"),
        "utf-32" | "utf32" | "u32" => (Codec::Utf32(None), "utf-32"),
        "utf-32-le" | "utf-32le" => (Codec::Utf32(Some(Little)), "utf-32-le"),
        "utf-32-be" | "utf-32be" => (Codec::Utf32(Some(Big)), "utf-32-be"),
        "unicode-escape" | "unicodeescape" => (Codec::UnicodeEscape, "unicodeescape"),
        "raw-unicode-escape" | "rawunicodeescape" => (Codec::RawUnicodeEscape, "rawunicodeescape"),
        _ => {
            return Err(PyErr::new(
                ExcType::LookupError,
                format!("unknown encoding: {name}"),
            ))
        }
    })
}

/// The error handlers whirl knows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
}

/// CPython looks the handler up only when an error happens.
fn handler(name: &str) -> PyResult<Handler> {
    Ok(match name {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        other => {
            return Err(PyErr::new(
                ExcType::LookupError,
                format!("unknown error handler name '{other}'"),
            ))
        }
    })
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for code point `n`.
fn backslash_escape(n: u32, out: &mut String) {
    use std::fmt::Write;
    let _ = if n < 0x100 {
        write!(out, "\\x{n:02x}")
    } else if n < 0x10000 {
        write!(out, "\\u{n:04x}")
    } else {
        write!(out, "\\U{n:08x}")
    };
}

/// `UnicodeEncodeError(encoding, object, start, end, reason)`: the message
/// is made from these arguments when shown (see `unicode_error_str`).
fn encode_error(cname: &str, s: &str, start: usize, end: usize, reason: &str) -> PyErr {
    use crate::value::Value;
    PyErr::with_args(
        ExcType::UnicodeEncodeError,
        vec![
            Value::str(cname),
            Value::str(s),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)`.
fn decode_error(cname: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    use crate::value::Value;
    PyErr::with_args(
        ExcType::UnicodeDecodeError,
        vec![
            Value::str(cname),
            Value::Bytes(std::rc::Rc::new(b.to_vec())),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

/// `str()` of a Unicode error built with its full arguments, as CPython
/// words it; `None` when the arguments are not that shape.
pub fn unicode_error_str(kind: ExcType, args: &[crate::value::Value]) -> Option<String> {
    use crate::value::Value;
    let (obj, start, end, reason, enc) = match (kind, args) {
        (ExcType::UnicodeTranslateError, [o, Value::Int(s), Value::Int(e), Value::Str(r)]) => {
            (o, *s, *e, r, None)
        }
        (
            ExcType::UnicodeEncodeError | ExcType::UnicodeDecodeError,
            [Value::Str(n), o, Value::Int(s), Value::Int(e), Value::Str(r)],
        ) => (o, *s, *e, r, Some(n.as_str())),
        _ => return None,
    };
    let reason = reason.as_str();
    let single = end == start + 1 && start >= 0;
    Some(match (kind, obj) {
        (ExcType::UnicodeDecodeError, Value::Bytes(b)) => {
            let enc = enc.unwrap_or("");
            match b.get(start as usize) {
                Some(byte) if single => format!(
                    "'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
                ),
                _ => format!(
                    "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                    end - 1
                ),
            }
        }
        (_, Value::Str(text)) => {
            let what = match kind {
                ExcType::UnicodeTranslateError => "can't translate".to_string(),
                _ => format!("'{}' codec can't encode", enc.unwrap_or("")),
            };
            let ch = text.as_str().chars().nth(start.max(0) as usize);
            match ch {
                Some(c) if single => {
                    let n = code_point(c);
                    let mut shown = String::new();
                    backslash_escape(n, &mut shown);
                    format!("{what} character '{shown}' in position {start}: {reason}")
                }
                _ => format!(
                    "{what} characters in position {start}-{}: {reason}",
                    end - 1
                ),
            }
        }
        _ => return None,
    })
}

/// Appends code point `n` in the wide encodings.
fn push_unit(out: &mut Vec<u8>, n: u32, width: usize, endian: Endian) {
    match (width, endian) {
        (2, Endian::Little) => out.extend_from_slice(&(n as u16).to_le_bytes()),
        (2, Endian::Big) => out.extend_from_slice(&(n as u16).to_be_bytes()),
        (_, Endian::Little) => out.extend_from_slice(&n.to_le_bytes()),
        (_, Endian::Big) => out.extend_from_slice(&n.to_be_bytes()),
    }
}

/// Appends text with no surrogates (a handler's replacement) in `codec`.
fn push_text(out: &mut Vec<u8>, codec: Codec, text: &str) {
    match codec {
        Codec::Utf16(e) => {
            let e = e.unwrap_or(Endian::Little);
            for u in text.encode_utf16() {
                push_unit(out, u as u32, 2, e);
            }
        }
        Codec::Utf32(e) => {
            let e = e.unwrap_or(Endian::Little);
            for c in text.chars() {
                push_unit(out, c as u32, 4, e);
            }
        }
        // Replacements are ASCII.
        _ => out.extend_from_slice(text.as_bytes()),
    }
}

/// Appends one code point the codec can encode.
fn push_code_point(out: &mut Vec<u8>, codec: Codec, c: char, n: u32) {
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
        Codec::Ascii | Codec::Latin1 => out.push(n as u8),
        Codec::Utf16(e) => {
            let e = e.unwrap_or(Endian::Little);
            if n >= 0x10000 {
                let m = n - 0x10000;
                push_unit(out, 0xD800 + (m >> 10), 2, e);
                push_unit(out, 0xDC00 + (m & 0x3FF), 2, e);
            } else {
                push_unit(out, n, 2, e);
            }
        }
        Codec::Utf32(e) => push_unit(out, n, 4, e.unwrap_or(Endian::Little)),
        Codec::UnicodeEscape => {
            let mut s = String::new();
            match c {
                '\\' => s.push_str("\\\\"),
                '\t' => s.push_str("\\t"),
                '\n' => s.push_str("\\n"),
                '\r' => s.push_str("\\r"),
                _ if (0x20..0x7f).contains(&n) => s.push(c),
                _ => backslash_escape(n, &mut s),
            }
            out.extend_from_slice(s.as_bytes());
        }
        Codec::RawUnicodeEscape => {
            if n < 0x100 {
                out.push(n as u8);
            } else {
                let mut s = String::new();
                backslash_escape(n, &mut s);
                out.extend_from_slice(s.as_bytes());
            }
        }
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let (codec, cname) = lookup(encoding)?;
    let mut out = Vec::with_capacity(s.len() + 4);
    match codec {
        Codec::Utf8Sig => out.extend_from_slice(b"\xef\xbb\xbf"),
        Codec::Utf16(None) => out.extend_from_slice(b"\xff\xfe"),
        Codec::Utf32(None) => out.extend_from_slice(b"\xff\xfe\x00\x00"),
        _ => {}
    }
    // The fast path: UTF-8 text with no surrogates is its own encoding.
    if matches!(codec, Codec::Utf8 | Codec::Utf8Sig) && !crate::surrogate::contains_surrogate(s) {
        out.extend_from_slice(s.as_bytes());
        return Ok(out);
    }
    let (limit, reason) = match codec {
        Codec::Ascii => (0x80, "ordinal not in range(128)"),
        Codec::Latin1 => (0x100, "ordinal not in range(256)"),
        _ => (0x110000, "surrogates not allowed"),
    };
    let escapes = matches!(codec, Codec::UnicodeEscape | Codec::RawUnicodeEscape);
    let chars: Vec<char> = s.chars().collect();
    let cps: Vec<u32> = chars.iter().map(|&c| code_point(c)).collect();
    let bad = |i: usize| !escapes && (cps[i] >= limit || is_surrogate(chars[i]));
    let mut i = 0;
    while i < chars.len() {
        if !bad(i) {
            push_code_point(&mut out, codec, chars[i], cps[i]);
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        let wide = matches!(codec, Codec::Utf16(_) | Codec::Utf32(_));
        while !wide && end < chars.len() && bad(end) {
            end += 1;
        }
        let strict = || encode_error(cname, s, start, end, reason);
        let h = handler(errors)?;
        match h {
            Handler::Strict => return Err(strict()),
            Handler::Ignore => {}
            Handler::Replace => push_text(&mut out, codec, &"?".repeat(end - start)),
            Handler::BackslashReplace | Handler::NameReplace => {
                let mut t = String::new();
                for (&n, &c) in cps[start..end].iter().zip(&chars[start..end]) {
                    let name = match h {
                        Handler::NameReplace if !is_surrogate(c) => {
                            whirl_lexer::unicode_names::name_of(c)
                        }
                        _ => None,
                    };
                    match name {
                        Some(name) => {
                            t.push_str("\\N{");
                            t.push_str(&name);
                            t.push('}');
                        }
                        None => backslash_escape(n, &mut t),
                    }
                }
                push_text(&mut out, codec, &t);
            }
            Handler::XmlCharRefReplace => {
                let mut t = String::new();
                for &n in &cps[start..end] {
                    t.push_str(&format!("&#{n};"));
                }
                push_text(&mut out, codec, &t);
            }
            Handler::SurrogateEscape => {
                // Only U+DC80..U+DCFF, each back to the byte it escaped.
                if cps[start..end]
                    .iter()
                    .any(|n| !(0xDC80..=0xDCFF).contains(n))
                {
                    return Err(strict());
                }
                match codec {
                    Codec::Utf16(_) | Codec::Utf32(_) => return Err(strict()),
                    _ => out.extend(cps[start..end].iter().map(|&n| (n - 0xDC00) as u8)),
                }
            }
            Handler::SurrogatePass => {
                if chars[start..end].iter().any(|&c| !is_surrogate(c)) {
                    return Err(strict());
                }
                for &n in &cps[start..end] {
                    match codec {
                        Codec::Utf8 | Codec::Utf8Sig => out.extend_from_slice(&[
                            0xE0 | (n >> 12) as u8,
                            0x80 | ((n >> 6) & 0x3F) as u8,
                            0x80 | (n & 0x3F) as u8,
                        ]),
                        Codec::Utf16(e) => push_unit(&mut out, n, 2, e.unwrap_or(Endian::Little)),
                        Codec::Utf32(e) => push_unit(&mut out, n, 4, e.unwrap_or(Endian::Little)),
                        _ => return Err(strict()),
                    }
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// The decoder's view of one step: a decoded code point, or a bad run.
enum Step {
    Char(u32, usize),
    /// Bytes that stand for nothing (an escaped line break).
    Skip(usize),
    /// Bytes that stand for themselves (Latin-1).
    Literal(usize),
    Bad {
        len: usize,
        reason: &'static str,
    },
}

/// Decodes `b` with `errors`; the codecs differ only in `step`.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let (codec, cname) = lookup(encoding)?;
    // CPython decodes these names directly; others go through the codec
    // registry, which wraps a handler's TypeError with the codec's name.
    let normalized = encoding.to_ascii_lowercase().replace('_', "-");
    let registry_name = match codec {
        _ if matches!(
            normalized.as_str(),
            "utf-8"
                | "utf8"
                | "latin-1"
                | "latin1"
                | "iso-8859-1"
                | "iso8859-1"
                | "ascii"
                | "us-ascii"
                | "utf-16"
                | "utf16"
                | "utf-32"
                | "utf32"
        ) =>
        {
            None
        }
        Codec::Utf8 => Some("utf-8"),
        Codec::Utf8Sig => Some("utf-8-sig"),
        Codec::Ascii => Some("ascii"),
        Codec::Latin1 => Some("iso8859-1"),
        Codec::Utf16(None) => Some("utf-16"),
        Codec::Utf16(Some(Endian::Little)) => Some("utf-16-le"),
        Codec::Utf16(Some(Endian::Big)) => Some("utf-16-be"),
        Codec::Utf32(None) => Some("utf-32"),
        Codec::Utf32(Some(Endian::Little)) => Some("utf-32-le"),
        Codec::Utf32(Some(Endian::Big)) => Some("utf-32-be"),
        Codec::UnicodeEscape => Some("unicode_escape"),
        Codec::RawUnicodeEscape => Some("raw_unicode_escape"),
    };
    let mut i = 0;
    let mut codec = codec;
    let mut cname = cname;
    match codec {
        Codec::Utf8Sig => {
            if b.starts_with(b"\xef\xbb\xbf") {
                i = 3;
            }
            codec = Codec::Utf8;
        }
        Codec::Utf16(None) => {
            let (e, skip) = match b {
                [0xff, 0xfe, ..] => (Endian::Little, 2),
                [0xfe, 0xff, ..] => (Endian::Big, 2),
                _ => (Endian::Little, 0),
            };
            i = skip;
            codec = Codec::Utf16(Some(e));
            cname = if e == Endian::Little {
                "utf-16-le"
            } else {
                "utf-16-be"
            };
        }
        Codec::Utf32(None) => {
            let (e, skip) = match b {
                [0xff, 0xfe, 0, 0, ..] => (Endian::Little, 4),
                [0, 0, 0xfe, 0xff, ..] => (Endian::Big, 4),
                _ => (Endian::Little, 0),
            };
            i = skip;
            codec = Codec::Utf32(Some(e));
            cname = if e == Endian::Little {
                "utf-32-le"
            } else {
                "utf-32-be"
            };
        }
        _ => {}
    }
    // The fast path: valid UTF-8 with nothing from the reserved block.
    if codec == Codec::Utf8 {
        if let Ok(s) = std::str::from_utf8(&b[i..]) {
            if !crate::surrogate::contains_surrogate(s) {
                return Ok(s.to_string());
            }
        }
    }
    let mut out = String::with_capacity(b.len() - i);
    while i < b.len() {
        let step = match codec {
            Codec::Utf8 | Codec::Utf8Sig => utf8_step(&b[i..]),
            Codec::Ascii if b[i] < 0x80 => Step::Char(b[i] as u32, 1),
            Codec::Ascii => Step::Bad {
                len: 1,
                reason: "ordinal not in range(128)",
            },
            Codec::Latin1 => Step::Char(b[i] as u32, 1),
            Codec::Utf16(e) => utf16_step(&b[i..], e.unwrap_or(Endian::Little)),
            Codec::Utf32(e) => utf32_step(&b[i..], e.unwrap_or(Endian::Little)),
            Codec::UnicodeEscape => escape_step(&b[i..], false),
            Codec::RawUnicodeEscape => escape_step(&b[i..], true),
        };
        let (len, reason) = match step {
            Step::Char(n, len) => {
                // The reserved block only comes from UTF-8 bytes here (the
                // others are checked in their steps).
                match from_code_point(n) {
                    Some(c) => {
                        out.push(c);
                        i += len;
                        continue;
                    }
                    None => (len, RESERVED_MESSAGE),
                }
            }
            Step::Skip(len) => {
                i += len;
                continue;
            }
            Step::Literal(len) => {
                out.extend(b[i..i + len].iter().map(|&c| c as char));
                i += len;
                continue;
            }
            Step::Bad { len, reason } => (len, reason),
        };
        let end = (i + len).min(b.len());
        match handler(errors)? {
            Handler::Strict => return Err(decode_error(cname, b, i, end, reason)),
            Handler::Ignore => {}
            Handler::Replace => out.push('\u{fffd}'),
            Handler::BackslashReplace => {
                for &c in &b[i..end] {
                    backslash_escape(c as u32, &mut out);
                }
            }
            Handler::SurrogateEscape => {
                // The bytes up to the first ASCII one are escaped; decoding
                // goes on after them.
                let high = b[i..end].iter().take_while(|&&c| c >= 0x80).count();
                if high == 0 {
                    return Err(decode_error(cname, b, i, end, reason));
                }
                out.extend(
                    b[i..i + high]
                        .iter()
                        .filter_map(|&c| from_code_point(0xDC00 + c as u32)),
                );
                i += high;
                continue;
            }
            Handler::SurrogatePass => match surrogate_pass(&b[i..], codec) {
                Some((n, used)) => {
                    out.extend(from_code_point(n));
                    i += used;
                    continue;
                }
                None => return Err(decode_error(cname, b, i, end, reason)),
            },
            Handler::XmlCharRefReplace | Handler::NameReplace => {
                let msg = "don't know how to handle UnicodeDecodeError in error callback";
                return Err(PyErr::type_error(match registry_name {
                    Some(name) => format!("decoding with '{name}' codec failed (TypeError: {msg})"),
                    None => msg.to_string(),
                }));
            }
        }
        i = end;
    }
    Ok(out)
}

/// An encoded lone surrogate at the start of `b`, for `surrogatepass`.
fn surrogate_pass(b: &[u8], codec: Codec) -> Option<(u32, usize)> {
    let n = match codec {
        Codec::Utf8 | Codec::Utf8Sig => match b {
            [0xED, x @ 0xA0..=0xBF, y @ 0x80..=0xBF, ..] => {
                return Some((0xD000 | ((*x as u32 & 0x3F) << 6) | (*y as u32 & 0x3F), 3))
            }
            _ => return None,
        },
        Codec::Utf16(Some(Endian::Little)) if b.len() >= 2 => {
            (u16::from_le_bytes([b[0], b[1]]) as u32, 2)
        }
        Codec::Utf16(Some(Endian::Big)) if b.len() >= 2 => {
            (u16::from_be_bytes([b[0], b[1]]) as u32, 2)
        }
        Codec::Utf32(Some(Endian::Little)) if b.len() >= 4 => {
            (u32::from_le_bytes([b[0], b[1], b[2], b[3]]), 4)
        }
        Codec::Utf32(Some(Endian::Big)) if b.len() >= 4 => {
            (u32::from_be_bytes([b[0], b[1], b[2], b[3]]), 4)
        }
        _ => return None,
    };
    (0xD800..=0xDFFF).contains(&n.0).then_some(n)
}

fn utf8_step(b: &[u8]) -> Step {
    let lead = b[0];
    if lead < 0x80 {
        return Step::Char(lead as u32, 1);
    }
    let head = &b[..b.len().min(4)];
    match std::str::from_utf8(head) {
        Ok(s) => {
            let c = s.chars().next().unwrap_or('\u{fffd}');
            Step::Char(c as u32, c.len_utf8())
        }
        Err(e) if e.valid_up_to() > 0 => {
            let c = std::str::from_utf8(&head[..e.valid_up_to()])
                .ok()
                .and_then(|s| s.chars().next())
                .unwrap_or('\u{fffd}');
            Step::Char(c as u32, c.len_utf8())
        }
        Err(e) => match e.error_len() {
            None => Step::Bad {
                len: b.len().min(4),
                reason: "unexpected end of data",
            },
            Some(n) => Step::Bad {
                len: n,
                reason: if matches!(lead, 0xc2..=0xf4) {
                    "invalid continuation byte"
                } else {
                    "invalid start byte"
                },
            },
        },
    }
}

fn utf16_step(b: &[u8], e: Endian) -> Step {
    let unit = |k: usize| -> u32 {
        let p = [b[k], b[k + 1]];
        match e {
            Endian::Little => u16::from_le_bytes(p) as u32,
            Endian::Big => u16::from_be_bytes(p) as u32,
        }
    };
    if b.len() < 2 {
        return Step::Bad {
            len: b.len(),
            reason: "truncated data",
        };
    }
    let u = unit(0);
    match u {
        0xD800..=0xDBFF => {
            if b.len() < 4 {
                return Step::Bad {
                    len: b.len(),
                    reason: "unexpected end of data",
                };
            }
            let v = unit(2);
            if (0xDC00..=0xDFFF).contains(&v) {
                Step::Char(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00), 4)
            } else {
                Step::Bad {
                    len: 2,
                    reason: "illegal UTF-16 surrogate",
                }
            }
        }
        0xDC00..=0xDFFF => Step::Bad {
            len: 2,
            reason: "illegal encoding",
        },
        _ => Step::Char(u, 2),
    }
}

fn utf32_step(b: &[u8], e: Endian) -> Step {
    if b.len() < 4 {
        return Step::Bad {
            len: b.len(),
            reason: "truncated data",
        };
    }
    let p = [b[0], b[1], b[2], b[3]];
    let n = match e {
        Endian::Little => u32::from_le_bytes(p),
        Endian::Big => u32::from_be_bytes(p),
    };
    match n {
        0xD800..=0xDFFF => Step::Bad {
            len: 4,
            reason: "code point in surrogate code point range(0xd800, 0xe000)",
        },
        0..=0x10FFFF => Step::Char(n, 4),
        _ => Step::Bad {
            len: 4,
            reason: "code point not in range(0x110000)",
        },
    }
}

/// One character of `unicode_escape` (or, `raw`, of `raw_unicode_escape`,
/// where only `\u` and `\U` are escapes); other bytes are Latin-1.
fn escape_step(b: &[u8], raw: bool) -> Step {
    if b[0] != b'\\' || b.len() < 2 {
        if b[0] == b'\\' && !raw {
            return Step::Bad {
                len: 1,
                reason: "\\ at end of string",
            };
        }
        return Step::Char(b[0] as u32, 1);
    }
    let e = b[1];
    let hex = |count: usize, message: &'static str| -> Step {
        let mut n: u32 = 0;
        for k in 0..count {
            match b.get(2 + k).and_then(|&d| (d as char).to_digit(16)) {
                Some(d) => n = n * 16 + d,
                None => {
                    return Step::Bad {
                        len: 2 + k,
                        reason: message,
                    }
                }
            }
        }
        if n > 0x10FFFF {
            return Step::Bad {
                len: 2 + count,
                reason: "illegal Unicode character",
            };
        }
        Step::Char(n, 2 + count)
    };
    match e {
        b'u' => return hex(4, "truncated \\uXXXX escape"),
        b'U' => return hex(8, "truncated \\UXXXXXXXX escape"),
        // A pair of backslashes: \u after it is no escape.
        b'\\' if raw => return Step::Literal(2),
        _ if raw => return Step::Char(b'\\' as u32, 1),
        _ => {}
    }
    let simple = match e {
        b'\n' => {
            // A line continuation: nothing.
            return Step::Skip(2);
        }
        b'\\' => '\\',
        b'\'' => '\'',
        b'"' => '"',
        b'a' => '\x07',
        b'b' => '\x08',
        b'f' => '\x0c',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'v' => '\x0b',
        b'0'..=b'7' => {
            let mut n = 0u32;
            let mut k = 1;
            while k < 4 && matches!(b.get(k), Some(b'0'..=b'7')) {
                n = n * 8 + (b[k] - b'0') as u32;
                k += 1;
            }
            return Step::Char(n, k);
        }
        b'x' => return hex(2, "truncated \\xXX escape"),
        b'N' => {
            let malformed = Step::Bad {
                len: 2,
                reason: "malformed \\N character escape",
            };
            if b.get(2) != Some(&b'{') {
                return malformed;
            }
            let Some(close) = b[3..].iter().position(|&c| c == b'}') else {
                return Step::Bad {
                    len: b.len(),
                    reason: "malformed \\N character escape",
                };
            };
            let name = std::str::from_utf8(&b[3..3 + close]).unwrap_or("");
            return match whirl_lexer::unicode_names::lookup(name) {
                Some(c) if close > 0 => Step::Char(code_point(c), 4 + close),
                _ => Step::Bad {
                    len: 4 + close,
                    reason: "unknown Unicode character name",
                },
            };
        }
        // Not an escape: the backslash stays.
        _ => return Step::Char(b'\\' as u32, 1),
    };
    Step::Char(simple as u32, 2)
}

/// A file name, environment variable or argument from the OS as str: UTF-8
/// with `surrogateescape`, as CPython's `os.fsdecode`. Never fails.
pub fn fs_decode(raw: &[u8]) -> String {
    match std::str::from_utf8(raw) {
        Ok(s) if !crate::surrogate::contains_surrogate(s) => s.to_string(),
        _ => decode(raw, "utf-8", "surrogateescape").unwrap_or_default(),
    }
}

/// A str as the bytes the OS sees (`os.fsencode`): UTF-8 with
/// `surrogateescape`.
pub fn fs_encode(s: &str) -> PyResult<Vec<u8>> {
    if crate::surrogate::contains_surrogate(s) {
        encode(s, "utf-8", "surrogateescape")
    } else {
        Ok(s.as_bytes().to_vec())
    }
}

impl crate::Vm {
    /// Which of the three argument-carrying Unicode errors `exc` is, if any.
    pub(crate) fn unicode_error_kind(&self, exc: &crate::class::Instance) -> Option<ExcType> {
        let t = &self.types.exceptions;
        [
            ExcType::UnicodeEncodeError,
            ExcType::UnicodeDecodeError,
            ExcType::UnicodeTranslateError,
        ]
        .into_iter()
        .find(|&k| exc.class.is_subclass(&t[k as usize]))
    }
}
