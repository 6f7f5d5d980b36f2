# A server whose application has @stream_request_body handlers: prepare
# runs before the body is read, so it can raise or lower the body limit
# (set_max_body_size) and the body timeout (set_body_timeout) through
# request.connection; data_received gets the body in pieces of at most
# chunk_size, and an awaitable it returns holds the reading back; a
# handler may answer before the body is in; Expect: 100-continue;
# keep-alive; malformed requests answered with a bare 400 and logged;
# xheaders on the same path; and ordinary handlers on it still work.
import logging
import socket
from io import StringIO

from tornado import gen, ioloop, web
from tornado.httpserver import HTTPServer
from tornado.iostream import IOStream, StreamClosedError
from tornado.netutil import bind_sockets

log = StringIO()
handler = logging.StreamHandler(log)
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
for name in ("tornado.general", "tornado.application"):
    logging.getLogger(name).addHandler(handler)
    logging.getLogger(name).setLevel(logging.INFO)
    logging.getLogger(name).propagate = False
logging.getLogger("tornado.access").setLevel(logging.CRITICAL)

events = []


def show_log():
    for line in log.getvalue().splitlines():
        if line.startswith("tornado"):
            print("  log:", line)
    log.seek(0)
    log.truncate()


@web.stream_request_body
class Upload(web.RequestHandler):
    def prepare(self):
        self.received = []
        events.append("prepare")
        if "max" in self.request.arguments:
            self.request.connection.set_max_body_size(int(self.get_argument("max")))
        if "timeout" in self.request.arguments:
            self.request.connection.set_body_timeout(float(self.get_argument("timeout")))
        if "early" in self.request.arguments:
            self.set_status(403)
            self.finish("not you")

    async def data_received(self, chunk):
        events.append("data %d" % len(chunk))
        self.received.append(chunk)
        if "slow" in self.request.arguments:
            await gen.sleep(0.01)

    def put(self):
        events.append("put")
        self.write("%s got %d bytes: %s" % (self.request.remote_ip, sum(map(len, self.received)),
                                            b"".join(self.received)[:20].decode()))

    post = put

    def on_connection_close(self):
        events.append("connection closed")


class Plain(web.RequestHandler):
    def post(self):
        self.write("plain %r %r" % (self.request.body, self.get_body_arguments("a")))

    def get(self):
        self.write("plain get from %s via %s" % (self.request.remote_ip, self.request.protocol))


PORT = 21955
PORT2 = 21956


async def exchange(label, data, port=PORT, pause=None, then=None, read=True):
    stream = IOStream(socket.socket())
    await stream.connect(("127.0.0.1", port))
    del events[:]
    await stream.write(data)
    if pause is not None:
        await gen.sleep(pause)
        if then is not None:
            try:
                await stream.write(then)
            except StreamClosedError:
                pass
    out = b""
    if read:
        try:
            out = await gen.with_timeout(ioloop.IOLoop.current().time() + 3,
                                         stream.read_until_close())
        except gen.TimeoutError:
            out = b"<timeout>"
    else:
        stream.close()
        await gen.sleep(0.05)
    lines = [line for line in out.split(b"\r\n") if not line.startswith((b"Date:", b"Server:",
                                                                           b"Etag:"))]
    print(label)
    print("  response:", lines)
    print("  events:", collapse(events))
    show_log()
    stream.close()


def collapse(evs):
    # data_received sizes depend on how the bytes arrive: keep the total.
    out = []
    total = 0
    for e in evs:
        if e.startswith("data "):
            total += int(e[5:])
            continue
        if total:
            out.append("data total %d" % total)
            total = 0
        out.append(e)
    if total:
        out.append("data total %d" % total)
    return out


