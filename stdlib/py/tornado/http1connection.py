"""tornado.http1connection: HTTP/1.x over an IOStream, written in Python.

whirl's HTTP server normally parses requests natively
(`stdlib/src/tornado/http/server.rs`) and never comes here. This module is
Tornado's `HTTP1Connection` API for everything else:

- programs (and Tornado's tests) that build an `HTTP1Connection` on an
  IOStream of their own and call `read_response(delegate)`;
- the HTTP server when an application needs to act between a request's
  head and its body (`@stream_request_body` handlers whose `prepare` sets
  `set_max_body_size`/`set_body_timeout`, a `body_timeout` option): then
  `tornado.httpserver` serves each connection with `HTTP1ServerConnection`.

A connection reads one message at a time: the head (start line and
headers) goes to the delegate's `headers_received`, whose awaitable is
waited for before any of the body is read (this is what lets `prepare`
change the limits), then the body in pieces to `data_received` (each
awaitable waited for: flow control), then `finish`.
"""

import re

from tornado import gen, httputil, iostream
from tornado.concurrent import Future, future_set_result_unless_cancelled
from tornado.escape import native_str, utf8
from tornado.log import app_log, gen_log

# How many informational (1xx) responses a client reads before the real one.
_MAX_1XX_RESPONSES = 10

# The longest chunk-size line read from a chunked body (CRLF included).
_MAX_CHUNK_SIZE_LINE = 64

_DIGITS = re.compile(r"[0-9]+")
_HEX_DIGITS = re.compile(r"[0-9a-fA-F]+")
_HEAD_END = re.compile(b"\r?\n\r?\n")
_CONTENT_LENGTH_SPLIT = re.compile(r",[ \t]*")


class _QuietException(Exception):
    """Raised once a delegate's exception has been logged: it only unwinds."""


class _ExceptionLoggingContext:
    """Logs an exception escaping a delegate callback on `logger`, then
    replaces it with `_QuietException` so that it is not logged twice."""

    def __init__(self, logger):
        self.logger = logger

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        if value is not None and not isinstance(value, (_QuietException, httputil.HTTPInputError)):
            self.logger.error("Uncaught exception", exc_info=(typ, value, tb))
            raise _QuietException
        return False


class HTTP1ConnectionParameters:
    """The knobs of an `HTTP1Connection` (None means the default)."""

    def __init__(self, no_keep_alive=False, chunk_size=None, max_header_size=None,
                 header_timeout=None, max_body_size=None, body_timeout=None,
                 decompress=False):
        self.no_keep_alive = no_keep_alive
        self.chunk_size = chunk_size or 65536
        self.max_header_size = max_header_size or 65536
        self.header_timeout = header_timeout
        self.max_body_size = max_body_size
        self.body_timeout = body_timeout
        self.decompress = decompress


def _done(value=None):
    f = Future()
    f.set_result(value)
    return f


def _retrieve(future):
    # A write future nobody waits for must not log "never retrieved".
    future.add_done_callback(lambda f: f.cancelled() or f.exception())


def _parse_content_length(text):
    if not _DIGITS.fullmatch(text):
        raise httputil.HTTPInputError("Only integer Content-Length is allowed: %s" % text)
    return int(text)


