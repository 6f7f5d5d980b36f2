//! `list[int]` and `int | str`: the two places where the VM makes a
//! `types.GenericAlias` or a `types.UnionType`. Both types are written in
//! Python (`stdlib/py/_generic_alias.py`, imported on first use), since
//! building an alias is rare and its behaviour (reprs, substitution,
//! attribute forwarding) is easier to read there.

use crate::error::PyResult;
use crate::str::intern;
use crate::value::Value;
use crate::Vm;

/// Builtin classes that CPython makes subscriptable (`__class_getitem__`
/// returning a GenericAlias); subscripting any other builtin class is a
/// TypeError.
const GENERIC_BUILTINS: &[&str] = &[
    "type",
    "tuple",
    "list",
    "dict",
    "set",
    "frozenset",
    "enumerate",
    "chain",
    "partial",
    "ReferenceType",
    "Pattern",
    "Match",
    "deque",
    "defaultdict",
    "OrderedDict",
    "Counter",
    "ChainMap",
];

pub(crate) fn is_generic_builtin(name: &str) -> bool {
    GENERIC_BUILTINS.contains(&name)
}

fn helper(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let module = vm.import_module("_generic_alias")?;
    vm.getattr(&module, &intern(name))
}

/// `list.__class_getitem__` (and tuple's, dict's, set's, frozenset's):
/// the classmethod CPython's `__dict__` shows, making what `list[int]`
/// makes (for a subclass, an alias of the subclass).
pub(crate) fn install_class_getitem(
    classes: &[&std::rc::Rc<crate::class::Class>],
    classmethod: &std::rc::Rc<crate::class::Class>,
) {
    fn class_getitem(vm: &mut Vm, a: &[Value], _: crate::types::Kw) -> PyResult<Value> {
        crate::types::nargs("__class_getitem__", a, 2, 2)?;
        alias(vm, &a[0], &a[1])
    }
    for cls in classes {
        let wrapper = crate::class::Instance::new(classmethod.clone());
        wrapper.dict.set_str(
            crate::str::intern_static("__func__"),
            crate::types::builtin_fn("__class_getitem__", class_getitem),
        );
        cls.dict.set_str(
            crate::str::intern_static("__class_getitem__"),
            Value::Instance(crate::gc::new_instance(wrapper)),
        );
    }
}

/// `origin[args]` for a builtin generic class.
pub(crate) fn alias(vm: &mut Vm, origin: &Value, args: &Value) -> PyResult<Value> {
    let make = helper(vm, "GenericAlias")?;
    vm.call(&make, vec![origin.clone(), args.clone()])
}

/// `a | b` when both are classes or None: a UnionType, or NotImplemented.
pub(crate) fn union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let make = helper(vm, "_union")?;
    vm.call(&make, vec![a.clone(), b.clone()])
}

/// `a | b` that `type.__or__` answers: a class with a class or None.
pub(crate) fn is_union_of_classes(a: &Value, b: &Value) -> bool {
    matches!(
        (a, b),
        (Value::Class(_), Value::Class(_) | Value::None) | (Value::None, Value::Class(_))
    )
}
