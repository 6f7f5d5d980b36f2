//! The builtin types' class objects (`make_types`), the helpers every
//! type's file uses to add methods and read arguments, which constructor
//! `int(x)`, `list(it)`, ... runs (`builtin_constructor`), and
//! `install_methods`, where each type's own file (`str.rs`, `list.rs`,
//! `dict.rs`, ...) adds its methods to its class.

use super::dict::dict_fromkeys;
use crate::class::{BuiltinType, Class};
use crate::dict::PyDict;
use crate::error::{ExcType, PyErr, PyResult};
use crate::function::{Builtin, FastPath, NativeFn};
use crate::iter::IterState;
use crate::str::{intern, intern_static, PyStr};
use crate::value::{PySet, Value};
use crate::{Types, Vm};
use std::rc::Rc;

pub type Kw<'a> = &'a [(Rc<PyStr>, Value)];

// The `expect`s on `Class::new` in this file build the builtin classes at
// start-up from fixed single-inheritance bases, whose MRO always exists: no
// program's input reaches them.
fn class(name: &str, bases: Vec<Rc<Class>>, b: Option<BuiltinType>) -> Rc<Class> {
    Rc::new(Class::new(name, name, "builtins", bases, b).expect("builtin MRO is consistent"))
}

pub fn make_types() -> Types {
    let object = class("object", vec![], Some(BuiltinType::Object));
    // `object()` takes no attributes: as if declared with empty
    // `__slots__` (kept off subclasses by `Class::new`).
    object.has_descriptors.set(true);
    *object.slots.borrow_mut() = Some(Vec::new());
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

pub(super) fn add(cls: &Rc<Class>, name: &'static str, func: NativeFn) {
    add_fast(cls, name, func, FastPath::None)
}

pub(super) fn add_fast(cls: &Rc<Class>, name: &'static str, func: NativeFn, fast: FastPath) {
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
pub(super) fn tail(a: &[Value]) -> &[Value] {
    a.get(1..).unwrap_or(&[])
}

pub(super) fn self_str(args: &[Value]) -> &PyStr {
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

pub(super) fn arg_str<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
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

pub(super) fn kwarg<'a>(kwargs: Kw<'a>, name: &str) -> Option<&'a Value> {
    kwargs
        .iter()
        .find(|(k, _)| k.as_str() == name)
        .map(|(_, v)| v)
}

pub(super) fn self_list(args: &[Value]) -> PyResult<Rc<crate::value::PyList>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        Some(Value::Instance(i)) if matches!(i.base, Value::List(_)) => match &i.base {
            Value::List(l) => Ok(l.clone()),
            _ => Err(PyErr::type_error("descriptor requires a 'list' object")),
        },
        _ => Err(PyErr::type_error("descriptor requires a 'list' object")),
    }
}

pub(super) fn self_dict(args: &[Value]) -> PyResult<Rc<PyDict>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        Some(Value::Instance(i)) if matches!(i.base, Value::Dict(_)) => match &i.base {
            Value::Dict(d) => Ok(d.clone()),
            _ => Err(PyErr::type_error("descriptor requires a 'dict' object")),
        },
        _ => Err(PyErr::type_error("descriptor requires a 'dict' object")),
    }
}

