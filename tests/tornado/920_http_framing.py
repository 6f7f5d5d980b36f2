# Hostile and borderline HTTP/1.1 framing, sent as raw bytes: what the
# server answers (status line and body, or "closed"), and that a normal
# request is still answered afterwards. RFC 9112 section 6 as Tornado 6.6
# reads it: one Content-Length (repeats must agree), digits only,
# Transfer-Encoding exactly "chunked" and never beside Content-Length,
# chunk sizes in bare hex.
from tornado import gen, ioloop, web
from tornado.httpserver import HTTPServer
from tornado.iostream import StreamClosedError
from tornado.tcpclient import TCPClient

PORT = 21920


class Echo(web.RequestHandler):
    def get(self):
        self.write("get %s" % self.request.version)

    def post(self):
        self.write("%d:%r" % (len(self.request.body), self.request.body[:24]))


def post(headers, body=b""):
    return b"POST / HTTP/1.1\r\nHost: x\r\n" + headers + b"Connection: close\r\n\r\n" + body


CHUNKED = b"Transfer-Encoding: chunked\r\n"
CASES = [
    ("get", b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("no host", b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n"),
    ("two hosts", b"GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\nConnection: close\r\n\r\n"),
    ("bad host", b"GET / HTTP/1.1\r\nHost: x y\r\nConnection: close\r\n\r\n"),
    ("chunk size overflow", post(CHUNKED, b"2\r\nab\r\nfffffffffffffffe\r\nab\r\n0\r\n\r\n")),
    ("chunk size 2**64", post(CHUNKED, b"10000000000000000\r\nab\r\n0\r\n\r\n")),
    ("chunk size past max_body_size", post(CHUNKED, b"800\r\n" + b"a" * 2048 + b"\r\n0\r\n\r\n")),
    ("chunks adding past max_body_size", post(CHUNKED, (b"200\r\n" + b"a" * 512 + b"\r\n") * 3 + b"0\r\n\r\n")),
    ("chunked ok", post(CHUNKED, b"2\r\nab\r\nA\r\n0123456789\r\n0\r\n\r\n")),
    ("chunked leading zeros", post(CHUNKED, b"0002\r\nab\r\n000\r\n\r\n")),
    ("chunk size +2", post(CHUNKED, b"+2\r\nab\r\n0\r\n\r\n")),
    ("chunk size -2", post(CHUNKED, b"-2\r\nab\r\n0\r\n\r\n")),
    ("chunk size 0x2", post(CHUNKED, b"0x2\r\nab\r\n0\r\n\r\n")),
    ("chunk size with space", post(CHUNKED, b"2 \r\nab\r\n0\r\n\r\n")),
    ("chunk size empty", post(CHUNKED, b"\r\nab\r\n0\r\n\r\n")),
    ("chunk extension", post(CHUNKED, b"2;a=b\r\nab\r\n0\r\n\r\n")),
    ("chunk trailer", post(CHUNKED, b"2\r\nab\r\n0\r\nX-T: 1\r\n\r\n")),
    ("chunk data too long", post(CHUNKED, b"2\r\nabc\r\n0\r\n\r\n")),
    ("chunk size line too long", post(CHUNKED, b"0" * 70 + b"2\r\nab\r\n0\r\n\r\n")),
    ("chunk size bare LF", post(CHUNKED, b"2\nab\r\n0\r\n\r\n")),
    ("te Chunked", post(b"Transfer-Encoding: Chunked\r\n", b"2\r\nab\r\n0\r\n\r\n")),
    ("te xchunked", post(b"Transfer-Encoding: xchunked\r\n", b"2\r\nab\r\n0\r\n\r\n")),
    ("te gzip, chunked", post(b"Transfer-Encoding: gzip, chunked\r\n", b"2\r\nab\r\n0\r\n\r\n")),
    ("te identity", post(b"Transfer-Encoding: identity\r\n", b"ab")),
    ("te chunked twice", post(CHUNKED + CHUNKED, b"2\r\nab\r\n0\r\n\r\n")),
    ("te chunked, chunked", post(b"Transfer-Encoding: chunked, chunked\r\n", b"2\r\nab\r\n0\r\n\r\n")),
    ("te and cl", post(CHUNKED + b"Content-Length: 12\r\n", b"2\r\nab\r\n0\r\n\r\n")),
    ("cl and te", post(b"Content-Length: 2\r\n" + CHUNKED, b"2\r\nab\r\n0\r\n\r\n")),
    ("cl ok", post(b"Content-Length: 5\r\n", b"hello")),
    ("cl zero", post(b"Content-Length: 0\r\n")),
    ("cl leading zeros", post(b"Content-Length: 005\r\n", b"hello")),
    ("cl twice equal", post(b"Content-Length: 5\r\nContent-Length: 5\r\n", b"hello")),
    ("cl twice different", post(b"Content-Length: 5\r\nContent-Length: 6\r\n", b"hello!")),
    ("cl list equal", post(b"Content-Length: 5, 5\r\n", b"hello")),
    ("cl list different", post(b"Content-Length: 5,6\r\n", b"hello!")),
    ("cl +5", post(b"Content-Length: +5\r\n", b"hello")),
    ("cl -5", post(b"Content-Length: -5\r\n", b"hello")),
    ("cl 0x5", post(b"Content-Length: 0x5\r\n", b"hello")),
    ("cl 5 5", post(b"Content-Length: 5 5\r\n", b"hello")),
    ("cl padded", post(b"Content-Length: \t 5 \t\r\n", b"hello")),
    ("cl empty", post(b"Content-Length: \r\n", b"")),
    ("cl 5.0", post(b"Content-Length: 5.0\r\n", b"hello")),
    ("cl 2**64", post(b"Content-Length: 18446744073709551621\r\n", b"hello")),
    ("cl past max_body_size", post(b"Content-Length: 2048\r\n", b"a" * 2048)),
    ("cl unicode digit", post("Content-Length: \u0665\r\n".encode("utf-8"), b"hello")),
    ("bare LF head", b"POST / HTTP/1.1\nHost: x\nContent-Length: 2\nConnection: close\n\nab"),
    ("http/1.0", b"GET / HTTP/1.0\r\nHost: x\r\n\r\n"),
    ("http/1.2", b"GET / HTTP/1.2\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("http/2.0", b"GET / HTTP/2.0\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("http/1.10", b"GET / HTTP/1.10\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("lowercase http", b"GET / http/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("two spaces in request line", b"GET  / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("tab in request line", b"GET\t/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("no version", b"GET /\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("bad method char", b"G@T / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("non-ascii target", b"GET /\xe9 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("control char in target", b"GET /\x01 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("header without colon", b"GET / HTTP/1.1\r\nHost x\r\nConnection: close\r\n\r\n"),
    ("folded header", b"GET / HTTP/1.1\r\nHost: x\r\n  y\r\nConnection: close\r\n\r\n"),
    ("space before colon", b"GET / HTTP/1.1\r\nHost : x\r\nConnection: close\r\n\r\n"),
    ("empty header name", b"GET / HTTP/1.1\r\nHost: x\r\n: x\r\nConnection: close\r\n\r\n"),
    ("control char in value", b"GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x01b\r\nConnection: close\r\n\r\n"),
    ("DEL in value", b"GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x7fb\r\nConnection: close\r\n\r\n"),
    ("NUL in value", b"GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\nConnection: close\r\n\r\n"),
    ("CR in value", b"GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\nConnection: close\r\n\r\n"),
    ("latin-1 value", b"GET / HTTP/1.1\r\nHost: x\r\nX-A: caf\xe9\r\nConnection: close\r\n\r\n"),
    ("150 headers", b"GET / HTTP/1.1\r\nHost: x\r\n" + "".join("X-H%d: %d\r\n" % (i, i) for i in range(150)).encode() + b"Connection: close\r\n\r\n"),
    ("blank lines first", b"\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("one blank line first", b"\r\nGET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("pipelined", b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nabPOST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nc\r\n0\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("smuggle after bad cl", b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\nabGET /admin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("expect 100-continue", post(b"Expect: 100-continue\r\nContent-Length: 5\r\n", b"hello")),
    ("expect 100-Continue", post(b"Expect: 100-Continue\r\nContent-Length: 5\r\n", b"hello")),
    ("header past max_header_size", b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 5000 + b"\r\nConnection: close\r\n\r\n"),
]


async def send(raw):
    stream = await TCPClient().connect("127.0.0.1", PORT)
    await stream.write(raw)
    data = b""
    try:
        while True:
            data += await gen.with_timeout(ioloop.IOLoop.current().time() + 2,
                                           stream.read_bytes(65536, partial=True))
    except StreamClosedError:
        pass
    except gen.TimeoutError:
        data += b" [timeout]"
    stream.close()
    if not data:
        return ["closed"]
    out = []
    for response in data.split(b"HTTP/1.1 ")[1:]:
        head, _, body = response.partition(b"\r\n\r\n")
        out.append(head.split(b"\r\n")[0].decode("latin-1") + " " + body.decode("latin-1"))
    return out


async def main():
    app = web.Application([(r"/.*", Echo)])
    server = HTTPServer(app, max_body_size=1024, max_header_size=4096)
    server.listen(PORT, "127.0.0.1")
    for name, raw in CASES:
        print(name, "->", " | ".join(await send(raw)))
    print("still serving ->", " | ".join(await send(CASES[0][1])))
    server.stop()


ioloop.IOLoop.current().run_sync(main)
