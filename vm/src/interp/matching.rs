//! The runtime half of the `match` statement: the tests behind
//! `Instr::Match` (the compiler's half is `compile/pattern.rs`). They run
//! only inside match statements, off every other path.

use crate::class::Class;
use crate::code::{
    MATCH_CLASS, MATCH_COPY_DICT_WITHOUT_KEYS, MATCH_GET_LEN, MATCH_KEYS, MATCH_MAPPING,
    MATCH_SEQUENCE,
};
use crate::error::{ExcType, PyErr, PyResult};
use crate::str::{intern, intern_static};
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

/// `__abc_tpflags__` bits (CPython's type flags for `match`).
const ABC_SEQUENCE: i64 = 1 << 5;
const ABC_MAPPING: i64 = 1 << 6;

impl Vm {
    /// Runs one `Instr::Match` operation on the frame's value stack.
    pub(crate) fn match_op(&mut self, stack: &mut Vec<Value>, op: u32) -> PyResult<()> {
        match op & 0xff {
            MATCH_SEQUENCE => {
                let subject = stack.last().cloned().unwrap_or_default();
                let b = self.is_match_sequence(&subject);
                stack.push(Value::Bool(b));
            }
            MATCH_MAPPING => {
                let subject = stack.last().cloned().unwrap_or_default();
                let b = match &subject {
                    Value::Dict(_) => true,
                    Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Int(_) => false,
                    _ => self.collection_flags(&subject) & ABC_MAPPING != 0,
                };
                stack.push(Value::Bool(b));
            }
            MATCH_GET_LEN => {
                let subject = stack.last().cloned().unwrap_or_default();
                let n = crate::builtins::len_of(self, &subject)?;
                stack.push(Value::Int(n as i64));
            }
            MATCH_KEYS => {
                let keys = stack.last().cloned().unwrap_or_default();
                let subject = stack
                    .len()
                    .checked_sub(2)
                    .map(|i| stack[i].clone())
                    .unwrap_or_default();
                let r = self.match_keys(&subject, &keys)?;
                stack.push(r);
            }
            MATCH_COPY_DICT_WITHOUT_KEYS => {
                let keys = stack.pop().unwrap_or_default();
                let subject = stack.last().cloned().unwrap_or_default();
                let rest = self.call(&Value::Class(self.types.dict.clone()), vec![subject])?;
                if let Value::Tuple(t) = &keys {
                    for k in t.0.iter() {
                        self.call_method_native(&rest, "pop", vec![k.clone()])?;
                    }
                }
                stack.push(rest);
            }
            MATCH_CLASS => {
                let names = stack.pop().unwrap_or_default();
                let cls = stack.pop().unwrap_or_default();
                let subject = stack.pop().unwrap_or_default();
                let r = self.match_class(&subject, &cls, &names, (op >> 8) as usize)?;
                stack.push(r);
            }
            _ => return Err(PyErr::new(ExcType::SystemError, "bad match operation")),
        }
        Ok(())
    }