def put(path, body, extra=b"", chunked=False):
    if chunked:
        framed = b""
        for i in range(0, len(body), 7):
            piece = body[i:i + 7]
            framed += b"%x\r\n%s\r\n" % (len(piece), piece)
        framed += b"0\r\n\r\n"
        return (b"PUT " + path + b" HTTP/1.1\r\nHost: h\r\nConnection: close\r\n"
                b"Transfer-Encoding: chunked\r\n" + extra + b"\r\n" + framed)
    return (b"PUT " + path + b" HTTP/1.1\r\nHost: h\r\nConnection: close\r\nContent-Length: "
            + str(len(body)).encode() + b"\r\n" + extra + b"\r\n" + body)


async def main():
    app = web.Application([("/up", Upload), ("/plain", Plain)])
    server = HTTPServer(app, max_body_size=100, chunk_size=16)
    server.add_sockets(bind_sockets(PORT, "127.0.0.1"))
    server2 = HTTPServer(app, xheaders=True, body_timeout=5)
    server2.add_sockets(bind_sockets(PORT2, "127.0.0.1"))

    await exchange("small body", put(b"/up", b"x" * 40))
    await exchange("slow consumer", put(b"/up?slow=1", b"abcdefghij" * 5))
    await exchange("chunked body", put(b"/up", b"0123456789" * 6, chunked=True))
    await exchange("over the server limit", put(b"/up", b"y" * 150))
    await exchange("limit raised in prepare", put(b"/up?max=1000", b"z" * 150))
    await exchange("limit lowered in prepare", put(b"/up?max=10", b"w" * 50))
    await exchange("chunked past a lowered limit", put(b"/up?max=10", b"v" * 50, chunked=True))
    await exchange("answered in prepare", put(b"/up?early=1", b"q" * 50))
    await exchange("body timeout", put(b"/up?timeout=0.1", b"").replace(
        b"Content-Length: 0", b"Content-Length: 10") + b"abc")
    await exchange("expect 100-continue", put(b"/up", b"", b"Expect: 100-continue\r\n").replace(
        b"Content-Length: 0", b"Content-Length: 5"), pause=0.05, then=b"hello")
    await exchange("client leaves mid-body", put(b"/up", b"").replace(
        b"Content-Length: 0", b"Content-Length: 50"), pause=0.05, read=False)
    await exchange("plain handler form", b"POST /plain HTTP/1.1\r\nHost: h\r\nConnection: close\r\n"
                   b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\n"
                   b"a=1&a=2")
    await exchange("keep-alive pair", b"GET /plain HTTP/1.1\r\nHost: h\r\n\r\n"
                   + b"GET /plain HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
    await exchange("http/1.0", b"GET /plain HTTP/1.0\r\n\r\n")
    await exchange("not found", b"GET /nowhere HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
    await exchange("malformed line", b"what is this\r\n\r\n")
    await exchange("bad header", b"GET /plain HTTP/1.1\r\nHost: h\r\nno colon here\r\n\r\n")
    await exchange("bad length", b"PUT /up HTTP/1.1\r\nHost: h\r\nContent-Length: 1_0\r\n\r\n")
    await exchange("two framings", b"PUT /up HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n"
                   b"Transfer-Encoding: chunked\r\n\r\nabc")
    await exchange("xheaders", b"GET /plain HTTP/1.1\r\nHost: h\r\nX-Real-Ip: 10.1.2.3\r\n"
                   b"X-Scheme: https\r\nConnection: close\r\n\r\n", port=PORT2)
    await exchange("xheaders upload", put(b"/up", b"data", b"X-Forwarded-For: 10.0.0.1, 10.9.9.9\r\n"),
                   port=PORT2)
    await exchange("bad xheader ip", b"GET /plain HTTP/1.1\r\nHost: h\r\nX-Real-Ip: nonsense\r\n"
                   b"Connection: close\r\n\r\n", port=PORT2)
    server.stop()
    server2.stop()
    await server.close_all_connections()
    await server2.close_all_connections()
    print("closed all")


ioloop.IOLoop.current().run_sync(main)
