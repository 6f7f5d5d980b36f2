//! Text forms of values: `repr`, `str`, the format-spec mini-language of
//! `format()`/f-strings/`str.format`, and printf-style `%` formatting.

use crate::error::{ExcType, PyErr, PyResult};
use crate::ops::float_repr;
use crate::str::intern_static;
use crate::value::Value;
use crate::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Python's repr of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (0x80..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_unprintable(c) => {
                let n = crate::surrogate::code_point(c);
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Characters `str.isprintable()` rejects (so `repr` escapes them) beyond
/// the C0/C1 controls: separators other than the ASCII space (Zs, Zl, Zp),
/// format characters (Cf), surrogates, private use, noncharacters and the
/// planes with nothing assigned.
pub fn is_unprintable(c: char) -> bool {
    let n = c as u32;
    matches!(
        n,
        0xa0 | 0xad
            | 0x600..=0x605
            | 0x61c
            | 0x6dd
            | 0x70f
            | 0x890..=0x891
            | 0x8e2
            | 0x1680
            | 0x180e
            | 0x2000..=0x200f
            | 0x2028..=0x202f
            | 0x205f..=0x2064
            | 0x2066..=0x206f
            | 0x3000
            | 0xd800..=0xf8ff
            | 0xfdd0..=0xfdef
            | 0xfeff
            | 0xfff0..=0xfffb
            | 0x110bd
            | 0x110cd
            | 0x13430..=0x1343f
            | 0x1bca0..=0x1bca3
            | 0x1d173..=0x1d17a
            | 0x40000..=0xdffff
            | 0xe0000..=0xe00ff
            | 0xe01f0..=0x10ffff
    ) || (n & 0xfffe) == 0xfffe
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `ascii()`: non-ASCII characters escaped.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = crate::surrogate::code_point(c);
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

thread_local! {
    /// `sys.get_int_max_str_digits()`: 0 means no limit.
    static INT_MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(4300) };
}

pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.with(|c| c.get())
}

pub fn set_int_max_str_digits(n: usize) {
    INT_MAX_STR_DIGITS.with(|c| c.set(n))
}

