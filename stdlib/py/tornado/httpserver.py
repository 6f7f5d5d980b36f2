"""tornado.httpserver: HTTP/1.1 served natively (`_tornado.serve_http`);
each complete request becomes an `HTTPServerRequest` for the callback
(usually a `web.Application`)."""

import _tornado
from tornado import httputil, netutil
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
        if ssl_options is not None:
            raise NotImplementedError("HTTPS (ssl_options) is not supported by whirl")
        TCPServer.__init__(self, max_buffer_size=max_buffer_size)
        self.request_callback = request_callback
        self.xheaders = xheaders
        self._trusted_downstream = set(trusted_downstream or [])
        self.protocol = protocol
        self._options = {
            "no_keep_alive": no_keep_alive,
            "max_header_size": max_header_size,
            "max_body_size": max_body_size if max_body_size is not None else max_buffer_size,
            "idle_connection_timeout": idle_connection_timeout,
        }

    def add_sockets(self, sockets):
        for sock in sockets:
            _tornado.serve_http(self._listener_for(sock), self._handle_request, **self._options)

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
        if self.xheaders:
            self._apply_xheaders(request)
        request._parse_body()
        self.request_callback(request)

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