pub(super) fn self_set(args: &[Value]) -> PyResult<Rc<PySet>> {
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
pub(super) fn span_args(
    vm: &Vm,
    args: &[Value],
    from: usize,
    len: usize,
) -> PyResult<(usize, usize)> {
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

/// CPython's "list() takes no keyword arguments" for a constructor.
pub(super) fn no_keywords(name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "{name}() takes no keyword arguments"
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
        BuiltinType::Int => super::int::int_new,
        BuiltinType::Float => super::float::float_new,
        BuiltinType::Str => super::str::str_new,
        BuiltinType::Bool => super::int::bool_new,
        BuiltinType::List => super::list::list_new,
        BuiltinType::Tuple => super::tuple::tuple_new,
        BuiltinType::Dict => super::dict::dict_new,
        BuiltinType::Bytes => super::bytes::bytes_new,
        BuiltinType::Complex => crate::complex::complex_new,
        BuiltinType::ByteArray => crate::bytearray::bytearray_new,
        BuiltinType::MemoryView => crate::memoryview::memoryview_new,
        BuiltinType::Range => super::range::range_new,
        BuiltinType::Slice => super::range::slice_new,
        BuiltinType::Type => crate::metaclass::type_ctor,
        BuiltinType::Object => super::object::object_ctor,
        BuiltinType::Set => super::set::set_new,
        BuiltinType::FrozenSet => super::set::frozenset_new,
        BuiltinType::BaseException => return None,
        BuiltinType::Module => crate::module::module_new,
        BuiltinType::Function => super::code_replace::function_new,
        BuiltinType::Cell => super::code_replace::cell_new,
        BuiltinType::Method => super::method_new::method_new,
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
    super::str::install(&t.str_);
    super::list::install(&t.list);
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
            .set_str(intern_static("__new__"), builtin_fn("__new__", builtin_new));
    }

    super::tuple::install(&t.tuple);
    super::dict::install(&t.dict);
    super::range::install(&t.range, &t.slice);
    super::int::install(&t.int);
    super::float::install(&t.float);
    crate::bytes::install(&t.bytes, &t.str_);
    crate::complex::install(&t.complex);
    crate::bytearray::install(&t.bytearray);
    crate::memoryview::install(&t.memoryview);
    crate::number_methods::install(&t.int, &t.float);
    crate::builtins::number_rounding::install(&t.int, &t.float);
    super::generator::install(&t.generator, &t.coroutine);
    add(&t.iterator, "__length_hint__", iterator_length_hint);
    add(&t.module, "__init__", crate::module::module_init);
    super::object::install(&t.object);
    super::exception::install(&t.exceptions);
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
    super::set::install(&set, &frozenset);
    let property = mk("property");
    let staticmethod = mk("staticmethod");
    let classmethod = mk("classmethod");
    // dict.fromkeys is a classmethod: D.fromkeys(...) makes a D.
    let fromkeys = crate::class::Instance::new(classmethod.clone());
    fromkeys.dict.set_str(
        intern_static("__func__"),
        builtin_fn("fromkeys", dict_fromkeys),
    );
    vm.types.dict.dict.set_str(
        intern_static("fromkeys"),
        Value::Instance(crate::gc::new_instance(fromkeys)),
    );
    crate::generic_alias::install_class_getitem(
        &[
            &vm.types.list,
            &vm.types.tuple,
            &vm.types.dict,
            &set,
            &frozenset,
        ],
        &classmethod,
    );
    // bytes.fromhex and bytearray.fromhex are classmethods too: a
    // subclass's fromhex makes an instance of the subclass.
    for cls in [vm.types.bytes.clone(), vm.types.bytearray.clone()] {
        if let Some(f @ Value::Builtin(_)) = cls.dict.get_str(&intern_static("fromhex")) {
            let wrapped = crate::class::Instance::new(classmethod.clone());
            wrapped.dict.set_str(intern_static("__func__"), f);
            cls.dict.set_str(
                intern_static("fromhex"),
                Value::Instance(crate::gc::new_instance(wrapped)),
            );
        }
    }
    // object.__subclasshook__, a classmethod answering NotImplemented: what
    // ABCs' __subclasscheck__ falls back to (abc, collections.abc).
    let subclasshook = crate::class::Instance::new(classmethod.clone());
    subclasshook.dict.set_str(
        intern_static("__func__"),
        builtin_fn("__subclasshook__", |_, _, _| Ok(Value::NotImplemented)),
    );
    vm.types.object.dict.set_str(
        intern_static("__subclasshook__"),
        Value::Instance(crate::gc::new_instance(subclasshook)),
    );
    // object.__init_subclass__, a classmethod that takes no keywords (the
    // class statement runs the nearest one above object itself, see
    // metaclass::init_subclass; this one is for `C.__init_subclass__`).
    let init_subclass = crate::class::Instance::new(classmethod.clone());
    init_subclass.dict.set_str(
        intern_static("__func__"),
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
        intern_static("__init_subclass__"),
        Value::Instance(crate::gc::new_instance(init_subclass)),
    );
    // object.__reduce_ex__, __reduce__ and __getstate__ (see reduce.rs).
    add(
        &vm.types.object,
        "__reduce_ex__",
        crate::reduce::object_reduce_ex,
    );
    add(&vm.types.object, "__reduce__", crate::reduce::object_reduce);
    add(&vm.types.object, "__dir__", crate::builtins::object_dir);
    add(
        &vm.types.object,
        "__getstate__",
        crate::reduce::object_getstate,
    );
    let super_ = mk("super");
    super::property::install(&property, &staticmethod, &classmethod, &super_);
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
    crate::type_dict::install_memoryview_getsets(vm);
    crate::type_dict::install_number_getsets(vm);
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
