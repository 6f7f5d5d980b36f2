//! The dunder methods of builtin types as attributes (`int.__add__`,
//! `list.__getitem__`, `iter([]).__next__`, `object.__setattr__`,
//! `dict.__setitem__(self, k, v)` in a subclass). The VM runs builtin
//! operations directly and never looks these up; they exist for programs
//! that name them. Each is a thin native function over the generic
//! protocol (`binary_op`, `getitem`, ...). They are found only after the
//! ordinary attribute lookup fails, so nothing is paid on the common path.

use crate::class::{BuiltinType, Class};
use crate::error::{ExcType, PyErr, PyResult};
use crate::function::{Builtin, FastPath, NativeFn};
use crate::object::base_value;
use crate::str::intern;
use crate::types::Kw;
use crate::value::Value;
use crate::Vm;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use whirl_parser::ast::{BinOp, CmpOp, UnaryOp};

/// The receiver as the builtin value it is (a subclass instance's base).
fn receiver(a: &[Value], name: &str) -> PyResult<Value> {
    match a.first() {
        Some(v) => Ok(base_value(v).unwrap_or_else(|| v.clone())),
        None => Err(PyErr::type_error(format!(
            "descriptor '{name}' needs an argument"
        ))),
    }
}

fn args_exactly(a: &[Value], name: &str, n: usize) -> PyResult<()> {
    let given = a.len().saturating_sub(1);
    if given != n {
        return Err(PyErr::type_error(format!(
            "{name} expected {n} argument{}, got {given}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

fn other(a: &[Value]) -> Value {
    let v = &a[1];
    base_value(v).unwrap_or_else(|| v.clone())
}

fn is_numeric(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_) | Value::Complex(_)
    )
}

/// How far up the numeric tower a number is: a number type's arithmetic
/// slots take numbers up to their own rank (`int.__add__(1.5)` is
/// NotImplemented, `float.__add__(1)` is not).
fn numeric_rank(v: &Value) -> Option<u8> {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Some(0),
        Value::Float(_) => Some(1),
        Value::Complex(_) => Some(2),
        _ => None,
    }
}

/// `%` on text: str's (bytes') own formatting, whose errors are the
/// caller's, or NotImplemented when the left operand is not of its kind.
/// `None`: not a formatting case.
fn format_slot(vm: &mut Vm, x: &Value, y: &Value, reflected: bool) -> Option<PyResult<Value>> {
    let text = |v: &Value| match v {
        Value::Str(_) => Some(0),
        Value::Bytes(_) | Value::ByteArray(_) => Some(1),
        _ => None,
    };
    let kind = text(x)?;
    let (l, r) = if reflected {
        if text(y) != Some(kind) {
            return Some(Ok(Value::NotImplemented));
        }
        (y.clone(), x.clone())
    } else {
        (x.clone(), y.clone())
    };
    Some(vm.binary_op(BinOp::Mod, l, r, false))
}

fn binary(vm: &mut Vm, a: &[Value], op: BinOp, name: &str, reflected: bool) -> PyResult<Value> {
    let x = receiver(a, name)?;
    args_exactly(a, name, 1)?;
    if op == BinOp::Mod {
        let y = if reflected { other(a) } else { a[1].clone() };
        if let Some(r) = format_slot(vm, &x, &y, reflected) {
            return r;
        }
    }
    // A number's slot computes with numbers up to its own kind only.
    if let Some(rank) = numeric_rank(&x) {
        if numeric_rank(&other(a)).is_none_or(|r| r > rank) {
            return Ok(Value::NotImplemented);
        }
    }
    // A user object on the other side gets its own chance, as in CPython.
    if matches!(&a[1], Value::Instance(i) if i.base.is_null()) {
        return Ok(Value::NotImplemented);
    }
    let y = other(a);
    let (l, r) = if reflected {
        (y, x.clone())
    } else {
        (x.clone(), y)
    };
    match vm.binary_op(op, l, r, false) {
        Ok(v) => Ok(v),
        Err(e)
            if e.builtin_type() == Some(ExcType::TypeError)
                && (is_numeric(&x) || op != BinOp::Add) =>
        {
            Ok(Value::NotImplemented)
        }
        Err(e) => Err(e),
    }
}

fn compare(vm: &mut Vm, a: &[Value], op: CmpOp, name: &str) -> PyResult<Value> {
    let x = receiver(a, name)?;
    args_exactly(a, name, 1)?;
    let y = other(a);
    // bytearray's comparisons take any bytes-like object (bytes' only bytes).
    let same_kind = Rc::ptr_eq(&vm.class_of(&x), &vm.class_of(&y))
        || (is_numeric(&x) && is_numeric(&y))
        || (matches!(x, Value::ByteArray(_)) && matches!(y, Value::Bytes(_) | Value::ByteArray(_)));
    if !same_kind {
        return Ok(Value::NotImplemented);
    }
    match vm.compare(op, &x, &y) {
        Ok(v) => Ok(v),
        Err(e) if e.builtin_type() == Some(ExcType::TypeError) => Ok(Value::NotImplemented),
        Err(e) => Err(e),
    }
}

/// Calls the builtin function `name` (`abs`, `repr`, ...) on the receiver.
fn via_builtin(vm: &mut Vm, a: &[Value], slot: &str, builtin: &str) -> PyResult<Value> {
    let x = receiver(a, slot)?;
    let f = vm
        .builtins
        .get_str(&intern(builtin))
        .ok_or_else(|| PyErr::type_error(format!("no builtin {builtin}")))?;
    let mut args = vec![x];
    args.extend(a[1..].iter().cloned());
    vm.call(&f, args)
}

macro_rules! binary_slots {
    ($(($f:ident, $rf:ident, $op:expr, $name:literal, $rname:literal)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
                binary(vm, a, $op, $name, false)
            }
            fn $rf(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
                binary(vm, a, $op, $rname, true)
            }
        )*
    };
}

binary_slots!(
    (add, radd, BinOp::Add, "__add__", "__radd__"),
    (sub, rsub, BinOp::Sub, "__sub__", "__rsub__"),
    (mul, rmul, BinOp::Mult, "__mul__", "__rmul__"),
    (truediv, rtruediv, BinOp::Div, "__truediv__", "__rtruediv__"),
    (
        floordiv,
        rfloordiv,
        BinOp::FloorDiv,
        "__floordiv__",
        "__rfloordiv__"
    ),
    (mod_, rmod, BinOp::Mod, "__mod__", "__rmod__"),
    (pow, rpow, BinOp::Pow, "__pow__", "__rpow__"),
    (and, rand, BinOp::BitAnd, "__and__", "__rand__"),
    (or, ror, BinOp::BitOr, "__or__", "__ror__"),
    (xor, rxor, BinOp::BitXor, "__xor__", "__rxor__"),
    (lshift, rlshift, BinOp::LShift, "__lshift__", "__rlshift__"),
    (rshift, rrshift, BinOp::RShift, "__rshift__", "__rrshift__"),
);

macro_rules! compare_slots {
    ($(($f:ident, $op:expr, $name:literal)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
                compare(vm, a, $op, $name)
            }
        )*
    };
}

