//! The value every instruction works on: 16 bytes, small ints and floats
//! inline, everything else one reference-counted pointer.

use crate::class::{Class, Instance};
use crate::code::Code;
use crate::dict::PyDict;
use crate::function::{BoundMethod, Builtin, CellObj, Function};
use crate::generator::Generator;
use crate::iter::NativeIter;
use crate::module::Module;
use crate::str::PyStr;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

/// `repr(u64)`: the tag is a full word at offset 0 and the payload a word at
/// offset 8, so values move as two whole words, and an all-zero value is
/// `Null` (frames clear their locals with a memset).
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    /// Internal marker: an unbound local slot, or "no self" in a method
    /// call. Never visible to Python code.
    #[default]
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    Bytes(Rc<Vec<u8>>),
    Tuple(Rc<PyTuple>),
    List(Rc<PyList>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    BoundMethod(Rc<BoundMethod>),
    Generator(Rc<Generator>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Iterator(Rc<NativeIter>),
    Cell(Rc<CellObj>),
    Code(Rc<Code>),
    Native(Rc<crate::native::NativeObject>),
    Complex(Rc<crate::complex::PyComplex>),
    ByteArray(Rc<crate::bytearray::PyByteArray>),
    MemoryView(Rc<crate::memoryview::PyMemoryView>),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// The first tag whose variant holds an `Rc` (every variant from `BigInt`
/// on holds exactly one; those before it hold nothing to count).
const FIRST_COUNTED_TAG: u64 = 7;

impl Value {
    /// The strong count of the `Rc` this value holds; None for the
    /// variants that hold nothing to count. The one place that reads a
    /// value's words: `clone` and `discard` count through it instead of
    /// the 27-way match the derived glue compiles to.
    #[inline(always)]
    fn counted_strong(&self) -> Option<&std::cell::Cell<usize>> {
        let words = self as *const Value as *const u64;
        // SAFETY: `repr(u64)` makes the tag the first word and a variant's
        // field the second (the layout of primitive-representation enums
        // is defined by the Rust reference).
        let tag = unsafe { *words };
        if tag < FIRST_COUNTED_TAG {
            return None;
        }
        // SAFETY: the field of every variant from FIRST_COUNTED_TAG on is
        // an `Rc<T>` with `T: Sized`, a pointer to its allocation, which
        // starts with the strong count (std's `RcInner` is `repr(C)`:
        // strong, weak, value); `clone_counts_every_rc_variant` checks this
        // against the standard library built with. The count lives as long
        // as the `Rc`, which `self` holds for the returned borrow.
        Some(unsafe { &*(*words.add(1) as *const std::cell::Cell<usize>) })
    }
}

/// A copy that counts one more reference (an indirect jump and a call on
/// every load of a local, constant or attribute with the derived glue).
impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(strong) = self.counted_strong() {
            let n = strong.get().wrapping_add(1);
            if n == 0 {
                // As `Rc::clone`: a count that would wrap aborts.
                std::process::abort();
            }
            strong.set(n);
        }
        // SAFETY: the count is taken (above) for the one `Rc` the copy
        // holds; the other variants own nothing.
        unsafe { std::ptr::read(self) }
    }
}

/// Empties `values`, dropping them first to last (the order CPython
/// clears a frame's locals in, which finalizers can observe) and skipping
/// the drop glue of inline ones. A plain loop: `drain` with its tail
/// bookkeeping cost a frame release about 40 instructions. Callers pass a
/// vector no drop can reach (a released frame's stack or locals).
#[inline]
pub(crate) fn clear_values(values: &mut Vec<Value>) {
    let len = values.len();
    // SAFETY: the length drops to 0 before any value is read out, so each
    // of the `len` initialized values is moved out exactly once and none is
    // dropped again by the vector; the caller guarantees no drop run here
    // reaches this vector to push into slots not yet read.
    unsafe {
        values.set_len(0);
        let p = values.as_ptr();
        for i in 0..len {
            std::ptr::read(p.add(i)).discard();
        }
    }
}

pub struct PyTuple(pub Box<[Value]>);

/// Item buffers of dead small tuples, by length (1 to 4), reused by
/// `BuildTuple`: as CPython's tuple free lists, they save an allocation
/// for the pairs and triples programs make and drop constantly.
const TUPLE_POOL_LENGTHS: usize = 4;
const TUPLE_POOL_DEPTH: usize = 256;

