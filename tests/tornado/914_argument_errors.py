# What write() and a second read accept or refuse, with Tornado's errors.
from tornado.ioloop import IOLoop
from tornado.tcpserver import TCPServer
from tornado.tcpclient import TCPClient
from tornado.netutil import bind_sockets
class Q(TCPServer):
    def handle_stream(self, stream, address):
        self.s = stream
async def main():
    socks = bind_sockets(0, "127.0.0.1")
    Q().add_sockets(socks)
    s = await TCPClient().connect("127.0.0.1", socks[0].getsockname()[1])
    for v in ["text", 123, None]:
        try:
            f = s.write(v)
            print("ok", type(v).__name__)
        except Exception as e:
            print(type(v).__name__, type(e).__name__, e)
    for args in [(b"",), ("x",), (b"\n", -1)]:
        try:
            f = s.read_until(*args)
            print("read_until ok", args)
        except Exception as e:
            print(args, type(e).__name__, e)
    s.close()
IOLoop.current().run_sync(main)
