//! Exception objects as the VM makes and reads them: materializing a
//! `PyErr`, raisable values, the attributes of exception instances.

use crate::class::Instance;
use crate::error::{ExcType, PyErr, PyResult};
use crate::str::{intern, intern_static};
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

impl Vm {
    /// Turns a `PyErr` into the exception instance it stands for.
    pub fn materialize(&mut self, e: PyErr) -> Rc<Instance> {
        match e {
            PyErr::Raised(i) => i,
            PyErr::New(b) => {
                let (t, msg) = *b;
                let args = if msg.is_empty() {
                    vec![]
                } else {
                    vec![Value::string(msg)]
                };
                self.new_exception(t, args)
            }
            PyErr::WithArgs(b) => {
                let (t, args) = *b;
                self.new_exception(t, args)
            }
            PyErr::Lookup(b) => {
                let b = *b;
                let exc = self.new_exception(b.kind, vec![Value::string(b.message)]);
                exc.dict.set_str(intern_static("name"), Value::Str(b.name));
                if !b.obj.is_null() {
                    exc.dict.set_str(intern_static("obj"), b.obj);
                }
                *exc.exc().suggestion.borrow_mut() = b.suggestion;
                exc
            }
        }
    }

    pub fn new_exception(&mut self, t: ExcType, args: Vec<Value>) -> Rc<Instance> {
        let inst = Instance::new(self.exc_class(t));
        let args = self.oserror_args(&inst, args);
        *inst.exc().args.borrow_mut() = Value::tuple(args);
        crate::gc::new_instance(inst)
    }

