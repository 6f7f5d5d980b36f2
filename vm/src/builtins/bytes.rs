//! Methods of `bytes` (and `str.encode`, `str.translate`, `str.maketrans`,
//! which convert between the two). The searching, splitting and padding
//! methods reuse the `str` method of the same name on a Latin-1 view of
//! the bytes (each byte one code point below 256), so there is one
//! implementation of each; what differs for bytes — ASCII-only case and
//! character classes, ASCII whitespace, codecs — is written here.

use crate::class::Class;
use crate::error::{ExcType, PyErr, PyResult};
use crate::function::NativeFn;
use crate::str::{intern, intern_static};
use crate::types::{arg_int, builtin_fn, kwarg, Kw};
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn from_latin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(b))
}

fn self_bytes(vm: &Vm, a: &[Value], name: &str) -> PyResult<Rc<Vec<u8>>> {
    match a.first() {
        Some(Value::Bytes(b)) => Ok(b.clone()),
        Some(other) => match crate::object::base_value(other) {
            Some(Value::Bytes(b)) => Ok(b),
            _ => Err(PyErr::type_error(format!(
                "descriptor '{name}' requires a 'bytes' object but received a '{}'",
                vm.type_name(other)
            ))),
        },
        None => Err(PyErr::type_error(format!(
            "descriptor '{name}' of 'bytes' object needs an argument"
        ))),
    }
}

/// A bytes argument as its Latin-1 str; a str where bytes belong is the
/// TypeError CPython gives.
fn to_str_arg(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Bytes(b) => Value::string(latin1(b)),
        Value::ByteArray(_) | Value::MemoryView(_) => Value::string(latin1(
            &crate::memoryview::buffer_bytes(v).unwrap_or_default(),
        )),
        Value::Tuple(t) => Value::tuple(
            t.0.iter()
                .map(|x| to_str_arg(vm, x))
                .collect::<PyResult<Vec<_>>>()?,
        ),
        Value::Str(_) => {
            return Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            )))
        }
        other => other.clone(),
    })
}

fn from_str_result(v: Value) -> Value {
    match v {
        Value::Str(s) => bytes_value(from_latin1(s.as_str())),
        Value::List(l) => {
            let items: Vec<Value> = l.0.borrow().iter().cloned().map(from_str_result).collect();
            Value::list(items)
        }
        Value::Tuple(t) => Value::tuple(t.0.iter().cloned().map(from_str_result).collect()),
        other => other,
    }
}

/// Runs `str.<name>` on the Latin-1 view of the receiver and arguments.
fn via_str(vm: &mut Vm, a: &[Value], kw: Kw, name: &str) -> PyResult<Value> {
    let b = self_bytes(vm, a, name)?;
    let method = vm.types.str_.dict.get_str(&intern(name));
    let Some(Value::Builtin(f)) = method else {
        return Err(PyErr::type_error(format!("bytes.{name} is not available")));
    };
    let mut args = vec![Value::string(latin1(&b))];
    for v in &a[1..] {
        args.push(to_str_arg(vm, v)?);
    }
    let kwargs: Vec<_> = kw
        .iter()
        .map(|(k, v)| Ok((k.clone(), to_str_arg(vm, v)?)))
        .collect::<PyResult<_>>()?;
    vm.check_native(&f, &args, kwargs.len())?;
    let r = (f.func)(vm, &args, &kwargs).map_err(|e| bytes_message(e, name))?;
    Ok(from_str_result(r))
}

/// The str method's TypeError, worded for bytes.
fn bytes_message(e: PyErr, name: &str) -> PyErr {
    if !matches!(name, "startswith" | "endswith") {
        return e;
    }
    match e {
        PyErr::New(b) if b.1.contains("first arg must be str or a tuple of str") => {
            PyErr::type_error(b.1.replace("str or a tuple of str", "bytes or a tuple of bytes"))
        }
        e => e,
    }
}

macro_rules! via_str_methods {
    ($(($f:ident, $name:literal)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
                via_str(vm, a, kw, $name)
            }
        )*
    };
}

