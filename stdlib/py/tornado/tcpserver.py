"""tornado.tcpserver: TCPServer, accepting connections natively (see
`stdlib/src/tornado/stream.rs`) and handing each to `handle_stream` as an
IOStream."""

import sys
import _tornado
from tornado.iostream import IOStream
from tornado.netutil import bind_sockets
from tornado import process


class TCPServer:
    """A non-blocking, single-threaded TCP server: subclass it and
    override `handle_stream(stream, address)` (which may be a coroutine)."""

    def __init__(self, ssl_options=None, max_buffer_size=None, read_chunk_size=None):
        if ssl_options is not None:
            raise NotImplementedError("TLS is not supported by whirl's TCPServer")
        self.ssl_options = ssl_options
        self.max_buffer_size = max_buffer_size
        self.read_chunk_size = read_chunk_size
        self._sockets = {}
        self._listeners = {}
        self._pending_sockets = []
        self._started = False
        self._stopped = False

    def listen(self, port, address=None, family=0, backlog=128, flags=None, reuse_port=False):
        sockets = bind_sockets(port, address=address, family=family, backlog=backlog, flags=flags, reuse_port=reuse_port)
        self.add_sockets(sockets)

    def add_sockets(self, sockets):
        for sock in sockets:
            _tornado.serve(self._listener_for(sock), self._handle_connection)

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
