"""tornado.testing: unittest support for asynchronous code, as Tornado 6.

AsyncTestCase gives each test an IOLoop (`self.io_loop`) and the old
`stop()`/`wait()` protocol; `gen_test` runs a coroutine test method to
completion on it with a timeout; AsyncHTTPTestCase also starts an HTTP
server for `get_app()` on an unused port and a client to `fetch` from it.
ExpectLog swallows (and requires) matching log lines.

whirl has one native event loop a thread: each test's IOLoop is a view of
it, so `get_new_ioloop` gives a fresh view, and closing it at the end of a
test cancels nothing that is still pending.
"""

import functools
import inspect
import logging
import os
import re
import sys
import unittest

from tornado import gen
from tornado.ioloop import IOLoop
from tornado.log import app_log
from tornado.netutil import bind_sockets

__all__ = [
    "AsyncTestCase",
    "AsyncHTTPTestCase",
    "AsyncHTTPSTestCase",
    "gen_test",
    "ExpectLog",
    "bind_unused_port",
    "get_async_test_timeout",
    "setup_with_context_manager",
    "main",
]


def bind_unused_port(reuse_port=False, address="127.0.0.1"):
    """Binds a listening socket on an unused port of `address`; returns
    (socket, port)."""
    sock = bind_sockets(0, address, reuse_port=reuse_port)[0]
    return sock, sock.getsockname()[1]


def get_async_test_timeout():
    """The timeout of `wait` and `gen_test`: $ASYNC_TEST_TIMEOUT seconds,
    else 5."""
    env = os.environ.get("ASYNC_TEST_TIMEOUT")
    if env is not None:
        try:
            return float(env)
        except ValueError:
            pass
    return 5


def setup_with_context_manager(testcase, cm):
    """Enters `cm` now and exits it as a cleanup of `testcase`; returns what
    entering gave."""
    value = cm.__enter__()
    testcase.addCleanup(cm.__exit__, None, None, None)
    return value


class AsyncTestCase(unittest.TestCase):
    """A TestCase with an IOLoop per test (`self.io_loop`).

    Tests either use `gen_test` on a coroutine method or call
    `self.wait()` after starting work whose callback calls `self.stop()`.
    An exception raised by a callback during `wait` fails the test.
    """

    def __init__(self, methodName="runTest"):
        super().__init__(methodName)
        self.__stopped = False
        self.__running = False
        self.__failure = None
        self.__stop_args = None
        self.__timeout = None
        # A test method returning a generator or coroutine (no gen_test)
        # would "pass" without running: the wrapper refuses it.
        method = getattr(self, methodName, None)
        if method is not None:
            setattr(self, methodName, _TestMethodWrapper(method))

    def setUp(self):
        super().setUp()
        self.io_loop = self.get_new_ioloop()
        self.io_loop.make_current()
        # As Tornado's: asyncio.get_event_loop() in the test is the test
        # IOLoop's asyncio loop (closed with it), the one before restored.
        import _asyncio_loop

        self._prev_aio_loop = _asyncio_loop._event_loop
        asyncio_loop = getattr(self.io_loop, "asyncio_loop", None)
        if asyncio_loop is not None:
            _asyncio_loop.set_event_loop(asyncio_loop)

    def tearDown(self):
        self.io_loop.clear_current()
        self.io_loop.close(all_fds=True)
        import _asyncio_loop

        _asyncio_loop._event_loop = self._prev_aio_loop
        super().tearDown()
        self.__rethrow()

    def get_new_ioloop(self):
        """The IOLoop of a test (override to use another)."""
        return IOLoop(make_current=False)

    def _handle_exception(self, typ, value, tb):
        if self.__failure is None:
            self.__failure = (typ, value, tb)
        else:
            app_log.error("multiple unhandled exceptions in test", exc_info=(typ, value, tb))
        self.stop()
        return True

    def __rethrow(self):
        if self.__failure is not None:
            failure = self.__failure
            self.__failure = None
            raise failure[1].with_traceback(failure[2])

    def run(self, result=None):
        ret = super().run(result)
        # An exception caught after the test's own checks still fails it.
        self.__rethrow()
        return ret

    def stop(self, _arg=None, **kwargs):
        """Stops a running `wait()`; its arguments (one positional or
        keywords) become `wait`'s result."""
        assert _arg is None or not kwargs
        self.__stop_args = kwargs or _arg
        if self.__running:
            self.io_loop.stop()
            self.__running = False
        self.__stopped = True

    def wait(self, condition=None, timeout=None):
        """Runs the IOLoop until `stop()` is called (and `condition()` is
        true, if given), or fails the test after `timeout` seconds
        (default `get_async_test_timeout()`)."""
        if timeout is None:
            timeout = get_async_test_timeout()
        if not self.__stopped:
            if timeout:

                def timeout_func():
                    try:
                        raise self.failureException(
                            "Async operation timed out after %s seconds" % timeout
                        )
                    except Exception:
                        self.__failure = sys.exc_info()
                    self.stop()

                self.__timeout = self.io_loop.add_timeout(self.io_loop.time() + timeout, timeout_func)
            while True:
                self.__running = True
                self.io_loop.start()
                if self.__failure is not None or condition is None or condition():
                    break
            if self.__timeout is not None:
                self.io_loop.remove_timeout(self.__timeout)
                self.__timeout = None
        assert self.__stopped
        self.__stopped = False
        self.__rethrow()
        result = self.__stop_args
        self.__stop_args = None
        return result


