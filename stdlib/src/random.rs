//! `random`: CPython's Mersenne Twister (MT19937) with its seeding, so a
//! seeded program draws exactly the numbers CPython 3.11 draws.

use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, ToPrimitive};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use whirl_vm::builtins::len_of;
use whirl_vm::error::{ExcType, PyErr, PyResult};
use whirl_vm::str::intern_static;
use whirl_vm::types::{builtin_fn, Kw};
use whirl_vm::value::{PyList, Value};
use whirl_vm::{BinOp, Vm};

const N: usize = 624;
const M: usize = 397;

struct Mt {
    state: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let p = self.state[i - 1];
            self.state[i] = 1812433253u32
                .wrapping_mul(p ^ (p >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let p = mt[i - 1];
            mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let p = mt[i - 1];
            mt[i] = (mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn next_u32(&mut self) -> u32 {
        const MAG: [u32; 2] = [0, 0x9908_b0df];
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        if self.index >= N {
            let mt = &mut self.state;
            for kk in 0..N {
                let y = (mt[kk] & UPPER) | (mt[(kk + 1) % N] & LOWER);
                mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ MAG[(y & 1) as usize];
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)` for 0 < k <= 64, CPython's word order.
    fn bits64(&mut self, k: u32) -> u64 {
        if k <= 32 {
            (self.next_u32() >> (32 - k)) as u64
        } else {
            let lo = self.next_u32() as u64;
            let hi = (self.next_u32() >> (64 - k)) as u64;
            lo | (hi << 32)
        }
    }

    fn bits_big(&mut self, k: u64) -> BigInt {
        if k <= 64 {
            return BigInt::from(if k == 0 { 0 } else { self.bits64(k as u32) });
        }
        let words = (k - 1) / 32 + 1;
        let mut digits = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &digits)
    }

    /// `_randbelow_with_getrandbits(n)` for n > 0.
    fn below_u64(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits64(k);
            if r < n {
                return r;
            }
        }
    }

    fn below_big(&mut self, n: &BigInt) -> BigInt {
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.below_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.bits_big(k);
            if &r < n {
                return r;
            }
        }
    }

    fn seed_int(&mut self, n: &BigInt) {
        let (_, mut key) = n.abs().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }

    fn seed_entropy(&mut self) {
        use std::io::Read;
        let mut buf = [0u8; 32];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut buf))
            .is_ok();
        if !ok {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default()
                .as_nanos();
            buf[..16].copy_from_slice(&t.to_le_bytes());
            buf[16..20].copy_from_slice(&std::process::id().to_le_bytes());
        }
        let key: Vec<u32> = buf
            .chunks(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        self.init_by_array(&key);
    }
}

type Gen = Rc<RefCell<Mt>>;

/// A generator; `Random.__init__` seeds it, the module's is seeded here.
fn new_gen(seeded: bool) -> Gen {
    let mut mt = Mt {
        state: [0; N],
        index: N,
        gauss_next: None,
    };
    if seeded {
        mt.seed_entropy();
    } else {
        mt.init_genrand(19650218);
    }
    Rc::new(RefCell::new(mt))
}

/// A `Random` instance's generator, keyed by its token (an empty list held
/// as `self._k`); an entry goes once its token is dead.
struct Instances {
    map: HashMap<usize, (Weak<PyList>, Gen)>,
    swept_at: usize,
}

thread_local! {
    /// The generator of the module-level functions.
    static GLOBAL: Gen = new_gen(true);
    /// The generator of the call in progress (`None`: the global one).
    static CURRENT: RefCell<Option<Gen>> = const { RefCell::new(None) };
    static INSTANCES: RefCell<Instances> = RefCell::new(Instances {
        map: HashMap::new(),
        swept_at: 64,
    });
}

fn rng<T>(f: impl FnOnce(&mut Mt) -> T) -> T {
    let g = CURRENT
        .with(|c| c.borrow().clone())
        .unwrap_or_else(|| GLOBAL.with(|g| g.clone()));
    let mut mt = g.borrow_mut();
    f(&mut mt)
}

/// Runs `f` with `g` as the current generator (restored afterwards, so
/// Python code called from `f` may use another one).
fn enter<R>(g: Option<Gen>, f: impl FnOnce() -> R) -> R {
    let prev = CURRENT.with(|c| c.replace(g));
    let r = f();
    CURRENT.with(|c| *c.borrow_mut() = prev);
    r
}

fn new_state(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let token = Value::list(Vec::new());
    if let Value::List(l) = &token {
        INSTANCES.with(|i| {
            let mut i = i.borrow_mut();
            if i.map.len() >= i.swept_at {
                i.map.retain(|_, (w, _)| w.strong_count() > 0);
                i.swept_at = (i.map.len() * 2).max(64);
            }
            i.map
                .insert(Rc::as_ptr(l) as usize, (Rc::downgrade(l), new_gen(false)));
        });
    }
    Ok(token)
}

fn instance_gen(vm: &Vm, a: &[Value]) -> PyResult<Gen> {
    let found = match a.first() {
        Some(Value::List(l)) => INSTANCES.with(|i| {
            i.borrow()
                .map
                .get(&(Rc::as_ptr(l) as usize))
                .filter(|(w, _)| w.upgrade().is_some_and(|w| Rc::ptr_eq(&w, l)))
                .map(|(_, g)| g.clone())
        }),
        _ => None,
    };
    found.ok_or_else(|| {
        let what = a.first().map_or("nothing".to_string(), |v| vm.type_name(v));
        PyErr::type_error(format!("not a Random generator state: {what}"))
    })
}

/// For each native function `f`: `f` (module level, global generator) and
/// `_m_f` (a `Random` method, first argument the instance's token).
macro_rules! entries {
    ($($name:ident),* $(,)?) => {
        mod entry {
            use super::*;
            $(
                pub fn $name(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
                    enter(None, || super::$name(vm, a, kw))
                }
            )*
        }
        mod method {
            use super::*;
            $(
                pub fn $name(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
                    let g = instance_gen(vm, a)?;
                    enter(Some(g), || super::$name(vm, &a[1..], kw))
                }
            )*
        }
        fn members() -> Vec<(&'static str, Value)> {
            vec![
                $(
                    (stringify!($name), builtin_fn(stringify!($name), entry::$name)),
                    (concat!("_m_", stringify!($name)), builtin_fn(stringify!($name), method::$name)),
                )*
            ]
        }
    };
}

entries!(
    seed,
    random,
    getrandbits,
    randbytes,
    randrange,
    randint,
    choice,
    shuffle,
    sample,
    choices,
    uniform,
    triangular,
    gauss,
    normalvariate,
    lognormvariate,
    expovariate,
    getstate,
    setstate,
    vonmisesvariate,
    gammavariate,
    betavariate,
    paretovariate,
    weibullvariate,
);

/// The `Random` class: each instance has its own generator.
const RANDOM_CLASS: &str = r#"
class Random:
    VERSION = 3

    def __init__(self, x=None):
        self._k = _new_state()
        self.seed(x)

    def seed(self, *args, **kwargs):
        return _m_seed(self._k, *args, **kwargs)

    def random(self, *args, **kwargs):
        return _m_random(self._k, *args, **kwargs)

    def getrandbits(self, *args, **kwargs):
        return _m_getrandbits(self._k, *args, **kwargs)

    def randbytes(self, n):
        return _m_randbytes(self._k, n)

    def randrange(self, *args, **kwargs):
        return _m_randrange(self._k, *args, **kwargs)

    def randint(self, a, b):
        return _m_randint(self._k, a, b)

    def choice(self, seq):
        return _m_choice(self._k, seq)

    def shuffle(self, x):
        return _m_shuffle(self._k, x)

    def sample(self, *args, **kwargs):
        return _m_sample(self._k, *args, **kwargs)

    def choices(self, *args, **kwargs):
        return _m_choices(self._k, *args, **kwargs)

    def uniform(self, a, b):
        return _m_uniform(self._k, a, b)

    def triangular(self, *args, **kwargs):
        return _m_triangular(self._k, *args, **kwargs)

    def gauss(self, *args, **kwargs):
        return _m_gauss(self._k, *args, **kwargs)

    def normalvariate(self, *args, **kwargs):
        return _m_normalvariate(self._k, *args, **kwargs)

    def lognormvariate(self, mu, sigma):
        return _m_lognormvariate(self._k, mu, sigma)

    def expovariate(self, lambd):
        return _m_expovariate(self._k, lambd)

    def vonmisesvariate(self, mu, kappa):
        return _m_vonmisesvariate(self._k, mu, kappa)

    def gammavariate(self, alpha, beta):
        return _m_gammavariate(self._k, alpha, beta)

    def betavariate(self, alpha, beta):
        return _m_betavariate(self._k, alpha, beta)

    def paretovariate(self, alpha):
        return _m_paretovariate(self._k, alpha)

    def weibullvariate(self, alpha, beta):
        return _m_weibullvariate(self._k, alpha, beta)

    def getstate(self):
        return _m_getstate(self._k)

    def setstate(self, state):
        return _m_setstate(self._k, state)
"#;

/// Positional argument `i` or keyword `name`.
fn arg<'a>(a: &'a [Value], kw: Kw<'a>, i: usize, name: &str) -> Option<&'a Value> {
    a.get(i)
        .or_else(|| kw.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v))
}

/// Checks arguments as CPython does for a method of `Random` with
/// positional parameters `names[..max_pos]` (the first `min_pos` without
/// a default) and keyword-only ones after them.
fn check_args(
    fname: &str,
    a: &[Value],
    kw: Kw,
    names: &[&str],
    min_pos: usize,
    max_pos: usize,
) -> PyResult<()> {
    if a.len() > max_pos {
        let given = a.len() + 1;
        let takes = if min_pos == max_pos {
            let n = max_pos + 1;
            format!("{n} positional argument{}", if n == 1 { "" } else { "s" })
        } else {
            format!(
                "from {} to {} positional arguments",
                min_pos + 1,
                max_pos + 1
            )
        };
        return Err(PyErr::type_error(format!(
            "Random.{fname}() takes {takes} but {given} {} given",
            if given == 1 { "was" } else { "were" }
        )));
    }
    for (k, _) in kw {
        match names.iter().position(|n| *n == k.as_str()) {
            None => {
                return Err(PyErr::type_error(format!(
                    "Random.{fname}() got an unexpected keyword argument '{}'",
                    k.as_str()
                )))
            }
            Some(p) if p < a.len() => {
                return Err(PyErr::type_error(format!(
                    "Random.{fname}() got multiple values for argument '{}'",
                    k.as_str()
                )))
            }
            _ => {}
        }
    }
    Ok(())
}

/// Checks the arguments of a method written in C (`random`, `getrandbits`).
fn check_c_args(fname: &str, a: &[Value], kw: Kw, n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "Random.{fname}() takes no keyword arguments"
        )));
    }
    if a.len() != n {
        return Err(PyErr::type_error(if n == 0 {
            format!("Random.{fname}() takes no arguments ({} given)", a.len())
        } else {
            format!(
                "Random.{fname}() takes exactly one argument ({} given)",
                a.len()
            )
        }));
    }
    Ok(())
}

fn required<'a>(
    a: &'a [Value],
    kw: Kw<'a>,
    i: usize,
    name: &str,
    fname: &str,
) -> PyResult<&'a Value> {
    arg(a, kw, i, name).ok_or_else(|| {
        PyErr::type_error(format!(
            "{fname}() missing 1 required positional argument: '{name}'"
        ))
    })
}

/// Two required arguments, with CPython's message naming all missing ones.
fn required2<'a>(
    a: &'a [Value],
    kw: Kw<'a>,
    names: [&str; 2],
    fname: &str,
) -> PyResult<(&'a Value, &'a Value)> {
    match (arg(a, kw, 0, names[0]), arg(a, kw, 1, names[1])) {
        (Some(x), Some(y)) => Ok((x, y)),
        (None, None) => Err(PyErr::type_error(format!(
            "{fname}() missing 2 required positional arguments: '{}' and '{}'",
            names[0], names[1]
        ))),
        (None, Some(_)) => Err(required(a, kw, 0, names[0], fname)
            .err()
            .unwrap_or_else(|| PyErr::type_error(""))),
        (Some(_), None) => Err(required(a, kw, 1, names[1], fname)
            .err()
            .unwrap_or_else(|| PyErr::type_error(""))),
    }
}

fn not_integer(vm: &Vm, v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    ))
}

/// An int argument (`operator.index`).
fn index(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        _ => Err(not_integer(vm, v)),
    }
}

fn float_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    whirl_vm::ops::to_f64(v)
        .ok_or_else(|| PyErr::type_error(format!("must be real number, not {}", vm.type_name(v))))
}

fn seed(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check_args("seed", a, kw, &["a", "version"], 0, 2)?;
    let x = arg(a, kw, 0, "a").cloned().unwrap_or(Value::None);
    let version = match arg(a, kw, 1, "version") {
        None => 2,
        Some(v) => index(vm, v).ok().and_then(|b| b.to_i64()).unwrap_or(2),
    };
    let bytes = match &x {
        Value::Str(s) => Some(s.as_str().as_bytes().to_vec()),
        Value::Bytes(b) => Some(b.to_vec()),
        _ => None,
    };
    let n: Option<BigInt> =
        match (&x, bytes) {
            (Value::None, _) => None,
            (_, Some(b)) if version == 1 => {
                // Python 2 era seeding of str (code points) and bytes.
                let cps: Vec<u64> = match &x {
                    Value::Str(s) => s.as_str().chars().map(|c| c as u64).collect(),
                    _ => b.iter().map(|c| *c as u64).collect(),
                };
                let mut h: u64 = cps.first().map_or(0, |c| c << 7);
                for c in &cps {
                    h = 1000003u64.wrapping_mul(h) ^ c;
                }
                h ^= cps.len() as u64;
                Some(BigInt::from(h))
            }
            (_, Some(mut b)) => {
                let digest = crate::hashlib::sha512(&b);
                b.extend_from_slice(&digest);
                Some(BigInt::from_bytes_be(Sign::Plus, &b))
            }
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), _) => Some(index(vm, &x)?),
            (Value::Float(f), _) => Some(BigInt::from(whirl_vm::dict::hash_float(*f))),
            _ => return Err(PyErr::type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            )),
        };
    rng(|r| {
        match &n {
            Some(n) => r.seed_int(n),
            None => r.seed_entropy(),
        }
        r.gauss_next = None;
    });
    Ok(Value::None)
}

fn random(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check_c_args("random", a, kw, 0)?;
    Ok(Value::Float(rng(|r| r.random())))
}

fn bits_value(k: u64) -> Value {
    if k <= 63 {
        Value::Int(rng(|r| if k == 0 { 0 } else { r.bits64(k as u32) }) as i64)
    } else {
        Value::from_bigint(rng(|r| r.bits_big(k)))
    }
}

fn nbits(vm: &Vm, v: &Value) -> PyResult<u64> {
    let k = index(vm, v)?;
    if k.is_negative() {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    k.to_u64().filter(|k| *k <= i32::MAX as u64).ok_or_else(|| {
        PyErr::new(
            ExcType::OverflowError,
            "Python int too large to convert to C int",
        )
    })
}

fn getrandbits(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check_c_args("getrandbits", a, kw, 1)?;
    let k = nbits(vm, required(a, kw, 0, "k", "getrandbits")?)?;
    Ok(bits_value(k))
}

fn randbytes(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check_args("randbytes", a, kw, &["n"], 1, 1)?;
    let n = index(vm, required(a, kw, 0, "n", "Random.randbytes")?)?;
    let k = nbits(vm, &Value::from_bigint(n * 8))?;
    let v = rng(|r| r.bits_big(k));
    let mut b = v.to_bytes_le().1;
    b.resize((k / 8) as usize, 0);
    Ok(Value::Bytes(Rc::new(b)))
}

/// A randrange() argument: an int, or (deprecated) an integral float.
fn rr_int(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    match v {
        Value::Float(f) => {
            if f.is_nan() {
                return Err(PyErr::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(PyErr::new(
                    ExcType::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            if f.fract() != 0.0 {
                return Err(PyErr::value_error(format!(
                    "non-integer {what} for randrange()"
                )));
            }
            use num_traits::FromPrimitive;
            Ok(BigInt::from_f64(*f).unwrap_or_default())
        }
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => index(vm, v),
        // int(s) works for a numeric str, which is then != s.
        Value::Str(s) => Err(PyErr::value_error(
            match s.as_str().trim().replace('_', "").parse::<BigInt>() {
                Ok(_) => format!("non-integer {what} for randrange()"),
                Err(_) => format!("invalid literal for int() with base 10: {}", vm.repr(v)?),
            },
        )),
        _ => Err(PyErr::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn below(n: &BigInt) -> BigInt {
    rng(|r| r.below_big(n))
}

fn randrange_impl(
    vm: &mut Vm,
    start: &Value,
    stop: Option<&Value>,
    step: Option<&Value>,
) -> PyResult<Value> {
    // Fast path: machine ints, unit or small steps.
    if let (Value::Int(s), Some(Value::Int(e)), None | Some(Value::Int(_))) = (start, stop, step) {
        let (s, e) = (*s as i128, *e as i128);
        let st = match step {
            Some(Value::Int(st)) => *st as i128,
            _ => 1,
        };
        let width = e - s;
        if st == 1 && width > 0 {
            let r = rng(|r| r.below_u64(width as u64)) as i128;
            return Ok(Value::from_bigint(BigInt::from(s + r)));
        }
    }
    let istart = rr_int(vm, start, "arg 1")?;
    let stop = match stop {
        None | Some(Value::None) => {
            if step.is_some_and(|v| !matches!(v, Value::Int(1))) {
                return Err(PyErr::type_error("Missing a non-None stop argument"));
            }
            if istart.is_positive() {
                return Ok(Value::from_bigint(below(&istart)));
            }
            return Err(PyErr::value_error("empty range for randrange()"));
        }
        Some(v) => v,
    };
    let istop = rr_int(vm, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        None => BigInt::one(),
        Some(v) => rr_int(vm, v, "step")?,
    };
    if istep.is_one() {
        if width.is_positive() {
            return Ok(Value::from_bigint(istart + below(&width)));
        }
        return Err(PyErr::value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    use num_integer::Integer;
    let n = if istep.is_positive() {
        (width + &istep - 1i32).div_floor(&istep)
    } else if istep.is_negative() {
        (width + &istep + 1i32).div_floor(&istep)
    } else {
        return Err(PyErr::value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(PyErr::value_error("empty range for randrange()"));
    }
    Ok(Value::from_bigint(istart + istep * below(&n)))
}

fn randrange(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check_args("randrange", a, kw, &["start", "stop", "step"], 1, 3)?;
    let start = required(a, kw, 0, "start", "Random.randrange")?;
    randrange_impl(vm, start, arg(a, kw, 1, "stop"), arg(a, kw, 2, "step"))
}

fn randint(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check_args("randint", a, kw, &["a", "b"], 2, 2)?;
    let (lo, hi) = required2(a, kw, ["a", "b"], "Random.randint")?;
    let stop = vm.binary_op(BinOp::Add, hi.clone(), Value::Int(1), false)?;
    randrange_impl(vm, lo, Some(&stop), None)
}

fn item(vm: &mut Vm, seq: &Value, i: usize) -> PyResult<Value> {
    match seq {
        Value::List(l) => {
            if let Some(v) = l.0.borrow().get(i) {
                return Ok(v.clone());
            }
        }
        Value::Tuple(t) => {
            if let Some(v) = t.0.get(i) {
                return Ok(v.clone());
            }
        }
        _ => {}
    }
    vm.getitem(seq, &Value::Int(i as i64))
}

fn choice(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check_args("choice", a, kw, &["seq"], 1, 1)?;
    let seq = required(a, kw, 0, "seq", "Random.choice")?;
    let n = len_of(vm, seq)?;
    if n == 0 {
        return Err(PyErr::new(
            ExcType::IndexError,
            "Cannot choose from an empty sequence",
        ));
    }
    let i = rng(|r| r.below_u64(n as u64)) as usize;
    item(vm, seq, i)
}

fn shuffle(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check_args("shuffle", a, kw, &["x"], 1, 1)?;
    let x = required(a, kw, 0, "x", "Random.shuffle")?;
    if let Value::List(l) = x {
        let n = l.0.borrow().len();
        for i in (1..n).rev() {
            let j = rng(|r| r.below_u64(i as u64 + 1)) as usize;
            let mut v = l.0.borrow_mut();
            if i < v.len() && j < v.len() {
                v.swap(i, j);
            }
        }
        return Ok(Value::None);
    }
    let n = len_of(vm, x)?;
    for i in (1..n).rev() {
        let j = rng(|r| r.below_u64(i as u64 + 1)) as usize;
        let (vi, vj) = (item(vm, x, i)?, item(vm, x, j)?);
        vm.setitem(x, Value::Int(i as i64), vj)?;
        vm.setitem(x, Value::Int(j as i64), vi)?;
    }
    Ok(Value::None)
}

/// `bisect.bisect_right(a, x, 0, hi)`, step for step (the list need not
/// be sorted, nor its items comparable).
fn bisect_right<T: PartialOrd>(a: &[T], x: &T, hi: usize) -> usize {
    let (mut lo, mut hi) = (0, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if x < &a[mid] {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// The indices `sample` picks from a population of `n`, CPython's way.
fn sample_indices(n: u64, k: u64) -> Vec<u64> {
    let mut setsize = 21u64;
    if k > 5 {
        let e = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4u64.saturating_pow(e.ceil() as u32);
    }
    let mut out = Vec::with_capacity(k as usize);
    if n <= setsize {
        let mut pool: Vec<u64> = (0..n).collect();
        for i in 0..k {
            let j = rng(|r| r.below_u64(n - i)) as usize;
            out.push(pool[j]);
            pool[j] = pool[(n - i - 1) as usize];
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = rng(|r| r.below_u64(n));
            while selected.contains(&j) {
                j = rng(|r| r.below_u64(n));
            }
            selected.insert(j);
            out.push(j);
        }
    }
    out
}

fn sample(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check_args("sample", a, kw, &["population", "k", "counts"], 2, 2)?;
    let (pop, k) = required2(a, kw, ["population", "k"], "Random.sample")?;
    if matches!(
        pop,
        Value::Set(_) | Value::Dict(_) | Value::Generator(_) | Value::Iterator(_)
    ) {
        return Err(PyErr::type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = len_of(vm, pop)? as u64;
    if let Some(counts) = arg(a, kw, 2, "counts").filter(|c| !matches!(c, Value::None)) {
        let counts = vm.collect(counts)?;
        if counts.len() as u64 != n {
            return Err(PyErr::value_error(
                "The number of counts does not match the population",
            ));
        }
        let mut cum: Vec<i64> = Vec::with_capacity(counts.len());
        let mut acc: i64 = 0;
        for c in &counts {
            let c = match c {
                Value::Int(i) => *i,
                Value::Bool(b) => *b as i64,
                _ => return Err(PyErr::type_error("Counts must be integers")),
            };
            acc = acc.saturating_add(c);
            cum.push(acc);
        }
        let total = cum.pop().unwrap_or(0);
        if total <= 0 {
            return Err(PyErr::value_error(
                "Total of counts must be greater than zero",
            ));
        }
        let picks = sample_range(vm, total as u64, k)?;
        let mut out = Vec::with_capacity(picks.len());
        for s in picks {
            let i = bisect_right(&cum, &(s as i64), cum.len());
            out.push(item(vm, pop, i)?);
        }
        return Ok(Value::list(out));
    }
    let picks = sample_range(vm, n, k)?;
    let items = if n <= 4096 && !matches!(pop, Value::List(_) | Value::Tuple(_)) {
        Some(vm.collect(pop)?)
    } else {
        None
    };
    let mut out = Vec::with_capacity(picks.len());
    for j in picks {
        out.push(match &items {
            Some(v) => v[j as usize].clone(),
            None => item(vm, pop, j as usize)?,
        });
    }
    Ok(Value::list(out))
}

fn sample_range(vm: &Vm, n: u64, k: &Value) -> PyResult<Vec<u64>> {
    let k = match k {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => index(vm, k)?,
        _ => {
            return Err(PyErr::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(k)
            )))
        }
    };
    match k.to_u64() {
        Some(k) if k <= n => Ok(sample_indices(n, k)),
        _ => Err(PyErr::value_error(
            "Sample larger than population or is negative",
        )),
    }
}

fn choices(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check_args(
        "choices",
        a,
        kw,
        &["population", "weights", "cum_weights", "k"],
        1,
        2,
    )?;
    let pop = required(a, kw, 0, "population", "Random.choices")?;
    let weights = arg(a, kw, 1, "weights").filter(|v| !matches!(v, Value::None));
    let cum_weights = arg(a, kw, 2, "cum_weights").filter(|v| !matches!(v, Value::None));
    let k = match arg(a, kw, 3, "k") {
        None => 1,
        Some(v) => index(vm, v)?.to_i64().unwrap_or(i64::MAX).max(0),
    };
    let n = len_of(vm, pop)?;
    let mut out = Vec::new();
    let cum: Vec<Value> = match (weights, cum_weights) {
        (None, None) => {
            let nf = n as f64;
            for _ in 0..k {
                let i = (rng(|r| r.random()) * nf).floor() as usize;
                out.push(item(vm, pop, i)?);
            }
            return Ok(Value::list(out));
        }
        (Some(w), None) => {
            let ws = match vm.collect(w) {
                Ok(ws) => ws,
                Err(e) => {
                    if let Value::Int(k) = w {
                        return Err(PyErr::type_error(format!(
                            "The number of choices must be a keyword argument: k={k}"
                        )));
                    }
                    return Err(e);
                }
            };
            let mut cum = Vec::with_capacity(ws.len());
            let mut acc: Option<Value> = None;
            for w in ws {
                let next = match acc {
                    None => w,
                    Some(prev) => vm.binary_op(BinOp::Add, prev, w, false)?,
                };
                cum.push(next.clone());
                acc = Some(next);
            }
            cum
        }
        (None, Some(c)) => vm.collect(c)?,
        (Some(_), Some(_)) => {
            return Err(PyErr::type_error(
                "Cannot specify both weights and cumulative weights",
            ))
        }
    };
    if cum.len() != n {
        return Err(PyErr::value_error(
            "The number of weights does not match the population",
        ));
    }
    let last = cum
        .last()
        .cloned()
        .ok_or_else(|| PyErr::new(ExcType::IndexError, "list index out of range"))?;
    let total = vm.binary_op(BinOp::Add, last, Value::Float(0.0), false)?;
    let total = float_arg(vm, &total)?;
    if total <= 0.0 || total.is_nan() {
        return Err(PyErr::value_error(
            "Total of weights must be greater than zero",
        ));
    }
    if !total.is_finite() {
        return Err(PyErr::value_error("Total of weights must be finite"));
    }
    let cumf = cum
        .iter()
        .map(|v| float_arg(vm, v))
        .collect::<PyResult<Vec<f64>>>()?;
    let hi = n - 1;
    for _ in 0..k {
        let x = rng(|r| r.random()) * total;
        let i = bisect_right(&cumf, &x, hi);
        out.push(item(vm, pop, i)?);
    }
    Ok(Value::list(out))
}

fn uniform(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check_args("uniform", a, kw, &["a", "b"], 2, 2)?;
    let (lo, hi) = required2(a, kw, ["a", "b"], "Random.uniform")?;
    let (lo, hi) = (lo.clone(), hi.clone());
    let width = vm.binary_op(BinOp::Sub, hi, lo.clone(), false)?;
    let u = Value::Float(rng(|r| r.random()));
    let d = vm.binary_op(BinOp::Mult, width, u, false)?;
    vm.binary_op(BinOp::Add, lo, d, false)
}

fn triangular(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check_args("triangular", a, kw, &["low", "high", "mode"], 0, 3)?;
    let low_v = arg(a, kw, 0, "low").cloned().unwrap_or(Value::Float(0.0));
    let mut low = float_arg(vm, &low_v)?;
    let mut high = match arg(a, kw, 1, "high") {
        Some(v) => float_arg(vm, v)?,
        None => 1.0,
    };
    let u = rng(|r| r.random());
    let mut c = match arg(a, kw, 2, "mode").filter(|v| !matches!(v, Value::None)) {
        None => 0.5,
        Some(m) => {
            if high - low == 0.0 {
                return Ok(low_v);
            }
            (float_arg(vm, m)? - low) / (high - low)
        }
    };
    let mut u2 = u;
    if u2 > c {
        u2 = 1.0 - u2;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Value::Float(low + (high - low) * (u2 * c).sqrt()))
}

fn mu_sigma(vm: &Vm, fname: &str, a: &[Value], kw: Kw, min_pos: usize) -> PyResult<(f64, f64)> {
    check_args(fname, a, kw, &["mu", "sigma"], min_pos, 2)?;
    let mu = match arg(a, kw, 0, "mu") {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    let sigma = match arg(a, kw, 1, "sigma") {
        Some(v) => float_arg(vm, v)?,
        None => 1.0,
    };
    Ok((mu, sigma))
}

fn gauss(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (mu, sigma) = mu_sigma(vm, "gauss", a, kw, 0)?;
    let z = rng(|r| match r.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = r.random() * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - r.random()).ln()).sqrt();
            r.gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    });
    Ok(Value::Float(mu + z * sigma))
}

fn normal(mu: f64, sigma: f64) -> f64 {
    // 4 * exp(-0.5) / sqrt(2.0), as CPython computes it.
    let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    rng(|r| loop {
        let u1 = r.random();
        let u2 = 1.0 - r.random();
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return mu + z * sigma;
        }
    })
}

fn normalvariate(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (mu, sigma) = mu_sigma(vm, "normalvariate", a, kw, 0)?;
    Ok(Value::Float(normal(mu, sigma)))
}

fn lognormvariate(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (mu, sigma) = mu_sigma(vm, "lognormvariate", a, kw, 2)?;
    required2(a, kw, ["mu", "sigma"], "Random.lognormvariate")?;
    Ok(Value::Float(normal(mu, sigma).exp()))
}

fn expovariate(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check_args("expovariate", a, kw, &["lambd"], 1, 1)?;
    let l = float_arg(vm, required(a, kw, 0, "lambd", "Random.expovariate")?)?;
    let u = rng(|r| r.random());
    if l == 0.0 {
        return Err(PyErr::new(
            ExcType::ZeroDivisionError,
            "float division by zero",
        ));
    }
    Ok(Value::Float(-(1.0 - u).ln() / l))
}

/// Two required float arguments.
fn two_floats(
    vm: &Vm,
    fname: &str,
    a: &[Value],
    kw: Kw,
    n1: &str,
    n2: &str,
) -> PyResult<(f64, f64)> {
    check_args(fname, a, kw, &[n1, n2], 2, 2)?;
    let full = format!("Random.{fname}");
    let (x, y) = required2(a, kw, [n1, n2], &full)?;
    let (x, y) = (float_arg(vm, x)?, float_arg(vm, y)?);
    Ok((x, y))
}

fn zero_division() -> PyErr {
    PyErr::new(ExcType::ZeroDivisionError, "float division by zero")
}

/// Python's float `%`.
fn py_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0f64.copysign(y)
    }
}

fn vonmisesvariate(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (mu, kappa) = two_floats(vm, "vonmisesvariate", a, kw, "mu", "kappa")?;
    use std::f64::consts::{PI, TAU};
    Ok(Value::Float(rng(|r| {
        if kappa <= 1e-6 {
            return TAU * r.random();
        }
        let s = 0.5 / kappa;
        let rr = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = r.random();
            let z = (PI * u1).cos();
            let d = z / (rr + z);
            let u2 = r.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / rr;
        let f = (q + z) / (1.0 + q * z);
        if r.random() > 0.5 {
            py_mod(mu + f.acos(), TAU)
        } else {
            py_mod(mu - f.acos(), TAU)
        }
    })))
}

fn gamma(alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(PyErr::value_error(
            "gammavariate: alpha and beta must be > 0.0",
        ));
    }
    Ok(rng(|r| {
        if alpha > 1.0 {
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - 4f64.ln();
            let ccc = alpha + ainv;
            let sg_magic = 1.0 + 4.5f64.ln();
            loop {
                let u1 = r.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - r.random();
                let v = (u1 / (1.0 - u1)).ln() / ainv;
                let x = alpha * v.exp();
                let z = u1 * u1 * u2;
                let rr = bbb + ccc * v - x;
                if rr + sg_magic - 4.5 * z >= 0.0 || rr >= z.ln() {
                    return x * beta;
                }
            }
        } else if alpha == 1.0 {
            -(1.0 - r.random()).ln() * beta
        } else {
            let e = std::f64::consts::E;
            loop {
                let u = r.random();
                let b = (e + alpha) / e;
                let p = b * u;
                let x = if p <= 1.0 {
                    p.powf(1.0 / alpha)
                } else {
                    -((b - p) / alpha).ln()
                };
                let u1 = r.random();
                let accept = if p > 1.0 {
                    u1 <= x.powf(alpha - 1.0)
                } else {
                    u1 <= (-x).exp()
                };
                if accept {
                    return x * beta;
                }
            }
        }
    }))
}

fn gammavariate(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (alpha, beta) = two_floats(vm, "gammavariate", a, kw, "alpha", "beta")?;
    Ok(Value::Float(gamma(alpha, beta)?))
}

fn betavariate(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (alpha, beta) = two_floats(vm, "betavariate", a, kw, "alpha", "beta")?;
    let y = gamma(alpha, 1.0)?;
    if y != 0.0 {
        return Ok(Value::Float(y / (y + gamma(beta, 1.0)?)));
    }
    Ok(Value::Float(0.0))
}

fn paretovariate(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check_args("paretovariate", a, kw, &["alpha"], 1, 1)?;
    let alpha = float_arg(vm, required(a, kw, 0, "alpha", "Random.paretovariate")?)?;
    let u = 1.0 - rng(|r| r.random());
    if alpha == 0.0 {
        return Err(zero_division());
    }
    Ok(Value::Float(u.powf(-1.0 / alpha)))
}

fn weibullvariate(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (alpha, beta) = two_floats(vm, "weibullvariate", a, kw, "alpha", "beta")?;
    let u = 1.0 - rng(|r| r.random());
    if beta == 0.0 {
        return Err(zero_division());
    }
    Ok(Value::Float(alpha * (-u.ln()).powf(1.0 / beta)))
}

fn getstate(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check_args("getstate", a, kw, &[], 0, 0)?;
    let (words, index, g) = rng(|r| (r.state, r.index, r.gauss_next));
    let mut items: Vec<Value> = words.iter().map(|w| Value::Int(*w as i64)).collect();
    items.push(Value::Int(index as i64));
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(items),
        g.map_or(Value::None, Value::Float),
    ]))
}

fn setstate(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    check_args("setstate", a, kw, &["state"], 1, 1)?;
    let state = vm.collect(required(a, kw, 0, "state", "Random.setstate")?)?;
    let version = state.first().cloned().unwrap_or(Value::None);
    if !matches!(version, Value::Int(2 | 3)) {
        let r = vm.repr(&version)?;
        return Err(PyErr::value_error(format!(
            "state with version {r} passed to Random.setstate() of version 3"
        )));
    }
    if state.len() != 3 {
        return Err(PyErr::value_error(format!(
            "too many values to unpack (expected 3, got {})",
            state.len()
        )));
    }
    let gauss_next = match &state[2] {
        Value::None => None,
        v => Some(float_arg(vm, v)?),
    };
    let inner = match &state[1] {
        Value::Tuple(t) => t.0.to_vec(),
        _ => return Err(PyErr::type_error("state vector must be a tuple")),
    };
    if inner.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(&inner) {
        let b = index(vm, v)?;
        use num_integer::Integer;
        *w = b
            .mod_floor(&BigInt::from(1u64 << 32))
            .to_u32()
            .unwrap_or_default();
    }
    let idx = index(vm, &inner[N])?;
    let idx = match idx.to_usize() {
        Some(i) if i <= N => i,
        _ => return Err(PyErr::value_error("invalid state")),
    };
    rng(|r| {
        r.state = words;
        r.index = idx;
        r.gauss_next = gauss_next;
    });
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let mut members = members();
    members.push(("_new_state", builtin_fn("_new_state", new_state)));
    let module = vm.make_module("random", members);
    if let Value::Module(m) = &module {
        m.dict.set_str(
            intern_static("__builtins__"),
            Value::Dict(vm.builtins.clone()),
        );
        let code = vm
            .compile(RANDOM_CLASS, "<frozen random>")
            .map_err(|e| PyErr::new(ExcType::SystemError, format!("random: {}", e.message)))?;
        vm.run_code(code, m.dict.clone()).map_err(PyErr::Raised)?;
    }
    Ok(module)
}
