//! Native iterators over builtin containers, and the builtin iterator
//! objects (`enumerate`, `zip`, `map`, `reversed`, ...).

use crate::dict::PyDict;
use crate::str::PyStr;
use crate::value::{PyList, PyTuple, Value};
use std::cell::RefCell;
use std::rc::Rc;

pub enum IterState {
    List(Rc<PyList>, usize),
    ListReversed(Rc<PyList>, usize),
    Tuple(Rc<PyTuple>, usize),
    Str(Rc<PyStr>, usize),
    Bytes(Rc<Vec<u8>>, usize),
    /// A bytearray read at each step, so that the iterator sees changes
    /// made meanwhile; the position is `usize::MAX` once exhausted (later
    /// growth yields nothing more, as in CPython).
    ByteArray(Rc<crate::bytearray::PyByteArray>, usize),
    /// `reversed(bytearray)`, read at each step too: the index after the
    /// next item (0 once done).
    ByteArrayReversed(Rc<crate::bytearray::PyByteArray>, usize),
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    BigRange {
        next: num_bigint::BigInt,
        stop: num_bigint::BigInt,
        step: num_bigint::BigInt,
    },
    /// Dict views: keys (0), values (1), items (2); the length at creation
    /// detects a change of size during iteration, and the count of entries
    /// still to come one that kept the size (a key deleted, another added).
    Dict {
        dict: Rc<PyDict>,
        pos: usize,
        len: usize,
        left: usize,
        kind: u8,
    },
    Enumerate {
        inner: Value,
        count: i64,
    },
    /// The iterators are shared with each step (an `Rc` clone, not a
    /// copy of the vector), which advances them outside the state's borrow.
    Zip {
        iters: Rc<[Value]>,
    },
    Map {
        func: Value,
        iters: Rc<[Value]>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// A dict view (`d.keys()`): iterable many times, not an iterator.
    View {
        dict: Rc<PyDict>,
        kind: u8,
    },
    /// A materialized sequence (reversed() of arbitrary sequences, etc.).
    Items(Vec<Value>, usize),
    /// The old sequence protocol: `obj[index]` on each step, until
    /// `IndexError` (lazy: an endless sequence yields as it goes).
    Seq {
        obj: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`
    Callable {
        func: Value,
        sentinel: Value,
    },
    Done,
}

pub struct NativeIter {
    pub state: RefCell<IterState>,
    pub name: &'static str,
}

impl NativeIter {
    /// A new iterator object, as a value.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(name: &'static str, state: IterState) -> Value {
        Value::Iterator(crate::gc::new_iter(NativeIter {
            state: RefCell::new(state),
            name,
        }))
    }
}
