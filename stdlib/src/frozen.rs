//! Standard modules written in Python (`stdlib/py/*.py`), compiled into the
//! binary and run on first import. Add one by putting the file in
//! `stdlib/py/` and a line in `MODULES`.

/// (module name, source)
pub const MODULES: &[(&str, &str)] = &[];
