"""whirl's tornado: the Tornado 6 API on a native event loop."""

version = "6.4"
version_info = (6, 4, 0, 0)

_SUBMODULES = (
    "concurrent", "escape", "gen", "httpclient", "httpserver", "httputil",
    "ioloop", "iostream", "locks", "log", "netutil", "options", "process",
    "queues", "tcpclient", "tcpserver", "util", "web",
)


def __getattr__(name):
    # `import tornado` then `tornado.web.Application`, as Tornado 6.3+
    # allows: submodules are imported on first use.
    if name in _SUBMODULES:
        import importlib

        return importlib.import_module("tornado." + name)
    raise AttributeError("module 'tornado' has no attribute '%s'" % name)
