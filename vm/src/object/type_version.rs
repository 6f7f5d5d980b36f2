//! Class version tags (CPython's `tp_version_tag`): a number that names a
//! class's attribute layout as it is now, so that an instruction can cache
//! what it found for one class and trust it while the tag is unchanged.
//!
//! A tag is assigned on first use and is unique for the life of the
//! process, so a cache holding only a tag also knows which class it holds
//! for. Every change that can alter what a lookup through a class answers
//! resets the tag (to 0, "no tag") of the class and of every class below
//! it: a write to its dict (the dict itself reports it, whoever writes:
//! `DictTable::WATCHED`), a new `__bases__`, new descriptor flags. Invariant:
//! a tagged class's whole MRO is tagged, so resetting can stop at a class
//! without a tag.

use crate::class::Class;
use crate::dict::DictTable;
use crate::function::Function;
use crate::str::{intern_static, PyStr};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

thread_local! {
    static NEXT_TAG: Cell<u32> = const { Cell::new(1) };
    /// The class owning each watched dict table, by the table's address
    /// (a class's dict lives inside the class, so the address is stable).
    static WATCHED: RefCell<HashMap<usize, Weak<Class>>> = RefCell::new(HashMap::new());
}

impl Class {
    /// The class's version tag, assigning one (and one to each class of
    /// its MRO) if it has none; 0 when the class cannot be cached: a
    /// metaclass decides its MRO, or the tags ran out.
    #[inline]
    pub fn valid_version_tag(self: &Rc<Class>) -> u32 {
        match self.version_tag.get() {
            0 => self.assign_version_tag(),
            tag => tag,
        }
    }

    #[cold]
    #[inline(never)]
    fn assign_version_tag(self: &Rc<Class>) -> u32 {
        // Bases before the classes below them (reversed MRO order), so
        // each class is tagged after its whole MRO, without recursion.
        let tail = self.mro_vec();
        for c in tail.iter().rev().chain(std::iter::once(self)) {
            if c.version_tag.get() != 0 {
                continue;
            }
            if !mro_is_standard(c) {
                return 0;
            }
            let tag = NEXT_TAG.with(|n| {
                let tag = n.get();
                n.set(tag.saturating_add(1));
                tag
            });
            if tag == u32::MAX {
                return 0;
            }
            let table = c.dict.0.as_ptr() as usize;
            c.dict.0.borrow_mut().watch();
            WATCHED.with(|w| w.borrow_mut().insert(table, Rc::downgrade(c)));
            c.version_tag.set(tag);
        }
        self.version_tag.get()
    }

    /// Forgets the tag of this class and of every class below it: what
    /// was cached for them may no longer hold.
    pub fn invalidate_version_tag(&self) {
        if self.version_tag.replace(0) == 0 {
            return;
        }
        let mut work: Vec<Rc<Class>> = self.live_subclasses();
        while let Some(c) = work.pop() {
            if c.version_tag.replace(0) != 0 {
                work.extend(c.live_subclasses());
            }
        }
    }

    fn live_subclasses(&self) -> Vec<Rc<Class>> {
        self.subclasses
            .borrow()
            .iter()
            .filter_map(Weak::upgrade)
            .collect()
    }
}

/// Whether a class's MRO is the C3 order of its bases (the class first):
/// then a change to any class of it reaches the class through the
/// subclass links. A metaclass `mro()` may list unrelated classes.
fn mro_is_standard(c: &Class) -> bool {
    c.mro_self_at.get() == 0
        && c.metaclass.as_ref().is_none_or(|m| {
            m.lookup_above_builtin(&crate::str::intern_static("mro"))
                .is_none()
        })
}

/// A watched dict table changed (a key added, removed or rebound): the
/// class owning it loses its tag. Called with the table borrowed, so it
/// reads only classes' tags and subclass lists.
#[cold]
#[inline(never)]
pub(crate) fn class_dict_changed(table: *const DictTable) {
    let owner = WATCHED.with(|w| w.borrow().get(&(table as usize)).and_then(Weak::upgrade));
    if let Some(c) = owner {
        c.invalidate_version_tag();
    }
}

/// A class with a watched dict is being freed: its table's address may
/// be reused.
pub(crate) fn forget_class_dict(table: *const DictTable) {
    let _ = WATCHED.try_with(|w| w.borrow_mut().remove(&(table as usize)));
}

/// Where a class attribute was found, packed for a cache: the position in
/// the MRO (0: the class itself) in the top byte, the entry in that
/// class's dict below.
const PLACE_SHIFT: u32 = 24;

impl Class {
    /// `lookup`, with the place the value was found (see `PLACE_SHIFT`;
    /// `None` when it does not fit or a metaclass reordered the MRO).
    pub fn lookup_with_place(&self, name: &Rc<PyStr>) -> Option<(Value, Option<u32>)> {
        if self.mro_self_at.get() != 0 {
            return self.lookup(name).map(|v| (v, None));
        }
        let found_in = |k: usize, c: &Class| {
            let t = c.dict.0.borrow();
            let pos = t.str_position(name)?;
            let place = (k < 1 << (32 - PLACE_SHIFT) && pos < 1 << PLACE_SHIFT)
                .then_some(((k as u32) << PLACE_SHIFT) | pos as u32);
            Some((t.value_at(pos), place))
        };
        if let Some(found) = found_in(0, self) {
            return Some(found);
        }
        let tail = self.mro_tail.borrow();
        tail.iter()
            .enumerate()
            .find_map(|(i, c)| found_in(i + 1, c))
    }

    /// The value at a place `lookup_with_place` gave, while the class
    /// keeps the version tag it had then (`Null` if it is not there).
    #[inline]
    pub fn value_in_mro(&self, place: u32) -> Value {
        let k = (place >> PLACE_SHIFT) as usize;
        let pos = (place & ((1 << PLACE_SHIFT) - 1)) as usize;
        if k == 0 {
            return self.dict.0.borrow().value_at_or_null(pos);
        }
        match self.mro_tail.borrow().get(k - 1) {
            Some(c) => c.dict.0.borrow().value_at_or_null(pos),
            None => Value::Null,
        }
    }
}

impl Class {
    /// What a call of the class runs on the new instance: its `__init__`,
    /// when that is a plain function and no class of the MRO defines
    /// `__new__` (`None` otherwise). Remembered for the class's version
    /// tag: instantiation is frequent, the two MRO walks are not cheap.
    #[inline(never)]
    pub fn plain_init(self: &Rc<Class>) -> Option<Rc<Function>> {
        let known = self.init_place.get();
        let tag = (known >> 32) as u32;
        if tag != 0 && tag == self.version_tag.get() {
            if let Value::Function(f) = self.value_in_mro(known as u32) {
                return Some(f);
            }
        }
        self.learn_plain_init()
    }

    fn learn_plain_init(self: &Rc<Class>) -> Option<Rc<Function>> {
        if self.lookup(&intern_static("__new__")).is_some() {
            return None;
        }
        let (Value::Function(init), place) = self.lookup_with_place(&intern_static("__init__"))?
        else {
            return None;
        };
        if let Some(place) = place {
            let tag = self.valid_version_tag();
            if tag != 0 {
                self.init_place
                    .set((u64::from(tag) << 32) | u64::from(place));
            }
        }
        Some(init)
    }
}
