//! The table behind `set` and `frozenset`, laid out as CPython's
//! `setobject.c` does (linear probes, then perturbed jumps; the same sizes
//! and growth), so that sets iterate in CPython's order wherever the hashes
//! agree (ints, floats, tuples of them, ...).

use crate::dict::{hash_value, key_eq, Entry, Native};
use crate::error::PyResult;
use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// Slots are `Entry`s: an empty slot has a Null key and Null value, a
/// deleted one (CPython's dummy) a Null key and None value.
#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Entry>,
    fill: usize,
    used: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: Self::empty_slots(MIN_SIZE),
            fill: 0,
            used: 0,
        }
    }
}

fn is_empty_slot(e: &Entry) -> bool {
    e.key.is_null() && e.value.is_null()
}

fn is_dummy(e: &Entry) -> bool {
    e.key.is_null() && !e.value.is_null()
}

impl SetTable {
    fn empty_slots(n: usize) -> Vec<Entry> {
        (0..n)
            .map(|_| Entry {
                hash: 0,
                key: Value::Null,
                value: Value::Null,
            })
            .collect()
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Active entries in table order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.slots.iter().filter(|e| !e.key.is_null())
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    /// The slots CPython's set visits for a hash, in order: from
    /// `hash & mask`, nine more linear steps when they fit, then a
    /// perturbed jump; endless, the caller stops.
    fn probe(&self, hash: u64) -> impl Iterator<Item = usize> {
        let mask = self.mask();
        let mut perturb = hash;
        let mut i = (hash as usize) & mask;
        let mut j = 0;
        std::iter::from_fn(move || {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            if j > probes {
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
                j = 0;
            }
            j += 1;
            Some(i + j - 1)
        })
    }

    /// The slot holding a key equal by `eq`, if any.
    fn find(&self, hash: u64, eq: &mut dyn FnMut(&Value) -> bool) -> Option<usize> {
        for slot in self.probe(hash) {
            let e = &self.slots[slot];
            if is_empty_slot(e) {
                return None;
            }
            if !e.key.is_null() && e.hash == hash && eq(&e.key) {
                return Some(slot);
            }
        }
        None
    }

    /// Where a new key goes: the first dummy on its probe path, else the
    /// first empty slot (CPython's `set_add_entry`).
    fn free_slot(&self, hash: u64) -> (usize, bool) {
        let mut dummy = None;
        for slot in self.probe(hash) {
            let e = &self.slots[slot];
            if is_empty_slot(e) {
                return match dummy {
                    Some(d) => (d, true),
                    None => (slot, false),
                };
            }
            if is_dummy(e) && dummy.is_none() {
                dummy = Some(slot);
            }
        }
        unreachable!("the table always has an empty slot")
    }

    pub fn contains(&self, key: &Value) -> PyResult<bool> {
        Ok(self.contains_or_defer(key)?.unwrap_or(false))
    }

    /// `find` by native equality, and whether a key with the same hash was
    /// a user-class instance (compared by identity only here).
    fn find_native(&self, hash: u64, key: &Value) -> (Option<usize>, bool) {
        let mut deferred = false;
        let r = self.find(hash, &mut |k| {
            key_eq(k, key) || {
                deferred |= matches!(k, Value::Instance(_));
                false
            }
        });
        (r, deferred)
    }

    /// `contains`, or `Deferred` as `DictTable::get_or_defer` defers.
    pub fn contains_or_defer(&self, key: &Value) -> PyResult<Native<bool>> {
        let h = hash_value(key)?;
        Ok(match self.find_native(h, key) {
            (Some(_), _) => Native::Done(true),
            (None, true) => Native::Deferred,
            (None, false) => Native::Done(false),
        })
    }

    /// Adds a key unless present, or `Deferred` (nothing added).
    pub fn insert_or_defer(&mut self, key: &Value) -> PyResult<Native<()>> {
        let h = hash_value(key)?;
        match self.find_native(h, key) {
            (Some(_), _) => Ok(Native::Done(())),
            (None, true) => Ok(Native::Deferred),
            (None, false) => {
                self.insert_new(h, key.clone(), Value::None);
                Ok(Native::Done(()))
            }
        }
    }

    /// `remove`, or `Deferred` (nothing removed).
    pub fn remove_or_defer(&mut self, key: &Value) -> PyResult<Native<Option<Value>>> {
        let h = hash_value(key)?;
        Ok(match self.find_native(h, key) {
            (Some(i), _) => Native::Done(Some(self.remove_slot(i))),
            (None, true) => Native::Deferred,
            (None, false) => Native::Done(None),
        })
    }

    /// Adds a key (the value is ignored: sets keep keys only).
    pub fn set(&mut self, key: Value, _value: Value) -> PyResult<()> {
        let h = hash_value(&key)?;
        if self.find(h, &mut |k| key_eq(k, &key)).is_some() {
            return Ok(());
        }
        self.insert_new(h, key, Value::None);
        Ok(())
    }

    /// Inserts a key known to be absent.
    pub fn insert_new(&mut self, hash: u64, key: Value, _value: Value) {
        let (slot, was_dummy) = self.free_slot(hash);
        self.slots[slot] = Entry {
            hash,
            key,
            value: Value::None,
        };
        self.used += 1;
        if !was_dummy {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let minused = if self.used > 50_000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(minused);
            }
        }
    }

