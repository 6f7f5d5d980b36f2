# select: select() and poll() over socket pairs and pipes of sockets;
# readiness, timeouts, objects with fileno(), and argument errors.
import select
import socket
import time

a, b = socket.socketpair()
print(select.select([a], [], [], 0))
r, w, x = select.select([a], [b], [], 0)
print(r == [], w == [b], x)
b.send(b'x')
r, w, x = select.select([a, b], [a], [], 1.0)
print(r == [a], w == [a], x)
print(select.select([a.fileno()], [], [], None)[0] == [a.fileno()])


class Wrapper:
    def __init__(self, sock):
        self.sock = sock

    def fileno(self):
        return self.sock.fileno()


wa = Wrapper(a)
print(select.select([wa], [], [], 0)[0] == [wa])
print(a.recv(10))
start = time.monotonic()
print(select.select([a], [], [], 0.05))
print(time.monotonic() - start >= 0.04)
print(select.select([], [], [], 0))

for args, exc in (([object()], TypeError), ([-1], ValueError)):
    try:
        select.select(args, [], [], 0)
    except exc as e:
        print(type(e).__name__, e)
for timeout in (-1, 'x'):
    try:
        select.select([], [], [], timeout)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
closed = socket.socket()
fd = closed.fileno()
closed.close()
try:
    select.select([fd], [], [], 0)
except OSError as e:
    print(type(e).__name__, e.errno)

p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno(), select.POLLIN | select.POLLOUT)
print(sorted(p.poll(0)) == [(b.fileno(), select.POLLOUT)])
b.send(b'data')
print(sorted(p.poll(100)) == sorted([(a.fileno(), select.POLLIN), (b.fileno(), select.POLLOUT)]))
p.modify(b, select.POLLIN)
print(p.poll(0) == [(a.fileno(), select.POLLIN)])
p.unregister(a)
print(p.poll(0))
try:
    p.unregister(a)
except KeyError as e:
    print('KeyError', e.args == (a.fileno(),))
try:
    p.modify(a, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e)
p.unregister(b)
b.close()
p.register(a)
ev = p.poll(0)
print(len(ev), ev[0][0] == a.fileno(), bool(ev[0][1] & select.POLLIN), bool(ev[0][1] & select.POLLHUP))
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)
print(select.error is OSError)
a.close()
