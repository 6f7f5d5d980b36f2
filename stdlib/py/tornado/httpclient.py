"""tornado.httpclient: AsyncHTTPClient (non-blocking) and HTTPClient
(blocking), with HTTPRequest, HTTPResponse and the HTTPClientError family,
as Tornado 6's.

The transport is tornado.simple_httpclient's (the implementation
`AsyncHTTPClient()` makes unless `AsyncHTTPClient.configure` chose
another); this module has the request, the response, the errors and the
shared-instance and configuration logic.
"""

import functools
import time

import tornado
from tornado import httputil
from tornado.concurrent import (Future, future_set_result_unless_cancelled,
                                future_set_exception_unless_cancelled)
from tornado.escape import utf8, _unicode
from tornado.ioloop import IOLoop


class HTTPClientError(Exception):
    """A non-2xx response (``code``, ``message``, ``response``), or a
    simulated one: 599 for timeouts."""

    def __init__(self, code, message=None, response=None):
        self.code = code
        self.message = message or httputil.responses.get(code, "Unknown")
        self.response = response
        Exception.__init__(self, code, message, response)

    def __str__(self):
        return "HTTP %d: %s" % (self.code, self.message)

    __repr__ = __str__


HTTPError = HTTPClientError


class _Buffer:
    """The part of io.BytesIO a response's ``buffer`` offers."""

    def __init__(self, data):
        self._data = data
        self._pos = 0

    def getvalue(self):
        return self._data

    def read(self, size=-1):
        data = self._data[self._pos:] if size is None or size < 0 else \
            self._data[self._pos:self._pos + size]
        self._pos += len(data)
        return data

    def seek(self, pos, whence=0):
        self._pos = pos
        return pos

    def tell(self):
        return self._pos


class HTTPRequest:
    """An HTTP client request: URL, method, headers, body and options."""

    _DEFAULTS = dict(connect_timeout=20.0, request_timeout=20.0, follow_redirects=True,
                     max_redirects=5, decompress_response=True, proxy_password="",
                     allow_nonstandard_methods=False, validate_cert=True)

    def __init__(self, url, method="GET", headers=None, body=None, auth_username=None,
                 auth_password=None, auth_mode=None, connect_timeout=None,
                 request_timeout=None, if_modified_since=None, follow_redirects=None,
                 max_redirects=None, user_agent=None, use_gzip=None, network_interface=None,
                 streaming_callback=None, header_callback=None, prepare_curl_callback=None,
                 proxy_host=None, proxy_port=None, proxy_username=None, proxy_password=None,
                 proxy_auth_mode=None, allow_nonstandard_methods=None, validate_cert=None,
                 ca_certs=None, allow_ipv6=None, client_key=None, client_cert=None,
                 body_producer=None, expect_100_continue=False, decompress_response=None,
                 ssl_options=None):
        self.headers = headers
        if if_modified_since:
            self.headers["If-Modified-Since"] = httputil.format_timestamp(if_modified_since)
        self.proxy_host = proxy_host
        self.proxy_port = proxy_port
        self.proxy_username = proxy_username
        self.proxy_password = proxy_password
        self.proxy_auth_mode = proxy_auth_mode
        self.url = url
        self.method = method
        self.body = body
        self.body_producer = body_producer
        self.auth_username = auth_username
        self.auth_password = auth_password
        self.auth_mode = auth_mode
        self.connect_timeout = connect_timeout
        self.request_timeout = request_timeout
        self.follow_redirects = follow_redirects
        self.max_redirects = max_redirects
        self.user_agent = user_agent
        if decompress_response is not None:
            self.decompress_response = decompress_response
        else:
            self.decompress_response = use_gzip
        self.network_interface = network_interface
        self.streaming_callback = streaming_callback
        self.header_callback = header_callback
        self.prepare_curl_callback = prepare_curl_callback
        self.allow_nonstandard_methods = allow_nonstandard_methods
        self.validate_cert = validate_cert
        self.ca_certs = ca_certs
        self.allow_ipv6 = allow_ipv6
        self.client_key = client_key
        self.client_cert = client_cert
        self.ssl_options = ssl_options
        self.expect_100_continue = expect_100_continue
        self.start_time = time.time()

    @property
    def headers(self):
        return self._headers

    @headers.setter
    def headers(self, value):
        if value is None:
            self._headers = httputil.HTTPHeaders()
        else:
            self._headers = value

    @property
    def body(self):
        return self._body

    @body.setter
    def body(self, value):
        self._body = utf8(value)