/// A big int in decimal, refused past the digit limit as CPython 3.11 does
/// (converting is quadratic: the limit guards against denial of service).
pub fn bigint_decimal(b: &BigInt) -> PyResult<String> {
    let limit = int_max_str_digits();
    let error = || {
        PyErr::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    if limit > 0 && (b.bits() as f64) * std::f64::consts::LOG10_2 > (limit + 1) as f64 {
        return Err(error());
    }
    let text = b.to_string();
    let digits = text.len() - usize::from(text.starts_with('-'));
    if limit > 0 && digits > limit {
        return Err(error());
    }
    Ok(text)
}

thread_local! {
    /// Containers being repr'd, to print `[...]` for self-reference.
    static REPR_STACK: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Null => "<NULL>".into(),
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => bigint_decimal(b)?,
            Value::Float(f) => float_repr(*f),
            Value::Str(s) => str_repr(s.as_str()),
            Value::Bytes(b) => bytes_repr(b),
            Value::Complex(c) => crate::complex::repr(c),
            Value::ByteArray(b) => format!("bytearray({})", bytes_repr(&b.data.borrow())),
            Value::MemoryView(m) => {
                let released = if m.released.get() { "released " } else { "" };
                format!("<{released}memory at {:#x}>", v.ptr().unwrap_or(0))
            }
            Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) => {
                return self.container_repr(v)
            }
            Value::Range(r) if r.big.is_some() => {
                let (a, b, c) = r.bounds();
                if c == num_bigint::BigInt::from(1) {
                    format!("range({a}, {b})")
                } else {
                    format!("range({a}, {b}, {c})")
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                format!(
                    "slice({}, {}, {})",
                    self.repr(&s.start)?,
                    self.repr(&s.stop)?,
                    self.repr(&s.step)?
                )
            }
            Value::Function(f) => format!(
                "<function {} at {:#x}>",
                f.qualname.borrow().as_str(),
                v.ptr().unwrap_or(0)
            ),
            Value::Builtin(b) => {
                if let Some(r) = crate::type_dict::builtin_repr(b, &self.type_name(&b.bound)) {
                    r
                } else if b.bound.is_null() {
                    match b.owner {
                        Some(owner) => format!("<method '{}' of '{}' objects>", b.name, owner),
                        None => format!("<built-in function {}>", b.name),
                    }
                } else {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        self.type_name(&b.bound),
                        b.bound.ptr().unwrap_or(0)
                    )
                }
            }
            Value::BoundMethod(m) => {
                let fname = match &m.func {
                    Value::Function(f) => f.qualname.borrow().as_str().to_string(),
                    // Another callable bound by `types.MethodType`: named
                    // by its `__qualname__`, else `__name__`, as CPython.
                    other => {
                        let other = other.clone();
                        ["__qualname__", "__name__"]
                            .iter()
                            .find_map(|n| match self.getattr(&other, &intern_static(n)) {
                                Ok(Value::Str(s)) => Some(s.as_str().to_string()),
                                _ => None,
                            })
                            .unwrap_or_else(|| "?".to_string())
                    }
                };
                let recv = self.repr(&m.receiver)?;
                format!("<bound method {fname} of {recv}>")
            }
            Value::Generator(g) => {
                format!(
                    "<{} object {} at {:#x}>",
                    g.kind_name(),
                    g.qualname().as_str(),
                    v.ptr().unwrap_or(0)
                )
            }
            Value::Class(c) if c.metaclass.is_some() && self.dunder(v, "__repr__").is_some() => {
                let m = self.dunder(v, "__repr__").unwrap_or_default();
                let r = self.call(&m, vec![v.clone()])?;
                return self.text_from_dunder(r, "__repr__");
            }
            Value::Class(c) => plain_class_repr(c),
            Value::Instance(i) => {
                if let Some(m) = i
                    .class
                    .lookup(&intern_static("__repr__"))
                    .map(crate::object::special_method)
                {
                    // Counted: `__repr__ = object.__str__` recurses natively.
                    let r = self.nested(" while calling a Python object", |vm| {
                        vm.call(&m, vec![v.clone()])
                    })?;
                    return self.text_from_dunder(r, "__repr__");
                }
                if let Value::ByteArray(b) = &i.base {
                    // bytearray's repr names the subclass.
                    return Ok(format!(
                        "{}({})",
                        i.class.name,
                        bytes_repr(&b.data.borrow())
                    ));
                }
                if let Value::Set(set) = &i.base {
                    // A set's or frozenset's repr names the subclass:
                    // `S({1, 2})`, `S()`.
                    let items = set.table.borrow().keys();
                    if items.is_empty() {
                        return Ok(format!("{}()", i.class.name));
                    }
                    let parts: PyResult<Vec<String>> = items.iter().map(|x| self.repr(x)).collect();
                    return Ok(format!("{}({{{}}})", i.class.name, parts?.join(", ")));
                }
                if !i.base.is_null() {
                    let b = i.base.clone();
                    return self.repr(&b);
                }
                if i.exc.is_some() {
                    let args = i.args();
                    let inner = match args.len() {
                        1 => self.repr(&args[0])?,
                        _ => {
                            let parts: PyResult<Vec<String>> =
                                args.iter().map(|a| self.repr(a)).collect();
                            parts?.join(", ")
                        }
                    };
                    return Ok(format!("{}({})", i.class.name, inner));
                }
                format!(
                    "<{} object at {:#x}>",
                    crate::builtins::object::qualified_name(&i.class),
                    v.ptr().unwrap_or(0)
                )
            }
            // The module's current `__name__`, as CPython's repr reads it.
            Value::Module(m) => match m.dict.get_str(&intern_static("__name__")) {
                Some(Value::Str(n)) => format!("<module '{}'>", n.as_str()),
                _ => format!("<module '{}'>", m.name.as_str()),
            },
            Value::Iterator(it) => {
                // Dict views print their contents: dict_keys(['a', 'b']).
                let view = match &*it.state.borrow() {
                    crate::iter::IterState::View { dict, kind } => Some((dict.clone(), *kind)),
                    _ => None,
                };
                match view {
                    Some((d, kind)) => {
                        let items: Vec<Value> = match kind {
                            0 => d.0.borrow().keys(),
                            1 => d.0.borrow().values(),
                            _ => {
                                d.0.borrow()
                                    .items()
                                    .into_iter()
                                    .map(|(k, v)| Value::tuple(vec![k, v]))
                                    .collect()
                            }
                        };
                        format!("{}({})", it.name, self.repr(&Value::list(items))?)
                    }
                    None => format!("<{} object at {:#x}>", it.name, v.ptr().unwrap_or(0)),
                }
            }
            Value::Cell(c) => {
                let content = c.0.borrow().clone();
                let at = v.ptr().unwrap_or(0);
                if content.is_null() {
                    format!("<cell at {at:#x}: empty>")
                } else {
                    format!(
                        "<cell at {at:#x}: {} object at {:#x}>",
                        self.type_name(&content),
                        content.ptr().unwrap_or(0)
                    )
                }
            }
            Value::Native(n) => {
                if let Some(r) = self.dunder(v, "__repr__") {
                    let s = self.call(&r, vec![v.clone()])?;
                    return self.text_from_dunder(s, "__repr__");
                }
                format!(
                    "<{} object at {:#x}>",
                    crate::builtins::object::qualified_name(&n.class),
                    v.ptr().unwrap_or(0)
                )
            }
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name.as_str(),
                v.ptr().unwrap_or(0),
                c.source.name,
                c.firstline
            ),
        })
    }

    /// repr for diagnostics: never fails.
    /// A Unicode error's (encoding, object, start, end, reason) as they
    /// are now: attributes assigned after it was made (`u.end = 2`) win
    /// over its arguments; encoding and reason shown through str().
    #[cold]
    fn unicode_error_fields(
        &mut self,
        i: &crate::class::Instance,
        kind: crate::error::ExcType,
        args: &[Value],
    ) -> PyResult<Vec<Value>> {
        let fields: &[&str] = if kind == crate::error::ExcType::UnicodeTranslateError {
            &["object", "start", "end", "reason"]
        } else {
            &["encoding", "object", "start", "end", "reason"]
        };
        let mut out = args.to_vec();
        if out.len() != fields.len() {
            return Ok(out);
        }
        for (j, name) in fields.iter().enumerate() {
            if let Some(v) = i.dict.get_str(&crate::str::intern(name)) {
                out[j] = v;
            }
            if matches!(*name, "encoding" | "reason") && !matches!(out[j], Value::Str(_)) {
                out[j] = Value::string(self.str_of(&out[j])?);
            }
            // A decode error's object reads as bytes (made from a bytearray).
            if *name == "object" && matches!(out[j], Value::ByteArray(_) | Value::MemoryView(_)) {
                out[j] = Value::Bytes(std::rc::Rc::new(
                    crate::memoryview::buffer_bytes(&out[j]).unwrap_or_default(),
                ));
            }
        }
        Ok(out)
    }

    pub fn repr_or(&mut self, v: &Value) -> String {
        self.repr(v)
            .unwrap_or_else(|_| format!("<{} object>", self.type_name(v)))
    }

    fn container_repr(&mut self, v: &Value) -> PyResult<String> {
        let id = v.ptr().unwrap_or(0);
        if REPR_STACK.with(|s| s.borrow().contains(&id)) {
            return Ok(match v {
                Value::List(_) => "[...]",
                Value::Dict(_) => "{...}",
                _ => "...",
            }
            .into());
        }
        if REPR_STACK.with(|s| s.borrow().len()) > 800 {
            return Err(PyErr::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        REPR_STACK.with(|s| s.borrow_mut().push(id));
        let r = self.container_repr_inner(v);
        REPR_STACK.with(|s| s.borrow_mut().pop());
        r
    }

    fn container_repr_inner(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::List(l) => {
                let items = l.0.borrow().clone();
                let parts: PyResult<Vec<String>> = items.iter().map(|x| self.repr(x)).collect();
                format!("[{}]", parts?.join(", "))
            }
            Value::Tuple(t) => {
                let parts: PyResult<Vec<String>> = t.0.iter().map(|x| self.repr(x)).collect();
                let parts = parts?;
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Value::Dict(d) => {
                let items = d.0.borrow().items();
                let mut parts = Vec::with_capacity(items.len());
                for (k, val) in &items {
                    parts.push(format!("{}: {}", self.repr(k)?, self.repr(val)?));
                }
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(s) => {
                let items = s.table.borrow().keys();
                let name = if s.frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let parts: PyResult<Vec<String>> = items.iter().map(|x| self.repr(x)).collect();
                if s.frozen {
                    format!("frozenset({{{}}})", parts?.join(", "))
                } else {
                    format!("{{{}}}", parts?.join(", "))
                }
            }
            _ => unreachable!(),
        })
    }

    /// The text a `__repr__`/`__str__` returned, or CPython's TypeError
    /// when it is not a str.
    fn text_from_dunder(&self, r: Value, name: &str) -> PyResult<String> {
        match r {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(PyErr::type_error(format!(
                "{name} returned non-string (type {})",
                self.type_name(&other)
            ))),
        }
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Class(c) if c.metaclass.is_some() && self.dunder(v, "__str__").is_some() => {
                let m = self.dunder(v, "__str__").unwrap_or_default();
                let r = self.call(&m, vec![v.clone()])?;
                self.text_from_dunder(r, "__str__")
            }
            Value::Instance(i) => {
                if let Some(m) = i
                    .class
                    .lookup(&intern_static("__str__"))
                    .map(crate::object::special_method)
                {
                    let r = self.nested(" while calling a Python object", |vm| {
                        vm.call(&m, vec![v.clone()])
                    })?;
                    return self.text_from_dunder(r, "__str__");
                }
                if let Value::Str(s) = &i.base {
                    return Ok(s.as_str().to_string());
                }
                if i.exc.is_some() {
                    let args = i.args();
                    if self.is_instance_of_exc(i, ExcType::KeyError) && args.len() == 1 {
                        return self.repr(&args[0]);
                    }
                    if let (true, [msg, Value::Tuple(d)]) = (
                        self.is_instance_of_exc(i, ExcType::SyntaxError),
                        args.as_slice(),
                    ) {
                        // "msg (file.py, line 3)", the file's base name.
                        let msg = self.str_of(msg)?;
                        let file = match d.0.first() {
                            Some(Value::Str(f)) => {
                                Some(f.as_str().rsplit('/').next().unwrap_or("").to_string())
                            }
                            _ => None,
                        };
                        let line = match d.0.get(1) {
                            Some(Value::Int(n)) => Some(*n),
                            _ => None,
                        };
                        return Ok(match (file, line) {
                            (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
                            (Some(f), None) => format!("{msg} ({f})"),
                            (None, Some(n)) => format!("{msg} (line {n})"),
                            (None, None) => msg,
                        });
                    }
                    if args.len() == 2 && self.is_instance_of_exc(i, ExcType::OSError) {
                        // OSError(errno, strerror[, filename[, winerror[, filename2]]]):
                        // the file names are attributes (see oserror.rs).
                        let mut s = format!(
                            "[Errno {}] {}",
                            self.str_of(&args[0])?,
                            self.str_of(&args[1])?
                        );
                        let name = |n: &str| {
                            i.dict
                                .get_str(&crate::str::intern(n))
                                .filter(|v| !matches!(v, Value::None))
                        };
                        if let Some(f) = name("filename") {
                            s.push_str(&format!(": {}", self.repr(&f)?));
                            if let Some(f2) = name("filename2") {
                                s.push_str(&format!(" -> {}", self.repr(&f2)?));
                            }
                        }
                        return Ok(s);
                    }
                    if let Some(kind) = self.unicode_error_kind(i) {
                        let fixed = self.unicode_error_fields(i, kind, &args)?;
                        if let Some(s) = crate::codecs::unicode_error_str(kind, &fixed) {
                            return Ok(s);
                        }
                    }
                    return match args.len() {
                        0 => Ok(String::new()),
                        1 => self.str_of(&args[0]),
                        _ => self.repr(&Value::tuple(args)),
                    };
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if let Value::Instance(i) = v {
            if let Some(m) = i
                .class
                .lookup(&intern_static("__format__"))
                .map(crate::object::special_method)
            {
                let r = self.call(&m, vec![v.clone(), Value::str(spec)])?;
                let str_type = self.class_of(&Value::str(""));
                if !self.class_of(&r).is_subclass(&str_type) {
                    return Err(PyErr::type_error(format!(
                        "__format__ must return a str, not {}",
                        self.type_name(&r)
                    )));
                }
                return self.str_of(&r);
            }
            if spec.is_empty() {
                return self.str_of(v);
            }
            // A subclass of int, float, str...: its value formats as one.
            if matches!(
                i.base,
                Value::Int(_)
                    | Value::BigInt(_)
                    | Value::Bool(_)
                    | Value::Float(_)
                    | Value::Complex(_)
                    | Value::Str(_)
            ) {
                // A type code the value's type rejects names the subclass.
                let allowed = match i.base {
                    Value::Str(_) => "s",
                    Value::Float(_) => "eEfFgGn%",
                    Value::Complex(_) => "eEfFgGn",
                    _ => "bcdoxXneEfFgG%",
                };
                if let Some(t) = Spec::parse(spec, || i.class.name.to_string())?.ty {
                    if !allowed.contains(t) {
                        return Err(PyErr::value_error(format!(
                            "Unknown format code '{t}' for object of type '{}'",
                            i.class.name
                        )));
                    }
                }
                let base = i.base.clone();
                return self.format(&base, spec);
            }
            return Err(PyErr::type_error(format!(
                "unsupported format string passed to {}.__format__",
                i.class.name
            )));
        }
        let s = Spec::parse(spec, || self.type_name(v))?;
        match v {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                // bool prints its name only for an empty spec; any other
                // spec formats it as the int it is.
                if matches!(v, Value::Bool(_)) && spec.is_empty() {
                    return self.str_of(v);
                }
                let n = crate::ops::int_to_bigint(v).unwrap_or_default();
                format_int(&n, &s)
            }
            Value::Float(f) => format_float(*f, &s),
            Value::Complex(c) if spec.is_empty() => Ok(crate::complex::repr(c)),
            Value::Complex(c) => format_complex(c.re, c.im, &s),
            Value::Str(st) => {
                if let Some(t) = s.ty {
                    if t != 's' {
                        return Err(PyErr::value_error(format!(
                            "Unknown format code '{t}' for object of type 'str'"
                        )));
                    }
                }
                if s.sign.is_some() {
                    return Err(PyErr::value_error(
                        "Sign not allowed in string format specifier",
                    ));
                }
                let mut text = st.as_str().to_string();
                if let Some(p) = s.precision {
                    text = text.chars().take(p).collect();
                }
                Ok(s.pad(&text, '<'))
            }
            _ => {
                let text = self.str_of(v)?;
                if spec.is_empty() {
                    return Ok(text);
                }
                if s.ty.is_some() {
                    return Err(PyErr::type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(v)
                    )));
                }
                Ok(s.pad(&text, '<'))
            }
        }
    }

    /// `fmt % args` for str.
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<String> {
        self.percent_format_mode(fmt, args, false)
    }

    /// `bytes % args` (PEP 461): the format's bytes are read as Latin-1
    /// text and formatted as text, with `%s`/`%b` taking bytes-like
    /// objects (or `__bytes__`), `%r`/`%a` giving `ascii()`, and `%c` an
    /// int below 256 or one byte; the result is encoded back.
    pub fn percent_format_bytes(&mut self, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
        let text: String = fmt.iter().map(|&b| b as char).collect();
        let out = self.percent_format_mode(&text, args, true)?;
        Ok(out.chars().map(|c| c as u32 as u8).collect())
    }

    /// The bytes a `%s`/`%b` directive of a bytes format inserts, as
    /// Latin-1 text.
    fn percent_bytes_arg(&mut self, arg: &Value) -> PyResult<String> {
        let latin1 = |b: &[u8]| b.iter().map(|&b| b as char).collect::<String>();
        match arg {
            Value::Bytes(b) => return Ok(latin1(b)),
            Value::ByteArray(b) => return Ok(latin1(&b.data.borrow())),
            _ => {}
        }
        if let Some(Value::Bytes(b)) = crate::object::base_value(arg) {
            return Ok(latin1(&b));
        }
        if self.dunder(arg, "__bytes__").is_some() {
            if let Value::Bytes(b) = self.call_method_native(arg, "__bytes__", vec![])? {
                return Ok(latin1(&b));
            }
        }
        Err(PyErr::type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            self.type_name(arg)
        )))
    }

    fn percent_format_mode(
        &mut self,
        fmt: &str,
        args: &Value,
        bytes_mode: bool,
    ) -> PyResult<String> {
        // A tuple subclass (a namedtuple) is the argument tuple too.
        let tuple = match args {
            Value::Instance(i) => &i.base,
            other => other,
        };
        let (items, mapping): (Vec<Value>, Option<Value>) = match (tuple, args) {
            (Value::Tuple(t), _) => (t.0.to_vec(), None),
            (_, Value::Dict(_)) => (vec![args.clone()], Some(args.clone())),
            (_, Value::Instance(i))
                if matches!(i.base, Value::Dict(_))
                    || self.dunder(args, "__getitem__").is_some() =>
            {
                (vec![args.clone()], Some(args.clone()))
            }
            (_, other) => (vec![other.clone()], None),
        };
        let mut out = String::with_capacity(fmt.len() + 16);
        let mut idx = 0;
        // Byte positions: every character with a meaning here is ASCII, so
        // the text between directives is copied as whole slices.
        let bytes = fmt.as_bytes();
        let n = bytes.len();
        let mut i = 0;
        let mut used_mapping = false;
        while i < n {
            let Some(offset) = fmt[i..].find('%') else {
                out.push_str(&fmt[i..]);
                break;
            };
            out.push_str(&fmt[i..i + offset]);
            i += offset + 1;
            if i >= n {
                return Err(PyErr::value_error("incomplete format"));
            }
            let mut key = None;
            if bytes[i] == b'(' {
                let start = i + 1;
                let mut depth = 1;
                i += 1;
                while i < n && depth > 0 {
                    if bytes[i] == b'(' {
                        depth += 1;
                    } else if bytes[i] == b')' {
                        depth -= 1;
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(PyErr::value_error("incomplete format key"));
                }
                key = Some(&fmt[start..i - 1]);
            }
            let flags_start = i;
            while i < n && b"-+ #0".contains(&bytes[i]) {
                i += 1;
            }
            let mut flags = std::borrow::Cow::Borrowed(&fmt[flags_start..i]);
            let mut width = String::new();
            if i < n && bytes[i] == b'*' {
                let w = items.get(idx).cloned().unwrap_or(Value::Int(0));
                idx += 1;
                width = self.str_of(&w)?;
                // A negative `*` width left-justifies, as the '-' flag.
                if let Some(abs) = width.strip_prefix('-') {
                    width = abs.to_string();
                    flags.to_mut().push('-');
                }
                i += 1;
            }
            let width_start = i;
            while i < n && bytes[i].is_ascii_digit() {
                i += 1;
            }
            width.push_str(&fmt[width_start..i]);
            if width.len() > 18 && width.parse::<u64>().map_or(true, |w| w > isize::MAX as u64) {
                return Err(PyErr::value_error("width too big"));
            }
            let mut precision = None;
            if i < n && bytes[i] == b'.' {
                i += 1;
                let p_start = i;
                if i < n && bytes[i] == b'*' {
                    // `%.*d`: the precision is the next argument.
                    let p = items.get(idx).cloned().unwrap_or(Value::Int(0));
                    idx += 1;
                    i += 1;
                    let p = match p {
                        Value::Int(p) => p,
                        Value::Bool(b) => i64::from(b),
                        _ => return Err(PyErr::type_error("* wants int")),
                    };
                    if p > i32::MAX as i64 {
                        return Err(PyErr::value_error("precision too big"));
                    }
                    precision = Some(p.max(0) as usize);
                }
                while precision.is_none() && i < n && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                let parsed = match precision {
                    Some(p) => Ok(p),
                    None => fmt[p_start..i].parse::<usize>(),
                };
                precision = match parsed {
                    Ok(p) if p <= i32::MAX as usize => Some(p),
                    Err(_) if p_start == i => Some(0),
                    _ => return Err(PyErr::value_error("precision too big")),
                };
            }
            let Some(conv) = fmt[i..].chars().next() else {
                return Err(PyErr::value_error("incomplete format"));
            };
            let conv_pos = i;
            i += conv.len_utf8();
            if conv == '%' {
                out.push('%');
                continue;
            }
            let arg = match &key {
                Some(k) => {
                    used_mapping = true;
                    let m = mapping
                        .as_ref()
                        .ok_or_else(|| PyErr::type_error("format requires a mapping"))?;
                    // A plain dict (a logging record's __dict__, say) is
                    // searched by the key's text; anything else by getitem.
                    // A bytes format's keys are bytes (its text is Latin-1).
                    let found = match m {
                        Value::Dict(d) if !bytes_mode => d.0.borrow().get_text(k),
                        _ => None,
                    };
                    match found {
                        Some(v) => v,
                        None if bytes_mode => {
                            let key = Value::Bytes(std::rc::Rc::new(
                                k.chars().map(|c| c as u8).collect(),
                            ));
                            self.getitem(m, &key)?
                        }
                        None => self.getitem(m, &Value::str(k))?,
                    }
                }
                None => {
                    let a = items.get(idx).cloned().ok_or_else(|| {
                        PyErr::type_error("not enough arguments for format string")
                    })?;
                    idx += 1;
                    a
                }
            };
            // The usual directives, plain: straight into the output.
            if flags.is_empty() && width.is_empty() && precision.is_none() && !bytes_mode {
                match (conv, &arg) {
                    ('s', Value::Str(text)) => {
                        out.push_str(text.as_str());
                        continue;
                    }
                    ('d' | 'i' | 'u', Value::Int(v)) => {
                        use std::fmt::Write;
                        let _ = write!(out, "{v}");
                        continue;
                    }
                    _ => {}
                }
            }
            let mut spec = String::new();
            let left = flags.contains('-');
            if flags.contains('+') {
                spec.push('+');
            } else if flags.contains(' ') {
                spec.push(' ');
            }
            if flags.contains('#') {
                spec.push('#');
            }
            // Sign and alternate form only: an integer with a precision
            // is padded by `int_precision`, not by `format`.
            let base_spec = spec.clone();
            let zero_width = if flags.contains('0') && !left {
                width.parse::<usize>().ok()
            } else {
                None
            };
            if flags.contains('0')
                && !left
                && matches!(
                    conv,
                    'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G'
                )
            {
                spec.push('0');
                spec.push_str(&width);
            }
            if matches!(conv, 'x' | 'X' | 'o')
                && !matches!(
                    arg,
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_)
                )
            {
                return Err(PyErr::type_error(format!(
                    "%{conv} format: an integer is required, not {}",
                    self.type_name(&arg)
                )));
            }
            let body = match conv {
                's' | 'b' | 'r' | 'a' | 'c' if bytes_mode => {
                    let mut t = match conv {
                        's' | 'b' => self.percent_bytes_arg(&arg)?,
                        'c' => match &arg {
                            Value::Int(n) if (0..256).contains(n) => (*n as u8 as char).to_string(),
                            Value::Int(_) | Value::BigInt(_) => {
                                return Err(PyErr::new(
                                    ExcType::OverflowError,
                                    "%c arg not in range(256)",
                                ))
                            }
                            Value::Bytes(b) if b.len() == 1 => (b[0] as char).to_string(),
                            _ => {
                                return Err(PyErr::type_error(
                                    "%c requires an integer in range(256) or a single byte",
                                ))
                            }
                        },
                        _ => ascii_escape(&self.repr(&arg)?),
                    };
                    if let Some(p) = precision {
                        if conv != 'c' {
                            t = t.chars().take(p).collect();
                        }
                    }
                    t
                }
                's' | 'r' | 'a' => {
                    let mut t = match conv {
                        's' => self.str_of(&arg)?,
                        'r' => self.repr(&arg)?,
                        _ => ascii_escape(&self.repr(&arg)?),
                    };
                    if let Some(p) = precision {
                        t = t.chars().take(p).collect();
                    }
                    t
                }
                'd' | 'i' | 'u' => {
                    let n = match &arg {
                        Value::Float(f) => Value::from_bigint(float_to_bigint(f.trunc())?),
                        Value::Bool(b) => Value::Int(i64::from(*b)),
                        Value::Int(_) | Value::BigInt(_) => arg.clone(),
                        // An int subclass (IntEnum members) formats as its
                        // int value; other numbers through __index__/__int__.
                        other => match crate::object::base_value(other) {
                            Some(b @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
                                match b {
                                    Value::Bool(x) => Value::Int(i64::from(x)),
                                    b => b,
                                }
                            }
                            Some(Value::Float(f)) => {
                                Value::from_bigint(float_to_bigint(f.trunc())?)
                            }
                            _ if self.dunder(other, "__index__").is_some() => {
                                self.call_method_native(other, "__index__", vec![])?
                            }
                            _ if self.dunder(other, "__int__").is_some() => {
                                self.call_method_native(other, "__int__", vec![])?
                            }
                            _ => {
                                return Err(PyErr::type_error(format!(
                                    "%{conv} format: a real number is required, not {}",
                                    self.type_name(other)
                                )))
                            }
                        },
                    };
                    match precision {
                        Some(p) => int_precision(&self.format(&n, &base_spec)?, p, zero_width)?,
                        None => self.format(&n, &spec)?,
                    }
                }
                'x' | 'X' | 'o' if precision.is_some() => {
                    let body = self.format(&arg, &format!("{base_spec}{conv}"))?;
                    int_precision(&body, precision.unwrap_or(0), zero_width)?
                }
                'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'c' => {
                    let mut sp = spec.clone();
                    if let Some(p) = precision {
                        sp.push_str(&format!(".{p}"));
                    }
                    sp.push(conv);
                    if conv == 'c' {
                        match &arg {
                            Value::Int(n) => crate::surrogate::from_code_point(*n as u32)
                                .map(|c| c.to_string())
                                .unwrap_or_default(),
                            Value::Str(s) => s.as_str().to_string(),
                            _ => return Err(PyErr::type_error("%c requires int or char")),
                        }
                    } else {
                        let a = if matches!(conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
                            match crate::ops::to_f64(&arg) {
                                Some(f) => Value::Float(f),
                                None => {
                                    return Err(PyErr::type_error(format!(
                                        "must be real number, not {}",
                                        self.type_name(&arg)
                                    )))
                                }
                            }
                        } else {
                            arg.clone()
                        };
                        self.format(&a, &sp)?
                    }
                }
                other => {
                    return Err(PyErr::value_error(format!(
                        "unsupported format character '{other}' (0x{:x}) at index {}",
                        other as u32,
                        fmt[..conv_pos].chars().count()
                    )))
                }
            };
            let w: usize = width.parse().unwrap_or(0);
            let len = body.chars().count();
            if len < w {
                crate::error::check_alloc(w - len)?;
                let pad = " ".repeat(w - len);
                if left {
                    out.push_str(&body);
                    out.push_str(&pad);
                } else {
                    out.push_str(&pad);
                    out.push_str(&body);
                }
            } else {
                out.push_str(&body);
            }
        }
        if !used_mapping && idx < items.len() && mapping.is_none() {
            return Err(PyErr::type_error(if bytes_mode {
                "not all arguments converted during bytes formatting"
            } else {
                "not all arguments converted during string formatting"
            }));
        }
        Ok(out)
    }
}

