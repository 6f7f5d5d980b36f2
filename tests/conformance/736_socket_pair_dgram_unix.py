# socket: socketpair, datagrams over UDP and Unix sockets, Unix stream
# sockets bound to a path, sendto/recvfrom, MSG_PEEK, and shutdown.
import os
import socket

a, b = socket.socketpair()
print(a.family, b.type, repr(a.getsockname()), repr(b.getpeername()))
print(a.send(b'ping'), b.recv(10))
b.sendall(b'pong')
print(a.recv(2), a.recv(2))
a.sendall(b'peek')
print(b.recv(4, socket.MSG_PEEK), b.recv(4))
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
b.sendall(b'still open the other way')
print(a.recv(100))
a.close()
b.close()

x, y = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
x.send(b'one')
x.send(b'two')
print(y.recv(100), y.recv(100), y.type)
x.close()
y.close()

# UDP: sendto/recvfrom with addresses.
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.bind(('127.0.0.1', 0))
print(u2.sendto(b'datagram', u1.getsockname()))
data, frm = u1.recvfrom(100)
print(data, frm == u2.getsockname())
u1.sendto(b'reply', 0, frm)
buf = bytearray(10)
n, frm2 = u2.recvfrom_into(buf)
print(n, bytes(buf[:n]), frm2 == u1.getsockname())
u2.connect(u1.getsockname())
u2.send(b'connected')
print(u1.recv(100))
print(u1.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), u1.type, u1.proto)
u1.sendto(b'big' * 10, u2.getsockname())
print(u2.recv(4))
u1.close()
u2.close()

# Unix stream sockets on a path.
path = '/tmp/whirl-test-736-%d.sock' % os.getpid()
if os.path.exists(path):
    os.remove(path)
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen()
print(srv.getsockname() == path)
c = socket.socket(socket.AF_UNIX)
c.connect(path)
conn, addr = srv.accept()
print(repr(addr), c.getpeername() == path)
c.sendall(b'over unix')
print(conn.recv(100))
for s in (c, conn, srv):
    s.close()
s = socket.socket(socket.AF_UNIX)
try:
    s.bind(path)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    s.connect(path + '-missing')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    s.bind(42)
except TypeError as e:
    print('TypeError', e)
s.close()
os.remove(path)
