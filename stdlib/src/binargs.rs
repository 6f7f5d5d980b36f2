//! Argument handling shared by the binary-data modules (`binascii`,
//! `_zlib`, `_hashlib`): CPython's argument-clinic style binding of
//! positional and keyword arguments, and bytes-like operands.

use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::types::Kw;
use whirl_vm::value::Value;
use whirl_vm::Vm;

/// Binds `a` and `kw` to `names`: the first `required` are required, those
/// from `kw_only` on may only be given by keyword. Missing optional ones
/// are None in the result.
pub(crate) fn bind(
    func: &str,
    a: &[Value],
    kw: Kw,
    names: &[&str],
    required: usize,
    kw_only: usize,
) -> PyResult<Vec<Option<Value>>> {
    let positional_max = kw_only.min(names.len());
    if a.len() > positional_max {
        let msg = if positional_max == 1 && required == 1 && names.len() == 1 {
            format!("{func}() takes exactly one argument ({} given)", a.len())
        } else if positional_max == required {
            format!(
                "{func}() takes exactly {positional_max} positional argument{} ({} given)",
                if positional_max == 1 { "" } else { "s" },
                a.len()
            )
        } else {
            format!(
                "{func}() takes at most {positional_max} positional argument{} ({} given)",
                if positional_max == 1 { "" } else { "s" },
                a.len()
            )
        };
        return Err(PyErr::type_error(msg));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in a.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in kw {
        let Some(i) = names.iter().position(|n| *n == k.as_str()) else {
            return Err(PyErr::type_error(format!(
                "{func}() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        };
        if out[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for {func}() given by name ('{}') and position ({})",
                k.as_str(),
                i + 1
            )));
        }
        out[i] = Some(v.clone());
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(PyErr::type_error(format!(
                "{func}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

/// The bytes of a bytes-like object, or CPython's TypeError. Instances of
/// Python classes with a `__buffer__` method (array.array) count.
pub(crate) fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(data) = whirl_vm::memoryview::buffer_of_instance(vm, v)? {
        return bytes_arg(vm, &data);
    }
    whirl_vm::memoryview::buffer_bytes(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// Bytes-like or an ASCII str (the `a2b_*` decoders accept both).
pub(crate) fn ascii_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(data) = whirl_vm::memoryview::buffer_of_instance(vm, v)? {
        return ascii_arg(vm, &data);
    }
    if let Some(s) = v.as_str() {
        if !s.is_ascii() {
            return Err(PyErr::value_error(
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(s.as_bytes().to_vec());
    }
    whirl_vm::memoryview::buffer_bytes(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// An int argument (bools count), as an i64.
pub(crate) fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(PyErr::new(
            ExcType::OverflowError,
            "Python int too large to convert to C long",
        )),
        Value::Float(_) => Err(PyErr::type_error(
            "'float' object cannot be interpreted as an integer",
        )),
        other => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

/// An unsigned 32-bit running value (`crc32(data, value)`): any int,
/// taken modulo 2**32 as CPython does.
pub(crate) fn u32_arg(vm: &Vm, v: &Value) -> PyResult<u32> {
    match v {
        Value::Int(i) => Ok(*i as u32),
        Value::Bool(b) => Ok(*b as u32),
        Value::BigInt(b) => {
            let m = b.as_ref() % num_bigint::BigInt::from(1u64 << 32);
            let m = if m.sign() == num_bigint::Sign::Minus {
                m + num_bigint::BigInt::from(1u64 << 32)
            } else {
                m
            };
            Ok(num_traits::ToPrimitive::to_u32(&m).unwrap_or(0))
        }
        other => int_arg(vm, other).map(|i| i as u32),
    }
}

/// An exception class `module.name` deriving from `base`.
pub(crate) fn exception_class(
    vm: &Vm,
    module: &str,
    name: &'static str,
    base: ExcType,
) -> PyResult<std::rc::Rc<whirl_vm::class::Class>> {
    let base = vm.exc_class(base);
    Ok(std::rc::Rc::new(whirl_vm::class::Class::new(
        name,
        name,
        module,
        vec![base],
        None,
    )?))
}

/// An instance of a module's own exception class, raised.
pub(crate) fn raise(vm: &mut Vm, cls: &std::rc::Rc<whirl_vm::class::Class>, msg: String) -> PyErr {
    match vm.call_class(cls, vec![Value::string(msg.clone())], vec![]) {
        Ok(Value::Instance(i)) => PyErr::Raised(i),
        Ok(_) => PyErr::value_error(msg),
        Err(e) => e,
    }
}
