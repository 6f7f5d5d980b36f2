//! The builtin types: their class objects, constructors (`int(x)`,
//! `list(it)`, ...) and methods (`str.split`, `list.append`, ...).

use crate::class::{BuiltinType, Class};
use crate::dict::PyDict;
use crate::error::{ExcType, PyErr, PyResult};
use crate::function::{Builtin, FastPath, NativeFn};
use crate::iter::{IterState, NativeIter};
use crate::str::{intern, PyStr};
use crate::value::{PyRange, PySet, Value};
use crate::{Types, Vm};
use num_bigint::BigInt;
use num_traits::{Num, ToPrimitive};
use std::cell::RefCell;
use std::rc::Rc;

pub type Kw<'a> = &'a [(Rc<PyStr>, Value)];

fn class(name: &str, bases: Vec<Rc<Class>>, b: Option<BuiltinType>) -> Rc<Class> {
    Rc::new(Class::new(name, name, "builtins", bases, b).expect("builtin MRO is consistent"))
}

pub fn make_types() -> Types {
    let object = class("object", vec![], Some(BuiltinType::Object));
    let o = || vec![object.clone()];
    let int = class("int", o(), Some(BuiltinType::Int));
    let mut exceptions: Vec<Rc<Class>> = Vec::new();
    for t in ExcType::ALL {
        let mut bases = match t.parent() {
            Some(p) => vec![exceptions[p as usize].clone()],
            None => o(),
        };
        if *t == ExcType::ExceptionGroup {
            bases.push(exceptions[ExcType::Exception as usize].clone());
        }
        let mut c = Class::new(
            t.name(),
            t.name(),
            "builtins",
            bases,
            if t.parent().is_none() {
                Some(BuiltinType::BaseException)
            } else {
                None
            },
        )
        .expect("exception MRO");
        c.exc_type = Some(*t);
        exceptions.push(Rc::new(c));
    }
    Types {
        type_: class("type", o(), Some(BuiltinType::Type)),
        none: class("NoneType", o(), Some(BuiltinType::NoneType)),
        not_implemented: class(
            "NotImplementedType",
            o(),
            Some(BuiltinType::NotImplementedType),
        ),
        ellipsis: class("ellipsis", o(), Some(BuiltinType::Ellipsis)),
        bool_: class("bool", vec![int.clone()], Some(BuiltinType::Bool)),
        float: class("float", o(), Some(BuiltinType::Float)),
        str_: class("str", o(), Some(BuiltinType::Str)),
        bytes: class("bytes", o(), Some(BuiltinType::Bytes)),
        complex: class("complex", o(), Some(BuiltinType::Complex)),
        bytearray: class("bytearray", o(), Some(BuiltinType::ByteArray)),
        memoryview: class("memoryview", o(), Some(BuiltinType::MemoryView)),
        tuple: class("tuple", o(), Some(BuiltinType::Tuple)),
        list: class("list", o(), Some(BuiltinType::List)),
        dict: class("dict", o(), Some(BuiltinType::Dict)),
        range: class("range", o(), Some(BuiltinType::Range)),
        slice: class("slice", o(), Some(BuiltinType::Slice)),
        function: class("function", o(), Some(BuiltinType::Function)),
        builtin_function: class(
            "builtin_function_or_method",
            o(),
            Some(BuiltinType::BuiltinFunction),
        ),
        method: class("method", o(), Some(BuiltinType::Method)),
        generator: class("generator", o(), Some(BuiltinType::Generator)),
        coroutine: class("coroutine", o(), Some(BuiltinType::Generator)),
        module: class("module", o(), Some(BuiltinType::Module)),
        iterator: class("iterator", o(), Some(BuiltinType::Iterator)),
        cell: class("cell", o(), Some(BuiltinType::Cell)),
        code: class("code", o(), Some(BuiltinType::Code)),
        int,
        exceptions,
        object,
    }
}

pub fn builtin_fn(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        bound: Value::Null,
        fast: FastPath::None,
        owner: None,
        sig: crate::function::Sig::ANY,
    }))
}

/// Adds a method to a builtin class (for the modules that define the
/// methods of one type, such as `bytes.rs`).
pub(crate) fn add_method(cls: &Rc<Class>, name: &'static str, func: NativeFn) {
    add(cls, name, func)
}

/// A builtin that sees the Python frame calling it (`Vm::caller_location`).
pub fn frame_builtin(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        bound: Value::Null,
        fast: FastPath::Frame,
        owner: None,
        sig: crate::function::Sig::ANY,
    }))
}

fn add(cls: &Rc<Class>, name: &'static str, func: NativeFn) {
    add_fast(cls, name, func, FastPath::None)
}

fn add_fast(cls: &Rc<Class>, name: &'static str, func: NativeFn, fast: FastPath) {
    let owner: &'static str = Box::leak(cls.name.clone().into_boxed_str());
    cls.dict.set_str(
        intern(name),
        Value::Builtin(Rc::new(Builtin {
            name,
            func,
            bound: Value::Null,
            fast,
            owner: Some(owner),
            sig: crate::function::Sig::method(cls, owner, name),
        })),
    );
}

// ----- argument helpers -----

/// Builtins whose argument-count errors CPython words as
/// "isinstance expected 2 arguments, got 1".
const EXPECTED_WORDING: &[&str] = &[
    "isinstance",
    "eval",
    "issubclass",
    "filter",
    "hasattr",
    "delattr",
    "getattr",
    "setattr",
    "divmod",
    "iter",
    "next",
    "range",
    "sorted",
    "format",
    "bool",
    "list",
    "tuple",
    "set",
    "frozenset",
    "float",
    "dict",
    "slice",
];

