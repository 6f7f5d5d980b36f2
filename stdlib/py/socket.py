"""socket: BSD sockets over the system calls of `_syscalls`.

A socket object owns one file descriptor. With a timeout (settimeout, or
the default timeout) the descriptor is non-blocking and each operation
waits for readiness with poll(2) for what is left of the timeout, raising
TimeoutError("timed out"); with timeout 0 operations that would block raise
BlockingIOError; with None they block."""

import _syscalls as _sc
from enum import IntEnum as _IntEnum
import time as _time

__all__ = ["socket", "socketpair", "create_connection", "create_server",
           "getaddrinfo", "gethostname", "gethostbyname", "error", "timeout",
           "gaierror", "herror"]

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


AddressFamily = _IntEnum('AddressFamily', [
    ('AF_UNSPEC', 0), ('AF_UNIX', 1), ('AF_INET', 2), ('AF_INET6', 10),
    ('AF_NETLINK', 16), ('AF_PACKET', 17),
])
SocketKind = _IntEnum('SocketKind', [
    ('SOCK_STREAM', 1), ('SOCK_DGRAM', 2), ('SOCK_RAW', 3), ('SOCK_RDM', 4),
    ('SOCK_SEQPACKET', 5), ('SOCK_NONBLOCK', 2048), ('SOCK_CLOEXEC', 524288),
])
MsgFlag = _IntEnum('MsgFlag', [
    ('MSG_OOB', 1), ('MSG_PEEK', 2), ('MSG_DONTROUTE', 4), ('MSG_CTRUNC', 8),
    ('MSG_TRUNC', 32), ('MSG_DONTWAIT', 64), ('MSG_EOR', 128),
    ('MSG_WAITALL', 256), ('MSG_NOSIGNAL', 16384), ('MSG_CMSG_CLOEXEC', 1073741824),
])
AddressInfo = _IntEnum('AddressInfo', [
    ('AI_PASSIVE', 1), ('AI_CANONNAME', 2), ('AI_NUMERICHOST', 4),
    ('AI_V4MAPPED', 8), ('AI_ALL', 16), ('AI_ADDRCONFIG', 32),
    ('AI_NUMERICSERV', 1024),
])
globals().update(AddressFamily.__members__)
globals().update(SocketKind.__members__)
globals().update(MsgFlag.__members__)
globals().update(AddressInfo.__members__)
AF_LOCAL = AF_UNIX

SOL_SOCKET = 1
SO_DEBUG = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_DONTROUTE = 5
SO_BROADCAST = 6
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_OOBINLINE = 10
SO_LINGER = 13
SO_REUSEPORT = 15
SO_RCVLOWAT = 18
SO_SNDLOWAT = 19
SO_RCVTIMEO = 20
SO_SNDTIMEO = 21
SO_ACCEPTCONN = 30
SO_PROTOCOL = 38
SO_DOMAIN = 39
SOMAXCONN = 4096
SOL_IP = 0
SOL_TCP = 6
SOL_UDP = 17
IPPROTO_IP = 0
IPPROTO_ICMP = 1
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IPV6 = 41
IPPROTO_RAW = 255
IP_TOS = 1
IP_TTL = 2
IP_MULTICAST_TTL = 33
IP_MULTICAST_LOOP = 34
IPV6_V6ONLY = 26
TCP_NODELAY = 1
TCP_MAXSEG = 2
TCP_KEEPIDLE = 4
TCP_KEEPINTVL = 5
TCP_KEEPCNT = 6
TCP_QUICKACK = 12
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
INADDR_ANY = 0
INADDR_BROADCAST = 0xffffffff
INADDR_LOOPBACK = 0x7f000001
INADDR_NONE = 0xffffffff
NI_NUMERICHOST = 1
NI_NUMERICSERV = 2
NI_NOFQDN = 4
NI_NAMEREQD = 8
NI_DGRAM = 16
NI_MAXHOST = 1025
NI_MAXSERV = 32
EAI_BADFLAGS = -1
EAI_NONAME = -2
EAI_AGAIN = -3
EAI_FAIL = -4
EAI_FAMILY = -6
EAI_SOCKTYPE = -7
EAI_SERVICE = -8
EAI_MEMORY = -10
EAI_SYSTEM = -11
EAI_OVERFLOW = -12
EAI_NODATA = -5
EAI_ADDRFAMILY = -9
has_ipv6 = True