compare_slots!(
    (eq, CmpOp::Eq, "__eq__"),
    (ne, CmpOp::NotEq, "__ne__"),
    (lt, CmpOp::Lt, "__lt__"),
    (le, CmpOp::LtE, "__le__"),
    (gt, CmpOp::Gt, "__gt__"),
    (ge, CmpOp::GtE, "__ge__"),
);

macro_rules! builtin_slots {
    ($(($f:ident, $name:literal, $builtin:literal)),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
                via_builtin(vm, a, $name, $builtin)
            }
        )*
    };
}

builtin_slots!(
    (abs, "__abs__", "abs"),
    (str_, "__str__", "str"),
    (hash, "__hash__", "hash"),
    (len, "__len__", "len"),
    (int, "__int__", "int"),
    (float, "__float__", "float"),
    (bool_, "__bool__", "bool"),
    (format, "__format__", "format"),
    (round, "__round__", "round"),
    (reversed, "__reversed__", "reversed"),
    (divmod, "__divmod__", "divmod"),
);

/// `__repr__` of a builtin type; on a class it is `type.__repr__`, which
/// must not dispatch to the metaclass's `__repr__` that called it.
fn repr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(Value::Class(c)) = a.first() {
        return Ok(Value::string(crate::format::plain_class_repr(c)));
    }
    via_builtin(vm, a, "__repr__", "repr")
}