pub fn nargs(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if (n < min || n > max) && EXPECTED_WORDING.contains(&name) {
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        let expect = if min == max {
            format!("{min} argument{}", plural(min))
        } else if n < min {
            format!("at least {min} argument{}", plural(min))
        } else {
            format!("at most {max} argument{}", plural(max))
        };
        return Err(PyErr::type_error(format!(
            "{name} expected {expect}, got {n}"
        )));
    }
    if n < min {
        let missing = match (name, n) {
            ("pow", 0) => Some("'base' (pos 1)"),
            ("pow", 1) => Some("'exp' (pos 2)"),
            ("round", 0) => Some("'number' (pos 1)"),
            ("enumerate", 0) => Some("'iterable'"),
            _ => None,
        };
        if let Some(m) = missing {
            return Err(PyErr::type_error(format!(
                "{name}() missing required argument {m}"
            )));
        }
        if name == "sum" {
            return Err(PyErr::type_error(
                "sum() takes at least 1 positional argument (0 given)",
            ));
        }
    }
    if args.len() < min || args.len() > max {
        let expect = if min == max {
            match min {
                0 => "no arguments".to_string(),
                1 => "exactly one argument".to_string(),
                n => format!("exactly {n} arguments"),
            }
        } else if args.len() < min {
            format!("at least {min} argument{}", if min == 1 { "" } else { "s" })
        } else {
            format!("at most {max} argument{}", if max == 1 { "" } else { "s" })
        };
        return Err(PyErr::type_error(format!(
            "{name}() takes {expect} ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// The receiver of a `str` method (an instance of a str subclass gives
/// its str value). The call path has checked the receiver's type
/// (`Sig`), so the empty fallback is only reached by methods without a
/// table entry.
/// The arguments after the receiver (none when even the receiver is
/// missing: `list.append()` through the class).
fn tail(a: &[Value]) -> &[Value] {
    a.get(1..).unwrap_or(&[])
}

fn self_str(args: &[Value]) -> &PyStr {
    match args.first() {
        Some(Value::Str(s)) => s,
        Some(Value::Instance(i)) => match &i.base {
            Value::Str(s) => s,
            _ => panic_free_str(),
        },
        _ => panic_free_str(),
    }
}

fn panic_free_str() -> &'static PyStr {
    thread_local! { static EMPTY: &'static PyStr = Box::leak(Box::new(PyStr::new(String::new()))); }
    EMPTY.with(|e| *e)
}

fn arg_str<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(PyErr::type_error(format!(
            "{what} must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

pub fn arg_int(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(PyErr::new(
            ExcType::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        // An int subclass (IntEnum, IntFlag, bool-like classes) is its int.
        Value::Instance(i) if matches!(i.base, Value::Int(_) | Value::BigInt(_)) => {
            arg_int(vm, &i.base)
        }
        other => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

fn kwarg<'a>(kwargs: Kw<'a>, name: &str) -> Option<&'a Value> {
    kwargs
        .iter()
        .find(|(k, _)| k.as_str() == name)
        .map(|(_, v)| v)
}

fn self_list(args: &[Value]) -> PyResult<Rc<crate::value::PyList>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        Some(Value::Instance(i)) if matches!(i.base, Value::List(_)) => match &i.base {
            Value::List(l) => Ok(l.clone()),
            _ => Err(PyErr::type_error("descriptor requires a 'list' object")),
        },
        _ => Err(PyErr::type_error("descriptor requires a 'list' object")),
    }
}

fn self_dict(args: &[Value]) -> PyResult<Rc<PyDict>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        Some(Value::Instance(i)) if matches!(i.base, Value::Dict(_)) => match &i.base {
            Value::Dict(d) => Ok(d.clone()),
            _ => Err(PyErr::type_error("descriptor requires a 'dict' object")),
        },
        _ => Err(PyErr::type_error("descriptor requires a 'dict' object")),
    }
}

fn self_set(args: &[Value]) -> PyResult<Rc<PySet>> {
    match args.first() {
        Some(Value::Set(s)) => Ok(s.clone()),
        Some(Value::Instance(i)) if matches!(i.base, Value::Set(_)) => match &i.base {
            Value::Set(s) => Ok(s.clone()),
            _ => Err(PyErr::type_error("descriptor requires a 'set' object")),
        },
        _ => Err(PyErr::type_error("descriptor requires a 'set' object")),
    }
}

/// Resolves optional start/end arguments to char positions.
fn span_args(vm: &Vm, args: &[Value], from: usize, len: usize) -> PyResult<(usize, usize)> {
    let get = |i: usize, d: i64| -> PyResult<i64> {
        match args.get(i) {
            None | Some(Value::None) => Ok(d),
            // Slice semantics: a huge bound is clamped, not an error.
            Some(Value::BigInt(b)) => Ok(match b.sign() {
                num_bigint::Sign::Minus => i64::MIN / 2,
                _ => i64::MAX / 2,
            }),
            Some(v) => arg_int(vm, v),
        }
    };
    let n = len as i64;
    let norm = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    Ok((
        norm(get(from, 0)?) as usize,
        norm(get(from + 1, n)?) as usize,
    ))
}

// ----- str -----

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

// ----- list -----

fn list_append(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("list.append", tail(a), 1, 1)?;
    self_list(a)?.0.borrow_mut().push(a[1].clone());
    Ok(Value::None)
}
fn list_extend(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("list.extend", tail(a), 1, 1)?;
    let items = vm.collect_presized(&a[1])?;
    self_list(a)?.0.borrow_mut().extend(items);
    Ok(Value::None)
}
fn list_insert(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("list.insert", tail(a), 2, 2)?;
    let l = self_list(a)?;
    let len = l.0.borrow().len() as i64;
    let i = arg_int(vm, &a[1])?;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.0.borrow_mut().insert(i as usize, a[2].clone());
    Ok(Value::None)
}
fn list_pop(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("pop", tail(a), 0, 1)?;
    let l = self_list(a)?;
    let len = l.0.borrow().len();
    if len == 0 {
        return Err(PyErr::new(ExcType::IndexError, "pop from empty list"));
    }
    let i = match a.get(1) {
        Some(v) => {
            let i = arg_int(vm, v)?;
            let j = if i < 0 { i + len as i64 } else { i };
            if j < 0 || j as usize >= len {
                return Err(PyErr::new(ExcType::IndexError, "pop index out of range"));
            }
            j as usize
        }
        None => len - 1,
    };
    let v = l.0.borrow_mut().remove(i);
    Ok(v)
}
fn list_remove(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("list.remove", tail(a), 1, 1)?;
    let l = self_list(a)?;
    let items = l.0.borrow().clone();
    for (i, x) in items.iter().enumerate() {
        if x.is(&a[1]) || vm.eq(x, &a[1])? {
            let old = l.0.borrow_mut().remove(i);
            drop(old);
            return Ok(Value::None);
        }
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}
fn seq_index(vm: &mut Vm, items: &[Value], a: &[Value], what: &str) -> PyResult<Value> {
    let (start, end) = span_args(vm, a, 2, items.len())?;
    for (i, x) in items.iter().enumerate().take(end).skip(start) {
        if x.is(&a[1]) || vm.eq(x, &a[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    if what == "list" {
        let r = vm.repr(&a[1])?;
        return Err(PyErr::value_error(format!("{r} is not in list")));
    }
    Err(PyErr::value_error(format!(
        "{what}.index(x): x not in {what}"
    )))
}
fn list_index(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("index", tail(a), 1, 3)?;
    let items = self_list(a)?.0.borrow().clone();
    seq_index(vm, &items, a, "list")
}
fn seq_count(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<Value> {
    let mut n = 0;
    for it in items {
        if it.is(x) || vm.eq(it, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}
fn list_count(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("list.count", tail(a), 1, 1)?;
    let items = self_list(a)?.0.borrow().clone();
    seq_count(vm, &items, &a[1])
}
fn list_reverse(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    self_list(a)?.0.borrow_mut().reverse();
    Ok(Value::None)
}
fn list_clear(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let old = std::mem::take(&mut *self_list(a)?.0.borrow_mut());
    drop(old);
    Ok(Value::None)
}
fn list_copy(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::list(self_list(a)?.0.borrow().clone()))
}

/// Stable sort with Python comparisons; keys computed once.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: &Value,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let keys: Vec<Value> = if key.is_none() {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for it in &items {
            ks.push(vm.call(key, vec![it.clone()])?);
        }
        ks
    };
    // As CPython: a reverse sort reverses, sorts stably, reverses back.
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let mut err = None;
    let mut lt = |x: usize, y: usize| {
        if err.is_some() {
            return false;
        }
        match vm.less_than(&keys[x], &keys[y]) {
            Ok(b) => b,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    if idx.len() < 64 {
        small_sort(&mut idx, &mut lt);
    } else {
        merge_sort(&mut idx, &mut lt);
    }
    if let Some(e) = err {
        return Err(e);
    }
    if reverse {
        idx.reverse();
    }
    Ok(idx.into_iter().map(|i| items[i].clone()).collect())
}

/// CPython's timsort on fewer than 64 items: the first run, then binary
/// insertion. Doing the same comparisons in the same order gives the same
/// errors for values that cannot be compared.
fn small_sort(v: &mut [usize], lt: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut run = 2;
    if lt(v[1], v[0]) {
        while run < n && lt(v[run], v[run - 1]) {
            run += 1;
        }
        v[..run].reverse();
    } else {
        while run < n && !lt(v[run], v[run - 1]) {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = v[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(pivot, v[p]) {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v.copy_within(l..start, l + 1);
        v[l] = pivot;
    }
}

/// Stable merge sort where `less(a, b)` is a strict comparison.
fn merge_sort(v: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    let mut buf = v.to_vec();
    let mut width = 1;
    // Insertion sort runs of 8, then merge.
    let run = 8;
    for chunk in v.chunks_mut(run) {
        for i in 1..chunk.len() {
            let mut j = i;
            while j > 0 && less(chunk[j], chunk[j - 1]) {
                chunk.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    width = width.max(run);
    let mut src_is_v = true;
    while width < n {
        {
            let (src, dst): (&[usize], &mut [usize]) = if src_is_v {
                (&*v, &mut buf[..])
            } else {
                (&buf[..], &mut *v)
            };
            let src = src.to_vec();
            let mut start = 0;
            while start < n {
                let mid = (start + width).min(n);
                let end = (start + 2 * width).min(n);
                let (mut i, mut j, mut k) = (start, mid, start);
                while i < mid && j < end {
                    if less(src[j], src[i]) {
                        dst[k] = src[j];
                        j += 1;
                    } else {
                        dst[k] = src[i];
                        i += 1;
                    }
                    k += 1;
                }
                while i < mid {
                    dst[k] = src[i];
                    i += 1;
                    k += 1;
                }
                while j < end {
                    dst[k] = src[j];
                    j += 1;
                    k += 1;
                }
                start = end;
            }
        }
        src_is_v = !src_is_v;
        width *= 2;
    }
    if !src_is_v {
        v.copy_from_slice(&buf);
    }
}

/// `list.__init__(self, iterable=())`, reached through `super().__init__`
/// in a subclass: refills the list.
fn list_init(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("list", tail(a), 0, 1)?;
    let l = self_list(a)?;
    let items = match a.get(1) {
        Some(it) => vm.collect(it)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *l.0.borrow_mut(), items);
    drop(old);
    Ok(Value::None)
}

fn set_init(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("set", tail(a), 0, 1)?;
    let s = self_set(a)?;
    s.table.borrow_mut().clear();
    if let Some(it) = a.get(1) {
        for k in vm.collect(it)? {
            vm.set_insert(&s, k)?;
        }
    }
    Ok(Value::None)
}

/// `sorted()` and `list.sort()` take only `key` and `reverse`.
pub fn check_sort_kwargs(kw: Kw) -> PyResult<()> {
    match kw
        .iter()
        .find(|(k, _)| k.as_str() != "key" && k.as_str() != "reverse")
    {
        Some((k, _)) => Err(PyErr::type_error(format!(
            "'{}' is an invalid keyword argument for sort()",
            k.as_str()
        ))),
        None => Ok(()),
    }
}

fn list_sort(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    check_sort_kwargs(kw)?;
    let l = self_list(a)?;
    let key = kwarg(kw, "key").cloned().unwrap_or(Value::None);
    let reverse = match kwarg(kw, "reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let items = std::mem::take(&mut *l.0.borrow_mut());
    match sort_values(vm, items.clone(), &key, reverse) {
        Ok(sorted) => {
            *l.0.borrow_mut() = sorted;
            Ok(Value::None)
        }
        Err(e) => {
            *l.0.borrow_mut() = items;
            Err(e)
        }
    }
}

// ----- tuple -----

fn tuple_index(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Value::Tuple(t) = &a[0] else {
        return Err(PyErr::type_error("descriptor requires a 'tuple'"));
    };
    seq_index(vm, &t.0.clone(), a, "tuple")
}
fn tuple_count(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Value::Tuple(t) = &a[0] else {
        return Err(PyErr::type_error("descriptor requires a 'tuple'"));
    };
    nargs("tuple.count", tail(a), 1, 1)?;
    seq_count(vm, &t.0.clone(), &a[1])
}

// ----- dict -----

fn dict_get(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("get", tail(a), 1, 2)?;
    let d = self_dict(a)?;
    Ok(vm
        .dict_get(&d, &a[1])?
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
}
fn dict_setdefault(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("setdefault", tail(a), 1, 2)?;
    let d = self_dict(a)?;
    if let Some(v) = vm.dict_get(&d, &a[1])? {
        return Ok(v);
    }
    let v = a.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, a[1].clone(), v.clone())?;
    Ok(v)
}
fn dict_pop(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("pop", tail(a), 1, 2)?;
    let d = self_dict(a)?;
    let r = vm.dict_remove(&d, &a[1])?;
    match r {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(PyErr::with_args(ExcType::KeyError, vec![a[1].clone()])),
        },
    }
}
fn dict_popitem(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let d = self_dict(a)?;
    let r = d.0.borrow_mut().pop_last();
    match r {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(PyErr::with_args(
            ExcType::KeyError,
            vec![Value::str("popitem(): dictionary is empty")],
        )),
    }
}
pub fn dict_update(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    nargs("update", tail(a), 0, 1)?;
    let d = self_dict(a)?;
    if let Some(src) = a.get(1) {
        let pairs = match src {
            Value::Dict(_) => vm.mapping_items(src)?,
            _ if vm.getattr(src, &intern("keys")).is_ok() => vm.mapping_items(src)?,
            _ => {
                // One pair at a time, as CPython: a bad element fails at
                // once, before the rest of the iterable (maybe endless,
                // `range(10**30)`) is produced, and the pairs before it stay.
                let it = vm.get_iter(src.clone())?;
                let mut n = 0usize;
                while let Some(item) = vm.iter_next(&it)? {
                    let kv = vm.collect(&item).map_err(|_| {
                        PyErr::type_error(format!(
                            "cannot convert dictionary update sequence element #{n} to a sequence"
                        ))
                    })?;
                    if kv.len() != 2 {
                        return Err(PyErr::value_error(format!(
                            "dictionary update sequence element #{n} has length {}; 2 is required",
                            kv.len()
                        )));
                    }
                    vm.dict_set(&d, kv[0].clone(), kv[1].clone())?;
                    n += 1;
                }
                Vec::new()
            }
        };
        for (k, v) in pairs {
            vm.dict_set(&d, k, v)?;
        }
    }
    for (k, v) in kw {
        d.set_str(k.clone(), v.clone());
    }
    Ok(Value::None)
}
fn dict_view(a: &[Value], kind: u8, name: &'static str) -> PyResult<Value> {
    let d = self_dict(a)?;
    Ok(NativeIter::new(name, IterState::View { dict: d, kind }))
}
fn dict_keys(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    dict_view(a, 0, "dict_keys")
}
fn dict_values(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    dict_view(a, 1, "dict_values")
}
fn dict_items(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    dict_view(a, 2, "dict_items")
}
fn dict_clear(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let d = self_dict(a)?;
    let old = d.0.borrow_mut().take_all();
    drop(old);
    Ok(Value::None)
}
fn dict_copy(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let d = self_dict(a)?;
    let n = PyDict::new();
    *n.0.borrow_mut() = d.0.borrow().clone();
    Ok(Value::Dict(crate::gc::track_dict(n)))
}
fn dict_fromkeys(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    // A classmethod: a[0] is the class it was looked up on.
    let (cls, a) = match a.split_first() {
        Some((Value::Class(c), rest)) => (Some(c.clone()), rest),
        _ => (None, a),
    };
    let keys = vm.collect(a.first().unwrap_or(&Value::None))?;
    let v = a.get(1).cloned().unwrap_or(Value::None);
    if let Some(c) = cls.filter(|c| !Rc::ptr_eq(c, &vm.types.dict)) {
        // D.fromkeys(...) on a subclass makes a D, filled through __setitem__.
        let d = vm.call(&Value::Class(c), vec![])?;
        for k in keys {
            vm.setitem(&d, k, v.clone())?;
        }
        return Ok(d);
    }
    let d = PyDict::new();
    for k in keys {
        d.set(k, v.clone())?;
    }
    Ok(Value::Dict(crate::gc::track_dict(d)))
}

// ----- set -----

fn set_add(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("set.add", tail(a), 1, 1)?;
    let s = self_set(a)?;
    vm.set_insert(&s, a[1].clone())?;
    Ok(Value::None)
}
fn set_discard(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    vm.set_remove_key(&*self_set(a)?, &a[1])?;
    Ok(Value::None)
}
fn set_remove(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let r = vm.set_remove_key(&*self_set(a)?, &a[1])?;
    match r {
        Some(_) => Ok(Value::None),
        None => Err(PyErr::with_args(ExcType::KeyError, vec![a[1].clone()])),
    }
}
fn set_pop(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = self_set(a)?;
    let first = s.table.borrow().iter().next().map(|e| e.key.clone());
    match first {
        Some(k) => {
            s.table.borrow_mut().remove(&k)?;
            Ok(k)
        }
        None => Err(PyErr::with_args(
            ExcType::KeyError,
            vec![Value::str("pop from an empty set")],
        )),
    }
}
fn set_clear(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    self_set(a)?.table.borrow_mut().clear();
    Ok(Value::None)
}
fn set_update(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = self_set(a)?;
    for other in tail(a) {
        for k in vm.collect(other)? {
            s.table.borrow_mut().set(k, Value::None)?;
        }
    }
    Ok(Value::None)
}
fn set_copy(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let keys = self_set(a)?.table.borrow().keys();
    vm.new_set(keys)
}
fn set_op(vm: &mut Vm, a: &[Value], op: whirl_parser::ast::BinOp) -> PyResult<Value> {
    use whirl_parser::ast::BinOp;
    let mut acc = a[0].clone();
    for other in tail(a) {
        // union of a non-set iterable: CPython copies the set and adds the
        // items one by one (which decides the iteration order).
        if let (BinOp::BitOr, Value::Set(s), false) = (op, &acc, matches!(other, Value::Set(_))) {
            let out = crate::set::SetTable::default();
            let mut out = out;
            out.merge(&s.table.borrow())?;
            let result = Value::Set(crate::gc::track_set(PySet {
                table: RefCell::new(out),
                frozen: s.frozen,
            }));
            for item in vm.collect(other)? {
                vm.set_add(&result, item)?;
            }
            acc = result;
            continue;
        }
        let o = match other {
            Value::Set(_) => other.clone(),
            _ => {
                let items = vm.collect(other)?;
                vm.new_set(items)?
            }
        };
        acc = vm.binary_op(op, acc, o, false)?;
    }
    if a.len() == 1 {
        return set_copy(vm, a, &[]);
    }
    Ok(acc)
}
fn set_union(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    set_op(vm, a, whirl_parser::ast::BinOp::BitOr)
}
fn set_intersection(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    set_op(vm, a, whirl_parser::ast::BinOp::BitAnd)
}
fn set_difference(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    set_op(vm, a, whirl_parser::ast::BinOp::Sub)
}
fn set_symmetric_difference(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    set_op(vm, a, whirl_parser::ast::BinOp::BitXor)
}
fn set_issubset(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = self_set(a)?;
    let other = vm.collect(&a[1])?;
    let other = vm.new_set(other)?;
    let Value::Set(o) = &other else {
        unreachable!()
    };
    for e in s.table.borrow().iter() {
        if !o.table.borrow().contains(&e.key)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
fn set_issuperset(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = self_set(a)?;
    for k in vm.collect(&a[1])? {
        if !s.table.borrow().contains(&k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
fn set_isdisjoint(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = self_set(a)?;
    for k in vm.collect(&a[1])? {
        if s.table.borrow().contains(&k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

// ----- range -----

/// `slice.indices(length)`: (start, stop, step) clamped to the length.
fn slice_indices(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("indices", tail(a), 1, 1)?;
    let Some(Value::Slice(s)) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor 'indices' requires a 'slice' object",
        ));
    };
    let len = arg_int(vm, &a[1])?;
    if len < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (start, stop, step, _) = vm.slice_indices(s, len as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

fn range_pos(a: &[Value]) -> Option<i64> {
    let (Value::Range(r), Some(Value::Int(x))) = (&a[0], a.get(1)) else {
        return None;
    };
    let off = x - r.start;
    if off % r.step != 0 {
        return None;
    }
    let i = off / r.step;
    (i >= 0 && i < r.len()).then_some(i)
}
fn range_index(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("range.index", tail(a), 1, 1)?;
    match range_pos(a) {
        Some(i) => Ok(Value::Int(i)),
        None => Err(PyErr::value_error(format!(
            "{} is not in range",
            vm.repr(&a[1])?
        ))),
    }
}
fn range_count(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("range.count", tail(a), 1, 1)?;
    Ok(Value::Int(range_pos(a).is_some() as i64))
}

// ----- int, float -----

fn int_bit_length(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(match &a[0] {
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => b.bits() as i64,
        _ => 0,
    }))
}
fn float_is_integer(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        matches!(&a[0], Value::Float(f) if f.is_finite() && f.fract() == 0.0),
    ))
}

// ----- bytes -----

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

// ----- generators -----

fn gen_of(vm: &Vm, a: &[Value]) -> PyResult<Rc<crate::generator::Generator>> {
    match a.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        Some(other) => Err(PyErr::type_error(format!(
            "descriptor requires a 'generator' object but received '{}'",
            vm.type_name(other)
        ))),
        None => Err(PyErr::type_error("descriptor needs an argument")),
    }
}
fn gen_send(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("send", tail(a), 1, 1)?;
    let g = gen_of(vm, a)?;
    vm.gen_send(&g, a[1].clone())
}
fn gen_next(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__next__", tail(a), 0, 0)?;
    let g = gen_of(vm, a)?;
    vm.gen_send(&g, Value::None)
}
fn gen_throw(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("throw", tail(a), 1, 3)?;
    let g = gen_of(vm, a)?;
    if let Some(tb) = a.get(3) {
        if !tb.is_none() && vm.type_name(tb) != "traceback" {
            return Err(PyErr::type_error(
                "throw() third argument must be a traceback object",
            ));
        }
    }
    let exc = match (&a[1], a.get(2)) {
        // throw(type, value): value when it is an instance of type, else
        // type(*value) for a tuple, else type(value) (CPython normalizes
        // the pair so).
        (Value::Class(c), Some(v)) if !v.is_none() && c.exc_type.is_some() => {
            if matches!(v, Value::Instance(i) if i.class.is_subclass(c)) {
                vm.make_raisable(v.clone())?
            } else {
                let args = match v {
                    Value::Tuple(t) => t.0.to_vec(),
                    v => vec![v.clone()],
                };
                // An error making the exception is what gets thrown in.
                match vm.call_class(c, args, vec![]) {
                    Ok(Value::Instance(i)) if i.exc.is_some() => PyErr::Raised(i),
                    Ok(other) => PyErr::type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        vm.repr(&Value::Class(c.clone()))?,
                        vm.type_name(&other)
                    )),
                    Err(e) => e,
                }
            }
        }
        (Value::Instance(i), Some(v)) if i.exc.is_some() && !v.is_none() => {
            return Err(PyErr::type_error(
                "instance exception may not have a separate value",
            ))
        }
        (v, _) => {
            let ok = match v {
                Value::Class(c) => c.exc_type.is_some(),
                Value::Instance(i) => i.exc.is_some(),
                _ => false,
            };
            if !ok {
                return Err(PyErr::type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {}",
                    vm.type_name(v)
                )));
            }
            match v {
                // A class whose call fails: that error is thrown in.
                Value::Class(c) => match vm.call_class(c, vec![], vec![]) {
                    Ok(Value::Instance(i)) if i.exc.is_some() => PyErr::Raised(i),
                    Ok(other) => PyErr::type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        vm.repr(v)?,
                        vm.type_name(&other)
                    )),
                    Err(e) => e,
                },
                _ => vm.make_raisable(v.clone())?,
            }
        }
    };
    // throw(type, value, tb): the exception carries tb.
    if let (Some(tb), PyErr::Raised(i)) = (a.get(3), &exc) {
        if !tb.is_none() {
            vm.set_traceback(i, tb)?;
        }
    }
    vm.gen_throw(&g, exc)
}
fn gen_close(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let g = gen_of(vm, a)?;
    vm.gen_close(&g)
}

// ----- exceptions, object -----

fn exc_init(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(Value::Instance(i)) = a.first() {
        if let Some(e) = &i.exc {
            *e.args.borrow_mut() = Value::tuple(vm.oserror_args(i, a[1..].to_vec()));
        }
    }
    Ok(Value::None)
}
/// `ImportError.__init__(*args, name=None, path=None)`, and the same for
/// `AttributeError` (`name`, `obj`) and `NameError` (`name`): the
/// keywords become attributes, as CPython 3.11.
fn exc_init_kw(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Instance(i)) = a.first() else {
        return Ok(Value::None);
    };
    let (owner, allowed): (&str, &[&str]) = if vm.is_instance_of_exc(i, ExcType::ImportError) {
        ("ImportError", &["name", "path"])
    } else if vm.is_instance_of_exc(i, ExcType::AttributeError) {
        ("AttributeError", &["name", "obj"])
    } else {
        ("NameError", &["name"])
    };
    for (k, _) in kw.iter() {
        if !allowed.contains(&k.as_str()) {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for {owner}()",
                k.as_str()
            )));
        }
    }
    exc_init(vm, a, &[])?;
    // Calling __init__ again resets the keywords not given (to None).
    for name in allowed {
        match kw.iter().find(|(k, _)| k.as_str() == *name) {
            Some((k, v)) => i.dict.set_str(k.clone(), v.clone()),
            None => {
                i.dict.0.borrow_mut().remove(&Value::str(name))?;
            }
        }
    }
    Ok(Value::None)
}
/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
/// end_offset]))`: the details must be 4 or 6 items, as CPython checks.
fn syntax_error_init(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.len() == 3 {
        let info = vm.collect(&a[2])?;
        let n = info.len();
        if n < 4 {
            return Err(PyErr::type_error(format!(
                "function takes at least 4 arguments ({n} given)"
            )));
        }
        if n > 6 {
            return Err(PyErr::type_error(format!(
                "function takes at most 6 arguments ({n} given)"
            )));
        }
        if n == 5 {
            return Err(PyErr::type_error(
                "end_offset must be provided when end_lineno is provided",
            ));
        }
    }
    exc_init(vm, a, &[])
}
/// `BaseException.__reduce__()`: `(type, args)`, or `(type, args, state)`
/// with the instance's attributes (ImportError's `name` and `path` among
/// them) when it has any.
fn exc_reduce(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Instance(i)) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor '__reduce__' requires a 'BaseException' object",
        ));
    };
    let cls = Value::Class(i.class.clone());
    let args = i
        .exc
        .as_ref()
        .map(|e| e.args.borrow().clone())
        .unwrap_or_else(|| Value::tuple(vec![]));
    if i.dict.is_empty() {
        return Ok(Value::tuple(vec![cls, args]));
    }
    let state = vm.call(
        &Value::Class(vm.types.dict.clone()),
        vec![Value::Dict(crate::gc::share_instance_dict(i))],
    )?;
    Ok(Value::tuple(vec![cls, args, state]))
}
/// `BaseException.__setstate__(state)`: each item becomes an attribute.
fn exc_setstate(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (Some(obj), Some(state)) = (a.first(), a.get(1)) else {
        return Err(PyErr::type_error(
            "__setstate__() takes exactly one argument (0 given)",
        ));
    };
    match state {
        Value::None => {}
        Value::Dict(d) => {
            let items = d.0.borrow().items();
            for (k, v) in items {
                let Value::Str(k) = k else {
                    return Err(PyErr::type_error("attribute name must be string"));
                };
                vm.setattr(obj, &k, v)?;
            }
        }
        _ => return Err(PyErr::type_error("state is not a dictionary")),
    }
    Ok(Value::None)
}
/// `BaseException.add_note(note)`: appends to `__notes__`, a list kept in
/// the instance's dict (made on the first note), as CPython 3.11.
fn exc_add_note(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor 'add_note' requires a 'BaseException' object",
        ));
    };
    let note = a.get(1).cloned().unwrap_or(Value::None);
    if !matches!(note, Value::Str(_)) {
        return Err(PyErr::type_error(format!(
            "note must be a str, not '{}'",
            vm.type_name(&note)
        )));
    }
    let key = intern("__notes__");
    match inst.dict.get_str(&key) {
        Some(Value::List(l)) => l.0.borrow_mut().push(note),
        Some(_) => {
            return Err(PyErr::type_error(
                "Cannot add note: __notes__ is not a list",
            ))
        }
        None => inst.dict.set_str(key, Value::list(vec![note])),
    }
    Ok(Value::None)
}
fn exc_with_traceback(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if let (Some(Value::Instance(i)), Some(tb)) = (a.first(), a.get(1)) {
        if i.exc.is_some() {
            vm.set_traceback(i, tb)?;
        }
    }
    Ok(a[0].clone())
}
fn object_init(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::None)
}
pub(crate) fn object_new(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match a.first() {
        Some(Value::Class(c)) => Ok(Value::Instance(crate::gc::new_instance(
            crate::class::Instance::new(c.clone()),
        ))),
        _ => Err(PyErr::type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            a.first().map(|v| vm.type_name(v)).unwrap_or_default()
        ))),
    }
}
pub(crate) fn object_eq(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__eq__", tail(a), 1, 1)?;
    Ok(if a[0].is(&a[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}
/// `object.__ne__`: the inverse of the type's own `__eq__`, as CPython's
/// default, so a class defining only `__eq__` gets a consistent `!=`.
pub(crate) fn object_ne(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__ne__", tail(a), 1, 1)?;
    let eq = match vm.class_of(&a[0]).lookup(&intern("__eq__")) {
        Some(eq) => vm.call(&eq, vec![a[0].clone(), a[1].clone()])?,
        None => object_eq(vm, a, &[])?,
    };
    if matches!(eq, Value::NotImplemented) {
        return Ok(eq);
    }
    Ok(Value::Bool(!vm.truthy(&eq)?))
}
pub(crate) fn object_hash(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    // The identity hash, as `hash(x)` gives for a class without __hash__.
    Ok(Value::Int(match a.first().and_then(|v| v.ptr()) {
        Some(p) => (p as u64).rotate_right(4) as i64,
        None => crate::dict::hash_value(a.first().unwrap_or(&Value::None))? as i64,
    }))
}
pub(crate) fn object_repr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let v = &a[0];
    Ok(Value::string(match v {
        Value::Instance(i) => format!(
            "<{}.{} object at {:#x}>",
            i.class.module,
            i.class.qualname,
            v.ptr().unwrap_or(0)
        ),
        other => vm.repr(other)?,
    }))
}
pub(crate) fn object_str(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::string(vm.repr(&a[0])?))
}
pub(crate) fn object_setattr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__setattr__", tail(a), 2, 2)?;
    let n = crate::builtins::attr_name(vm, &a[1])?;
    reject_class_receiver(vm, &a[0], "__setattr__")?;
    vm.generic_setattr(&a[0], &n, a[2].clone())?;
    Ok(Value::None)
}
/// `object.__setattr__(C, ...)` on a class would skip `type.__setattr__`
/// (and its checks on builtin types): CPython refuses it (Carlo Verre's
/// hack); `type.__setattr__` is the door for classes.
pub(crate) fn reject_class_receiver(vm: &Vm, obj: &Value, what: &str) -> PyResult<()> {
    if let Value::Class(_) = obj {
        return Err(PyErr::type_error(format!(
            "can't apply this {what} to {} object",
            vm.type_name(obj)
        )));
    }
    Ok(())
}
/// `type.__setattr__(cls, name, value)`.
pub(crate) fn type_setattr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__setattr__", tail(a), 2, 2)?;
    let n = crate::builtins::attr_name(vm, &a[1])?;
    vm.generic_setattr(&a[0], &n, a[2].clone())?;
    Ok(Value::None)
}
/// `type.__delattr__(cls, name)`.
pub(crate) fn type_delattr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__delattr__", tail(a), 1, 1)?;
    let n = crate::builtins::attr_name(vm, &a[1])?;
    vm.generic_delattr(&a[0], &n)?;
    Ok(Value::None)
}
pub(crate) fn object_getattribute(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__getattribute__", tail(a), 1, 1)?;
    let n = crate::builtins::attr_name(vm, &a[1])?;
    vm.generic_getattr(&a[0], &n)
}

