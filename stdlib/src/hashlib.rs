//! `_hashlib_native`: the message digests behind `hashlib` and `hmac` (stdlib/py),
//! from the RustCrypto crates: MD5, SHA-1, SHA-2, SHA-3, SHAKE and BLAKE2
//! (with digest size, key, salt and personalization). A hash's running
//! state is a native object; the Python `hashlib` wraps it in the objects
//! users see, with their attributes.

use crate::binargs::{bytes_arg, int_arg};
use blake2::{Blake2bVarCore, Blake2sVarCore};
use digest::core_api::{Buffer, UpdateCore, VariableOutputCore};
use digest::{DynDigest, ExtendableOutput, Update, XofReader};
use std::cell::RefCell;
use std::rc::Rc;
use whirl_vm::class::Class;
use whirl_vm::error::{PyErr, PyResult};
use whirl_vm::native::{native_ref, NativeData, NativeObject, Sink, Tracer};
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::Value;
use whirl_vm::Vm;

/// A running hash.
#[derive(Clone)]
enum Hasher {
    Fixed(Box<dyn DynDigest>),
    Blake2b(Blake2bVarCore, Buffer<Blake2bVarCore>, usize),
    Blake2s(Blake2sVarCore, Buffer<Blake2sVarCore>, usize),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
}

impl Hasher {
    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Fixed(h) => h.update(data),
            Hasher::Blake2b(core, buf, _) => {
                buf.digest_blocks(data, |blocks| core.update_blocks(blocks))
            }
            Hasher::Blake2s(core, buf, _) => {
                buf.digest_blocks(data, |blocks| core.update_blocks(blocks))
            }
            Hasher::Shake128(h) => Update::update(h, data),
            Hasher::Shake256(h) => Update::update(h, data),
        }
    }

    /// The digest so far (the state is left as it was); `length` is the
    /// output length of the SHAKE functions.
    fn digest(&self, length: usize) -> Vec<u8> {
        match self.clone() {
            Hasher::Fixed(h) => h.finalize().into_vec(),
            Hasher::Blake2b(mut core, mut buf, size) => {
                let mut out = Default::default();
                core.finalize_variable_core(&mut buf, &mut out);
                out[..size].to_vec()
            }
            Hasher::Blake2s(mut core, mut buf, size) => {
                let mut out = Default::default();
                core.finalize_variable_core(&mut buf, &mut out);
                out[..size].to_vec()
            }
            Hasher::Shake128(h) => {
                let mut out = vec![0; length];
                h.finalize_xof().read(&mut out);
                out
            }
            Hasher::Shake256(h) => {
                let mut out = vec![0; length];
                h.finalize_xof().read(&mut out);
                out
            }
        }
    }
}

struct HashState(RefCell<Hasher>);

impl NativeData for HashState {
    fn trace(&self, _: &mut Tracer) {}
    fn clear(&self, _: &mut Sink) {}
}

/// A fixed-output hash by its canonical name.
fn fixed(name: &str) -> Option<Box<dyn DynDigest>> {
    Some(match name {
        "md5" => Box::new(md5::Md5::default()),
        "sha1" => Box::new(sha1::Sha1::default()),
        "sha224" => Box::new(sha2::Sha224::default()),
        "sha256" => Box::new(sha2::Sha256::default()),
        "sha384" => Box::new(sha2::Sha384::default()),
        "sha512" => Box::new(sha2::Sha512::default()),
        "sha512_224" => Box::new(sha2::Sha512_224::default()),
        "sha512_256" => Box::new(sha2::Sha512_256::default()),
        "sha3_224" => Box::new(sha3::Sha3_224::default()),
        "sha3_256" => Box::new(sha3::Sha3_256::default()),
        "sha3_384" => Box::new(sha3::Sha3_384::default()),
        "sha3_512" => Box::new(sha3::Sha3_512::default()),
        _ => return None,
    })
}