fn unary(vm: &mut Vm, a: &[Value], op: UnaryOp, name: &str) -> PyResult<Value> {
    let x = receiver(a, name)?;
    vm.unary_op(op, x)
}
fn neg(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    unary(vm, a, UnaryOp::USub, "__neg__")
}
fn pos(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    unary(vm, a, UnaryOp::UAdd, "__pos__")
}
fn invert(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    unary(vm, a, UnaryOp::Invert, "__invert__")
}
fn index(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match receiver(a, "__index__")? {
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        v @ (Value::Int(_) | Value::BigInt(_)) => Ok(v),
        v => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&v)
        ))),
    }
}

fn getitem(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = receiver(a, "__getitem__")?;
    args_exactly(a, "__getitem__", 1)?;
    // `dict.__getitem__(d, k)` on a dict subclass asks its `__missing__`
    // as `d[k]` does.
    if let (Value::Dict(d), Value::Instance(_)) = (&x, &a[0]) {
        if let Some(v) = vm.dict_get(d, &a[1])? {
            return Ok(v);
        }
        if let Some(m) = vm.dunder(&a[0], "__missing__") {
            return vm.call(&m, vec![a[0].clone(), a[1].clone()]);
        }
        return Err(PyErr::with_args(ExcType::KeyError, vec![a[1].clone()]));
    }
    vm.getitem(&x, &a[1])
}
fn setitem(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = receiver(a, "__setitem__")?;
    args_exactly(a, "__setitem__", 2)?;
    vm.setitem(&x, a[1].clone(), a[2].clone())?;
    Ok(Value::None)
}
fn delitem(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = receiver(a, "__delitem__")?;
    args_exactly(a, "__delitem__", 1)?;
    vm.delitem(&x, &a[1])?;
    Ok(Value::None)
}
fn contains(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = receiver(a, "__contains__")?;
    args_exactly(a, "__contains__", 1)?;
    Ok(Value::Bool(vm.contains(&x, &a[1])?))
}
fn iter(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = receiver(a, "__iter__")?;
    vm.get_iter(x)
}
fn next(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = receiver(a, "__next__")?;
    match vm.iter_next(&x)? {
        Some(v) => Ok(v),
        None => Err(PyErr::with_args(ExcType::StopIteration, vec![])),
    }
}
fn call(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let x = receiver(a, "__call__")?;
    vm.call_kw(&x, a[1..].to_vec(), kw.to_vec())
}
/// `function.__get__(f, obj, type=None)`: functions are non-data
/// descriptors; an instance binds, None gives the function back.
fn function_get(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(f) = a.first() else {
        return Err(PyErr::type_error(
            "descriptor '__get__' of 'function' object needs an argument",
        ));
    };
    if !matches!(f, Value::Function(_)) {
        return Err(PyErr::type_error(format!(
            "descriptor '__get__' requires a 'function' object but received a '{}'",
            vm.type_name(f)
        )));
    }
    match (a.get(1), a.get(2)) {
        // (CPython's message starts with a space: its function name is empty.)
        (None, _) => Err(PyErr::type_error(" expected at least 1 argument, got 0")),
        _ if a.len() > 3 => Err(PyErr::type_error(format!(
            "expected at most 2 arguments, got {}",
            a.len() - 1
        ))),
        (Some(obj), t) if obj.is_none() && t.is_none_or(|t| t.is_none()) => {
            Err(PyErr::type_error("__get__(None, None) is invalid"))
        }
        (Some(obj), _) if obj.is_none() => Ok(f.clone()),
        (Some(obj), _) => Ok(crate::gc::new_bound_method(f.clone(), obj.clone())),
    }
}
fn iadd(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = receiver(a, "__iadd__")?;
    args_exactly(a, "__iadd__", 1)?;
    let r = vm.binary_op(BinOp::Add, x.clone(), a[1].clone(), true)?;
    // A list subclass's `+=` extends its list in place and, as CPython's,
    // gives back the instance itself, not the list inside it.
    if r.is(&x) && !a[0].is(&x) {
        return Ok(a[0].clone());
    }
    Ok(r)
}
/// `s.__ior__(t)` and the other in-place operators of set and dict: the
/// operation in place, the receiver back; NotImplemented for an operand
/// of another kind, as CPython's.
fn inplace(vm: &mut Vm, a: &[Value], op: BinOp, name: &str) -> PyResult<Value> {
    let x = receiver(a, name)?;
    args_exactly(a, name, 1)?;
    if matches!(&a[1], Value::Instance(i) if i.base.is_null()) {
        return Ok(Value::NotImplemented);
    }
    match vm.binary_op(op, x.clone(), other(a), true) {
        Ok(r) if r.is(&x) && !a[0].is(&x) => Ok(a[0].clone()),
        Ok(r) => Ok(r),
        Err(e) if e.builtin_type() == Some(ExcType::TypeError) => Ok(Value::NotImplemented),
        Err(e) => Err(e),
    }
}
fn iand(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    inplace(vm, a, BinOp::BitAnd, "__iand__")
}
fn ior(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    inplace(vm, a, BinOp::BitOr, "__ior__")
}
fn isub(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    inplace(vm, a, BinOp::Sub, "__isub__")
}
fn ixor(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    inplace(vm, a, BinOp::BitXor, "__ixor__")
}
fn imul(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = receiver(a, "__imul__")?;
    args_exactly(a, "__imul__", 1)?;
    let r = vm.binary_op(BinOp::Mult, x.clone(), a[1].clone(), true)?;
    if r.is(&x) && !a[0].is(&x) {
        return Ok(a[0].clone());
    }
    Ok(r)
}
fn object_lt(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}
fn object_delattr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    args_exactly(a, "__delattr__", 1)?;
    let n = crate::builtins::attr_name(vm, &a[1])?;
    crate::builtins::object::reject_class_receiver(vm, &a[0], "__delattr__")?;
    vm.generic_delattr(&a[0], &n)?;
    Ok(Value::None)
}
fn object_format(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    args_exactly(a, "__format__", 1)?;
    match &a[1] {
        Value::Str(s) if s.as_str().is_empty() => Ok(Value::string(vm.str_of(&a[0])?)),
        Value::Str(_) => Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&a[0])
        ))),
        other => Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