// ----- property, staticmethod, classmethod, super -----

fn property_init(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Value::Instance(p) = &a[0] else {
        return Ok(Value::None);
    };
    let names = ["fget", "fset", "fdel", "doc"];
    for (i, n) in names.iter().enumerate() {
        let v = a
            .get(i + 1)
            .or_else(|| kwarg(kw, n))
            .cloned()
            .unwrap_or(Value::None);
        p.dict.set_str(intern(n), v);
    }
    let fget = p.dict.get_str(&intern("fget")).unwrap_or(Value::None);
    let doc = p.dict.get_str(&intern("doc")).unwrap_or(Value::None);
    if !doc.is_none() {
        p.dict.set_str(intern("__doc__"), doc);
    } else if !fget.is_none() {
        if let Ok(d) = vm.getattr(&fget, &intern("__doc__")) {
            p.dict.set_str(intern("__doc__"), d);
        }
    }
    Ok(Value::None)
}
fn property_with(vm: &mut Vm, a: &[Value], which: &str) -> PyResult<Value> {
    let Value::Instance(p) = &a[0] else {
        return Ok(Value::None);
    };
    let get = |n: &str| p.dict.get_str(&intern(n)).unwrap_or(Value::None);
    let mut vals = vec![get("fget"), get("fset"), get("fdel")];
    let i = match which {
        "getter" => 0,
        "setter" => 1,
        _ => 2,
    };
    vals[i] = a.get(1).cloned().unwrap_or(Value::None);
    // A doc given to the property is kept; one taken from the old getter
    // is taken again from the new one (CPython's `getter_doc`).
    let doc = get("doc");
    vals.push(if !doc.is_none() || !vals[0].is_none() {
        doc
    } else {
        get("__doc__")
    });
    let cls = p.class.clone();
    vm.call_class(&cls, vals, vec![])
}
fn property_getter(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    property_with(vm, a, "getter")
}
fn property_setter(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    property_with(vm, a, "setter")
}
fn property_deleter(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    property_with(vm, a, "deleter")
}
fn wrapper_init(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__init__", tail(a), 1, 1)?;
    if let Value::Instance(p) = &a[0] {
        p.dict.set_str(intern("__func__"), a[1].clone());
    }
    Ok(Value::None)
}
fn super_init(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(PyErr::new(ExcType::RuntimeError, "super(): no arguments"));
    }
    if let Value::Instance(p) = &a[0] {
        p.dict.set_str(intern("__thisclass__"), a[1].clone());
        p.dict.set_str(intern("__self__"), a[2].clone());
    }
    Ok(Value::None)
}

