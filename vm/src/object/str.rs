//! Python `str`: immutable UTF-8 text with a cached hash, and the interner
//! that makes attribute and global names pointer-comparable.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

pub struct PyStr {
    s: Box<str>,
    hash: Cell<u64>,
    /// Number of code points; equals the byte length for ASCII text, which
    /// makes indexing O(1) there. The top bit is `SURROGATES`.
    chars: usize,
}

/// Set in `PyStr::chars` when the text holds a lone surrogate (see
/// `surrogate.rs`): ordering comparisons then go by Python code point.
const SURROGATES: usize = 1 << (usize::BITS - 1);

impl PyStr {
    pub fn new(s: String) -> PyStr {
        let chars = if s.is_ascii() {
            s.len()
        } else if crate::surrogate::contains_surrogate(&s) {
            s.chars().count() | SURROGATES
        } else {
            s.chars().count()
        };
        PyStr {
            s: s.into_boxed_str(),
            hash: Cell::new(0),
            chars,
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    pub fn char_len(&self) -> usize {
        self.chars & !SURROGATES
    }
    /// Whether the text holds a lone surrogate.
    #[inline]
    pub fn has_surrogates(&self) -> bool {
        self.chars & SURROGATES != 0
    }
    /// Python's ordering of two strings: by code point, in which a lone
    /// surrogate sorts below U+E000 although its stand-in does not.
    #[inline]
    pub fn py_cmp(&self, other: &PyStr) -> std::cmp::Ordering {
        if (self.chars | other.chars) & SURROGATES == 0 {
            self.s.cmp(&other.s)
        } else {
            let key = crate::surrogate::code_point;
            self.s.chars().map(key).cmp(other.s.chars().map(key))
        }
    }
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }
    #[inline]
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = hash_bytes(self.s.as_bytes());
        self.hash.set(h);
        h
    }
    /// The `i`-th code point (`i` already bounds-checked and non-negative).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }
    /// Byte offset of code point `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }
}

/// FNV-1a folded to never be 0 or -1 (0 marks "not computed").
pub fn hash_bytes(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    if h == 0 || h == u64::MAX {
        h = 1
    }
    h
}

thread_local! {
    static INTERNED: RefCell<HashMap<Box<str>, Rc<PyStr>>> = RefCell::new(HashMap::new());
}

/// Hashes a literal's address (the only key `STATIC_INTERNED` has): one
/// multiply, where SipHash would cost more than the probe it guards.
#[derive(Default)]
struct AddressHasher(u64);

impl std::hash::Hasher for AddressHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        let x = (self.0 ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = x ^ (x >> 29);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type AddressMap = HashMap<usize, Rc<PyStr>, std::hash::BuildHasherDefault<AddressHasher>>;

thread_local! {
    /// Interned strings of `&'static str` literals, by address: the VM
    /// looks up dunder names by literal on hot paths (a few hundred
    /// literals, so a list scanned in order cost hundreds of compares).
    static STATIC_INTERNED: RefCell<AddressMap> = RefCell::new(AddressMap::default());
    /// The last literal seen in each of 64 slots (chosen by address), in
    /// front of `STATIC_INTERNED`: a hit is a compare and a count
    /// increment, where the map costs a hash probe.
    static RECENT_STATIC: RefCell<[(usize, Option<Rc<PyStr>>); 64]> =
        RefCell::new(std::array::from_fn(|_| (0, None)));
}

/// `intern` for a string literal, found by its address first.
#[inline]
pub fn intern_static(s: &'static str) -> Rc<PyStr> {
    let key = s.as_ptr() as usize ^ (s.len() << 48);
    let slot = (key ^ (key >> 6)) & 63;
    let recent = RECENT_STATIC.with(|r| match &r.borrow()[slot] {
        (k, Some(name)) if *k == key => Some(name.clone()),
        _ => None,
    });
    if let Some(name) = recent {
        return name;
    }
    let name = STATIC_INTERNED.with(|m| {
        if let Some(r) = m.borrow().get(&key) {
            return r.clone();
        }
        let r = intern(s);
        m.borrow_mut().insert(key, r.clone());
        r
    });
    RECENT_STATIC.with(|r| r.borrow_mut()[slot] = (key, Some(name.clone())));
    name
}

/// Whether `s` is the shared `PyStr` `intern` hands out for its text
/// (`code_serial` keeps that sharing across a cached module).
pub fn is_interned(s: &Rc<PyStr>) -> bool {
    INTERNED.with(|m| m.borrow().get(s.as_str()).is_some_and(|r| Rc::ptr_eq(r, s)))
}

/// The one shared `PyStr` for `s`: names in code objects, attribute keys.
pub fn intern(s: &str) -> Rc<PyStr> {
    INTERNED.with(|m| {
        let mut m = m.borrow_mut();
        if let Some(r) = m.get(s) {
            return r.clone();
        }
        let r = Rc::new(PyStr::new(s.to_string()));
        m.insert(s.into(), r.clone());
        r
    })
}
