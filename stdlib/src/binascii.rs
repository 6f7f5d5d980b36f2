//! `binascii`: conversions between binary data and ASCII encodings (hex,
//! base64, uu, quoted-printable) and the CRC-32 / CRC-CCITT checksums, as
//! CPython 3.11's module. `base64` (stdlib/py) builds on it.

use crate::binargs::{ascii_arg, bind, bytes_arg, exception_class, int_arg, raise, u32_arg};
use std::cell::RefCell;
use std::rc::Rc;
use whirl_vm::class::Class;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

thread_local! {
    /// binascii.Error and binascii.Incomplete, made by `init`.
    static ERRORS: RefCell<Option<(Rc<Class>, Rc<Class>)>> = const { RefCell::new(None) };
}

fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    match ERRORS.with(|e| e.borrow().clone()) {
        Some((cls, _)) => raise(vm, &cls, msg.into()),
        None => PyErr::value_error(msg.into()),
    }
}

fn bytes(v: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(v))
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Hex digits of `data`, `sep` between groups of `per` bytes (counted from
/// the right when positive, from the left when negative), as bytes.hex.
pub(crate) fn hex_with_sep(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    let n = data.len();
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(group)
                } else {
                    i.is_multiple_of(group)
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

fn sep_arg(vm: &Vm, v: &Option<Value>) -> PyResult<Option<u8>> {
    let Some(v) = v else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    let s: Vec<u8> = if let Some(s) = v.as_str() {
        if !s.is_ascii() {
            return Err(PyErr::value_error("sep must be ASCII."));
        }
        s.as_bytes().to_vec()
    } else if let Some(b) = whirl_vm::memoryview::buffer_bytes(v) {
        b
    } else {
        return Err(PyErr::type_error(format!(
            "sep must be str or bytes, not {}",
            vm.type_name(v)
        )));
    };
    if s.len() != 1 {
        return Err(PyErr::value_error("sep must be length 1."));
    }
    Ok(Some(s[0]))
}

fn hexlify_named(name: &str, vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let args = bind(name, a, kw, &["data", "sep", "bytes_per_sep"], 1, 3)?;
    let data = bytes_arg(vm, args[0].as_ref().unwrap_or(&Value::None))?;
    let sep = sep_arg(vm, &args[1])?;
    let per = match &args[2] {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    Ok(bytes(hex_with_sep(&data, sep, per)))
}

fn hexlify(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    hexlify_named("hexlify", vm, a, kw)
}

fn b2a_hex(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    hexlify_named("b2a_hex", vm, a, kw)
}

fn unhexlify_named(name: &str, vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let args = bind(name, a, kw, &["hexstr"], 1, 1)?;
    let data = ascii_arg(vm, args[0].as_ref().unwrap_or(&Value::None))?;
    if data.len() % 2 == 1 {
        return Err(error(vm, "Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(bytes(out))
}

fn unhexlify(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    unhexlify_named("unhexlify", vm, a, kw)
}

fn a2b_hex(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    unhexlify_named("a2b_hex", vm, a, kw)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 of `data`, padded with '='.
pub(crate) fn base64_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let v = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        out.push(B64[(v >> 18) as usize & 63]);
        out.push(B64[(v >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 {
            B64[(v >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            B64[v as usize & 63]
        } else {
            b'='
        });
    }
    out
}

fn b2a_base64(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let args = bind("b2a_base64", a, kw, &["data", "newline"], 1, 1)?;
    let data = bytes_arg(vm, args[0].as_ref().unwrap_or(&Value::None))?;
    let newline = match &args[1] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let mut out = base64_encode(&data);
    if newline {
        out.push(b'\n');
    }
    Ok(bytes(out))
}

fn b64_value(c: u8) -> Option<u32> {
    B64.iter().position(|&x| x == c).map(|p| p as u32)
}

/// Decodes base64 as CPython's binascii does: outside strict mode,
/// characters outside the alphabet are skipped and decoding stops at the
/// padding that completes a quantum.
fn base64_decode(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut quad = 0;
    let mut left: u32 = 0;
    let mut pads = 0;
    let mut padding_started = false;
    if strict && data.first() == Some(&b'=') {
        return Err("Leading padding not allowed".into());
    }
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if strict && quad == 0 {
                return Err("Excess padding not allowed".into());
            }
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err("Excess data after padding".into());
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding_started {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        match quad {
            0 => {
                left = v;
                quad = 1;
            }
            1 => {
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0xf;
                quad = 2;
            }
            2 => {
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 3;
                quad = 3;
            }
            _ => {
                out.push(((left << 6) | v) as u8);
                left = 0;
                quad = 0;
            }
        }
    }
    match quad {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}

fn a2b_base64(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let args = bind("a2b_base64", a, kw, &["data", "strict_mode"], 1, 1)?;
    let data = ascii_arg(vm, args[0].as_ref().unwrap_or(&Value::None))?;
    let strict = match &args[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    match base64_decode(&data, strict) {
        Ok(out) => Ok(bytes(out)),
        Err(msg) => Err(error(vm, msg)),
    }
}

fn crc32(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let args = bind("crc32", a, kw, &["data", "crc"], 1, 2)?;
    let data = bytes_arg(vm, args[0].as_ref().unwrap_or(&Value::None))?;
    let start = match &args[1] {
        Some(v) => u32_arg(vm, v)?,
        None => 0,
    };
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(&data);
    Ok(Value::Int(h.finalize() as i64))
}

fn crc_hqx(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if a.len() != 2 || !kw.is_empty() {
        return Err(PyErr::type_error(if kw.is_empty() {
            format!("crc_hqx expected 2 arguments, got {}", a.len())
        } else {
            "crc_hqx() takes no keyword arguments".to_string()
        }));
    }
    let args = bind("crc_hqx", a, kw, &["data", "crc"], 2, 2)?;
    let data = bytes_arg(vm, args[0].as_ref().unwrap_or(&Value::None))?;
    let mut crc = u32_arg(vm, args[1].as_ref().unwrap_or(&Value::Int(0)))? as u16;
    // CRC-CCITT (XMODEM): polynomial 0x1021, most significant bit first.
    for &b in &data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    Ok(Value::Int(crc as i64))
}

fn b2a_uu(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let args = bind("b2a_uu", a, kw, &["data", "backtick"], 1, 1)?;
    let data = bytes_arg(vm, args[0].as_ref().unwrap_or(&Value::None))?;
    let backtick = match &args[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if data.len() > 45 {
        return Err(error(vm, "At most 45 bytes at once"));
    }
    let enc = |v: u32| -> u8 {
        if backtick && v == 0 {
            b'`'
        } else {
            b' ' + v as u8
        }
    };
    let mut out = vec![enc(data.len() as u32)];
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let v = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for shift in [18, 12, 6, 0] {
            out.push(enc((v >> shift) & 63));
        }
    }
    out.push(b'\n');
    Ok(bytes(out))
}

fn a2b_uu(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let args = bind("a2b_uu", a, kw, &["data"], 1, 1)?;
    let data = ascii_arg(vm, args[0].as_ref().unwrap_or(&Value::None))?;
    let Some((&first, rest)) = data.split_first() else {
        return Ok(bytes(vec![0; 32]));
    };
    let len = ((first.wrapping_sub(b' ')) & 0o77) as usize;
    let mut out = Vec::with_capacity(len);
    let mut bits: u32 = 0;
    let mut nbits = 0;
    let mut i = 0;
    while out.len() < len {
        let c = rest.get(i).copied();
        i += 1;
        let v = match c {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(c) if (b' '..=b' ' + 64).contains(&c) => (c.wrapping_sub(b' ')) as u32 & 0o77,
            Some(_) => return Err(error(vm, "Illegal char")),
        };
        bits = (bits << 6) | v;
        nbits += 6;
        if nbits >= 8 {
            nbits -= 8;
            out.push((bits >> nbits) as u8);
            bits &= (1 << nbits) - 1;
        }
    }
    // The rest of the line may only be padding.
    for &c in rest.iter().skip(i) {
        if c != b' ' && c != b' ' + 64 && c != b'\n' && c != b'\r' {
            return Err(error(vm, "Trailing garbage"));
        }
    }
    Ok(bytes(out))
}

fn b2a_qp(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let args = bind(
        "b2a_qp",
        a,
        kw,
        &["data", "quotetabs", "istext", "header"],
        1,
        4,
    )?;
    let data = bytes_arg(vm, args[0].as_ref().unwrap_or(&Value::None))?;
    let flag = |vm: &mut Vm, v: &Option<Value>, d: bool| match v {
        Some(v) => vm.truthy(v),
        None => Ok(d),
    };
    let quotetabs = flag(vm, &args[1], false)?;
    let istext = flag(vm, &args[2], true)?;
    let header = flag(vm, &args[3], false)?;
    let crlf = data
        .iter()
        .position(|&c| c == b'\n')
        .is_some_and(|p| p > 0 && data[p - 1] == b'\r');
    let mut out: Vec<u8> = Vec::new();
    let mut line_len = 0;
    let n = data.len();
    let mut i = 0;
    let hexu = b"0123456789ABCDEF";
    while i < n {
        let c = data[i];
        let at_eol = |j: usize| {
            j + 1 == n
                || data[j + 1] == b'\n'
                || (j + 2 < n + 1 && data[j + 1] == b'\r' && data.get(j + 2) == Some(&b'\n'))
        };
        let needs_quote = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.' && line_len == 0 && at_eol(i))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && i + 1 == n)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if needs_quote {
            if line_len + 3 >= 76 {
                out.extend_from_slice(if crlf { b"=\r\n" } else { b"=\n" });
                line_len = 0;
            }
            out.push(b'=');
            out.push(hexu[(c >> 4) as usize]);
            out.push(hexu[(c & 15) as usize]);
            line_len += 3;
            i += 1;
        } else if istext && (c == b'\n' || (c == b'\r' && data.get(i + 1) == Some(&b'\n'))) {
            line_len = 0;
            // Trailing whitespace before a line end is quoted.
            if let Some(&last) = out.last() {
                if last == b' ' || last == b'\t' {
                    out.pop();
                    out.push(b'=');
                    out.push(hexu[(last >> 4) as usize]);
                    out.push(hexu[(last & 15) as usize]);
                }
            }
            if crlf {
                out.extend_from_slice(b"\r\n");
            } else {
                out.push(b'\n');
            }
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if i + 1 != n && data[i + 1] != b'\n' && line_len + 1 >= 76 {
                out.extend_from_slice(if crlf { b"=\r\n" } else { b"=\n" });
                line_len = 0;
            }
            line_len += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    Ok(bytes(out))
}

fn a2b_qp(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let args = bind("a2b_qp", a, kw, &["data", "header"], 1, 2)?;
    let data = ascii_arg(vm, args[0].as_ref().unwrap_or(&Value::None))?;
    let header = match &args[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let hexval = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == b'=' {
            i += 1;
            if i >= data.len() {
                break;
            }
            // A soft line break: '=' then optional whitespace then newline.
            if data[i] == b'\n' || data[i] == b'\r' {
                if data[i] != b'\n' {
                    while i < data.len() && data[i] != b'\n' {
                        i += 1;
                    }
                }
                i += 1;
                continue;
            }
            if data[i] == b'=' {
                out.push(b'=');
                i += 1;
                continue;
            }
            match (hexval(data[i]), data.get(i + 1).and_then(|&d| hexval(d))) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'='),
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(bytes(out))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let err = exception_class(vm, "binascii", "Error", ExcType::ValueError)?;
    let incomplete = exception_class(vm, "binascii", "Incomplete", ExcType::Exception)?;
    ERRORS.with(|e| *e.borrow_mut() = Some((err.clone(), incomplete.clone())));
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    let m = vm.make_module(
        "binascii",
        vec![
            f("hexlify", hexlify),
            f("b2a_hex", b2a_hex),
            f("unhexlify", unhexlify),
            f("a2b_hex", a2b_hex),
            f("b2a_base64", b2a_base64),
            f("a2b_base64", a2b_base64),
            f("crc32", crc32),
            f("crc_hqx", crc_hqx),
            f("b2a_uu", b2a_uu),
            f("a2b_uu", a2b_uu),
            f("b2a_qp", b2a_qp),
            f("a2b_qp", a2b_qp),
            ("Error", Value::Class(err)),
            ("Incomplete", Value::Class(incomplete)),
        ],
    );
    Ok(m)
}