// ----- constructors -----

/// A Unicode decimal digit (`'١'`, `'５'`) as its ASCII digit; any other
/// character unchanged. Decimal digits come in runs of whole blocks of
/// ten, from 0 to 9, so the value is the distance from the run's start.
fn ascii_digit(c: char) -> char {
    if c.is_ascii() || !is_decimal_char(c) {
        return c;
    }
    let mut start = c as u32;
    while start > 0 && char::from_u32(start - 1).is_some_and(is_decimal_char) {
        start -= 1;
    }
    char::from_digit((c as u32 - start) % 10, 10).unwrap_or(c)
}

fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let (base, t) = if base == 0 || base == 16 || base == 8 || base == 2 {
        let lower = t.to_ascii_lowercase();
        if (base == 0 || base == 16) && lower.starts_with("0x") {
            (16, &t[2..])
        } else if (base == 0 || base == 8) && lower.starts_with("0o") {
            (8, &t[2..])
        } else if (base == 0 || base == 2) && lower.starts_with("0b") {
            (2, &t[2..])
        } else if base == 0 {
            if t.len() > 1 && t.starts_with('0') && t.chars().any(|c| c != '0' && c != '_') {
                return None;
            }
            (10, t)
        } else {
            (base, t)
        }
    } else {
        (base, t)
    };
    if t.is_empty() || t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        return None;
    }
    let digits: String = t.chars().filter(|&c| c != '_').map(ascii_digit).collect();
    let n = BigInt::from_str_radix(&digits, base).ok()?;
    Some(if neg { -n } else { n })
}

