"""tornado.tcpclient: TCPClient, which resolves a host and connects to
its addresses with "happy eyeballs" (`_Connector`): the addresses of the
first family one after another, those of the other family once the first
attempt has failed or taken `_INITIAL_CONNECT_TIMEOUT` seconds."""

import functools
import socket

from tornado import gen
from tornado.concurrent import Future, future_set_result_unless_cancelled
from tornado.ioloop import IOLoop
from tornado.iostream import IOStream
from tornado.netutil import Resolver

_INITIAL_CONNECT_TIMEOUT = 0.3


def _format_addr(addr):
    """host:port, with an IPv6 host in brackets; anything else as is."""
    if isinstance(addr, tuple) and len(addr) >= 2:
        host, port = addr[0], addr[1]
        if ":" in str(host):
            return "[%s]:%s" % (host, port)
        return "%s:%s" % (host, port)
    return str(addr)


class _Connector:
    """Connection attempts to the addresses of `addrinfo` (a list of
    (family, address)), each made by `connect(af, addr)`, which returns
    (stream, future of the connected stream). `start()` returns a Future
    of (af, addr, stream) of the first attempt to succeed."""

    def __init__(self, addrinfo, connect):
        self.io_loop = IOLoop.current()
        self.connect = connect
        self.future = Future()
        self.future.add_done_callback(self._on_future_done)
        self.timeout = None
        self.connect_timeout = None
        self.last_error = None
        self.remaining = len(addrinfo)
        self.primary_addrs, self.secondary_addrs = self.split(addrinfo)
        self.streams = set()
        self._pending = {}
        self._secondary_started = False

    @staticmethod
    def split(addrinfo):
        """(the addresses of the first one's family, the others), each in
        the order given."""
        if not addrinfo:
            return [], []
        family = addrinfo[0][0]
        primary = [a for a in addrinfo if a[0] == family]
        secondary = [a for a in addrinfo if a[0] != family]
        return primary, secondary

    def start(self, timeout=_INITIAL_CONNECT_TIMEOUT, connect_timeout=None):
        self.try_connect(iter(self.primary_addrs), primary=True)
        if not self._secondary_started and not self.future.done():
            self.set_timeout(timeout)
        if connect_timeout is not None:
            self.set_connect_timeout(connect_timeout)
        return self.future

    def try_connect(self, addrs, primary=False):
        while True:
            try:
                af, addr = next(addrs)
            except StopIteration:
                if self.remaining == 0 and not self.future.done():
                    self.future.set_exception(self.last_error or OSError("connection failed"))
                return
            try:
                stream, future = self.connect(af, addr)
            except Exception as e:
                # Failing at once is failing: on to the next address, and
                # to the other family without waiting.
                self.remaining -= 1
                self.last_error = e
                if primary:
                    self._start_secondary()
                continue
            self.streams.add(stream)
            self._pending[(af, addr)] = stream
            future.add_done_callback(
                functools.partial(self.on_connect_done, addrs, af, addr, primary))
            return

    def _start_secondary(self):
        if self._secondary_started or self.future.done():
            return
        self._secondary_started = True
        self.clear_timeout()
        self.try_connect(iter(self.secondary_addrs))

    def on_connect_done(self, addrs, af, addr, primary, future):
        self.remaining -= 1
        stream = self._pending.pop((af, addr), None)
        try:
            result = future.result()
        except BaseException as e:
            if future.cancelled():
                e = OSError("connection attempt to %s cancelled" % _format_addr(addr))
            if stream is not None:
                stream.close()
            if self.future.done():
                return
            self.last_error = e
            self.try_connect(addrs, primary)
            if primary:
                self._start_secondary()
            return
        self.clear_timeouts()
        if self.future.done():
            result.close()
            return
        self.streams.discard(result)
        self.future.set_result((af, addr, result))
        self.close_streams()

    def set_timeout(self, timeout):
        self.timeout = self.io_loop.add_timeout(self.io_loop.time() + timeout, self.on_timeout)

    def on_timeout(self):
        self.timeout = None
        self._start_secondary()

    def clear_timeout(self):
        if self.timeout is not None:
            self.io_loop.remove_timeout(self.timeout)
            self.timeout = None

    def set_connect_timeout(self, connect_timeout):
        self.connect_timeout = self.io_loop.add_timeout(connect_timeout, self.on_connect_timeout)

    def on_connect_timeout(self):
        self.connect_timeout = None
        if not self.future.done():
            pending = sorted(_format_addr(addr) for _, addr in self._pending)
            self.future.set_exception(
                TimeoutError("Timeout while connecting to %s" % ", ".join(pending)))
        self.close_streams()
        self.clear_timeouts()

    def clear_timeouts(self):
        self.clear_timeout()
        if self.connect_timeout is not None:
            self.io_loop.remove_timeout(self.connect_timeout)
            self.connect_timeout = None

    def close_streams(self):
        for stream in self.streams:
            stream.close()

    def _on_future_done(self, future):
        if future.cancelled():
            self.clear_timeouts()
            self.close_streams()