class _TestMethodWrapper:
    """Wraps a test method: a generator or coroutine it returns (a missing
    `gen_test`) is a TypeError, any other value a ValueError."""

    def __init__(self, method):
        self.orig_method = method
        functools.update_wrapper(self, method)

    def __call__(self, *args, **kwargs):
        result = self.orig_method(*args, **kwargs)
        if inspect.isgenerator(result) or inspect.iscoroutine(result):
            result.close()
            raise TypeError(
                "Generator and coroutine test methods should be decorated with tornado.testing.gen_test"
            )
        if result is not None:
            raise ValueError("Return value from test method ignored: %r" % (result,))


class AsyncHTTPTestCase(AsyncTestCase):
    """An AsyncTestCase that serves `get_app()` over HTTP on an unused port
    for the test; `self.fetch(path)` requests it and returns the response."""

    def setUp(self):
        super().setUp()
        sock, port = bind_unused_port()
        self.__port = port
        self.http_client = self.get_http_client()
        self._app = self.get_app()
        self.http_server = self.get_http_server()
        self.http_server.add_sockets([sock])

    def get_http_client(self):
        from tornado.httpclient import AsyncHTTPClient

        return AsyncHTTPClient()

    def get_http_server(self):
        from tornado.httpserver import HTTPServer

        return HTTPServer(self._app, **self.get_httpserver_options())

    def get_app(self):
        """The application to serve (tests override it)."""
        raise NotImplementedError()

    def fetch(self, path, raise_error=False, **kwargs):
        """Fetches `path` (relative to the test server, or a full URL)
        synchronously; an HTTP error status is returned as a response
        unless raise_error is true."""
        if path.lower().startswith(("http://", "https://")):
            url = path
        else:
            url = self.get_url(path)
        return self.io_loop.run_sync(
            lambda: self.http_client.fetch(url, raise_error=raise_error, **kwargs),
            timeout=get_async_test_timeout(),
        )

    def get_httpserver_options(self):
        return {}

    def get_http_port(self):
        return self.__port

    def get_protocol(self):
        return "http"

    def get_url(self, path):
        return "%s://127.0.0.1:%s%s" % (self.get_protocol(), self.get_http_port(), path)

    def tearDown(self):
        self.http_server.stop()
        closing = getattr(self.http_server, "close_all_connections", None)
        if closing is not None:
            try:
                self.io_loop.run_sync(closing, timeout=get_async_test_timeout())
            except Exception:
                pass
        close = getattr(self.http_client, "close", None)
        if close is not None:
            close()
        del self.http_server
        del self._app
        super().tearDown()