/// CPython 3.11's limit on decimal (non power-of-two base) digits in
/// `int(str)`.
fn check_int_str_digits(s: &str, base: u32) -> PyResult<()> {
    let limit = crate::format::int_max_str_digits();
    if limit == 0 || base.is_power_of_two() {
        return Ok(());
    }
    let digits = s.chars().filter(|c| c.is_ascii_alphanumeric()).count();
    if digits > limit {
        return Err(PyErr::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

fn int_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    nargs("int", a, 0, 2)?;
    let base_arg = a.get(1).or_else(|| kwarg(kw, "base"));
    let Some(x) = a.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(b) = base_arg {
        let base = arg_int(vm, b)?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(PyErr::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        if let Some(b) = crate::memoryview::buffer_bytes(x).filter(|_| !matches!(x, Value::Str(_)))
        {
            let text: String = b.iter().map(|&c| c as char).collect();
            return parse_int(&text, base as u32)
                .map(Value::from_bigint)
                .ok_or_else(|| {
                    PyErr::value_error(format!(
                        "invalid literal for int() with base {base}: {}",
                        crate::format::bytes_repr(&b)
                    ))
                });
        }
        let Value::Str(s) = x else {
            return Err(PyErr::type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        check_int_str_digits(s.as_str(), base as u32)?;
        return parse_int(s.as_str(), base as u32)
            .map(Value::from_bigint)
            .ok_or_else(|| {
                PyErr::value_error(format!(
                    "invalid literal for int() with base {base}: {}",
                    crate::format::str_repr(s.as_str())
                ))
            });
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(PyErr::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(PyErr::new(
                    ExcType::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            let t = f.trunc();
            if t.abs() < 9e18 {
                Ok(Value::Int(t as i64))
            } else {
                use num_traits::FromPrimitive;
                Ok(Value::from_bigint(BigInt::from_f64(t).unwrap_or_default()))
            }
        }
        Value::Str(s) => {
            check_int_str_digits(s.as_str(), 10)?;
            parse_int(s.as_str(), 10)
                .map(Value::from_bigint)
                .ok_or_else(|| {
                    PyErr::value_error(format!(
                        "invalid literal for int() with base 10: {}",
                        crate::format::str_repr(s.as_str())
                    ))
                })
        }
        Value::ByteArray(_) | Value::MemoryView(_) => {
            let b = crate::memoryview::buffer_bytes(x).unwrap_or_default();
            int_new(vm, &[Value::Bytes(Rc::new(b))], kw)
        }
        Value::Bytes(b) => {
            let s = String::from_utf8_lossy(b).to_string();
            parse_int(&s, 10).map(Value::from_bigint).ok_or_else(|| {
                PyErr::value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    crate::format::bytes_repr(b)
                ))
            })
        }
        other => {
            for n in ["__int__", "__index__", "__trunc__"] {
                if let Some(m) = vm.dunder(other, n) {
                    return vm.call(&m, vec![other.clone()]);
                }
            }
            // An instance of a subclass of int, float or str: its value.
            if let Some(base) = crate::object::base_value(other) {
                return int_new(vm, &[base], kw);
            }
            Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(other)
            )))
        }
    }
}

pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    match lower.trim_start_matches(['+', '-']) {
        "inf" | "infinity" => {
            return Some(if lower.starts_with('-') {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            })
        }
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if t.contains("__") || t.starts_with('_') || t.ends_with('_') {
        return None;
    }
    let clean: String = t.chars().filter(|&c| c != '_').collect();
    if clean.is_empty() || clean.contains(|c: char| !(c.is_ascii_digit() || "+-.eE".contains(c))) {
        return None;
    }
    clean.parse::<f64>().ok()
}

fn float_new(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("float", a, 0, 1)?;
    let Some(x) = a.first() else {
        return Ok(Value::Float(0.0));
    };
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(_) | Value::Bool(_) => Ok(Value::Float(crate::ops::to_f64(x).unwrap_or(0.0))),
        Value::BigInt(b) => b
            .to_f64()
            .filter(|f| f.is_finite())
            .map(Value::Float)
            .ok_or_else(|| PyErr::new(ExcType::OverflowError, "int too large to convert to float")),
        Value::Str(s) => parse_float(s.as_str()).map(Value::Float).ok_or_else(|| {
            PyErr::value_error(format!(
                "could not convert string to float: {}",
                crate::format::str_repr(s.as_str())
            ))
        }),
        other => {
            if let Some(m) = vm.dunder(other, "__float__") {
                return vm.call(&m, vec![other.clone()]);
            }
            if let Some(base) = crate::object::base_value(other) {
                return float_new(vm, &[base], &[]);
            }
            Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(other)
            )))
        }
    }
}

