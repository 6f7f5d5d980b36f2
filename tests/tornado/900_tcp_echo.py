# An echo server and its client in one process, through run_sync.
from tornado.ioloop import IOLoop
from tornado.tcpserver import TCPServer
from tornado.tcpclient import TCPClient
from tornado.iostream import StreamClosedError
from tornado.netutil import bind_sockets
from tornado import gen


class EchoServer(TCPServer):
    async def handle_stream(self, stream, address):
        print("server: connection from", address[0])
        n = 0
        while True:
            try:
                line = await stream.read_until(b"\n")
            except StreamClosedError:
                print("server: client gone after", n, "lines")
                break
            n += 1
            await stream.write(b"echo: " + line)


async def main():
    socks = bind_sockets(0, "127.0.0.1")
    port = socks[0].getsockname()[1]
    server = EchoServer()
    server.add_sockets(socks)
    stream = await TCPClient().connect("127.0.0.1", port)
    print("client connected", stream.closed())
    for msg in [b"hello\n", b"world\n", b"\n", b"a" * 200000 + b"\n"]:
        fut = stream.write(msg)
        print("write returns a future:", hasattr(fut, "add_done_callback"))
        await fut
        reply = await stream.read_until(b"\n")
        print(len(reply), reply[:20])
    # A line sent in pieces arrives whole.
    stream.write(b"part1 ")
    await gen.sleep(0.01)
    stream.write(b"part2 ")
    await gen.sleep(0.01)
    stream.write(b"part3\n")
    print(await stream.read_until(b"\n"))
    # Several lines in one write: each read takes one.
    await stream.write(b"x\ny\nz\n")
    for _ in range(3):
        print(await stream.read_until(b"\n"))
    stream.close()
    print("client closed", stream.closed())
    await gen.sleep(0.05)
    server.stop()
    print("done")


IOLoop.current().run_sync(main)