/// `%.Nd` and kin: the digits of `body` (a formatted integer with its
/// sign and `0x`/`0o` prefix, no width) zero-padded to `prec`, then, with
/// the `0` flag, to the width after the sign and prefix, as CPython does
/// (`'%+.4d' % -3` is `'-0003'`, `'%#08.3x' % 5` is `'0x000005'`).
fn int_precision(body: &str, prec: usize, zero_width: Option<usize>) -> PyResult<String> {
    let sign = usize::from(body.starts_with(['-', '+', ' ']));
    let rest = &body[sign..];
    let head = if rest.starts_with("0x") || rest.starts_with("0X") || rest.starts_with("0o") {
        sign + 2
    } else {
        sign
    };
    let digits = body.len() - head;
    let mut zeros = prec.saturating_sub(digits);
    if let Some(w) = zero_width {
        zeros = zeros.max(w.saturating_sub(head + digits));
    }
    crate::error::check_alloc(zeros)?;
    let mut out = String::with_capacity(body.len() + zeros);
    out.push_str(&body[..head]);
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(&body[head..]);
    Ok(out)
}

fn float_to_bigint(f: f64) -> PyResult<BigInt> {
    use num_traits::FromPrimitive;
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    BigInt::from_f64(f).ok_or_else(|| {
        PyErr::new(
            ExcType::OverflowError,
            "cannot convert float infinity to integer",
        )
    })
}

