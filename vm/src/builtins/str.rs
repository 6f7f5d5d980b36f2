//! Methods of `str` and its constructor: searching, splitting, case,
//! padding, `str.format` (the text itself is `object/str.rs`).

use super::types::{add, arg_int, arg_str, kwarg, nargs, self_str, span_args, tail, Kw};
use crate::class::Class;
use crate::error::{ExcType, PyErr, PyResult};
use crate::str::{intern, intern_static, PyStr};
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

fn str_join(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("str.join", tail(a), 1, 1)?;
    let sep = self_str(a).as_str().to_string();
    let items = vm.collect_presized(&a[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match it {
            Value::Str(s) => out.push_str(s.as_str()),
            // An instance of a str subclass joins as its text.
            Value::Instance(inst) if matches!(inst.base, Value::Str(_)) => {
                if let Value::Str(s) = &inst.base {
                    out.push_str(s.as_str());
                }
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(other)
                )))
            }
        }
    }
    Ok(Value::string(out))
}

fn split_impl(vm: &mut Vm, a: &[Value], kw: Kw, right: bool) -> PyResult<Value> {
    let s = self_str(a).as_str();
    let sep = a
        .get(1)
        .or_else(|| kwarg(kw, "sep"))
        .cloned()
        .unwrap_or(Value::None);
    let maxsplit = match a.get(2).or_else(|| kwarg(kw, "maxsplit")) {
        Some(v) => arg_int(vm, v)?,
        None => -1,
    };
    let parts: Vec<String> = match &sep {
        Value::None => {
            let mut words: Vec<String> = Vec::new();
            if right {
                let mut rest = s.trim_end();
                let mut n = 0;
                loop {
                    if rest.is_empty() {
                        break;
                    }
                    if maxsplit >= 0 && n >= maxsplit {
                        // The unsplit rest keeps its leading whitespace.
                        words.push(rest.to_string());
                        break;
                    }
                    match rest.rfind(char::is_whitespace) {
                        Some(i) => {
                            let w = &rest[i..].trim_start();
                            words.push(w.to_string());
                            rest = rest[..i].trim_end();
                            n += 1;
                        }
                        None => {
                            words.push(rest.to_string());
                            break;
                        }
                    }
                }
                words.reverse();
            } else {
                let mut rest = s.trim_start();
                let mut n = 0;
                loop {
                    if rest.is_empty() {
                        break;
                    }
                    if maxsplit >= 0 && n >= maxsplit {
                        // The unsplit rest keeps its trailing whitespace.
                        words.push(rest.to_string());
                        break;
                    }
                    match rest.find(char::is_whitespace) {
                        Some(i) => {
                            words.push(rest[..i].to_string());
                            rest = rest[i..].trim_start();
                            n += 1;
                        }
                        None => {
                            words.push(rest.to_string());
                            break;
                        }
                    }
                }
            }
            words
        }
        Value::Str(sep) => {
            let sep = sep.as_str();
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            if maxsplit < 0 && !right {
                s.split(sep).map(String::from).collect()
            } else if maxsplit < 0 {
                // From the right: overlapping separators split differently.
                let mut v: Vec<String> = s.rsplit(sep).map(String::from).collect();
                v.reverse();
                v
            } else if right {
                let mut v: Vec<String> = s
                    .rsplitn(maxsplit as usize + 1, sep)
                    .map(String::from)
                    .collect();
                v.reverse();
                v
            } else {
                s.splitn(maxsplit as usize + 1, sep)
                    .map(String::from)
                    .collect()
            }
        }
        other => {
            return Err(PyErr::type_error(format!(
                "must be str or None, not {}",
                vm.type_name(other)
            )))
        }
    };
    Ok(Value::list(parts.into_iter().map(Value::string).collect()))
}

fn str_split(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, a, kw, false)
}

fn str_rsplit(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, a, kw, true)
}

