# Errors in handle_stream are logged and cost only that connection;
# handle_stream may be a plain function, a gen.coroutine or async def.
from tornado.ioloop import IOLoop
from tornado.tcpserver import TCPServer
from tornado.tcpclient import TCPClient
from tornado.iostream import StreamClosedError
from tornado.netutil import bind_sockets
from tornado import gen


class Plain(TCPServer):
    def handle_stream(self, stream, address):
        stream.write(b"plain\n")
        stream.close()


class Failing(TCPServer):
    count = 0

    async def handle_stream(self, stream, address):
        Failing.count += 1
        line = await stream.read_until(b"\n")
        if line == b"fail\n":
            stream.close()
            raise ValueError("handler failed")
        await stream.write(b"ok " + line)
        stream.close()


class OldStyle(TCPServer):
    @gen.coroutine
    def handle_stream(self, stream, address):
        data = yield stream.read_bytes(3)
        yield stream.write(data + data)
        stream.close()


async def talk(port, data):
    s = await TCPClient().connect("127.0.0.1", port)
    if data:
        await s.write(data)
    try:
        return await s.read_until_close()
    except StreamClosedError as e:
        return "closed"


async def main():
    for cls, messages in [(Plain, [b""]), (Failing, [b"one\n", b"fail\n", b"two\n"]), (OldStyle, [b"abc"])]:
        socks = bind_sockets(0, "127.0.0.1")
        server = cls()
        server.add_sockets(socks)
        port = socks[0].getsockname()[1]
        for m in messages:
            r = await talk(port, m)
            print(cls.__name__, m, "->", r)
        server.stop()
    print("Failing handled", Failing.count)
    socks = bind_sockets(0, "127.0.0.1")
    port = socks[0].getsockname()[1]
    server = Plain()
    server.bind(0, "127.0.0.1")
    server.add_socket(socks[0])
    print(await talk(port, b""))
    server.stop()
    server.stop()


IOLoop.current().run_sync(main)