_POLLIN = 1
_POLLOUT = 4
_EINPROGRESS = 115
_EAGAIN = 11
_EISCONN = 106

_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def _timeout_value(value):
    if value is None:
        return None
    if not isinstance(value, (int, float)):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    value = float(value)
    if value < 0:
        raise ValueError("Timeout value out of range")
    return value


def setdefaulttimeout(timeout, /):
    global _default_timeout
    _default_timeout = _timeout_value(timeout)


def _intenum(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


def _index(value):
    if isinstance(value, bool) or not isinstance(value, int):
        if hasattr(type(value), '__index__') and not isinstance(value, float):
            return type(value).__index__(value)
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return int(value)


class socket:
    """A socket of an address family, a type and a protocol."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            family = 2 if family == -1 else _index(family)
            type = 1 if type == -1 else _index(type)
            proto = 0 if proto == -1 else _index(proto)
            fd = _sc.socket(family, type, proto)
        else:
            fd = _index(fileno)
            if fd < 0:
                raise ValueError("negative file descriptor")
            if family == -1:
                family = _sc.getsockopt(fd, SOL_SOCKET, SO_DOMAIN, 0)
            if type == -1:
                type = _sc.getsockopt(fd, SOL_SOCKET, SO_TYPE, 0)
            if proto == -1:
                proto = _sc.getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, 0)
        self._fd = fd
        self._family = int(family)
        self._type = int(type) & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = int(proto)
        self._io_refs = 0
        self._closed = False
        if int(type) & SOCK_NONBLOCK:
            self._timeout = 0.0
        else:
            self._timeout = _default_timeout
        if self._timeout is not None:
            _sc.set_blocking(fd, False)

    # -- attributes
    @property
    def family(self):
        return _intenum(self._family, AddressFamily)

    @property
    def type(self):
        return _intenum(self._type, SocketKind)

    @property
    def proto(self):
        return self._proto

    @property
    def timeout(self):
        return self._timeout

    def fileno(self):
        return self._fd

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%s" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self._fd, self._family,
            self._type, self._proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except OSError:
                pass
        return s + ">"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    # -- life cycle
    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __del__(self):
        try:
            if self._fd >= 0:
                _sc.close(self._fd)
                self._fd = -1
        except Exception:
            pass

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def _real_close(self):
        fd, self._fd = self._fd, -1
        if fd >= 0:
            _sc.close(fd)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def detach(self):
        self._closed = True
        fd, self._fd = self._fd, -1
        return fd

    def dup(self):
        fd = _sc.dup(self._fd)
        sock = self.__class__(self._family, self._type, self._proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    # -- timeouts
    def settimeout(self, value, /):
        self._timeout = _timeout_value(value)
        _sc.set_blocking(self._fd, self._timeout is None)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag, /):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    def _wait(self, write, deadline):
        """Waits until the descriptor is ready, or raises TimeoutError."""
        left = deadline - _time.monotonic()
        if left <= 0:
            raise TimeoutError("timed out")
        ready = _sc.poll([(self._fd, _POLLOUT if write else _POLLIN)],
                         int(left * 1000) + 1)
        if not ready:
            raise TimeoutError("timed out")

    def _io(self, write, op, *args):
        t = self._timeout
        if not t:
            return op(self._fd, *args)
        deadline = _time.monotonic() + t
        while True:
            self._wait(write, deadline)
            try:
                return op(self._fd, *args)
            except BlockingIOError:
                pass

    # -- addresses
    def _address(self, address, what):
        family = self._family
        if family == AF_INET:
            if not isinstance(address, tuple):
                raise TypeError(f"{what}(): AF_INET address must be tuple, not {type(address).__name__}")
            if len(address) != 2:
                raise TypeError("AF_INET address must be a pair (host, port)")
            host, port = address
            port = _port(port, what)
            return (_resolve(host, AF_INET), port)
        if family == AF_INET6:
            if not isinstance(address, tuple):
                raise TypeError(f"{what}(): AF_INET6 address must be tuple, not {type(address).__name__}")
            if not 2 <= len(address) <= 4:
                raise TypeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
            host, port = address[0], _port(address[1], what)
            return (_resolve(host, AF_INET6), port) + tuple(address[2:])
        if family == AF_UNIX:
            if hasattr(address, '__fspath__'):
                address = address.__fspath__()
            if not isinstance(address, (str, bytes, bytearray, memoryview)):
                raise TypeError(f"a bytes-like object is required, not '{type(address).__name__}'")
            return address
        return address

    def bind(self, address, /):
        _sc.bind(self._fd, self._family, self._address(address, "bind"))

    def listen(self, backlog=128, /):
        _sc.listen(self._fd, min(_index(backlog), SOMAXCONN))

    def accept(self):
        fd, addr = self._io(False, _sc.accept)
        sock = socket(self._family, self._type, self._proto, fileno=fd)
        if _default_timeout is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def _connect(self, address):
        addr = self._address(address, "connect")
        err = _sc.connect(self._fd, self._family, addr)
        if err in (_EINPROGRESS, _EAGAIN) and self._timeout != 0.0:
            if self._timeout is None:
                _sc.poll([(self._fd, _POLLOUT)], -1)
            else:
                ready = _sc.poll([(self._fd, _POLLOUT)], int(self._timeout * 1000) + 1)
                if not ready:
                    return None
            err = _sc.getsockopt(self._fd, SOL_SOCKET, SO_ERROR, 0)
        return err

    def connect(self, address, /):
        err = self._connect(address)
        if err is None:
            raise TimeoutError("timed out")
        if err:
            _sc.raise_errno(err)

    def connect_ex(self, address, /):
        err = self._connect(address)
        return _EAGAIN if err is None else err

    def getsockname(self):
        return _sc.getsockname(self._fd)

    def getpeername(self):
        return _sc.getpeername(self._fd)

    def shutdown(self, how, /):
        _sc.shutdown(self._fd, _index(how))

    # -- data
    def send(self, data, flags=0, /):
        return self._io(True, _sc.send, data, _index(flags))

    def sendall(self, data, flags=0, /):
        data = bytes(memoryview(data))
        flags = _index(flags)
        t = self._timeout
        deadline = None if not t else _time.monotonic() + t
        sent = 0
        while sent < len(data):
            if deadline is not None:
                self._wait(True, deadline)
                try:
                    sent += _sc.send(self._fd, data[sent:], flags)
                except BlockingIOError:
                    pass
            else:
                sent += _sc.send(self._fd, data[sent:], flags)
        return None

    def sendto(self, data, flags_or_addr, addr=None, /):
        if addr is None:
            flags, addr = 0, flags_or_addr
        else:
            flags = _index(flags_or_addr)
        addr = self._address(addr, "sendto")
        return self._io(True, _sc.sendto, data, flags, self._family, addr)

    def recv(self, bufsize, flags=0, /):
        bufsize = _index(bufsize)
        if bufsize == 0:
            # As CPython: nothing asked, nothing waited for.
            return b""
        return self._io(False, _sc.recv, bufsize, _index(flags))

    def recvfrom(self, bufsize, flags=0, /):
        return self._io(False, _sc.recvfrom, _index(bufsize), _index(flags))

    def recv_into(self, buffer, nbytes=0, flags=0):
        n = _index(nbytes)
        if n < 0:
            raise ValueError("negative buffersize in recv_into")
        size = memoryview(buffer).nbytes
        if n == 0:
            n = size
        elif n > size:
            raise ValueError("buffer too small for requested bytes")
        data = self.recv(n, flags)
        buffer[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        n = _index(nbytes) or len(buffer)
        data, addr = self.recvfrom(n, flags)
        buffer[:len(data)] = data
        return len(data), addr

    # -- options
    def setsockopt(self, level, optname, value, optlen=None, /):
        if value is None:
            value = bytes(_index(optlen))
        elif isinstance(value, int):
            value = _index(value)
        _sc.setsockopt(self._fd, _index(level), _index(optname), value)

    def getsockopt(self, level, optname, buflen=0, /):
        return _sc.getsockopt(self._fd, _index(level), _index(optname), _index(buflen))

    def get_inheritable(self):
        return False

    def set_inheritable(self, inheritable):
        pass

    # -- files
    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        self._io_refs += 1
        return SocketFile(self, "r" in mode, "w" in mode, "b" in mode,
                          encoding or "utf-8", errors or "strict", newline)


SocketType = socket


class SocketFile:
    """What makefile() returns: reads buffered over recv, writes through
    sendall; text mode decodes (universal newlines when reading)."""

    def __init__(self, sock, reading, writing, binary, encoding, errors, newline):
        self._sock = sock
        self._reading = reading
        self._writing = writing
        self._binary = binary
        self.encoding = None if binary else encoding
        self.errors = None if binary else errors
        self._newline = newline
        self._buf = b""
        self._eof = False
        self.closed = False
        self.mode = ("r" if reading else "") + ("w" if writing else "") + ("b" if binary else "")
        self.name = sock.fileno()

    def fileno(self):
        return self._sock.fileno()

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def seekable(self):
        return False

    def _check(self, reading):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if reading and not self._reading:
            import io
            raise io.UnsupportedOperation("File not open for reading")
        if not reading and not self._writing:
            import io
            raise io.UnsupportedOperation("File not open for writing")

    def _fill(self):
        if self._eof:
            return False
        data = self._sock.recv(65536)
        if not data:
            self._eof = True
            return False
        self._buf += data
        return True

    def _decode(self, data):
        if self._binary:
            return data
        text = data.decode(self.encoding, self.errors)
        if self._newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, size=-1):
        self._check(True)
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b""
        else:
            while len(self._buf) < size and self._fill():
                pass
            data, self._buf = self._buf[:size], self._buf[size:]
        return self._decode(data)

    def read1(self, size=-1):
        self._check(True)
        if not self._buf:
            self._fill()
        if size is None or size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        return self._decode(data)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check(True)
        while True:
            i = self._buf.find(b"\n")
            if i >= 0 or (size is not None and 0 <= size <= len(self._buf)):
                end = i + 1 if i >= 0 else len(self._buf)
                if size is not None and 0 <= size < end:
                    end = size
                break
            if not self._fill():
                end = len(self._buf)
                break
        data, self._buf = self._buf[:end], self._buf[end:]
        return self._decode(data)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check(False)
        if self._binary:
            if isinstance(data, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            data = bytes(data)
            self._sock.sendall(data)
            return len(data)
        if not isinstance(data, str):
            raise TypeError(f"write() argument must be str, not {type(data).__name__}")
        self._sock.sendall(data.encode(self.encoding, self.errors))
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        if not self.closed:
            self.closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def _port(port, what):
    port = _index(port)
    if not 0 <= port <= 65535:
        raise OverflowError(f"{what}(): port must be 0-65535.")
    return port


def _resolve(host, family):
    """A host name or address as the numeric address the kernel takes."""
    if isinstance(host, (bytes, bytearray)):
        host = bytes(host).decode("ascii")
    if not isinstance(host, str):
        raise TypeError(f"str, bytes or bytearray expected, not {type(host).__name__}")
    if host == "":
        return "0.0.0.0" if family == AF_INET else "::"
    if host == "<broadcast>" and family == AF_INET:
        return "255.255.255.255"
    try:
        inet_pton(family, host.split('%')[0])
        return host
    except (OSError, ValueError):
        pass
    infos = getaddrinfo(host, None, family)
    return infos[0][4][0]


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if isinstance(host, (bytes, bytearray)):
        host = bytes(host).decode("ascii")
    elif isinstance(host, str):
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    elif host is not None:
        raise TypeError("getaddrinfo() argument 1 must be string or None")
    if isinstance(port, (bytes, bytearray)):
        port = bytes(port).decode("ascii")
    elif port is not None and not isinstance(port, (int, str)):
        raise OSError("Int or String expected")
    res = _sc.getaddrinfo(host, port, _index(family), _index(type), _index(proto), _index(flags))
    if isinstance(res, int):
        raise gaierror(res, _sc.gai_strerror(res))
    return [(_intenum(f, AddressFamily), _intenum(t, SocketKind), p, c, a)
            for f, t, p, c, a in res]


def gethostname():
    return _sc.uname()[1]


def gethostbyname(hostname, /):
    return getaddrinfo(hostname, None, AF_INET)[0][4][0]


def gethostbyname_ex(hostname, /):
    addrs = []
    for info in getaddrinfo(hostname, None, AF_INET, SOCK_STREAM):
        if info[4][0] not in addrs:
            addrs.append(info[4][0])
    return (hostname, [], addrs)


def gethostbyaddr(ip_address, /):
    if ip_address in ("127.0.0.1", "localhost", "::1"):
        return ("localhost", [], [_resolve(ip_address, AF_INET6 if ':' in ip_address else AF_INET)])
    raise herror(1, "Unknown host")


def getfqdn(name=''):
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        return gethostname()
    return name


_SERVICES = {"echo": 7, "ftp": 21, "ssh": 22, "telnet": 23, "smtp": 25,
             "domain": 53, "http": 80, "pop3": 110, "imap": 143, "https": 443}


def getservbyname(servicename, protocolname=None, /):
    try:
        return _SERVICES[servicename]
    except KeyError:
        raise OSError("service/proto not found") from None


def getservbyport(port, protocolname=None, /):
    for name, p in _SERVICES.items():
        if p == port:
            return name
    raise OSError("port/proto not found")


def _uint(x, bits, what):
    x = _index(x)
    if x < 0:
        raise OverflowError(f"{what}: can't convert negative Python int to C {bits}-bit unsigned integer")
    if x >= 1 << bits:
        raise OverflowError(f"{what}: Python int too large to convert to C {bits}-bit unsigned integer")
    return x


def _swap16(x):
    return ((x & 0xff) << 8) | (x >> 8)


def _swap32(x):
    return int.from_bytes(x.to_bytes(4, 'little'), 'big')


def htons(x, /):
    return _swap16(_uint(x, 16, "htons"))


def ntohs(x, /):
    return _swap16(_uint(x, 16, "ntohs"))


def htonl(x, /):
    x = _index(x)
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x >= 1 << 32:
        raise OverflowError("int larger than 32 bits")
    return _swap32(x)


def ntohl(x, /):
    x = _index(x)
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x >= 1 << 32:
        raise OverflowError("int larger than 32 bits")
    return _swap32(x)


def _c_number(part):
    """A number as C's strtoul(base 0) reads it in inet_aton."""
    if part[:2] in ("0x", "0X"):
        digits, base = part[2:], 16
        if digits == "":
            return 0
    elif part[:1] == "0" and len(part) > 1:
        digits, base = part[1:], 8
    else:
        digits, base = part, 10
    if not digits or not all(c in "0123456789abcdefABCDEF"[:base if base <= 10 else 22] for c in digits):
        raise ValueError
    return int(digits, base)


def inet_aton(ip_string, /):
    if not isinstance(ip_string, str):
        raise TypeError(f"inet_aton() argument 1 must be str, not {type(ip_string).__name__}")
    try:
        parts = ip_string.split(".")
        if not 1 <= len(parts) <= 4:
            raise ValueError
        nums = [_c_number(p) for p in parts]
        limits = {1: [1 << 32], 2: [256, 1 << 24], 3: [256, 256, 1 << 16],
                  4: [256, 256, 256, 256]}[len(nums)]
        if any(n >= lim for n, lim in zip(nums, limits)):
            raise ValueError
        value = 0
        for n in nums[:-1]:
            value = (value << 8) | n
        value = (value << (8 * (5 - len(nums)))) | nums[-1]
        return value.to_bytes(4, 'big')
    except ValueError:
        raise OSError("illegal IP address string passed to inet_aton") from None


def inet_ntoa(packed_ip, /):
    packed = bytes(packed_ip)
    if len(packed) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return "%d.%d.%d.%d" % tuple(packed)


def _pton4(s):
    parts = s.split(".")
    if len(parts) != 4:
        raise ValueError
    out = []
    for p in parts:
        if not p or not p.isdigit() or not p.isascii() or (len(p) > 1 and p[0] == "0"):
            raise ValueError
        n = int(p)
        if n > 255:
            raise ValueError
        out.append(n)
    return bytes(out)


def _pton6(s):
    if s.count("::") > 1:
        raise ValueError
    tail = b""
    if "." in s:
        cut = s.rfind(":")
        tail = _pton4(s[cut + 1:])
        s = s[:cut + 1] + "0:0"
    if "::" in s:
        head, rest = s.split("::")
        left = head.split(":") if head else []
        right = rest.split(":") if rest else []
        missing = 8 - len(left) - len(right)
        if missing < 1:
            raise ValueError
        groups = left + ["0"] * missing + right
    else:
        groups = s.split(":")
    if len(groups) != 8:
        raise ValueError
    out = b""
    for g in groups:
        if not 1 <= len(g) <= 4 or any(c not in "0123456789abcdefABCDEF" for c in g):
            raise ValueError
        out += int(g, 16).to_bytes(2, 'big')
    if tail:
        out = out[:12] + tail
    return out


def inet_pton(address_family, ip_string, /):
    if not isinstance(ip_string, str):
        raise TypeError(f"inet_pton() argument 2 must be str, not {type(ip_string).__name__}")
    try:
        if address_family == AF_INET:
            return _pton4(ip_string)
        if address_family == AF_INET6:
            return _pton6(ip_string)
    except ValueError:
        raise OSError("illegal IP address string passed to inet_pton") from None
    _sc.raise_errno(97)


def inet_ntop(address_family, packed_ip, /):
    packed = bytes(packed_ip)
    if address_family == AF_INET:
        if len(packed) != 4:
            raise ValueError("invalid length of packed IP address string")
        return inet_ntoa(packed)
    if address_family != AF_INET6:
        raise ValueError("unknown address family %d" % address_family)
    if len(packed) != 16:
        raise ValueError("invalid length of packed IP address string")
    words = [int.from_bytes(packed[i:i + 2], 'big') for i in range(0, 16, 2)]
    best_base, best_len = -1, 0
    i = 0
    while i < 8:
        if words[i] == 0:
            j = i
            while j < 8 and words[j] == 0:
                j += 1
            if j - i > best_len:
                best_base, best_len = i, j - i
            i = j
        else:
            i += 1
    if best_len < 2:
        best_base = -1
    out = ""
    i = 0
    while i < 8:
        if i == best_base:
            out += ":" if i == 0 else ""
            out += ":"
            i += best_len
            continue
        if i == 6 and best_base == 0 and (best_len == 6 or (best_len == 5 and words[5] == 0xffff)):
            out += "%d.%d.%d.%d" % tuple(packed[12:])
            break
        out += "%x" % words[i]
        if i < 7:
            out += ":"
        i += 1
    return out


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    family, type, proto = _index(family), _index(type), _index(proto)
    a, b = _sc.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def fromfd(fd, family, type, proto=0):
    return socket(family, type, proto, _sc.dup(_index(fd)))


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    host, port = address
    exceptions = []
    for af, socktype, proto, canonname, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except OSError as exc:
            if not all_errors:
                exceptions.clear()
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if exceptions:
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions.clear()
    raise OSError("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except OSError as err:
            raise OSError(err.errno, '%s (while attempting to bind on address %r)' %
                          (err.strerror, address)) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise
