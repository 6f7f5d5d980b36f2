# TCPClient.connect: to a name, a refused port, writes queued while
# connecting, getting the peer's and own address.
from tornado.ioloop import IOLoop
from tornado.tcpserver import TCPServer
from tornado.tcpclient import TCPClient
from tornado.iostream import StreamClosedError, IOStream
from tornado.netutil import bind_sockets
from tornado import gen


class Greeter(TCPServer):
    async def handle_stream(self, stream, address):
        await stream.write(b"hello " + address[0].encode() + b"\n")
        try:
            print("server got:", await stream.read_until_close())
        except StreamClosedError:
            print("server: closed")


async def main():
    socks = bind_sockets(0, "127.0.0.1")
    port = socks[0].getsockname()[1]
    server = Greeter()
    server.add_sockets(socks)
    print(type(socks), len(socks) >= 1, socks[0].getsockname()[0])
    client = TCPClient()
    stream = await client.connect("localhost", port)
    print(type(stream).__name__, isinstance(stream, IOStream))
    print(await stream.read_until(b"\n"))
    await stream.write(b"first ")
    await stream.write(b"second")
    stream.close()
    await gen.sleep(0.05)
    # A coroutine that connects, written the old way.
    @gen.coroutine
    def fetch_greeting():
        s = yield TCPClient().connect("127.0.0.1", port)
        line = yield s.read_until(b"\n")
        s.close()
        raise gen.Return(line)
    print((yield_result := await fetch_greeting()))
    await gen.sleep(0.05)
    server.stop()
    await gen.sleep(0.01)
    for host in ["127.0.0.1"]:
        try:
            await TCPClient().connect(host, port)
            print("connected to a stopped server?")
        except StreamClosedError as e:
            print("refused:", type(e).__name__, e, type(e.real_error).__name__, e.real_error.errno)
    client.close()


IOLoop.current().run_sync(main)
