"""tornado.simple_httpclient: the HTTP client implementation behind
AsyncHTTPClient, under the name Tornado gives it.

whirl's client is native (`tornado.httpclient`); SimpleAsyncHTTPClient is
that client, and `AsyncHTTPClient()` constructs one, as Tornado's default
configuration does.
"""

from tornado.httpclient import (  # noqa: F401  (re-exported, as Tornado's)
    AsyncHTTPClient,
    HTTPResponse,
    HTTPStreamClosedError,
    HTTPTimeoutError,
)


class SimpleAsyncHTTPClient(AsyncHTTPClient):
    """The non-blocking HTTP client AsyncHTTPClient() gives by default."""


# ----- requests with a body_producer -----
#
# The native transport sends a body it is given whole. A request whose body
# is produced piece by piece (`body_producer(write)`) goes out instead over
# a TCPClient stream with the Python-level HTTP1Connection (chunked unless
# the request sets Content-Length), its response read by the same
# connection.


def _fetch_with_body_producer(client, request, callback):
    """AsyncHTTPClient.fetch_impl for a request with a body_producer:
    `callback(HTTPResponse)` once it is done or has failed."""
    import time as _time

    from tornado import gen
    from tornado.httpclient import HTTPStreamClosedError, HTTPTimeoutError, _Buffer
    from tornado.ioloop import IOLoop

    io_loop = IOLoop.current()
    start_time = io_loop.time()
    start_wall_time = _time.time()

    def respond(code=599, error=None, **kwargs):
        callback(HTTPResponse(request, code, error=error, request_time=io_loop.time() - start_time,
                              start_time=start_wall_time, **kwargs))

    async def run():
        try:
            result = _exchange(client, request)
            timeout = request.request_timeout
            if timeout:
                try:
                    result = await gen.with_timeout(start_time + timeout, result)
                except gen.TimeoutError:
                    respond(error=HTTPTimeoutError("Timeout during request"))
                    return
            else:
                result = await result
        except _StreamClosed:
            respond(error=HTTPStreamClosedError("Stream closed"))
            return
        except Exception as e:
            respond(error=e)
            return
        code, reason, headers, body, url = result
        respond(code, reason=reason, headers=headers, buffer=_Buffer(body), effective_url=url)

    io_loop.add_future(gen.convert_yielded(run()), lambda f: f.result())


class _StreamClosed(Exception):
    pass


class _Collector:
    """The HTTPMessageDelegate gathering a response (1xx heads skipped)."""

    def __init__(self, request):
        self.request = request
        self.start_line = None
        self.headers = None
        self.chunks = []

    def headers_received(self, start_line, headers):
        if 100 <= start_line.code < 200:
            return
        self.start_line = start_line
        self.headers = headers
        if self.request.header_callback is not None:
            self.request.header_callback("%s %s %s\r\n" % tuple(start_line))
            for k, v in headers.get_all():
                self.request.header_callback("%s: %s\r\n" % (k, v))
            self.request.header_callback("\r\n")

    def data_received(self, chunk):
        if self.request.streaming_callback is not None:
            return self.request.streaming_callback(chunk)
        self.chunks.append(chunk)

    def finish(self):
        pass

    def on_connection_close(self):
        pass


async def _exchange(client, request):
    from urllib.parse import urlsplit

    import tornado
    from tornado import gen, httputil, iostream
    from tornado.escape import _unicode
    from tornado.http1connection import HTTP1Connection, HTTP1ConnectionParameters
    from tornado.ioloop import IOLoop
    from tornado.tcpclient import TCPClient

    url = _unicode(request.url)
    parsed = urlsplit(url)
    if parsed.scheme != "http":
        raise ValueError("Unsupported url scheme: %s" % request.url)
    host, port = httputil.split_host_and_port(parsed.netloc)
    if port is None:
        port = 80
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    method = request.method
    if not request.allow_nonstandard_methods and method not in ("POST", "PATCH", "PUT"):
        raise ValueError("Body must be None for method %s (unless "
                         "allow_nonstandard_methods is true)" % method)
    connect = TCPClient().connect(host, port)
    if request.connect_timeout:
        connect = gen.with_timeout(IOLoop.current().time() + request.connect_timeout, connect)
    try:
        stream = await connect
    except iostream.StreamClosedError as e:
        # As simple_httpclient: the socket's own error when there is one.
        if getattr(e, "real_error", None) is not None:
            raise e.real_error
        raise _StreamClosed()
    max_body = client.max_body_size if client.max_body_size is not None else client.max_buffer_size
    conn = HTTP1Connection(stream, True, HTTP1ConnectionParameters(
        no_keep_alive=True, max_header_size=client.max_header_size or 65536,
        max_body_size=max_body, decompress=bool(request.decompress_response)))
    headers = httputil.HTTPHeaders(request.headers)
    if "Host" not in headers:
        headers["Host"] = parsed.netloc.rpartition("@")[2]
    if request.user_agent:
        headers["User-Agent"] = request.user_agent
    elif headers.get("User-Agent") is None:
        headers["User-Agent"] = "Tornado/%s" % tornado.version
    headers["Connection"] = "close"
    if request.decompress_response:
        headers["Accept-Encoding"] = "gzip"
    if method == "POST" and "Content-Type" not in headers:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    path = (parsed.path or "/") + ("?" + parsed.query if parsed.query else "")
    try:
        conn.write_headers(httputil.RequestStartLine(method, path, ""), headers)
        collector = _Collector(request)
        reading = gen.convert_yielded(conn.read_response(collector))
        try:
            produced = request.body_producer(conn.write)
            if produced is not None:
                await produced
            conn.finish()
        except iostream.StreamClosedError:
            # The server answered (and closed) before the body was all
            # sent: its answer is the response.
            pass
        await reading
    except iostream.StreamClosedError:
        raise _StreamClosed()
    finally:
        stream.close()
    if collector.start_line is None:
        raise _StreamClosed()
    start_line = collector.start_line
    return (start_line.code, start_line.reason, collector.headers, b"".join(collector.chunks),
            url)

