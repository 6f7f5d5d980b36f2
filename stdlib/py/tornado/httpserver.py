"""tornado.httpserver: HTTP/1.1 served natively (`_tornado.serve_http`);
each complete request becomes an `HTTPServerRequest` for the callback
(usually a `web.Application`)."""

import zlib

import _tornado
from tornado import httputil, netutil, routing
from tornado.log import gen_log
from tornado.tcpserver import TCPServer


class HTTPServer(TCPServer):
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

    def add_sockets(self, sockets):
        if self.ssl_options is not None:
            # HTTPS: TCPServer accepts TLS connections in Python and
            # tornado._https serves HTTP/1.1 over them.
            TCPServer.add_sockets(self, sockets)
            return
        for sock in sockets:
            _tornado.serve_http(self._listener_for(sock), self._handle_request, **self._options)

    def _serve_tls_stream(self, stream, address):
        from tornado import _https

        _https.serve(self, stream, address)

    async def close_all_connections(self):
        pass

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