# The self-signed certificate (for foo.example.com) and key HTTPS test
# servers use. Tornado ships them as files beside its tests; whirl's tornado
# package lives inside the binary, so they are written to a temporary
# directory the first time a test asks for them.
_TEST_CERT = """-----BEGIN CERTIFICATE-----
MIIBqDCCAU2gAwIBAgIUXaJnUTXrC3vZMCu+kjhKyrl2PacwCgYIKoZIzj0EAwIw
GjEYMBYGA1UEAwwPZm9vLmV4YW1wbGUuY29tMCAXDTI2MTIwNzE0MDY0MloYDzIx
MjYxMTEzMTQwNjQyWjAaMRgwFgYDVQQDDA9mb28uZXhhbXBsZS5jb20wWTATBgcq
hkjOPQIBBggqhkjOPQMBBwNCAAQconUadQZHZqhGgU1/8MgbIuIqdJUokqSoCFw+
1Ma0CZ+GEbCBvI3XMa2v1SGsZZfd5oq9AAPQ9DfdqoaZL1mmo28wbTAdBgNVHQ4E
FgQU/4qwSl8IH2AzcGumGRlIE650O4swHwYDVR0jBBgwFoAU/4qwSl8IH2AzcGum
GRlIE650O4swDwYDVR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgg9mb28uZXhhbXBs
ZS5jb20wCgYIKoZIzj0EAwIDSQAwRgIhAKyp1ik9Ff/UbmyxodntXXwpq7X/ehM9
9rTgOHsOGEaaAiEAlXQ4cl/0BEvXmB2KCD4olCUh4EE3iy6EL1yWRqMdslI=
-----END CERTIFICATE-----
"""
_TEST_KEY = """-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgNpbA5GRld82ZW7r6
TKMPZDjIkHAD5X7TneaSux0Sf0+hRANCAAQconUadQZHZqhGgU1/8MgbIuIqdJUo
kqSoCFw+1Ma0CZ+GEbCBvI3XMa2v1SGsZZfd5oq9AAPQ9DfdqoaZL1mm
-----END PRIVATE KEY-----
"""
_test_ssl_files = []


def _test_ssl_options():
    if not _test_ssl_files:
        import atexit
        import shutil
        import tempfile

        folder = tempfile.mkdtemp(prefix="whirl-tornado-test-")
        atexit.register(shutil.rmtree, folder, True)
        for name, text in (("test.crt", _TEST_CERT), ("test.key", _TEST_KEY)):
            path = os.path.join(folder, name)
            with open(path, "w") as f:
                f.write(text)
            _test_ssl_files.append(path)
    return dict(certfile=_test_ssl_files[0], keyfile=_test_ssl_files[1])


class AsyncHTTPSTestCase(AsyncHTTPTestCase):
    """AsyncHTTPTestCase over TLS: the server gets `get_ssl_options()` (a
    self-signed test certificate), the client does not verify it."""

    # As Tornado 6.6's: a function giving the options dict.
    default_ssl_options = staticmethod(_test_ssl_options)

    def get_http_client(self):
        from tornado.httpclient import AsyncHTTPClient

        return AsyncHTTPClient(force_instance=True, defaults=dict(validate_cert=False))

    def get_httpserver_options(self):
        return dict(ssl_options=self.get_ssl_options())

    def get_ssl_options(self):
        return AsyncHTTPSTestCase.default_ssl_options()

    def get_protocol(self):
        return "https"


