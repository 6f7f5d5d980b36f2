# AsyncHTTPClient.fetch with a body_producer: the body is written piece by
# piece (chunked, or as given with a Content-Length header), by a plain
# function, a coroutine or a native coroutine; it reaches ordinary and
# @stream_request_body handlers (data_received in chunk_size pieces, gzip
# bodies inflated with decompress_request); a server that refuses the body
# early still gives its response; header and streaming callbacks; errors.
import gzip
import logging
from io import StringIO

from tornado import gen, ioloop, web
from tornado.escape import json_decode
from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets

log = StringIO()
handler = logging.StreamHandler(log)
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
for name in ("tornado.general", "tornado.application"):
    logging.getLogger(name).addHandler(handler)
    logging.getLogger(name).setLevel(logging.INFO)
    logging.getLogger(name).propagate = False
logging.getLogger("tornado.access").setLevel(logging.CRITICAL)


def show_log():
    for line in log.getvalue().splitlines():
        if line.startswith("tornado"):
            print("  log:", line)
    log.seek(0)
    log.truncate()


class Echo(web.RequestHandler):
    def put(self):
        self.write("%s %r te=%s cl=%s" % (self.request.method, self.request.body,
                                          self.request.headers.get("Transfer-Encoding"),
                                          self.request.headers.get("Content-Length")))

    post = put


@web.stream_request_body
class Pieces(web.RequestHandler):
    def prepare(self):
        self.pieces = []

    def data_received(self, chunk):
        self.pieces.append(chunk)

    def put(self):
        self.write({"pieces": [p.decode() for p in self.pieces],
                    "consumed": self.request.headers.get("X-Consumed-Content-Encoding")})

    post = put


PORT = 21958
PORT2 = 21959


async def fetch(label, path, port=PORT, **kwargs):
    url = "http://127.0.0.1:%d%s" % (port, path)
    try:
        response = await AsyncHTTPClient().fetch(url, raise_error=False, **kwargs)
        print(label, "->", response.code, response.body[:200])
        if response.error and response.code == 599:
            print("  error:", type(response.error).__name__, response.error)
    except Exception as e:
        print(label, "raised", type(e).__name__, e)
    await gen.sleep(0.01)
    show_log()


def sync_producer(write):
    write(b"one,")
    write(b"two,")
    write(b"three")


@gen.coroutine
def gen_producer(write):
    for piece in (b"abcdefghij", b"klmnopqrst", b"uvwxyz"):
        yield write(piece)


async def native_producer(write):
    for i in range(3):
        await write(b"%d;" % i)
        await gen.sleep(0.01)


async def main():
    server = HTTPServer(web.Application([("/echo", Echo)]), max_body_size=40)
    server.add_sockets(bind_sockets(PORT, "127.0.0.1"))
    server2 = HTTPServer(web.Application([("/pieces", Pieces), ("/echo", Echo)]), chunk_size=10,
                         decompress_request=True)
    server2.add_sockets(bind_sockets(PORT2, "127.0.0.1"))

    await fetch("sync producer", "/echo", method="PUT", body_producer=sync_producer)
    await fetch("gen producer", "/echo", method="POST", body_producer=gen_producer)
    await fetch("native producer", "/echo", method="PUT", body_producer=native_producer)
    await fetch("with content-length", "/echo", method="PUT", headers={"Content-Length": "9"},
                body_producer=lambda write: write(b"123456789"))
    await fetch("too large", "/echo", method="PUT",
                body_producer=lambda write: write(b"x" * 100))
    await fetch("streamed pieces", "/pieces", port=PORT2, method="PUT", body_producer=gen_producer)
    await fetch("plain body streamed", "/pieces", port=PORT2, method="POST",
                body="abcdefghijklmnopqrstuvwxyz")
    # (How an inflated body splits into pieces is zlib's business: the
    # handler's reply is shown joined.)
    body = gzip.compress(b"abcdefghijklmnopqrstuvwxyz")
    response = await AsyncHTTPClient().fetch("http://127.0.0.1:%d/pieces" % PORT2, method="POST",
                                             body=body, headers={"Content-Encoding": "gzip"})
    reply = json_decode(response.body)
    print("gzip body streamed ->", response.code, "".join(reply["pieces"]), reply["consumed"],
          all(len(p) <= 10 for p in reply["pieces"]))
    await fetch("other server, producer", "/echo", port=PORT2, method="PUT",
                body_producer=native_producer)
    heads = []
    chunks = []
    await fetch("callbacks", "/echo", method="PUT", body_producer=sync_producer,
                header_callback=heads.append, streaming_callback=chunks.append)
    print("  head lines:", [h for h in heads if not h.startswith(("Date", "Server", "Etag"))])
    print("  streamed:", b"".join(chunks))
    request = HTTPRequest("http://127.0.0.1:%d/echo" % PORT, method="PUT",
                          body_producer=sync_producer)
    response = await AsyncHTTPClient().fetch(request)
    print("request object ->", response.code, response.body)
    await fetch("refused", "/echo", port=1, method="PUT", body_producer=sync_producer)
    server.stop()
    server2.stop()


ioloop.IOLoop.current().run_sync(main)
