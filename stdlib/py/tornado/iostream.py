"""tornado.iostream: buffered non-blocking streams.

Two implementations behind Tornado's classes:

- streams the native server and client make (`TCPServer.handle_stream`,
  `TCPClient.connect`) wrap a `_tornado._Stream`
  (`stdlib/src/tornado/stream.rs`), which does the buffering, reads and
  writes in Rust (`_NativeIOStream`);
- streams over a user's socket or pipe (`IOStream(sock)`,
  `PipeIOStream(fd)`) are written here in Python, on the loop's
  `add_handler` (`BaseIOStream`).
"""

import collections
import errno
import os
import re
import socket
import sys
import _tornado

from tornado.concurrent import Future, future_set_result_unless_cancelled
from tornado.ioloop import IOLoop
from tornado.log import gen_log

StreamClosedError = _tornado.StreamClosedError
UnsatisfiableReadError = _tornado.UnsatisfiableReadError
StreamBufferFullError = _tornado.StreamBufferFullError

_CONNRESET = (errno.ECONNRESET, errno.ECONNABORTED, errno.EPIPE, errno.ETIMEDOUT)


def _is_native(obj):
    return type(obj).__name__ == "_Stream"


def _quiet(future):
    # A future nobody awaits must not log "exception never retrieved".
    future.add_done_callback(lambda f: f.exception() if not f.cancelled() else None)


class _StreamBuffer:
    """The write buffer: a queue of chunks. Small writes are copied into
    shared bytearrays (at most `_large_buf_threshold` bytes each); large
    ones are kept by reference, as a memoryview released once consumed (so
    the caller's bytearray can be resized again)."""

    def __init__(self):
        self._buffers = collections.deque()  # (is_large, bytearray or memoryview)
        self._first_pos = 0
        self._size = 0
        self._large_buf_threshold = 2048

    def __len__(self):
        return self._size

    def append(self, data):
        size = len(data)
        if size > self._large_buf_threshold:
            if not isinstance(data, memoryview):
                data = memoryview(data)
            self._buffers.append((True, data))
        elif size > 0:
            if self._buffers:
                is_large, last = self._buffers[-1]
                if not is_large and len(last) < self._large_buf_threshold:
                    last += data
                    self._size += size
                    return
            self._buffers.append((False, bytearray(data)))
        self._size += size

    def peek(self, size):
        """A view of at most `size` bytes from the start (not empty unless
        the buffer is); release it before changing the buffer."""
        if not self._buffers:
            return memoryview(b"")
        is_large, b = self._buffers[0]
        pos = self._first_pos
        if is_large:
            return b[pos:pos + size]
        return memoryview(b)[pos:pos + size]

    def advance(self, size):
        """Drops the first `size` bytes."""
        assert 0 < size <= self._size
        self._size -= size
        pos = self._first_pos
        buffers = self._buffers
        while buffers and size > 0:
            is_large, b = buffers[0]
            left = len(b) - pos
            if size < left:
                pos += size
                size = 0
            else:
                size -= left
                pos = 0
                buffers.popleft()
                if is_large:
                    b.release()
        self._first_pos = pos

    def clear(self):
        for is_large, b in self._buffers:
            if is_large:
                b.release()
        self._buffers.clear()
        self._first_pos = 0
        self._size = 0