thread_local! {
    static TUPLE_POOL: RefCell<[Vec<Box<[Value]>>; TUPLE_POOL_LENGTHS]> =
        const { RefCell::new([Vec::new(), Vec::new(), Vec::new(), Vec::new()]) };
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        let n = self.0.len();
        if n == 0 || n > TUPLE_POOL_LENGTHS {
            return;
        }
        let mut items = std::mem::take(&mut self.0);
        // Last to first, as CPython's tupledealloc (finalizers run so).
        for v in items.iter_mut().rev() {
            std::mem::take(v).discard();
        }
        let _ = TUPLE_POOL.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                if p[n - 1].len() < TUPLE_POOL_DEPTH {
                    p[n - 1].push(items);
                }
            }
        });
    }
}

impl PyTuple {
    /// The top `n` values of a stack as a tuple's items, in order.
    pub fn items_from_stack(stack: &mut Vec<Value>, n: usize) -> Box<[Value]> {
        let start = stack.len() - n;
        if (1..=TUPLE_POOL_LENGTHS).contains(&n) {
            let pooled =
                TUPLE_POOL.try_with(|p| p.try_borrow_mut().ok().and_then(|mut p| p[n - 1].pop()));
            if let Ok(Some(mut items)) = pooled {
                // SAFETY: pooled buffers hold n Nulls (nothing to drop); the
                // top n stack values move in as the stack is cut to `start`.
                unsafe {
                    std::ptr::copy_nonoverlapping(stack.as_ptr().add(start), items.as_mut_ptr(), n);
                    stack.set_len(start);
                }
                return items;
            }
        }
        stack.drain(start..).collect()
    }
}

pub struct PyList(pub RefCell<Vec<Value>>);

impl Drop for PyList {
    /// Items go last to first, as in CPython's list_dealloc, so that
    /// `__del__` methods and generator `finally` blocks run in its order.
    fn drop(&mut self) {
        let items = self.0.get_mut();
        if items.len() >= 1024 {
            crate::gc::note_freed(items.len());
        }
        while let Some(v) = items.pop() {
            drop(v);
        }
    }
}

/// `set` and `frozenset`: a dict table whose values are unused.
pub struct PySet {
    pub table: RefCell<crate::set::SetTable>,
    pub frozen: bool,
}

pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// Bounds beyond 64 bits: (start, stop, step); the fields above are
    /// then unused.
    pub big: Option<Box<[BigInt; 3]>>,
}

impl PyRange {
    pub fn new(start: i64, stop: i64, step: i64) -> PyRange {
        PyRange {
            start,
            stop,
            step,
            big: None,
        }
    }

    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match &self.big {
            Some(b) => (b[0].clone(), b[1].clone(), b[2].clone()),
            None => (
                BigInt::from(self.start),
                BigInt::from(self.stop),
                BigInt::from(self.step),
            ),
        }
    }

    pub fn big_len(&self) -> BigInt {
        use num_integer::Integer;
        let (lo, hi, step) = self.bounds();
        let zero = BigInt::from(0);
        if step > zero {
            if hi > lo {
                (hi - lo + &step - 1u32).div_floor(&step)
            } else {
                zero
            }
        } else if lo > hi {
            (lo - hi - &step - 1u32).div_floor(&(-step))
        } else {
            zero
        }
    }

    /// The `i`-th item (negative counts from the end), if in range.
    pub fn big_item(&self, i: &BigInt) -> Option<BigInt> {
        let len = self.big_len();
        let i = if *i < BigInt::from(0) {
            i + &len
        } else {
            i.clone()
        };
        if i < BigInt::from(0) || i >= len {
            return None;
        }
        let (start, _, step) = self.bounds();
        Some(start + i * step)
    }

    pub fn big_contains(&self, x: &BigInt) -> bool {
        use num_integer::Integer;
        let (start, stop, step) = self.bounds();
        let zero = BigInt::from(0);
        let inside = if step > zero {
            *x >= start && *x < stop
        } else {
            *x <= start && *x > stop
        };
        inside && (x - &start).mod_floor(&step) == zero
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            if hi > lo {
                (hi - lo + step - 1) / step
            } else {
                0
            }
        } else if lo > hi {
            (lo - hi - step - 1) / (-step)
        } else {
            0
        };
        n as i64
    }
}

pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Value {
    #[inline]
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s.to_string())))
    }
    // Inlined: string building (`w += s`) makes one per operation.
    #[inline]
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(crate::gc::new_tuple(items.into_boxed_slice()))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(crate::gc::new_list(items))
    }
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }
    /// True for values that own no heap object (dropping them is free).
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        self.counted_strong().is_none()
    }

    /// Drops a value, skipping the drop glue unless this was the last
    /// reference (then the object itself goes, through its type's drop).
    /// Returns true when a counted reference was given up (a finalizer may
    /// be pending).
    #[inline(always)]
    pub fn discard(self) -> bool {
        let Some(strong) = self.counted_strong() else {
            std::mem::forget(self);
            return false;
        };
        let n = strong.get();
        if n > 1 {
            // Not the last reference: all `Rc::drop` would do.
            strong.set(n - 1);
            std::mem::forget(self);
        } else {
            drop(self);
        }
        true
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Identity, as Python's `is`.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null)
            | (None, None)
            | (NotImplemented, NotImplemented)
            | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Address of the heap object, for `id()` and identity.
    pub fn ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iterator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Native(r) => Rc::as_ptr(r) as *const u8 as usize,
            Complex(r) => Rc::as_ptr(r) as *const u8 as usize,
            ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            MemoryView(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return Option::None,
        })
    }

    /// How many references the heap object has (`sys.getrefcount`);
    /// None for values that are not heap objects.
    pub fn ref_count(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::strong_count(r),
            Str(r) => Rc::strong_count(r),
            Bytes(r) => Rc::strong_count(r),
            Tuple(r) => Rc::strong_count(r),
            List(r) => Rc::strong_count(r),
            Dict(r) => Rc::strong_count(r),
            Set(r) => Rc::strong_count(r),
            Range(r) => Rc::strong_count(r),
            Slice(r) => Rc::strong_count(r),
            Function(r) => Rc::strong_count(r),
            Builtin(r) => Rc::strong_count(r),
            BoundMethod(r) => Rc::strong_count(r),
            Generator(r) => Rc::strong_count(r),
            Class(r) => Rc::strong_count(r),
            Instance(r) => Rc::strong_count(r),
            Module(r) => Rc::strong_count(r),
            Iterator(r) => Rc::strong_count(r),
            Cell(r) => Rc::strong_count(r),
            Code(r) => Rc::strong_count(r),
            Native(r) => Rc::strong_count(r),
            Complex(r) => Rc::strong_count(r),
            ByteArray(r) => Rc::strong_count(r),
            MemoryView(r) => Rc::strong_count(r),
            _ => return Option::None,
        })
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod clone_tests {
    use super::*;

    fn strong(v: &Value) -> usize {
        match v {
            Value::BigInt(r) => Rc::strong_count(r),
            Value::Str(r) => Rc::strong_count(r),
            Value::Bytes(r) => Rc::strong_count(r),
            Value::Tuple(r) => Rc::strong_count(r),
            Value::List(r) => Rc::strong_count(r),
            Value::Dict(r) => Rc::strong_count(r),
            _ => 0,
        }
    }

    /// `Clone for Value` counts through the field's first word: this fails
    /// if the standard library ever moves the strong count of an `Rc`.
    #[test]
    fn clone_counts_every_rc_variant() {
        let values = [
            Value::BigInt(Rc::new(BigInt::from(1u8) << 100u32)),
            Value::str("text"),
            Value::Bytes(Rc::new(vec![1, 2, 3])),
            Value::tuple(vec![Value::Int(1)]),
            Value::list(vec![Value::Int(2)]),
            Value::Dict(crate::gc::new_dict()),
        ];
        for v in &values {
            assert_eq!(strong(v), 1);
            let copies: Vec<Value> = (0..5).map(|_| v.clone()).collect();
            assert_eq!(strong(v), 6);
            drop(copies);
            assert_eq!(strong(v), 1);
        }
    }

    /// The tag order `FIRST_COUNTED_TAG` assumes.
    #[test]
    fn counted_variants_start_at_bigint() {
        let tag = |v: &Value| unsafe { *(v as *const Value as *const u64) };
        for v in [
            Value::Null,
            Value::None,
            Value::NotImplemented,
            Value::Ellipsis,
        ] {
            assert!(tag(&v) < FIRST_COUNTED_TAG);
        }
        assert!(tag(&Value::Bool(true)) < FIRST_COUNTED_TAG);
        assert!(tag(&Value::Int(1)) < FIRST_COUNTED_TAG);
        assert!(tag(&Value::Float(1.0)) < FIRST_COUNTED_TAG);
        assert_eq!(
            tag(&Value::BigInt(Rc::new(BigInt::from(1)))),
            FIRST_COUNTED_TAG
        );
    }
}
