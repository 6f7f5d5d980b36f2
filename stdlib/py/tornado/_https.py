"""HTTP/1.1 over TLS streams, for whirl's Tornado.

whirl's HTTP server is native and speaks plain TCP. With TLS
(`HTTPServer(ssl_options=...)`) the connection is an `SSLIOStream`
instead, and `serve(server, stream, address)` speaks HTTP/1.1 over it in
Python: it reads requests from the TLS connection and hands each to the
HTTPServer as its native side would (`server._handle_request(connection,
method, uri, version, headers, body)`), with a connection object that has
the native one's methods (`write_headers`, `write`, `finish`,
`set_close_callback`, `close`).

The client (tornado.simple_httpclient) takes its TLS context from
`_client_ssl_context`; the plain HTTP server never comes here.
"""

import re

from tornado import gen, httputil
from tornado.concurrent import Future
from tornado.escape import native_str
from tornado.ioloop import IOLoop
from tornado.iostream import StreamClosedError
from tornado.log import gen_log

_HEAD_END = re.compile(b"\r?\n\r?\n")
_BODYLESS = (204, 304)


def _latin1(text):
    return text.encode("latin1")


def _check_header_text(text):
    if "\r" in text or "\n" in text:
        raise ValueError("Illegal characters (CR or LF) in header: %r" % (_latin1(text),))


def _header_pairs(headers):
    """(name, value) pairs from a dict of values or lists of values, or
    from a list of pairs (as the native connection takes them)."""
    if headers is None:
        return []
    if isinstance(headers, dict):
        pairs = []
        for name, value in headers.items():
            if isinstance(value, list):
                pairs.extend((name, v) for v in value)
            else:
                pairs.append((name, value))
        return pairs
    return list(headers)


def _text(value):
    if isinstance(value, bytes):
        return value.decode("latin1")
    return str(value)


class _TLSConnection:
    """One request's side of a TLS HTTP/1.1 connection, with the methods
    the native connection object has."""

    protocol = "https"
    detached = False

    def __init__(self, stream, address, no_keep_alive):
        self.stream = stream
        self.remote_ip = address[0] if isinstance(address, tuple) and address else None
        self._no_keep_alive = no_keep_alive
        self._close_callback = None
        stream.set_close_callback(self._on_close)

    def _start(self, version, method, request_headers):
        self._http11 = version == "HTTP/1.1"
        self._head = method == "HEAD"
        connection = request_headers.get("Connection", "").lower()
        if self._no_keep_alive:
            self.keep_alive = False
        elif self._http11:
            self.keep_alive = connection != "close"
        else:
            self.keep_alive = connection == "keep-alive"
        self._headers_sent = False
        self._chunked = False
        self._finished = False
        self.done = Future()

    def _on_close(self):
        cb, self._close_callback = self._close_callback, None
        if cb is not None:
            cb()
        done = getattr(self, "done", None)
        if done is not None and not done.done():
            done.set_result(None)

    def set_close_callback(self, callback):
        self._close_callback = callback
        if callback is not None and self.stream.closed():
            IOLoop.current().add_callback(self._on_close)

    def write_headers(self, code, reason, headers, chunk=None, finishing=False):
        if self._headers_sent:
            raise RuntimeError("headers already written")
        _check_header_text(reason or "")
        pairs = [(_text(k), _text(v)) for k, v in _header_pairs(headers)]
        for k, v in pairs:
            _check_header_text(k + ": " + v)
        self._headers_sent = True
        names = {k.lower(): v for k, v in pairs}
        bodyless = 100 <= code < 200 or code in _BODYLESS
        has_length = "content-length" in names
        has_encoding = "transfer-encoding" in names
        self._chunked = (self._http11 and not has_length and not has_encoding
                         and not finishing and not bodyless)
        if not self._http11 and not has_length and not finishing:
            self.keep_alive = False
        if names.get("connection", "").lower() == "close":
            self.keep_alive = False
        lines = ["HTTP/1.1 %d %s" % (code, reason or "")]
        lines.extend("%s: %s" % kv for kv in pairs)
        chunk = chunk or b""
        if finishing and not has_length and not has_encoding and not bodyless:
            lines.append("Content-Length: %d" % len(chunk))
        if self._chunked:
            lines.append("Transfer-Encoding: chunked")
        if "connection" not in names:
            if self._http11 and not self.keep_alive:
                lines.append("Connection: close")
            elif not self._http11 and self.keep_alive:
                lines.append("Connection: Keep-Alive")
        data = _latin1("\r\n".join(lines) + "\r\n\r\n")
        self._send(data)
        self.write(chunk)
        if finishing:
            self.finish()

    def _send(self, data):
        if not self.stream.closed():
            try:
                self.stream.write(data)
            except StreamClosedError:
                pass

    def write(self, chunk):
        if self._head or not chunk:
            return None
        if isinstance(chunk, str):
            chunk = chunk.encode("utf-8")
        if self._chunked:
            self._send(b"%x\r\n" % len(chunk) + bytes(chunk) + b"\r\n")
        else:
            self._send(chunk)
        return None

    def finish(self):
        if self._finished:
            return
        self._finished = True
        if self._chunked and not self._head:
            self._send(b"0\r\n\r\n")
        self._close_callback = None
        if not self.done.done():
            self.done.set_result(None)

    def close(self):
        self.stream.close()

    def detach(self):
        """The TLS stream itself, no longer the server's."""
        self.detached = True
        self.stream.set_close_callback(None)
        if not self.done.done():
            self.done.set_result(None)
        return self.stream


