"""tornado.websocket: the WebSocket protocol (RFC 6455) for servers
(`WebSocketHandler`) and clients (`websocket_connect`), with
permessage-deflate (RFC 7692).

The server side answers the upgrade request, then takes the connection
away from the native HTTP server (`connection.detach()` gives its socket
as an IOStream) and speaks frames over it; the client side connects with
TCPClient and does the handshake itself. Both ends share
`WebSocketProtocol13`, which reads frames in one coroutine per connection
and writes them through the IOStream."""

import asyncio
import base64
import hashlib
import os
import struct
import time
import zlib
from urllib.parse import urlsplit

from tornado import gen, httputil
from tornado.concurrent import Future, future_set_result_unless_cancelled
from tornado.escape import native_str, to_unicode, utf8
from tornado.httpclient import HTTPClientError, HTTPRequest, HTTPResponse
from tornado.ioloop import IOLoop
from tornado.iostream import IOStream, StreamClosedError
from tornado.log import app_log, gen_log
from tornado.tcpclient import TCPClient
from tornado.util import _websocket_mask
from tornado.web import RequestHandler

_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
_DEFAULT_MAX_MESSAGE_SIZE = 10 * 1024 * 1024

_OP_CONTINUATION = 0x0
_OP_TEXT = 0x1
_OP_BINARY = 0x2
_OP_CLOSE = 0x8
_OP_PING = 0x9
_OP_PONG = 0xA

_FIN = 0x80
_RSV1 = 0x40
_RSV_MASK = 0x70
_OPCODE_MASK = 0x0F
_MASK_BIT = 0x80
_LENGTH_MASK = 0x7F

# Frames read back to back from the buffer before the reader yields to the
# loop, so that a flood of small frames does not starve other callbacks.
_FRAMES_PER_TURN = 64


class WebSocketError(Exception):
    pass


class WebSocketClosedError(WebSocketError):
    """Raised by operations on a closed connection."""


class _DecompressTooLargeError(Exception):
    pass


def _accept_key(key):
    """The Sec-WebSocket-Accept value answering Sec-WebSocket-Key `key`."""
    digest = hashlib.sha1(utf8(key) + _GUID).digest()
    return native_str(base64.b64encode(digest))


def _parse_extensions(header):
    """`Sec-WebSocket-Extensions` as [(name, {param: value or None})]."""
    result = []
    for item in header.split(","):
        parts = [p.strip() for p in item.split(";")]
        if not parts[0]:
            continue
        params = {}
        for p in parts[1:]:
            if not p:
                continue
            if "=" in p:
                k, v = p.split("=", 1)
                params[k.strip()] = v.strip().strip('"')
            else:
                params[p] = None
        result.append((parts[0], params))
    return result


# ----- permessage-deflate -----

_DEFLATE_PARAMS = (
    "server_no_context_takeover",
    "client_no_context_takeover",
    "server_max_window_bits",
    "client_max_window_bits",
)


class _Compressor:
    """Deflates outgoing messages; with no context takeover, each message
    starts from a fresh window."""

    def __init__(self, persistent, max_wbits, compression_options=None):
        if max_wbits is None:
            max_wbits = zlib.MAX_WBITS
        if not (8 <= max_wbits <= zlib.MAX_WBITS):
            raise ValueError("Invalid max_wbits value %r; allowed range 8-%d" % (max_wbits, zlib.MAX_WBITS))
        self._max_wbits = max_wbits
        options = compression_options or {}
        self._level = options.get("compression_level", 6)
        self._mem_level = options.get("mem_level", 8)
        self._compressor = self._make() if persistent else None

    def _make(self):
        return zlib.compressobj(self._level, zlib.DEFLATED, -self._max_wbits, self._mem_level)

    def compress(self, data):
        compressor = self._compressor or self._make()
        data = compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH)
        assert data.endswith(b"\x00\x00\xff\xff")
        return data[:-4]