const NUMBER: &[&str] = &[
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__truediv__",
    "__rtruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__pow__",
    "__rpow__",
    "__divmod__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__int__",
    "__float__",
    "__bool__",
    "__round__",
];
const INT_ONLY: &[&str] = &[
    "__and__",
    "__rand__",
    "__or__",
    "__ror__",
    "__xor__",
    "__rxor__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__invert__",
    "__index__",
];
const ORDERED: &[&str] = &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];
const SEQUENCE: &[&str] = &["__len__", "__getitem__", "__contains__", "__iter__"];
const COMMON: &[&str] = &["__repr__", "__str__", "__hash__", "__format__"];

/// Whether instances of builtin type `t` have the dunder `name`.
fn has_slot(t: BuiltinType, name: &str) -> bool {
    use BuiltinType as B;
    let in_ = |lists: &[&[&str]]| lists.iter().any(|l| l.contains(&name));
    match t {
        B::Int => in_(&[NUMBER, INT_ONLY, ORDERED, COMMON]),
        // bool redefines only its logical operators and repr.
        B::Bool => matches!(
            name,
            "__and__" | "__rand__" | "__or__" | "__ror__" | "__xor__" | "__rxor__" | "__repr__"
        ),
        B::Float => in_(&[NUMBER, ORDERED, COMMON]),
        B::Complex => {
            in_(&[ORDERED, COMMON])
                || matches!(
                    name,
                    "__add__"
                        | "__radd__"
                        | "__sub__"
                        | "__rsub__"
                        | "__mul__"
                        | "__rmul__"
                        | "__truediv__"
                        | "__rtruediv__"
                        | "__pow__"
                        | "__rpow__"
                        | "__neg__"
                        | "__pos__"
                        | "__abs__"
                        | "__bool__"
                )
        }
        B::Str | B::Bytes => {
            in_(&[SEQUENCE, ORDERED, COMMON])
                || matches!(
                    name,
                    "__add__" | "__mul__" | "__rmul__" | "__mod__" | "__rmod__"
                )
        }
        B::ByteArray => {
            in_(&[SEQUENCE, ORDERED, COMMON])
                || matches!(
                    name,
                    "__add__"
                        | "__mul__"
                        | "__rmul__"
                        | "__mod__"
                        | "__rmod__"
                        | "__iadd__"
                        | "__imul__"
                        | "__setitem__"
                        | "__delitem__"
                )
        }
        B::Tuple => {
            in_(&[SEQUENCE, ORDERED, COMMON]) || matches!(name, "__add__" | "__mul__" | "__rmul__")
        }
        B::List => {
            in_(&[SEQUENCE, ORDERED, COMMON])
                || matches!(
                    name,
                    "__add__"
                        | "__mul__"
                        | "__rmul__"
                        | "__iadd__"
                        | "__imul__"
                        | "__setitem__"
                        | "__delitem__"
                        | "__reversed__"
                )
        }
        B::Dict => {
            in_(&[SEQUENCE, COMMON])
                || matches!(
                    name,
                    "__eq__"
                        | "__ne__"
                        | "__setitem__"
                        | "__delitem__"
                        | "__or__"
                        | "__ror__"
                        | "__ior__"
                        | "__reversed__"
                )
        }
        B::Set | B::FrozenSet => {
            in_(&[ORDERED, COMMON])
                || matches!(
                    name,
                    "__len__"
                        | "__contains__"
                        | "__iter__"
                        | "__or__"
                        | "__ror__"
                        | "__and__"
                        | "__rand__"
                        | "__sub__"
                        | "__rsub__"
                        | "__xor__"
                        | "__rxor__"
                )
                || (t == B::Set && matches!(name, "__iand__" | "__ior__" | "__isub__" | "__ixor__"))
        }
        B::Range => {
            in_(&[SEQUENCE, COMMON])
                || matches!(name, "__eq__" | "__ne__" | "__reversed__" | "__bool__")
        }
        B::MemoryView => matches!(
            name,
            "__len__"
                | "__getitem__"
                | "__setitem__"
                | "__delitem__"
                | "__iter__"
                | "__repr__"
                | "__hash__"
                | "__eq__"
                | "__ne__"
        ),
        B::Iterator | B::Generator => matches!(name, "__iter__" | "__next__"),
        B::Function => matches!(name, "__call__" | "__get__"),
        B::BuiltinFunction | B::Method => name == "__call__",
        B::Type => matches!(
            name,
            "__call__" | "__repr__" | "__setattr__" | "__delattr__" | "__or__" | "__ror__"
        ),
        B::NoneType => name == "__bool__",
        B::BaseException => matches!(name, "__str__" | "__repr__"),
        B::Object => matches!(
            name,
            "__repr__"
                | "__str__"
                | "__eq__"
                | "__ne__"
                | "__lt__"
                | "__le__"
                | "__gt__"
                | "__ge__"
                | "__hash__"
                | "__setattr__"
                | "__getattribute__"
                | "__delattr__"
                | "__format__"
                | "__new__"
        ),
        _ => false,
    }
}

