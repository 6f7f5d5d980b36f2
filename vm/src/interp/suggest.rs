//! "Did you mean: 'x'?" for `NameError` and `AttributeError`, with the
//! rules of CPython 3.11 (`Python/suggestions.c`): a Levenshtein distance
//! over UTF-8 bytes where a case flip costs 1 and any other edit 2, at most
//! a third of the characters changed, and no suggestion among 750 names or
//! more. Only worked out when an exception is printed (or, for a name, when
//! it is raised: the scope searched is the frame's, gone by print time).

use crate::error::{ExcType, LookupFailure, PyErr};
use crate::frame::Frame;
use crate::str::PyStr;
use crate::value::Value;
use crate::Vm;
use std::rc::Rc;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance of `a` and `b`, or `max_cost + 1` when it is more.
fn levenshtein<'s>(mut a: &'s [u8], mut b: &'s [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the matrix, updated in place.
    let mut row = [0usize; MAX_STRING_SIZE];
    for (i, cell) in row.iter_mut().take(a.len()).enumerate() {
        *cell = (i + 1) * MOVE_COST;
    }
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if close enough (first one wins ties).
pub fn closest<'c>(candidates: &[&'c str], name: &str) -> Option<&'c str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d - 1);
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

fn dict_names(d: &crate::dict::PyDict) -> Vec<String> {
    d.0.borrow()
        .keys()
        .iter()
        .filter_map(|k| k.as_str().map(String::from))
        .collect()
}

impl Vm {
    /// The `NameError` for `name`, not found from frame `f`. As CPython
    /// 3.11: the frame's local variable names are searched, then globals,
    /// then builtins. (The `self.name` hint came with CPython 3.12.)
    #[cold]
    #[inline(never)]
    pub(crate) fn name_error_in(&mut self, f: &Frame, name: &Rc<PyStr>) -> PyErr {
        let n = name.as_str();
        let varnames: Vec<&str> = f.code.varnames.iter().map(|v| v.as_str()).collect();
        let mut suggestion = closest(&varnames, n).map(String::from);
        if suggestion.is_none() {
            for scope in [f.globals.clone(), self.builtins.clone()] {
                let names = dict_names(&scope);
                let refs: Vec<&str> = names.iter().map(String::as_str).collect();
                if let Some(s) = closest(&refs, n) {
                    suggestion = Some(s.to_string());
                    break;
                }
            }
        }
        PyErr::Lookup(Box::new(LookupFailure {
            kind: ExcType::NameError,
            message: format!("name '{n}' is not defined"),
            name: name.clone(),
            obj: Value::Null,
            suggestion,
        }))
    }

    /// The "Did you mean" of an exception about to be printed, if any.
    pub fn suggestion_for(&mut self, exc: &Rc<crate::class::Instance>) -> Option<String> {
        if self.is_instance_of_exc(exc, ExcType::NameError) {
            return exc.exc().suggestion.borrow().clone();
        }
        if !self.is_instance_of_exc(exc, ExcType::AttributeError) {
            return None;
        }
        let name = exc.dict.get_str(&crate::str::intern_static("name"))?;
        let obj = exc.dict.get_str(&crate::str::intern_static("obj"))?;
        let name = name.as_str()?.to_string();
        let dir = self.builtins.get_str(&crate::str::intern_static("dir"))?;
        let listing = self.call(&dir, vec![obj]).ok()?;
        let names: Vec<String> = match &listing {
            Value::List(l) => {
                l.0.borrow()
                    .iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            }
            _ => return None,
        };
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        closest(&refs, &name).map(String::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_follow_cpython_costs() {
        assert_eq!(levenshtein(b"counter", b"countr", 10), 2);
        assert_eq!(levenshtein(b"Name", b"name", 10), 1);
        assert_eq!(levenshtein(b"nrom", b"norm", 10), 4);
    }

    #[test]
    fn closest_respects_the_third_rule() {
        assert_eq!(closest(&["counter", "x"], "countr"), Some("counter"));
        assert_eq!(closest(&["norm"], "nrom"), None);
        assert_eq!(closest(&["sorted", "sum"], "sortd"), Some("sorted"));
        assert_eq!(closest(&["a"], "a"), None);
    }
}