class _Decompressor:
    """Inflates incoming messages, never past `max_message_size`."""

    def __init__(self, persistent, max_wbits, max_message_size, compression_options=None):
        if max_wbits is None:
            max_wbits = zlib.MAX_WBITS
        if not (8 <= max_wbits <= zlib.MAX_WBITS):
            raise ValueError("Invalid max_wbits value %r; allowed range 8-%d" % (max_wbits, zlib.MAX_WBITS))
        self._max_wbits = max_wbits
        self._max_message_size = max_message_size
        self._decompressor = self._make() if persistent else None

    def _make(self):
        return zlib.decompressobj(-self._max_wbits)

    def decompress(self, data):
        decompressor = self._decompressor or self._make()
        limit = self._max_message_size
        # One byte past the limit tells a message that is too big.
        result = decompressor.decompress(data + b"\x00\x00\xff\xff", limit + 1)
        if len(result) > limit or decompressor.unconsumed_tail:
            raise _DecompressTooLargeError()
        return result


# ----- the protocol, both ends -----


class WebSocketProtocol:
    """The base of protocol implementations (only version 13 exists)."""


class WebSocketProtocol13(WebSocketProtocol):
    """RFC 6455 framing over an IOStream. `handler` is the WebSocketHandler
    (server) or WebSocketClientConnection (client); it gets
    `on_message`, `on_ping`, `on_pong` and `on_ws_connection_close`."""

    def __init__(self, handler, mask_outgoing, params):
        self.handler = handler
        self.params = params
        self.mask_outgoing = mask_outgoing
        self.stream = None
        self.client_terminated = False
        self.server_terminated = False
        self.close_code = None
        self.close_reason = None
        self._frame_opcode = None
        self._fragments = None
        self._fragmented_size = 0
        self._frame_compressed = False
        self._compressor = None
        self._decompressor = None
        self._compression_options = None
        self._message_bytes_in = 0
        self._message_bytes_out = 0
        self._wire_bytes_in = 0
        self._wire_bytes_out = 0
        self._waiting = None
        self._received_pong = False
        self._last_ping_time = 0.0
        self._ping_task = None
        self._pong_pending = False
        self._pong_next = None
        self._selected_subprotocol = None

    # -- settings --

    @property
    def ping_interval(self):
        interval = self.params.ping_interval
        return interval if interval is not None else 0

    @property
    def ping_timeout(self):
        timeout = self.params.ping_timeout
        if timeout is not None:
            if self.ping_interval and timeout > self.ping_interval:
                app_log.warning(
                    "The websocket_ping_timeout (%s) cannot be longer than the "
                    "websocket_ping_interval (%s). Setting websocket_ping_timeout=%s",
                    timeout, self.ping_interval, self.ping_interval)
                return self.ping_interval
            return timeout
        return self.ping_interval

    @property
    def max_message_size(self):
        size = self.params.max_message_size
        return size if size is not None else _DEFAULT_MAX_MESSAGE_SIZE

    @property
    def selected_subprotocol(self):
        return self._selected_subprotocol

    @selected_subprotocol.setter
    def selected_subprotocol(self, value):
        self._selected_subprotocol = value

    # -- the handshake, server side --

    def _handshake_error(self, handler, status, message, headers=()):
        handler.set_status(status)
        for k, v in headers:
            handler.set_header(k, v)
        handler.finish(message)

    def accept_connection(self, handler):
        """Answers the upgrade request with 101 and takes over the stream."""
        headers = handler.request.headers
        key = headers.get("Sec-WebSocket-Key")
        if not key:
            gen_log.debug("Malformed WebSocket request received", exc_info=True)
            self._handshake_error(handler, 400, "Missing/Invalid WebSocket headers")
            return False
        protocols = headers.get("Sec-WebSocket-Protocol")
        if protocols:
            subprotocols = [s.strip() for s in protocols.split(",")]
        else:
            subprotocols = []
        self.selected_subprotocol = handler.select_subprotocol(subprotocols)
        if self.selected_subprotocol:
            assert self.selected_subprotocol in subprotocols
            handler.set_header("Sec-WebSocket-Protocol", self.selected_subprotocol)
        for name, params in _parse_extensions(headers.get("Sec-WebSocket-Extensions", "")):
            if name == "permessage-deflate" and self._compression_options is not None:
                self._create_compressors("server", params)
                answer = ["permessage-deflate"]
                for p in ("client_max_window_bits",):
                    if p in params and params[p] is not None:
                        answer.append("%s=%s" % (p, params[p]))
                for p in ("server_no_context_takeover", "client_no_context_takeover"):
                    if p in params:
                        answer.append(p)
                handler.set_header("Sec-WebSocket-Extensions", "; ".join(answer))
                break
        handler.clear_header("Content-Type")
        handler.set_status(101)
        handler.set_header("Upgrade", "websocket")
        handler.set_header("Connection", "Upgrade")
        handler.set_header("Sec-WebSocket-Accept", _accept_key(key))
        head = ["HTTP/1.1 101 Switching Protocols\r\n"]
        for name, value in handler._header_pairs():
            head.append("%s: %s\r\n" % (name, value))
        head.append("\r\n")
        handler._headers_written = True
        handler._finished = True
        stream = handler.request.connection.detach()
        if not isinstance(stream, IOStream):
            # The native server's connection gives its socket; the Python
            # HTTP1Connection (tornado.http1connection) its IOStream.
            stream = IOStream(stream)
        handler.request._finish_time = time.time()
        handler.application.log_request(handler)
        self.stream = stream
        stream.write("".join(head).encode("latin1"))
        return True

    def _create_compressors(self, side, params, compression_options=None):
        for k in params:
            if k not in _DEFLATE_PARAMS:
                raise ValueError("unsupported compression parameter %r" % k)
        other = "client" if side == "server" else "server"
        options = compression_options if compression_options is not None else self._compression_options

        def wbits(name):
            v = params.get(name)
            return int(v) if v is not None else None

        self._compressor = _Compressor(
            "%s_no_context_takeover" % side not in params,
            wbits("%s_max_window_bits" % side), options)
        self._decompressor = _Decompressor(
            "%s_no_context_takeover" % other not in params,
            wbits("%s_max_window_bits" % other), self.max_message_size, options)

    # -- running --

    def _start(self, on_open=None):
        """Begins reading frames (after `on_open`'s awaitable, if any) and
        the periodic ping."""
        self.stream.set_close_callback(self.on_connection_close)
        self._receive_task = gen.convert_yielded(self._receive_frame_loop(on_open))
        if self.ping_interval > 0:
            self.start_pinging()

    async def _receive_frame_loop(self, on_open):
        if on_open is not None:
            try:
                await on_open
            except Exception:
                # (the handler logged it and aborted)
                return
        frames = 0
        try:
            while not self.client_terminated:
                handled = await self._receive_frame()
                if handled is not None:
                    await handled
                frames += 1
                if frames % _FRAMES_PER_TURN == 0:
                    await gen.moment
        except StreamClosedError:
            self._abort()

    async def _read_bytes(self, n):
        data = await self.stream.read_bytes(n)
        self._wire_bytes_in += n
        return data

    async def _receive_frame(self):
        header = await self._read_bytes(2)
        b0, b1 = header[0], header[1]
        fin = b0 & _FIN
        opcode = b0 & _OPCODE_MASK
        rsv = b0 & _RSV_MASK
        if opcode == _OP_CONTINUATION:
            if self._fragments is None:
                self._abort()
                return None
        elif self._fragments is not None and opcode < 0x8:
            # A new data frame while a fragmented message is unfinished.
            self._abort()
            return None
        if rsv & _RSV1:
            if self._decompressor is None or opcode == _OP_CONTINUATION:
                self._abort()
                return None
            rsv &= ~_RSV1
        if rsv:
            self._abort()
            return None
        # (As Tornado: a frame is unmasked if it is masked, whichever side
        # sent it; masking is not enforced.)
        masked = bool(b1 & _MASK_BIT)
        length = b1 & _LENGTH_MASK
        if opcode & 0x8 and (length >= 126 or not fin):
            # Control frames are short and never fragmented.
            self._abort()
            return None
        if length == 126:
            length = struct.unpack("!H", await self._read_bytes(2))[0]
        elif length == 127:
            length = struct.unpack("!Q", await self._read_bytes(8))[0]
        new_size = length
        if self._fragments is not None:
            new_size += self._fragmented_size
        if new_size > self.max_message_size:
            self.close(1009, "message too big")
            self._abort()
            return None
        if masked:
            mask = await self._read_bytes(4)
        data = await self._read_bytes(length) if length else b""
        if masked:
            data = _websocket_mask(mask, data)
        if opcode & 0x8:
            return self._handle_message(opcode, data)
        if opcode == _OP_CONTINUATION:
            self._fragments.append(data)
            self._fragmented_size += length
            if not fin:
                return None
            opcode = self._frame_opcode
            data = b"".join(self._fragments)
            self._fragments = None
            self._fragmented_size = 0
        else:
            self._frame_compressed = bool(b0 & _RSV1)
            if not fin:
                self._frame_opcode = opcode
                self._fragments = [data]
                self._fragmented_size = length
                return None
        if self._frame_compressed:
            try:
                data = self._decompressor.decompress(data)
            except _DecompressTooLargeError:
                self.close(1009, "message too big after decompression")
                self._abort()
                return None
        return self._handle_message(opcode, data)

    def _handle_message(self, opcode, data):
        """Runs the handler for a complete message; returns an awaitable the
        reader waits for before the next one, or None."""
        if self.client_terminated:
            return None
        if opcode == _OP_TEXT:
            self._message_bytes_in += len(data)
            try:
                decoded = data.decode("utf-8")
            except UnicodeDecodeError:
                self._abort()
                return None
            return self._run_callback(self.handler.on_message, decoded)
        if opcode == _OP_BINARY:
            self._message_bytes_in += len(data)
            return self._run_callback(self.handler.on_message, data)
        if opcode == _OP_CLOSE:
            self.client_terminated = True
            if len(data) >= 2:
                self.close_code = struct.unpack("!H", data[:2])[0]
            if len(data) > 2:
                self.close_reason = to_unicode(data[2:])
            # Echo the peer's close code back.
            self.close(self.close_code)
            return None
        if opcode == _OP_PING:
            self._respond_to_ping(data)
            return self._run_callback(self.handler.on_ping, data)
        if opcode == _OP_PONG:
            self._received_pong = True
            return self._run_callback(self.handler.on_pong, data)
        self._abort()
        return None

    def _respond_to_ping(self, data):
        # While a pong is being written, only the latest ping is answered
        # once it is done.
        if self._pong_pending:
            self._pong_next = data
            return
        self._send_pong(data)

    def _send_pong(self, data):
        try:
            future = self._write_frame(True, _OP_PONG, data)
        except StreamClosedError:
            return
        self._pong_pending = True

        def done(f):
            self._pong_pending = False
            if f.cancelled() or f.exception() is not None:
                return
            following, self._pong_next = self._pong_next, None
            if following is not None and not self.is_closing():
                self._send_pong(following)

        gen.convert_yielded(future).add_done_callback(done)

    def _run_callback(self, callback, *args):
        """Calls a handler method; an exception in it (or in the coroutine
        it returns) is logged and ends the connection."""
        try:
            result = callback(*args)
        except (Exception, asyncio.CancelledError):
            self.handler.log_exception_ws()
            self._abort()
            return None
        if result is None:
            return None
        result = gen.convert_yielded(result)
        waiter = Future()

        def done(f):
            try:
                f.result()
            except (Exception, asyncio.CancelledError):
                self.handler.log_exception_ws()
                self._abort()
            future_set_result_unless_cancelled(waiter, None)

        IOLoop.current().add_future(result, done)
        return waiter

    def on_connection_close(self):
        """The stream closed (either side): the handler hears of it once."""
        self._abort()
        if self._waiting is not None:
            IOLoop.current().remove_timeout(self._waiting)
            self._waiting = None
        self.handler.on_ws_connection_close(self.close_code, self.close_reason)

    def _abort(self):
        """Ends the connection at once, without the closing handshake."""
        self.client_terminated = True
        self.server_terminated = True
        if self.stream is not None:
            self.stream.close()
        self.close()

    # -- writing --

    def _write_frame(self, fin, opcode, data, flags=0):
        length = len(data)
        if opcode & 0x8:
            if not fin:
                raise ValueError("control frames may not be fragmented")
            if length > 125:
                raise ValueError("control frame payloads may not exceed 125 bytes")
        first = (_FIN if fin else 0) | flags | opcode
        mask_bit = _MASK_BIT if self.mask_outgoing else 0
        if length < 126:
            frame = struct.pack("!BB", first, mask_bit | length)
        elif length <= 0xFFFF:
            frame = struct.pack("!BBH", first, mask_bit | 126, length)
        else:
            frame = struct.pack("!BBQ", first, mask_bit | 127, length)
        if self.mask_outgoing:
            mask = os.urandom(4)
            frame += mask + _websocket_mask(mask, data)
        else:
            frame += data
        self._wire_bytes_out += len(frame)
        return self.stream.write(frame)

    def write_message(self, message, binary=False):
        if binary:
            opcode = _OP_BINARY
        else:
            opcode = _OP_TEXT
        if isinstance(message, dict):
            from tornado.escape import json_encode

            message = json_encode(message)
        message = utf8(message)
        self._message_bytes_out += len(message)
        flags = 0
        if self._compressor is not None:
            message = self._compressor.compress(message)
            flags |= _RSV1
        try:
            future = self._write_frame(True, opcode, message, flags=flags)
        except StreamClosedError:
            raise WebSocketClosedError()

        async def wrapper():
            try:
                await future
            except StreamClosedError:
                raise WebSocketClosedError()

        return gen.convert_yielded(wrapper())

    def write_ping(self, data):
        assert isinstance(data, bytes)
        self._write_frame(True, _OP_PING, data)

    def close(self, code=None, reason=None):
        """Starts (or completes) the closing handshake."""
        if not self.server_terminated:
            if self.stream is not None and not self.stream.closed():
                if code is None and reason is not None:
                    code = 1000
                if code is None:
                    close_data = b""
                else:
                    close_data = struct.pack("!H", code)
                if reason is not None:
                    close_data += utf8(reason)
                try:
                    self._write_frame(True, _OP_CLOSE, close_data)
                except StreamClosedError:
                    self._abort()
            self.server_terminated = True
        if self.client_terminated:
            if self._waiting is not None:
                IOLoop.current().remove_timeout(self._waiting)
                self._waiting = None
            if self.stream is not None:
                self.stream.close()
        elif self._waiting is None and self.stream is not None:
            # The peer has a few seconds to answer before the stream closes.
            self._waiting = IOLoop.current().add_timeout(
                IOLoop.current().time() + 5, self._abort)
        if self._ping_task is not None and self.is_closing():
            self._ping_task = None

    def is_closing(self):
        return self.stream is None or self.stream.closed() or self.client_terminated or self.server_terminated

    def set_nodelay(self, value):
        self.stream.set_nodelay(value)

    # -- periodic pings --

    def start_pinging(self):
        if self.ping_interval > 0:
            self._last_ping_time = 0.0
            self._ping_task = gen.convert_yielded(self._periodic_ping())

    @staticmethod
    def ping_sleep_time(*, last_ping_time, interval, now):
        """How long to sleep before the next ping is due."""
        return max(0, last_ping_time + interval - now)

    async def _periodic_ping(self):
        interval = self.ping_interval
        timeout = self.ping_timeout
        loop = IOLoop.current()
        await gen.sleep(interval)
        while not self.is_closing():
            self._received_pong = False
            ping_time = loop.time()
            try:
                self.write_ping(b"")
            except StreamClosedError:
                return
            if timeout and timeout > 0:
                deadline = ping_time + timeout
                while not self._received_pong and loop.time() < deadline and not self.is_closing():
                    await gen.sleep(min(0.005 + timeout / 20, deadline - loop.time()))
                if self.is_closing():
                    return
                if not self._received_pong:
                    self.close(reason="ping timed out")
                    return
            await gen.sleep(self.ping_sleep_time(
                last_ping_time=ping_time, interval=interval, now=loop.time()))


