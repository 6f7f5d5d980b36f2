//! Python `dict`: an insertion-ordered hash table (a dense entry vector plus
//! an open-addressed index, as CPython's compact dict), and the hashing and
//! key equality of builtin values.

use crate::error::{ExcType, PyErr, PyResult};
use crate::str::PyStr;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

const EMPTY: u32 = u32::MAX;
const DELETED: u32 = u32::MAX - 1;

#[derive(Clone)]
pub struct Entry {
    pub hash: u64,
    /// `Value::Null` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

/// A hash table the VM can search by Python-level equality (user
/// `__eq__`): it lists the keys with a given hash.
/// The answer of a table operation by native key equality, or `Deferred`
/// when a user-class key with the same hash makes it Python's to decide.
pub enum Native<T> {
    Done(T),
    Deferred,
}

impl<T> Native<T> {
    /// The native answer, or `default` where it was deferred (callers
    /// that never hold user-class keys).
    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Native::Done(v) => v,
            Native::Deferred => default,
        }
    }
}

pub trait KeyTable {
    fn candidates(&self, hash: u64) -> Vec<(usize, Value)>;
    /// Whether `slot` still holds exactly `key` (a key's `__eq__` may
    /// have changed the table since `candidates`).
    fn holds(&self, slot: usize, key: &Value) -> bool;
}

impl KeyTable for DictTable {
    fn candidates(&self, hash: u64) -> Vec<(usize, Value)> {
        DictTable::candidates(self, hash)
    }
    fn holds(&self, slot: usize, key: &Value) -> bool {
        self.entries.get(slot).is_some_and(|e| e.key.is(key))
    }
}

impl KeyTable for crate::set::SetTable {
    fn candidates(&self, hash: u64) -> Vec<(usize, Value)> {
        crate::set::SetTable::candidates(self, hash)
    }
    fn holds(&self, slot: usize, key: &Value) -> bool {
        crate::set::SetTable::holds(self, slot, key)
    }
}

#[derive(Default)]
pub struct DictTable {
    entries: Vec<Entry>,
    index: Vec<u32>,
    len: usize,
    /// Changes whenever entry positions may change (a key added or
    /// removed); unique across all dicts, 0 until the first key. Lets
    /// `LoadGlobal` cache an entry position. The top bit (`WATCHED`)
    /// marks a class's dict: every change to it is reported to the class
    /// (see `type_version`).
    version: u64,
}

/// `DictTable::version`'s flag for a watched (class) dict.
const WATCHED: u64 = 1 << 63;

impl Clone for DictTable {
    /// A copy (`dict(C.__dict__)`) is nobody's class dict: not watched.
    fn clone(&self) -> DictTable {
        DictTable {
            entries: self.entries.clone(),
            index: self.index.clone(),
            len: self.len,
            version: self.version & !WATCHED,
        }
    }
}

