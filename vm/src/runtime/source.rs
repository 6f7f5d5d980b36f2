//! The text of Python source given as bytes (PEP 263): UTF-8, unless a
//! coding cookie (`# -*- coding: latin-1 -*-`) on one of the first two
//! lines names another codec, which may be any codec whirl knows, native
//! or from the codec registry. The script run and `compile()` of bytes
//! (which is also how an imported module's file is read) word their errors
//! differently, as CPython's tokenizer and compiler do.

use crate::error::{ExcType, PyErr, PyResult};
use crate::Vm;

const BOM: &[u8] = b"\xef\xbb\xbf";

/// The encoding a coding cookie on the first or second line of `b` names;
/// the second counts only after a first line that is blank or a comment.
pub fn coding_cookie(b: &[u8]) -> Option<String> {
    let mut lines = b.split(|&c| c == b'\n');
    for n in 0..2 {
        let line = String::from_utf8_lossy(lines.next()?);
        let body = line.trim_start_matches([' ', '\t', '\x0c']);
        if let Some(comment) = body.strip_prefix('#') {
            if let Some(at) = comment.find("coding") {
                let rest = &comment[at + 6..];
                if let Some(rest) = rest.strip_prefix([':', '=']) {
                    let name: String = rest
                        .trim_start_matches([' ', '\t'])
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
                        .collect();
                    if !name.is_empty() {
                        return Some(name);
                    }
                }
            }
        } else if n == 0 && !body.trim_end().is_empty() {
            return None;
        }
    }
    None
}

/// The names CPython's tokenizer reads as UTF-8 or Latin-1 themselves.
fn normal_name(enc: &str) -> &str {
    let n = enc.to_ascii_lowercase().replace('_', "-");
    let starts = |p: &str| n == p || n.starts_with(&format!("{p}-"));
    if starts("utf-8") {
        "utf-8"
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"]
        .into_iter()
        .any(starts)
    {
        "iso-8859-1"
    } else {
        enc
    }
}

/// Decodes `b` with `encoding`, as `bytes.decode` does: the native codecs,
/// then the codec registry.
fn decode(vm: &mut Vm, b: &[u8], encoding: &str) -> PyResult<String> {
    match crate::codecs::decode(b, encoding, "strict") {
        Err(e) if e.builtin_type() == Some(ExcType::LookupError) => {
            let data = crate::value::Value::Bytes(std::rc::Rc::new(b.to_vec()));
            match crate::bytes::python_codec(vm, "_text_decode", data, encoding, "strict")? {
                crate::value::Value::Str(s) => Ok(s.as_str().to_string()),
                _ => Err(PyErr::type_error(format!(
                    "'{encoding}' decoder returned a non-string"
                ))),
            }
        }
        other => other,
    }
}

fn syntax_error(msg: String) -> PyErr {
    PyErr::new(ExcType::SyntaxError, msg)
}

/// The source after a UTF-8 BOM, and the codec its cookie names when that
/// is not UTF-8. A BOM before a cookie naming another codec is CPython's
/// error in both modes.
fn declared(b: &[u8]) -> PyResult<(bool, &[u8], Option<String>)> {
    let bom = b.starts_with(BOM);
    let body = b.strip_prefix(BOM).unwrap_or(b);
    let Some(enc) = coding_cookie(body) else {
        return Ok((bom, body, None));
    };
    match normal_name(&enc) {
        "utf-8" => Ok((bom, body, None)),
        normal if bom => Err(syntax_error(format!("encoding problem: {normal} with BOM"))),
        _ => Ok((bom, body, Some(enc))),
    }
}

/// The text of the script whirl runs (`filename` is for messages).
pub fn file_text(vm: &mut Vm, bytes: Vec<u8>, filename: &str) -> PyResult<String> {
    let (bom, body, codec) = declared(&bytes)?;
    if let Some(enc) = codec {
        return decode(vm, body, &enc)
            .map_err(|_| syntax_error(format!("encoding problem: {enc}")));
    }
    let mut bytes = bytes;
    if bom {
        bytes.drain(..BOM.len());
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let body = e.as_bytes();
            let line = body[..at].iter().filter(|&&c| c == b'\n').count() + 1;
            Err(syntax_error(format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                body[at]
            )))
        }
    }
}

/// The text of source bytes given to `compile()`, `exec()` or `eval()`,
/// and of an imported module (importlib compiles its bytes).
pub fn compile_text(vm: &mut Vm, b: &[u8]) -> PyResult<String> {
    let (_, b, codec) = declared(b)?;
    if let Some(enc) = codec {
        return decode(vm, b, &enc).map_err(|e| {
            // The codec's own error, worded as its `str()`.
            let exc = vm.materialize(e);
            if vm.is_instance_of_exc(&exc, ExcType::LookupError) {
                return syntax_error(format!("unknown encoding: {enc}"));
            }
            let msg = vm
                .str_of(&crate::value::Value::Instance(exc))
                .unwrap_or_else(|_| format!("'{enc}' codec can't decode the source"));
            syntax_error(msg)
        });
    }
    match std::str::from_utf8(b) {
        Ok(t) => Ok(t.to_string()),
        Err(e) => Err(syntax_error(format!(
            "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
            b[e.valid_up_to()],
            e.valid_up_to()
        ))),
    }
}
