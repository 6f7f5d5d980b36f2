# A stream the handler lets go of without closing it is closed when it is
# collected (as CPython closes the socket), so the client sees the end;
# a stream the loop watches (a pending read) stays open meanwhile.
from tornado.ioloop import IOLoop
from tornado.tcpserver import TCPServer
from tornado.tcpclient import TCPClient
from tornado.iostream import StreamClosedError
from tornado.netutil import bind_sockets
from tornado import gen


class Forgetful(TCPServer):
    def handle_stream(self, stream, address):
        stream.write(b"bye\n")


class Reader(TCPServer):
    async def handle_stream(self, stream, address):
        try:
            line = await stream.read_until(b"\n")
            await stream.write(b"got " + line)
        except StreamClosedError:
            print("reader: closed")


async def main():
    for cls in [Forgetful, Reader]:
        socks = bind_sockets(0, "127.0.0.1")
        server = cls()
        server.add_sockets(socks)
        s = await TCPClient().connect("127.0.0.1", socks[0].getsockname()[1])
        await gen.sleep(0.05)
        print(cls.__name__, "closed after a while:", s.closed())
        if cls is Reader:
            await s.write(b"hello\n")
            print(await s.read_until(b"\n"))
            s.close()
        else:
            print(await s.read_until_close())
        server.stop()
        await gen.sleep(0.02)


IOLoop.current().run_sync(main)
