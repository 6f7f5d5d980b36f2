"""tornado.iostream: IOStream over the native stream of `_tornado`
(`stdlib/src/tornado/stream.rs`), which does the buffering, the reads and
the writes; this class gives it Tornado's names and attributes."""

import sys
import _tornado

StreamClosedError = _tornado.StreamClosedError
UnsatisfiableReadError = _tornado.UnsatisfiableReadError
StreamBufferFullError = _tornado.StreamBufferFullError


class BaseIOStream:
    """A non-blocking TCP connection with read and write buffers."""

    def __init__(self, socket, max_buffer_size=None, read_chunk_size=None, max_write_buffer_size=None):
        if type(socket).__name__ != "_Stream":
            raise NotImplementedError(
                "IOStream(socket): whirl has no socket module; streams come from "
                "TCPServer.handle_stream or TCPClient().connect()"
            )
        self._stream = socket
        if max_buffer_size is not None:
            socket.set_max_buffer_size(max_buffer_size)

    @property
    def error(self):
        return self._stream.error()

    @error.setter
    def error(self, value):
        self._stream.set_error(value)

    def fileno(self):
        return self._stream.fileno()

    def read_until(self, delimiter, max_bytes=None):
        return self._stream.read_until(delimiter, max_bytes)

    def read_bytes(self, num_bytes, partial=False):
        return self._stream.read_bytes(num_bytes, partial)

    def read_until_close(self):
        return self._stream.read_until_close()

    def read_until_regex(self, regex, max_bytes=None):
        raise NotImplementedError("read_until_regex is not supported by whirl's IOStream")

    def read_into(self, buf, partial=False):
        raise NotImplementedError("read_into is not supported by whirl's IOStream")

    def write(self, data):
        return self._stream.write(data)

    def close(self, exc_info=False):
        error = None
        if exc_info and not self._stream.closed():
            if isinstance(exc_info, tuple):
                error = exc_info[1]
            elif isinstance(exc_info, BaseException):
                error = exc_info
            else:
                error = sys.exc_info()[1]
        self._stream.close(error)

    def closed(self):
        return self._stream.closed()

    def reading(self):
        return self._stream.reading()

    def writing(self):
        return self._stream.writing()

    def set_close_callback(self, callback):
        self._stream.set_close_callback(callback)

    def set_nodelay(self, value):
        self._stream.set_nodelay(value)


class IOStream(BaseIOStream):
    """A TCP connection (see `BaseIOStream`)."""

    def get_peername(self):
        return self._stream.getpeername()

    def get_sockname(self):
        return self._stream.getsockname()

    def connect(self, address, server_hostname=None):
        raise NotImplementedError("IOStream.connect: use TCPClient().connect(host, port)")

    def start_tls(self, server_side, ssl_options=None, server_hostname=None):
        raise NotImplementedError("TLS is not supported by whirl's IOStream")
