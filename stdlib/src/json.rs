//! `json`: `dumps`/`dump`/`loads`/`load` and `JSONDecodeError`, with
//! CPython 3.11's output, error messages and error positions.

use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;
use whirl_vm::class::Class;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::function::{Builtin, FastPath, NativeFn};
use whirl_vm::ops::float_repr;
use whirl_vm::str::PyStr;
use whirl_vm::str::{intern, intern_static};
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

thread_local! {
    static DECODE_ERROR: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
}

// ----- encoding -----

struct Encoder {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    default: Value,
    sort_keys: bool,
    markers: Vec<usize>,
    depth: usize,
    /// CPython uses its pure-Python encoder for `dump` and for `indent`,
    /// whose NaN error message includes the value.
    py_encoder: bool,
}

fn encode_str(s: &str, ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if ascii && whirl_vm::surrogate::is_surrogate(c) => {
                out.push_str(&format!("\\u{:04x}", whirl_vm::surrogate::code_point(c)));
            }
            c if (c as u32) < 0x20 || (ascii && (c as u32) > 0x7e) => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{:04x}", u));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Nesting beyond this is a RecursionError whatever the recursion limit,
/// so that the native stack (512 MiB for the main thread) cannot overflow.
const MAX_NESTING: usize = 100_000;

/// A big int in decimal, refused past `sys.get_int_max_str_digits()`.
fn bigint_str(b: &BigInt) -> PyResult<String> {
    whirl_vm::format::bigint_decimal(b)
}

/// The builtin value inside an instance of a class derived from a type
/// JSON encodes (`class S(str)`, `OrderedDict`, a namedtuple).
fn json_base(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => match &i.base {
            b @ (Value::Str(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

impl Encoder {
    fn float(&self, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(float_repr(f));
        }
        if !self.allow_nan {
            let msg = "Out of range float values are not JSON compliant";
            return Err(PyErr::value_error(if self.py_encoder {
                format!("{msg}: {}", float_repr(f))
            } else {
                msg.to_string()
            }));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    fn enter(&mut self, vm: &Vm, v: &Value) -> PyResult<Option<usize>> {
        if self.depth + vm.depth >= vm.recursion_limit || self.depth >= MAX_NESTING {
            return Err(PyErr::new(
                ExcType::RecursionError,
                if self.py_encoder {
                    "maximum recursion depth exceeded while calling a Python object"
                } else {
                    "maximum recursion depth exceeded while encoding a JSON object"
                },
            ));
        }
        self.depth += 1;
        if !self.check_circular {
            return Ok(None);
        }
        let id = v.ptr();
        if let Some(id) = id {
            if self.markers.contains(&id) {
                self.depth -= 1;
                return Err(PyErr::value_error("Circular reference detected"));
            }
            self.markers.push(id);
        }
        Ok(id)
    }

    fn leave(&mut self, id: Option<usize>) {
        self.depth -= 1;
        if id.is_some() {
            self.markers.pop();
        }
    }

    fn newline(&self, level: usize, out: &mut String) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
    }

    fn encode(&mut self, vm: &mut Vm, v: &Value, level: usize, out: &mut String) -> PyResult<()> {
        if let Some(base) = json_base(v) {
            return self.encode(vm, &base, level, out);
        }
        match v {
            Value::None => out.push_str("null"),
            Value::Bool(true) => out.push_str("true"),
            Value::Bool(false) => out.push_str("false"),
            Value::Str(s) => encode_str(s.as_str(), self.ensure_ascii, out),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::BigInt(b) => out.push_str(&bigint_str(b)?),
            Value::Float(f) => out.push_str(&self.float(*f)?),
            Value::List(_) | Value::Tuple(_) => {
                let items: Vec<Value> = match v {
                    Value::List(l) => l.0.borrow().clone(),
                    Value::Tuple(t) => t.0.to_vec(),
                    _ => unreachable!(),
                };
                if items.is_empty() {
                    out.push_str("[]");
                    return Ok(());
                }
                let id = self.enter(vm, v)?;
                out.push('[');
                self.newline(level + 1, out);
                let mut first = true;
                let mut i = 0;
                // Re-read a list each step: `default` may mutate it.
                loop {
                    let item = match v {
                        Value::List(l) => l.0.borrow().get(i).cloned(),
                        _ => items.get(i).cloned(),
                    };
                    let Some(item) = item else { break };
                    if !first {
                        out.push_str(&self.item_sep);
                        self.newline(level + 1, out);
                    }
                    first = false;
                    self.encode(vm, &item, level + 1, out)?;
                    i += 1;
                }
                self.newline(level, out);
                out.push(']');
                self.leave(id);
            }
            Value::Dict(d) => {
                let mut items = d.0.borrow().items();
                if items.is_empty() {
                    out.push_str("{}");
                    return Ok(());
                }
                let id = self.enter(vm, v)?;
                if self.sort_keys {
                    let tuples: Vec<Value> = items
                        .into_iter()
                        .map(|(k, v)| Value::tuple(vec![k, v]))
                        .collect();
                    let sorted =
                        whirl_vm::builtins::list::sort_values(vm, tuples, &Value::None, false)?;
                    items = sorted
                        .into_iter()
                        .map(|t| match t {
                            Value::Tuple(t) => (t.0[0].clone(), t.0[1].clone()),
                            _ => unreachable!(),
                        })
                        .collect();
                }
                out.push('{');
                self.newline(level + 1, out);
                let mut first = true;
                for (k, val) in items {
                    let k = json_base(&k).unwrap_or(k);
                    let key = match &k {
                        Value::Str(s) => s.as_str().to_string(),
                        Value::Float(f) => self.float(*f)?,
                        Value::Bool(true) => "true".into(),
                        Value::Bool(false) => "false".into(),
                        Value::None => "null".into(),
                        Value::Int(i) => i.to_string(),
                        Value::BigInt(b) => bigint_str(b)?,
                        other => {
                            if self.skipkeys {
                                continue;
                            }
                            return Err(PyErr::type_error(format!(
                                "keys must be str, int, float, bool or None, not {}",
                                vm.type_name(other)
                            )));
                        }
                    };
                    if !first {
                        out.push_str(&self.item_sep);
                        self.newline(level + 1, out);
                    }
                    first = false;
                    encode_str(&key, self.ensure_ascii, out);
                    out.push_str(&self.key_sep);
                    self.encode(vm, &val, level + 1, out)?;
                }
                self.newline(level, out);
                out.push('}');
                self.leave(id);
            }
            other => {
                if self.default.is_none() {
                    return Err(PyErr::type_error(format!(
                        "Object of type {} is not JSON serializable",
                        vm.type_name(other)
                    )));
                }
                let id = self.enter(vm, other)?;
                let f = self.default.clone();
                let new = vm.call(&f, vec![other.clone()])?;
                self.encode(vm, &new, level, out)?;
                self.leave(id);
            }
        }
        Ok(())
    }
}

fn kw_get<'a>(kw: Kw<'a>, name: &str) -> Option<&'a Value> {
    kw.iter()
        .rev()
        .find(|(k, _)| k.as_str() == name)
        .map(|(_, v)| v)
}

fn truthy(vm: &mut Vm, kw: Kw, name: &str, dflt: bool) -> PyResult<bool> {
    match kw_get(kw, name) {
        Some(v) => vm.truthy(v),
        None => Ok(dflt),
    }
}

const ENCODER_KW: &[&str] = &[
    "skipkeys",
    "ensure_ascii",
    "check_circular",
    "allow_nan",
    "indent",
    "separators",
    "default",
    "sort_keys",
    "cls",
];

fn make_encoder(vm: &mut Vm, kw: Kw) -> PyResult<Encoder> {
    for (k, _) in kw {
        if !ENCODER_KW.contains(&k.as_str()) {
            return Err(PyErr::type_error(format!(
                "JSONEncoder.__init__() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    let indent = match kw_get(kw, "indent") {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(Value::Int(n)) => Some(" ".repeat((*n).max(0) as usize)),
        Some(Value::Bool(b)) => Some(" ".repeat(*b as usize)),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(other)
            )))
        }
    };
    let (item_sep, key_sep) = match kw_get(kw, "separators") {
        None | Some(Value::None) => {
            let item = if indent.is_some() { "," } else { ", " };
            (item.to_string(), ": ".to_string())
        }
        Some(seps) => {
            let parts = vm.collect(seps)?;
            if parts.len() != 2 {
                return Err(PyErr::value_error(if parts.len() > 2 {
                    "too many values to unpack (expected 2)".to_string()
                } else {
                    format!(
                        "not enough values to unpack (expected 2, got {})",
                        parts.len()
                    )
                }));
            }
            let mut s = Vec::new();
            for p in parts {
                match p {
                    Value::Str(x) => s.push(x.as_str().to_string()),
                    other => {
                        return Err(PyErr::type_error(format!(
                            "make_encoder() argument must be str, not {}",
                            vm.type_name(&other)
                        )))
                    }
                }
            }
            (s[0].clone(), s[1].clone())
        }
    };
    Ok(Encoder {
        skipkeys: truthy(vm, kw, "skipkeys", false)?,
        ensure_ascii: truthy(vm, kw, "ensure_ascii", true)?,
        check_circular: truthy(vm, kw, "check_circular", true)?,
        allow_nan: truthy(vm, kw, "allow_nan", true)?,
        indent,
        item_sep,
        key_sep,
        default: kw_get(kw, "default").cloned().unwrap_or(Value::None),
        sort_keys: truthy(vm, kw, "sort_keys", false)?,
        markers: Vec::new(),
        depth: 0,
        py_encoder: false,
    })
}

fn positional(name: &str, a: &[Value], n: usize) -> PyResult<()> {
    if a.len() > n {
        return Err(PyErr::type_error(format!(
            "{name}() takes {n} positional argument{} but {} were given",
            if n == 1 { "" } else { "s" },
            a.len()
        )));
    }
    if a.len() < n {
        let names = if name == "dump" {
            &["obj", "fp"][a.len()..]
        } else if name == "load" {
            &["fp"][a.len()..]
        } else if name == "loads" {
            &["s"][a.len()..]
        } else {
            &["obj"][a.len()..]
        };
        let list: Vec<String> = names.iter().map(|s| format!("'{s}'")).collect();
        return Err(PyErr::type_error(format!(
            "{name}() missing {} required positional argument{}: {}",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            list.join(" and ")
        )));
    }
    Ok(())
}

fn dumps_str(vm: &mut Vm, obj: &Value, kw: Kw, is_dump: bool) -> PyResult<String> {
    if let Some(cls) = kw_get(kw, "cls").filter(|c| !c.is_none()) {
        // `cls(skipkeys=..., ..., **kw).encode(obj)`, as CPython does.
        let mut args: Vec<(Rc<PyStr>, Value)> = Vec::new();
        for (name, dflt) in [
            ("skipkeys", Value::Bool(false)),
            ("ensure_ascii", Value::Bool(true)),
            ("check_circular", Value::Bool(true)),
            ("allow_nan", Value::Bool(true)),
            ("indent", Value::None),
            ("separators", Value::None),
            ("default", Value::None),
            ("sort_keys", Value::Bool(false)),
        ] {
            args.push((intern(name), kw_get(kw, name).cloned().unwrap_or(dflt)));
        }
        for (k, v) in kw {
            if !ENCODER_KW.contains(&k.as_str()) {
                args.push((k.clone(), v.clone()));
            }
        }
        let cls = cls.clone();
        let enc = vm.call_kw(&cls, vec![], args)?;
        let encode = vm.getattr(&enc, &intern_static("encode"))?;
        return match vm.call(&encode, vec![obj.clone()])? {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => vm.str_of(&other),
        };
    }
    let mut enc = make_encoder(vm, kw)?;
    enc.py_encoder = is_dump || enc.indent.is_some();
    let mut out = String::new();
    enc.encode(vm, obj, 0, &mut out)?;
    Ok(out)
}

fn dumps(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    positional("dumps", a, 1)?;
    Ok(Value::string(dumps_str(vm, &a[0], kw, false)?))
}

fn dump(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    positional("dump", a, 2)?;
    let s = dumps_str(vm, &a[0], kw, true)?;
    let write = vm.getattr(&a[1], &intern_static("write"))?;
    vm.call(&write, vec![Value::string(s)])?;
    Ok(Value::None)
}

// ----- JSONEncoder -----

fn attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    vm.getattr(obj, &intern(name))
}

/// `JSONEncoder.__init__(self, *, skipkeys=False, ...)`.
fn encoder_init(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(PyErr::type_error(format!(
            "JSONEncoder.__init__() takes 1 positional argument but {} were given",
            a.len()
        )));
    }
    if kw_get(kw, "cls").is_some() {
        return Err(PyErr::type_error(
            "JSONEncoder.__init__() got an unexpected keyword argument 'cls'",
        ));
    }
    let enc = make_encoder(vm, kw)?;
    let this = &a[0];
    let opt = |n: &str, d: Value| kw_get(kw, n).cloned().unwrap_or(d);
    for (name, dflt) in [
        ("skipkeys", Value::Bool(false)),
        ("ensure_ascii", Value::Bool(true)),
        ("check_circular", Value::Bool(true)),
        ("allow_nan", Value::Bool(true)),
        ("sort_keys", Value::Bool(false)),
        ("indent", Value::None),
    ] {
        vm.setattr(this, &intern(name), opt(name, dflt))?;
    }
    vm.setattr(
        this,
        &intern_static("item_separator"),
        Value::string(enc.item_sep),
    )?;
    vm.setattr(
        this,
        &intern_static("key_separator"),
        Value::string(enc.key_sep),
    )?;
    if !enc.default.is_none() {
        vm.setattr(this, &intern_static("default"), enc.default)?;
    }
    Ok(Value::None)
}

/// `JSONEncoder.default(self, o)`: always a TypeError.
fn encoder_default(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let o = a.get(1).cloned().unwrap_or(Value::None);
    Err(PyErr::type_error(format!(
        "Object of type {} is not JSON serializable",
        vm.type_name(&o)
    )))
}

/// `JSONEncoder.encode(self, o)`, reading the options from the instance.
fn encoder_encode(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "JSONEncoder.encode() takes 2 positional arguments but {} were given",
            a.len()
        )));
    }
    let this = a[0].clone();
    let mut flags = [false; 5];
    for (i, name) in [
        "skipkeys",
        "ensure_ascii",
        "check_circular",
        "allow_nan",
        "sort_keys",
    ]
    .iter()
    .enumerate()
    {
        let v = attr(vm, &this, name)?;
        flags[i] = vm.truthy(&v)?;
    }
    let indent = match attr(vm, &this, "indent")? {
        Value::None => None,
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Int(n) => Some(" ".repeat(n.max(0) as usize)),
        Value::Bool(b) => Some(" ".repeat(b as usize)),
        other => {
            return Err(PyErr::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(&other)
            )))
        }
    };
    let item_sep = attr(vm, &this, "item_separator")?;
    let key_sep = attr(vm, &this, "key_separator")?;
    let item_sep = vm.str_of(&item_sep)?;
    let key_sep = vm.str_of(&key_sep)?;
    let default = attr(vm, &this, "default")?;
    let py_encoder = indent.is_some();
    let mut enc = Encoder {
        skipkeys: flags[0],
        ensure_ascii: flags[1],
        check_circular: flags[2],
        allow_nan: flags[3],
        indent,
        item_sep,
        key_sep,
        default,
        sort_keys: flags[4],
        markers: Vec::new(),
        depth: 0,
        py_encoder,
    };
    let mut out = String::new();
    enc.encode(vm, &a[1], 0, &mut out)?;
    Ok(Value::string(out))
}