fn str_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
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
    let decode = vm.getattr(&data, &intern("decode"))?;
    let mut args = vec![encoding.unwrap_or_else(|| Value::str("utf-8"))];
    args.extend(errors);
    vm.call(&decode, args)
}
fn bool_new(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("bool", a, 0, 1)?;
    match a.first() {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
    }
}
/// CPython's "list() takes no keyword arguments" for a constructor.
fn no_keywords(name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "{name}() takes no keyword arguments"
    )))
}
fn list_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords("list", kw)?;
    nargs("list", a, 0, 1)?;
    match a.first() {
        None => Ok(Value::list(vec![])),
        Some(v) => Ok(Value::list(vm.collect_presized(v)?)),
    }
}
fn tuple_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords("tuple", kw)?;
    nargs("tuple", a, 0, 1)?;
    match a.first() {
        None => Ok(Value::tuple(vec![])),
        Some(v @ Value::Tuple(_)) => Ok(v.clone()),
        Some(v) => Ok(Value::tuple(vm.collect_presized(v)?)),
    }
}
fn dict_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let d = Value::Dict(crate::gc::new_dict());
    let mut args = vec![d.clone()];
    args.extend(a.iter().cloned());
    dict_update(vm, &args, kw)?;
    Ok(d)
}
fn set_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords("set", kw)?;
    nargs("set", a, 0, 1)?;
    let items = match a.first() {
        None => vec![],
        Some(v) => vm.collect(v)?,
    };
    vm.new_set(items)
}
fn frozenset_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_keywords("frozenset", kw)?;
    nargs("frozenset", a, 0, 1)?;
    let items = match a.first() {
        None => vec![],
        Some(v) => vm.collect(v)?,
    };
    let s = crate::gc::track_set(PySet {
        table: RefCell::new(crate::set::SetTable::default()),
        frozen: true,
    });
    for i in items {
        vm.set_insert(&s, i)?;
    }
    Ok(Value::Set(s))
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
            let encode = vm.getattr(&Value::Str(s.clone()), &intern("encode"))?;
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
        Some(v @ Value::Instance(i)) if i.class.lookup(&intern("__bytes__")).is_some() => {
            let method = vm.getattr(v, &intern("__bytes__"))?;
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
fn range_new(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("range", a, 1, 3)?;
    if a.iter().any(|v| matches!(v, Value::BigInt(_))) {
        let mut b: Vec<BigInt> = Vec::new();
        for v in a {
            match crate::ops::int_to_bigint(v) {
                Some(n) => b.push(n),
                None => {
                    return Err(PyErr::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(v)
                    )))
                }
            }
        }
        let (start, stop, step) = match b.len() {
            1 => (BigInt::from(0), b[0].clone(), BigInt::from(1)),
            2 => (b[0].clone(), b[1].clone(), BigInt::from(1)),
            _ => (b[0].clone(), b[1].clone(), b[2].clone()),
        };
        if step == BigInt::from(0) {
            return Err(PyErr::value_error("range() arg 3 must not be zero"));
        }
        let mut r = PyRange::new(0, 0, 1);
        r.big = Some(Box::new([start, stop, step]));
        return Ok(Value::Range(Rc::new(r)));
    }
    let ints: PyResult<Vec<i64>> = a.iter().map(|v| arg_int(vm, v)).collect();
    let ints = ints?;
    let (start, stop, step) = match ints.len() {
        1 => (0, ints[0], 1),
        2 => (ints[0], ints[1], 1),
        _ => (ints[0], ints[1], ints[2]),
    };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange::new(start, stop, step))))
}
fn slice_new(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("slice", a, 1, 3)?;
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        _ => (
            a[0].clone(),
            a.get(1).cloned().unwrap_or(Value::None),
            a.get(2).cloned().unwrap_or(Value::None),
        ),
    };
    Ok(Value::Slice(Rc::new(crate::value::PySlice {
        start,
        stop,
        step,
    })))
}
fn object_ctor(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if !a.is_empty() {
        return Err(PyErr::type_error("object() takes no arguments"));
    }
    Ok(Value::Instance(crate::gc::new_instance(
        crate::class::Instance::new(vm.types.object.clone()),
    )))
}
fn no_ctor(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Err(PyErr::type_error("cannot create instances of this type"))
}

