//! `_unicodedata`: the native half of `unicodedata` (stdlib/py/unicodedata.py
//! checks arguments and words errors as CPython does, then asks here by
//! code point). Properties come from tables of the Unicode 14.0 database,
//! the version CPython 3.11 answers from (unicodedata_tables.rs, generated);
//! names from `unicode_names2` and normalization from
//! `unicode-normalization`, both masked to the characters 14.0 assigns.

use crate::binargs::int_arg;
use crate::unicodedata_tables as t;
use unicode_normalization::{is_nfc_quick, is_nfd_quick, is_nfkc_quick, is_nfkd_quick};
use unicode_normalization::{IsNormalized, UnicodeNormalization};
use whirl_vm::error::{PyErr, PyResult};
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

/// The index of the run holding `cp` in a table of run starts.
fn run(starts: &[u32], cp: u32) -> usize {
    starts.partition_point(|&s| s <= cp).saturating_sub(1)
}

fn code_point(vm: &Vm, a: &[Value]) -> PyResult<u32> {
    let cp = int_arg(vm, a.first().unwrap_or(&Value::None))?;
    u32::try_from(cp)
        .ok()
        .filter(|&c| c < 0x110000)
        .ok_or_else(|| PyErr::value_error("code point out of range"))
}

fn str_arg(a: &[Value], i: usize) -> PyResult<&str> {
    a.get(i)
        .and_then(|v| v.as_str())
        .ok_or_else(|| PyErr::type_error("expected a str"))
}

fn category_of(cp: u32) -> &'static str {
    t::CATEGORY_NAMES[t::CATEGORY_VALUES[run(t::CATEGORY_STARTS, cp)] as usize]
}

fn category(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::str(category_of(code_point(vm, a)?)))
}

fn bidirectional(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let cp = code_point(vm, a)?;
    Ok(Value::str(
        t::BIDI_NAMES[t::BIDI_VALUES[run(t::BIDI_STARTS, cp)] as usize],
    ))
}

fn east_asian_width(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let cp = code_point(vm, a)?;
    let i = t::EAST_ASIAN_WIDTH_VALUES[run(t::EAST_ASIAN_WIDTH_STARTS, cp)];
    Ok(Value::str(t::EAST_ASIAN_WIDTH_NAMES[i as usize]))
}

fn combining(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let cp = code_point(vm, a)?;
    Ok(Value::Int(
        t::COMBINING_VALUES[run(t::COMBINING_STARTS, cp)] as i64,
    ))
}

fn mirrored(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let cp = code_point(vm, a)?;
    Ok(Value::Int(
        t::MIRRORED_VALUES[run(t::MIRRORED_STARTS, cp)] as i64,
    ))
}

/// `(decimal, digit, numeric)` of a character with a numeric value (None
/// for the first two where it has none of that kind), else None.
fn numeric_info(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let cp = code_point(vm, a)?;
    let Ok(i) = t::NUMERIC_CODEPOINTS.binary_search(&cp) else {
        return Ok(Value::None);
    };
    let small = |v: u8| {
        if v == 255 {
            Value::None
        } else {
            Value::Int(v as i64)
        }
    };
    Ok(Value::tuple(vec![
        small(t::NUMERIC_DECIMAL[i]),
        small(t::NUMERIC_DIGIT[i]),
        Value::Float(t::NUMERIC_VALUE[i]),
    ]))
}

fn decomposition(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let cp = code_point(vm, a)?;
    let text = match t::DECOMPOSITION_CODEPOINTS.binary_search(&cp) {
        Ok(i) => t::DECOMPOSITION[i],
        Err(_) => "",
    };
    Ok(Value::str(text))
}

/// Whether Unicode 14.0 assigns `cp` (names and normalization of later
/// characters are hidden, as CPython 3.11 does not know them).
fn assigned(cp: u32) -> bool {
    category_of(cp) != "Cn"
}

fn name(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let cp = code_point(vm, a)?;
    let found = char::from_u32(cp)
        .filter(|_| assigned(cp))
        .and_then(unicode_names2::name);
    Ok(match found {
        Some(n) => Value::string(n.to_string()),
        None => Value::None,
    })
}

/// A name's letters and digits alone, for telling a loose spelling of a
/// character's own name (which CPython refuses) from an alias.
fn squeezed(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

fn lookup(_vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let wanted = str_arg(a, 0)?;
    let upper = wanted.to_ascii_uppercase();
    let Some(c) = unicode_names2::character(&upper).filter(|&c| assigned(c as u32)) else {
        return Ok(Value::None);
    };
    if let Some(own) = unicode_names2::name(c).map(|n| n.to_string()) {
        if own != upper && squeezed(&own) == squeezed(&upper) {
            return Ok(Value::None);
        }
        // CPython matches the computed names of Hangul syllables and CJK
        // unified ideographs only as written, in capitals.
        let computed = ["HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-"];
        if computed.iter().any(|p| upper.starts_with(p)) && own != wanted {
            return Ok(Value::None);
        }
    }
    Ok(Value::Int(c as i64))
}

fn normalize(_vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let form = str_arg(a, 0)?;
    let s = str_arg(a, 1)?;
    let out: String = match form {
        "NFC" => s.nfc().collect(),
        "NFD" => s.nfd().collect(),
        "NFKC" => s.nfkc().collect(),
        "NFKD" => s.nfkd().collect(),
        _ => return Err(PyErr::value_error("invalid normalization form")),
    };
    Ok(Value::string(out))
}

fn is_normalized(_vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let form = str_arg(a, 0)?;
    let s = str_arg(a, 1)?;
    let quick = match form {
        "NFC" => is_nfc_quick(s.chars()),
        "NFD" => is_nfd_quick(s.chars()),
        "NFKC" => is_nfkc_quick(s.chars()),
        "NFKD" => is_nfkd_quick(s.chars()),
        _ => return Err(PyErr::value_error("invalid normalization form")),
    };
    let answer = match quick {
        IsNormalized::Yes => true,
        IsNormalized::No => false,
        IsNormalized::Maybe => {
            let full: String = match form {
                "NFC" => s.nfc().collect(),
                _ => s.nfkc().collect(),
            };
            full == s
        }
    };
    Ok(Value::Bool(answer))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    Ok(vm.make_module(
        "_unicodedata",
        vec![
            f("category", category),
            f("bidirectional", bidirectional),
            f("east_asian_width", east_asian_width),
            f("combining", combining),
            f("mirrored", mirrored),
            f("numeric_info", numeric_info),
            f("decomposition", decomposition),
            f("name", name),
            f("lookup", lookup),
            f("normalize", normalize),
            f("is_normalized", is_normalized),
        ],
    ))
}

/// The full name table for the lexer's `\N{...}` escapes and the
/// `namereplace` error handler (see whirl_lexer::unicode_names).
pub fn install_name_table() {
    whirl_lexer::unicode_names::install_full_table(whirl_lexer::unicode_names::FullTable {
        character: |name| {
            unicode_names2::character(&name.to_ascii_uppercase()).filter(|&c| assigned(c as u32))
        },
        name: |c| unicode_names2::name(c).map(|n| n.to_string()),
    });
}