fn slot_fn(t: BuiltinType, name: &str) -> Option<NativeFn> {
    if !has_slot(t, name) {
        return None;
    }
    if t == BuiltinType::Object {
        return Some(match name {
            "__repr__" => crate::builtins::object::object_repr,
            "__str__" => crate::builtins::object::object_str,
            "__eq__" => crate::builtins::object::object_eq,
            "__ne__" => crate::builtins::object::object_ne,
            "__hash__" => crate::builtins::object::object_hash,
            "__setattr__" => crate::builtins::object::object_setattr,
            "__getattribute__" => crate::builtins::object::object_getattribute,
            "__new__" => crate::builtins::object::object_new,
            "__delattr__" => object_delattr,
            "__format__" => object_format,
            _ => object_lt,
        });
    }
    // type's own attribute doors, which object's refuse classes for.
    if t == BuiltinType::Type {
        match name {
            "__setattr__" => return Some(crate::builtins::object::type_setattr),
            "__delattr__" => return Some(crate::builtins::object::type_delattr),
            _ => {}
        }
    }
    Some(match name {
        "__add__" => add,
        "__radd__" => radd,
        "__sub__" => sub,
        "__rsub__" => rsub,
        "__mul__" => mul,
        "__rmul__" => rmul,
        "__truediv__" => truediv,
        "__rtruediv__" => rtruediv,
        "__floordiv__" => floordiv,
        "__rfloordiv__" => rfloordiv,
        "__mod__" => mod_,
        "__rmod__" => rmod,
        "__pow__" => pow,
        "__rpow__" => rpow,
        "__and__" => and,
        "__rand__" => rand,
        "__or__" => or,
        "__ror__" => ror,
        "__xor__" => xor,
        "__rxor__" => rxor,
        "__lshift__" => lshift,
        "__rlshift__" => rlshift,
        "__rshift__" => rshift,
        "__rrshift__" => rrshift,
        "__eq__" => eq,
        "__ne__" => ne,
        "__lt__" => lt,
        "__le__" => le,
        "__gt__" => gt,
        "__ge__" => ge,
        "__abs__" => abs,
        "__repr__" => repr,
        "__str__" => str_,
        "__hash__" => hash,
        "__len__" => len,
        "__int__" => int,
        "__float__" => float,
        "__bool__" => bool_,
        "__format__" => format,
        "__round__" => round,
        "__reversed__" => reversed,
        "__divmod__" => divmod,
        "__neg__" => neg,
        "__pos__" => pos,
        "__invert__" => invert,
        "__index__" => index,
        "__getitem__" => getitem,
        "__setitem__" => setitem,
        "__delitem__" => delitem,
        "__contains__" => contains,
        "__iter__" => iter,
        "__next__" => next,
        "__call__" => call,
        "__get__" => function_get,
        "__iadd__" => iadd,
        "__imul__" => imul,
        "__iand__" => iand,
        "__ior__" => ior,
        "__isub__" => isub,
        "__ixor__" => ixor,
        _ => return None,
    })
}

