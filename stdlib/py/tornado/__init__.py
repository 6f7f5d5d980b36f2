"""whirl's tornado: the Tornado 6 API on a native event loop."""

# The Tornado release whose behaviour this mirrors (Server header, User-Agent).
version = "6.6.1"
version_info = (6, 6, 1, 0)

# The submodules Tornado 6.6 lists (its `__all__`): `import tornado` then
# `tornado.web.Application` imports them on first use, and Tornado's own
# import test imports each. (websocket and wsgi are missing from Tornado's
# list too; they are imported by name.)
__all__ = [
    "auth", "autoreload", "concurrent", "curl_httpclient", "escape", "gen",
    "http1connection", "httpclient", "httpserver", "httputil", "ioloop",
    "iostream", "locale", "locks", "log", "netutil", "options", "platform",
    "process", "queues", "routing", "simple_httpclient", "tcpclient",
    "tcpserver", "template", "testing", "util", "web",
]


def __getattr__(name):
    if name in __all__:
        import importlib

        return importlib.import_module("tornado." + name)
    raise AttributeError("module 'tornado' has no attribute '%s'" % name)