/// The internal block size of a fixed-output hash (HMAC pads keys to it).
fn block_size(name: &str) -> usize {
    match name {
        "sha384" | "sha512" | "sha512_224" | "sha512_256" => 128,
        "sha3_224" => 144,
        "sha3_256" => 136,
        "sha3_384" => 104,
        "sha3_512" => 72,
        _ => 64,
    }
}

/// A BLAKE2 state with the given parameters (checked by the caller:
/// sizes within the function's limits).
fn blake2(big: bool, size: usize, key: &[u8], salt: &[u8], person: &[u8]) -> Hasher {
    let block = if big { 128 } else { 64 };
    let mut padded = vec![0u8; if key.is_empty() { 0 } else { block }];
    padded[..key.len()].copy_from_slice(key);
    if big {
        let core = Blake2bVarCore::new_with_params(salt, person, key.len(), size);
        Hasher::Blake2b(core, Buffer::<Blake2bVarCore>::new(&padded), size)
    } else {
        let core = Blake2sVarCore::new_with_params(salt, person, key.len(), size);
        Hasher::Blake2s(core, Buffer::<Blake2sVarCore>::new(&padded), size)
    }
}

fn make(name: &str) -> Option<Hasher> {
    match name {
        "shake_128" => Some(Hasher::Shake128(Default::default())),
        "shake_256" => Some(Hasher::Shake256(Default::default())),
        "blake2b" => Some(blake2(true, 64, &[], &[], &[])),
        "blake2s" => Some(blake2(false, 32, &[], &[], &[])),
        _ => fixed(name).map(Hasher::Fixed),
    }
}

thread_local! {
    static STATE_CLASS: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
}

fn wrap(h: Hasher) -> Value {
    let cls = STATE_CLASS.with(|c| c.borrow().clone());
    match cls {
        Some(cls) => NativeObject::new(cls, HashState(RefCell::new(h))),
        None => Value::None,
    }
}

fn state(v: Option<&Value>) -> PyResult<&HashState> {
    v.and_then(|v| native_ref::<HashState>(v))
        .map(|(_, s)| s)
        .ok_or_else(|| PyErr::type_error("expected a _hashlib hash state"))
}

fn name_arg(v: Option<&Value>) -> PyResult<&str> {
    v.and_then(|v| v.as_str())
        .ok_or_else(|| PyErr::type_error("hash name must be a str"))
}