thread_local! {
    /// Unbound slots by (owning class, name): `C.__eq__ is object.__eq__`
    /// must hold for classes that do not define it.
    static UNBOUND: RefCell<HashMap<(usize, &'static str), Value>> = RefCell::new(HashMap::new());
}

/// The slot `name` of the nearest builtin class in `cls`'s MRO that has
/// it: (that class, the function).
/// The dunders instances of `cls` get from its builtin ancestors' slots,
/// which `dir` lists as CPython lists them (`'__int__' in dir(int)`).
pub(crate) fn slot_names(cls: &Rc<Class>) -> Vec<&'static str> {
    if cls.builtin.is_none() && cls.mro_tail.borrow().iter().all(|c| c.builtin.is_none()) {
        return Vec::new();
    }
    // Coroutines share the generator's slots here, but CPython's coroutine
    // type has no `__iter__`/`__next__` (`dir` must not list them).
    let coroutine = matches!(cls.name.as_str(), "coroutine" | "async_generator");
    ALL_NAMES
        .iter()
        .flat_map(|l| l.iter())
        .copied()
        .filter(|n| !(coroutine && matches!(*n, "__iter__" | "__next__")))
        .filter(|n| find(cls, n).is_some())
        .collect()
}

fn find(cls: &Rc<Class>, name: &str) -> Option<(Rc<Class>, NativeFn, &'static str)> {
    for c in std::iter::once(cls).chain(cls.mro_tail.borrow().iter()) {
        let Some(t) = c.builtin else { continue };
        let unhashable = matches!(
            t,
            BuiltinType::List
                | BuiltinType::Dict
                | BuiltinType::Set
                | BuiltinType::ByteArray
                | BuiltinType::Slice
        );
        if unhashable && name == "__hash__" {
            return None;
        }
        if let Some(f) = slot_fn(t, name) {
            let name: &'static str = ALL_NAMES
                .iter()
                .flat_map(|l| l.iter())
                .find(|n| **n == name)?;
            return Some((c.clone(), f, name));
        }
    }
    None
}

const OTHER: &[&str] = &[
    "__reversed__",
    "__setitem__",
    "__delitem__",
    "__next__",
    "__call__",
    "__get__",
    "__iadd__",
    "__imul__",
    "__isub__",
    "__iand__",
    "__ixor__",
    "__ior__",
    "__setattr__",
    "__getattribute__",
    "__delattr__",
    "__new__",
];