thread_local! {
    static NEXT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

fn next_version() -> u64 {
    NEXT_VERSION.with(|v| {
        let n = v.get();
        v.set(n + 1);
        n
    })
}

/// Whether stored key `k` is str `key` for the str-keyed lookups
/// (attribute names): a str with that text, or an instance of a str
/// subclass with it (`o.__dict__[S("x")] = 1; o.x`). Only keys whose hash
/// matches are compared, so the subclass case costs nothing otherwise.
#[inline(always)]
fn str_key_matches(k: &Value, key: &Rc<PyStr>) -> bool {
    match k {
        Value::Str(s) => Rc::ptr_eq(s, key) || s.as_str() == key.as_str(),
        Value::Instance(i) => str_subclass_key_matches(i, key.as_str()),
        _ => false,
    }
}

/// A str subclass instance as a key equal to str `key`, as str's own
/// `__eq__` decides. A subclass with its own `__eq__` is not matched here:
/// that needs Python code, which a native table lookup cannot run.
#[cold]
#[inline(never)]
fn str_subclass_key_matches(i: &crate::class::Instance, key: &str) -> bool {
    matches!(&i.base, Value::Str(s) if s.as_str() == key)
        && !matches!(
            i.class.lookup(&crate::str::intern_static("__eq__")),
            Some(Value::Function(_))
        )
}

pub struct PyDict(pub RefCell<DictTable>);

impl Drop for PyDict {
    /// A big dict's death lets the VM hand memory back (see
    /// `gc::note_freed`), as a big list's does.
    fn drop(&mut self) {
        let n = self.0.get_mut().len();
        if n >= 1024 {
            crate::gc::note_freed(n);
        }
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict(RefCell::new(DictTable::default()))
    }
    pub fn with_capacity(n: usize) -> PyDict {
        PyDict(RefCell::new(DictTable::with_capacity(n)))
    }
    pub fn get_str(&self, key: &Rc<PyStr>) -> Option<Value> {
        self.0.borrow().get_str(key)
    }
    pub fn set_str(&self, key: Rc<PyStr>, value: Value) {
        self.0.borrow_mut().set_str(key, value)
    }
    /// `get_str` trying entry `hint` first: an instruction that reads
    /// `obj.x` keeps where it last found `x`, and instances of a class
    /// mostly add their attributes in the same order. A hit costs one
    /// pointer compare; a miss probes and moves the hint.
    #[inline(always)]
    pub fn get_str_hinted(&self, key: &Rc<PyStr>, hint: &Cell<u32>) -> Option<Value> {
        let t = self.0.borrow();
        if let Some(Entry {
            key: Value::Str(k),
            value,
            ..
        }) = t.entries.get(hint.get() as usize)
        {
            // A deleted entry's key is Null: a matching key is the live one.
            if Rc::ptr_eq(k, key) {
                return Some(value.clone());
            }
        }
        let ix = t.str_position(key)?;
        hint.set(ix as u32);
        Some(t.entries[ix].value.clone())
    }
    /// The value of entry `i` (in insertion order) when its key is the
    /// string `key`: a fixed-layout dict (a member descriptor's) read
    /// without hashing; None sends the caller to `get_str`.
    #[inline]
    pub fn str_entry_at(&self, i: usize, key: &str) -> Option<Value> {
        match self.0.borrow().entries.get(i) {
            Some(Entry {
                key: Value::Str(k),
                value,
                ..
            }) if k.as_str() == key => Some(value.clone()),
            _ => None,
        }
    }
    /// `set_str` trying entry `hint` first (see `get_str_hinted`).
    #[inline]
    pub fn set_str_hinted(&self, key: &Rc<PyStr>, value: Value, hint: &Cell<u32>) {
        let mut t = self.0.borrow_mut();
        if let Some(Entry {
            key: Value::Str(k),
            value: slot,
            ..
        }) = t.entries.get_mut(hint.get() as usize)
        {
            if Rc::ptr_eq(k, key) {
                // Replacing a value moves no entry: the version stays.
                let old = std::mem::replace(slot, value);
                t.note_value_change();
                drop(t);
                drop(old);
                return;
            }
        }
        let ix = t.set_str_at(key.clone(), value);
        hint.set(ix as u32);
    }
    pub fn get(&self, key: &Value) -> PyResult<Option<Value>> {
        self.0.borrow().get(key)
    }
    pub fn set(&self, key: Value, value: Value) -> PyResult<()> {
        self.0.borrow_mut().set(key, value)
    }
    pub fn len(&self) -> usize {
        self.0.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Default for PyDict {
    fn default() -> Self {
        Self::new()
    }
}

impl DictTable {
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Marks this table as a class's dict (see `type_version`).
    pub(crate) fn watch(&mut self) {
        self.version |= WATCHED;
    }

    pub(crate) fn is_watched(&self) -> bool {
        self.version & WATCHED != 0
    }

    /// Entry positions may have changed: a new version (keeping the
    /// watched flag), reported if watched.
    #[inline]
    fn bump_version(&mut self) {
        self.version = next_version() | (self.version & WATCHED);
        self.note_value_change();
    }

    /// A value was bound, rebound or removed: a class's dict tells its
    /// class.
    #[inline(always)]
    fn note_value_change(&self) {
        if self.version & WATCHED != 0 {
            crate::type_version::class_dict_changed(self);
        }
    }

    /// Position of a str key's entry (valid while `version` is unchanged).
    pub fn str_position(&self, key: &Rc<PyStr>) -> Option<usize> {
        let h = key.hash();
        match self.find(h, |k| str_key_matches(k, key)) {
            Ok(slot) => Some(self.index[slot] as usize),
            Err(_) => None,
        }
    }

    fn find(&self, hash: u64, eq: impl Fn(&Value) -> bool) -> Result<usize, usize> {
        // Ok(slot) when found, Err(slot to insert at) otherwise.
        if self.index.is_empty() {
            return Err(usize::MAX);
        }
        let mask = self.index.len() - 1;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash;
        let mut first_free = usize::MAX;
        loop {
            let ix = self.index[i];
            if ix == EMPTY {
                return Err(if first_free != usize::MAX {
                    first_free
                } else {
                    i
                });
            }
            if ix == DELETED {
                if first_free == usize::MAX {
                    first_free = i;
                }
            } else {
                let e = &self.entries[ix as usize];
                if e.hash == hash && eq(&e.key) {
                    return Ok(i);
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    pub fn get_str(&self, key: &Rc<PyStr>) -> Option<Value> {
        let h = key.hash();
        match self.find(h, |k| str_key_matches(k, key)) {
            Ok(slot) => Some(self.entries[self.index[slot] as usize].value.clone()),
            Err(_) => None,
        }
    }

    /// The value for a str key given as text, without making a `PyStr`.
    pub fn get_text(&self, key: &str) -> Option<Value> {
        let h = crate::str::hash_bytes(key.as_bytes());
        match self.find(h, |k| match k {
            Value::Str(s) => s.as_str() == key,
            Value::Instance(i) => str_subclass_key_matches(i, key),
            _ => false,
        }) {
            Ok(slot) => Some(self.entries[self.index[slot] as usize].value.clone()),
            Err(_) => None,
        }
    }

    pub fn set_str(&mut self, key: Rc<PyStr>, value: Value) {
        self.set_str_at(key, value);
    }

    /// `set_str`, answering the entry position the key now has.
    fn set_str_at(&mut self, key: Rc<PyStr>, value: Value) -> usize {
        let h = key.hash();
        let r = self.find(h, |k| str_key_matches(k, &key));
        let existing = r.ok().map(|slot| self.index[slot] as usize);
        self.insert_at(r, h, Value::Str(key), value);
        // A new key is the last entry (a rebuild keeps it last).
        existing.unwrap_or(self.entries.len() - 1)
    }

    pub fn get(&self, key: &Value) -> PyResult<Option<Value>> {
        Ok(self.get_or_defer(key)?.unwrap_or(None))
    }

    /// `get` by native equality; `Deferred` when it missed but an entry
    /// with the key's hash is a user-class instance, whose `__eq__`
    /// (Python code, run by the VM) must decide (`{D(1): 1}[1]`).
    pub fn get_or_defer(&self, key: &Value) -> PyResult<Native<Option<Value>>> {
        let h = hash_value(key)?;
        Ok(match self.find_native(h, key) {
            (Ok(slot), _) => {
                Native::Done(Some(self.entries[self.index[slot] as usize].value.clone()))
            }
            (Err(_), true) => Native::Deferred,
            (Err(_), false) => Native::Done(None),
        })
    }

    /// `find` by native equality, and whether an entry with the same hash
    /// was a user-class instance (compared by identity only here).
    fn find_native(&self, hash: u64, key: &Value) -> (Result<usize, usize>, bool) {
        let deferred = std::cell::Cell::new(false);
        let r = self.find(hash, |k| {
            key_eq(k, key) || {
                if matches!(k, Value::Instance(_)) {
                    deferred.set(true);
                }
                false
            }
        });
        (r, deferred.get())
    }

    pub fn contains(&self, key: &Value) -> PyResult<bool> {
        Ok(self.get(key)?.is_some())
    }

    pub fn set(&mut self, key: Value, value: Value) -> PyResult<()> {
        let h = hash_value(&key)?;
        let r = self.find(h, |k| key_eq(k, &key));
        self.insert_at(r, h, key, value);
        Ok(())
    }

    /// `set`, or `Deferred` (nothing stored) as `get_or_defer` defers.
    pub fn set_or_defer(&mut self, key: &Value, value: &Value) -> PyResult<Native<()>> {
        let h = hash_value(key)?;
        match self.find_native(h, key) {
            (Err(_), true) => Ok(Native::Deferred),
            (r, _) => {
                self.insert_at(r, h, key.clone(), value.clone());
                Ok(Native::Done(()))
            }
        }
    }

    fn insert_at(&mut self, r: Result<usize, usize>, hash: u64, key: Value, value: Value) {
        match r {
            Ok(slot) => {
                let ix = self.index[slot] as usize;
                self.entries[ix].value = value;
                self.note_value_change();
            }
            Err(slot) => {
                self.bump_version();
                if slot == usize::MAX || (self.entries.len() + 1) * 3 >= self.index.len() * 2 {
                    self.entries.push(Entry { hash, key, value });
                    self.len += 1;
                    // Room for as many again, so a growing dict rebuilds
                    // at doubling sizes only.
                    self.rebuild(self.len * 2);
                } else {
                    self.index[slot] = self.entries.len() as u32;
                    self.entries.push(Entry { hash, key, value });
                    self.len += 1;
                }
            }
        }
    }

    /// An empty table with room for `n` keys before it first grows.
    pub fn with_capacity(n: usize) -> DictTable {
        if n == 0 {
            return DictTable::default();
        }
        DictTable {
            entries: Vec::with_capacity(n),
            index: vec![EMPTY; index_size_for(n)],
            len: 0,
            version: 0,
        }
    }

    /// Compacts the entries and rebuilds the index with room for
    /// `room_for` keys.
    fn rebuild(&mut self, room_for: usize) {
        self.bump_version();
        if self.entries.len() != self.len {
            self.entries.retain(|e| !e.key.is_null());
        }
        let size = index_size_for(room_for.max(self.len));
        self.index.clear();
        self.index.resize(size, EMPTY);
        let mask = size - 1;
        for (n, e) in self.entries.iter().enumerate() {
            let mut i = (e.hash as usize) & mask;
            let mut perturb = e.hash;
            while self.index[i] != EMPTY {
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
            self.index[i] = n as u32;
        }
    }

    pub fn remove(&mut self, key: &Value) -> PyResult<Option<Value>> {
        Ok(self.remove_or_defer(key)?.unwrap_or(None))
    }

    /// `remove`, or `Deferred` (nothing removed) as `get_or_defer` defers.
    pub fn remove_or_defer(&mut self, key: &Value) -> PyResult<Native<Option<Value>>> {
        let h = hash_value(key)?;
        match self.find_native(h, key) {
            (Err(_), true) => Ok(Native::Deferred),
            (Err(_), false) => Ok(Native::Done(None)),
            (Ok(slot), _) => Ok(Native::Done(Some(self.remove_slot(slot)))),
        }
    }

    /// Empties the index slot `slot` and its entry; returns the value.
    fn remove_slot(&mut self, slot: usize) -> Value {
        self.bump_version();
        let ix = self.index[slot] as usize;
        self.index[slot] = DELETED;
        let e = &mut self.entries[ix];
        e.key = Value::Null;
        let v = std::mem::take(&mut e.value);
        self.len -= 1;
        if self.len * 2 < self.entries.len() && self.entries.len() > 16 {
            self.rebuild(self.len);
        }
        v
    }

    /// Entries whose hash equals `hash` (index, key): the slow path for keys
    /// whose equality is Python code, compared outside the table's borrow.
    pub fn candidates(&self, hash: u64) -> Vec<(usize, Value)> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.hash == hash && !e.key.is_null())
            .map(|(i, e)| (i, e.key.clone()))
            .collect()
    }
    pub fn value_at(&self, idx: usize) -> Value {
        self.entries[idx].value.clone()
    }
    /// `value_at` for a position kept elsewhere (a cache), `Null` past
    /// the end.
    #[inline]
    pub fn value_at_or_null(&self, idx: usize) -> Value {
        self.entries
            .get(idx)
            .map_or(Value::Null, |e| e.value.clone())
    }
    pub fn set_value_at(&mut self, idx: usize, v: Value) {
        self.entries[idx].value = v;
        self.note_value_change();
    }
    /// Inserts a key known to be absent.
    pub fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        let r = self.find(hash, |_| false);
        self.insert_at(r, hash, key, value);
    }
    pub fn remove_at(&mut self, idx: usize) -> Value {
        self.bump_version();
        let hash = self.entries[idx].hash;
        if let Ok(slot) = self.find(hash, |k| std::ptr::eq(k, &self.entries[idx].key)) {
            self.index[slot] = DELETED;
        }
        self.entries[idx].key = Value::Null;
        self.len -= 1;
        std::mem::take(&mut self.entries[idx].value)
    }

    pub fn clear(&mut self) {
        let watched = self.version & WATCHED;
        *self = DictTable::default();
        self.version = watched;
        self.bump_version();
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
    /// The entry at raw position `pos` (for iterators that survive
    /// mutation checks by length), skipping deleted ones.
    pub fn entry_from(&self, pos: usize) -> Option<(usize, &Entry)> {
        self.entries[pos.min(self.entries.len())..]
            .iter()
            .enumerate()
            .find(|(_, e)| !e.key.is_null())
            .map(|(i, e)| (pos + i, e))
    }
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        // By position, not by looking the key up again: a key whose
        // equality is Python code (a weak reference, a user class) would
        // not be found by native equality.
        let last = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let key = self.entries[last].key.clone();
        let mask = self.index.len() - 1;
        let hash = self.entries[last].hash;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash;
        while self.index[i] as usize != last {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        let v = self.remove_slot(i);
        Some((key, v))
    }
    /// Drops every entry: used by the cycle collector to break cycles.
    pub fn take_all(&mut self) -> Vec<Entry> {
        self.bump_version();
        self.len = 0;
        self.index.clear();
        std::mem::take(&mut self.entries)
    }
}

/// The index size (a power of two, at least 8) at which `n` keys fit
/// without the next insertion rebuilding (see `insert_at`).
fn index_size_for(n: usize) -> usize {
    let mut size = 8;
    while size * 2 <= n * 3 + 2 {
        size *= 2;
    }
    size
}

const MODULUS: u64 = (1 << 61) - 1;

/// CPython's numeric hash, so `hash(1) == hash(1.0) == hash(True)`.
pub fn hash_int(i: i64) -> u64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    let h = if h == -1 { -2 } else { h };
    h as u64
}

/// CPython's `_Py_HashDouble`: equal to the int hash for integral values,
/// and the same numbers as CPython for every other float.
pub fn hash_float(f: f64) -> u64 {
    const BITS: u32 = 61;
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { (-314159i64) as u64 };
    }
    if f.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(f);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        (e as u32) % BITS
    } else {
        BITS - 1 - (((-1 - e) as u32) % BITS)
    };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let h = (x as i64) * sign;
    (if h == -1 { -2 } else { h }) as u64
}

/// `math.frexp`: f == m * 2**e with 0.5 <= |m| < 1.
fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn is_set_like_view(ni: &crate::iter::NativeIter) -> bool {
    matches!(&*ni.state.borrow(), crate::iter::IterState::View { kind, .. } if *kind != 1)
}

pub fn hash_value(v: &Value) -> PyResult<u64> {
    Ok(match v {
        Value::Str(s) => s.hash(),
        Value::Int(i) => hash_int(*i),
        Value::Bool(b) => *b as u64,
        Value::Float(f) => hash_float(*f),
        Value::None => 0xfca86420,
        Value::BigInt(b) => {
            use num_traits::ToPrimitive;
            let m = b.as_ref() % num_bigint::BigInt::from(MODULUS);
            hash_int(m.to_i64().unwrap_or(0))
        }
        Value::Tuple(t) => {
            let mut hashes = Vec::with_capacity(t.0.len());
            for item in t.0.iter() {
                hashes.push(hash_value(item)?);
            }
            tuple_hash(&hashes)
        }
        Value::Bytes(b) => crate::str::hash_bytes(b),
        Value::Complex(c) => crate::complex::hash(c),
        Value::MemoryView(m) => crate::memoryview::hash(m)?,
        Value::List(_) | Value::Dict(_) | Value::ByteArray(_) => {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("unhashable type: '{}'", crate::ops::type_name(v)),
            ))
        }
        Value::Set(s) if s.frozen => {
            let mut acc: u64 = 0x1d8e_4e27_c47d_124f;
            for e in s.table.borrow().iter() {
                acc ^= e.hash.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(17);
            }
            acc | 1
        }
        Value::Set(_) => return Err(PyErr::new(ExcType::TypeError, "unhashable type: 'set'")),
        // Keys and items views are set-like, hence unhashable; values
        // views hash by identity (their type is `IterState::View` kind 1).
        Value::Iterator(ni) if is_set_like_view(ni) => {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("unhashable type: '{}'", ni.name),
            ))
        }
        Value::Instance(i) if i.class.unhashable() => {
            return Err(PyErr::new(
                ExcType::TypeError,
                format!("unhashable type: '{}'", i.class.name),
            ))
        }
        // Equal bound methods hash alike: by receiver identity and function.
        Value::BoundMethod(m) => identity_hash(&m.receiver) ^ identity_hash(&m.func).rotate_left(7),
        Value::Builtin(b) if !b.bound.is_null() => {
            identity_hash(&b.bound) ^ (b.func as usize as u64).rotate_left(7)
        }
        other => identity_hash(other),
    })
}