/// A parsed format spec: `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
#[derive(Default, Debug)]
pub struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

impl Spec {
    /// Reads a format spec for a value of type `tname` (named by the
    /// error for a spec that does not parse).
    pub fn parse(spec: &str, tname: impl FnOnce() -> String) -> PyResult<Spec> {
        let c: Vec<char> = spec.chars().collect();
        let mut s = Spec::default();
        let mut i = 0;
        if c.len() >= 2 && matches!(c[1], '<' | '>' | '^' | '=') {
            s.fill = Some(c[0]);
            s.align = Some(c[1]);
            i = 2;
        } else if !c.is_empty() && matches!(c[0], '<' | '>' | '^' | '=') {
            s.align = Some(c[0]);
            i = 1;
        }
        if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
            s.sign = Some(c[i]);
            i += 1;
        }
        if i < c.len() && c[i] == '#' {
            s.alt = true;
            i += 1;
        }
        if i < c.len() && c[i] == '0' {
            s.zero = true;
            i += 1;
        }
        let mut w = String::new();
        while i < c.len() && c[i].is_ascii_digit() {
            w.push(c[i]);
            i += 1;
        }
        s.width = match w.parse::<usize>() {
            Ok(n) if n <= isize::MAX as usize => n,
            Err(_) if w.is_empty() => 0,
            _ => {
                return Err(PyErr::value_error(
                    "Too many decimal digits in format string",
                ))
            }
        };
        // The padding is allocated later, infallibly: check its size now.
        let fill_len = s.fill.map_or(1, char::len_utf8);
        crate::error::check_alloc(s.width.saturating_mul(fill_len))?;
        if i < c.len() && (c[i] == ',' || c[i] == '_') {
            s.grouping = Some(c[i]);
            i += 1;
        }
        if i < c.len() && c[i] == '.' {
            i += 1;
            let mut p = String::new();
            while i < c.len() && c[i].is_ascii_digit() {
                p.push(c[i]);
                i += 1;
            }
            if p.is_empty() {
                return Err(PyErr::value_error("Format specifier missing precision"));
            }
            s.precision = match p.parse::<usize>() {
                Ok(n) if n <= isize::MAX as usize => Some(n),
                _ => {
                    return Err(PyErr::value_error(
                        "Too many decimal digits in format string",
                    ))
                }
            };
        }
        if i < c.len() {
            s.ty = Some(c[i]);
            i += 1;
        }
        if i < c.len() {
            return Err(PyErr::value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{}'",
                tname()
            )));
        }
        Ok(s)
    }

    /// Pads `text` to the width with the default alignment given.
    fn pad(&self, text: &str, default_align: char) -> String {
        let len = text.chars().count();
        if len >= self.width {
            return text.to_string();
        }
        let fill = self.fill.unwrap_or(if self.zero && self.align.is_none() {
            '0'
        } else {
            ' '
        });
        let align = self.align.unwrap_or(if self.zero && default_align == '>' {
            '='
        } else {
            default_align
        });
        let n = self.width - len;
        let f = |k: usize| fill.to_string().repeat(k);
        match align {
            '<' => format!("{text}{}", f(n)),
            '^' => format!("{}{text}{}", f(n / 2), f(n - n / 2)),
            '=' => {
                let (sign, rest) = split_sign(text);
                format!("{sign}{}{rest}", f(n))
            }
            _ => format!("{}{text}", f(n)),
        }
    }
}

