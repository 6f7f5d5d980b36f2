"""tornado.simple_httpclient: the HTTP client behind AsyncHTTPClient().

Each request is one connection (`TCPClient`, TLS for https) spoken over
by the Python-level `HTTP1Connection`, which reads the response into the
request's `_HTTPConnection` as it arrives: header_callback and
streaming_callback (plain functions or coroutines) run live, bodies are
inflated and measured against max_body_size on the way, and a malformed
response is logged ("Malformed HTTP message from None: ...") and fails the
fetch as a closed stream, as Tornado's client does.

At most `max_clients` requests are on the wire at once; the others wait in
`queue`, each bounded by its connect/request timeout ("Timeout in request
queue").
"""

import collections
import copy
import functools
import base64
import io
import socket
import sys
import time
from urllib.parse import urljoin, urlsplit

import tornado
from tornado import gen, httputil
from tornado.escape import _unicode
from tornado.http1connection import HTTP1Connection, HTTP1ConnectionParameters
from tornado.httpclient import (  # noqa: F401  (re-exported, as Tornado's)
    AsyncHTTPClient,
    HTTPError,
    HTTPRequest,
    HTTPResponse,
    _RequestProxy,
)
from tornado.ioloop import IOLoop
from tornado.iostream import StreamClosedError
from tornado.log import gen_log
from tornado.netutil import OverrideResolver, Resolver, is_valid_ip
from tornado.tcpclient import TCPClient

_SUPPORTED_METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"}
_REDIRECT_CODES = (301, 302, 303, 307, 308)
# Headers that carry credentials: not sent on to another origin.
_CREDENTIAL_HEADERS = ("Authorization", "Cookie")


# The errors of this client (not of tornado.httpclient, as in Tornado).
class HTTPTimeoutError(HTTPError):
    """A request or connect timeout (code 599)."""

    def __init__(self, message):
        HTTPError.__init__(self, 599, message=message)

    def __str__(self):
        return self.message or "Timeout"


class HTTPStreamClosedError(HTTPError):
    """The connection closed before the response was complete (code 599)."""

    def __init__(self, message):
        HTTPError.__init__(self, 599, message=message)

    def __str__(self):
        return self.message or "Stream closed"


class SimpleAsyncHTTPClient(AsyncHTTPClient):
    """The non-blocking HTTP client AsyncHTTPClient() gives by default."""

    def initialize(self, max_clients=10, hostname_mapping=None, max_buffer_size=104857600,
                   resolver=None, defaults=None, max_header_size=None, max_body_size=None):
        super().initialize(defaults=defaults)
        self.max_clients = max_clients
        self.queue = collections.deque()
        self.active = {}
        self.waiting = {}
        self.max_buffer_size = max_buffer_size
        self.max_header_size = max_header_size
        self.max_body_size = max_body_size
        if resolver is not None:
            self.resolver = resolver
            self.own_resolver = False
        else:
            self.resolver = Resolver()
            self.own_resolver = True
        if hostname_mapping is not None:
            self.resolver = OverrideResolver(resolver=self.resolver, mapping=hostname_mapping)
        self.tcp_client = TCPClient(resolver=self.resolver)

    def close(self):
        super().close()
        if self.own_resolver:
            self.resolver.close()
        self.tcp_client.close()

    def fetch_impl(self, request, callback):
        key = object()
        self.queue.append((key, request, callback))
        timeout = _shorter(request.connect_timeout, request.request_timeout)
        handle = None
        if timeout:
            handle = self.io_loop.add_timeout(
                self.io_loop.time() + timeout,
                functools.partial(self._on_timeout, key, "in request queue"))
        self.waiting[key] = (request, callback, handle)
        self._process_queue()
        if self.queue:
            gen_log.debug("max_clients limit reached, request queued. "
                          "%d active, %d queued requests." % (len(self.active), len(self.queue)))

    def _process_queue(self):
        while self.queue and len(self.active) < self.max_clients:
            key, request, callback = self.queue.popleft()
            if key not in self.waiting:
                continue
            self._remove_timeout(key)
            self.active[key] = (request, callback)
            release = functools.partial(self._release_fetch, key)
            self._handle_request(request, release, callback)

    def _handle_request(self, request, release_callback, final_callback):
        _HTTPConnection(self, request, release_callback, final_callback).start()

    def _release_fetch(self, key):
        del self.active[key]
        self._process_queue()

    def _remove_timeout(self, key):
        if key in self.waiting:
            request, callback, handle = self.waiting.pop(key)
            if handle is not None:
                self.io_loop.remove_timeout(handle)

    def _on_timeout(self, key, info=None):
        request, callback, handle = self.waiting.pop(key)
        try:
            self.queue.remove((key, request, callback))
        except ValueError:
            pass
        message = "Timeout %s" % info if info else "Timeout"
        response = HTTPResponse(request, 599, error=HTTPTimeoutError(message),
                                request_time=self.io_loop.time() - request.start_time)
        self.io_loop.add_callback(callback, response)


