# max_buffer_size: a read buffer past it closes the stream with
# StreamBufferFullError as its error; a line within it is read whole.
from tornado.ioloop import IOLoop
from tornado.tcpserver import TCPServer
from tornado.tcpclient import TCPClient
from tornado.iostream import StreamClosedError, StreamBufferFullError
from tornado.netutil import bind_sockets
from tornado import gen


class Limited(TCPServer):
    async def handle_stream(self, stream, address):
        try:
            line = await stream.read_until(b"\n")
            print("server read", len(line))
            line = await stream.read_until(b"\n")
            print("server read", len(line))
        except StreamClosedError as e:
            print("server:", type(e).__name__, type(e.real_error).__name__, e.real_error)
        except StreamBufferFullError as e:
            print("server raised:", type(e).__name__, e)
        print("error:", type(stream.error).__name__, stream.closed())


async def main():
    socks = bind_sockets(0, "127.0.0.1")
    server = Limited(max_buffer_size=200000)
    server.add_sockets(socks)
    s = await TCPClient().connect("127.0.0.1", socks[0].getsockname()[1])
    await s.write(b"a" * 150000 + b"\n")
    await gen.sleep(0.05)
    try:
        await s.write(b"b" * 1000000)
    except StreamClosedError:
        pass
    await gen.sleep(0.1)
    s.close()
    server.stop()


IOLoop.current().run_sync(main)
