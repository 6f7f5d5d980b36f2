//! Tab completion at the prompt, as CPython's `rlcompleter` does it: a bare
//! word completes to a keyword or a name of `__main__` or the builtins; a
//! dotted word `a.b.c` completes to the attributes (`dir()`) of the object
//! `a.b` names. Only plain dotted names are evaluated — never a call or a
//! subscript — so completing cannot run arbitrary code (beyond a property).

use whirl_vm::str::intern;
use whirl_vm::value::Value;
use whirl_vm::Vm;

/// `keyword.kwlist + keyword.softkwlist` of Python 3.11.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", "_", "case", "match",
];

/// Completions of the word that ends the text before the cursor: where the
/// word starts (a byte offset in `before`) and the words that may replace it.
pub fn complete(vm: &mut Vm, before: &str) -> (usize, Vec<String>) {
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '_' || c == '.')
        .last()
        .map_or(before.len(), |(i, _)| i);
    let word = &before[start..];
    if word.is_empty() {
        // Nothing to complete: Tab indents, as in CPython (whose completer
        // inserts a tab there; four spaces mix with pasted code).
        return if before.trim().is_empty() {
            (start, vec!["    ".to_string()])
        } else {
            (start, Vec::new())
        };
    }
    let mut found = match word.rsplit_once('.') {
        Some((expr, attr)) => attribute_matches(vm, expr, attr),
        None => global_matches(vm, word),
    };
    found.sort();
    found.dedup();
    (start, found)
}

/// Keywords (with the space or colon CPython adds), then names of
/// `__main__` and the builtins.
fn global_matches(vm: &mut Vm, word: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for &k in KEYWORDS {
        if k.starts_with(word) {
            seen.insert(k.to_string());
            found.push(match k {
                "finally" | "try" => format!("{k}:"),
                "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => k.into(),
                _ => format!("{k} "),
            });
        }
    }
    let mut spaces = Vec::new();
    if let Some(g) = &vm.main_globals {
        spaces.push(g.clone());
    }
    spaces.push(vm.builtins.clone());
    for space in spaces {
        let items = space.0.borrow().items();
        for (key, value) in items {
            let Some(name) = key.as_str() else { continue };
            if name.starts_with(word) && seen.insert(name.to_string()) {
                let name = name.to_string();
                found.push(if is_callable(vm, value) {
                    name + "("
                } else {
                    name
                });
            }
        }
    }
    found
}

/// `expr.attr` for each attribute of the object `expr` names that starts
/// with `attr`; names starting with `_` (or `__`) only when `attr` does.
fn attribute_matches(vm: &mut Vm, expr: &str, attr: &str) -> Vec<String> {
    let Some(object) = evaluate_dotted(vm, expr) else {
        return Vec::new();
    };
    let Some(Value::List(names)) = call_builtin(vm, "dir", object.clone()) else {
        return Vec::new();
    };
    let mut names: Vec<String> = names
        .0
        .borrow()
        .iter()
        .filter_map(|n| n.as_str().map(String::from))
        .collect();
    if !names.iter().any(|n| n == "__class__") {
        names.push("__class__".into());
    }
    let mut hidden = match attr {
        "" => Some("_"),
        "_" => Some("__"),
        _ => None,
    };
    loop {
        let mut found = Vec::new();
        for name in names.iter() {
            if !name.starts_with(attr) || hidden.is_some_and(|h| name.starts_with(h)) {
                continue;
            }
            let full = format!("{expr}.{name}");
            let callable = match vm.getattr(&object, &intern(name)) {
                Ok(v) => is_callable(vm, v),
                Err(_) => false,
            };
            found.push(if callable { full + "(" } else { full });
        }
        hidden = match hidden {
            _ if !found.is_empty() => return found,
            Some("_") => Some("__"),
            Some(_) => None,
            None => return found,
        };
    }
}

/// The value of `a.b.c` (names only) in `__main__`, or None if it is not a
/// plain dotted name or looking it up fails.
fn evaluate_dotted(vm: &mut Vm, expr: &str) -> Option<Value> {
    let mut parts = expr.split('.');
    let first = parts.next()?;
    if !is_identifier(first) {
        return None;
    }
    let name = intern(first);
    let mut value = vm
        .main_globals
        .as_ref()
        .and_then(|g| g.get_str(&name))
        .or_else(|| vm.builtins.get_str(&name))?;
    for part in parts {
        if !is_identifier(part) {
            return None;
        }
        value = vm.getattr(&value, &intern(part)).ok()?;
    }
    Some(value)
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// Calls the builtin function `name` with one argument, if it exists.
fn call_builtin(vm: &mut Vm, name: &str, arg: Value) -> Option<Value> {
    let f = vm.builtins.get_str(&intern(name))?;
    vm.call(&f, vec![arg]).ok()
}

fn is_callable(vm: &mut Vm, v: Value) -> bool {
    matches!(call_builtin(vm, "callable", v), Some(Value::Bool(true)))
}