via_str_methods!(
    (replace, "replace"),
    (startswith, "startswith"),
    (endswith, "endswith"),
    (partition, "partition"),
    (rpartition, "rpartition"),
    (ljust, "ljust"),
    (rjust, "rjust"),
    (center, "center"),
    (zfill, "zfill"),
    (splitlines, "splitlines"),
    (removeprefix, "removeprefix"),
    (removesuffix, "removesuffix"),
    (expandtabs, "expandtabs"),
);

/// `b.find(sub[, start])` for bytes in bytes, searched in place: the
/// general path below converts the whole receiver to text on every call,
/// which made line-by-line readers (pickle's protocol 0, BytesIO.readline)
/// quadratic.
fn find_in_place(a: &[Value], kw: Kw, name: &str) -> Option<i64> {
    if name != "find" || !kw.is_empty() || !(2..=3).contains(&a.len()) {
        return None;
    }
    let (Value::Bytes(hay), Value::Bytes(needle)) = (&a[0], &a[1]) else {
        return None;
    };
    let start = match a.get(2) {
        None => 0,
        Some(Value::Int(n)) if *n >= 0 && *n as usize <= hay.len() => *n as usize,
        Some(Value::Int(n)) if *n >= 0 => return Some(-1),
        _ => return None,
    };
    let rest = &hay[start..];
    let found = match needle.len() {
        0 => Some(0),
        1 => rest.iter().position(|&c| c == needle[0]),
        n => rest.windows(n).position(|w| w == needle.as_slice()),
    };
    Some(found.map_or(-1, |i| (start + i) as i64))
}

/// find/rfind/index/rindex/count: the needle may also be one byte as an int.
fn search(vm: &mut Vm, a: &[Value], kw: Kw, name: &str) -> PyResult<Value> {
    if let Some(i) = find_in_place(a, kw, name) {
        return Ok(Value::Int(i));
    }
    let mut args = a.to_vec();
    let int_like = match a.get(1) {
        Some(Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => true,
        Some(v @ Value::Instance(_)) => {
            crate::memoryview::buffer_bytes(v).is_none() && vm.dunder(v, "__index__").is_some()
        }
        _ => false,
    };
    if int_like {
        args[1] = bytes_value(vec![crate::bytearray::byte_arg(vm, &a[1])?]);
    } else if let Some(v @ Value::Str(_)) = a.get(1) {
        return Err(PyErr::type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        )));
    }
    via_str(vm, &args, kw, name)
}

macro_rules! search_methods {
    ($(($f:ident, $name:literal)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
                search(vm, a, kw, $name)
            }
        )*
    };
}

search_methods!(
    (find, "find"),
    (rfind, "rfind"),
    (index, "index"),
    (rindex, "rindex"),
    (count, "count"),
);

const WHITESPACE: &[u8] = b" \t\n\r\x0b\x0c";

fn is_space(c: u8) -> bool {
    WHITESPACE.contains(&c)
}

fn sep_and_max(vm: &Vm, a: &[Value], kw: Kw) -> PyResult<(Option<Value>, i64)> {
    let mut sep = a.get(1).cloned();
    let mut max = match a.get(2) {
        Some(v) => arg_int(vm, v)?,
        None => -1,
    };
    for (k, v) in kw {
        match k.as_str() {
            "sep" => sep = Some(v.clone()),
            "maxsplit" => max = arg_int(vm, v)?,
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for split()"
                )))
            }
        }
    }
    Ok((sep.filter(|s| !s.is_none()), max))
}

