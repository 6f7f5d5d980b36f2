"""A TCP echo server: every line a client sends comes back to it.

Run:   whirl scripts/echo_server.py [--port=8891]
Try:   nc 127.0.0.1 8891      (type lines; Ctrl-D to leave)
Stop:  Ctrl-C
"""

from tornado import ioloop
from tornado.iostream import StreamClosedError
from tornado.options import define, options, parse_command_line
from tornado.tcpserver import TCPServer

define("port", default=8891, help="port to listen on", type=int)


class EchoServer(TCPServer):
    async def handle_stream(self, stream, address):
        print("connected:", address[0])
        while True:
            try:
                line = await stream.read_until(b"\n")
                await stream.write(line)
            except StreamClosedError:
                print("disconnected:", address[0])
                break


if __name__ == "__main__":
    parse_command_line()
    EchoServer().listen(options.port)
    print("echo server on port %d" % options.port)
    ioloop.IOLoop.current().start()