async def _read_chunked(stream, limit):
    body = bytearray()
    while True:
        line = await stream.read_until(b"\r\n", max_bytes=64)
        size = int(line.split(b";", 1)[0].strip(), 16)
        if size == 0:
            # Trailers, up to the empty line.
            while (await stream.read_until(b"\r\n", max_bytes=65536)) != b"\r\n":
                pass
            return bytes(body)
        if len(body) + size > limit:
            raise httputil.HTTPInputError("chunked body too large")
        body += await stream.read_bytes(size + 2)
        del body[-2:]


def _bad_request(stream):
    stream.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    stream.close()


async def _serve(server, stream, address):
    options = server._options
    max_header = options.get("max_header_size") or 65536
    max_body = server._max_body_size
    conn = _TLSConnection(stream, address, options.get("no_keep_alive"))
    while not stream.closed():
        try:
            head = await stream.read_until_regex(_HEAD_END, max_bytes=max_header)
        except StreamClosedError:
            return
        text = native_str(head.decode("latin1")).lstrip("\r\n")
        if not text.strip():
            continue
        first, _, rest = text.partition("\n")
        try:
            method, uri, version = first.rstrip("\r").split(" ")
            if not version.startswith("HTTP/"):
                raise ValueError(version)
            headers = httputil.HTTPHeaders.parse(rest)
        except ValueError as e:
            gen_log.info("Malformed HTTP message from %s: %s", conn.remote_ip, e)
            _bad_request(stream)
            return
        try:
            body = b""
            if headers.get("Expect", "").lower() == "100-continue" and version == "HTTP/1.1":
                stream.write(b"HTTP/1.1 100 (Continue)\r\n\r\n")
            if "Content-Length" in headers:
                if "Transfer-Encoding" in headers:
                    raise httputil.HTTPInputError(
                        "Message with both Transfer-Encoding and Content-Length")
                length = headers["Content-Length"]
                if not length.isdigit():
                    raise httputil.HTTPInputError("Only integer Content-Length is allowed: %s" % length)
                length = int(length)
                if length > max_body:
                    raise httputil.HTTPInputError("Content-Length too long")
                if length:
                    body = await stream.read_bytes(length)
            elif headers.get("Transfer-Encoding", "").lower() == "chunked":
                body = await _read_chunked(stream, max_body)
        except StreamClosedError:
            return
        except (httputil.HTTPInputError, ValueError) as e:
            gen_log.info("Malformed HTTP message from %s: %s", conn.remote_ip, e)
            _bad_request(stream)
            return
        conn._start(version, method, headers)
        result = server._handle_request(conn, method, uri, version, headers._as_list, body)
        if result == 400:
            _bad_request(stream)
            return
        await conn.done
        if conn.detached:
            return
        if not conn.keep_alive or stream.closed():
            stream.close()
            return


def serve(server, stream, address):
    """Serves the HTTP/1.1 requests of a TLS connection to `server` (an
    HTTPServer) until either end closes it."""
    future = gen.convert_yielded(_serve(server, stream, address))
    IOLoop.current().add_future(future, lambda f: f.result())


# ----- the client side -------------------------------------------------------


def _client_ssl_context(validate_cert, ca_certs, client_cert, client_key, ssl_options):
    """The TLS context of an https:// fetch, from the request's options."""
    import ssl

    if ssl_options is not None:
        from tornado.netutil import ssl_options_to_context

        return ssl_options_to_context(ssl_options, server_side=False)
    if validate_cert and ca_certs is None and client_cert is None:
        from tornado.netutil import _ssl_default

        return _ssl_default(False)
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ca_certs)
    if not validate_cert:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    if client_cert is not None:
        ctx.load_cert_chain(client_cert, client_key)
    return ctx