/// `T.__new__(cls, *args)` for builtin types T: for a subclass `cls`, an
/// instance wrapping the builtin value T(*args); for T itself, T(*args).
fn builtin_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.first() else {
        return Err(PyErr::type_error("__new__(X): X is not a type object"));
    };
    let Some(b) = cls.base_builtin() else {
        return Err(PyErr::type_error("__new__(X): X is not a type object"));
    };
    let builtin_cls = cls.builtin_ancestor(b);
    let ctor = builtin_constructor(vm, &builtin_cls)
        .ok_or_else(|| PyErr::type_error("cannot create this type"))?;
    let value = ctor(vm, tail(a), kw)?;
    if cls.builtin.is_some() {
        return Ok(value);
    }
    let mut inst = crate::class::Instance::new(cls.clone());
    inst.base = value;
    Ok(Value::Instance(crate::gc::new_instance(inst)))
}

/// The constructor run when a builtin type is called.
pub fn builtin_constructor(vm: &Vm, cls: &Rc<Class>) -> Option<NativeFn> {
    let t = &vm.types;
    let _ = t;
    Some(match cls.builtin? {
        BuiltinType::Int => int_new,
        BuiltinType::Float => float_new,
        BuiltinType::Str => str_new,
        BuiltinType::Bool => bool_new,
        BuiltinType::List => list_new,
        BuiltinType::Tuple => tuple_new,
        BuiltinType::Dict => dict_new,
        BuiltinType::Bytes => bytes_new,
        BuiltinType::Complex => crate::complex::complex_new,
        BuiltinType::ByteArray => crate::bytearray::bytearray_new,
        BuiltinType::MemoryView => crate::memoryview::memoryview_new,
        BuiltinType::Range => range_new,
        BuiltinType::Slice => slice_new,
        BuiltinType::Type => crate::metaclass::type_ctor,
        BuiltinType::Object => object_ctor,
        BuiltinType::Set => set_new,
        BuiltinType::FrozenSet => frozenset_new,
        BuiltinType::BaseException => return None,
        BuiltinType::Module => crate::module::module_new,
        _ => no_ctor,
    })
}

/// Classes implemented as plain instances with native methods.
pub struct ExtraTypes {
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub super_: Rc<Class>,
    /// The type of a class's `__dict__`.
    pub mappingproxy: Rc<Class>,
    /// The type of the descriptors `__slots__` makes.
    pub member_descriptor: Rc<Class>,
    /// Builtin types made when first met (see `type_dict.rs`).
    pub lazy_types: std::cell::RefCell<std::collections::HashMap<&'static str, Rc<Class>>>,
}

