# selectors: register/modify/unregister/select/get_key/get_map over every
# selector class, SelectorKey, EVENT_READ/EVENT_WRITE, and the errors.
import selectors
import socket

print(selectors.EVENT_READ, selectors.EVENT_WRITE, selectors.SelectorKey._fields)
print(issubclass(selectors.DefaultSelector, selectors.BaseSelector))
a, b = socket.socketpair()
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.DefaultSelector):
    with cls() as s:
        k = s.register(a, selectors.EVENT_READ, 'data')
        print(type(k).__name__, k.fileobj is a, k.fd == a.fileno(), k.events, k.data)
        print([(key.data, e) for key, e in s.select(0)])
        b.send(b'!')
        print([(key.data, e) for key, e in s.select(1)])
        a.recv(1)
        k2 = s.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, 'd2')
        print(k2.events, k2.data, [(key.data, e) for key, e in s.select(0)])
        k3 = s.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, 'd3')
        print(k3.data, s.get_key(a).data)
        m = s.get_map()
        print(len(m), a in m, a.fileno() in m, list(m) == [a.fileno()], m[a].data)
        try:
            m[b]
        except KeyError:
            print('KeyError map')
        s.register(b.fileno(), selectors.EVENT_WRITE)
        print(sorted((key.fd == b.fileno(), e) for key, e in s.select(0)))
        try:
            s.register(a, selectors.EVENT_READ)
        except KeyError as e:
            print('KeyError', 'already registered' in str(e))
        for bad in (0, 4, -1):
            try:
                s.register(socket.socket(), bad)
            except ValueError as e:
                print('ValueError', e)
        s.unregister(a)
        try:
            s.get_key(a)
        except KeyError as e:
            print('KeyError', 'is not registered' in str(e))
        try:
            s.unregister(a)
        except KeyError:
            print('KeyError unregister')
        try:
            s.modify(a, selectors.EVENT_READ)
        except KeyError:
            print('KeyError modify')
        for bad in ('x', -5):
            try:
                s.register(bad, selectors.EVENT_READ)
            except ValueError as e:
                print('ValueError', e)
        s.unregister(b.fileno())
        print(s.select(0))
    try:
        s.get_key(a)
    except RuntimeError as e:
        print('RuntimeError', e)

key = selectors.SelectorKey('f', 3, 1, None)
print(key, key._replace(data=1))
a.close()
b.close()