class HTTP1Connection(httputil.HTTPConnection):
    """One HTTP/1.x connection over `stream`; `is_client` says which side
    this end is. A server reads requests and writes responses; a client
    writes requests and reads responses."""

    def __init__(self, stream, is_client, params=None, context=None):
        self.is_client = is_client
        self.stream = stream
        if params is None:
            params = HTTP1ConnectionParameters()
        self.params = params
        self.context = context
        self.no_keep_alive = params.no_keep_alive
        if params.max_body_size is not None:
            self._max_body_size = params.max_body_size
        else:
            self._max_body_size = getattr(stream, "max_buffer_size", None) or 100 * 1024 * 1024
        self._body_timeout = params.body_timeout
        self._write_finished = False
        self._read_finished = False
        self._disconnect_on_finish = False
        self._finish_future = Future()
        self._request_start_line = None
        self._response_start_line = None
        self._request_headers = None
        self._chunking_output = False
        self._expected_content_remaining = None
        self._pending_write = None
        self._close_callback = None
        self._responses_1xx = 0
        stream.set_close_callback(self._on_connection_close)

    # ----- what HTTPServerRequest and handlers read -----

    @property
    def remote_ip(self):
        return getattr(self.context, "remote_ip", None)

    @property
    def protocol(self):
        return getattr(self.context, "protocol", "http")

    # ----- reading -----

    def read_response(self, delegate):
        """Reads one message (a response on a client, a request on a
        server) into `delegate`; an awaitable of whether the connection may
        carry another."""
        if self.params.decompress:
            delegate = _GzipMessageDelegate(delegate, self.params.chunk_size, self)
        return self._read_message(delegate)

    async def _read_head(self):
        stream = self.stream
        limit = self.params.max_header_size
        if not isinstance(stream, iostream._NativeIOStream):
            return await stream.read_until_regex(_HEAD_END, max_bytes=limit)
        # The server's native streams read lines: the head ends at the
        # first empty line after a non-empty one (CRLF or a bare LF).
        data = b""
        seen_text = False
        while True:
            line = await stream.read_until(b"\n", max_bytes=limit - len(data))
            data += line
            if line in (b"\n", b"\r\n"):
                if seen_text or len(data) > 2:
                    return data
            else:
                seen_text = True
            if len(data) >= limit:
                raise iostream.UnsatisfiableReadError("head too large")

    async def _read_message(self, delegate):
        delegate_open = False
        try:
            head = self._read_head()
            if self.params.header_timeout is None:
                head = await head
            else:
                try:
                    head = await gen.with_timeout(
                        self.stream.io_loop.time() + self.params.header_timeout, head,
                        quiet_exceptions=iostream.StreamClosedError)
                except gen.TimeoutError:
                    self.close()
                    return False
            # From here on the delegate hears of the connection closing (on
            # a server, once the head has parsed).
            delegate_open = self.is_client
            start_line, headers = self._parse_headers(head)
            if self.is_client:
                start_line = httputil.parse_response_start_line(start_line)
                self._response_start_line = start_line
            else:
                start_line = httputil.parse_request_start_line(start_line)
                self._request_start_line = start_line
                self._request_headers = headers
                self._check_request_head(start_line, headers)
            self._disconnect_on_finish = not self._can_keep_alive(start_line, headers)
            delegate_open = True
            with _ExceptionLoggingContext(app_log):
                waiting = delegate.headers_received(start_line, headers)
                if waiting is not None:
                    await waiting
            if self.stream is None:
                # Detached by the delegate (a protocol upgrade).
                delegate_open = False
                return False
            skip_body = False
            if self.is_client:
                code = start_line.code
                if self._request_start_line is not None and self._request_start_line.method == "HEAD":
                    skip_body = True
                if code == 304:
                    skip_body = True
                if 100 <= code < 200:
                    if "Content-Length" in headers or "Transfer-Encoding" in headers:
                        raise httputil.HTTPInputError(
                            "Response code %d cannot have body" % code)
                    self._responses_1xx += 1
                    if self._responses_1xx > _MAX_1XX_RESPONSES:
                        raise httputil.HTTPInputError("Too many 1xx responses")
                    # The real response follows: read it with the same
                    # delegate, and leave the rest to that read.
                    delegate_open = False
                    return await self._read_message(delegate)
            elif (headers.get("Expect") == "100-continue" and not self._write_finished
                  and start_line.version == "HTTP/1.1"):
                self.stream.write(b"HTTP/1.1 100 (Continue)\r\n\r\n")
            if not skip_body:
                body = self._read_body(start_line.code if self.is_client else 0, headers,
                                       delegate)
                if body is not None:
                    if self._body_timeout is None:
                        await body
                    else:
                        try:
                            await gen.with_timeout(
                                self.stream.io_loop.time() + self._body_timeout, body,
                                quiet_exceptions=iostream.StreamClosedError)
                        except gen.TimeoutError:
                            gen_log.info("Timeout reading body from %s", self.context)
                            self.stream.close()
                            return False
            self._read_finished = True
            if not self._write_finished or self.is_client:
                with _ExceptionLoggingContext(app_log):
                    delegate.finish()
                delegate_open = False
            if (not self._finish_future.done() and self.stream is not None
                    and not self.stream.closed()):
                # A server answers before it reads the next request.
                self.stream.set_close_callback(self._on_connection_close)
                await self._finish_future
            if self.is_client and self._disconnect_on_finish:
                self.close()
            if self.stream is None:
                return False
        except httputil.HTTPInputError as e:
            gen_log.info("Malformed HTTP message from %s: %s", self.context, e)
            if not self.is_client and self.stream is not None and not self.stream.closed():
                try:
                    await self.stream.write(b"HTTP/1.1 400 Bad Request\r\n\r\n")
                except iostream.StreamClosedError:
                    pass
            self.close()
            return False
        except _QuietException:
            self.close()
            return False
        finally:
            if delegate_open:
                delegate_open = False
                try:
                    with _ExceptionLoggingContext(app_log):
                        delegate.on_connection_close()
                except _QuietException:
                    pass
            self._close_callback = None
        return True

    def _parse_headers(self, data):
        text = data.decode("latin1").lstrip("\r\n")
        eol = text.find("\n")
        start_line = text[:eol].rstrip("\r") if eol >= 0 else text
        try:
            headers = httputil.HTTPHeaders.parse(text[eol:] if eol >= 0 else "")
        except ValueError as e:
            raise httputil.HTTPInputError("Malformed HTTP headers: %s" % e)
        return start_line, headers

    def _check_request_head(self, start_line, headers):
        hosts = headers.get_list("Host")
        if not hosts:
            if start_line.version != "HTTP/1.0":
                raise httputil.HTTPInputError("Missing Host header")
        elif len(hosts) > 1:
            raise httputil.HTTPInputError("Multiple host headers not allowed: %r"
                                          % ",".join(hosts))
        elif not re.fullmatch(r"[^\x00-\x20\x7f/?#@\\]*", hosts[0]):
            raise httputil.HTTPInputError("Invalid Host header: %r" % hosts[0])

    def _can_keep_alive(self, start_line, headers):
        if self.params.no_keep_alive:
            return False
        connection = headers.get("Connection")
        if connection is not None:
            connection = connection.lower()
        if start_line.version == "HTTP/1.1":
            return connection != "close"
        if ("Content-Length" in headers or "Transfer-Encoding" in headers
                or getattr(start_line, "method", None) in ("HEAD", "GET")):
            return connection == "keep-alive"
        return False

    def _read_body(self, code, headers, delegate):
        content_length = None
        if "Content-Length" in headers:
            if "Transfer-Encoding" in headers:
                raise httputil.HTTPInputError(
                    "Message with both Transfer-Encoding and Content-Length")
            text = headers["Content-Length"]
            if "," in text:
                pieces = _CONTENT_LENGTH_SPLIT.split(text)
                if any(p != pieces[0] for p in pieces):
                    raise httputil.HTTPInputError("Multiple unequal Content-Lengths: %r" % text)
                headers["Content-Length"] = text = pieces[0]
            content_length = _parse_content_length(text)
            if content_length > self._max_body_size:
                raise httputil.HTTPInputError("Content-Length too long")
        chunked = False
        if "Transfer-Encoding" in headers:
            encoding = headers["Transfer-Encoding"]
            if encoding.lower() != "chunked":
                raise httputil.HTTPInputError("Unsupported Transfer-Encoding %s" % encoding)
            chunked = True
        if code == 204:
            if chunked or content_length not in (None, 0):
                raise httputil.HTTPInputError(
                    "Response with code %d should not have body" % code)
            content_length = 0
        if chunked:
            return self._read_chunked_body(delegate)
        if content_length is not None:
            return self._read_fixed_body(content_length, delegate)
        if self.is_client:
            return self._read_body_until_close(delegate)
        return None

    async def _deliver(self, delegate, chunk):
        if self._write_finished and not self.is_client:
            # The response is out: the rest of the request goes nowhere.
            return
        with _ExceptionLoggingContext(app_log):
            waiting = delegate.data_received(chunk)
            if waiting is not None:
                await waiting

    async def _read_fixed_body(self, remaining, delegate):
        while remaining > 0:
            chunk = await self.stream.read_bytes(min(self.params.chunk_size, remaining),
                                                 partial=True)
            remaining -= len(chunk)
            await self._deliver(delegate, chunk)

    async def _read_chunked_body(self, delegate):
        # Small chunks that have already arrived together are handed over
        # together (up to chunk_size): what is pending goes out once the
        # next read would wait for the network.
        total = 0
        pending = []
        pending_size = 0
        chunks = 0
        while True:
            next_line = self.stream.read_until(b"\r\n", max_bytes=_MAX_CHUNK_SIZE_LINE)
            if pending_size and not next_line.done():
                await self._deliver(delegate, b"".join(pending))
                pending = []
                pending_size = 0
            line = await next_line
            text = line[:-2].strip(b" \t").decode("latin1")
            if not _HEX_DIGITS.fullmatch(text):
                raise httputil.HTTPInputError("invalid chunk size")
            size = int(text, 16)
            if size == 0:
                trailer = await self.stream.read_bytes(2)
                if trailer != b"\r\n":
                    raise httputil.HTTPInputError(
                        "improperly terminated chunked request")
                break
            total += size
            if total > self._max_body_size:
                raise httputil.HTTPInputError("chunked body too large")
            left = size
            while left:
                piece = await self.stream.read_bytes(min(left, self.params.chunk_size),
                                                     partial=True)
                left -= len(piece)
                pending.append(piece)
                pending_size += len(piece)
                if pending_size >= self.params.chunk_size:
                    await self._deliver(delegate, b"".join(pending))
                    pending = []
                    pending_size = 0
            end = await self.stream.read_bytes(2)
            if end != b"\r\n":
                raise httputil.HTTPInputError("improperly terminated chunk")
            chunks += 1
            if chunks % 64 == 0:
                # Many small chunks already buffered: let the loop run
                # between them now and then.
                await gen.sleep(0)
        if pending_size:
            await self._deliver(delegate, b"".join(pending))

    async def _read_body_until_close(self, delegate):
        # Piece by piece: the body may outgrow the stream's buffer, but not
        # the body limit.
        total = 0
        while True:
            try:
                chunk = await self.stream.read_bytes(self.params.chunk_size, partial=True)
            except iostream.StreamClosedError:
                return
            total += len(chunk)
            if total > self._max_body_size:
                raise httputil.HTTPInputError("Body too long")
            await self._deliver(delegate, chunk)

    # ----- writing -----

    def set_close_callback(self, callback):
        """`callback()` runs when the connection closes before the current
        message is finished."""
        self._close_callback = callback

    def _on_connection_close(self):
        callback = self._close_callback
        if callback is not None:
            self._close_callback = None
            callback()
        if not self._finish_future.done():
            future_set_result_unless_cancelled(self._finish_future, None)
        self._close_callback = None

    def close(self):
        if self.stream is not None:
            self.stream.close()
        self._close_callback = None
        if not self._finish_future.done():
            future_set_result_unless_cancelled(self._finish_future, None)

    def detach(self):
        """Takes the IOStream away from HTTP (a protocol upgrade)."""
        self._close_callback = None
        stream = self.stream
        self.stream = None
        if not self._finish_future.done():
            future_set_result_unless_cancelled(self._finish_future, None)
        return stream

    def set_body_timeout(self, timeout):
        """Overrides the body timeout for the message being read."""
        self._body_timeout = timeout

    def set_max_body_size(self, max_body_size):
        """Overrides the body size limit for the message being read."""
        self._max_body_size = max_body_size

    def write_headers(self, start_line, headers, chunk=None, *native):
        """Writes the head of a message (and the first of its body).

        `RequestHandler` calls it the way it calls the native server's
        connection, `write_headers(code, reason, headers, chunk,
        finishing)`, with headers as pairs or HTTPHeaders' own dict."""
        if isinstance(start_line, int):
            return self._write_response(start_line, headers, chunk, *native)
        lines = []
        if self.is_client:
            self._request_start_line = start_line
            lines.append(utf8("%s %s HTTP/1.1" % (start_line[0], start_line[1])))
            self._chunking_output = (
                start_line.method in ("POST", "PUT", "PATCH")
                and "Content-Length" not in headers
                and "Transfer-Encoding" not in headers)
        else:
            self._response_start_line = start_line
            lines.append(utf8("HTTP/1.1 %d %s" % (start_line[1], start_line[2])))
            request = self._request_start_line
            code = start_line.code
            self._chunking_output = (
                request is not None and request.version == "HTTP/1.1"
                and request.method != "HEAD"
                and code not in (204, 304) and not 100 <= code < 200
                and "Content-Length" not in headers
                and "Transfer-Encoding" not in headers)
            if request is not None and request.version == "HTTP/1.1" and self._disconnect_on_finish:
                headers["Connection"] = "close"
            if (request is not None and request.version == "HTTP/1.0"
                    and self._request_headers is not None
                    and self._request_headers.get("Connection", "").lower() == "keep-alive"):
                headers["Connection"] = "Keep-Alive"
        if self._chunking_output:
            headers["Transfer-Encoding"] = "chunked"
        if not self.is_client and (
                (self._request_start_line is not None and self._request_start_line.method == "HEAD")
                or start_line[1] == 304):
            self._expected_content_remaining = 0
        elif "Content-Length" in headers:
            self._expected_content_remaining = _parse_content_length_out(headers["Content-Length"])
        else:
            self._expected_content_remaining = None
        for name, value in headers.get_all():
            if self.is_client:
                # A request's head goes out in Latin-1, as Tornado's
                # (bytes values being UTF-8 text).
                line = ("%s: %s" % (native_str(name), native_str(value))).encode("latin1")
            elif not isinstance(value, int):
                line = utf8(name) + b": " + utf8(value)
            else:
                line = utf8(name) + b": " + utf8(str(value))
            if b"\n" in line or b"\r" in line:
                raise ValueError("Illegal characters (CR or LF) in header: %r" % line)
            lines.append(line)
        if self.stream is None or self.stream.closed():
            future = Future()
            future.set_exception(iostream.StreamClosedError())
            _retrieve(future)
            return future
        data = b"\r\n".join(lines) + b"\r\n\r\n"
        if chunk:
            data += self._format_chunk(chunk)
        return self._write_out(data)

    def _write_response(self, code, reason, pairs, chunk=None, finishing=False):
        headers = httputil.HTTPHeaders()
        if isinstance(pairs, dict):
            for name, values in pairs.items():
                for value in (values if isinstance(values, list) else [values]):
                    headers.add(name, str(value) if isinstance(value, int) else value)
        else:
            for name, value in pairs or ():
                headers.add(name, str(value) if isinstance(value, int) else value)
        if (self._request_start_line is not None and self._request_start_line.method == "HEAD"):
            chunk = b""
        result = self.write_headers(httputil.ResponseStartLine("HTTP/1.1", code, reason),
                                    headers, chunk)
        if finishing:
            self.finish()
        return result

    def _write_out(self, data):
        future = self.stream.write(data)
        self._pending_write = future
        _retrieve(future)
        return future

    def _format_chunk(self, chunk):
        if self._expected_content_remaining is not None:
            self._expected_content_remaining -= len(chunk)
            if self._expected_content_remaining < 0:
                self.stream.close()
                raise httputil.HTTPOutputError("Tried to write more data than Content-Length")
        if self._chunking_output and chunk:
            return utf8("%x" % len(chunk)) + b"\r\n" + chunk + b"\r\n"
        return chunk

    def write(self, chunk):
        """Writes more of the body; a future done once it is written."""
        if self.stream is None or self.stream.closed():
            future = Future()
            future.set_exception(iostream.StreamClosedError())
            _retrieve(future)
            return future
        return self._write_out(self._format_chunk(utf8(chunk)))

    def finish(self):
        """Ends the message being written."""
        remaining = self._expected_content_remaining
        if remaining is not None and remaining != 0 and self.stream is not None \
                and not self.stream.closed():
            self.stream.close()
            raise httputil.HTTPOutputError(
                "Tried to write %d bytes less than Content-Length" % remaining)
        if self._chunking_output and self.stream is not None and not self.stream.closed():
            self._write_out(b"0\r\n\r\n")
        self._write_finished = True
        if not self._read_finished:
            # The response went out before the request was read to its end:
            # the rest of it cannot be told from a next request.
            self._disconnect_on_finish = True
        if self.stream is not None and not self.stream.closed():
            self.stream.set_nodelay(True)
        pending = self._pending_write
        if pending is None or pending.done():
            self._finish_request()
        else:
            pending.add_done_callback(lambda f: self._finish_request())

    def _finish_request(self):
        self._close_callback = None
        if not self.is_client and self._disconnect_on_finish:
            self.close()
            return
        if self.stream is not None and not self.stream.closed():
            self.stream.set_nodelay(False)
        if not self._finish_future.done():
            future_set_result_unless_cancelled(self._finish_future, None)


