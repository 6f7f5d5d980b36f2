# Tornado 6.6's public names: the submodule list of `tornado`, lazy
# submodule import, the TimeoutError aliases, the errors of
# simple_httpclient, tornado.platform.asyncio, tornado.autoreload and a few
# module-level names (DummyExecutor, OptionParser.mockable, aliases).
import asyncio
import subprocess
import sys
import warnings
from unittest import mock

import tornado

print("all:", tornado.__all__)
print("web imported before use:", "tornado.web" in sys.modules)
print("lazy:", tornado.web.RequestHandler.__name__, "tornado.web" in sys.modules)
try:
    tornado.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
# websocket and wsgi are not in Tornado's list: not imported lazily.
print("websocket in __all__:", "websocket" in tornado.__all__)

import tornado.gen
import tornado.ioloop
import tornado.util

print("ioloop.TimeoutError:", tornado.ioloop.TimeoutError is tornado.util.TimeoutError)
print("gen.TimeoutError:", tornado.gen.TimeoutError is tornado.util.TimeoutError)
print("asyncio.TimeoutError:", tornado.util.TimeoutError is asyncio.TimeoutError)
print("ioloop re-exports:", tornado.ioloop.Configurable is tornado.util.Configurable,
      tornado.ioloop.import_object is tornado.util.import_object)

import tornado.httpclient
import tornado.simple_httpclient as shc

for name in ("HTTPTimeoutError", "HTTPStreamClosedError", "HTTPClientError", "HTTPError"):
    print(name, "in httpclient:", hasattr(tornado.httpclient, name),
          "in simple_httpclient:", hasattr(shc, name))
for cls in (shc.HTTPTimeoutError, shc.HTTPStreamClosedError):
    e = cls("went wrong")
    print(cls.__name__, issubclass(cls, tornado.httpclient.HTTPClientError), e.code, str(e))
    print(cls.__name__, "empty:", str(cls("")))
try:
    raise shc.HTTPTimeoutError("Timeout during request")
except tornado.httpclient.HTTPError as e:
    print("caught as HTTPError:", type(e).__name__, e.code, e)

for mod in tornado.__all__:
    if mod == "curl_httpclient":
        continue
    __import__("tornado." + mod)
print("imported every submodule")

import tornado.platform.asyncio as tpa

print("loop classes:", [c.__name__ for c in tpa.AsyncIOMainLoop.__mro__[:3]],
      issubclass(tpa.AsyncIOLoop, tpa.BaseAsyncIOLoop))
print("callables:", callable(tpa.to_tornado_future), callable(tpa.to_asyncio_future))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    policy = tpa.AnyThreadEventLoopPolicy
print("AnyThreadEventLoopPolicy:", policy.__name__,
      issubclass(policy, asyncio.DefaultEventLoopPolicy),
      [w.category.__name__ for w in caught])
try:
    tpa.NoSuchThing
except AttributeError as e:
    print(type(e).__name__, e)
for mod in ("tornado.platform.twisted", "tornado.platform.caresresolver"):
    try:
        __import__(mod)
        print(mod, "imported")
    except ImportError:
        print(mod, "ImportError")

import tornado.autoreload as ar

print("autoreload:", [n for n in ("add_reload_hook", "main", "start", "wait", "watch")
                      if callable(getattr(ar, n))])
ar.watch(__file__)
ar.add_reload_hook(lambda: None)

from tornado.concurrent import DummyExecutor, ReturnValueIgnoredError, dummy_executor
import concurrent.futures

print("DummyExecutor:", isinstance(dummy_executor, DummyExecutor),
      issubclass(DummyExecutor, concurrent.futures.Executor))
f = dummy_executor.submit(lambda a, b=0: a + b, 40, b=2)
print("submit:", f.done(), f.result())
f = dummy_executor.submit(int, "x")
print("submit error:", type(f.exception()).__name__, f.exception())
dummy_executor.shutdown()
print("ReturnValueIgnoredError:", issubclass(ReturnValueIgnoredError, Exception))

from tornado.options import OptionParser

opts = OptionParser()
opts.define("port", default=8000, type=int)
with mock.patch.object(opts.mockable(), "port", 9999):
    print("patched port:", opts.port)
print("restored port:", opts.port)
m = opts.mockable()
m.port = 1
print("set through mockable:", opts.port)
del m.port
print("deleted through mockable:", opts.port)
try:
    opts.mockable().nope
except AttributeError as e:
    print(type(e).__name__, e)

import tornado.httpserver
import tornado.httputil
import tornado.log
import tornado.process

print("httpserver.HTTPRequest:", tornado.httpserver.HTTPRequest is tornado.httputil.HTTPServerRequest)
print("process.CalledProcessError:", tornado.process.CalledProcessError is subprocess.CalledProcessError)
print("log has colorama, curses:", hasattr(tornado.log, "colorama"), hasattr(tornado.log, "curses"))

import tornado.web

print("signed value versions:", tornado.web.MIN_SUPPORTED_SIGNED_VALUE_VERSION,
      tornado.web.MAX_SUPPORTED_SIGNED_VALUE_VERSION)
for path in ("/a", "http://x/", "https://x/", "a/b", "", "ftp://x", "//x", "HTTP://x"):
    print("is_absolute(%r):" % path, tornado.web.is_absolute(path))

app = tornado.web.Application(cookie_secret={0: "old secret", 1: "new secret"}, key_version=1)
request = tornado.httputil.HTTPServerRequest(method="GET", uri="/", connection=mock.Mock())
handler = tornado.web.RequestHandler(app, request)
signed = handler.create_signed_value("c", "v")
print("key version:", handler.get_signed_cookie_key_version("c", signed),
      handler.get_secure_cookie_key_version("c", signed))
print("no cookie:", handler.get_signed_cookie_key_version("c"))
print("unversioned value:", handler.get_signed_cookie_key_version("c", "1|abc"))
plain = tornado.web.Application()
try:
    tornado.web.RequestHandler(plain, request).get_signed_cookie_key_version("c", signed)
except Exception as e:
    print(type(e).__name__, e)