pub fn install_methods(vm: &mut Vm) {
    let t = &vm.types;
    let s = &t.str_;
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

    let l = &t.list;
    add(l, "append", list_append);
    add(l, "extend", list_extend);
    add(l, "insert", list_insert);
    add(l, "pop", list_pop);
    add(l, "remove", list_remove);
    add(l, "index", list_index);
    add(l, "count", list_count);
    add(l, "reverse", list_reverse);
    add(l, "clear", list_clear);
    add(l, "copy", list_copy);
    add(l, "sort", list_sort);
    add(l, "__init__", list_init);
    for c in [
        &t.tuple,
        &t.str_,
        &t.int,
        &t.float,
        &t.bytes,
        &t.list,
        &t.dict,
        &t.complex,
        &t.bytearray,
    ] {
        c.dict
            .set_str(intern("__new__"), builtin_fn("__new__", builtin_new));
    }

    add(&t.tuple, "index", tuple_index);
    add(&t.tuple, "count", tuple_count);

    let d = &t.dict;
    add(d, "get", dict_get);
    add(d, "setdefault", dict_setdefault);
    add(d, "pop", dict_pop);
    add(d, "popitem", dict_popitem);
    add(d, "update", dict_update);
    add(d, "__init__", dict_update);
    add(d, "keys", dict_keys);
    add(d, "values", dict_values);
    add(d, "items", dict_items);
    add(d, "clear", dict_clear);
    add(d, "copy", dict_copy);

    add(&t.slice, "indices", slice_indices);
    add(&t.range, "index", range_index);
    add(&t.range, "count", range_count);
    add(&t.int, "bit_length", int_bit_length);
    add(&t.float, "is_integer", float_is_integer);
    add(&t.bytes, "hex", bytes_hex);
    crate::bytes::install(&t.bytes, &t.str_);
    crate::complex::install(&t.complex);
    crate::bytearray::install(&t.bytearray);
    crate::memoryview::install(&t.memoryview);
    crate::number_methods::install(&t.int, &t.float);

    for g in [&t.generator, &t.coroutine] {
        add_fast(g, "send", gen_send, FastPath::GenSend);
        add(g, "throw", gen_throw);
        add(g, "close", gen_close);
    }
    // A coroutine is not an iterator: `await` drives it, or the iterator
    // its `__await__()` returns (asyncgen.rs).
    add_fast(&t.generator, "__next__", gen_next, FastPath::GenNext);
    add_fast(&t.generator, "next", gen_next, FastPath::GenNext);
    add(&t.iterator, "__length_hint__", iterator_length_hint);

    add(&t.module, "__init__", crate::module::module_init);
    let o = &t.object;
    add(o, "__init__", object_init);
    o.dict
        .set_str(intern("__new__"), builtin_fn("__new__", object_new));
    add(o, "__eq__", object_eq);
    add(o, "__ne__", object_ne);
    add(o, "__hash__", object_hash);
    add(o, "__repr__", object_repr);
    add(o, "__str__", object_str);
    add(o, "__setattr__", object_setattr);
    add(o, "__getattribute__", object_getattribute);
    // object's own __new__/__repr__ etc. must not shadow the defaults the
    // VM applies when a class does not define them.
    for n in [
        "__new__",
        "__repr__",
        "__str__",
        "__eq__",
        "__ne__",
        "__hash__",
        "__setattr__",
        "__getattribute__",
    ] {
        o.dict.0.borrow_mut().remove(&Value::str(n)).ok();
    }
    let base = &t.exceptions[ExcType::BaseException as usize];
    add(base, "__init__", exc_init);
    add(base, "with_traceback", exc_with_traceback);
    add(base, "add_note", exc_add_note);
    add(base, "__reduce__", exc_reduce);
    add(
        &t.exceptions[ExcType::SyntaxError as usize].clone(),
        "__init__",
        syntax_error_init,
    );
    add(base, "__setstate__", exc_setstate);
    for e in [
        ExcType::ImportError,
        ExcType::AttributeError,
        ExcType::NameError,
    ] {
        add(&t.exceptions[e as usize].clone(), "__init__", exc_init_kw);
    }
    crate::exception_group::install(vm);

    let obj = vm.types.object.clone();
    let mk = |name: &str| {
        Rc::new(Class::new(name, name, "builtins", vec![obj.clone()], None).expect("mro"))
    };
    let set = Rc::new(
        Class::new(
            "set",
            "set",
            "builtins",
            vec![obj.clone()],
            Some(BuiltinType::Set),
        )
        .expect("mro"),
    );
    let frozenset = Rc::new(
        Class::new(
            "frozenset",
            "frozenset",
            "builtins",
            vec![obj.clone()],
            Some(BuiltinType::FrozenSet),
        )
        .expect("mro"),
    );
    add(&set, "add", set_add);
    add(&set, "discard", set_discard);
    add(&set, "remove", set_remove);
    add(&set, "pop", set_pop);
    add(&set, "clear", set_clear);
    add(&set, "update", set_update);
    for c in [&set, &frozenset] {
        add(c, "copy", set_copy);
        add(c, "union", set_union);
        add(c, "intersection", set_intersection);
        add(c, "difference", set_difference);
        add(c, "symmetric_difference", set_symmetric_difference);
        add(c, "issubset", set_issubset);
        add(c, "issuperset", set_issuperset);
        add(c, "isdisjoint", set_isdisjoint);
        add(c, "__init__", set_init);
    }
    let property = mk("property");
    add(&property, "__init__", property_init);
    add(&property, "getter", property_getter);
    add(&property, "setter", property_setter);
    add(&property, "deleter", property_deleter);
    let staticmethod = mk("staticmethod");
    add(&staticmethod, "__init__", wrapper_init);
    let classmethod = mk("classmethod");
    add(&classmethod, "__init__", wrapper_init);
    // dict.fromkeys is a classmethod: D.fromkeys(...) makes a D.
    let fromkeys = crate::class::Instance::new(classmethod.clone());
    fromkeys
        .dict
        .set_str(intern("__func__"), builtin_fn("fromkeys", dict_fromkeys));
    vm.types.dict.dict.set_str(
        intern("fromkeys"),
        Value::Instance(crate::gc::new_instance(fromkeys)),
    );
    // bytes.fromhex and bytearray.fromhex are classmethods too: a
    // subclass's fromhex makes an instance of the subclass.
    for cls in [vm.types.bytes.clone(), vm.types.bytearray.clone()] {
        if let Some(f @ Value::Builtin(_)) = cls.dict.get_str(&intern("fromhex")) {
            let wrapped = crate::class::Instance::new(classmethod.clone());
            wrapped.dict.set_str(intern("__func__"), f);
            cls.dict.set_str(
                intern("fromhex"),
                Value::Instance(crate::gc::new_instance(wrapped)),
            );
        }
    }
    // object.__subclasshook__, a classmethod answering NotImplemented: what
    // ABCs' __subclasscheck__ falls back to (abc, collections.abc).
    let subclasshook = crate::class::Instance::new(classmethod.clone());
    subclasshook.dict.set_str(
        intern("__func__"),
        builtin_fn("__subclasshook__", |_, _, _| Ok(Value::NotImplemented)),
    );
    vm.types.object.dict.set_str(
        intern("__subclasshook__"),
        Value::Instance(crate::gc::new_instance(subclasshook)),
    );
    // object.__init_subclass__, a classmethod that takes no keywords (the
    // class statement runs the nearest one above object itself, see
    // metaclass::init_subclass; this one is for `C.__init_subclass__`).
    let init_subclass = crate::class::Instance::new(classmethod.clone());
    init_subclass.dict.set_str(
        intern("__func__"),
        builtin_fn("__init_subclass__", |_, a, kw| {
            if kw.is_empty() {
                return Ok(Value::None);
            }
            let name = match a.first() {
                Some(Value::Class(c)) => c.name.clone(),
                _ => "object".to_string(),
            };
            Err(PyErr::type_error(format!(
                "{name}.__init_subclass__() takes no keyword arguments"
            )))
        }),
    );
    vm.types.object.dict.set_str(
        intern("__init_subclass__"),
        Value::Instance(crate::gc::new_instance(init_subclass)),
    );
    // object.__reduce_ex__, __reduce__ and __getstate__ (see reduce.rs).
    add(
        &vm.types.object,
        "__reduce_ex__",
        crate::reduce::object_reduce_ex,
    );
    add(&vm.types.object, "__reduce__", crate::reduce::object_reduce);
    add(
        &vm.types.object,
        "__getstate__",
        crate::reduce::object_getstate,
    );
    let super_ = mk("super");
    add(&super_, "__init__", super_init);
    crate::descriptor::install(&property, &classmethod, &staticmethod);
    let mappingproxy = mk("mappingproxy");
    crate::mappingproxy::install(&mappingproxy);
    let member_descriptor = mk("member_descriptor");
    crate::descriptor::install_member(&member_descriptor);
    vm.extra = Some(ExtraTypes {
        set,
        frozenset,
        property,
        staticmethod,
        classmethod,
        super_,
        mappingproxy,
        member_descriptor,
        lazy_types: Default::default(),
    });
}

/// `it.__length_hint__()`: the items a sequence iterator has left, or
/// NotImplemented when it cannot tell.
fn iterator_length_hint(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("__length_hint__", tail(a), 0, 0)?;
    match a.first() {
        Some(v @ Value::Iterator(ni)) => {
            let state = ni.state.borrow();
            if let IterState::Range { .. } | IterState::BigRange { .. } = &*state {
                drop(state);
                return Ok(Value::Int(vm.length_hint(v)? as i64));
            }
            Ok(match crate::object::iterator_remaining(&state) {
                Some(n) => Value::Int(n as i64),
                None => Value::NotImplemented,
            })
        }
        _ => Err(PyErr::type_error(format!(
            "descriptor '__length_hint__' requires an 'iterator' object but received a '{}'",
            a.first()
                .map_or("NoneType".to_string(), |v| vm.type_name(v).to_string())
        ))),
    }
}
