"""whirl's tornado: the Tornado 6 API on a native event loop."""

# The Tornado release whose behaviour this mirrors (Server header, User-Agent).
version = "6.6.1"
version_info = (6, 6, 1, 0)

_SUBMODULES = (
    "concurrent", "escape", "gen", "httpclient", "httpserver", "httputil",
    "ioloop", "iostream", "locks", "log", "netutil", "options", "process",
    "queues", "tcpclient", "tcpserver", "util", "web", "testing", "template",
    "simple_httpclient", "locale",
)


def __getattr__(name):
    # `import tornado` then `tornado.web.Application`, as Tornado 6.3+
    # allows: submodules are imported on first use.
    if name in _SUBMODULES:
        import importlib

        return importlib.import_module("tornado." + name)
    raise AttributeError("module 'tornado' has no attribute '%s'" % name)