class _RequestProxy:
    """A request whose unset options fall back to the client's defaults."""

    def __init__(self, request, defaults):
        self.request = request
        self.defaults = defaults

    def __getattr__(self, name):
        request_attr = getattr(self.request, name)
        if request_attr is not None:
            return request_attr
        if self.defaults is not None:
            return self.defaults.get(name, None)
        return None


class HTTPResponse:
    """The outcome of a fetch: ``code``, ``reason``, ``headers``, ``body``,
    ``effective_url``, ``error``, ``request``, ``request_time``."""

    error = None
    _error_is_response_code = False

    def __init__(self, request, code, headers=None, buffer=None, effective_url=None,
                 error=None, request_time=None, time_info=None, reason=None, start_time=None):
        if isinstance(request, _RequestProxy):
            self.request = request.request
        else:
            self.request = request
        self.code = code
        self.reason = reason or httputil.responses.get(code, "Unknown")
        if headers is not None:
            self.headers = headers
        else:
            self.headers = httputil.HTTPHeaders()
        self.buffer = buffer
        self._body = None
        if effective_url is None:
            self.effective_url = request.url
        else:
            self.effective_url = effective_url
        self._error_is_response_code = False
        if error is None:
            if self.code < 200 or self.code >= 300:
                self._error_is_response_code = True
                self.error = HTTPClientError(self.code, message=self.reason, response=self)
            else:
                self.error = None
        else:
            self.error = error
        self.start_time = start_time
        self.request_time = request_time
        self.time_info = time_info or {}

    @property
    def body(self):
        if self.buffer is None:
            return b""
        if self._body is None:
            self._body = self.buffer.getvalue()
        return self._body

    def rethrow(self):
        if self.error:
            raise self.error

    def __repr__(self):
        items = [("_body", self._body), ("_error_is_response_code",
                                         self._error_is_response_code),
                 ("buffer", self.buffer), ("code", self.code),
                 ("effective_url", self.effective_url), ("error", self.error),
                 ("headers", self.headers), ("reason", self.reason), ("request", self.request),
                 ("request_time", self.request_time), ("start_time", self.start_time),
                 ("time_info", self.time_info)]
        args = ",".join(["%s=%r" % i for i in items])
        return "%s(%s)" % (self.__class__.__name__, args)


# One client per IOLoop, as Tornado's AsyncHTTPClient() (keyed by the loop's
# id: loops live as long as the program in practice).
_instances = {}