/// split/rsplit: with no separator, runs of ASCII whitespace.
fn split_impl(vm: &mut Vm, a: &[Value], kw: Kw, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let b = self_bytes(vm, a, name)?;
    let (sep, max) = sep_and_max(vm, a, kw)?;
    if let Some(sep) = sep {
        let mut args = vec![a[0].clone(), sep, Value::Int(max)];
        args.truncate(3);
        return via_str(vm, &args, &[], name);
    }
    let mut words: Vec<&[u8]> = Vec::new();
    let mut rest: &[u8] = &b;
    let mut splits = 0;
    loop {
        let trimmed: &[u8] = if right {
            let end = rest
                .iter()
                .rposition(|&c| !is_space(c))
                .map_or(0, |p| p + 1);
            &rest[..end]
        } else {
            let start = rest
                .iter()
                .position(|&c| !is_space(c))
                .unwrap_or(rest.len());
            &rest[start..]
        };
        if trimmed.is_empty() {
            break;
        }
        if max >= 0 && splits >= max {
            words.push(trimmed);
            break;
        }
        if right {
            let start = trimmed
                .iter()
                .rposition(|&c| is_space(c))
                .map_or(0, |p| p + 1);
            words.push(&trimmed[start..]);
            rest = &trimmed[..start];
        } else {
            let end = trimmed
                .iter()
                .position(|&c| is_space(c))
                .unwrap_or(trimmed.len());
            words.push(&trimmed[..end]);
            rest = &trimmed[end..];
        }
        splits += 1;
    }
    if right {
        words.reverse();
    }
    Ok(Value::list(
        words.into_iter().map(|w| bytes_value(w.to_vec())).collect(),
    ))
}

fn split(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, a, kw, false)
}
fn rsplit(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, a, kw, true)
}

fn strip_impl(vm: &mut Vm, a: &[Value], left: bool, right: bool, name: &str) -> PyResult<Value> {
    let b = self_bytes(vm, a, name)?;
    let chars: Vec<u8> = match a.get(1) {
        None | Some(Value::None) => WHITESPACE.to_vec(),
        Some(Value::Bytes(c)) => c.to_vec(),
        Some(v @ (Value::ByteArray(_) | Value::MemoryView(_))) => {
            crate::memoryview::buffer_bytes(v).unwrap_or_default()
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(other)
            )))
        }
    };
    let mut start = 0;
    let mut end = b.len();
    if left {
        while start < end && chars.contains(&b[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && chars.contains(&b[end - 1]) {
            end -= 1;
        }
    }
    Ok(bytes_value(b[start..end].to_vec()))
}
fn strip(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    strip_impl(vm, a, true, true, "strip")
}
fn lstrip(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    strip_impl(vm, a, true, false, "lstrip")
}
fn rstrip(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    strip_impl(vm, a, false, true, "rstrip")
}

fn join(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let sep = self_bytes(vm, a, "join")?;
    let Some(it) = a.get(1) else {
        return Err(PyErr::type_error(
            "join() takes exactly one argument (0 given)",
        ));
    };
    let items = vm.collect_presized(it)?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match item {
            Value::Bytes(b) => out.extend_from_slice(b),
            other => match crate::memoryview::buffer_bytes(other) {
                // bytearray, memoryview, and subclasses of bytes/bytearray.
                Some(b) => out.extend(b),
                None => {
                    return Err(PyErr::type_error(format!(
                        "sequence item {i}: expected a bytes-like object, {} found",
                        vm.type_name(other)
                    )))
                }
            },
        }
    }
    Ok(bytes_value(out))
}

// ----- ASCII case and classes -----

fn map_bytes(vm: &Vm, a: &[Value], name: &str, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let b = self_bytes(vm, a, name)?;
    Ok(bytes_value(f(&b)))
}

