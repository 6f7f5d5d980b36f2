"""tornado.netutil: listening sockets (`bind_sockets`,
`add_accept_handler`), name resolvers and address checks.

`bind_sockets` makes ordinary `socket.socket` objects; the native servers
accept on their descriptors (`_tornado.adopt_listener`)."""

import errno
import os
import socket
import stat

from tornado.concurrent import Future
from tornado.util import Configurable

_DEFAULT_BACKLOG = 128


def bind_sockets(port, address=None, family=socket.AF_UNSPEC, backlog=_DEFAULT_BACKLOG,
                 flags=None, reuse_port=False):
    """Binds non-blocking listening sockets for `port` on every address
    `address` resolves to (all interfaces when None or ""), IPv4 and IPv6;
    with port 0, every socket gets the port the first one was given."""
    if reuse_port and not hasattr(socket, "SO_REUSEPORT"):
        raise ValueError("the platform doesn't support SO_REUSEPORT")
    sockets = []
    if address == "":
        address = None
    if not socket.has_ipv6 and family == socket.AF_UNSPEC:
        family = socket.AF_INET
    if flags is None:
        flags = socket.AI_PASSIVE
    bound_port = None
    seen = set()
    for res in socket.getaddrinfo(address, port, family, socket.SOCK_STREAM, 0, flags):
        af, socktype, proto, canonname, sockaddr = res
        if sockaddr in seen:
            continue
        seen.add(sockaddr)
        try:
            sock = socket.socket(af, socktype, proto)
        except OSError as e:
            if e.errno == errno.EAFNOSUPPORT:
                continue
            raise
        try:
            if os.name != "nt":
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if reuse_port:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            if af == socket.AF_INET6:
                # Each family gets its own socket.
                if hasattr(socket, "IPPROTO_IPV6"):
                    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            host, requested_port = sockaddr[:2]
            if requested_port == 0 and bound_port is not None:
                sockaddr = (host, bound_port) + tuple(sockaddr[2:])
            sock.setblocking(False)
            try:
                sock.bind(sockaddr)
            except OSError as e:
                if (errno.errorcode.get(e.errno) == "EADDRNOTAVAIL" and address == "localhost"
                        and sockaddr[0] == "::1"):
                    # An IPv6 loopback the system does not have.
                    sock.close()
                    continue
                raise
            bound_port = sock.getsockname()[1]
            sock.listen(backlog)
        except BaseException:
            sock.close()
            raise
        sockets.append(sock)
    return sockets


if hasattr(socket, "AF_UNIX"):

    def bind_unix_socket(file, mode=0o600, backlog=_DEFAULT_BACKLOG):
        """A listening Unix socket at path `file` (a stale socket file
        there is replaced), or at an abstract address ("\\0name")."""
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        except OSError as e:
            if e.errno != errno.ENOPROTOOPT:
                raise
        sock.setblocking(False)
        if file.startswith("\0"):
            # Linux's abstract namespace: no file to replace or chmod.
            sock.bind(file)
            sock.listen(backlog)
            return sock
        try:
            st = os.stat(file)
        except FileNotFoundError:
            pass
        else:
            if stat.S_ISSOCK(st.st_mode):
                os.remove(file)
            else:
                raise ValueError("File %s exists and is not a socket" % file)
        sock.bind(file)
        os.chmod(file, mode)
        sock.listen(backlog)
        return sock


def add_accept_handler(sock, callback):
    """Calls `callback(connection, address)` for each connection accepted
    on the listening socket `sock`; returns a function that stops it."""
    from tornado.ioloop import IOLoop

    io_loop = IOLoop.current()
    removed = [False]

    def accept_handler(fd, events):
        # At most a backlog's worth of connections a call, so that a busy
        # listener cannot starve the loop.
        for _ in range(_DEFAULT_BACKLOG):
            if removed[0]:
                return
            try:
                connection, address = sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except ConnectionAbortedError:
                continue
            callback(connection, address)

    def remove_handler():
        io_loop.remove_handler(sock)
        removed[0] = True

    io_loop.add_handler(sock, accept_handler, IOLoop.READ)
    return remove_handler


