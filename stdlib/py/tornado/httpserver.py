"""tornado.httpserver: HTTP/1.1 served natively (`_tornado.serve_http`);
each complete request becomes an `HTTPServerRequest` for the callback
(usually a `web.Application`).

A server whose application must act between a request's head and its body
(`@stream_request_body` handlers: `prepare` may change the body's limits,
`data_received` sees the body as it arrives) or that has a `body_timeout`
serves its connections with the Python-level `HTTP1ServerConnection`
instead (`tornado.http1connection`); everything else keeps the native path.
"""

import zlib

import _tornado
from tornado import httputil, netutil, routing
from tornado.http1connection import HTTP1ConnectionParameters, HTTP1ServerConnection
from tornado.log import gen_log
from tornado.tcpserver import TCPServer, _is_unix_socket

# Tornado 2's name for the request class, kept as Tornado keeps it.
HTTPRequest = httputil.HTTPServerRequest


class HTTPServer(TCPServer, httputil.HTTPServerConnectionDelegate):
    """Listening, binding, starting and stopping are TCPServer's; each
    accepted connection is served natively as HTTP/1.1."""

    def __init__(
        self,
        request_callback,
        no_keep_alive=False,
        xheaders=False,
        ssl_options=None,
        protocol=None,
        decompress_request=False,
        chunk_size=None,
        max_header_size=None,
        idle_connection_timeout=None,
        body_timeout=None,
        max_body_size=None,
        max_buffer_size=None,
        trusted_downstream=None,
    ):
        TCPServer.__init__(self, ssl_options=ssl_options, max_buffer_size=max_buffer_size)
        self.request_callback = request_callback
        # A router or other HTTPServerConnectionDelegate (but not an
        # Application, which is called directly) gets each request replayed
        # through its message delegate (see tornado.routing).
        self._delegate = None
        if hasattr(request_callback, "start_request") and not getattr(
                request_callback, "_serves_requests_directly", False):
            self._delegate = request_callback
        self._extras = bool(xheaders or protocol or decompress_request or self._delegate is not None)
        self.xheaders = xheaders
        self._trusted_downstream = set(trusted_downstream or [])
        self.protocol = protocol
        self.decompress_request = decompress_request
        self.chunk_size = chunk_size or 65536
        self._max_body_size = max_body_size if max_body_size is not None else (
            max_buffer_size if max_buffer_size is not None else 100 * 1024 * 1024)
        self._options = {
            "no_keep_alive": no_keep_alive,
            "max_header_size": max_header_size,
            "max_body_size": max_body_size if max_body_size is not None else max_buffer_size,
            "idle_connection_timeout": idle_connection_timeout,
        }
        self._body_timeout = body_timeout
        self.conn_params = HTTP1ConnectionParameters(
            decompress=decompress_request,
            chunk_size=chunk_size,
            max_header_size=max_header_size,
            header_timeout=idle_connection_timeout or 3600,
            max_body_size=max_body_size,
            body_timeout=body_timeout,
            no_keep_alive=no_keep_alive,
        )
        self._connections = set()

    def add_sockets(self, sockets):
        if self.ssl_options is not None or self._needs_python_connections():
            # TCPServer's accept: a TLS connection goes to _serve_tls_stream
            # (tornado._https), any other stream to handle_stream.
            TCPServer.add_sockets(self, sockets)
            return
        for sock in sockets:
            if _is_unix_socket(sock):
                # Accepted in Python, served by HTTP1ServerConnection.
                TCPServer.add_sockets(self, [sock])
            else:
                _tornado.serve_http(self._listener_for(sock), self._handle_request, **self._options)

    def _serve_tls_stream(self, stream, address):
        if self._needs_python_connections():
            # Streaming handlers (and body timeouts) need HTTP1ServerConnection
            # over TLS too: tornado._https reads each body whole first.
            self._serve_python_connection(stream, address, self.protocol or "https")
            return
        from tornado import _https

        _https.serve(self, stream, address)

    def _needs_python_connections(self):
        """Whether this server is one the native path cannot serve as
        Tornado would (see the module comment)."""
        if self._body_timeout is not None:
            return True
        return _has_streaming_handlers(self.request_callback)

    async def close_all_connections(self):
        while self._connections:
            conn = next(iter(self._connections))
            await conn.close()

    # ----- the Python-level path (HTTP1ServerConnection) -----

    def handle_stream(self, stream, address):
        self._serve_python_connection(stream, address, self.protocol)

    def _serve_python_connection(self, stream, address, protocol):
        context = _HTTPRequestContext(stream, address, protocol, self._trusted_downstream)
        conn = HTTP1ServerConnection(stream, self.conn_params, context)
        self._connections.add(conn)
        conn.start_serving(self)

    def start_request(self, server_conn, request_conn):
        if isinstance(self.request_callback, httputil.HTTPServerConnectionDelegate):
            delegate = self.request_callback.start_request(server_conn, request_conn)
        else:
            delegate = routing._CallableAdapter(self.request_callback, request_conn)
        if self.xheaders:
            delegate = _ProxyAdapter(delegate, request_conn)
        return delegate

    def on_close(self, server_conn):
        self._connections.discard(server_conn)

    def _handle_request(self, connection, method, uri, version, headers, body):
        # The native side parsed the request and grouped its headers by
        # normalized name, as HTTPHeaders keeps them.
        try:
            request = httputil.HTTPServerRequest(
                method, uri, version, httputil.HTTPHeaders._from_grouped(headers), body, None,
                None, connection)
        except httputil.HTTPInputError as e:
            # As HTTP1Connection: a malformed message gets a bare 400 and
            # the connection is closed (returning 400 tells the native side).
            gen_log.info("Malformed HTTP message from %s: %s",
                         getattr(connection, "remote_ip", None), e)
            return 400
        if self._extras:
            return self._handle_with_extras(connection, request)
        request._parse_body()
        self.request_callback(request)

    def _handle_with_extras(self, connection, request):
        """The rest of `_handle_request` when any of protocol=, xheaders,
        decompress_request or a delegate is in play (one test of
        `_extras` keeps the usual path as short as it was)."""
        if self.protocol:
            request.protocol = self.protocol
        if self.xheaders:
            self._apply_xheaders(request)
        if self.decompress_request and request.body:
            encoding = request.headers.get("Content-Encoding")
            if encoding is not None and encoding.lower() == "gzip":
                error = self._decompress_body(request)
                if error is not None:
                    gen_log.info("Malformed HTTP message from %s: %s",
                                 getattr(connection, "remote_ip", None), error)
                    return 400
        request._parse_body()
        if self._delegate is not None:
            routing.serve_through_delegate(self._delegate, self, request, self.chunk_size)
            return None
        self.request_callback(request)
        return None

    def _decompress_body(self, request):
        """Inflates a gzip request body (each member of a concatenated one)
        as Tornado's decompress_request; the reason when it cannot be."""
        limit = self._max_body_size
        data = request.body
        out = []
        size = 0
        while data:
            if data[:2] != b"\x1f\x8b":
                return "invalid gzip data: expected a gzip member, got %r" % data[:2]
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                chunk = inflater.decompress(data, limit - size + 1)
            except zlib.error as e:
                return "invalid gzip data: %s" % e
            size += len(chunk)
            if size > limit or inflater.unconsumed_tail:
                return "decompressed body too large"
            out.append(chunk)
            if not inflater.eof:
                return "invalid gzip data: incomplete or truncated gzip stream"
            data = inflater.unused_data
        request.body = b"".join(out)
        headers = request.headers
        headers["X-Consumed-Content-Encoding"] = headers["Content-Encoding"]
        del headers["Content-Encoding"]
        return None

    def _apply_xheaders(self, request):
        """remote_ip and protocol from a proxy's headers, as Tornado's
        _HTTPRequestContext._apply_xheaders: the last X-Forwarded-For entry
        not a trusted downstream, overridden by X-Real-Ip; taken only when it
        is a well-formed IP address. The scheme from X-Scheme or
        X-Forwarded-Proto (its last entry), only http or https."""
        headers = request.headers
        ip = headers.get("X-Forwarded-For", request.remote_ip)
        for ip in (cand.strip() for cand in reversed(ip.split(","))):
            if ip not in self._trusted_downstream:
                break
        ip = headers.get("X-Real-Ip", ip)
        if netutil.is_valid_ip(ip):
            request.remote_ip = ip
        proto = headers.get("X-Scheme", headers.get("X-Forwarded-Proto", request.protocol))
        if proto:
            proto = proto.split(",")[-1].strip()
        if proto in ("http", "https"):
            request.protocol = proto


def _has_streaming_handlers(target, depth=0):
    """Whether an application (or a router's rules, nested) routes to a
    `@stream_request_body` handler."""
    if depth > 20:
        return False
    if getattr(target, "_stream_request_body", False):
        return True
    settings = getattr(target, "settings", None)
    if isinstance(settings, dict):
        default = settings.get("default_handler_class")
        if default is not None and getattr(default, "_stream_request_body", False):
            return True
    rules = getattr(target, "rules", None)
    for rule in rules if isinstance(rules, list) else ():
        handler = getattr(rule, "handler_class", None) or getattr(rule, "target", None)
        if handler is not None and _has_streaming_handlers(handler, depth + 1):
            return True
    return False


class _HTTPRequestContext:
    """Where a connection's requests come from (remote_ip, protocol);
    xheaders may override both for one request."""

    def __init__(self, stream, address, protocol, trusted_downstream=None):
        self.address = address
        if isinstance(address, tuple) and address:
            self.remote_ip = address[0]
        else:
            # Unix sockets have no address.
            self.remote_ip = "0.0.0.0"
        if protocol:
            self.protocol = protocol
        else:
            self.protocol = "http"
        self._orig_remote_ip = self.remote_ip
        self._orig_protocol = self.protocol
        self.trusted_downstream = set(trusted_downstream or [])

    def __str__(self):
        if isinstance(self.address, tuple) and self.address:
            return self.remote_ip
        return str(self.address) if self.address else ""

    def _apply_xheaders(self, headers):
        ip = headers.get("X-Forwarded-For", self.remote_ip)
        for ip in (cand.strip() for cand in reversed(ip.split(","))):
            if ip not in self.trusted_downstream:
                break
        ip = headers.get("X-Real-Ip", ip)
        if netutil.is_valid_ip(ip):
            self.remote_ip = ip
        proto = headers.get("X-Scheme", headers.get("X-Forwarded-Proto", self.protocol))
        if proto:
            proto = proto.split(",")[-1].strip()
        if proto in ("http", "https"):
            self.protocol = proto

    def _unapply_xheaders(self):
        self.remote_ip = self._orig_remote_ip
        self.protocol = self._orig_protocol


class _ProxyAdapter(httputil.HTTPMessageDelegate):
    """Applies X-Real-Ip / X-Forwarded-For / X-Scheme for one request."""

    def __init__(self, delegate, request_conn):
        self.connection = request_conn
        self.delegate = delegate

    def headers_received(self, start_line, headers):
        self.connection.context._apply_xheaders(headers)
        return self.delegate.headers_received(start_line, headers)

    def data_received(self, chunk):
        return self.delegate.data_received(chunk)

    def finish(self):
        self.delegate.finish()
        self._cleanup()

    def on_connection_close(self):
        self.delegate.on_connection_close()
        self._cleanup()

    def _cleanup(self):
        self.connection.context._unapply_xheaders()