fn upper(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    map_bytes(vm, a, "upper", |b| b.to_ascii_uppercase())
}
fn lower(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    map_bytes(vm, a, "lower", |b| b.to_ascii_lowercase())
}
fn swapcase(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    map_bytes(vm, a, "swapcase", |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn capitalize(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    map_bytes(vm, a, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn title(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    map_bytes(vm, a, "title", |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn test_all(vm: &Vm, a: &[Value], name: &str, f: impl Fn(u8) -> bool) -> PyResult<Value> {
    let b = self_bytes(vm, a, name)?;
    Ok(Value::Bool(!b.is_empty() && b.iter().all(|&c| f(c))))
}
fn isalpha(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    test_all(vm, a, "isalpha", |c| c.is_ascii_alphabetic())
}
fn isdigit(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    test_all(vm, a, "isdigit", |c| c.is_ascii_digit())
}
fn isalnum(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    test_all(vm, a, "isalnum", |c| c.is_ascii_alphanumeric())
}
fn isspace(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    test_all(vm, a, "isspace", is_space)
}
fn isascii(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let b = self_bytes(vm, a, "isascii")?;
    Ok(Value::Bool(b.is_ascii()))
}
fn cased(vm: &Vm, a: &[Value], name: &str, upper: bool) -> PyResult<Value> {
    let b = self_bytes(vm, a, name)?;
    let any_cased = b.iter().any(|c| c.is_ascii_alphabetic());
    let wrong = b.iter().any(|c| {
        if upper {
            c.is_ascii_lowercase()
        } else {
            c.is_ascii_uppercase()
        }
    });
    Ok(Value::Bool(any_cased && !wrong))
}
fn islower(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    cased(vm, a, "islower", false)
}
fn isupper(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    cased(vm, a, "isupper", true)
}
fn istitle(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let b = self_bytes(vm, a, "istitle")?;
    let mut prev_cased = false;
    let mut any = false;
    for &c in b.iter() {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(any))
}

// ----- codecs -----

fn str_kw_arg<'a>(
    vm: &Vm,
    a: &'a [Value],
    kw: Kw<'a>,
    pos: usize,
    name: &str,
    default: &'static str,
    func: &str,
) -> PyResult<&'a str> {
    let v = a
        .get(pos)
        .or_else(|| kw.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v));
    match v {
        None => Ok(default),
        Some(Value::Str(s)) => Ok(s.as_str()),
        Some(other) => Err(PyErr::type_error(format!(
            "{func}() argument '{name}' must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn decode(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let b = self_bytes(vm, a, "decode")?;
    let encoding = str_kw_arg(vm, a, kw, 1, "encoding", "utf-8", "decode")?;
    let errors = str_kw_arg(vm, a, kw, 2, "errors", "strict", "decode")?;
    match crate::codecs::decode(&b, encoding, errors) {
        Ok(s) => Ok(Value::string(s)),
        Err(e) if e.builtin_type() == Some(crate::error::ExcType::LookupError) => {
            let data = bytes_value(b.to_vec());
            python_codec(vm, "_text_decode", data, encoding, errors)
        }
        Err(e) => Err(e),
    }
}

/// An encoding or error handler the native codecs do not know: the
/// Python codec registry (codecs.py) does the work, as CPython's does.
pub(crate) fn python_codec(
    vm: &mut Vm,
    func: &str,
    data: Value,
    encoding: &str,
    errors: &str,
) -> PyResult<Value> {
    let codecs = vm.import_module("codecs")?;
    let f = vm.getattr(&codecs, &crate::str::intern(func))?;
    vm.call(&f, vec![data, Value::str(encoding), Value::str(errors)])
}

/// `str.encode(encoding="utf-8", errors="strict")`.
pub(crate) fn str_encode(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let s = match a.first() {
        Some(Value::Str(s)) => s.clone(),
        _ => {
            return Err(PyErr::type_error(
                "descriptor 'encode' requires a 'str' object",
            ))
        }
    };
    let encoding = str_kw_arg(vm, a, kw, 1, "encoding", "utf-8", "encode")?;
    let errors = str_kw_arg(vm, a, kw, 2, "errors", "strict", "encode")?;
    if !s.has_surrogates() && matches!(encoding, "utf-8" | "utf8") {
        // The common case, without scanning for surrogates.
        return Ok(bytes_value(s.as_str().as_bytes().to_vec()));
    }
    match crate::codecs::encode(s.as_str(), encoding, errors) {
        Ok(b) => Ok(bytes_value(b)),
        Err(e) if e.builtin_type() == Some(crate::error::ExcType::LookupError) => {
            let (encoding, errors) = (encoding.to_string(), errors.to_string());
            python_codec(vm, "_text_encode", Value::Str(s), &encoding, &errors)
        }
        Err(e) => Err(e),
    }
}

pub(crate) fn fromhex(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    // Called on the class: bytes.fromhex(s) (a[0] may be the class).
    let s = match a.iter().find(|v| !matches!(v, Value::Class(_))) {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "fromhex() argument must be str, not {}",
                vm.type_name(other)
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "fromhex() takes exactly one argument (0 given)",
            ))
        }
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return Err(PyErr::value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
            (Some(_), None) => {
                return Err(PyErr::value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
        }
        i += 2;
    }
    // `Subclass.fromhex(s)` is `Subclass(bytes)`, as CPython.
    match a.first() {
        Some(cls @ Value::Class(c)) if !Rc::ptr_eq(c, &vm.types.bytes) => {
            vm.call(cls, vec![bytes_value(out)])
        }
        _ => Ok(bytes_value(out)),
    }
}

// ----- translate / maketrans -----

fn bytes_maketrans(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let args: Vec<&Value> = a.iter().filter(|v| !matches!(v, Value::Class(_))).collect();
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.len()
        )));
    }
    let from = crate::memoryview::bytes_like(vm, args[0])?;
    let to = crate::memoryview::bytes_like(vm, args[1])?;
    if from.len() != to.len() {
        return Err(PyErr::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(bytes_value(table))
}

fn bytes_translate(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let b = self_bytes(vm, a, "translate")?;
    let table = a.get(1).cloned().unwrap_or(Value::None);
    let delete = a.get(2).or_else(|| {
        kw.iter()
            .find(|(k, _)| k.as_str() == "delete")
            .map(|(_, v)| v)
    });
    let delete: Vec<u8> = match delete {
        None => vec![],
        Some(Value::Bytes(d)) => d.to_vec(),
        Some(v) if crate::memoryview::buffer_bytes(v).is_some() => {
            crate::memoryview::buffer_bytes(v).unwrap_or_default()
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(other)
            )))
        }
    };
    // Any bytes-like table (a bytearray, a memoryview) reads as bytes.
    let table = match crate::memoryview::buffer_bytes(&table) {
        Some(t) if !matches!(table, Value::Bytes(_)) => Value::Bytes(Rc::new(t)),
        _ => table,
    };
    let table: Option<Rc<Vec<u8>>> = match &table {
        Value::None => None,
        Value::Bytes(t) if t.len() == 256 => Some(t.clone()),
        Value::Bytes(_) => {
            return Err(PyErr::value_error(
                "translation table must be 256 characters long",
            ))
        }
        other => {
            return Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(other)
            )))
        }
    };
    Ok(bytes_value(
        b.iter()
            .filter(|c| !delete.contains(c))
            .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
            .collect(),
    ))
}

