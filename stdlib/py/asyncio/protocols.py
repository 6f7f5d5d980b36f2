"""The protocol interfaces: what a transport calls back."""

__all__ = ("BaseProtocol", "Protocol", "DatagramProtocol", "SubprocessProtocol", "BufferedProtocol")


class BaseProtocol:
    __slots__ = ()

    def connection_made(self, transport):
        """The connection is up; `transport` writes to it."""

    def connection_lost(self, exc):
        """The connection is gone; `exc` is None at a regular EOF."""

    def pause_writing(self):
        """The transport's buffer went over its high-water mark."""

    def resume_writing(self):
        """The transport's buffer drained below its low-water mark."""


class Protocol(BaseProtocol):
    __slots__ = ()

    def data_received(self, data):
        """Some bytes arrived."""

    def eof_received(self):
        """The other end closed its writing side; a true result keeps ours
        open."""


class BufferedProtocol(BaseProtocol):
    __slots__ = ()

    def get_buffer(self, sizehint):
        """A writable buffer for the next read."""

    def buffer_updated(self, nbytes):
        """`nbytes` were written into the buffer."""

    def eof_received(self):
        """The other end closed its writing side."""


class DatagramProtocol(BaseProtocol):
    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram arrived from `addr`."""

    def error_received(self, exc):
        """A send or receive failed with OSError `exc`."""


class SubprocessProtocol(BaseProtocol):
    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """The child wrote `data` to its stdout or stderr (`fd`)."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes closed."""

    def process_exited(self):
        """The child exited."""