fn split_sign(text: &str) -> (&str, &str) {
    let mut end = 0;
    if text.starts_with(['-', '+', ' ']) {
        end = 1;
    }
    let rest = &text[end..];
    if rest.starts_with("0x")
        || rest.starts_with("0o")
        || rest.starts_with("0b")
        || rest.starts_with("0X")
    {
        end += 2;
    }
    (&text[..end], &text[end..])
}

fn group_digits(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

fn sign_prefix(neg: bool, sign: Option<char>) -> &'static str {
    if neg {
        "-"
    } else {
        match sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

fn format_int(n: &BigInt, s: &Spec) -> PyResult<String> {
    let neg = n.is_negative();
    let a = n.abs();
    let (digits, prefix) = match s.ty {
        None | Some('d') | Some('n') => (bigint_decimal(&a)?, ""),
        Some('x') => (a.to_str_radix(16), "0x"),
        Some('X') => (a.to_str_radix(16).to_uppercase(), "0X"),
        Some('o') => (a.to_str_radix(8), "0o"),
        Some('b') => (a.to_str_radix(2), "0b"),
        Some('c') => {
            if s.precision.is_some() {
                return Err(PyErr::value_error(
                    "Precision not allowed in integer format specifier",
                ));
            }
            let c = n
                .to_u32()
                .and_then(crate::surrogate::from_code_point)
                .ok_or_else(|| {
                    PyErr::new(ExcType::OverflowError, "%c arg not in range(0x110000)")
                })?;
            return Ok(s.pad(&c.to_string(), '<'));
        }
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            return format_float(n.to_f64().unwrap_or(f64::INFINITY), s);
        }
        Some(t) => {
            return Err(PyErr::value_error(format!(
                "Unknown format code '{t}' for object of type 'int'"
            )))
        }
    };
    if s.precision.is_some() {
        return Err(PyErr::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    let digits = match s.grouping {
        Some(g) => group_digits(
            &digits,
            g,
            if matches!(s.ty, Some('x' | 'X' | 'o' | 'b')) {
                4
            } else {
                3
            },
        ),
        None => digits,
    };
    let prefix = if s.alt { prefix } else { "" };
    let body = format!("{}{}{}", sign_prefix(neg, s.sign), prefix, digits);
    if s.zero && s.align.is_none() && s.fill.is_none() && s.grouping.is_some() {
        // Zero padding with grouping keeps separators in the padding.
        let sign = sign_prefix(neg, s.sign);
        let mut raw = match s.ty {
            None | Some('d') | Some('n') => a.to_string(),
            _ => digits.replace([',', '_'], ""),
        };
        let target = s.width.saturating_sub(sign.len() + prefix.len());
        loop {
            let g = group_digits(&raw, s.grouping.unwrap_or(','), 3);
            if g.len() >= target {
                return Ok(format!("{sign}{prefix}{g}"));
            }
            raw.insert(0, '0');
        }
    }
    Ok(s.pad(&body, '>'))
}

fn format_float(f: f64, s: &Spec) -> PyResult<String> {
    let neg = f.is_sign_negative();
    let a = f.abs();
    let body = if a.is_nan() || a.is_infinite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        if matches!(s.ty, Some('E' | 'F' | 'G')) {
            t.to_uppercase()
        } else if s.ty == Some('%') {
            format!("{t}%")
        } else {
            t.to_string()
        }
    } else {
        if s.precision.is_some_and(|p| p > i32::MAX as usize) {
            return Err(PyErr::value_error("precision too big"));
        }
        crate::error::check_alloc(s.precision.unwrap_or(0))?;
        match s.ty {
            None => match s.precision {
                None => alt_point(float_repr(a), s.alt),
                Some(p) => general(a, p.max(1), s.alt, true),
            },
            Some('f' | 'F') => alt_point(fixed(a, s.precision.unwrap_or(6)), s.alt),
            Some('e' | 'E') => {
                let t = alt_point(sci(a, s.precision.unwrap_or(6)), s.alt);
                if s.ty == Some('E') {
                    t.to_uppercase()
                } else {
                    t
                }
            }
            // 'n' is 'g' in the C locale whirl runs in.
            Some('g' | 'G' | 'n') => {
                let t = general(a, s.precision.unwrap_or(6).max(1), s.alt, false);
                if s.ty == Some('G') {
                    t.to_uppercase()
                } else {
                    t
                }
            }
            Some('%') => alt_point(fixed(a * 100.0, s.precision.unwrap_or(6)), s.alt) + "%",
            Some(t) => {
                return Err(PyErr::value_error(format!(
                    "Unknown format code '{t}' for object of type 'float'"
                )))
            }
        }
    };
    let body = match s.grouping {
        Some(g) => {
            let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                Some(i) => (&body[..i], &body[i..]),
                None => (&body[..], ""),
            };
            format!("{}{}", group_digits(int_part, g, 3), rest)
        }
        None => body,
    };
    let text = format!("{}{}", sign_prefix(neg, s.sign), body);
    Ok(s.pad(&text, '>'))
}

/// `format(z, spec)` for complex: both parts formatted as floats; with
/// no presentation type, in parentheses and without a zero real part.
fn format_complex(re: f64, im: f64, s: &Spec) -> PyResult<String> {
    if s.align == Some('=') {
        return Err(PyErr::value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    if s.zero && s.fill.is_none() {
        return Err(PyErr::value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    let ty = match s.ty {
        None => None,
        Some('n') => Some('g'),
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => Some(t),
        Some(t) => {
            return Err(PyErr::value_error(format!(
                "Unknown format code '{t}' for object of type 'complex'"
            )))
        }
    };
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(PyErr::value_error("precision too big"));
    }
    crate::error::check_alloc(s.precision.unwrap_or(0).saturating_mul(2))?;
    let body = |x: f64| -> String {
        let a = x.abs();
        if a.is_nan() || a.is_infinite() {
            let t = if a.is_nan() { "nan" } else { "inf" };
            return if matches!(ty, Some('E' | 'F' | 'G')) {
                t.to_uppercase()
            } else {
                t.to_string()
            };
        }
        match ty {
            None => match s.precision {
                None => {
                    let r = float_repr(a);
                    let r = r.strip_suffix(".0").map(str::to_string).unwrap_or(r);
                    alt_point(r, s.alt)
                }
                Some(p) => general(a, p.max(1), s.alt, false),
            },
            Some('f' | 'F') => alt_point(fixed(a, s.precision.unwrap_or(6)), s.alt),
            Some(t @ ('e' | 'E')) => {
                let r = alt_point(sci(a, s.precision.unwrap_or(6)), s.alt);
                if t == 'E' {
                    r.to_uppercase()
                } else {
                    r
                }
            }
            Some(t) => {
                let r = general(a, s.precision.unwrap_or(6).max(1), s.alt, false);
                if t == 'G' {
                    r.to_uppercase()
                } else {
                    r
                }
            }
        }
    };
    // ',' and '_' group each part's integer digits, as for floats.
    let body = |x: f64| -> String {
        let b = body(x);
        match s.grouping {
            Some(g) => {
                let at = b.find(|c: char| !c.is_ascii_digit()).unwrap_or(b.len());
                format!("{}{}", group_digits(&b[..at], g, 3), &b[at..])
            }
            None => b,
        }
    };
    let skip_re = ty.is_none() && re == 0.0 && re.is_sign_positive();
    let parens = ty.is_none() && !skip_re;
    let mut text = String::new();
    if parens {
        text.push('(');
    }
    if !skip_re {
        text.push_str(sign_prefix(re.is_sign_negative() && !re.is_nan(), s.sign));
        text.push_str(&body(re));
    }
    let im_neg = im.is_sign_negative() && !im.is_nan();
    text.push_str(if skip_re {
        sign_prefix(im_neg, s.sign)
    } else if im_neg {
        "-"
    } else {
        "+"
    });
    text.push_str(&body(im));
    text.push('j');
    if parens {
        text.push(')');
    }
    Ok(s.pad(&text, '>'))
}

/// Digits past which every f64's decimal expansion is zeros (its exact
/// expansion has at most 1074 places after the point, 767 significant).
/// Rust's formatter panics past a precision of 65535, so longer ones are
/// formatted to this and padded with zeros: the same digits.
const EXACT_DIGITS: usize = 1100;

/// `{:.prec$}` for any precision.
fn fixed(a: f64, prec: usize) -> String {
    if prec <= EXACT_DIGITS {
        return format!("{:.*}", prec, a);
    }
    let mut t = format!("{:.*}", EXACT_DIGITS, a);
    t.extend(std::iter::repeat_n('0', prec - EXACT_DIGITS));
    t
}

/// `%e` formatting with Python's two-digit exponent.
fn sci(a: f64, prec: usize) -> String {
    let t = if prec <= EXACT_DIGITS {
        format!("{:.*e}", prec, a)
    } else {
        let t = format!("{:.*e}", EXACT_DIGITS, a);
        let (m, e) = t.split_once('e').unwrap_or((&t, "0"));
        format!("{m}{}e{e}", "0".repeat(prec - EXACT_DIGITS))
    };
    let (m, e) = t.split_once('e').unwrap_or((&t, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// `%g`: precision significant digits, trailing zeros removed unless `alt`
/// (which also keeps the point). `repr_like` is the no-type form with a
/// precision: exponent from one digit sooner, and an integral value keeps
/// one digit after the point.
fn general(a: f64, prec: usize, alt: bool, repr_like: bool) -> String {
    // Round first to know the real exponent (zero's is 0).
    let rounded = sci(a, prec - 1);
    let e: i32 = rounded
        .split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0);
    let limit = prec as i32 - i32::from(repr_like);
    if e < -4 || e >= limit {
        let (m, ex) = rounded.split_once('e').unwrap_or((&rounded, "+00"));
        let m = if alt {
            alt_point(m.to_string(), true)
        } else {
            strip_zeros(m)
        };
        format!("{m}e{ex}")
    } else {
        let decimals = (prec as i32 - 1 - e).max(0) as usize;
        let t = fixed(a, decimals);
        if alt {
            alt_point(t, true)
        } else {
            let t = strip_zeros(&t);
            if repr_like && !t.contains('.') {
                format!("{t}.0")
            } else {
                t
            }
        }
    }
}

/// The alternate form (`#`) of a formatted number: always a decimal point,
/// before the exponent when there is one.
fn alt_point(mut t: String, alt: bool) -> String {
    if !alt || t.contains('.') {
        return t;
    }
    let at = t.find(['e', 'E']).unwrap_or(t.len());
    t.insert(at, '.');
    t
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// `type.__repr__(cls)`: what a class shows without its metaclass's
/// `__repr__` (which may call this one through `super()`).
pub(crate) fn plain_class_repr(c: &crate::class::Class) -> String {
    if c.module == "builtins" {
        format!("<class '{}'>", c.qualname)
    } else {
        format!("<class '{}.{}'>", c.module, c.qualname)
    }
}