/// `str.maketrans(x[, y[, z]])`: the dict `str.translate` takes.
fn str_maketrans(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let args: Vec<Value> = a
        .iter()
        .filter(|v| !matches!(v, Value::Class(_)))
        .cloned()
        .collect();
    let d = crate::gc::new_dict();
    match args.as_slice() {
        [Value::Dict(src)] => {
            for (k, v) in src.0.borrow().items() {
                let key = match &k {
                    Value::Str(s) if s.char_len() == 1 => Value::Int(
                        s.as_str()
                            .chars()
                            .next()
                            .map_or(0, |c| crate::surrogate::code_point(c) as i64),
                    ),
                    Value::Int(_) => k.clone(),
                    Value::Str(_) => {
                        return Err(PyErr::value_error(
                            "string keys in translate table must be of length 1",
                        ))
                    }
                    other => {
                        return Err(PyErr::type_error(format!(
                            "keys in translate table must be strings or integers, not {}",
                            vm.type_name(other)
                        )))
                    }
                };
                d.set(key, v)?;
            }
        }
        [_] => {
            return Err(PyErr::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ))
        }
        [Value::Str(x), Value::Str(y), rest @ ..] if rest.len() <= 1 => {
            if x.char_len() != y.char_len() {
                return Err(PyErr::value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (f, t) in x.as_str().chars().zip(y.as_str().chars()) {
                d.set(
                    Value::Int(crate::surrogate::code_point(f) as i64),
                    Value::Int(crate::surrogate::code_point(t) as i64),
                )?;
            }
            match rest.first() {
                None => {}
                Some(Value::Str(z)) => {
                    for c in z.as_str().chars() {
                        d.set(
                            Value::Int(crate::surrogate::code_point(c) as i64),
                            Value::None,
                        )?;
                    }
                }
                Some(other) => {
                    return Err(PyErr::type_error(format!(
                        "maketrans() argument 3 must be str, not {}",
                        vm.type_name(other)
                    )))
                }
            }
        }
        [x, y, ..] if args.len() <= 3 => {
            let bad = if matches!(x, Value::Str(_)) { y } else { x };
            return Err(PyErr::type_error(format!(
                "maketrans() argument {} must be str, not {}",
                if matches!(x, Value::Str(_)) { 2 } else { 1 },
                vm.type_name(bad)
            )));
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "maketrans() takes at most 3 arguments ({} given)",
                args.len()
            )))
        }
    }
    Ok(Value::Dict(d))
}

