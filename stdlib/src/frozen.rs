//! Standard modules written in Python (`stdlib/py/*.py`), compiled into the
//! binary and run on first import. Add one by putting the file in
//! `stdlib/py/` and a line in `MODULES`.

/// (module name, source)
pub const MODULES: &[(&str, &str)] = &[
    ("collections", include_str!("../py/collections.py")),
    ("io", include_str!("../py/io.py")),
    ("functools", include_str!("../py/functools.py")),
    ("itertools", include_str!("../py/itertools.py")),
    ("importlib", include_str!("../py/importlib.py")),
    ("asyncio", include_str!("../py/asyncio.py")),
    ("tornado", include_str!("../py/tornado/__init__.py")),
    ("tornado.util", include_str!("../py/tornado/util.py")),
    (
        "tornado.concurrent",
        include_str!("../py/tornado/concurrent.py"),
    ),
    ("tornado.gen", include_str!("../py/tornado/gen.py")),
    ("tornado.ioloop", include_str!("../py/tornado/ioloop.py")),
    (
        "tornado.httpserver",
        include_str!("../py/tornado/httpserver.py"),
    ),
    ("re", include_str!("../py/re.py")),
    (
        "tornado.iostream",
        include_str!("../py/tornado/iostream.py"),
    ),
    ("tornado.netutil", include_str!("../py/tornado/netutil.py")),
    (
        "tornado.tcpserver",
        include_str!("../py/tornado/tcpserver.py"),
    ),
    (
        "tornado.tcpclient",
        include_str!("../py/tornado/tcpclient.py"),
    ),
    ("tornado.process", include_str!("../py/tornado/process.py")),
];