fn strip_impl(vm: &Vm, a: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let s = self_str(a).as_str();
    let r = match a.get(1) {
        None | Some(Value::None) => {
            let mut t = s;
            if left {
                t = t.trim_start();
            }
            if right {
                t = t.trim_end();
            }
            t
        }
        Some(v) => {
            let chars: Vec<char> = arg_str(vm, v, "strip arg")?.chars().collect();
            let mut t = s;
            if left {
                t = t.trim_start_matches(|c| chars.contains(&c));
            }
            if right {
                t = t.trim_end_matches(|c| chars.contains(&c));
            }
            t
        }
    };
    Ok(Value::str(r))
}

fn str_strip(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    strip_impl(vm, a, true, true)
}

fn str_lstrip(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    strip_impl(vm, a, true, false)
}

fn str_rstrip(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    strip_impl(vm, a, false, true)
}

fn str_replace(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("replace", tail(a), 2, 3)?;
    let s = self_str(a).as_str();
    let old = arg_str(vm, &a[1], "replace() argument 1")?;
    let new = arg_str(vm, &a[2], "replace() argument 2")?;
    let count = match a.get(3) {
        Some(v) => arg_int(vm, v)?,
        None => -1,
    };
    Ok(Value::string(if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    }))
}

/// The needle of find/count/index: a str, else CPython's TypeError.
fn needle_str<'a>(vm: &Vm, v: Option<&'a Value>) -> PyResult<&'a str> {
    match v {
        Some(Value::Str(s)) => Ok(s.as_str()),
        Some(other) => Err(PyErr::type_error(format!(
            "must be str, not {}",
            vm.type_name(other)
        ))),
        None => Err(PyErr::type_error("expected at least 1 argument, got 0")),
    }
}

/// Whether the search's start argument lies past the end: then nothing,
/// not even the empty string, is found (as CPython).
fn start_past_end(args: &[Value], from: usize, len: usize) -> bool {
    match args.get(from) {
        Some(Value::Int(i)) => *i > len as i64,
        Some(Value::BigInt(b)) => matches!(b.sign(), num_bigint::Sign::Plus),
        _ => false,
    }
}

fn find_impl(vm: &Vm, a: &[Value], rev: bool) -> PyResult<i64> {
    let s: &PyStr = self_str(a);
    let sub = needle_str(vm, a.get(1))?;
    let (start, end) = span_args(vm, a, 2, s.char_len())?;
    if start > end || start_past_end(a, 2, s.char_len()) {
        return Ok(-1);
    }
    let (bs, be) = (s.byte_offset(start), s.byte_offset(end));
    let hay = &s.as_str()[bs..be];
    let found = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match found {
        Some(b) => (start + s.as_str()[bs..bs + b].chars().count()) as i64,
        None => -1,
    })
}

fn str_find(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, a, false)?))
}

fn str_rfind(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, a, true)?))
}

