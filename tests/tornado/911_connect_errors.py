# How connecting fails: a refused port, a port out of range, a negative
# port; then writing and reading on streams that never connected.
from tornado.ioloop import IOLoop
from tornado.tcpclient import TCPClient
from tornado.iostream import StreamClosedError
from tornado.netutil import bind_sockets
from tornado import gen


async def main():
    socks = bind_sockets(0, "127.0.0.1")
    port = socks[0].getsockname()[1]
    for s in socks:
        s.close()
    client = TCPClient()
    for p in [port, 70000]:
        try:
            await client.connect("127.0.0.1", p)
        except StreamClosedError as e:
            print(p == port, "StreamClosedError:", e, "|", type(e.real_error).__name__, e.real_error)
    try:
        await client.connect("127.0.0.1", -1)
    except OSError as e:
        print("negative port:", isinstance(e, OSError), e.errno, e.strerror)
    # Errors from several attempts at once.
    futures = [gen.convert_yielded(client.connect("127.0.0.1", port)) for _ in range(3)]
    for f in futures:
        try:
            await f
        except StreamClosedError as e:
            print("attempt:", e.real_error.errno)


IOLoop.current().run_sync(main)