def gen_test(func=None, timeout=None):
    """Runs a coroutine (or generator) test method of an AsyncTestCase to
    completion on `self.io_loop`, failing after `timeout` seconds (default
    `get_async_test_timeout()`). Usable bare or as `@gen_test(timeout=n)`."""
    if timeout is None:
        timeout = get_async_test_timeout()

    def wrap(f):
        # The generator or coroutine object of the running test is kept on
        # the test case, so that a timeout can be thrown into it: the
        # traceback then shows where the test was waiting.
        @functools.wraps(f)
        def pre_coroutine(self, *args, **kwargs):
            result = f(self, *args, **kwargs)
            if inspect.isgenerator(result) or inspect.iscoroutine(result):
                self._test_generator = result
            else:
                self._test_generator = None
            return result

        if inspect.iscoroutinefunction(f):
            coro = pre_coroutine
        else:
            coro = gen.coroutine(pre_coroutine)

        @functools.wraps(f)
        def post_coroutine(self, *args, **kwargs):
            try:
                return self.io_loop.run_sync(
                    functools.partial(_start, coro, self, *args, **kwargs), timeout=timeout
                )
            except TimeoutError as e:
                running = getattr(self, "_test_generator", None)
                if running is not None and getattr(running, "cr_running", True):
                    running.throw(e)
                raise

        post_coroutine._tornado_gen_test = True
        return post_coroutine

    if func is not None:
        return wrap(func)
    return wrap


def _start(coro, self, *args, **kwargs):
    result = coro(self, *args, **kwargs)
    if result is not None and not inspect.isawaitable(result) and not hasattr(result, "add_done_callback"):
        raise TypeError(
            "@gen_test should be applied to a coroutine or generator function, got %r" % (result,)
        )
    return result


class ExpectLog(logging.Filter):
    """A context manager that swallows log records of `logger` whose
    message matches `regex` (from its start) and, when `required`, fails if
    none came. With `level`, only records of that level count, and the
    logger's level is lowered to it for the block when needed."""

    def __init__(self, logger, regex, required=True, level=None):
        if isinstance(logger, str):
            logger = logging.getLogger(logger)
        self.logger = logger
        self.regex = re.compile(regex)
        self.required = required
        self.matched = False
        self.logged_stack = False
        self.level = level
        self.orig_level = None

    def filter(self, record):
        if record.exc_info:
            self.logged_stack = True
        message = record.getMessage()
        if self.regex.match(message):
            if self.level is not None and record.levelno != self.level:
                app_log.warning(
                    "Got expected log message %r at unexpected level (%s vs %s)"
                    % (message, logging.getLevelName(self.level), record.levelname)
                )
                return True
            self.matched = True
            return False
        return True

    def __enter__(self):
        if self.level is not None and self.level < self.logger.getEffectiveLevel():
            self.orig_level = self.logger.level
            self.logger.setLevel(self.level)
        self.logger.addFilter(self)
        return self

    def __exit__(self, typ, value, tb):
        self.logger.removeFilter(self)
        if self.orig_level is not None:
            self.logger.setLevel(self.orig_level)
        if not typ and self.required and not self.matched:
            raise Exception("did not get expected log message")


def main(**kwargs):
    """Runs the tests of `__main__` (or of the modules named on the command
    line) with unittest, after parsing tornado.options' command line."""
    from tornado.options import options, define, parse_command_line

    define(
        "exception_on_interrupt",
        type=bool,
        default=True,
        help="If true (default), ctrl-c raises a KeyboardInterrupt exception.",
    )
    define("verbose", type=bool)
    define("quiet", type=bool)
    define("failfast", type=bool)
    define("catch", type=bool)
    define("buffer", type=bool)
    argv = [sys.argv[0]] + parse_command_line(sys.argv)
    if options.verbose:
        kwargs["verbosity"] = 2
    if options.quiet:
        kwargs["verbosity"] = 0
    if options.failfast:
        kwargs["failfast"] = True
    if options.buffer:
        kwargs["buffer"] = True
    if __name__ == "__main__" and len(argv) == 1:
        print("No tests specified", file=sys.stderr)
        sys.exit(1)
    if len(argv) > 1:
        unittest.main(module=None, argv=argv, **kwargs)
    else:
        unittest.main(defaultTest="all", argv=argv, **kwargs)