def is_valid_ip(ip):
    """Whether ``ip`` is a well-formed IPv4 or IPv6 address, as
    getaddrinfo(AI_NUMERICHOST) reads one (IPv4 in inet_aton's forms:
    1 to 4 parts, decimal, octal or hex; IPv6 with an optional zone)."""
    if not ip or "\x00" in ip:
        return False
    if ":" in ip:
        return _valid_ipv6(ip)
    return _valid_ipv4(ip)


def _valid_ipv4(ip):
    parts = []
    for part in ip.split("."):
        if not part or part[0] not in "0123456789":
            return False
        if part[:2] in ("0x", "0X"):
            digits, base = part[2:], 16
            allowed = "0123456789abcdefABCDEF"
        elif part[0] == "0":
            digits, base, allowed = part[1:], 8, "01234567"
        else:
            digits, base, allowed = part, 10, "0123456789"
        if any(c not in allowed for c in digits):
            return False
        value = int(digits, base) if digits else 0
        if value > 0xFFFFFFFF:
            return False
        parts.append(value)
    if len(parts) > 4:
        return False
    *head, last = parts
    if any(p > 0xFF for p in head):
        return False
    return last <= (0xFFFFFFFF, 0xFFFFFF, 0xFFFF, 0xFF)[len(parts) - 1]


def _valid_ipv6(ip):
    addr, pct, zone = ip.partition("%")
    if pct:
        if not zone:
            return False
        if not zone.isdigit():
            import os
            if "/" in zone or zone in (".", "..") or not os.path.exists("/sys/class/net/" + zone):
                return False
    groups = 0
    halves = addr.split("::")
    if len(halves) > 2:
        return False
    for n, half in enumerate(halves):
        if not half:
            continue
        pieces = half.split(":")
        for i, piece in enumerate(pieces):
            last = n == len(halves) - 1 and i == len(pieces) - 1
            if last and "." in piece:
                quad = piece.split(".")
                if len(quad) != 4 or any(
                        not q or len(q) > 3 or any(c not in "0123456789" for c in q)
                        or (len(q) > 1 and q[0] == "0") or int(q) > 255 for q in quad):
                    return False
                groups += 2
                continue
            if not 1 <= len(piece) <= 4 or any(c not in "0123456789abcdefABCDEF" for c in piece):
                return False
            groups += 1
    if len(halves) == 2:
        return groups < 8
    return groups == 8


class Resolver(Configurable):
    """Resolves host names: `resolve(host, port, family)` gives a Future
    of a list of (family, address) pairs. The default implementation is
    `DefaultExecutorResolver`."""

    @classmethod
    def configurable_base(cls):
        return Resolver

    @classmethod
    def configurable_default(cls):
        return DefaultLoopResolver

    def initialize(self):
        pass

    def resolve(self, host, port, family=socket.AF_UNSPEC):
        raise NotImplementedError()

    def close(self):
        pass


def _resolve_addr(host, port, family=socket.AF_UNSPEC):
    addrinfo = socket.getaddrinfo(host, port, family, socket.SOCK_STREAM)
    results = []
    for fam, socktype, proto, canonname, address in addrinfo:
        results.append((fam, address))
    return results


class DefaultExecutorResolver(Resolver):
    """Resolves with `socket.getaddrinfo` (blocking, in whirl)."""

    async def resolve(self, host, port, family=socket.AF_UNSPEC):
        return _resolve_addr(host, port, family)


class DefaultLoopResolver(DefaultExecutorResolver):
    """The default resolver (the event loop's `getaddrinfo`)."""


class ExecutorResolver(Resolver):
    """Resolves with `socket.getaddrinfo`; whirl runs it on the loop's
    thread (the executor arguments are accepted for compatibility)."""

    def initialize(self, executor=None, close_executor=True):
        self.executor = executor
        self.close_executor = close_executor

    def close(self):
        if self.close_executor and self.executor is not None:
            self.executor.shutdown()
        self.executor = None

    def resolve(self, host, port, family=socket.AF_UNSPEC):
        future = Future()
        try:
            future.set_result(_resolve_addr(host, port, family))
        except Exception as e:
            future.set_exception(e)
        return future


