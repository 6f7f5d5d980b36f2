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
    /// `__defaults__` and `__kwdefaults__` (assignable, as in CPython).
    pub defaults: RefCell<Box<[Value]>>,
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    pub closure: Box<[Rc<CellObj>]>,
    /// Attributes set on the function (`f.tag = 1`), made on first use.
    pub dict: std::cell::OnceCell<Rc<PyDict>>,
    pub doc: RefCell<Value>,
    /// `__annotations__`: `Null` until a definition with annotations sets
    /// it or it is first read (then an empty dict).
    pub annotations: RefCell<Value>,
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
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            dict: std::cell::OnceCell::new(),
            annotations: RefCell::new(Value::Null),
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
    /// What the one call path checks before `func` runs: the argument
    /// count and the receiver's type (`Sig::ANY`: nothing).
    pub sig: Sig,
}

/// How CPython words a builtin's errors: a method of a type (`list.append`),
/// a slot wrapper (`int.__add__`), or a module function (`math.sqrt`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ArityKind {
    Method,
    Slot,
    Function,
}

/// One row of the table `gen_arity.py` learns from CPython: the positional
/// arguments (after the receiver) a builtin takes, and CPython's messages
/// for too few (one per count given, from 0) and too many (`{}` stands
/// for the count given; `max == 255` means no limit).
pub struct ArityEntry {
    pub owner: &'static str,
    pub name: &'static str,
    pub kind: ArityKind,
    pub objclass: &'static str,
    pub min: u8,
    pub max: u8,
    pub few: &'static [&'static str],
    pub many: &'static str,
    /// CPython's message when the builtin takes no keyword arguments at
    /// all ("list.append() takes no keyword arguments"), else empty.
    pub no_kw: &'static str,
}

/// The checks the call path makes for one builtin: `lo..=hi` bounds the
/// number of positional arguments *including* the receiver, and `recv` is
/// the builtin type the receiver (first argument) must be an instance of.
/// Kept small and `Copy`: the common call pays two integer compares.
#[derive(Clone, Copy)]
pub struct Sig {
    pub lo: u8,
    pub hi: u8,
    pub recv: Option<Recv>,
    pub entry: Option<&'static ArityEntry>,
}

/// The type a method's receiver must have: a builtin type, or a class of
/// the `builtins` module known by name (`property`, `super`, ...).
#[derive(Clone, Copy)]
pub enum Recv {
    Type(crate::class::BuiltinType),
    Named(&'static str),
}

impl Sig {
    /// No checks: the function checks its own arguments.
    pub const ANY: Sig = Sig {
        lo: 0,
        hi: u8::MAX,
        recv: None,
        entry: None,
    };

    /// The row of the table for `owner.name`, if CPython has one.
    pub fn lookup(owner: &str, name: &str) -> Option<&'static ArityEntry> {
        let t = crate::arity::TABLE;
        t.binary_search_by(|e| (e.owner, e.name).cmp(&(owner, name)))
            .ok()
            .map(|i| &t[i])
    }

    /// The checks for a method `name` registered on a builtin type.
    pub fn method(cls: &crate::class::Class, owner: &'static str, name: &str) -> Sig {
        match Self::lookup(&cls.name, name) {
            Some(e) if e.kind != ArityKind::Function => Sig {
                lo: e.min.saturating_add(1),
                hi: e.max.saturating_add(1),
                recv: Some(match cls.builtin {
                    Some(bt) => Recv::Type(bt),
                    None => Recv::Named(owner),
                }),
                entry: Some(e),
            },
            _ => Sig::ANY,
        }
    }

    /// The checks for a function `name` of module `module`.
    pub fn function(module: &str, name: &str) -> Sig {
        match Self::lookup(module, name) {
            Some(e) if e.kind == ArityKind::Function => Sig {
                lo: e.min,
                hi: e.max,
                recv: None,
                entry: Some(e),
            },
            _ => Sig::ANY,
        }
    }
}

/// The row of a module function the table lacks: no checks (the function
/// makes its own), only its module, for `__module__`. Made once per name
/// and kept for the program's life, as the table's own rows are.
fn unchecked_entry(module: &str, name: &str) -> &'static ArityEntry {
    thread_local! {
        static MADE: RefCell<std::collections::HashMap<(String, String), &'static ArityEntry>> =
            RefCell::new(std::collections::HashMap::new());
    }
    MADE.with(|m| {
        *m.borrow_mut()
            .entry((module.to_string(), name.to_string()))
            .or_insert_with(|| {
                Box::leak(Box::new(ArityEntry {
                    owner: Box::leak(module.to_string().into_boxed_str()),
                    name: Box::leak(name.to_string().into_boxed_str()),
                    kind: ArityKind::Function,
                    objclass: "",
                    min: 0,
                    max: u8::MAX,
                    few: &[],
                    many: "",
                    no_kw: "",
                }))
            })
    })
}

/// Gives a freshly made builtin function value the checks of `module.name`
/// (module initialisation: `make_module`, the `builtins` module).
pub fn with_sig(module: &str, name: &str, mut v: Value) -> Value {
    if let Value::Builtin(b) = &mut v {
        if let Some(b) = Rc::get_mut(b) {
            if b.sig.entry.is_none() && b.bound.is_null() && b.owner.is_none() {
                b.sig = Sig::function(module, name);
                if b.sig.entry.is_none() {
                    b.sig.entry = Some(unchecked_entry(module, name));
                }
            }
        }
    }
    v
}

pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}