/// `str.translate(table)`: each character looked up by its code point;
/// None deletes, an int or str replaces, a missing key keeps it.
fn str_translate(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Str(s)) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor 'translate' requires a 'str' object",
        ));
    };
    let Some(table) = a.get(1) else {
        return Err(PyErr::type_error(
            "translate() takes exactly one argument (0 given)",
        ));
    };
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let found = match vm.getitem(table, &Value::Int(crate::surrogate::code_point(c) as i64)) {
            Ok(v) => Some(v),
            Err(e) => {
                let inst = vm.materialize(e);
                if vm.is_instance_of_exc(&inst, ExcType::LookupError) {
                    None
                } else {
                    return Err(PyErr::Raised(inst));
                }
            }
        };
        match found {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Str(r)) => out.push_str(r.as_str()),
            Some(Value::Int(n)) => match u32::try_from(n)
                .ok()
                .and_then(crate::surrogate::from_code_point)
            {
                Some(r) => out.push(r),
                None => {
                    return Err(PyErr::value_error(
                        "character mapping must be in range(0x110000)",
                    ))
                }
            },
            Some(other) => {
                let _ = other;
                return Err(PyErr::type_error(
                    "character mapping must return integer, None or str",
                ));
            }
        }
    }
    Ok(Value::string(out))
}

/// `str.isprintable()`.
fn str_isprintable(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Str(s)) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor 'isprintable' requires a 'str' object",
        ));
    };
    Ok(Value::Bool(s.as_str().chars().all(|c| {
        let n = c as u32;
        !(n < 0x20 || (0x7f..0xa0).contains(&n) || crate::format::is_unprintable(c))
    })))
}

/// `bytes.__bytes__` (new in 3.11): the bytes themselves, as exact bytes.
fn dunder_bytes(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match a.first() {
        Some(v @ Value::Bytes(_)) => Ok(v.clone()),
        _ => Ok(bytes_value((*self_bytes(vm, a, "__bytes__")?).clone())),
    }
}

/// `bytes.__getnewargs__`: how copy and pickle rebuild a subclass's value.
fn getnewargs(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let b = self_bytes(vm, a, "__getnewargs__")?;
    Ok(Value::tuple(vec![bytes_value((*b).clone())]))
}

/// `str.__getnewargs__`: the string as an exact str.
fn str_getnewargs(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = match a.first() {
        Some(v @ Value::Str(_)) => v.clone(),
        Some(other) => match crate::object::base_value(other) {
            Some(v @ Value::Str(_)) => v,
            _ => {
                return Err(PyErr::type_error(
                    "descriptor '__getnewargs__' requires a 'str' object",
                ))
            }
        },
        None => {
            return Err(PyErr::type_error(
                "descriptor '__getnewargs__' of 'str' object needs an argument",
            ))
        }
    };
    Ok(Value::tuple(vec![s]))
}

