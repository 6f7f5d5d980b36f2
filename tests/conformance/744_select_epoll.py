# select.epoll: register/modify/unregister/poll with timeouts and
# maxevents, closed objects, the errors by errno, and EpollSelector (the
# DefaultSelector on Linux).
import select
import selectors
import socket

print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLPRI, select.EPOLLERR, select.EPOLLHUP,
      select.EPOLLET, select.EPOLLONESHOT, select.EPOLLRDHUP, select.EPOLLEXCLUSIVE)
a, b = socket.socketpair()
ep = select.epoll()
print(ep.closed, ep.fileno() >= 0)
ep.register(b, select.EPOLLIN)
print(ep.poll(0))
a.send(b'data')
print(ep.poll(1) == [(b.fileno(), select.EPOLLIN)])
ep.modify(b, select.EPOLLIN | select.EPOLLOUT)
print(ep.poll(0) == [(b.fileno(), select.EPOLLIN | select.EPOLLOUT)])
ep.register(a.fileno(), select.EPOLLOUT)
print(sorted(fd for fd, ev in ep.poll(0, 5)) == sorted([a.fileno(), b.fileno()]))
print(len(ep.poll(timeout=0, maxevents=1)))
for bad in (0, -2):
    try:
        ep.poll(0, bad)
    except ValueError as e:
        print('ValueError', e)
try:
    ep.register(b, select.EPOLLIN)
except OSError as e:
    print(type(e).__name__, e)
ep.unregister(a)
try:
    ep.unregister(a)
except OSError as e:
    print(type(e).__name__, e)
try:
    ep.modify(a, select.EPOLLIN)
except OSError as e:
    print(type(e).__name__, e)
try:
    ep.register(object())
except TypeError as e:
    print('TypeError', e)
b.recv(100)
ep.modify(b, select.EPOLLIN)
print(ep.poll(0.01))
ep.close()
ep.close()
print(ep.closed)
for call in (ep.fileno, lambda: ep.poll(0), lambda: ep.register(a)):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
with select.epoll() as ep2:
    ep2.register(a, select.EPOLLOUT)
    print(ep2.poll(0) == [(a.fileno(), select.EPOLLOUT)])
print(ep2.closed)
try:
    select.epoll(sizehint=0)
except ValueError as e:
    print('ValueError', e)

print(selectors.DefaultSelector.__name__)
with selectors.EpollSelector() as sel:
    print(sel.fileno() >= 0)
    sel.register(b, selectors.EVENT_READ, 'b')
    a.send(b'!')
    print([(k.data, ev) for k, ev in sel.select(1)])
    sel.modify(b, selectors.EVENT_READ | selectors.EVENT_WRITE, 'b2')
    print([(k.data, ev) for k, ev in sel.select(0)])
    sel.unregister(b)
    print(sel.select(0))
a.close()
b.close()