fn str_index(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match find_impl(vm, a, false)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_rindex(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match find_impl(vm, a, true)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_count(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = self_str(a);
    let sub = needle_str(vm, a.get(1))?;
    let (start, end) = span_args(vm, a, 2, s.char_len())?;
    if start > end || start_past_end(a, 2, s.char_len()) {
        return Ok(Value::Int(0));
    }
    let hay = &s.as_str()[s.byte_offset(start)..s.byte_offset(end)];
    Ok(Value::Int(if sub.is_empty() {
        hay.chars().count() as i64 + 1
    } else {
        hay.matches(sub).count() as i64
    }))
}

fn affix_impl(vm: &mut Vm, a: &[Value], end: bool) -> PyResult<Value> {
    let s = self_str(a);
    let (start, stop) = span_args(vm, a, 2, s.char_len())?;
    // Nothing starts or ends past the end, not even "".
    let past = start > stop || start_past_end(a, 2, s.char_len());
    let hay = if start <= stop {
        &s.as_str()[s.byte_offset(start)..s.byte_offset(stop)]
    } else {
        ""
    };
    let test = |p: &str| {
        if past {
            false
        } else if end {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    match a.get(1) {
        Some(Value::Str(p)) => Ok(Value::Bool(test(p.as_str()))),
        Some(Value::Tuple(t)) => {
            for p in t.0.iter() {
                if let Value::Str(p) = p {
                    if test(p.as_str()) {
                        return Ok(Value::Bool(true));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        Some(other) => Err(PyErr::type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            if end { "endswith" } else { "startswith" },
            vm.type_name(other)
        ))),
        None => Err(PyErr::type_error(
            "startswith() takes at least 1 argument (0 given)",
        )),
    }
}

fn str_startswith(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    affix_impl(vm, a, false)
}

fn str_endswith(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    affix_impl(vm, a, true)
}

macro_rules! str_map {
    ($name:ident, $f:expr) => {
        fn $name(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
            let f: fn(&str) -> String = $f;
            Ok(Value::string(f(self_str(a).as_str())))
        }
    };
}

str_map!(str_upper, |s| s.to_uppercase());

str_map!(str_lower, |s| s.to_lowercase());

str_map!(str_casefold, |s| s
    .to_lowercase()
    .chars()
    .map(case_fold)
    .collect());

/// Full case folding beyond lowercasing, for the characters it differs on.
fn case_fold(c: char) -> String {
    match c {
        'ß' | 'ẞ' => "ss".into(),
        'ſ' => "s".into(),
        'ς' => "σ".into(),
        'ﬀ' => "ff".into(),
        'ﬁ' => "fi".into(),
        'ﬂ' => "fl".into(),
        'ﬃ' => "ffi".into(),
        'ﬄ' => "ffl".into(),
        'ﬅ' | 'ﬆ' => "st".into(),
        c => c.to_string(),
    }
}

/// Title case: the Latin digraphs have a titlecase form of their own.
fn title_case(c: char) -> String {
    match c {
        'Ǆ' | 'ǅ' | 'ǆ' => "ǅ".into(),
        'Ǉ' | 'ǈ' | 'ǉ' => "ǈ".into(),
        'Ǌ' | 'ǋ' | 'ǌ' => "ǋ".into(),
        'Ǳ' | 'ǲ' | 'ǳ' => "ǲ".into(),
        // Greek with ypogegrammeni: the titlecase keeps it as one
        // character (prosgegrammeni), where uppercase spells it out.
        '\u{1F80}'..='\u{1FAF}' => char::from_u32(c as u32 | 0x8)
            .map(String::from)
            .unwrap_or_default(),
        '\u{1FB3}' | '\u{1FBC}' => "\u{1FBC}".into(),
        '\u{1FC3}' | '\u{1FCC}' => "\u{1FCC}".into(),
        '\u{1FF3}' | '\u{1FFC}' => "\u{1FFC}".into(),
        c => {
            // A ligature's titlecase capitalizes only its first letter.
            let mut up = c.to_uppercase();
            let first: String = up.next().map(String::from).unwrap_or_default();
            first + &up.collect::<String>().to_lowercase()
        }
    }
}

str_map!(str_swapcase, |s| s
    .chars()
    .map(|c| if c.is_uppercase() {
        c.to_lowercase().collect::<String>()
    } else {
        c.to_uppercase().collect()
    })
    .collect());
str_map!(str_capitalize, |s| {
    let mut c = s.chars();
    match c.next() {
        Some(f) => title_case(f) + &c.as_str().to_lowercase(),
        None => String::new(),
    }
});

str_map!(str_title, |s| {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.push_str(&title_case(c));
        }
        prev_cased = c.is_alphabetic();
    }
    out
});

macro_rules! str_pred {
    ($name:ident, $f:expr) => {
        fn $name(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
            let f: fn(&str) -> bool = $f;
            Ok(Value::Bool(f(self_str(a).as_str())))
        }
    };
}

str_pred!(str_isdigit, |s| !s.is_empty()
    && s.chars().all(is_digit_char));
str_pred!(str_isdecimal, |s| !s.is_empty()
    && s.chars().all(is_decimal_char));
str_pred!(str_isnumeric, |s| !s.is_empty()
    && s.chars().all(char::is_numeric));

/// Unicode decimal digits (category Nd). Without the tables: they come in
/// aligned runs of ten numeric code points (0-9 of one script), while the
/// other numerics (fractions, superscripts, circled and Roman numbers)
/// stand alone or in longer runs.
pub fn is_decimal_char(c: char) -> bool {
    if c.is_ascii_digit() {
        return true;
    }
    if c.is_ascii() || !c.is_numeric() {
        return false;
    }
    let numeric = |n: u32| char::from_u32(n).is_some_and(char::is_numeric);
    let n = c as u32;
    let mut lo = n;
    while lo > 0 && n - lo < 60 && numeric(lo - 1) {
        lo -= 1;
    }
    let mut hi = n;
    while hi - lo < 60 && numeric(hi + 1) {
        hi += 1;
    }
    let len = hi - lo + 1;
    len.is_multiple_of(10) && len <= 50
}

/// `str.isdigit`: decimals plus the digit forms (superscripts, circled).
pub fn is_digit_char(c: char) -> bool {
    is_decimal_char(c)
        || matches!(c as u32,
            0xb2 | 0xb3 | 0xb9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089
            | 0x2460..=0x2468 | 0x2474..=0x247c | 0x2488..=0x2490 | 0x24ea
            | 0x24f5..=0x24fd | 0x24ff | 0x2776..=0x277e | 0x2780..=0x2788 | 0x278a..=0x2792)
}

str_pred!(str_isalpha, |s| !s.is_empty()
    && s.chars().all(char::is_alphabetic));
str_pred!(str_isalnum, |s| !s.is_empty()
    && s.chars().all(char::is_alphanumeric));
str_pred!(str_isspace, |s| !s.is_empty()
    && s.chars().all(char::is_whitespace));
str_pred!(str_isupper, |s| s.chars().any(char::is_uppercase)
    && !s.chars().any(char::is_lowercase));
str_pred!(str_islower, |s| s.chars().any(char::is_lowercase)
    && !s.chars().any(char::is_uppercase));
str_pred!(str_isidentifier, |s| {
    let mut c = s.chars();
    matches!(c.next(), Some(f) if f == '_' || f.is_alphabetic())
        && c.all(|x| x == '_' || x.is_alphanumeric())
});

str_pred!(str_isascii, |s| s.is_ascii());

str_pred!(str_istitle, |s| {
    let mut prev_cased = false;
    let mut any = false;
    for c in s.chars() {
        if c.is_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    any
});

fn pad_impl(vm: &mut Vm, a: &[Value], how: char) -> PyResult<Value> {
    let s = self_str(a);
    let width = arg_int(vm, a.get(1).unwrap_or(&Value::Int(0)))?.max(0) as usize;
    let fill = match a.get(2) {
        Some(Value::Str(f)) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
        Some(_) => {
            return Err(PyErr::type_error(
                "The fill character must be exactly one character long",
            ))
        }
        None => ' ',
    };
    let len = s.char_len();
    if len >= width {
        return Ok(a[0].clone());
    }
    let n = width - len;
    crate::error::alloc_size(n, fill.len_utf8())?;
    let f = |k: usize| fill.to_string().repeat(k);
    Ok(Value::string(match how {
        '<' => format!("{}{}", s.as_str(), f(n)),
        '>' => format!("{}{}", f(n), s.as_str()),
        _ => {
            let left = n / 2 + (n & width & 1);
            format!("{}{}{}", f(left), s.as_str(), f(n - left))
        }
    }))
}

fn str_ljust(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    pad_impl(vm, a, '<')
}

fn str_rjust(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    pad_impl(vm, a, '>')
}

fn str_center(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    pad_impl(vm, a, '^')
}

fn str_zfill(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = self_str(a).as_str();
    let width = arg_int(vm, a.get(1).unwrap_or(&Value::Int(0)))?.max(0) as usize;
    let len = s.chars().count();
    if len >= width {
        return Ok(a[0].clone());
    }
    crate::error::check_alloc(width - len)?;
    let (sign, rest) = if s.starts_with(['+', '-']) {
        s.split_at(1)
    } else {
        ("", s)
    };
    Ok(Value::string(format!(
        "{sign}{}{rest}",
        "0".repeat(width - len)
    )))
}

fn str_partition_impl(vm: &mut Vm, a: &[Value], rev: bool) -> PyResult<Value> {
    let s = self_str(a).as_str();
    let sep = arg_str(vm, a.get(1).unwrap_or(&Value::None), "must be str")?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    Ok(Value::tuple(match found {
        Some(i) => vec![
            Value::str(&s[..i]),
            Value::str(sep),
            Value::str(&s[i + sep.len()..]),
        ],
        None if rev => vec![Value::str(""), Value::str(""), Value::str(s)],
        None => vec![Value::str(s), Value::str(""), Value::str("")],
    }))
}

fn str_partition(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    str_partition_impl(vm, a, false)
}

fn str_rpartition(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    str_partition_impl(vm, a, true)
}

fn str_splitlines(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let s = self_str(a).as_str();
    let keep = match a.get(1).or_else(|| kwarg(kw, "keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // The length of the line break at i (0: none). As CPython: \n, \r,
        // \r\n, \v, \f, \x1c-\x1e, \x85 (C2 85), U+2028/2029 (E2 80 A8/A9).
        let brk = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1e => 1,
            0xC2 if b.get(i + 1) == Some(&0x85) => 2,
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => 3,
            _ => 0,
        };
        if brk > 0 {
            let end = i + brk;
            out.push(Value::str(&s[start..if keep { end } else { i }]));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        out.push(Value::str(&s[start..]));
    }
    Ok(Value::list(out))
}

fn str_format(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    format_fields(vm, a, kw, None)
}

/// `str.format_map(mapping)`: named fields looked up as `mapping[name]`
/// (so a dict subclass's `__missing__` answers); no positional fields.
fn str_format_map(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(
            "str.format_map() takes no keyword arguments",
        ));
    }
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "str.format_map() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    let mapping = a[1].clone();
    format_fields(vm, &a[..1], kw, Some(&mapping))
}

fn format_fields(vm: &mut Vm, a: &[Value], kw: Kw, mapping: Option<&Value>) -> PyResult<Value> {
    let fmt = self_str(a).as_str().to_string();
    let mut auto = 0;
    // Whether fields are numbered ("{0}") or automatic ("{}"): not both.
    let mut manual: Option<bool> = None;
    let out = str_format_into(vm, &fmt, tail(a), kw, mapping, &mut auto, &mut manual, 2)?;
    Ok(Value::string(out))
}

/// One level of `str.format`: the fields nested in a format spec
/// (`"{:{}}"`) share the numbering of the fields around them, one level
/// deep at most, as CPython's. With a `mapping` (`format_map`), named
/// fields are looked up in it.
#[allow(clippy::too_many_arguments)]
fn str_format_into(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kw: Kw,
    mapping: Option<&Value>,
    auto: &mut usize,
    manual: &mut Option<bool>,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if i + 1 < chars.len() && chars[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            let mut braces = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && braces > 0 {
                if chars[i] == '{' {
                    braces += 1;
                } else if chars[i] == '}' {
                    braces -= 1;
                }
                i += 1;
            }
            if braces != 0 {
                return Err(PyErr::value_error(if start == chars.len() {
                    "Single '{' encountered in format string"
                } else {
                    "expected '}' before end of string"
                }));
            }
            let field: String = chars[start..i - 1].iter().collect();
            let (name_conv, spec) = match field.find(':') {
                Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name_conv.find('!') {
                Some(p) => (
                    name_conv[..p].to_string(),
                    name_conv[p + 1..].chars().next(),
                ),
                None => (name_conv, None),
            };
            // The first part selects the argument; `.attr` and `[i]` follow.
            let split = name.find(['.', '[']).unwrap_or(name.len());
            let (head, mut rest) = (&name[..split], &name[split..]);
            let numbered = head.parse::<usize>().is_ok();
            if head.is_empty() || numbered {
                match *manual {
                    Some(true) if head.is_empty() => {
                        return Err(PyErr::value_error(
                            "cannot switch from manual field specification to automatic field numbering",
                        ))
                    }
                    Some(false) if numbered => {
                        return Err(PyErr::value_error(
                            "cannot switch from automatic field numbering to manual field specification",
                        ))
                    }
                    _ => *manual = Some(numbered),
                }
            }
            let mut v = if let Some(m) = mapping {
                if head.is_empty() || numbered {
                    return Err(PyErr::value_error(
                        "Format string contains positional fields",
                    ));
                }
                vm.getitem(m, &Value::str(head))?
            } else if head.is_empty() {
                let n = *auto;
                let v = args.get(n).cloned().ok_or_else(|| {
                    PyErr::new(
                        ExcType::IndexError,
                        format!("Replacement index {n} out of range for positional args tuple"),
                    )
                })?;
                *auto += 1;
                v
            } else if let Ok(n) = head.parse::<usize>() {
                args.get(n).cloned().ok_or_else(|| {
                    PyErr::new(
                        ExcType::IndexError,
                        format!("Replacement index {n} out of range for positional args tuple"),
                    )
                })?
            } else {
                kwarg(kw, head)
                    .cloned()
                    .ok_or_else(|| PyErr::with_args(ExcType::KeyError, vec![Value::str(head)]))?
            };
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    v = vm.getattr(&v, &intern(&r[..end]))?;
                    rest = &r[end..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let end = r.find(']').unwrap_or(r.len());
                    let key = &r[..end];
                    let k = match key.parse::<i64>() {
                        Ok(n) => Value::Int(n),
                        Err(_) => Value::str(key),
                    };
                    v = vm.getitem(&v, &k)?;
                    rest = r.get(end + 1..).unwrap_or("");
                } else {
                    break;
                }
            }
            let v = match conv {
                Some('r') => Value::string(vm.repr(&v)?),
                Some('s') => Value::string(vm.str_of(&v)?),
                Some('a') => Value::string(crate::format::ascii_escape(&vm.repr(&v)?)),
                _ => v,
            };
            // Nested fields in the spec.
            let spec = if spec.contains('{') {
                str_format_into(vm, &spec, args, kw, mapping, auto, manual, depth - 1)?
            } else {
                spec
            };
            out.push_str(&vm.format(&v, &spec)?);
        } else if c == '}' {
            if i + 1 < chars.len() && chars[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(PyErr::value_error(
                "Single '}' encountered in format string",
            ));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn str_removeprefix(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = self_str(a).as_str();
    let p = arg_str(vm, a.get(1).unwrap_or(&Value::None), "must be str")?;
    Ok(Value::str(s.strip_prefix(p).unwrap_or(s)))
}

fn str_removesuffix(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = self_str(a).as_str();
    let p = arg_str(vm, a.get(1).unwrap_or(&Value::None), "must be str")?;
    Ok(Value::str(if p.is_empty() {
        s
    } else {
        s.strip_suffix(p).unwrap_or(s)
    }))
}

fn str_expandtabs(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let s = self_str(a).as_str();
    let tab = match a.get(1).or_else(|| kwarg(kw, "tabsize")) {
        // CPython takes the tab size as a C int.
        Some(v) => match arg_int(vm, v) {
            Ok(t) if t <= i32::MAX as i64 => t.max(0) as usize,
            Ok(_) | Err(_) if matches!(v, Value::Int(_) | Value::BigInt(_)) => {
                return Err(PyErr::new(
                    ExcType::OverflowError,
                    "Python int too large to convert to C int",
                ))
            }
            Ok(t) => t.max(0) as usize,
            Err(e) => return Err(e),
        },
        None => 8,
    };
    // At most one tab's worth of spaces per character.
    crate::error::alloc_size(s.len(), tab.max(1))?;
    let mut out = String::new();
    let mut col = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.push_str(&" ".repeat(n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}

pub(super) fn str_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if a.len() <= 1 && kw.is_empty() {
        return match a.first() {
            None => Ok(Value::str("")),
            Some(v) => Ok(Value::string(vm.str_of(v)?)),
        };
    }
    if a.len() > 3 {
        return Err(PyErr::type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            a.len() + kw.len()
        )));
    }
    // str(object, encoding, errors): decoding, as object.decode(...) does.
    let mut params: [Option<Value>; 3] = [a.first().cloned(), a.get(1).cloned(), a.get(2).cloned()];
    for (k, v) in kw {
        let slot = match k.as_str() {
            "object" => 0,
            "encoding" => 1,
            "errors" => 2,
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for str()"
                )))
            }
        };
        params[slot] = Some(v.clone());
    }
    let [object, encoding, errors] = params;
    if encoding.is_none() && errors.is_none() {
        return match object {
            None => Ok(Value::str("")),
            Some(v) => Ok(Value::string(vm.str_of(&v)?)),
        };
    }
    let data = match object {
        None => Value::Bytes(Rc::new(Vec::new())),
        Some(v @ Value::Bytes(_)) => v,
        Some(v @ (Value::ByteArray(_) | Value::MemoryView(_))) => {
            let bytes_type = Value::Class(vm.class_of(&Value::Bytes(Rc::new(Vec::new()))));
            vm.call(&bytes_type, vec![v])?
        }
        Some(Value::Str(_)) => return Err(PyErr::type_error("decoding str is not supported")),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(&other)
            )))
        }
    };
    let decode = vm.getattr(&data, &intern_static("decode"))?;
    let mut args = vec![encoding.unwrap_or_else(|| Value::str("utf-8"))];
    args.extend(errors);
    vm.call(&decode, args)
}

