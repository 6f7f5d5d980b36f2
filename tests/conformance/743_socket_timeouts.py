# socket: timeouts (TimeoutError "timed out"), non-blocking mode
# (BlockingIOError), settimeout/gettimeout/setblocking/getblocking, the
# default timeout, SOCK_NONBLOCK, and a signal handler running while a
# socket waits.
import signal
import socket
import time

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
print(srv.gettimeout(), srv.getblocking(), srv.timeout)
srv.settimeout(0.05)
print(srv.gettimeout(), srv.getblocking(), srv.timeout)
start = time.monotonic()
try:
    srv.accept()
except TimeoutError as e:
    print(type(e).__name__, e, isinstance(e, socket.timeout), isinstance(e, OSError), e.errno)
print(time.monotonic() - start >= 0.04)
srv.setblocking(False)
print(srv.gettimeout(), srv.getblocking())
try:
    srv.accept()
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e.strerror)
srv.setblocking(True)
print(srv.gettimeout(), srv.getblocking())
srv.settimeout(2)
print(srv.gettimeout())
srv.settimeout(None)

c = socket.create_connection(('127.0.0.1', port), timeout=1.5)
print(c.gettimeout())
conn, _ = srv.accept()
print(conn.gettimeout())
conn.settimeout(0.05)
for op in (lambda: conn.recv(10), lambda: conn.recv_into(bytearray(4)), lambda: conn.recvfrom(10)):
    try:
        op()
    except TimeoutError as e:
        print('TimeoutError', e)
c.sendall(b'arrives in time')
print(conn.recv(100))
conn.setblocking(False)
try:
    conn.recv(10)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
# Filling the send buffer of a non-blocking socket.
conn.setblocking(False)
sent = 0
try:
    while True:
        sent += conn.send(b'x' * 65536)
except BlockingIOError as e:
    print('send would block', e.errno, sent > 0)
conn.settimeout(0.05)
try:
    conn.sendall(b'y' * (1 << 22))
except TimeoutError as e:
    print('sendall', type(e).__name__, e)
c.close()
conn.close()

nb = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(nb.gettimeout(), nb.getblocking(), nb.type)
r = nb.connect_ex(('127.0.0.1', port))
print(r in (0, 115))
nb.close()
a, _ = srv.accept()
a.close()

for bad in (-1, -0.5, 'x', [1]):
    try:
        srv.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# A signal handler runs while a socket waits; the wait then goes on.
x, y = socket.socketpair()
y.settimeout(0.3)
signal.signal(signal.SIGALRM, lambda n, f: print('alarm while waiting'))
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    y.recv(1)
except TimeoutError as e:
    print('then', e)
y.settimeout(None)
signal.signal(signal.SIGALRM, lambda n, f: x.send(b'!'))
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(y.recv(1))


def raising(n, f):
    raise InterruptedError('handler stops the wait')


signal.signal(signal.SIGALRM, raising)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    y.recv(1)
except InterruptedError as e:
    print(type(e).__name__, e)
x.close()
y.close()
srv.close()
