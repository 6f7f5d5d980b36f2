# errno: the Linux names, errorcode, and OSError subclasses chosen by errno.
import errno

names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names))
for n in names:
    print(n, getattr(errno, n))
print(len(errno.errorcode))
for code in sorted(errno.errorcode):
    print(code, errno.errorcode[code])
print(errno.errorcode[errno.EWOULDBLOCK], errno.EAGAIN == errno.EWOULDBLOCK)
print(errno.errorcode[errno.EDEADLOCK], errno.errorcode[errno.ENOTSUP])

# The OSError raised by system calls is the subclass its errno names.
import socket
s = socket.socket()
s.close()
for call in (lambda: s.recv(1), lambda: s.getsockname()):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, errno.errorcode[e.errno], e.strerror)
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
port = srv.getsockname()[1]
srv.close()
c = socket.socket()
try:
    c.connect(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(type(e).__name__, errno.errorcode[e.errno], e.strerror, isinstance(e, ConnectionError))
c.close()
a, b = socket.socketpair()
a.setblocking(False)
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, errno.errorcode[e.errno], e.strerror)
b.close()
try:
    a.send(b'x')
except BrokenPipeError as e:
    print(type(e).__name__, errno.errorcode[e.errno], e.strerror)
a.close()