fn encoder_iterencode(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let s = encoder_encode(vm, a, kw)?;
    Ok(Value::list(vec![s]))
}

fn method(owner: &'static str, name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name,
        func,
        bound: Value::Null,
        fast: FastPath::None,
        owner: Some(owner),
        sig: whirl_vm::function::Sig::ANY,
    }))
}

// ----- decoding -----

fn decode_error(vm: &mut Vm, msg: &str, doc: &Value, pos: usize) -> PyErr {
    let cls = DECODE_ERROR.with(|c| c.borrow().clone());
    let Some(cls) = cls else {
        return PyErr::value_error(msg.to_string());
    };
    match vm.call_class(
        &cls,
        vec![Value::str(msg), doc.clone(), Value::Int(pos as i64)],
        vec![],
    ) {
        Ok(Value::Instance(i)) => PyErr::Raised(i),
        Ok(_) => PyErr::value_error(msg.to_string()),
        Err(e) => e,
    }
}

/// `JSONDecodeError.__init__(self, msg, doc, pos)`.
fn decode_error_init(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.len() != 4 {
        return Err(PyErr::type_error(format!(
            "JSONDecodeError.__init__() takes 4 positional arguments but {} were given",
            a.len()
        )));
    }
    let Value::Instance(inst) = &a[0] else {
        return Err(PyErr::type_error(
            "JSONDecodeError.__init__() needs an instance",
        ));
    };
    let msg = vm.str_of(&a[1])?;
    let doc = match &a[2] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(PyErr::type_error(format!(
                "must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    let pos = whirl_vm::types::arg_int(vm, &a[3])?;
    let upto: Vec<char> = doc.chars().take(pos.max(0) as usize).collect();
    let lineno = upto.iter().filter(|&&c| c == '\n').count() + 1;
    let last_nl = upto.iter().rposition(|&c| c == '\n');
    let colno = match last_nl {
        Some(i) => pos - i as i64,
        None => pos + 1,
    };
    let errmsg = format!("{msg}: line {lineno} column {colno} (char {pos})");
    if let Some(exc) = &inst.exc {
        *exc.args.borrow_mut() = Value::tuple(vec![Value::string(errmsg)]);
    }
    let this = a[0].clone();
    vm.setattr(&this, &intern_static("msg"), a[1].clone())?;
    vm.setattr(&this, &intern_static("doc"), a[2].clone())?;
    vm.setattr(&this, &intern_static("pos"), a[3].clone())?;
    vm.setattr(&this, &intern_static("lineno"), Value::Int(lineno as i64))?;
    vm.setattr(&this, &intern_static("colno"), Value::Int(colno))?;
    Ok(Value::None)
}

enum Fail {
    /// "Expecting value" at this position (CPython's StopIteration).
    NoValue(usize),
    Msg(&'static str, usize),
    Py(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

struct Decoder {
    s: Vec<char>,
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    depth: usize,
    /// Object keys seen so far, shared as CPython's scanner does.
    memo: std::collections::HashMap<String, Value>,
}

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

fn hex4(s: &[char], at: usize) -> Option<u32> {
    let mut v = 0u32;
    for c in &s[at..at + 4] {
        v = v * 16 + c.to_digit(16)?;
    }
    Some(v)
}

impl Decoder {
    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.s.len() && is_ws(self.s[i]) {
            i += 1;
        }
        i
    }

    /// Scans a string whose opening quote is at `end - 1`.
    fn string(&self, end: usize) -> Result<(String, usize), Fail> {
        let s = &self.s;
        let len = s.len();
        let begin = end - 1;
        let mut out = String::new();
        let mut next = end;
        loop {
            while next < len {
                let c = s[next];
                if c == '"' || c == '\\' {
                    break;
                }
                if (c as u32) <= 0x1f && self.strict {
                    return Err(Fail::Msg("Invalid control character at", next));
                }
                out.push(c);
                next += 1;
            }
            if next >= len {
                return Err(Fail::Msg("Unterminated string starting at", begin));
            }
            let c = s[next];
            next += 1;
            if c == '"' {
                return Ok((out, next));
            }
            if next == len {
                return Err(Fail::Msg("Unterminated string starting at", begin));
            }
            let e = s[next];
            if e != 'u' {
                let r = match e {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => return Err(Fail::Msg("Invalid \\escape", next - 1)),
                };
                out.push(r);
                next += 1;
                continue;
            }
            next += 1;
            let mut end = next + 4;
            if end >= len {
                return Err(Fail::Msg("Invalid \\uXXXX escape", next - 1));
            }
            let Some(mut c) = hex4(s, next) else {
                return Err(Fail::Msg("Invalid \\uXXXX escape", end - 5));
            };
            next = end;
            if (0xd800..0xdc00).contains(&c) && end + 6 < len && s[end] == '\\' && s[end + 1] == 'u'
            {
                let Some(c2) = hex4(s, end + 2) else {
                    return Err(Fail::Msg("Invalid \\uXXXX escape", end + 1));
                };
                if (0xdc00..0xe000).contains(&c2) {
                    c = 0x10000 + (((c - 0xd800) << 10) | (c2 - 0xdc00));
                    end += 6;
                    next = end;
                }
            }
            // Lone surrogates become whirl's stand-ins for them.
            match whirl_vm::surrogate::from_code_point(c) {
                Some(ch) => out.push(ch),
                None => {
                    return Err(Fail::Py(PyErr::value_error(
                        whirl_vm::surrogate::RESERVED_MESSAGE,
                    )))
                }
            }
        }
    }

    fn enter(&mut self, vm: &Vm, what: &str) -> Result<(), Fail> {
        if self.depth + vm.depth >= vm.recursion_limit || self.depth >= MAX_NESTING {
            return Err(Fail::Py(PyErr::new(
                ExcType::RecursionError,
                format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"),
            )));
        }
        self.depth += 1;
        Ok(())
    }

    fn constant(&self, vm: &mut Vm, name: &str, f: f64) -> Result<Value, Fail> {
        if self.parse_constant.is_none() {
            Ok(Value::Float(f))
        } else {
            Ok(vm.call(&self.parse_constant, vec![Value::str(name)])?)
        }
    }

    fn matches(&self, idx: usize, word: &str) -> bool {
        let n = word.chars().count();
        idx + n <= self.s.len() && self.s[idx..idx + n].iter().copied().eq(word.chars())
    }

    fn value(&mut self, vm: &mut Vm, idx: usize) -> Result<(Value, usize), Fail> {
        let len = self.s.len();
        if idx >= len {
            return Err(Fail::NoValue(idx));
        }
        match self.s[idx] {
            '"' => {
                let (s, end) = self.string(idx + 1)?;
                return Ok((Value::string(s), end));
            }
            '{' => {
                self.enter(vm, "object")?;
                let r = self.object(vm, idx + 1);
                self.depth -= 1;
                return r;
            }
            '[' => {
                self.enter(vm, "array")?;
                let r = self.array(vm, idx + 1);
                self.depth -= 1;
                return r;
            }
            'n' if self.matches(idx, "null") => return Ok((Value::None, idx + 4)),
            't' if self.matches(idx, "true") => return Ok((Value::Bool(true), idx + 4)),
            'f' if self.matches(idx, "false") => return Ok((Value::Bool(false), idx + 5)),
            'N' if self.matches(idx, "NaN") => {
                return Ok((self.constant(vm, "NaN", f64::NAN)?, idx + 3))
            }
            'I' if self.matches(idx, "Infinity") => {
                return Ok((self.constant(vm, "Infinity", f64::INFINITY)?, idx + 8))
            }
            '-' if self.matches(idx, "-Infinity") => {
                return Ok((self.constant(vm, "-Infinity", f64::NEG_INFINITY)?, idx + 9))
            }
            _ => {}
        }
        self.number(vm, idx)
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> Result<(Value, usize), Fail> {
        let s = &self.s;
        let end_idx = s.len() - 1;
        let digit = |i: usize| s[i].is_ascii_digit();
        let mut idx = start;
        if s[idx] == '-' {
            idx += 1;
            if idx > end_idx {
                return Err(Fail::NoValue(start));
            }
        }
        if ('1'..='9').contains(&s[idx]) {
            idx += 1;
            while idx <= end_idx && digit(idx) {
                idx += 1;
            }
        } else if s[idx] == '0' {
            idx += 1;
        } else {
            return Err(Fail::NoValue(start));
        }
        let mut is_float = false;
        if idx < end_idx && s[idx] == '.' && digit(idx + 1) {
            is_float = true;
            idx += 2;
            while idx <= end_idx && digit(idx) {
                idx += 1;
            }
        }
        if idx < end_idx && (s[idx] == 'e' || s[idx] == 'E') {
            let e_start = idx;
            idx += 1;
            if idx < end_idx && (s[idx] == '-' || s[idx] == '+') {
                idx += 1;
            }
            while idx <= end_idx && digit(idx) {
                idx += 1;
            }
            if digit(idx - 1) {
                is_float = true;
            } else {
                idx = e_start;
            }
        }
        let text: String = s[start..idx].iter().collect();
        let v = if is_float {
            if self.parse_float.is_none() {
                Value::Float(text.parse::<f64>().unwrap_or(f64::NAN))
            } else {
                vm.call(&self.parse_float, vec![Value::string(text)])?
            }
        } else if self.parse_int.is_none() {
            let digits = text.trim_start_matches('-').len();
            let limit = whirl_vm::format::int_max_str_digits();
            if limit > 0 && digits > limit {
                return Err(Fail::Py(PyErr::value_error(format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion: \
                     value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
                ))));
            }
            match text.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => Value::from_bigint(text.parse::<BigInt>().unwrap_or_default()),
            }
        } else {
            vm.call(&self.parse_int, vec![Value::string(text)])?
        };
        Ok((v, idx))
    }

    fn object(&mut self, vm: &mut Vm, start: usize) -> Result<(Value, usize), Fail> {
        let len = self.s.len();
        let mut idx = self.skip_ws(start);
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        if idx >= len || self.s[idx] != '}' {
            loop {
                if idx >= len || self.s[idx] != '"' {
                    return Err(Fail::Msg(
                        "Expecting property name enclosed in double quotes",
                        idx,
                    ));
                }
                let (key, next) = self.string(idx + 1)?;
                idx = self.skip_ws(next);
                if idx >= len || self.s[idx] != ':' {
                    return Err(Fail::Msg("Expecting ':' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
                let (val, next) = self.value(vm, idx)?;
                let key = match self.memo.get(&key) {
                    Some(k) => k.clone(),
                    None => {
                        let k = Value::str(&key);
                        self.memo.insert(key, k.clone());
                        k
                    }
                };
                pairs.push((key, val));
                idx = self.skip_ws(next);
                if idx < len && self.s[idx] == '}' {
                    break;
                }
                if idx >= len || self.s[idx] != ',' {
                    return Err(Fail::Msg("Expecting ',' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        let end = idx + 1;
        if !self.object_pairs_hook.is_none() {
            let list: Vec<Value> = pairs
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            let hook = self.object_pairs_hook.clone();
            return Ok((vm.call(&hook, vec![Value::list(list)])?, end));
        }
        let d = whirl_vm::gc::new_dict();
        for (k, v) in pairs {
            vm.dict_set(&d, k, v)?;
        }
        let mut v = Value::Dict(d);
        if !self.object_hook.is_none() {
            let hook = self.object_hook.clone();
            v = vm.call(&hook, vec![v])?;
        }
        Ok((v, end))
    }

    fn array(&mut self, vm: &mut Vm, start: usize) -> Result<(Value, usize), Fail> {
        let len = self.s.len();
        let mut idx = self.skip_ws(start);
        let mut items = Vec::new();
        if idx >= len || self.s[idx] != ']' {
            loop {
                let (val, next) = self.value(vm, idx)?;
                items.push(val);
                idx = self.skip_ws(next);
                if idx < len && self.s[idx] == ']' {
                    break;
                }
                if idx >= len || self.s[idx] != ',' {
                    return Err(Fail::Msg("Expecting ',' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        Ok((Value::list(items), idx + 1))
    }
}

const DECODER_KW: &[&str] = &[
    "object_hook",
    "parse_float",
    "parse_int",
    "parse_constant",
    "object_pairs_hook",
    "strict",
];

/// The decoder options, from keywords or a `JSONDecoder`'s attributes.
struct DecodeOpts {
    strict: bool,
    hooks: [Value; 5],
}

fn decode_opts(
    vm: &mut Vm,
    get: &mut dyn FnMut(&mut Vm, &str) -> PyResult<Value>,
) -> PyResult<DecodeOpts> {
    let mut hooks: [Value; 5] = Default::default();
    for (i, name) in DECODER_KW[..5].iter().enumerate() {
        hooks[i] = get(vm, name)?;
    }
    // `float` and `int` are the defaults: the native parse is the same.
    if let Value::Class(c) = &hooks[1] {
        if Rc::ptr_eq(c, &vm.types.float) {
            hooks[1] = Value::None;
        }
    }
    if let Value::Class(c) = &hooks[2] {
        if Rc::ptr_eq(c, &vm.types.int) {
            hooks[2] = Value::None;
        }
    }
    let strict = get(vm, "strict")?;
    let strict = strict.is_none() || vm.truthy(&strict)?;
    Ok(DecodeOpts { strict, hooks })
}

/// Parses `doc` (a str) from `start`; `whole` also skips the whitespace
/// around the value and rejects extra data, as `JSONDecoder.decode`.
fn run_decoder(
    vm: &mut Vm,
    opts: DecodeOpts,
    doc: &Value,
    start: usize,
    whole: bool,
) -> PyResult<(Value, usize)> {
    let text = match doc {
        Value::Str(x) => x.as_str().to_string(),
        other => {
            return Err(PyErr::type_error(format!(
                "first argument must be a string, not {}",
                vm.type_name(other)
            )))
        }
    };
    let [object_hook, parse_float, parse_int, parse_constant, object_pairs_hook] = opts.hooks;
    let mut dec = Decoder {
        s: text.chars().collect(),
        strict: opts.strict,
        object_hook,
        object_pairs_hook,
        parse_float,
        parse_int,
        parse_constant,
        depth: 0,
        memo: Default::default(),
    };
    let start = if whole { dec.skip_ws(start) } else { start };
    let r = dec.value(vm, start).and_then(|(v, end)| {
        if !whole {
            return Ok((v, end));
        }
        let end = dec.skip_ws(end);
        if end != dec.s.len() {
            Err(Fail::Msg("Extra data", end))
        } else {
            Ok((v, end))
        }
    });
    match r {
        Ok(v) => Ok(v),
        Err(Fail::NoValue(pos)) => Err(decode_error(vm, "Expecting value", doc, pos)),
        Err(Fail::Msg(m, pos)) => Err(decode_error(vm, m, doc, pos)),
        Err(Fail::Py(e)) => Err(e),
    }
}

fn loads_value(vm: &mut Vm, s: &Value, kw: Kw) -> PyResult<Value> {
    let cls = kw_get(kw, "cls").filter(|c| !c.is_none()).cloned();
    if cls.is_none() {
        for (k, _) in kw {
            if k.as_str() != "cls" && !DECODER_KW.contains(&k.as_str()) {
                return Err(PyErr::type_error(format!(
                    "JSONDecoder.__init__() got an unexpected keyword argument '{}'",
                    k.as_str()
                )));
            }
        }
    }
    let doc = match s {
        Value::Str(_) => s.clone(),
        Value::Bytes(b) => {
            let mut b: &[u8] = b;
            if b.starts_with(&[0xef, 0xbb, 0xbf]) {
                b = &b[3..];
            }
            match std::str::from_utf8(b) {
                Ok(t) => Value::str(t),
                Err(_) => {
                    return Err(PyErr::new(
                        ExcType::UnicodeDecodeError,
                        "'utf-8' codec can't decode bytes",
                    ))
                }
            }
        }
        other => {
            return Err(PyErr::type_error(format!(
                "the JSON object must be str, bytes or bytearray, not {}",
                vm.type_name(other)
            )))
        }
    };
    if doc.as_str().is_some_and(|t| t.starts_with('\u{feff}')) {
        return Err(decode_error(
            vm,
            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            &doc,
            0,
        ));
    }
    if let Some(cls) = cls {
        // `cls(**kw).decode(s)`, as CPython does.
        let args: Vec<(Rc<PyStr>, Value)> = kw
            .iter()
            .filter(|(k, _)| k.as_str() != "cls")
            .cloned()
            .collect();
        let dec = vm.call_kw(&cls, vec![], args)?;
        let decode = vm.getattr(&dec, &intern_static("decode"))?;
        return vm.call(&decode, vec![doc]);
    }
    let opts = decode_opts(vm, &mut |_, n| {
        Ok(kw_get(kw, n).cloned().unwrap_or(Value::None))
    })?;
    Ok(run_decoder(vm, opts, &doc, 0, true)?.0)
}

/// `JSONDecoder.__init__(self, *, object_hook=None, ...)`.
fn decoder_init(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(PyErr::type_error(format!(
            "JSONDecoder.__init__() takes 1 positional argument but {} were given",
            a.len()
        )));
    }
    for (k, _) in kw {
        if !DECODER_KW.contains(&k.as_str()) {
            return Err(PyErr::type_error(format!(
                "JSONDecoder.__init__() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    for name in DECODER_KW {
        let dflt = match *name {
            "strict" => Value::Bool(true),
            "parse_float" => Value::Class(vm.types.float.clone()),
            "parse_int" => Value::Class(vm.types.int.clone()),
            _ => Value::None,
        };
        let v = match kw_get(kw, name) {
            Some(v) if !v.is_none() || *name == "strict" => v.clone(),
            _ => dflt,
        };
        vm.setattr(&a[0], &intern(name), v)?;
    }
    Ok(Value::None)
}

fn decoder_opts(vm: &mut Vm, this: &Value) -> PyResult<DecodeOpts> {
    let this = this.clone();
    decode_opts(vm, &mut |vm, n| vm.getattr(&this, &intern(n)))
}

/// `JSONDecoder.decode(self, s)`.
fn decoder_decode(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "JSONDecoder.decode() takes 2 positional arguments but {} were given",
            a.len()
        )));
    }
    let opts = decoder_opts(vm, &a[0])?;
    Ok(run_decoder(vm, opts, &a[1], 0, true)?.0)
}

/// `JSONDecoder.raw_decode(self, s, idx=0)`: `(value, end)`.
fn decoder_raw_decode(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if a.len() < 2 || a.len() > 3 {
        return Err(PyErr::type_error(format!(
            "JSONDecoder.raw_decode() takes from 2 to 3 positional arguments but {} were given",
            a.len()
        )));
    }
    let idx = match a.get(2).or_else(|| kw_get(kw, "idx")) {
        Some(v) => whirl_vm::types::arg_int(vm, v)?,
        None => 0,
    };
    let opts = decoder_opts(vm, &a[0])?;
    if idx < 0 {
        return Err(decode_error(
            vm,
            "Expecting value",
            &a[1],
            idx.max(0) as usize,
        ));
    }
    let (v, end) = run_decoder(vm, opts, &a[1], idx as usize, false)?;
    Ok(Value::tuple(vec![v, Value::Int(end as i64)]))
}

fn loads(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    positional("loads", a, 1)?;
    loads_value(vm, &a[0], kw)
}

fn load(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    positional("load", a, 1)?;
    let read = vm.getattr(&a[0], &intern_static("read"))?;
    let s = vm.call(&read, vec![])?;
    loads_value(vm, &s, kw)
}

/// `json.encoder.encode_basestring(s)`: s as a JSON string literal.
fn encode_basestring(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    basestring(vm, a, false)
}

/// `json.encoder.encode_basestring_ascii(s)`: the same, in ASCII only.
fn encode_basestring_ascii(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    basestring(vm, a, true)
}

fn basestring(vm: &mut Vm, a: &[Value], ascii: bool) -> PyResult<Value> {
    let s = match a.first() {
        Some(Value::Str(s)) => s.clone(),
        Some(Value::Instance(i)) if matches!(i.base, Value::Str(_)) => match &i.base {
            Value::Str(s) => s.clone(),
            _ => return Err(PyErr::type_error("first argument must be a string")),
        },
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "first argument must be a string, not {}",
                vm.type_name(other)
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "function takes exactly 1 argument (0 given)",
            ))
        }
    };
    let mut out = String::with_capacity(s.as_str().len() + 2);
    encode_str(s.as_str(), ascii, &mut out);
    Ok(Value::string(out))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let base = vm.exc_class(ExcType::ValueError);
    let cls = Rc::new(Class::new(
        "JSONDecodeError",
        "JSONDecodeError",
        "json.decoder",
        vec![base],
        None,
    )?);
    cls.dict.set_str(
        intern_static("__init__"),
        method("JSONDecodeError", "__init__", decode_error_init),
    );
    DECODE_ERROR.with(|c| *c.borrow_mut() = Some(cls.clone()));
    let object = vm.types.object.clone();
    let encoder = Rc::new(Class::new(
        "JSONEncoder",
        "JSONEncoder",
        "json.encoder",
        vec![object],
        None,
    )?);
    for (name, func) in [
        ("__init__", encoder_init as NativeFn),
        ("default", encoder_default),
        ("encode", encoder_encode),
        ("iterencode", encoder_iterencode),
    ] {
        encoder
            .dict
            .set_str(intern(name), method("JSONEncoder", name, func));
    }
    let object = vm.types.object.clone();
    let decoder = Rc::new(Class::new(
        "JSONDecoder",
        "JSONDecoder",
        "json.decoder",
        vec![object],
        None,
    )?);
    for (name, func) in [
        ("__init__", decoder_init as NativeFn),
        ("decode", decoder_decode),
        ("raw_decode", decoder_raw_decode),
    ] {
        decoder
            .dict
            .set_str(intern(name), method("JSONDecoder", name, func));
    }
    for (name, v) in [
        ("item_separator", Value::str(", ")),
        ("key_separator", Value::str(": ")),
    ] {
        encoder.dict.set_str(intern(name), v);
    }
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    // `json.decoder` and `json.encoder`, where CPython defines the classes.
    let decoder_mod = vm.make_module(
        "json.decoder",
        vec![
            ("JSONDecodeError", Value::Class(cls.clone())),
            ("JSONDecoder", Value::Class(decoder.clone())),
        ],
    );
    let encoder_mod = vm.make_module(
        "json.encoder",
        vec![
            ("JSONEncoder", Value::Class(encoder.clone())),
            f("encode_basestring", encode_basestring),
            f("encode_basestring_ascii", encode_basestring_ascii),
        ],
    );
    // The pure-Python scanner pieces test_json and other code import
    // from json.decoder (see py/_json_scan.py).
    if let (Value::Module(d), Value::Module(scan)) = (&decoder_mod, vm.import_module("_json_scan")?)
    {
        for name in [
            "scanstring",
            "py_scanstring",
            "c_scanstring",
            "JSONObject",
            "JSONArray",
        ] {
            if let Some(v) = scan.dict.get_str(&intern(name)) {
                d.dict.set_str(intern(name), v);
            }
        }
    }
    vm.modules
        .set(Value::str("json.decoder"), decoder_mod.clone())?;
    vm.modules
        .set(Value::str("json.encoder"), encoder_mod.clone())?;
    Ok(vm.make_module(
        "json",
        vec![
            ("JSONDecodeError", Value::Class(cls)),
            ("JSONEncoder", Value::Class(encoder)),
            ("JSONDecoder", Value::Class(decoder)),
            ("decoder", decoder_mod),
            ("encoder", encoder_mod),
            f("dumps", dumps),
            f("dump", dump),
            f("loads", loads),
            f("load", load),
        ],
    ))
}