/// Every dunder name a slot may have (for its `&'static str`).
const ALL_NAMES: &[&[&str]] = &[NUMBER, INT_ONLY, ORDERED, SEQUENCE, COMMON, OTHER];

fn owner_name(c: &Class) -> &'static str {
    ALL_OWNERS
        .iter()
        .find(|n| **n == c.name)
        .copied()
        .unwrap_or("object")
}

const ALL_OWNERS: &[&str] = &[
    "object",
    "int",
    "bool",
    "float",
    "complex",
    "str",
    "bytes",
    "bytearray",
    "tuple",
    "list",
    "dict",
    "set",
    "frozenset",
    "range",
    "iterator",
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "memory_iterator",
    "range_iterator",
    "longrange_iterator",
    "set_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "list_reverseiterator",
    "generator",
    "coroutine",
    "function",
    "builtin_function_or_method",
    "method",
    "type",
    "NoneType",
    "BaseException",
];

/// `C.name` for a class whose MRO holds a builtin type with that slot.
pub(crate) fn class_slot(cls: &Rc<Class>, name: &str) -> Option<Value> {
    if name == "__hash__" && cls.unhashable() {
        return Some(Value::None);
    }
    if cls.builtin.is_some() && name == "__hash__" {
        let t = cls.builtin?;
        if matches!(
            t,
            BuiltinType::List
                | BuiltinType::Dict
                | BuiltinType::Set
                | BuiltinType::ByteArray
                | BuiltinType::Slice
        ) {
            return Some(Value::None);
        }
    }
    let (owner, func, name) = find(cls, name)?;
    let key = (Rc::as_ptr(&owner) as usize, name);
    if let Some(v) = UNBOUND.with(|u| u.borrow().get(&key).cloned()) {
        return Some(v);
    }
    // Called through the class (`int.__add__(x, y)`), the slot wrapper
    // checks its receiver and argument count as CPython's do (the `Sig` of
    // the arity table); the bound form below needs no check, so the
    // instance path `x.__add__(y)` pays nothing.
    let owner_str = owner_name(&owner);
    let v = Value::Builtin(Rc::new(Builtin {
        name,
        func,
        bound: Value::Null,
        fast: FastPath::None,
        owner: Some(owner_str),
        sig: crate::function::Sig::method(&owner, owner_str, name),
    }));
    UNBOUND.with(|u| u.borrow_mut().insert(key, v.clone()));
    Some(v)
}

/// `obj.name` for an object whose type's MRO holds a builtin type with
/// that slot: bound to `obj` (a subclass instance works on its base value).
pub(crate) fn bound_slot(cls: &Rc<Class>, obj: &Value, name: &str) -> Option<Value> {
    if name == "__hash__" && cls.unhashable() {
        return Some(Value::None);
    }
    let (owner, func, name) = find(cls, name)?;
    let owner = owner_name(&owner);
    let receiver = crate::object::builtin_receiver(Some(owner), name, obj).unwrap_or(obj.clone());
    Some(Value::Builtin(crate::gc::new_builtin(Builtin {
        name,
        func,
        bound: receiver,
        fast: FastPath::None,
        owner: Some(owner),
        sig: crate::function::Sig::ANY,
    })))
}

/// The dunders builtin type `cls` itself defines (not inherited from a
/// base builtin type): what its `__dict__` lists (see `type_dict.rs`).
pub(crate) fn own_slot_names(cls: &Rc<Class>) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    // As in `slot_names`: a coroutine has no `__iter__`/`__next__`.
    let coroutine = matches!(cls.name.as_str(), "coroutine" | "async_generator");
    for name in ALL_NAMES.iter().flat_map(|l| l.iter()) {
        if out.contains(name) || (coroutine && matches!(*name, "__iter__" | "__next__")) {
            continue;
        }
        let own = match find(cls, name) {
            Some((owner, _, _)) => Rc::ptr_eq(&owner, cls),
            // list, dict and set set `__hash__` to None.
            None => {
                *name == "__hash__"
                    && matches!(
                        cls.builtin,
                        Some(
                            BuiltinType::List
                                | BuiltinType::Dict
                                | BuiltinType::Set
                                | BuiltinType::ByteArray
                                | BuiltinType::Slice
                        )
                    )
            }
        };
        if own {
            out.push(name);
        }
    }
    out
}