class BaseIOStream:
    """A buffered non-blocking stream over a file descriptor; subclasses
    say how to read, write and close it (`read_from_fd`, `write_to_fd`,
    `close_fd`, `fileno`)."""

    def __init__(self, max_buffer_size=None, read_chunk_size=None, max_write_buffer_size=None):
        self.io_loop = IOLoop.current()
        self.max_buffer_size = max_buffer_size or 104857600
        self.read_chunk_size = min(read_chunk_size or 65536, self.max_buffer_size // 2)
        self.max_write_buffer_size = max_write_buffer_size
        self.error = None
        self._read_buffer = bytearray()
        self._write_buffer = _StreamBuffer()
        self._total_write_index = 0
        self._total_write_done_index = 0
        self._write_futures = []
        self._read_delimiter = None
        self._read_regex = None
        self._read_max_bytes = None
        self._read_bytes = None
        self._read_partial = False
        self._read_until_close = False
        self._read_future = None
        self._user_read_buffer = None
        self._connect_future = None
        self._connecting = False
        self._state = None
        self._closed = False
        self._close_callback = None

    # -- what subclasses provide ------------------------------------------

    def fileno(self):
        raise NotImplementedError()

    def close_fd(self):
        raise NotImplementedError()

    def write_to_fd(self, data):
        raise NotImplementedError()

    def read_from_fd(self, buf):
        raise NotImplementedError()

    def get_fd_error(self):
        return None

    # -- reads --------------------------------------------------------------

    def read_until_regex(self, regex, max_bytes=None):
        future = self._start_read()
        self._read_regex = re.compile(regex)
        self._read_max_bytes = max_bytes
        return self._inline_read(future)

    def read_until(self, delimiter, max_bytes=None):
        future = self._start_read()
        self._read_delimiter = delimiter
        self._read_max_bytes = max_bytes
        return self._inline_read(future)

    def read_bytes(self, num_bytes, partial=False):
        future = self._start_read()
        assert isinstance(num_bytes, int)
        self._read_bytes = num_bytes
        self._read_partial = partial
        return self._inline_read(future, unsatisfiable_closes=False)

    def read_into(self, buf, partial=False):
        future = self._start_read()
        view = memoryview(buf)
        available = len(self._read_buffer)
        n = len(view)
        if available >= n:
            view[:] = self._read_buffer[:n]
            del self._read_buffer[:n]
            self._finish_now(future, n)
            return future
        if available:
            view[:available] = self._read_buffer
            self._read_buffer = bytearray()
        self._user_read_buffer = (view, available)
        self._read_bytes = n
        self._read_partial = partial
        return self._inline_read(future, unsatisfiable_closes=False)

    def read_until_close(self):
        future = self._start_read()
        if self.closed():
            self._finish_read(len(self._read_buffer))
            return future
        self._read_until_close = True
        return self._inline_read(future, unsatisfiable_closes=False)

    def _inline_read(self, future, unsatisfiable_closes=True):
        try:
            self._try_inline_read()
        except UnsatisfiableReadError as e:
            gen_log.info("Unsatisfiable read, closing connection: %s" % e)
            self.close(exc_info=e)
            return future
        except StreamBufferFullError as e:
            _quiet(future)
            self.close(exc_info=e)
            raise
        except BaseException:
            _quiet(future)
            raise
        return future

    def _start_read(self):
        if self._read_future is not None:
            # A read while another is pending is an error; one left pending
            # by a close says so.
            self._check_closed()
            raise AssertionError("Already reading")
        self._read_future = Future()
        return self._read_future

    def _finish_now(self, future, result):
        self._read_future = None
        future_set_result_unless_cancelled(future, result)
        self._maybe_add_error_listener()

    def _finish_read(self, size):
        if self._user_read_buffer is not None:
            view, offset = self._user_read_buffer
            take = min(size, len(view) - offset)
            view[offset:offset + take] = self._read_buffer[:take]
            del self._read_buffer[:take]
            result = offset + take
            self._user_read_buffer = None
        else:
            result = bytes(self._read_buffer[:size])
            del self._read_buffer[:size]
        future = self._read_future
        self._read_future = None
        self._read_delimiter = None
        self._read_regex = None
        self._read_max_bytes = None
        self._read_bytes = None
        self._read_partial = False
        self._read_until_close = False
        if future is not None:
            future_set_result_unless_cancelled(future, result)
        self._maybe_add_error_listener()

    def _buffered(self):
        n = len(self._read_buffer)
        if self._user_read_buffer is not None:
            n += self._user_read_buffer[1]
        return n

    def _find_read_pos(self):
        size = self._buffered()
        if self._read_bytes is not None and (
                size >= self._read_bytes or (self._read_partial and size > 0)):
            return min(self._read_bytes, size)
        if self._read_delimiter is not None:
            if self._read_buffer:
                loc = self._read_buffer.find(self._read_delimiter)
                if loc != -1:
                    end = loc + len(self._read_delimiter)
                    self._check_max_bytes(self._read_delimiter, end)
                    return end
                self._check_max_bytes(self._read_delimiter, size)
        elif self._read_regex is not None:
            if self._read_buffer:
                m = self._read_regex.search(self._read_buffer)
                if m is not None:
                    end = m.end()
                    self._check_max_bytes(self._read_regex, end)
                    return end
                self._check_max_bytes(self._read_regex, size)
        return None

    def _check_max_bytes(self, delimiter, size):
        if self._read_max_bytes is not None and size > self._read_max_bytes:
            raise UnsatisfiableReadError(
                "delimiter %r not found within %d bytes" % (delimiter, self._read_max_bytes))

    def _read_from_buffer(self, pos):
        if self._user_read_buffer is not None:
            pos -= self._user_read_buffer[1]
        self._finish_read(pos)

    def _try_inline_read(self):
        pos = self._find_read_pos()
        if pos is not None:
            self._read_from_buffer(pos)
            return
        self._check_closed()
        pos = self._read_to_buffer_loop()
        if pos is not None:
            self._read_from_buffer(pos)
            return
        if not self.closed():
            self._add_io_state(IOLoop.READ)

    def _read_to_buffer_loop(self):
        if self._read_bytes is not None:
            target = self._read_bytes
        elif self._read_max_bytes is not None:
            target = self._read_max_bytes
        elif self.reading():
            target = None
        else:
            target = 0
        next_find = 0
        while not self.closed():
            if self._read_to_buffer() == 0:
                break
            if target is not None and self._buffered() >= target:
                break
            if self._buffered() >= next_find:
                pos = self._find_read_pos()
                if pos is not None:
                    return pos
                next_find = self._buffered() * 2
        return self._find_read_pos()

    def _read_to_buffer(self):
        while True:
            try:
                buf = bytearray(self.read_chunk_size)
                n = self.read_from_fd(buf)
            except InterruptedError:
                continue
            except OSError as e:
                if isinstance(e, (ConnectionResetError, ConnectionAbortedError,
                                  BrokenPipeError)) or e.errno in _CONNRESET:
                    # A reset counts as a normal close (some systems report
                    # a clean close so).
                    self.close()
                    return None
                self.close(exc_info=e)
                raise
            break
        if n is None:
            return 0
        if n == 0:
            self.close()
            return 0
        self._read_buffer += memoryview(buf)[:n]
        if self._buffered() > self.max_buffer_size:
            gen_log.error("Reached maximum read buffer size")
            raise StreamBufferFullError("Reached maximum read buffer size")
        return n

    def _handle_read(self):
        try:
            pos = self._read_to_buffer_loop()
        except UnsatisfiableReadError:
            raise
        except StreamClosedError:
            return
        except Exception as e:
            gen_log.warning("error on read: %s" % e)
            self.close(exc_info=e)
            return
        if pos is not None:
            self._read_from_buffer(pos)

    # -- writes -------------------------------------------------------------

    def write(self, data):
        self._check_closed()
        if data:
            if (self.max_write_buffer_size is not None
                    and len(self._write_buffer) + len(data) > self.max_write_buffer_size):
                raise StreamBufferFullError("Reached maximum write buffer size")
            self._write_buffer.append(data)
            self._total_write_index += len(data)
        future = Future()
        _quiet(future)
        self._write_futures.append((self._total_write_index, future))
        if not self._connecting:
            self._handle_write()
            if self._write_buffer:
                self._add_io_state(IOLoop.WRITE)
            self._maybe_add_error_listener()
        return future

    def _handle_write(self):
        while True:
            size = len(self._write_buffer)
            if not size:
                break
            try:
                with self._write_buffer.peek(size) as view:
                    n = self.write_to_fd(view)
            except (BlockingIOError, InterruptedError):
                break
            except OSError as e:
                if not (isinstance(e, (ConnectionResetError, ConnectionAbortedError,
                                       BrokenPipeError)) or e.errno in _CONNRESET):
                    gen_log.warning("Write error on %s: %s", self.fileno(), e)
                self.close(exc_info=e)
                return
            if not n:
                break
            self._write_buffer.advance(n)
            self._total_write_done_index += n
        while self._write_futures:
            index, future = self._write_futures[0]
            if index > self._total_write_done_index:
                break
            self._write_futures.pop(0)
            future_set_result_unless_cancelled(future, None)

    # -- state --------------------------------------------------------------

    def set_close_callback(self, callback):
        self._close_callback = callback
        self._maybe_add_error_listener()

    def close(self, exc_info=False):
        if not self.closed():
            if exc_info:
                if isinstance(exc_info, tuple):
                    self.error = exc_info[1]
                elif isinstance(exc_info, BaseException):
                    self.error = exc_info
                else:
                    exc_info = sys.exc_info()
                    if any(exc_info):
                        self.error = exc_info[1]
            if self._read_until_close and self.error is None:
                self._read_until_close = False
                self._finish_read(len(self._read_buffer))
            elif self._read_future is not None:
                try:
                    pos = self._find_read_pos()
                except UnsatisfiableReadError:
                    pass
                else:
                    if pos is not None:
                        self._read_from_buffer(pos)
            if self._state is not None:
                self.io_loop.remove_handler(self.fileno())
                self._state = None
            self.close_fd()
            self._closed = True
        self._signal_closed()

    def _signal_closed(self):
        futures = []
        if self._read_future is not None:
            futures.append(self._read_future)
            self._read_future = None
            self._user_read_buffer = None
        futures += [f for _, f in self._write_futures]
        self._write_futures = []
        if self._connect_future is not None:
            futures.append(self._connect_future)
            self._connect_future = None
        for future in futures:
            if not future.done():
                future.set_exception(StreamClosedError(real_error=self.error))
            if not future.cancelled():
                future.exception()
        if self._close_callback is not None:
            cb = self._close_callback
            self._close_callback = None
            self.io_loop.add_callback(cb)
        self._write_buffer.clear()

    def closed(self):
        return self._closed

    def reading(self):
        return self._read_future is not None

    def writing(self):
        return len(self._write_buffer) > 0

    def set_nodelay(self, value):
        pass

    def _check_closed(self):
        if self.closed():
            raise StreamClosedError(real_error=self.error)

    def _maybe_add_error_listener(self):
        # While idle with a close callback, the stream listens for reads so
        # that it sees the other end close.
        if self._state is None or self._state == IOLoop.ERROR:
            if (not self.closed() and not self._read_buffer
                    and self._close_callback is not None):
                self._add_io_state(IOLoop.READ)

    def _add_io_state(self, state):
        if self.closed():
            return
        if self._state is None:
            self._state = IOLoop.ERROR | state
            self.io_loop.add_handler(self.fileno(), self._handle_events, self._state)
        elif not self._state & state:
            self._state = self._state | state
            self.io_loop.update_handler(self.fileno(), self._state)

    def _handle_connect(self):
        pass

    def _handle_events(self, fd, events):
        if self.closed():
            gen_log.warning("Got events for closed stream %s", fd)
            return
        try:
            if self._connecting:
                self._handle_connect()
            if self.closed():
                return
            if events & IOLoop.READ:
                self._handle_read()
            if self.closed():
                return
            if events & IOLoop.WRITE:
                self._handle_write()
            if self.closed():
                return
            if events & IOLoop.ERROR:
                self.error = self.get_fd_error()
                self.io_loop.add_callback(self.close)
                return
            state = IOLoop.ERROR
            if self.reading():
                state |= IOLoop.READ
            if self.writing():
                state |= IOLoop.WRITE
            if state == IOLoop.ERROR and not self._read_buffer:
                state |= IOLoop.READ
            if state != self._state:
                self._state = state
                self.io_loop.update_handler(self.fileno(), self._state)
        except UnsatisfiableReadError as e:
            gen_log.info("Unsatisfiable read, closing connection: %s" % e)
            self.close(exc_info=e)
        except Exception as e:
            gen_log.error("Uncaught exception, closing connection.", exc_info=True)
            self.close(exc_info=e)
            raise


class IOStream(BaseIOStream):
    """A stream over a non-blocking socket."""

    def __new__(cls, socket=None, *args, **kwargs):
        if cls is IOStream and _is_native(socket):
            return object.__new__(_NativeIOStream)
        return object.__new__(cls)

    def __init__(self, socket, *args, **kwargs):
        self.socket = socket
        self.socket.setblocking(False)
        super().__init__(*args, **kwargs)

    def fileno(self):
        return self.socket.fileno() if self.socket is not None else -1

    def close_fd(self):
        if self.socket is not None:
            self.socket.close()
        self.socket = None

    def get_fd_error(self):
        err = self.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        return OSError(err, os.strerror(err))

    def read_from_fd(self, buf):
        try:
            return self.socket.recv_into(buf, len(buf))
        except BlockingIOError:
            return None

    def write_to_fd(self, data):
        return self.socket.send(data)

    def connect(self, address, server_hostname=None):
        self._connecting = True
        future = Future()
        self._connect_future = future
        try:
            self.socket.connect(address)
        except (BlockingIOError, InterruptedError):
            pass
        except OSError as e:
            if future is None:
                gen_log.warning("Connect error on fd %s: %s", self.socket.fileno(), e)
            self.close(exc_info=e)
            return future
        self._add_io_state(IOLoop.WRITE)
        return future

    def _handle_connect(self):
        try:
            err = self.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        except OSError as e:
            err = e.errno
        if err != 0:
            self.error = OSError(err, os.strerror(err))
            if self._connect_future is None:
                gen_log.warning("Connect error on fd %s: %s", self.socket.fileno(),
                                errno.errorcode.get(err, err))
            self.close()
            return
        if self._connect_future is not None:
            future = self._connect_future
            self._connect_future = None
            future_set_result_unless_cancelled(future, self)
        self._connecting = False

    def set_nodelay(self, value):
        if self.socket is not None and self.socket.family in (socket.AF_INET, socket.AF_INET6):
            try:
                self.socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1 if value else 0)
            except OSError as e:
                if e.errno != errno.EINVAL:
                    raise

    def get_peername(self):
        return self.socket.getpeername()

    def get_sockname(self):
        return self.socket.getsockname()

    def start_tls(self, server_side, ssl_options=None, server_hostname=None):
        """Hands this idle stream's socket to a new SSLIOStream (this one
        is spent); resolves to it once the TLS handshake is done."""
        if (self._read_future is not None or self._write_futures
                or self._connect_future is not None or self._closed
                or self._read_buffer or self._write_buffer):
            raise ValueError("IOStream is not idle; cannot convert to SSL")
        from tornado.netutil import _ssl_default, ssl_wrap_socket

        if ssl_options is None:
            ssl_options = _ssl_default(bool(server_side))
        sock = self.socket
        if self._state is not None:
            self.io_loop.remove_handler(sock.fileno())
            self._state = None
        self.socket = None
        sock = ssl_wrap_socket(sock, ssl_options, server_hostname=server_hostname,
                               server_side=server_side, do_handshake_on_connect=False)
        close_callback, self._close_callback = self._close_callback, None
        future = Future()
        stream = SSLIOStream(sock, ssl_options=ssl_options)
        stream.set_close_callback(close_callback)
        stream._ssl_connect_future = future
        # Cancelling the handshake gives up the connection.
        future.add_done_callback(lambda f: stream.close() if f.cancelled() else None)
        stream.max_buffer_size = self.max_buffer_size
        stream.read_chunk_size = self.read_chunk_size
        return future


