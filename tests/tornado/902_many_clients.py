# Several clients at once against one server; each gets its own answers.
from tornado.ioloop import IOLoop
from tornado.tcpserver import TCPServer
from tornado.tcpclient import TCPClient
from tornado.iostream import StreamClosedError
from tornado.netutil import bind_sockets
from tornado import gen


class UpperServer(TCPServer):
    connections = 0

    @gen.coroutine
    def handle_stream(self, stream, address):
        UpperServer.connections += 1
        try:
            while True:
                line = yield stream.read_until(b"\n")
                yield gen.sleep(0.001)
                yield stream.write(line.decode().upper().encode())
        except StreamClosedError:
            pass


async def client(port, name, count):
    stream = await TCPClient().connect("127.0.0.1", port)
    replies = []
    for i in range(count):
        await stream.write(name + b" says " + str(i).encode() + b"\n")
        replies.append(await stream.read_until(b"\n"))
    stream.close()
    return replies


async def main():
    socks = bind_sockets(0, "127.0.0.1")
    port = socks[0].getsockname()[1]
    server = UpperServer()
    server.add_sockets(socks)
    names = [b"ann", b"bob", b"cy", b"dee", b"eve", b"fay", b"gus", b"hal"]
    results = await gen.multi([client(port, n, 5) for n in names])
    for replies in results:
        print(replies[0], replies[-1], len(replies))
    d = await gen.multi({n: client(port, n, 2) for n in names[:3]})
    for k in sorted(d):
        print(k, d[k])
    print("connections:", UpperServer.connections)
    server.stop()


IOLoop.current().run_sync(main)