    /// CPython's `set_merge`: add every key of `other` (a set), with its
    /// one big resize up front and its copying shortcuts into an empty
    /// table, so the result is laid out as CPython lays it out.
    pub fn merge(&mut self, other: &SetTable) -> PyResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            for (i, e) in other.slots.iter().enumerate() {
                if !e.key.is_null() {
                    self.slots[i] = e.clone();
                }
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            for e in other.slots.iter().filter(|e| !e.key.is_null()) {
                let slot = self
                    .probe(e.hash)
                    .find(|&s| self.slots[s].key.is_null())
                    .unwrap_or(0);
                self.slots[slot] = e.clone();
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        for e in other.iter() {
            self.set(e.key.clone(), Value::None)?;
        }
        Ok(())
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, Self::empty_slots(size));
        self.fill = self.used;
        // CPython's set_insert_clean: the first free slot of the probe.
        for e in old.into_iter().filter(|e| !e.key.is_null()) {
            let slot = self
                .probe(e.hash)
                .find(|&s| self.slots[s].key.is_null())
                .unwrap_or(0);
            self.slots[slot] = e;
        }
    }

    pub fn remove(&mut self, key: &Value) -> PyResult<Option<Value>> {
        let h = hash_value(key)?;
        Ok(self
            .find(h, &mut |k| key_eq(k, key))
            .map(|i| self.remove_slot(i)))
    }

    fn remove_slot(&mut self, i: usize) -> Value {
        let e = &mut self.slots[i];
        let key = std::mem::take(&mut e.key);
        e.value = Value::None;
        self.used -= 1;
        key
    }

    /// Entries whose hash equals `hash` (slot, key): the slow path for keys
    /// whose equality is Python code.
    pub fn candidates(&self, hash: u64) -> Vec<(usize, Value)> {
        self.slots
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.key.is_null() && e.hash == hash)
            .map(|(i, e)| (i, e.key.clone()))
            .collect()
    }

    pub fn holds(&self, slot: usize, key: &Value) -> bool {
        self.slots.get(slot).is_some_and(|e| e.key.is(key))
    }

    pub fn remove_at(&mut self, slot: usize) -> Value {
        self.remove_slot(slot)
    }

    pub fn clear(&mut self) {
        *self = SetTable::default();
    }

    /// Drops every entry: used by the cycle collector to break cycles.
    pub fn take_all(&mut self) -> Vec<Entry> {
        let old = std::mem::take(self);
        old.slots.into_iter().filter(|e| !e.key.is_null()).collect()
    }
}
