"""tornado.tcpserver: TCPServer, accepting connections natively (see
`stdlib/src/tornado/stream.rs`) and handing each to `handle_stream` as an
IOStream."""

import sys
import _tornado
from tornado.iostream import IOStream
from tornado.netutil import bind_sockets
from tornado import process


def _check_ssl_options(ssl_options):
    """As Tornado: a dict of ssl_options must name an existing certfile
    (and keyfile, if it names one)."""
    import os

    if "certfile" not in ssl_options:
        raise KeyError('missing key "certfile" in ssl_options')
    if not os.path.exists(ssl_options["certfile"]):
        raise ValueError('certfile "%s" does not exist' % ssl_options["certfile"])
    if "keyfile" in ssl_options and not os.path.exists(ssl_options["keyfile"]):
        raise ValueError('keyfile "%s" does not exist' % ssl_options["keyfile"])


def _is_unix_socket(sock):
    import socket

    return getattr(socket, "AF_UNIX", None) is not None and getattr(
        sock, "family", None) == socket.AF_UNIX


class TCPServer:
    """A non-blocking, single-threaded TCP server: subclass it and
    override `handle_stream(stream, address)` (which may be a coroutine)."""

    def __init__(self, ssl_options=None, max_buffer_size=None, read_chunk_size=None):
        if isinstance(ssl_options, dict):
            _check_ssl_options(ssl_options)
        self.ssl_options = ssl_options
        self.max_buffer_size = max_buffer_size
        self.read_chunk_size = read_chunk_size
        self._sockets = {}
        self._listeners = {}
        self._tls_handlers = {}
        self._pending_sockets = []
        self._started = False
        self._stopped = False

    def listen(self, port, address=None, family=0, backlog=128, flags=None, reuse_port=False):
        sockets = bind_sockets(port, address=address, family=family, backlog=backlog, flags=flags, reuse_port=reuse_port)
        self.add_sockets(sockets)

    def add_sockets(self, sockets):
        for sock in sockets:
            if self.ssl_options is not None or _is_unix_socket(sock):
                self._add_python_socket(sock)
            else:
                _tornado.serve(self._listener_for(sock), self._handle_connection)

    def _add_python_socket(self, sock):
        """TLS connections and Unix socket ones are accepted in Python (the
        native listener speaks plain TCP only) and served as SSLIOStreams
        or IOStreams."""
        from tornado.netutil import add_accept_handler

        fd = sock.fileno()
        self._sockets[fd] = sock
        if self.ssl_options is not None:
            handler = self._handle_tls_connection
        else:
            handler = self._handle_connection
        self._tls_handlers[fd] = add_accept_handler(sock, handler)

    def _handle_tls_connection(self, connection, address):
        import errno
        import ssl
        from tornado.iostream import SSLIOStream
        from tornado.netutil import ssl_wrap_socket

        try:
            connection = ssl_wrap_socket(connection, self.ssl_options, server_side=True,
                                         do_handshake_on_connect=False)
        except ssl.SSLError as err:
            if err.errno == ssl.SSL_ERROR_EOF:
                return connection.close()
            raise
        except OSError as err:
            # A connection gone before it could be wrapped.
            if err.errno in (errno.ECONNABORTED, errno.EINVAL):
                return connection.close()
            raise
        try:
            stream = SSLIOStream(connection, max_buffer_size=self.max_buffer_size,
                                 read_chunk_size=self.read_chunk_size)
            self._serve_tls_stream(stream, address)
        except Exception:
            import traceback

            sys.stderr.write("Error in connection callback\n")
            traceback.print_exc()

    def _serve_tls_stream(self, stream, address):
        future = self.handle_stream(stream, address)
        if future is not None:
            from tornado.ioloop import IOLoop
            from tornado import gen

            IOLoop.current().add_future(gen.convert_yielded(future), lambda f: f.result())

    def _listener_for(self, sock):
        """The native listener accepting on `sock` (a socket from
        `bind_sockets`), remembered so that `stop` closes it first."""
        fd = sock.fileno()
        self._sockets[fd] = sock
        if type(sock).__name__ == "_Listener":
            listener = sock
        else:
            listener = _tornado.adopt_listener(fd)
        self._listeners[fd] = listener
        return listener

    def add_socket(self, socket):
        self.add_sockets([socket])

    def bind(self, port, address=None, family=0, backlog=128, flags=None, reuse_port=False):
        sockets = bind_sockets(port, address=address, family=family, backlog=backlog, flags=flags, reuse_port=reuse_port)
        if self._started:
            self.add_sockets(sockets)
        else:
            self._pending_sockets.extend(sockets)

    def start(self, num_processes=1, max_restarts=None):
        assert not self._started
        self._started = True
        if num_processes != 1:
            process.fork_processes(num_processes, max_restarts)
        sockets = self._pending_sockets
        self._pending_sockets = []
        self.add_sockets(sockets)

    def stop(self):
        if self._stopped:
            return
        self._stopped = True
        for fd, sock in self._sockets.items():
            listener = self._listeners.pop(fd, None)
            if listener is not None:
                listener.close()
            remove_tls_handler = self._tls_handlers.pop(fd, None)
            if remove_tls_handler is not None:
                remove_tls_handler()
            sock.close()

    def handle_stream(self, stream, address):
        raise NotImplementedError()

    def _handle_connection(self, connection, address):
        try:
            stream = IOStream(connection, max_buffer_size=self.max_buffer_size, read_chunk_size=self.read_chunk_size)
            future = self.handle_stream(stream, address)
            if future is not None:
                from tornado.ioloop import IOLoop
                from tornado import gen

                IOLoop.current().add_future(gen.convert_yielded(future), lambda f: f.result())
        except Exception:
            import traceback

            sys.stderr.write("Error in connection callback\n")
            traceback.print_exc()