class PipeIOStream(BaseIOStream):
    """A stream over a pipe's file descriptor (or an object with
    `fileno()`), made non-blocking."""

    def __init__(self, fd, *args, **kwargs):
        if hasattr(fd, "fileno"):
            fd = fd.fileno()
        self.fd = fd
        os.set_blocking(fd, False)
        super().__init__(*args, **kwargs)

    def fileno(self):
        return self.fd

    def close_fd(self):
        os.close(self.fd)

    def write_to_fd(self, data):
        try:
            return os.write(self.fd, data)
        except BlockingIOError:
            return 0

    def read_from_fd(self, buf):
        try:
            data = os.read(self.fd, len(buf))
        except BlockingIOError:
            return None
        except OSError as e:
            if e.errno == errno.EBADF:
                # The other end was closed.
                self.close(exc_info=e)
                return None
            raise
        buf[:len(data)] = data
        return len(data)


class SSLIOStream(IOStream):
    """An IOStream speaking TLS (whirl's `ssl`, on rustls).

    Its socket is an `ssl.SSLSocket` made with do_handshake_on_connect
    False (a server's, or start_tls's), or a plain socket that `connect`
    wraps once connected. The handshake runs on the loop's read and write
    events before any data moves; `wait_for_handshake` resolves after it.
    Ciphertext the socket could not send yet stays in the SSLSocket and
    counts as writing."""

    def __init__(self, *args, **kwargs):
        self._ssl_options = kwargs.pop("ssl_options", None)
        super().__init__(*args, **kwargs)
        self._ssl_accepting = True
        self._handshake_reading = False
        self._handshake_writing = False
        self._server_hostname = None
        self._ssl_connect_future = None
        try:
            self.socket.getpeername()
        except OSError:
            return
        # Connected already: the handshake starts with the first event.
        self._add_io_state(IOLoop.WRITE)

    def _tls_backlog(self):
        return bool(getattr(self.socket, "_out", None))

    def reading(self):
        return self._handshake_reading or super().reading()

    def writing(self):
        return self._handshake_writing or super().writing() or self._tls_backlog()

    def _do_ssl_handshake(self):
        import ssl

        self._handshake_reading = False
        self._handshake_writing = False
        try:
            self.socket.do_handshake()
        except ssl.SSLWantReadError:
            self._handshake_reading = True
            return
        except ssl.SSLWantWriteError:
            self._handshake_writing = True
            return
        except ssl.SSLError as err:
            if err.errno in (ssl.SSL_ERROR_EOF, ssl.SSL_ERROR_ZERO_RETURN):
                return self.close(exc_info=err)
            try:
                peer = self.socket.getpeername()
            except Exception:
                peer = "(not connected)"
            gen_log.warning("SSL Error on %s %s: %s", self.socket.fileno(), peer, err)
            return self.close(exc_info=err)
        except OSError as err:
            # Resets, and the errors port scanners cause, close quietly.
            if (isinstance(err, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError))
                    or err.errno in _CONNRESET or err.errno in (0, errno.EBADF, errno.ENOTCONN)):
                return self.close(exc_info=err)
            raise
        except AttributeError as err:
            return self.close(exc_info=err)
        self._ssl_accepting = False
        if self._ssl_connect_future is not None:
            future = self._ssl_connect_future
            self._ssl_connect_future = None
            future_set_result_unless_cancelled(future, self)
        if self.socket is not None and self.socket._buffered():
            # Data came with the handshake's last flight: the socket will
            # not say readable for it.
            self.io_loop.add_callback(self._read_buffered)

    def _read_buffered(self):
        if not self.closed() and self.reading():
            self._handle_read()

    def _handle_read(self):
        if self._ssl_accepting:
            self._do_ssl_handshake()
            return
        super()._handle_read()

    def _handle_write(self):
        if self._ssl_accepting:
            self._do_ssl_handshake()
            return
        super()._handle_write()
        if self.socket is not None and self._tls_backlog():
            try:
                self.socket._flush()
            except OSError as e:
                self.close(exc_info=e)

    def write(self, data):
        future = super().write(data)
        if not self._connecting and self._tls_backlog():
            self._add_io_state(IOLoop.WRITE)
        return future

    def connect(self, address, server_hostname=None):
        self._server_hostname = server_hostname
        # A failed connect fails the handshake's future too.
        _quiet(super().connect(address))
        return self.wait_for_handshake()

    def _handle_connect(self):
        from tornado.netutil import _ssl_default, ssl_wrap_socket

        # Wrapped before the connect future resolves: the write that
        # follows in the same event must already go through TLS.
        state = self._state
        if state is not None:
            self.io_loop.remove_handler(self.socket.fileno())
            self._state = None
        options = self._ssl_options
        if options is None:
            options = _ssl_default(False)
        try:
            self.socket = ssl_wrap_socket(self.socket, options,
                                          server_hostname=self._server_hostname,
                                          do_handshake_on_connect=False, server_side=False)
        except Exception as e:
            self.close(exc_info=e)
            return
        if state is not None:
            self._add_io_state(state)
        super()._handle_connect()

    def wait_for_handshake(self):
        if self._ssl_connect_future is not None:
            raise RuntimeError("Already waiting")
        future = self._ssl_connect_future = Future()
        if not self._ssl_accepting:
            self._ssl_connect_future = None
            future_set_result_unless_cancelled(future, self)
        return future

    def write_to_fd(self, data):
        import ssl

        try:
            return self.socket.send(data)
        except ssl.SSLWantWriteError:
            return 0

    def read_from_fd(self, buf):
        import ssl

        if self._ssl_accepting:
            return None
        try:
            return self.socket.recv_into(buf, len(buf))
        except (ssl.SSLWantReadError, BlockingIOError):
            return None

    def _signal_closed(self):
        future = self._ssl_connect_future
        if future is not None:
            # The handshake's future fails with the real error (an
            # ssl.SSLError, usually), not StreamClosedError.
            self._ssl_connect_future = None
            if not future.done():
                future.set_exception(self.error if self.error is not None
                                     else StreamClosedError())
            if not future.cancelled():
                future.exception()
        super()._signal_closed()


class _NativeIOStream(IOStream):
    """An IOStream over a native `_Stream` (see the module comment)."""

    def __init__(self, socket, max_buffer_size=None, read_chunk_size=None, max_write_buffer_size=None):
        self._stream = socket
        self.socket = socket
        self.io_loop = IOLoop.current()
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
        raise NotImplementedError("read_until_regex on a server-side stream is not supported by whirl")

    def read_into(self, buf, partial=False):
        raise NotImplementedError("read_into on a server-side stream is not supported by whirl")

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

    def get_peername(self):
        return self._stream.getpeername()

    def get_sockname(self):
        return self._stream.getsockname()

    def connect(self, address, server_hostname=None):
        raise NotImplementedError("connect() on a connected stream")