class _Params:
    def __init__(self, ping_interval=None, ping_timeout=None, max_message_size=None,
                 compression_options=None):
        self.ping_interval = ping_interval
        self.ping_timeout = ping_timeout
        self.max_message_size = max_message_size
        self.compression_options = compression_options


def _seconds(value):
    if value is not None and hasattr(value, "total_seconds"):
        return value.total_seconds()
    return value


# ----- the server side -----


def _not_supported_for_websockets(*args, **kwargs):
    raise RuntimeError("Method not supported for Web Sockets")


class WebSocketHandler(RequestHandler):
    """Subclass and override `open`, `on_message`, `on_close` (and maybe
    `on_ping`, `on_pong`, `check_origin`, `select_subprotocol`,
    `get_compression_options`); route a GET URL to it."""

    ws_connection = None
    close_code = None
    close_reason = None
    stream = None
    _on_close_called = False

    def __init__(self, application, request, **kwargs):
        super().__init__(application, request, **kwargs)
        self.ws_connection = None
        self.close_code = None
        self.close_reason = None
        self._on_close_called = False

    @property
    def ping_interval(self):
        return _seconds(self.settings.get("websocket_ping_interval", None))

    @property
    def ping_timeout(self):
        return _seconds(self.settings.get("websocket_ping_timeout", None))

    @property
    def max_message_size(self):
        return self.settings.get("websocket_max_message_size", _DEFAULT_MAX_MESSAGE_SIZE)

    def get(self, *args, **kwargs):
        self.open_args = args
        self.open_kwargs = kwargs
        headers = self.request.headers
        if headers.get("Upgrade", "").lower() != "websocket":
            self.set_status(400)
            self.finish('Can "Upgrade" only to "WebSocket".')
            return
        connection = [s.strip().lower() for s in headers.get("Connection", "").split(",")]
        if "upgrade" not in connection:
            self.set_status(400)
            self.finish('"Connection" must be "Upgrade".')
            return
        origin = headers.get("Origin") or headers.get("Sec-Websocket-Origin")
        if origin is not None and not self._origin_allowed(origin):
            self.set_status(403)
            self.finish("Cross origin websockets not allowed")
            return
        protocol = self.get_websocket_protocol()
        if protocol is None:
            self.set_status(426, "Upgrade Required")
            self.set_header("Sec-WebSocket-Version", "13")
            self.finish()
            return
        self.ws_connection = protocol
        if not protocol.accept_connection(self):
            self.ws_connection = None
            return
        self.stream = protocol.stream
        for name in ("write", "redirect", "set_header", "set_cookie", "set_status", "flush", "finish"):
            setattr(self, name, _not_supported_for_websockets)
        protocol._start(self._run_open())

    def _origin_allowed(self, origin):
        site = self.request.headers.get("Sec-Fetch-Site")
        if site is not None:
            if site.lower() in ("same-origin", "none"):
                return True
        else:
            host = self.request.headers.get("Host")
            if host is not None and urlsplit(origin.lower()).netloc == host.lower():
                return True
        return self.check_origin(origin)

    def _run_open(self):
        """Calls open; returns an awaitable that is done once open is
        (an error in it is logged and aborts the connection)."""
        protocol = self.ws_connection
        future = Future()
        try:
            result = self.open(*self.open_args, **self.open_kwargs)
        except (Exception, asyncio.CancelledError):
            self.log_exception_ws()
            protocol._abort()
            future.set_exception(WebSocketClosedError())
            future.exception()
            return future
        if result is None:
            future.set_result(None)
            return future
        result = gen.convert_yielded(result)

        def done(f):
            try:
                f.result()
            except (Exception, asyncio.CancelledError) as e:
                self.log_exception_ws()
                protocol._abort()
                future.set_exception(e)
                future.exception()
                return
            future.set_result(None)

        IOLoop.current().add_future(result, done)
        return future

    def log_exception_ws(self):
        app_log.error("Uncaught exception %s", self._request_summary(), exc_info=True)

    def get_websocket_protocol(self):
        version = self.request.headers.get("Sec-WebSocket-Version")
        if version == "13":
            params = _Params(
                ping_interval=self.ping_interval,
                ping_timeout=self.ping_timeout,
                max_message_size=self.max_message_size,
                compression_options=self.get_compression_options(),
            )
            protocol = WebSocketProtocol13(self, False, params)
            protocol._compression_options = params.compression_options
            return protocol
        return None

    @property
    def selected_subprotocol(self):
        assert self.ws_connection is not None
        return self.ws_connection.selected_subprotocol

    def write_message(self, message, binary=False):
        if self.ws_connection is None or self.ws_connection.is_closing():
            raise WebSocketClosedError()
        if isinstance(message, dict):
            from tornado.escape import json_encode

            message = json_encode(message)
        return self.ws_connection.write_message(message, binary=binary)

    def select_subprotocol(self, subprotocols):
        return None

    def get_compression_options(self):
        return None

    def open(self, *args, **kwargs):
        pass

    def on_message(self, message):
        raise NotImplementedError

    def ping(self, data=b""):
        data = utf8(data)
        if self.ws_connection is None or self.ws_connection.is_closing():
            raise WebSocketClosedError()
        self.ws_connection.write_ping(data)

    def on_pong(self, data):
        pass

    def on_ping(self, data):
        pass

    def on_close(self):
        pass

    def close(self, code=None, reason=None):
        if self.ws_connection is not None:
            self.ws_connection.close(code, reason)

    def check_origin(self, origin):
        return self.check_trusted_origin(origin)

    def check_trusted_origin(self, origin):
        return origin in (self.settings.get("trusted_origins") or ())

    def set_nodelay(self, value):
        assert self.ws_connection is not None
        self.ws_connection.set_nodelay(value)

    def on_ws_connection_close(self, close_code=None, close_reason=None):
        self.close_code = close_code
        self.close_reason = close_reason
        if not self._on_close_called:
            self._on_close_called = True
            self.on_close()

    def on_connection_close(self):
        if self.ws_connection is not None:
            self.ws_connection.on_connection_close()
        else:
            self.on_ws_connection_close()

    def send_error(self, *args, **kwargs):
        if self.stream is None:
            super().send_error(*args, **kwargs)
        else:
            # The handshake is done: an error ends the connection.
            self.stream.close()