class AsyncHTTPClient:
    """A non-blocking HTTP client. ``AsyncHTTPClient()`` is one shared
    instance per IOLoop unless ``force_instance=True``; it is an instance of
    the class chosen by `configure` (SimpleAsyncHTTPClient by default),
    initialized with the keyword arguments given there, then those of the
    call."""

    # Set by configure() on AsyncHTTPClient itself.
    _impl_class = None
    _impl_kwargs = None

    def __new__(cls, force_instance=False, **kwargs):
        io_loop = IOLoop.current()
        # Shared instances are per class called and per loop, as Tornado's.
        key = (cls.__name__, id(io_loop))
        init_kwargs = {}
        if cls is AsyncHTTPClient:
            cls = AsyncHTTPClient.configured_class()
            init_kwargs.update(AsyncHTTPClient._impl_kwargs or {})
        if not force_instance:
            instance = _instances.get(key)
            if instance is not None:
                return instance
        init_kwargs.update(kwargs)
        instance = object.__new__(cls)
        instance._cache_key = None if force_instance else key
        if not force_instance:
            _instances[key] = instance
        instance.initialize(**init_kwargs)
        return instance

    def __init__(self, force_instance=False, **kwargs):
        # Everything happens in __new__/initialize (a cached instance must
        # not be reset by a later AsyncHTTPClient() call).
        pass

    def initialize(self, defaults=None):
        self.io_loop = IOLoop.current()
        self.defaults = dict(HTTPRequest._DEFAULTS)
        if defaults is not None:
            self.defaults.update(defaults)
        self._closed = False

    @classmethod
    def configurable_base(cls):
        return AsyncHTTPClient

    @classmethod
    def configurable_default(cls):
        from tornado.simple_httpclient import SimpleAsyncHTTPClient

        return SimpleAsyncHTTPClient

    @classmethod
    def configured_class(cls):
        impl = AsyncHTTPClient.__dict__.get("_impl_class")
        return impl if impl is not None else cls.configurable_default()

    @classmethod
    def configure(cls, impl, **kwargs):
        """Makes `AsyncHTTPClient()` construct `impl` (a subclass or its
        dotted name; None for the default), with `kwargs` for initialize."""
        if isinstance(impl, str):
            from tornado.util import import_object

            impl = import_object(impl)
        if impl is not None and not (isinstance(impl, type) and issubclass(impl, cls)):
            raise ValueError("Invalid subclass of %s" % cls)
        AsyncHTTPClient._impl_class = impl
        AsyncHTTPClient._impl_kwargs = kwargs

    @classmethod
    def _save_configuration(cls):
        return (AsyncHTTPClient._impl_class, AsyncHTTPClient._impl_kwargs)

    @classmethod
    def _restore_configuration(cls, saved):
        AsyncHTTPClient._impl_class, AsyncHTTPClient._impl_kwargs = saved

    def close(self):
        if self._closed:
            return
        self._closed = True
        if self._cache_key is not None and _instances.get(self._cache_key) is self:
            del _instances[self._cache_key]

    def fetch(self, request, raise_error=True, **kwargs):
        if self._closed:
            raise RuntimeError("fetch() called on closed AsyncHTTPClient")
        if not isinstance(request, HTTPRequest):
            request = HTTPRequest(url=request, **kwargs)
        elif kwargs:
            raise ValueError("kwargs can't be used if request is an HTTPRequest object")
        request.headers = httputil.HTTPHeaders(request.headers)
        request_proxy = _RequestProxy(request, self.defaults)
        future = Future()

        def handle_response(response):
            if response.error:
                if raise_error or not response._error_is_response_code:
                    future_set_exception_unless_cancelled(future, response.error)
                    return
            future_set_result_unless_cancelled(future, response)
        self.fetch_impl(request_proxy, handle_response)
        return future

    def fetch_impl(self, request, callback):
        """Starts `request`; `callback(HTTPResponse)` once it is answered
        or has failed. The implementation's part (SimpleAsyncHTTPClient)."""
        raise NotImplementedError()


class HTTPClient:
    """A blocking HTTP client: each fetch runs its own IOLoop to completion.

        http_client = HTTPClient()
        response = http_client.fetch("http://www.google.com/")
        print(response.body)
        http_client.close()
    """

    def __init__(self, async_client_class=None, **kwargs):
        self._closed = True
        from tornado.ioloop import IOLoop as _IOLoop
        self._io_loop = _IOLoop(make_current=False)
        if async_client_class is None:
            async_client_class = AsyncHTTPClient
        self._async_client = self._io_loop.run_sync(
            functools.partial(_make_async_client, async_client_class, **kwargs))
        self._closed = False

    def close(self):
        if not self._closed:
            self._async_client.close()
            self._io_loop.close()
            self._closed = True

    def fetch(self, request, **kwargs):
        return self._io_loop.run_sync(
            functools.partial(self._async_client.fetch, request, **kwargs))


async def _make_async_client(cls, **kwargs):
    return cls(force_instance=True, **kwargs)
