"""A TCP echo server: every line a client sends comes back to it.

    whirl scripts/echo_server.py [port]        (default 8888)
    then, in another terminal:  nc localhost 8888

Runs unchanged on CPython with Tornado 6.
"""
import sys

from tornado.ioloop import IOLoop
from tornado.iostream import StreamClosedError
from tornado.tcpserver import TCPServer


class EchoServer(TCPServer):
    async def handle_stream(self, stream, address):
        print("connection from %s:%d" % address)
        try:
            while True:
                line = await stream.read_until(b"\n", max_bytes=64 * 1024)
                await stream.write(line)
        except StreamClosedError:
            print("%s:%d disconnected" % address)


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8888
    server = EchoServer()
    server.listen(port)
    print("echo server listening on port %d" % port)
    IOLoop.current().start()


if __name__ == "__main__":
    main()