pub(super) fn install(s: &Rc<Class>) {
    add(s, "join", str_join);
    add(s, "split", str_split);
    add(s, "rsplit", str_rsplit);
    add(s, "strip", str_strip);
    add(s, "lstrip", str_lstrip);
    add(s, "rstrip", str_rstrip);
    add(s, "replace", str_replace);
    add(s, "find", str_find);
    add(s, "rfind", str_rfind);
    add(s, "index", str_index);
    add(s, "rindex", str_rindex);
    add(s, "count", str_count);
    add(s, "startswith", str_startswith);
    add(s, "endswith", str_endswith);
    add(s, "upper", str_upper);
    add(s, "lower", str_lower);
    add(s, "casefold", str_casefold);
    add(s, "swapcase", str_swapcase);
    add(s, "capitalize", str_capitalize);
    add(s, "title", str_title);
    add(s, "isdigit", str_isdigit);
    add(s, "isdecimal", str_isdecimal);
    add(s, "isnumeric", str_isnumeric);
    add(s, "isalpha", str_isalpha);
    add(s, "isalnum", str_isalnum);
    add(s, "isspace", str_isspace);
    add(s, "isupper", str_isupper);
    add(s, "islower", str_islower);
    add(s, "istitle", str_istitle);
    add(s, "isidentifier", str_isidentifier);
    add(s, "isascii", str_isascii);
    add(s, "ljust", str_ljust);
    add(s, "rjust", str_rjust);
    add(s, "center", str_center);
    add(s, "zfill", str_zfill);
    add(s, "partition", str_partition);
    add(s, "rpartition", str_rpartition);
    add(s, "splitlines", str_splitlines);
    add(s, "format", str_format);
    add(s, "format_map", str_format_map);
    add(s, "removeprefix", str_removeprefix);
    add(s, "removesuffix", str_removesuffix);
    add(s, "expandtabs", str_expandtabs);
}
