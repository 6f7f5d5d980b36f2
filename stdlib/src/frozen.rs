//! Standard modules written in Python (`stdlib/py/*.py`), compiled into the
//! binary and run on first import. Add one by putting the file in
//! `stdlib/py/` and a line in `MODULES`.

/// (module name, source)
pub const MODULES: &[(&str, &str)] = &[
    ("collections", include_str!("../py/collections.py")),
    ("io", include_str!("../py/io.py")),
    ("functools", include_str!("../py/functools.py")),
    ("itertools", include_str!("../py/itertools.py")),
    ("warnings", include_str!("../py/warnings.py")),
];