fn identity_hash(v: &Value) -> u64 {
    (v.ptr().unwrap_or(0) as u64).rotate_right(4)
}

/// CPython's tuple hash (xxHash-style lanes over the items' hashes).
pub fn tuple_hash(hashes: &[u64]) -> u64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &lane in hashes {
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc
    }
}

/// Key equality for builtin values (numbers across int/float/bool, strings,
/// tuples element-wise); identity for everything else.
pub fn key_eq(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Str(x), Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            x.0.len() == y.0.len() && x.0.iter().zip(y.0.iter()).all(|(p, q)| key_eq(p, q))
        }
        (Set(x), Set(y)) => {
            let (x, y) = (x.table.borrow(), y.table.borrow());
            x.len() == y.len() && x.iter().all(|e| y.contains(&e.key).unwrap_or(false))
        }
        // A key of a subclass of a builtin type (`class S(str)`) stored
        // by the VM is found by a plain key equal to its value.
        (Instance(i), _) if !i.base.is_null() && !matches!(b, Instance(_)) => key_eq(&i.base, b),
        (_, Instance(i)) if !i.base.is_null() && !matches!(a, Instance(_)) => key_eq(a, &i.base),
        _ => crate::ops::native_eq(a, b).unwrap_or_else(|| a.is(b)),
    }
}
