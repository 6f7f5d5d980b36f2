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
    ("warnings", include_str!("../py/warnings.py")),
    ("traceback", include_str!("../py/traceback.py")),
    ("types", include_str!("../py/types.py")),
    ("hashlib", include_str!("../py/hashlib.py")),
    ("logging", include_str!("../py/logging.py")),
    ("base64", include_str!("../py/base64.py")),
    ("hmac", include_str!("../py/hmac.py")),
    ("tornado.log", include_str!("../py/tornado/log.py")),
    ("tornado.web", include_str!("../py/tornado/web.py")),
    ("tornado.locks", include_str!("../py/tornado/locks.py")),
    ("tornado.queues", include_str!("../py/tornado/queues.py")),
    ("tornado.options", include_str!("../py/tornado/options.py")),
    (
        "tornado.httpclient",
        include_str!("../py/tornado/httpclient.py"),
    ),
    ("tornado.escape", include_str!("../py/tornado/escape.py")),
    (
        "tornado.httputil",
        include_str!("../py/tornado/httputil.py"),
    ),
    ("urllib", include_str!("../py/urllib/__init__.py")),
    ("urllib.parse", include_str!("../py/urllib/parse.py")),
];
