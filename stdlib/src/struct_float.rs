//! `_struct_float`: the IEEE 754 encodings `struct` (stdlib/py/struct.py)
//! needs for its `e`, `f` and `d` codes. Everything else of `struct` is
//! Python; only the bit-level float conversions, which Python code cannot
//! reach without `float.hex` or `math.frexp`, live here.
//!
//! `pack(x, size, little)` returns the `size`-byte (2, 4 or 8) encoding of
//! the float `x` rounded half to even, raising CPython's OverflowError when
//! a finite value rounds past the format's largest; `unpack(data, little)`
//! decodes 2, 4 or 8 bytes.

use std::rc::Rc;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

fn too_large(code: char) -> PyErr {
    PyErr::new(
        ExcType::OverflowError,
        format!("float too large to pack with {code} format"),
    )
}

/// f64 to IEEE half precision, rounding half to even.
fn to_half(x: f64) -> Result<u16, ()> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Zero or a double subnormal: far below half's smallest step.
        return Ok(sign);
    }
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let unbiased = exp - 1023;
    // How far the 53-bit mantissa is shifted right to land on half's grid:
    // 10 fraction bits when normal, steps of 2**-24 when subnormal.
    let shift = if unbiased >= -14 { 42 } else { 1051 - exp };
    let q = if shift > 60 {
        0
    } else {
        let shift = shift as u32;
        let kept = mant >> shift;
        let rest = mant & ((1u64 << shift) - 1);
        let half = 1u64 << (shift - 1);
        if rest > half || (rest == half && kept & 1 == 1) {
            kept + 1
        } else {
            kept
        }
    };
    let out = if unbiased >= -14 {
        // q is in [1024, 2048]; a carry moves into the exponent.
        (((unbiased + 15) as u64) << 10) + (q - 1024)
    } else {
        q
    };
    if out >= 0x7c00 {
        return Err(());
    }
    Ok(sign | out as u16)
}

fn from_half(h: u16) -> f64 {
    let negative = h & 0x8000 != 0;
    let exp = ((h >> 10) & 0x1f) as i32;
    let mant = (h & 0x3ff) as f64;
    let value = if exp == 0x1f {
        if mant == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if exp == 0 {
        mant * 2f64.powi(-24)
    } else {
        (mant + 1024.0) * 2f64.powi(exp - 25)
    };
    if negative {
        -value
    } else {
        value
    }
}

fn pack(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (Some(x), Some(size), Some(little)) = (a.first(), a.get(1), a.get(2)) else {
        return Err(PyErr::type_error("pack(x, size, little)"));
    };
    let x = match x {
        Value::Float(f) => *f,
        other => {
            return Err(PyErr::type_error(format!(
                "must be real number, not {}",
                vm.type_name(other)
            )))
        }
    };
    let little = vm.truthy(little)?;
    let mut out: Vec<u8> = match size {
        Value::Int(2) => to_half(x)
            .map_err(|_| too_large('e'))?
            .to_be_bytes()
            .to_vec(),
        Value::Int(4) => {
            let y = x as f32;
            if y.is_infinite() && !x.is_infinite() {
                return Err(too_large('f'));
            }
            y.to_bits().to_be_bytes().to_vec()
        }
        Value::Int(8) => x.to_bits().to_be_bytes().to_vec(),
        _ => return Err(PyErr::value_error("size must be 2, 4 or 8")),
    };
    if little {
        out.reverse();
    }
    Ok(Value::Bytes(Rc::new(out)))
}

fn unpack(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (Some(Value::Bytes(data)), Some(little)) = (a.first(), a.get(1)) else {
        return Err(PyErr::type_error("unpack(data: bytes, little)"));
    };
    let mut raw = data.to_vec();
    if vm.truthy(little)? {
        raw.reverse();
    }
    let value = match raw.len() {
        2 => from_half(u16::from_be_bytes([raw[0], raw[1]])),
        4 => f32::from_bits(u32::from_be_bytes([raw[0], raw[1], raw[2], raw[3]])) as f64,
        8 => {
            let mut b = [0u8; 8];
            b.copy_from_slice(&raw);
            f64::from_bits(u64::from_be_bytes(b))
        }
        _ => return Err(PyErr::value_error("data must be 2, 4 or 8 bytes")),
    };
    Ok(Value::Float(value))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    Ok(vm.make_module(
        "_struct_float",
        vec![
            ("pack", builtin_fn("pack", pack)),
            ("unpack", builtin_fn("unpack", unpack)),
        ],
    ))
}