def _parse_content_length_out(value):
    value = str(value)
    if not _DIGITS.fullmatch(value):
        raise httputil.HTTPOutputError("Only integer Content-Length is allowed: %s" % value)
    return int(value)


class _GzipMessageDelegate(httputil.HTTPMessageDelegate):
    """Inflates a gzip-encoded body (each member of a concatenated one) on
    its way to the delegate, in pieces of at most chunk_size; the inflated
    size counts against the connection's body limit."""

    def __init__(self, delegate, chunk_size, connection):
        self._delegate = delegate
        self._chunk_size = chunk_size
        self._connection = connection
        self._gzip = False
        # The current member's inflater; None between members.
        self._inflater = None
        self._size = 0

    def headers_received(self, start_line, headers):
        encoding = headers.get("Content-Encoding")
        if encoding is not None and encoding.lower() == "gzip":
            self._gzip = True
            headers.add("X-Consumed-Content-Encoding", headers["Content-Encoding"])
            del headers["Content-Encoding"]
        return self._delegate.headers_received(start_line, headers)

    async def data_received(self, chunk):
        if not self._gzip:
            waiting = self._delegate.data_received(chunk)
            if waiting is not None:
                await waiting
            return
        import zlib

        data = bytes(chunk)
        while data:
            if self._inflater is None:
                if data[:2] != b"\x1f\x8b"[:len(data[:2])]:
                    raise httputil.HTTPInputError(
                        "invalid gzip data: expected a gzip member, got %r" % data[:2])
                self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                out = self._inflater.decompress(data, self._chunk_size)
            except zlib.error as e:
                raise httputil.HTTPInputError("invalid gzip data: %s" % e)
            if out:
                self._size += len(out)
                if self._size > self._connection._max_body_size:
                    raise httputil.HTTPInputError("decompressed body too large")
                waiting = self._delegate.data_received(out)
                if waiting is not None:
                    await waiting
            if self._inflater.eof:
                data = self._inflater.unused_data
                self._inflater = None
            else:
                data = self._inflater.unconsumed_tail

    def finish(self):
        if self._inflater is not None:
            tail = self._inflater.flush()
            if tail:
                self._delegate.data_received(tail)
            if not self._inflater.eof:
                raise httputil.HTTPInputError(
                    "invalid gzip data: incomplete or truncated gzip stream")
        return self._delegate.finish()

    def on_connection_close(self):
        return self._delegate.on_connection_close()


