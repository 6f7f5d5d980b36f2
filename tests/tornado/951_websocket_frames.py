# tornado.websocket's frame reader, driven by hand-made frames over a raw
# TCP connection: masking, 7/16/64-bit lengths, fragmented messages with a
# ping between the fragments, the closing handshake, and the protocol
# errors that make the server drop the connection (unmasked frames,
# reserved opcodes and bits, bad UTF-8, stray continuations, long or
# fragmented control frames).
import logging
import struct

from tornado import gen, ioloop, web, websocket
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.tcpclient import TCPClient

logging.getLogger("tornado").setLevel(logging.CRITICAL)
PORT = 21951
events = []


class Echo(websocket.WebSocketHandler):
    def on_message(self, message):
        events.append(("message", type(message).__name__, len(message), message[:12]))
        self.write_message(message, binary=isinstance(message, bytes))

    def on_ping(self, data):
        events.append(("ping", data))

    def on_close(self):
        events.append(("close", self.close_code, self.close_reason))


def frame(opcode, payload, fin=True, mask=b"\x01\x02\x03\x04", rsv=0):
    first = (0x80 if fin else 0) | rsv | opcode
    n = len(payload)
    mask_bit = 0x80 if mask else 0
    if n < 126:
        head = struct.pack("!BB", first, mask_bit | n)
    elif n < 65536:
        head = struct.pack("!BBH", first, mask_bit | 126, n)
    else:
        head = struct.pack("!BBQ", first, mask_bit | 127, n)
    if mask:
        payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        head += mask
    return head + payload


def close_frame(code=1000, reason=b""):
    return frame(0x8, struct.pack("!H", code) + reason)


HANDSHAKE = (b"GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
             b"Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
             b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n")


def describe(data):
    """The server's frames, decoded."""
    out = []
    while data:
        b0, b1 = data[0], data[1]
        n = b1 & 0x7F
        pos = 2
        if n == 126:
            n = struct.unpack("!H", data[2:4])[0]
            pos = 4
        elif n == 127:
            n = struct.unpack("!Q", data[2:10])[0]
            pos = 10
        payload = data[pos:pos + n]
        shown = payload if len(payload) <= 16 else payload[:16] + b"...%d" % len(payload)
        out.append("fin=%d op=%d %r" % (b0 >> 7, b0 & 0xF, shown))
        data = data[pos + n:]
    return out


async def run(label, frames):
    stream = await TCPClient().connect("127.0.0.1", PORT)
    stream.write(HANDSHAKE + b"".join(frames))
    head = await stream.read_until(b"\r\n\r\n")
    status = head.split(b"\r\n")[0].decode()
    accept = [line for line in head.split(b"\r\n") if line.lower().startswith(b"sec-websocket-accept")]
    try:
        rest = await gen.with_timeout(ioloop.IOLoop.current().time() + 3, stream.read_until_close())
    except gen.TimeoutError:
        rest = b""
        print(label, "| still open after 3s")
        stream.close()
    print(label, "|", status, accept)
    for line in describe(rest):
        print("    ", line)
    await gen.sleep(0.01)
    for e in events:
        print("     event", e)
    del events[:]


async def main():
    server = HTTPServer(web.Application([("/ws", Echo)]))
    server.add_sockets(bind_sockets(PORT, "127.0.0.1"))
    await run("text and close", [frame(1, b"hello"), close_frame(1000, b"bye")])
    await run("binary", [frame(2, bytes(range(10))), close_frame()])
    await run("16-bit length", [frame(1, b"m" * 300), close_frame()])
    await run("64-bit length", [frame(2, b"\x07" * 70000), close_frame()])
    await run("zero mask", [frame(1, b"plain", mask=b"\0\0\0\0"), close_frame()])
    await run("fragments with a ping", [
        frame(1, b"hel", fin=False), frame(9, b"between"), frame(0, b"lo ", fin=False),
        frame(0, "w\u00f6rld".encode(), fin=True), close_frame(1001)])
    await run("empty close", [frame(1, b"x"), frame(8, b"")])
    await run("close with reason only code", [close_frame(4000, "r\u00e9ason".encode())])
    await run("unmasked", [frame(1, b"hello", mask=None)])
    await run("reserved opcode", [frame(3, b"what")])
    await run("rsv bit", [frame(1, b"rsv", rsv=0x20)])
    await run("rsv1 without deflate", [frame(1, b"rsv", rsv=0x40)])
    await run("bad utf-8", [frame(1, b"\xff\xfe"), close_frame()])
    await run("stray continuation", [frame(0, b"cont")])
    await run("new message inside fragments", [frame(1, b"a", fin=False), frame(1, b"b")])
    await run("long ping", [frame(9, b"p" * 126)])
    await run("fragmented ping", [frame(9, b"p", fin=False)])


ioloop.IOLoop.current().run_sync(main, timeout=60)
