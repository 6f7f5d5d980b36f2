# HTTPServer's own limits against requests at and past them:
# max_header_size, max_body_size (Content-Length and chunked), and
# Expect: 100-continue on a body past the limit (Tornado sends the 100,
# then the 400). Every status line the server sends is shown; after each
# case a plain request on a new connection must still be served.
from tornado import gen, ioloop, web
from tornado.httpserver import HTTPServer
from tornado.iostream import StreamClosedError
from tornado.tcpclient import TCPClient

PORT = 23929


class H(web.RequestHandler):
    def get(self):
        self.write("ok")

    def post(self):
        self.write("n=%d" % len(self.request.body))


async def send(raw):
    stream = await TCPClient().connect("127.0.0.1", PORT)
    try:
        await stream.write(raw)
    except StreamClosedError:
        pass
    data = b""
    try:
        while True:
            data += await gen.with_timeout(ioloop.IOLoop.current().time() + 3,
                                           stream.read_bytes(65536, partial=True))
    except StreamClosedError:
        pass
    except gen.TimeoutError:
        data += b" [timeout]"
    stream.close()
    if not data:
        return ["closed"], b""
    statuses = [line.decode("latin-1") for line in data.split(b"\r\n") if line.startswith(b"HTTP/1.")]
    return statuses, data.rpartition(b"\r\n\r\n")[2]


def request(method, path, headers=(), body=None):
    lines = ["%s %s HTTP/1.1" % (method, path), "Host: x", "Connection: close"]
    lines += list(headers)
    if body is not None:
        lines.append("Content-Length: %d" % len(body))
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + (body or b"")


def chunked(sizes, headers=()):
    head = ["POST /h HTTP/1.1", "Host: x", "Connection: close", "Transfer-Encoding: chunked"]
    body = b"".join(("%x" % n).encode() + b"\r\n" + b"x" * n + b"\r\n" for n in sizes)
    return ("\r\n".join(head + list(headers)) + "\r\n\r\n").encode() + body + b"0\r\n\r\n"


CASES = [
    ("get", request("GET", "/h")),
    ("body at limit", request("POST", "/h", body=b"x" * 10)),
    ("body past limit", request("POST", "/h", body=b"x" * 11)),
    ("body far past limit", request("POST", "/h", body=b"x" * 2000)),
    ("chunked at limit", chunked([5, 5])),
    ("chunked past limit", chunked([5, 6])),
    ("chunked many small", chunked([1] * 11)),
    ("head under limit", request("GET", "/h", ["X-Pad: " + "p" * 120])),
    ("head past limit", request("GET", "/h", ["X-Pad: " + "p" * 180])),
    ("head far past limit", request("GET", "/h", ["X-Pad: " + "p" * 1500])),
    ("expect at limit", request("POST", "/h", ["Expect: 100-continue"], b"x" * 10)),
    ("expect past limit", request("POST", "/h", ["Expect: 100-continue"], b"x" * 11)),
    ("expect chunked past limit", chunked([11], ["Expect: 100-continue"])),
    ("expect bad length", request("POST", "/h", ["Expect: 100-continue", "Content-Length: +1"], b"x")),
    ("expect two lengths", request("POST", "/h", ["Expect: 100-continue", "Content-Length: 2"], b"x")),
    ("expect bad host", request("POST", "/h", ["Expect: 100-continue", "Host: a b"], b"x")),
    ("expect other", request("POST", "/h", ["Expect: 100-Continue"], b"x")),
]


async def main():
    server = HTTPServer(web.Application([(r"/h", H)]), max_header_size=200, max_body_size=10)
    server.listen(PORT, "127.0.0.1")
    for name, raw in CASES:
        statuses, body = await send(raw)
        after, _ = await send(request("GET", "/h"))
        print(name, "->", statuses, repr(body[:40]),
              "" if after[-1].endswith("200 OK") else "NEXT: %r" % after)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
