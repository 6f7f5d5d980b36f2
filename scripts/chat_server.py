"""A line-based chat server over TCP: what one client says, everyone sees.

Run:   whirl scripts/chat_server.py [--port=8892]
Try:   in two terminals:  nc 127.0.0.1 8892
       type a name on the first line, then chat; Ctrl-D leaves.
Stop:  Ctrl-C
"""

from tornado import ioloop
from tornado.iostream import StreamClosedError
from tornado.options import define, options, parse_command_line
from tornado.tcpserver import TCPServer

define("port", default=8892, help="port to listen on", type=int)


class ChatServer(TCPServer):
    def __init__(self):
        super().__init__()
        self.members = {}

    async def broadcast(self, text, sender=None):
        data = text.encode("utf-8")
        for stream in list(self.members):
            if stream is sender:
                continue
            try:
                await stream.write(data)
            except StreamClosedError:
                self.members.pop(stream, None)

    async def handle_stream(self, stream, address):
        try:
            await stream.write(b"Welcome! Your name? ")
            name = (await stream.read_until(b"\n")).decode("utf-8").strip() or "anonymous"
            self.members[stream] = name
            await self.broadcast("* %s joined (%d here)\n" % (name, len(self.members)))
            while True:
                line = (await stream.read_until(b"\n")).decode("utf-8").rstrip("\r\n")
                if line:
                    await self.broadcast("%s: %s\n" % (name, line), sender=stream)
        except StreamClosedError:
            pass
        name = self.members.pop(stream, None)
        if name is not None:
            await self.broadcast("* %s left\n" % name)


if __name__ == "__main__":
    parse_command_line()
    ChatServer().listen(options.port)
    print("chat server on port %d" % options.port)
    ioloop.IOLoop.current().start()