fn add(cls: &Rc<Class>, name: &'static str, func: NativeFn) {
    crate::types::add_method(cls, name, func);
}

/// Registers the methods on `bytes` and the conversions on `str`.
pub(crate) fn install(bytes: &Rc<Class>, str_: &Rc<Class>) {
    crate::types::add_method(bytes, "hex", bytes_hex);
    let methods: &[(&'static str, NativeFn)] = &[
        ("replace", replace),
        ("__bytes__", dunder_bytes),
        ("__getnewargs__", getnewargs),
        ("startswith", startswith),
        ("endswith", endswith),
        ("partition", partition),
        ("rpartition", rpartition),
        ("ljust", ljust),
        ("rjust", rjust),
        ("center", center),
        ("zfill", zfill),
        ("splitlines", splitlines),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("expandtabs", expandtabs),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("split", split),
        ("rsplit", rsplit),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("join", join),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isalpha", isalpha),
        ("isdigit", isdigit),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isascii", isascii),
        ("islower", islower),
        ("isupper", isupper),
        ("istitle", istitle),
        ("decode", decode),
        ("translate", bytes_translate),
    ];
    for (name, f) in methods {
        add(bytes, name, *f);
    }
    bytes
        .dict
        .set_str(intern_static("fromhex"), builtin_fn("fromhex", fromhex));
    bytes.dict.set_str(
        intern_static("maketrans"),
        builtin_fn("maketrans", bytes_maketrans),
    );
    add(str_, "encode", str_encode);
    add(str_, "translate", str_translate);
    add(str_, "isprintable", str_isprintable);
    add(str_, "__getnewargs__", str_getnewargs);
    str_.dict.set_str(
        intern_static("maketrans"),
        builtin_fn("maketrans", str_maketrans),
    );
}

pub(crate) fn bytes_hex(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Value::Bytes(b) = &a[0] else {
        return Err(PyErr::type_error("descriptor requires bytes"));
    };
    let sep = a.get(1).or_else(|| kwarg(kw, "sep"));
    let per = a.get(2).or_else(|| kwarg(kw, "bytes_per_sep"));
    let sep: Option<char> = match sep {
        None => None,
        Some(Value::Str(s)) if s.char_len() == 1 => Some(s.char_at(0)),
        Some(Value::Bytes(s)) if s.len() == 1 => Some(s[0] as char),
        Some(Value::Str(_) | Value::Bytes(_)) => {
            return Err(PyErr::value_error("sep must be length 1."))
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "sep must be str or bytes, not {}",
                vm.type_name(other)
            )))
        }
    };
    if sep.is_some_and(|c| !c.is_ascii()) {
        return Err(PyErr::value_error("sep must be ASCII."));
    }
    let per = match per {
        None => 1,
        Some(v) => arg_int(vm, v)?,
    };
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(b.len() * 3);
    let group = per.unsigned_abs().max(1) as usize;
    let n = b.len();
    for (i, &x) in b.iter().enumerate() {
        if let Some(c) = sep {
            // Groups are counted from the right for a positive
            // bytes_per_sep, from the left for a negative one.
            let boundary = if per > 0 {
                i > 0 && (n - i).is_multiple_of(group)
            } else {
                i > 0 && i.is_multiple_of(group)
            };
            if boundary && per != 0 {
                out.push(c);
            }
        }
        out.push(DIGITS[(x >> 4) as usize] as char);
        out.push(DIGITS[(x & 15) as usize] as char);
    }
    Ok(Value::string(out))
}