class HTTP1ServerConnection:
    """Serves the requests arriving on one stream, one after another."""

    def __init__(self, stream, params=None, context=None):
        self.stream = stream
        self.params = params or HTTP1ConnectionParameters()
        self.context = context
        self._serving_future = None

    async def close(self):
        """Closes the stream and waits for the request loop to end."""
        self.stream.close()
        if self._serving_future is not None:
            try:
                await self._serving_future
            except Exception:
                pass

    def start_serving(self, delegate):
        """Serves requests to `delegate`, an HTTPServerConnectionDelegate."""
        self._serving_future = gen.convert_yielded(self._server_request_loop(delegate))
        self.stream.io_loop.add_future(self._serving_future, lambda f: f.result())

    async def _server_request_loop(self, delegate):
        try:
            while True:
                conn = HTTP1Connection(self.stream, False, self.params, self.context)
                request_delegate = delegate.start_request(self, conn)
                try:
                    keep_going = await conn.read_response(request_delegate)
                except (iostream.StreamClosedError, iostream.UnsatisfiableReadError):
                    return
                except _QuietException:
                    conn.close()
                    return
                except Exception:
                    gen_log.error("Uncaught exception", exc_info=True)
                    conn.close()
                    return
                if not keep_going:
                    return
                await gen.sleep(0)
        finally:
            delegate.on_close(self)