    /// The operand of `raise`: an exception instance or class.
    pub fn make_raisable(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Instance(i) if i.exc.is_some() => Ok(PyErr::Raised(i.clone())),
            Value::Class(c) if c.exc_type.is_some() => {
                let inst = self.call_class(c, vec![], vec![])?;
                match inst {
                    Value::Instance(i) if i.exc.is_some() => Ok(PyErr::Raised(i)),
                    other => {
                        let typ = Value::Class(self.class_of(&other));
                        Err(PyErr::type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            self.repr(&v)?,
                            self.repr(&typ)?
                        )))
                    }
                }
            }
            _ => Err(PyErr::type_error(
                "exceptions must derive from BaseException",
            )),
        }
    }

    pub(crate) fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let Value::Instance(e) = exc else {
            return Ok(false);
        };
        match typ {
            Value::Class(c) if c.exc_type.is_some() => Ok(e.class.is_subclass(c)),
            // Every item must be an exception class, checked before any
            // is matched (as CPython: `except (E, 42)` fails even for E).
            Value::Tuple(t)
                if t.0
                    .iter()
                    .all(|item| matches!(item, Value::Class(c) if c.exc_type.is_some())) =>
            {
                Ok(t.0.iter().any(|item| match item {
                    Value::Class(c) => e.class.is_subclass(c),
                    _ => false,
                }))
            }
            _ => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// For an error that is StopIteration: Ok(its value); otherwise the error.
    pub(crate) fn stop_iteration_value(&mut self, e: PyErr) -> PyResult<Value> {
        if e.builtin_type() == Some(ExcType::StopIteration) {
            let inst = self.materialize(e);
            return Ok(inst.args().first().cloned().unwrap_or(Value::None));
        }
        if let PyErr::Raised(i) = &e {
            if self.is_instance_of_exc(i, ExcType::StopIteration) {
                return Ok(i.args().first().cloned().unwrap_or(Value::None));
            }
        }
        Err(e)
    }

    pub(super) fn exception_attr(&mut self, inst: &Rc<Instance>, name: &str) -> Option<Value> {
        let exc = inst.exc.as_ref()?;
        Some(match name {
            "args" => exc.args.borrow().clone(),
            "__cause__" => exc.cause.borrow().clone(),
            "__context__" => exc.context.borrow().clone(),
            "__suppress_context__" => Value::Bool(exc.suppress_context.get()),
            "message" | "exceptions" if !exc.group.borrow().is_none() => {
                let (message, excs) = crate::exception_group::group_parts(inst)?;
                if name == "message" {
                    message
                } else {
                    Value::Tuple(excs)
                }
            }
            "__traceback__" => self.traceback_of(inst),
            "value" if self.is_instance_of_exc(inst, ExcType::StopIteration) => {
                inst.args().first().cloned().unwrap_or(Value::None)
            }
            "code" if self.is_instance_of_exc(inst, ExcType::SystemExit) => {
                let a = inst.args();
                match a.len() {
                    0 => Value::None,
                    1 => a[0].clone(),
                    _ => Value::tuple(a),
                }
            }
            "msg"
            | "filename"
            | "lineno"
            | "offset"
            | "text"
            | "end_lineno"
            | "end_offset"
            | "print_file_and_line"
                if self.is_instance_of_exc(inst, ExcType::SyntaxError) =>
            {
                // SyntaxError(msg, (filename, lineno, offset, text,
                // end_lineno, end_offset)), or just a message.
                let a = inst.args();
                let i = match name {
                    "msg" => return Some(a.first().cloned().unwrap_or(Value::None)),
                    "filename" => 0,
                    "lineno" => 1,
                    "offset" => 2,
                    "text" => 3,
                    "end_lineno" => 4,
                    "end_offset" => 5,
                    _ => return Some(Value::None),
                };
                match a.get(1) {
                    Some(Value::Tuple(t)) if a.len() == 2 => {
                        t.0.get(i).cloned().unwrap_or(Value::None)
                    }
                    _ => Value::None,
                }
            }
            "filename" | "filename2" if self.is_instance_of_exc(inst, ExcType::OSError) => {
                // Set by the constructor (see oserror.rs) or assigned.
                inst.dict.get_str(&intern(name)).unwrap_or(Value::None)
            }
            "errno" | "strerror" if self.is_instance_of_exc(inst, ExcType::OSError) => {
                let a = inst.args();
                let i = match name {
                    "errno" => 0,
                    _ => 1,
                };
                if a.len() >= 2 {
                    a.get(i).cloned().unwrap_or(Value::None)
                } else {
                    Value::None
                }
            }
            // Unset keyword attributes of these (see `exc_init_kw`).
            "name" | "path" if self.is_instance_of_exc(inst, ExcType::ImportError) => Value::None,
            "msg" if self.is_instance_of_exc(inst, ExcType::ImportError) => {
                let a = inst.args();
                if a.len() == 1 {
                    a[0].clone()
                } else {
                    Value::None
                }
            }
            "name" | "obj" if self.is_instance_of_exc(inst, ExcType::AttributeError) => Value::None,
            "name" if self.is_instance_of_exc(inst, ExcType::NameError) => Value::None,
            "encoding" | "object" | "start" | "end" | "reason" => {
                // UnicodeEncodeError/DecodeError(encoding, object, start,
                // end, reason) and UnicodeTranslateError(object, start, end,
                // reason) keep them in `args`.
                let kind = self.unicode_error_kind(inst)?;
                let a = inst.args();
                let fields: &[&str] = if kind == ExcType::UnicodeTranslateError {
                    &["object", "start", "end", "reason"]
                } else {
                    &["encoding", "object", "start", "end", "reason"]
                };
                if a.len() != fields.len() {
                    return None;
                }
                let v = fields
                    .iter()
                    .position(|f| *f == name)
                    .map(|i| a[i].clone())
                    .unwrap_or(Value::None);
                // A decode error's object is bytes, whatever buffer it was
                // made with (CPython copies a bytearray's bytes).
                match (&v, kind, name) {
                    (
                        Value::ByteArray(_) | Value::MemoryView(_),
                        ExcType::UnicodeDecodeError,
                        "object",
                    ) => Value::Bytes(Rc::new(
                        crate::memoryview::buffer_bytes(&v).unwrap_or_default(),
                    )),
                    _ => v,
                }
            }
            _ => return None,
        })
    }
}