class TCPClient:
    """A non-blocking TCP connection factory."""

    def __init__(self, resolver=None):
        if resolver is not None:
            self.resolver = resolver
            self._own_resolver = False
        else:
            self.resolver = Resolver()
            self._own_resolver = True

    def close(self):
        if self._own_resolver:
            self.resolver.close()

    async def connect(self, host, port, af=socket.AF_UNSPEC, ssl_options=None,
                      max_buffer_size=None, source_ip=None, source_port=None, timeout=None):
        """Connects to host:port; resolves to an IOStream. `timeout`
        (seconds or a timedelta) bounds the whole connection; past it,
        TimeoutError."""
        io_loop = IOLoop.current()
        deadline = None
        if timeout is not None:
            if hasattr(timeout, "total_seconds"):
                deadline = io_loop.time() + timeout.total_seconds()
            elif isinstance(timeout, (int, float)) and not isinstance(timeout, bool):
                deadline = io_loop.time() + timeout
            else:
                raise TypeError("Unsupported timeout %r" % (timeout,))
        resolving = self.resolver.resolve(host, port, af)
        if deadline is not None:
            try:
                addrinfo = await gen.with_timeout(deadline, resolving)
            except TimeoutError:
                raise TimeoutError("Timeout while resolving %s" % host) from None
        else:
            addrinfo = await resolving
        connector = _Connector(
            addrinfo,
            functools.partial(self._create_stream, max_buffer_size,
                              source_ip=source_ip, source_port=source_port))
        af, addr, stream = await connector.start(connect_timeout=deadline)
        if ssl_options is not None:
            start = stream.start_tls(False, ssl_options=ssl_options, server_hostname=host)
            try:
                if deadline is not None:
                    try:
                        stream = await gen.with_timeout(deadline, start)
                    except TimeoutError:
                        raise TimeoutError("Timeout during TLS handshake with %s:%s"
                                           % (host, port)) from None
                else:
                    stream = await start
            finally:
                # Leaving early (a timeout, or the caller cancelled):
                # cancelling the handshake closes its stream (with_timeout
                # leaves it running). Nothing once the handshake is done.
                start.cancel()
        return stream

    def _create_stream(self, max_buffer_size, af, addr, source_ip=None, source_port=None):
        source_port_bind = source_port if isinstance(source_port, int) else 0
        source_ip_bind = source_ip
        if source_port_bind and not source_ip:
            source_ip_bind = "::1" if af == socket.AF_INET6 else "127.0.0.1"
        sock = socket.socket(af)
        if source_port_bind or source_ip_bind:
            try:
                sock.bind((source_ip_bind, source_port_bind))
            except OSError:
                sock.close()
                raise
        try:
            stream = IOStream(sock, max_buffer_size=max_buffer_size)
        except OSError as e:
            future = Future()
            future.set_exception(e)
            return sock, future
        return stream, stream.connect(addr)
