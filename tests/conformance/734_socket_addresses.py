# socket: address conversions, byte order, constants, enums, resolution of
# localhost, and the errors of each.
import socket

for s in ['1.2.3.4', '01.2.3.4', '1.2.3', '256.1.1.1', ' 1.2.3.4', '0x7f.1', '127.1', '1', '', 'a.b.c.d', '1.2.3.4.5']:
    try:
        print(repr(s), 'pton', socket.inet_pton(socket.AF_INET, s))
    except OSError as e:
        print(repr(s), 'pton', type(e).__name__, e)
    try:
        print(repr(s), 'aton', socket.inet_aton(s))
    except OSError as e:
        print(repr(s), 'aton', type(e).__name__, e)
for s in ['::1', '::', '1::', '::ffff:1.2.3.4', '::1.2.3.4', '1:0:0:1:0:0:0:1', 'fe80::1:2',
          '1:2:3:4:5:6:7:8', '1:0:2::', '::0:1:0:0', 'ABCD::EF', '0:0:0:0:0:0:0:0', '2001:db8::ff00:42:8329']:
    p = socket.inet_pton(socket.AF_INET6, s)
    print(s, p.hex(), socket.inet_ntop(socket.AF_INET6, p))
for s in ['1:::2', 'g::1', '1:2:3:4:5:6:7:8:9', ':1', '1:', '12345::', '::1.2.3']:
    try:
        socket.inet_pton(socket.AF_INET6, s)
    except OSError as e:
        print(repr(s), type(e).__name__, e)
print(socket.inet_ntoa(b'\x7f\x00\x00\x01'), socket.inet_ntop(socket.AF_INET, b'\xc0\xa8\x01\x02'))
for bad in (b'123', b'12345'):
    try:
        socket.inet_ntoa(bad)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        socket.inet_ntop(socket.AF_INET, bad)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        socket.inet_ntop(socket.AF_INET6, bad)
    except ValueError as e:
        print(type(e).__name__, e)

print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(0x12345678), socket.htons(0x1234))
for f, v in ((socket.htons, -1), (socket.htons, 70000), (socket.ntohs, 1 << 16)):
    try:
        f(v)
    except OverflowError as e:
        print('OverflowError', e)
for f, v in ((socket.htonl, -1), (socket.htonl, 1 << 32)):
    try:
        f(v)
    except OverflowError as e:
        print('OverflowError', e)

print(socket.AF_INET, repr(socket.AF_INET), socket.AF_INET6.name, repr(socket.SOCK_DGRAM))
print(socket.AF_UNIX, socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY)
print(socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR, socket.SOMAXCONN, socket.has_ipv6)
print(socket.AddressFamily(2), repr(socket.SocketKind(1)), socket.INADDR_LOOPBACK)
print(socket.error is OSError, socket.timeout is TimeoutError)
print(socket.gaierror.__mro__[1:3], socket.herror.__mro__[1:3])

print(socket.getaddrinfo('localhost', 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('127.0.0.1', 'http', socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 8080, socket.AF_INET, socket.SOCK_DGRAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo('::1', 443, socket.AF_INET6, socket.SOCK_STREAM))
print(sorted(set(a[4][0] for a in socket.getaddrinfo('127.0.0.1', None))))
e = socket.gaierror(-2, 'Name or service not known')
print('gaierror', e.args, e.errno, e.strerror, str(e))
try:
    socket.getaddrinfo('localhost', 'no-such-service')
except socket.gaierror as e:
    print('gaierror', e.args)
print(socket.gethostbyname('localhost'), socket.gethostbyname('127.0.0.1'))
print(isinstance(socket.gethostname(), str) and len(socket.gethostname()) > 0)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(s.gettimeout(), s.getblocking())
s.close()
socket.setdefaulttimeout(None)
for bad in (-1, 'x'):
    try:
        socket.setdefaulttimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
