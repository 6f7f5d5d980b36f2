"""tornado.tcpclient: TCPClient, connecting natively without blocking
(`_tornado.connect`, in `stdlib/src/tornado/stream.rs`)."""

import _tornado
from tornado.iostream import IOStream


class TCPClient:
    """A non-blocking TCP connection factory."""

    def __init__(self, resolver=None):
        self.resolver = resolver

    def close(self):
        pass

    async def connect(self, host, port, af=0, ssl_options=None, max_buffer_size=None,
                      source_ip=None, source_port=None, timeout=None):
        """Connects to host:port; resolves to an IOStream. A refused
        connection raises StreamClosedError (its `real_error` says why),
        a `timeout` (seconds or timedelta) past raises TimeoutError."""
        if ssl_options is not None:
            raise NotImplementedError("TLS is not supported by whirl's TCPClient")
        if source_ip is not None or source_port is not None:
            raise NotImplementedError("source_ip/source_port are not supported by whirl's TCPClient")
        deadline = None
        if timeout is not None:
            if isinstance(timeout, (int, float)) and not isinstance(timeout, bool):
                deadline = _tornado.time() + timeout
            elif hasattr(timeout, "total_seconds"):
                deadline = _tornado.time() + timeout.total_seconds()
            else:
                raise TypeError("Unsupported timeout %r" % timeout)
        stream = await _tornado.connect(host, port, af, deadline)
        return IOStream(stream, max_buffer_size=max_buffer_size)
