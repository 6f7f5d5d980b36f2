# The HTTP server's answer to malformed requests: a bare
# "HTTP/1.1 400 Bad Request" and a closed connection, with the reason
# logged on tornado.general at INFO ("Malformed HTTP message from IP:
# why"); the server keeps serving others. Also: handlers that await a
# cancelled future get a 500 (logged as an uncaught exception), and a
# handler that has finished is not told the connection closed.
import asyncio
import logging
import socket
from io import StringIO

from tornado import gen, ioloop, web
from tornado.concurrent import Future
from tornado.iostream import IOStream

log = StringIO()
handler = logging.StreamHandler(log)
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
for name in ("tornado.general", "tornado.application"):
    logging.getLogger(name).addHandler(handler)
    logging.getLogger(name).setLevel(logging.INFO)
    logging.getLogger(name).propagate = False
logging.getLogger("tornado.access").setLevel(logging.CRITICAL)

PORT = 21957
closed_calls = []


def show_log():
    for line in log.getvalue().splitlines():
        if line.startswith("tornado"):
            print("  log:", line)
    log.seek(0)
    log.truncate()


def cancelled():
    f = Future()
    f.cancel()
    return f


class Echo(web.RequestHandler):
    def get(self):
        self.write("echo %s" % self.request.uri)

    def post(self):
        self.write("posted %r" % self.request.body)


class AwaitCancelled(web.RequestHandler):
    async def get(self):
        await cancelled()


class GenCancelled(web.RequestHandler):
    @gen.coroutine
    def get(self):
        yield cancelled()


class FinishedThenClosed(web.RequestHandler):
    def get(self):
        self.finish("done")

    def on_connection_close(self):
        closed_calls.append(self.request.uri)


async def raw(label, data):
    stream = IOStream(socket.socket())
    await stream.connect(("127.0.0.1", PORT))
    await stream.write(data)
    try:
        out = await gen.with_timeout(ioloop.IOLoop.current().time() + 3,
                                     stream.read_until_close())
    except gen.TimeoutError:
        out = b"<timeout>"
    lines = [line for line in out.split(b"\r\n")
             if not line.startswith((b"Date:", b"Server:", b"Etag:"))]
    print(label, lines)
    await gen.sleep(0.01)
    show_log()
    stream.close()


def post(extra, body=b""):
    return b"POST /echo HTTP/1.1\r\nHost: h\r\nConnection: close\r\n" + extra + b"\r\n" + body


async def main():
    app = web.Application([("/echo", Echo), ("/await", AwaitCancelled), ("/gen", GenCancelled),
                           ("/finished", FinishedThenClosed)])
    server = app.listen(PORT, "127.0.0.1", max_body_size=50)
    await raw("good", b"GET /echo?x=1 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
    await raw("garbage line", b"asdf\r\n\r\n")
    await raw("four words", b"GET /echo HTTP/1.1 extra\r\nHost: h\r\n\r\n")
    await raw("bad method", b"FOO,BAR /echo HTTP/1.1\r\nHost: h\r\n\r\n")
    await raw("unknown method", b"FOO /echo HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
    await raw("http/2", b"GET /echo HTTP/2.0\r\nHost: h\r\n\r\n")
    await raw("no colon", b"GET /echo HTTP/1.0\r\nasdf\r\n\r\n")
    await raw("folded header", b"GET /echo HTTP/1.1\r\nHost: h\r\n  folded\r\n\r\n")
    await raw("host with space", b"GET /echo HTTP/1.0\r\nHost: foo bar\r\n\r\n")
    await raw("two hosts", b"GET /echo HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n")
    await raw("alphabetic length", post(b"Content-Length: foo\r\n", b"12345"))
    await raw("plus length", post(b"Content-Length: +10\r\n", b"1234567890"))
    await raw("underscore length", post(b"Content-Length: 1_0\r\n", b"1234567890"))
    await raw("unequal lengths", post(b"Content-Length: 2, 3\r\n", b"abc"))
    await raw("equal lengths", post(b"Content-Length: 3, 3\r\n", b"abc"))
    await raw("length too long", post(b"Content-Length: 51\r\n", b"x" * 51))
    await raw("both framings", post(b"Content-Length: 3\r\nTransfer-Encoding: chunked\r\n",
                                    b"abc"))
    await raw("gzip, chunked", post(b"Transfer-Encoding: gzip, chunked\r\n", b"0\r\n\r\n"))
    await raw("chunked twice", post(b"Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n",
                                    b"0\r\n\r\n"))
    await raw("bad chunk size", post(b"Transfer-Encoding: chunked\r\n", b"0x3\r\nabc\r\n0\r\n\r\n"))
    await raw("chunked too large", post(b"Transfer-Encoding: chunked\r\n",
                                        b"20\r\n" + b"y" * 32 + b"\r\n20\r\n" + b"z" * 32
                                        + b"\r\n0\r\n\r\n"))
    await raw("good chunked", post(b"Transfer-Encoding: chunked\r\n", b"3\r\nabc\r\n0\r\n\r\n"))
    await raw("await cancelled", b"GET /await HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
    await raw("gen cancelled", b"GET /gen HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
    await raw("finished", b"GET /finished HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
    await gen.sleep(0.05)
    print("on_connection_close calls after finish:", closed_calls)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
