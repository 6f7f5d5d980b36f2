# An idle stream notices its peer closing only when it listens: with a
# close callback (or after a read), as Tornado's error listener does.
from tornado.ioloop import IOLoop
from tornado.tcpserver import TCPServer
from tornado.tcpclient import TCPClient
from tornado.iostream import StreamClosedError
from tornado.netutil import bind_sockets
from tornado import gen

server_streams = []


class Keeper(TCPServer):
    def handle_stream(self, stream, address):
        server_streams.append(stream)


async def main():
    socks = bind_sockets(0, "127.0.0.1")
    server = Keeper()
    server.add_sockets(socks)
    port = socks[0].getsockname()[1]
    log = []

    # 1: no callback, never read: the close goes unnoticed until a read.
    c = await TCPClient().connect("127.0.0.1", port)
    await gen.sleep(0.02)
    c.close()
    await gen.sleep(0.02)
    s = server_streams[-1]
    print("1: closed before read:", s.closed())
    try:
        await s.read_bytes(1)
    except StreamClosedError:
        print("1: read fails, closed:", s.closed())

    # 2: a close callback makes the idle stream listen.
    c = await TCPClient().connect("127.0.0.1", port)
    await gen.sleep(0.02)
    s = server_streams[-1]
    s.set_close_callback(lambda: log.append("2: close callback"))
    c.close()
    await gen.sleep(0.02)
    print("2: closed:", s.closed(), log)

    # 3: data then close, no callback: the data is still readable.
    c = await TCPClient().connect("127.0.0.1", port)
    await c.write(b"last words\n")
    c.close()
    await gen.sleep(0.02)
    s = server_streams[-1]
    print("3: closed:", s.closed())
    print("3:", await s.read_until(b"\n"), s.closed())
    try:
        await s.read_until(b"\n")
    except StreamClosedError:
        print("3: then closed:", s.closed())

    # 4: a client stream (connected) listens while idle: it sees the server
    # side close without reading.
    c = await TCPClient().connect("127.0.0.1", port)
    await gen.sleep(0.02)
    server_streams[-1].close()
    await gen.sleep(0.02)
    print("4: client closed:", c.closed())
    try:
        await c.write(b"x")
        print("4: write ok")
    except StreamClosedError:
        print("4: write fails")

    # 5: after a read completes, the idle server stream listens too.
    c = await TCPClient().connect("127.0.0.1", port)
    await c.write(b"ping\n")
    await gen.sleep(0.02)
    s = server_streams[-1]
    print("5:", await s.read_until(b"\n"))
    c.close()
    await gen.sleep(0.02)
    print("5: closed:", s.closed())
    server.stop()


IOLoop.current().run_sync(main)
