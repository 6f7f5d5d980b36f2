# TCP echo with TCPServer, TCPClient and IOStream.
from tornado import gen, ioloop
from tornado.iostream import StreamClosedError
from tornado.tcpclient import TCPClient
from tornado.tcpserver import TCPServer

PORT = 21028


class EchoServer(TCPServer):
    async def handle_stream(self, stream, address):
        while True:
            try:
                line = await stream.read_until(b"\n")
            except StreamClosedError:
                break
            await stream.write(b"echo: " + line)


async def main():
    server = EchoServer()
    server.listen(PORT, "127.0.0.1")
    stream = await TCPClient().connect("127.0.0.1", PORT)
    for msg in [b"hello\n", b"tornado on whirl\n", b"bye\n"]:
        await stream.write(msg)
        reply = await stream.read_until(b"\n")
        print(reply)
    await stream.write(b"abc\ndef\n")
    print(await stream.read_bytes(10))
    print(await stream.read_until(b"\n"))
    stream.close()
    print("closed", stream.closed())
    try:
        await stream.write(b"x")
    except StreamClosedError as e:
        print("StreamClosedError")
    server.stop()


ioloop.IOLoop.current().run_sync(main)