def _shorter(connect_timeout, request_timeout):
    """The smaller of two timeouts, where 0 or None means none."""
    timeouts = [t for t in (connect_timeout, request_timeout) if t]
    return min(timeouts) if timeouts else None


def _origin(parts):
    port = parts.port
    if port is None:
        port = 443 if parts.scheme == "https" else 80
    return (parts.scheme, (parts.hostname or "").lower(), port)


class _HTTPConnection(httputil.HTTPMessageDelegate):
    """One request on its own connection; the HTTPMessageDelegate its
    response is read into."""

    def __init__(self, client, request, release_callback, final_callback):
        self.io_loop = IOLoop.current()
        self.start_time = self.io_loop.time()
        self.start_wall_time = time.time()
        self.client = client
        self.request = request
        self.release_callback = release_callback
        self.final_callback = final_callback
        self.code = None
        self.reason = None
        self.headers = None
        self.chunks = []
        self.stream = None
        self.connection = None
        self._timeout = None

    def start(self):
        # A native task: nobody sees it, so no Task object is made for it.
        future = gen._native_convert(self.run())
        self.io_loop.add_future(future, lambda f: f.result())

    async def run(self):
        try:
            await self._run()
        except Exception:
            if not self._handle_exception(*sys.exc_info()):
                raise

    async def _run(self):
        request = self.request
        url = _unicode(request.url)
        # urlsplit drops tabs and line ends from a URL (WHATWG), and the
        # request line is built from its parts.
        self.parsed = parsed = urlsplit(url)
        if parsed.scheme not in ("http", "https"):
            raise ValueError("Unsupported url scheme: %s" % request.url)
        netloc = parsed.netloc.rpartition("@")[2]
        host, port = httputil.split_host_and_port(netloc)
        if port is None:
            port = 443 if parsed.scheme == "https" else 80
        if host.startswith("[") and host.endswith("]"):
            host = host[1:-1]
        self.parsed_hostname = host
        af = socket.AF_INET if request.allow_ipv6 is False else socket.AF_UNSPEC
        ssl_options = self._ssl_options(parsed.scheme)
        source_ip = source_port = None
        if request.network_interface:
            if not is_valid_ip(request.network_interface):
                raise ValueError("Unrecognized IPv4 or IPv6 address for network_interface, "
                                 "got %r" % (request.network_interface,))
            source_ip = request.network_interface
        timeout = _shorter(request.connect_timeout, request.request_timeout)
        try:
            stream = await self.client.tcp_client.connect(
                host, port, af=af, ssl_options=ssl_options,
                max_buffer_size=self.client.max_buffer_size, source_ip=source_ip,
                source_port=source_port, timeout=timeout)
        except TimeoutError as e:
            raise HTTPTimeoutError(str(e) or "Timeout while connecting") from None
        if self.final_callback is None:
            # Already answered (timed out): nobody wants this connection.
            stream.close()
            return
        self.stream = stream
        stream.set_close_callback(self.on_connection_close)
        if request.request_timeout:
            self._timeout = self.io_loop.add_timeout(
                self.start_time + request.request_timeout,
                functools.partial(self._on_timeout, "during request"))
        method = request.method
        if method not in _SUPPORTED_METHODS and not request.allow_nonstandard_methods:
            raise KeyError("unknown method %s" % method)
        for key in ("proxy_host", "proxy_port", "proxy_username", "proxy_password",
                    "proxy_auth_mode"):
            if getattr(request, key, None):
                raise NotImplementedError("%s not supported" % key)
        headers = request.headers
        if "Connection" not in headers:
            headers["Connection"] = "close"
        if "Host" not in headers:
            headers["Host"] = netloc
        username = password = None
        if parsed.username is not None:
            username, password = parsed.username, parsed.password or ""
        elif request.auth_username is not None:
            username, password = request.auth_username, request.auth_password or ""
        if username is not None:
            if request.auth_mode not in (None, "basic"):
                raise ValueError("unsupported auth_mode %s" % request.auth_mode)
            headers["Authorization"] = "Basic " + _unicode(
                base64.b64encode(httputil.encode_username_password(username, password)))
        if request.user_agent:
            headers["User-Agent"] = request.user_agent
        elif headers.get("User-Agent") is None:
            headers["User-Agent"] = "Tornado/%s" % tornado.version
        body = request.body
        if not request.allow_nonstandard_methods:
            body_expected = method in ("POST", "PATCH", "PUT")
            body_present = body is not None or request.body_producer is not None
            if body_expected != body_present:
                raise ValueError("Body must %sbe None for method %s (unless "
                                 "allow_nonstandard_methods is true)"
                                 % ("not " if body_expected else "", method))
        if request.expect_100_continue:
            headers["Expect"] = "100-continue"
        if body is not None:
            headers["Content-Length"] = str(len(body))
        if method == "POST" and "Content-Type" not in headers:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if request.decompress_response:
            headers["Accept-Encoding"] = "gzip"
        path = (parsed.path or "/") + ("?" + parsed.query if parsed.query else "")
        self.connection = HTTP1Connection(stream, True, HTTP1ConnectionParameters(
            no_keep_alive=True, max_header_size=self.client.max_header_size,
            max_body_size=self.client.max_body_size,
            decompress=bool(request.decompress_response)))
        self.connection.write_headers(httputil.RequestStartLine(method, path, ""), headers)
        if request.expect_100_continue:
            # The body goes out once the server says "100 Continue"
            # (headers_received); an early final answer skips it.
            await self.connection.read_response(self)
        else:
            await self._write_body(True)

    def _ssl_options(self, scheme):
        if scheme != "https":
            return None
        from tornado import _https

        request = self.request
        return _https._client_ssl_context(
            request.validate_cert if request.validate_cert is not None else True,
            request.ca_certs, request.client_cert, request.client_key, request.ssl_options)

    async def _write_body(self, start_read):
        request = self.request
        if request.body is not None:
            self.connection.write(request.body)
        elif request.body_producer is not None:
            produced = request.body_producer(self.connection.write)
            if produced is not None:
                await produced
        self.connection.finish()
        if start_read:
            try:
                await self.connection.read_response(self)
            except StreamClosedError:
                if not self._handle_exception(*sys.exc_info()):
                    raise

    def _on_timeout(self, info=None):
        self._timeout = None
        message = "Timeout %s" % info if info else "Timeout"
        if self.final_callback is not None:
            self._handle_exception(HTTPTimeoutError, HTTPTimeoutError(message), None)

    def _remove_timeout(self):
        if self._timeout is not None:
            self.io_loop.remove_timeout(self._timeout)
            self._timeout = None

    def _release(self):
        release, self.release_callback = self.release_callback, None
        if release is not None:
            release()

    def _run_callback(self, response):
        self._release()
        callback, self.final_callback = self.final_callback, None
        if callback is not None:
            self.io_loop.add_callback(callback, response)

    def _handle_exception(self, typ, value, tb):
        if self.final_callback is None:
            # Answered already (a timeout): a closed stream is expected.
            return isinstance(value, StreamClosedError)
        self._remove_timeout()
        if isinstance(value, StreamClosedError):
            value = value.real_error if value.real_error is not None \
                else HTTPStreamClosedError("Stream closed")
        self._run_callback(HTTPResponse(self.request, 599, error=value,
                                        request_time=self.io_loop.time() - self.start_time,
                                        start_time=self.start_wall_time))
        if self.stream is not None:
            # Closing runs on_connection_close, which finds nothing to do.
            self.stream.close()
        return True

    def on_connection_close(self):
        if self.final_callback is None:
            return
        error = self.stream.error if self.stream is not None else None
        if error is None:
            error = HTTPStreamClosedError("Connection closed")
        self._handle_exception(type(error), error, None)

    # ----- HTTPMessageDelegate: the response as it arrives -----

    async def headers_received(self, first_line, headers):
        if self.request.expect_100_continue and first_line.code == 100:
            await self._write_body(False)
            return
        self.code = first_line.code
        self.reason = first_line.reason
        self.headers = headers
        if self._should_follow_redirect():
            return
        callback = self.request.header_callback
        if callback is not None:
            callback("%s %s %s\r\n" % tuple(first_line))
            for k, v in headers.get_all():
                callback("%s: %s\r\n" % (k, v))
            callback("\r\n")

    def _should_follow_redirect(self):
        return bool(self.request.follow_redirects and self.request.max_redirects > 0
                    and self.code in _REDIRECT_CODES
                    and self.headers.get("Location") is not None)

    def data_received(self, chunk):
        if self._should_follow_redirect():
            # The redirect's own body goes nowhere.
            return None
        if self.request.streaming_callback is not None:
            return self.request.streaming_callback(chunk)
        self.chunks.append(chunk)
        return None

    def finish(self):
        self._remove_timeout()
        request = self.request
        original_request = getattr(request, "original_request", request)
        if self._should_follow_redirect():
            self._redirect(original_request)
            return
        buffer = io.BytesIO() if request.streaming_callback is not None \
            else io.BytesIO(b"".join(self.chunks))
        self._run_callback(HTTPResponse(
            original_request, self.code, reason=self.reason, headers=self.headers,
            request_time=self.io_loop.time() - self.start_time,
            start_time=self.start_wall_time, buffer=buffer, effective_url=request.url))
        self.stream.close()

    def _redirect(self, original_request):
        request = self.request
        new_request = copy.copy(request.request if isinstance(request, _RequestProxy)
                                else request)
        new_request.headers = httputil.HTTPHeaders(request.headers)
        new_request.url = urljoin(request.url, self.headers["Location"])
        new_request.max_redirects = request.max_redirects - 1
        del new_request.headers["Host"]
        if "Transfer-Encoding" in new_request.headers:
            # The framing of the last message (the connection chose it),
            # not something asked for.
            del new_request.headers["Transfer-Encoding"]
        old_parts = urlsplit(_unicode(request.url))
        if old_parts.username is not None and "Authorization" in new_request.headers:
            # Credentials from the URL belong to that URL: the next one
            # brings its own.
            del new_request.headers["Authorization"]
        if _origin(old_parts) != _origin(urlsplit(new_request.url)):
            # Credentials stay with the origin they were meant for.
            for name in _CREDENTIAL_HEADERS:
                if name in new_request.headers:
                    del new_request.headers[name]
            new_request.auth_username = None
            new_request.auth_password = None
        method = request.method
        if (self.code == 303 and method != "HEAD") or \
                (self.code in (301, 302) and method == "POST"):
            new_request.method = "GET"
            new_request.body = None
            new_request.body_producer = None
            for name in ("Content-Length", "Content-Type", "Content-Encoding",
                         "Transfer-Encoding"):
                if name in new_request.headers:
                    del new_request.headers[name]
        new_request.original_request = original_request
        callback, self.final_callback = self.final_callback, None
        self._release()
        future = self.client.fetch(new_request, raise_error=False)

        def redirected(f):
            # A redirect that cannot be followed (an unsupported scheme)
            # fails the request.
            try:
                response = f.result()
            except Exception as e:
                response = HTTPResponse(original_request, 599, error=e,
                                        request_time=self.io_loop.time() - self.start_time,
                                        start_time=self.start_wall_time)
            callback(response)

        future.add_done_callback(redirected)
        self.stream.close()
