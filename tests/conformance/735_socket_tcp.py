# socket: a TCP conversation over loopback: create_server/create_connection,
# bind/listen/accept/connect, send/sendall/recv/recv_into, shutdown,
# options, repr, makefile, context managers, connect_ex, and closed-socket
# errors.
import socket


def norm(r, *ports):
    for p in ports:
        r = r.replace(str(p), 'PORT')
    return r


srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, type(port).__name__, srv.family, srv.type, srv.proto, repr(srv.family))
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN), srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))

cli = socket.socket()
print(cli.connect_ex(('127.0.0.1', port)))
conn, addr = srv.accept()
print(addr[0], addr[1] == cli.getsockname()[1], conn.getpeername() == cli.getsockname())
print(conn.getsockname() == ('127.0.0.1', port), cli.getpeername() == ('127.0.0.1', port))
print(type(conn).__name__, conn.family, conn.type, conn.gettimeout())
cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(cli.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
print(len(cli.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))

print(cli.send(b'hello'), cli.sendall(b' world' * 3))
got = b''
while len(got) < 23:
    got += conn.recv(100)
print(got)
buf = bytearray(8)
cli.sendall(b'0123456789')
n = conn.recv_into(buf)
print(n, bytes(buf[:n]))
mv = memoryview(bytearray(10))
cli.sendall(b'ab')
print(conn.recv_into(mv, 2), bytes(mv[:2]))
rest = conn.recv(100)
print(len(rest) + n + 2 >= 12)
print(conn.recv(0))
try:
    conn.recv(-1)
except ValueError as e:
    print('ValueError', e)

# Large transfers: sendall loops until everything is written.
big = bytes(range(256)) * 256
cli.sendall(big)
cli.shutdown(socket.SHUT_WR)
received = bytearray()
while True:
    chunk = conn.recv(65536)
    if not chunk:
        break
    received += chunk
print(len(received), bytes(received) == big)
conn.sendall(b'reply after shutdown')
print(cli.recv(100))
conn.close()
print(cli.recv(100))
cli.close()

# repr
c2 = socket.create_connection(('127.0.0.1', port))
a2, _ = srv.accept()
lport = c2.getsockname()[1]
print(norm(repr(c2), port, lport).replace('fd=%d' % c2.fileno(), 'fd=N'))
c2.close()
print(repr(c2))
print(c2.fileno())
for call in (lambda: c2.send(b'x'), lambda: c2.recv(1), lambda: c2.getpeername(), lambda: c2.connect(('127.0.0.1', port))):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)

# makefile in binary and text modes
c3 = socket.create_connection(('localhost', port))
a3, _ = srv.accept()
wf = c3.makefile('wb')
rf = a3.makefile('rb')
wf.write(b'first line\nsecond line\nno newline')
wf.flush()
wf.close()
c3.shutdown(socket.SHUT_WR)
print(rf.readline(), rf.readline(), rf.read())
rf.close()
t_in = c3.makefile('r', encoding='utf-8')
t_out = a3.makefile('w', encoding='utf-8')
t_out.write('caf\u00e9\r\nline two\n')
t_out.flush()
t_out.close()
a3.shutdown(socket.SHUT_WR)
print([line for line in t_in])
t_in.close()
print(c3.fileno() >= 0)
c3.close()
a3.close()

# Context managers close the socket.
with socket.create_connection(('127.0.0.1', port)) as c4:
    a4, _ = srv.accept()
    with a4:
        c4.sendall(b'ctx')
        print(a4.recv(10))
print(c4.fileno(), a4.fileno())

# detach hands the descriptor over; dup gives another.
s5 = socket.socket()
d = s5.dup()
print(d.fileno() != s5.fileno(), d.family)
fd = s5.detach()
print(s5.fileno(), fd >= 0)
s6 = socket.socket(fileno=fd)
print(s6.family, s6.type)
s6.close()
d.close()

srv.close()
refused = socket.socket()
print(refused.connect_ex(('127.0.0.1', port)) == 111)
refused.close()
try:
    socket.create_connection(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)

srv2 = socket.create_server(('127.0.0.1', 0), backlog=2)
print(srv2.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, srv2.gettimeout())
port2 = srv2.getsockname()[1]
try:
    socket.create_server(('127.0.0.1', port2))
except OSError as e:
    print(type(e).__name__, e.errno, norm(str(e), port2))
srv2.close()
try:
    socket.create_server(('127.0.0.1', 0), family=socket.AF_INET, dualstack_ipv6=True)
except ValueError as e:
    print('ValueError', e)

# IPv6 loopback
s6 = socket.create_server(('::1', 0), family=socket.AF_INET6)
p6 = s6.getsockname()
print(p6[0], len(p6), s6.family)
c6 = socket.create_connection(('::1', p6[1]))
a6, addr6 = s6.accept()
c6.sendall(b'v6')
print(a6.recv(10), addr6[0])
for s in (c6, a6, s6):
    s.close()

for bad in ('x', ('127.0.0.1',), ('127.0.0.1', 'x'), ('127.0.0.1', 70000), ('127.0.0.1', -1)):
    s = socket.socket()
    try:
        s.bind(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
    s.close()