# ----- the client side -----


class WebSocketClientConnection:
    """A client's connection; made by `websocket_connect`."""

    protocol = None

    def __init__(self, request, on_message_callback=None, compression_options=None,
                 ping_interval=None, ping_timeout=None, max_message_size=_DEFAULT_MAX_MESSAGE_SIZE,
                 subprotocols=None, resolver=None):
        self.request = request
        self.compression_options = compression_options
        self.connect_future = Future()
        self.read_queue = []
        self._read_waiters = []
        self._on_message_callback = on_message_callback
        self.close_code = None
        self.close_reason = None
        self.headers = None
        self.code = None
        self.stream = None
        self._subprotocols = subprotocols
        self._resolver = resolver
        self.params = _Params(
            ping_interval=_seconds(ping_interval),
            ping_timeout=_seconds(ping_timeout),
            max_message_size=max_message_size,
            compression_options=compression_options,
        )
        self._closed_seen = False

    async def _connect(self):
        request = self.request
        parts = urlsplit(request.url)
        scheme = parts.scheme
        if scheme not in ("ws", "http"):
            raise ValueError("unsupported websocket scheme %r (only ws:// is supported)" % scheme)
        host = parts.hostname
        port = parts.port or 80
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        timeout = request.connect_timeout
        client = TCPClient(resolver=self._resolver)
        if timeout:
            stream = await client.connect(host, port, timeout=timeout)
        else:
            stream = await client.connect(host, port)
        self.stream = stream
        key = native_str(base64.b64encode(os.urandom(16)))
        headers = httputil.HTTPHeaders()
        if request.headers:
            for k, v in httputil.HTTPHeaders(request.headers).get_all():
                headers.add(k, v)
        if "Host" not in headers:
            default_port = parts.port is None or parts.port == 80
            headers["Host"] = parts.hostname if default_port else "%s:%d" % (parts.hostname, port)
        headers["Upgrade"] = "websocket"
        headers["Connection"] = "Upgrade"
        headers["Sec-WebSocket-Key"] = key
        headers["Sec-WebSocket-Version"] = "13"
        if self._subprotocols is not None:
            headers["Sec-WebSocket-Protocol"] = ",".join(self._subprotocols)
        if self.compression_options is not None:
            headers["Sec-WebSocket-Extensions"] = "permessage-deflate; client_max_window_bits"
        lines = ["GET %s HTTP/1.1\r\n" % path]
        for k, v in headers.get_all():
            lines.append("%s: %s\r\n" % (k, v))
        lines.append("\r\n")
        stream.write("".join(lines).encode("latin1"))
        head = await stream.read_until(b"\r\n\r\n", max_bytes=65536)
        head = native_str(head.decode("latin1"))
        first, _, rest = head.partition("\r\n")
        start = httputil.parse_response_start_line(first)
        response_headers = httputil.HTTPHeaders.parse(rest)
        self.headers = response_headers
        self.code = start.code
        if start.code != 101:
            body = b""
            length = response_headers.get("Content-Length")
            if length:
                try:
                    body = await stream.read_bytes(int(length))
                except StreamClosedError:
                    pass
            stream.close()
            response = HTTPResponse(request, start.code, headers=response_headers,
                                    reason=start.reason)
            response._body = body
            if start.code >= 300:
                raise HTTPClientError(start.code, start.reason, response)
            raise WebSocketError("Non-websocket response")
        if response_headers.get("Sec-Websocket-Accept") != _accept_key(key):
            stream.close()
            raise WebSocketError("Invalid Sec-WebSocket-Accept header")
        protocol = WebSocketProtocol13(self, True, self.params)
        protocol.stream = stream
        protocol._compression_options = self.compression_options
        selected = response_headers.get("Sec-WebSocket-Protocol")
        if selected:
            assert selected in (self._subprotocols or [])
        protocol.selected_subprotocol = selected or None
        extensions = response_headers.get("Sec-WebSocket-Extensions", "")
        for name, params in _parse_extensions(extensions):
            if name == "permessage-deflate" and self.compression_options is not None:
                protocol._create_compressors("client", params, self.compression_options)
            else:
                stream.close()
                raise ValueError("unsupported extension %r" % name)
        self.protocol = protocol
        protocol._start()
        return self

    @property
    def selected_subprotocol(self):
        return self.protocol.selected_subprotocol if self.protocol is not None else None

    def close(self, code=None, reason=None):
        if self.protocol is not None:
            self.protocol.close(code, reason)
        elif self.stream is not None:
            self.stream.close()

    def write_message(self, message, binary=False):
        if self.protocol is None or self.protocol.is_closing():
            raise WebSocketClosedError()
        return self.protocol.write_message(message, binary=binary)

    def read_message(self, callback=None):
        future = Future()
        if self.read_queue:
            future.set_result(self.read_queue.pop(0))
        else:
            self._read_waiters.append(future)
        if callback is not None:
            IOLoop.current().add_future(future, callback)
        return future

    def on_message(self, message):
        return self._on_message(message)

    def _on_message(self, message):
        if self._on_message_callback is not None:
            self._on_message_callback(message)
            return None
        while self._read_waiters:
            waiter = self._read_waiters.pop(0)
            if not waiter.done():
                waiter.set_result(message)
                return None
        self.read_queue.append(message)
        return None

    def ping(self, data=b""):
        data = utf8(data)
        if self.protocol is None or self.protocol.is_closing():
            raise WebSocketClosedError()
        self.protocol.write_ping(data)

    def on_pong(self, data):
        pass

    def on_ping(self, data):
        pass

    def log_exception_ws(self):
        app_log.error("Uncaught exception in websocket client", exc_info=True)

    def on_ws_connection_close(self, close_code=None, close_reason=None):
        self.close_code = close_code
        self.close_reason = close_reason
        if not self._closed_seen:
            self._closed_seen = True
            self._on_message(None)

    def get_websocket_protocol(self):
        return WebSocketProtocol13(self, True, self.params)


def websocket_connect(url, callback=None, connect_timeout=None, on_message_callback=None,
                      compression_options=None, ping_interval=None, ping_timeout=None,
                      max_message_size=_DEFAULT_MAX_MESSAGE_SIZE, subprotocols=None,
                      resolver=None):
    """Connects to a websocket server; returns a Future resolving to a
    `WebSocketClientConnection`. `url` is a ws:// URL or an HTTPRequest."""
    if isinstance(url, HTTPRequest):
        request = url
        if connect_timeout is not None and request.connect_timeout is None:
            request.connect_timeout = connect_timeout
    else:
        request = HTTPRequest(url, connect_timeout=connect_timeout)
    conn = WebSocketClientConnection(
        request,
        on_message_callback=on_message_callback,
        compression_options=compression_options,
        ping_interval=ping_interval,
        ping_timeout=ping_timeout,
        max_message_size=max_message_size,
        subprotocols=subprotocols,
        resolver=resolver,
    )
    future = gen.convert_yielded(conn._connect())
    if callback is not None:
        IOLoop.current().add_future(future, callback)
    return future