pub(crate) fn bytes_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    crate::bytearray::check_encoding_args(vm, "bytes", a, kw)?;
    // A str subclass with an encoding is encoded as its text (its own
    // __bytes__ answers only when no encoding is given).
    if let Some(first @ Value::Instance(_)) = a.first() {
        if let Some(text @ Value::Str(_)) = crate::object::base_value(first) {
            if a.len() > 1 || kw.iter().any(|(k, _)| k.as_str() == "encoding") {
                let mut args = a.to_vec();
                args[0] = text;
                return bytes_new(vm, &args, kw);
            }
        }
    }
    let kw_arg = |name: &str| {
        kw.iter()
            .find(|(k, _)| k.as_str() == name)
            .map(|(_, v)| v.clone())
    };
    Ok(Value::Bytes(Rc::new(match a.first() {
        None => vec![],
        Some(Value::Str(s)) => {
            // bytes(str, encoding[, errors]) is str.encode(encoding, errors).
            let Some(encoding) = a.get(1).cloned().or_else(|| kw_arg("encoding")) else {
                return Err(PyErr::type_error("string argument without an encoding"));
            };
            let errors = a
                .get(2)
                .cloned()
                .or_else(|| kw_arg("errors"))
                .unwrap_or_else(|| Value::str("strict"));
            let encode = vm.getattr(&Value::Str(s.clone()), &intern_static("encode"))?;
            return match vm.call(&encode, vec![encoding, errors])? {
                Value::Bytes(b) => Ok(Value::Bytes(b)),
                other => Err(PyErr::type_error(format!(
                    "encoder did not return a bytes object (type={})",
                    vm.type_name(&other)
                ))),
            };
        }
        Some(Value::Int(n)) => {
            if *n < 0 {
                return Err(PyErr::value_error("negative count"));
            }
            let n = *n as usize;
            if n > isize::MAX as usize - 33 {
                return Err(PyErr::new(
                    ExcType::OverflowError,
                    "byte string is too large",
                ));
            }
            crate::error::check_alloc(n)?;
            vec![0; n]
        }
        Some(Value::BigInt(b)) if matches!(b.sign(), num_bigint::Sign::Plus) => {
            return Err(PyErr::new(
                ExcType::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        Some(Value::Bytes(b)) => (**b).clone(),
        Some(v @ Value::Instance(i)) if i.class.lookup(&intern_static("__bytes__")).is_some() => {
            // Looked up on the type, bound through its descriptor protocol
            // (not the instance's `__getattribute__`), as CPython's.
            let method = match vm.lookup_special(v, "__bytes__") {
                Some(m) => m?,
                None => vm.getattr(v, &intern_static("__bytes__"))?,
            };
            match vm.call(&method, vec![])? {
                Value::Bytes(b) => (*b).clone(),
                other => {
                    return Err(PyErr::type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        vm.type_name(&other)
                    )))
                }
            }
        }
        // bytearray, memoryview, and subclasses of bytes and bytearray.
        Some(v) if crate::memoryview::buffer_bytes(v).is_some() => {
            crate::memoryview::buffer_bytes(v).unwrap_or_default()
        }
        Some(v) => {
            // A Python class exporting a buffer (array.array) gives its
            // bytes, not its items.
            if let Some(data) = crate::memoryview::buffer_of_instance(vm, v)? {
                return bytes_new(vm, &[data], &[]);
            }
            if matches!(v, Value::Instance(_)) && vm.dunder(v, "__index__").is_some() {
                // A count given by `__index__`; its TypeError falls back
                // to iterating, as CPython does.
                match crate::bytearray::index_arg(vm, v) {
                    Ok(n) => return bytes_new(vm, &[n], &[]),
                    Err(e) if e.builtin_type() == Some(ExcType::TypeError) => {}
                    Err(e) => return Err(e),
                }
            }
            // Presized from the length hint, as CPython does:
            // `bytes(range(2**62))` is MemoryError at once.
            let hint = vm.length_hint(v)?;
            crate::error::check_alloc(hint)?;
            let mut out = Vec::new();
            for x in vm.collect(v)? {
                let n = match &x {
                    Value::Int(n) => *n,
                    _ => match crate::bytearray::index_arg(vm, &x)? {
                        Value::Int(n) => n,
                        _ => i64::MAX,
                    },
                };
                if !(0..256).contains(&n) {
                    return Err(PyErr::value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            out
        }
    })))
}