class BlockingResolver(ExecutorResolver):
    """`ExecutorResolver` without an executor (deprecated in Tornado)."""

    def initialize(self):
        super().initialize()


class ThreadedResolver(ExecutorResolver):
    """`ExecutorResolver` on a shared pool of threads in Tornado; whirl
    resolves on the loop's thread."""

    _threadpool = None
    _threadpool_pid = None

    def initialize(self, num_threads=10):
        super().initialize()


class OverrideResolver(Resolver):
    """Resolves through `resolver`, with `mapping` overriding some names:
    keys (host, port, family), (host, port) or host; values the
    (host, port) or host to resolve instead."""

    def initialize(self, resolver, mapping):
        self.resolver = resolver
        self.mapping = mapping

    def close(self):
        self.resolver.close()

    def resolve(self, host, port, family=socket.AF_UNSPEC):
        if (host, port, family) in self.mapping:
            host, port = self.mapping[(host, port, family)]
        elif (host, port) in self.mapping:
            host, port = self.mapping[(host, port)]
        elif host in self.mapping:
            host = self.mapping[host]
        return self.resolver.resolve(host, port, family)


# -- TLS ---------------------------------------------------------------------

# The keys an ssl_options dict may hold (those of the old ssl.wrap_socket).
_SSL_CONTEXT_KEYWORDS = frozenset(["ssl_version", "certfile", "keyfile", "cert_reqs",
                                   "ca_certs", "ciphers"])

_ssl_defaults = {}


def _ssl_default(server_side):
    """The context a TLS client (or server) uses when given no options:
    made once, certificates verified against the system's CAs."""
    import ssl

    ctx = _ssl_defaults.get(server_side)
    if ctx is None:
        purpose = ssl.Purpose.CLIENT_AUTH if server_side else ssl.Purpose.SERVER_AUTH
        ctx = _ssl_defaults[server_side] = ssl.create_default_context(purpose)
        ctx.options |= ssl.OP_NO_COMPRESSION
    return ctx


def ssl_options_to_context(ssl_options, server_side=None):
    """An `ssl.SSLContext` for `ssl_options`: itself when it is one, else
    one made from the dict's keys (certfile/keyfile, cert_reqs, ca_certs,
    ciphers, ssl_version)."""
    import ssl

    if isinstance(ssl_options, ssl.SSLContext):
        return ssl_options
    assert isinstance(ssl_options, dict)
    assert all(k in _SSL_CONTEXT_KEYWORDS for k in ssl_options), ssl_options
    if server_side:
        protocol = ssl.PROTOCOL_TLS_SERVER
    elif server_side is None:
        protocol = ssl.PROTOCOL_TLS
    else:
        protocol = ssl.PROTOCOL_TLS_CLIENT
    context = ssl.SSLContext(ssl_options.get("ssl_version", protocol))
    if "certfile" in ssl_options:
        context.load_cert_chain(ssl_options["certfile"], ssl_options.get("keyfile"))
    if "cert_reqs" in ssl_options:
        if ssl_options["cert_reqs"] == ssl.CERT_NONE:
            # A client context checks host names; CERT_NONE cannot.
            context.check_hostname = False
        context.verify_mode = ssl_options["cert_reqs"]
    if "ca_certs" in ssl_options:
        context.load_verify_locations(ssl_options["ca_certs"])
    if "ciphers" in ssl_options:
        context.set_ciphers(ssl_options["ciphers"])
    context.options |= ssl.OP_NO_COMPRESSION
    return context


def ssl_wrap_socket(socket, ssl_options, server_hostname=None, server_side=None, **kwargs):
    """`socket` wrapped as an `ssl.SSLSocket` by the context of
    `ssl_options` (a dict or an SSLContext); `kwargs` go to wrap_socket."""
    context = ssl_options_to_context(ssl_options, server_side=server_side)
    if server_side is None:
        server_side = False
    if server_hostname is not None and not server_side:
        return context.wrap_socket(socket, server_hostname=server_hostname,
                                   server_side=server_side, **kwargs)
    return context.wrap_socket(socket, server_side=server_side, **kwargs)
