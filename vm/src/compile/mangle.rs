//! Private name mangling: inside `class C:`, an identifier `__x` (two
//! leading underscores, not two trailing ones) stands for `_C__x`. The
//! compiler applies it once, while resolving names, so it costs nothing at
//! run time; `type()` applies it to the entries of `__slots__`.

use std::borrow::Cow;

/// `name` as written inside the class named `private` (the innermost class
/// whose body, or a function or comprehension within it, holds the name).
/// Names that are not private, dunder names, dotted module names, and any
/// name inside a class whose name is all underscores stay as they are.
/// The result never starts with two underscores, so mangling again
/// changes nothing.
pub fn mangle<'a>(private: Option<&str>, name: &'a str) -> Cow<'a, str> {
    let Some(class) = private else {
        return Cow::Borrowed(name);
    };
    if !is_private(name) {
        return Cow::Borrowed(name);
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(1 + class.len() + name.len());
    out.push('_');
    out.push_str(class);
    out.push_str(name);
    Cow::Owned(out)
}

/// Whether mangling applies to `name` at all: `__x`, not `__x__` nor
/// `__a.b` (a dotted module name in an import).
fn is_private(name: &str) -> bool {
    name.starts_with("__") && !name.ends_with("__") && !name.contains('.')
}

#[cfg(test)]
mod tests {
    use super::mangle;

    #[test]
    fn rules() {
        let m = |p: Option<&str>, n: &str| mangle(p, n).into_owned();
        assert_eq!(m(Some("C"), "__x"), "_C__x");
        assert_eq!(m(Some("__C"), "__x"), "_C__x");
        assert_eq!(m(Some("_C_"), "__x"), "_C___x");
        assert_eq!(m(Some("___"), "__x"), "__x");
        assert_eq!(m(None, "__x"), "__x");
        assert_eq!(m(Some("C"), "__x__"), "__x__");
        assert_eq!(m(Some("C"), "__"), "__");
        assert_eq!(m(Some("C"), "___"), "___");
        assert_eq!(m(Some("C"), "_x"), "_x");
        assert_eq!(m(Some("C"), "__a.b"), "__a.b");
        assert_eq!(m(Some("C"), "_C__x"), "_C__x");
    }
}
