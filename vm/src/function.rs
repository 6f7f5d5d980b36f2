//! Callable objects: Python functions, native builtins, bound methods, and
//! the cells closures share.

use crate::code::Code;
use crate::dict::PyDict;
use crate::error::PyResult;
use crate::str::PyStr;
use crate::value::Value;
use crate::Vm;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub defaults: Box<[Value]>,
    pub kwdefaults: Option<Rc<PyDict>>,
    pub closure: Box<[Rc<CellObj>]>,
    /// Attributes set on the function (`f.tag = 1`), made on first use.
    pub dict: std::cell::OnceCell<Rc<PyDict>>,
    pub doc: RefCell<Value>,
    /// Set when the function can be entered by copying exactly `argcount`
    /// positional arguments into its first slots.
    pub simple: bool,
}

impl Function {
    pub fn new(
        code: Rc<Code>,
        globals: Rc<PyDict>,
        defaults: Box<[Value]>,
        kwdefaults: Option<Rc<PyDict>>,
        closure: Box<[Rc<CellObj>]>,
    ) -> Function {
        let simple = !code.flags.varargs
            && !code.flags.varkw
            && code.kwonlyargcount == 0
            && code.cell_params.is_empty();
        Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            doc: RefCell::new(code.doc.clone()),
            code,
            globals,
            defaults,
            kwdefaults,
            closure,
            dict: std::cell::OnceCell::new(),
            simple,
        }
    }
}

/// A cell: one variable shared between a function and its closures.
pub struct CellObj(pub RefCell<Value>);

pub type NativeFn = fn(&mut Vm, &[Value], &[(Rc<PyStr>, Value)]) -> PyResult<Value>;

/// Builtins the interpreter loop runs without a native call, so that
/// generator resumption stays on the VM's own frame stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FastPath {
    None,
    /// `next(it)` / `next(it, default)`
    Next,
    /// `gen.send(v)`, `gen.__next__()`, `gen.next()`
    GenSend,
    GenNext,
    /// Needs the calling frame's namespaces (`globals()`, `locals()`,
    /// `vars()`, `dir()`, `eval`, `exec`).
    Frame,
    /// A builtin function that takes no keyword arguments (`id`, `len`):
    /// the call path rejects keywords for all of them in one place.
    NoKeywords,
}

impl FastPath {
    /// Whether a call with keyword arguments is a `TypeError` before the
    /// native function runs.
    pub fn rejects_keywords(self) -> bool {
        matches!(
            self,
            FastPath::NoKeywords | FastPath::Next | FastPath::GenSend | FastPath::GenNext
        )
    }
}

impl Builtin {
    /// CPython's "f() takes no keyword arguments".
    pub(crate) fn no_keywords_error(&self) -> crate::error::PyErr {
        crate::error::PyErr::type_error(match self.owner {
            Some(owner) => format!("{owner}.{}() takes no keyword arguments", self.name),
            None => format!("{}() takes no keyword arguments", self.name),
        })
    }
}

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// For a method of a builtin type, bound to its receiver.
    pub bound: Value,
    pub fast: FastPath,
    /// The type this is a method of (for repr), if any.
    pub owner: Option<&'static str>,
}

pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}