    /// Whether a sequence pattern may match: lists, tuples, ranges,
    /// memoryviews, `collections.deque`, `array.array`, classes registered
    /// with or derived from `collections.abc.Sequence`; never str, bytes or
    /// bytearray.
    fn is_match_sequence(&self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Str(_) | Value::Int(_) | Value::None | Value::Bool(_) => false,
            _ => self.collection_flags(v) & ABC_SEQUENCE != 0,
        }
    }

    /// CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING of a value's
    /// class: the first class along the MRO that has either decides (a
    /// builtin collection, or `__abc_tpflags__` in a class's own namespace,
    /// which `collections.abc` and `ABCMeta.register` set), as CPython's
    /// classes inherit the flags in MRO order.
    fn collection_flags(&self, v: &Value) -> i64 {
        let c = self.class_of(v);
        let t = &self.types;
        let key = intern_static("__abc_tpflags__");
        for k in std::iter::once(&c).chain(c.mro_vec().iter()) {
            if Rc::ptr_eq(k, &t.object) {
                break;
            }
            if Rc::ptr_eq(k, &t.list)
                || Rc::ptr_eq(k, &t.tuple)
                || Rc::ptr_eq(k, &t.range)
                || Rc::ptr_eq(k, &t.memoryview)
                || (k.name == "deque" && k.module == "collections")
                || (k.name == "array" && k.module == "array")
            {
                return ABC_SEQUENCE;
            }
            if Rc::ptr_eq(k, &t.dict) {
                return ABC_MAPPING;
            }
            if let Some(Value::Int(flags)) = k.dict.get_str(&key) {
                if flags & (ABC_SEQUENCE | ABC_MAPPING) != 0 {
                    return flags & (ABC_SEQUENCE | ABC_MAPPING);
                }
            }
        }
        0
    }

    /// The values of `keys` in the mapping (through its `get`, as CPython
    /// does), or None when one is missing. Keys may not repeat.
    fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let Value::Tuple(keys) = keys else {
            return Ok(Value::None);
        };
        let keys = keys.0.to_vec();
        for (i, k) in keys.iter().enumerate() {
            for earlier in &keys[..i] {
                if self.eq(earlier, k)? {
                    let r = self.repr(k)?;
                    return Err(PyErr::new(
                        ExcType::ValueError,
                        format!("mapping pattern checks duplicate key ({r})"),
                    ));
                }
            }
        }
        let get = self.getattr(subject, &intern_static("get"))?;
        let missing = self.call(&Value::Class(self.types.object.clone()), vec![])?;
        let mut values = Vec::with_capacity(keys.len());
        for k in keys {
            let v = self.call(&get, vec![k, missing.clone()])?;
            if let (Value::Instance(a), Value::Instance(b)) = (&v, &missing) {
                if Rc::ptr_eq(a, b) {
                    return Ok(Value::None);
                }
            }
            values.push(v);
        }
        Ok(Value::tuple(values))
    }

    /// `Cls(p1, .., a=q)`: the tuple of the attributes to match the
    /// sub-patterns against, or None when the subject is no instance of
    /// `Cls` or lacks an attribute.
    fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        names: &Value,
        nargs: usize,
    ) -> PyResult<Value> {
        let Value::Class(cls) = cls else {
            return Err(PyErr::type_error("called match pattern must be a type"));
        };
        if !self.class_of(subject).is_subclass(cls) {
            return Ok(Value::None);
        }
        let mut attrs = Vec::new();
        let mut seen: Vec<Rc<crate::str::PyStr>> = Vec::new();
        if nargs > 0 {
            let match_args =
                match self.getattr(&Value::Class(cls.clone()), &intern_static("__match_args__")) {
                    Ok(v) => Some(v),
                    Err(e) => {
                        let inst = self.materialize(e);
                        if !self.is_instance_of_exc(&inst, ExcType::AttributeError) {
                            return Err(PyErr::Raised(inst));
                        }
                        None
                    }
                };
            let (match_self, args) = match match_args {
                Some(Value::Tuple(t)) => (false, t.0.to_vec()),
                Some(other) => {
                    return Err(PyErr::type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        cls.name,
                        self.type_name(&other)
                    )))
                }
                None => (self.matches_self(cls), Vec::new()),
            };
            let allowed = if match_self { 1 } else { args.len() };
            if allowed < nargs {
                return Err(PyErr::type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({} given)",
                    cls.name,
                    allowed,
                    if allowed == 1 { "" } else { "s" },
                    nargs
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &args[..nargs] {
                    let Value::Str(name) = name else {
                        return Err(PyErr::type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            self.type_name(name)
                        )));
                    };
                    match self.match_class_attr(subject, cls, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let Value::Tuple(names) = names {
            for name in names.0.iter() {
                let Value::Str(name) = name else { continue };
                match self.match_class_attr(subject, cls, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(attrs))
    }

    /// The builtin types whose single positional sub-pattern matches the
    /// subject itself (`int(x)`, `str(s)`), and their subclasses.
    fn matches_self(&self, cls: &Rc<Class>) -> bool {
        let t = &self.types;
        let mut builtins = vec![
            &t.bool_, &t.bytes, &t.dict, &t.float, &t.int, &t.list, &t.str_, &t.tuple,
        ];
        builtins.push(&t.bytearray);
        if let Some(x) = self.extra.as_ref() {
            builtins.push(&x.set);
            builtins.push(&x.frozenset);
        }
        builtins.into_iter().any(|b| cls.is_subclass(b))
    }

    /// One attribute of the subject for a class pattern: None when it is
    /// missing (the pattern fails), an error when named twice.
    fn match_class_attr(
        &mut self,
        subject: &Value,
        cls: &Rc<Class>,
        name: &Rc<crate::str::PyStr>,
        seen: &mut Vec<Rc<crate::str::PyStr>>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s.as_str() == name.as_str()) {
            return Err(PyErr::type_error(format!(
                "{}() got multiple sub-patterns for attribute {}",
                cls.name,
                crate::format::str_repr(name.as_str())
            )));
        }
        seen.push(name.clone());
        let name = intern(name.as_str());
        match self.getattr(subject, &name) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                let inst = self.materialize(e);
                if self.is_instance_of_exc(&inst, ExcType::AttributeError) {
                    Ok(None)
                } else {
                    Err(PyErr::Raised(inst))
                }
            }
        }
    }
}