fn bytes_at(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<Vec<u8>> {
    match a.get(i) {
        Some(v) => bytes_arg(vm, v),
        None => Ok(Vec::new()),
    }
}

/// `_hashlib.new(name)` or, for BLAKE2,
/// `_hashlib.new(name, digest_size, key, salt, person)`: a fresh state, or
/// None for an unknown name.
fn new(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let name = name_arg(a.first())?.to_string();
    if (name == "blake2b" || name == "blake2s") && a.len() > 1 {
        let size = int_arg(vm, &a[1])? as usize;
        let key = bytes_at(vm, a, 2)?;
        let salt = bytes_at(vm, a, 3)?;
        let person = bytes_at(vm, a, 4)?;
        let max = if name == "blake2b" { 64 } else { 32 };
        if size == 0
            || size > max
            || key.len() > max
            || salt.len() > max / 4
            || person.len() > max / 4
        {
            return Err(PyErr::value_error("invalid BLAKE2 parameters"));
        }
        return Ok(wrap(blake2(name == "blake2b", size, &key, &salt, &person)));
    }
    Ok(make(&name).map(wrap).unwrap_or(Value::None))
}

fn update(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let st = state(a.first())?;
    let data = bytes_at(vm, a, 1)?;
    st.0.borrow_mut().update(&data);
    Ok(Value::None)
}

/// `_hashlib.finish(state, length)`: the digest so far, as bytes.
fn finish(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let st = state(a.first())?;
    let length = match a.get(1) {
        Some(v) => int_arg(vm, v)?.max(0) as usize,
        None => 0,
    };
    whirl_vm::error::check_alloc(length)?;
    let out = st.0.borrow().digest(length);
    Ok(Value::Bytes(Rc::new(out)))
}

fn copy(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let st = state(a.first())?;
    let h = st.0.borrow().clone();
    Ok(wrap(h))
}

/// The one-shot digest of `data`; `random.seed` uses SHA-512.
pub(crate) fn sha512(data: &[u8]) -> Vec<u8> {
    let mut h = sha2::Sha512::default();
    DynDigest::update(&mut h, data);
    DynDigest::finalize_reset(&mut h).into_vec()
}

/// `_hashlib.digest(name, data)`: the raw digest of `data`.
fn digest(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let name = name_arg(a.first())?;
    let data = bytes_at(vm, a, 1)?;
    let Some(mut h) = make(name) else {
        return Err(PyErr::value_error(format!("unsupported hash type {name}")));
    };
    h.update(&data);
    Ok(Value::Bytes(Rc::new(h.digest(0))))
}

/// HMAC's inner and outer states after the padded key (RFC 2104).
fn hmac_states(name: &str, key: &[u8]) -> Option<(Box<dyn DynDigest>, Box<dyn DynDigest>)> {
    let mut inner = fixed(name)?;
    let mut outer = fixed(name)?;
    let block = block_size(name);
    let mut k = if key.len() > block {
        let mut h = fixed(name)?;
        h.update(key);
        h.finalize().into_vec()
    } else {
        key.to_vec()
    };
    k.resize(block, 0);
    inner.update(&k.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    outer.update(&k.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    Some((inner, outer))
}

fn hmac_with(states: &(Box<dyn DynDigest>, Box<dyn DynDigest>), msg: &[u8]) -> Vec<u8> {
    let mut inner = states.0.box_clone();
    inner.update(msg);
    let mut outer = states.1.box_clone();
    outer.update(&inner.finalize());
    outer.finalize().into_vec()
}

/// `_hashlib.pbkdf2_hmac(name, password, salt, iterations, dklen)` (RFC
/// 8018); `hashlib.pbkdf2_hmac` checks the arguments.
fn pbkdf2_hmac(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let name = name_arg(a.first())?.to_string();
    let password = bytes_at(vm, a, 1)?;
    let salt = bytes_at(vm, a, 2)?;
    let iterations = match a.get(3) {
        Some(v) => int_arg(vm, v)?.max(1) as u64,
        None => 1,
    };
    let Some(states) = hmac_states(&name, &password) else {
        return Err(PyErr::value_error(format!("unsupported hash type {name}")));
    };
    let hlen = states.0.output_size();
    let dklen = match a.get(4) {
        Some(v) if !v.is_none() => int_arg(vm, v)?.max(1) as usize,
        _ => hlen,
    };
    whirl_vm::error::check_alloc(dklen)?;
    let mut out = Vec::with_capacity(dklen);
    let mut block_index: u32 = 1;
    while out.len() < dklen {
        let mut msg = salt.clone();
        msg.extend_from_slice(&block_index.to_be_bytes());
        let mut u = hmac_with(&states, &msg);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac_with(&states, &u);
            for (x, y) in t.iter_mut().zip(&u) {
                *x ^= y;
            }
        }
        out.extend_from_slice(&t);
        block_index = block_index.wrapping_add(1);
    }
    out.truncate(dklen);
    Ok(Value::Bytes(Rc::new(out)))
}

/// Not called `_hashlib`: code that finds a `_hashlib` takes it for
/// CPython's OpenSSL module and looks for `openssl_*` constructors.
pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let cls = whirl_vm::native::native_class(vm, "HASHSTATE", "_hashlib_native", &[], None);
    STATE_CLASS.with(|c| *c.borrow_mut() = Some(cls));
    let f = |n: &'static str, func| (n, builtin_fn(n, func));
    Ok(vm.make_module(
        "_hashlib_native",
        vec![
            f("new", new),
            f("update", update),
            f("finish", finish),
            f("copy", copy),
            f("digest", digest),
            f("pbkdf2_hmac", pbkdf2_hmac),
        ],
    ))
}
