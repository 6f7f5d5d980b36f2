# The web layer against hostile header values it interprets: signed
# cookies (get_signed_cookie on garbage must give None), If-None-Match
# against a computed Etag, and gzip-encoded request bodies (which the
# server does not decompress by default). Each answer is shown; after each case a plain
# request on a new connection must still be served.
from tornado import gen, ioloop, web
from tornado.iostream import StreamClosedError
from tornado.tcpclient import TCPClient

PORT = 23928


class Signed(web.RequestHandler):
    def get(self):
        self.write("v=%r" % (self.get_signed_cookie("s"),))

    def post(self):
        self.set_signed_cookie("s", "hello")
        self.write("set")


class Etag(web.RequestHandler):
    def get(self):
        self.write("same body every time")


class Echo(web.RequestHandler):
    def get(self):
        self.write("ok")

    def post(self):
        self.write("n=%d a=%r" % (len(self.request.body), self.get_body_argument("a", "-")))


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
        return "closed", b""
    head, _, body = data.partition(b"\r\n\r\n")
    return head.decode("latin-1").split("\r\n")[0], body


def request(method, path, headers=(), body=None):
    lines = ["%s %s HTTP/1.1" % (method, path), "Host: x", "Connection: close"]
    lines += list(headers)
    if body is not None:
        lines.append("Content-Length: %d" % len(body))
        if not any(h.lower().startswith("content-type") for h in headers):
            lines.append("Content-Type: application/x-www-form-urlencoded")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + (body or b"")


def raw_post(path, headers, body):
    head = ["POST %s HTTP/1.1" % path, "Host: x", "Connection: close",
            "Content-Length: %d" % len(body)] + list(headers)
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


async def main():
    app = web.Application([
        (r"/signed", Signed), (r"/etag", Etag),
        (r"/echo", Echo),
    ], cookie_secret="0123456789abcdef")
    server = app.listen(PORT, "127.0.0.1")
    status, body = await send(request("POST", "/signed", body=b""))
    etag = '"%s"' % __import__("hashlib").sha1(b"same body every time").hexdigest()
    gz = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03K\xb4\xad\xca,(HM\x01\x00*r\xd7\xe3\x08\x00\x00\x00'  # gzip.compress(b"a=zipped", mtime=0)
    cases = [
        ("signed none", request("GET", "/signed")),
        ("signed garbage", request("GET", "/signed", ["Cookie: s=garbage"])),
        ("signed empty", request("GET", "/signed", ['Cookie: s=""'])),
        ("signed pipes", request("GET", "/signed", ["Cookie: s=||||"])),
        ("signed v1 shape", request("GET", "/signed", ["Cookie: s=aGVsbG8=|1700000000|deadbeef"])),
        ("signed v1 bad b64", request("GET", "/signed", ["Cookie: s=!!!|1700000000|deadbeef"])),
        ("signed v2 shape", request("GET", "/signed", ["Cookie: s=2|1:0|10:1700000000|1:s|8:aGVsbG8=|deadbeef"])),
        ("signed v2 bad lengths", request("GET", "/signed", ["Cookie: s=2|9:0|10:1700000000|1:s|8:aGVsbG8=|deadbeef"])),
        ("signed v2 huge length", request("GET", "/signed", ["Cookie: s=2|99999999999999999999:0|x"])),
        ("signed v2 negative length", request("GET", "/signed", ["Cookie: s=2|-1:0|10:1700000000|1:s|8:aGVsbG8=|x"])),
        ("signed v2 no colon", request("GET", "/signed", ["Cookie: s=2|10|10:1700000000|1:s|8:aGVsbG8=|x"])),
        ("signed v3", request("GET", "/signed", ["Cookie: s=3|1:0|x"])),
        ("signed unicode", b"GET /signed HTTP/1.1\r\nHost: x\r\nConnection: close\r\nCookie: s=2|1:\xe9|x\r\n\r\n"),
        ("etag match", request("GET", "/etag", ["If-None-Match: " + etag])),
        ("etag weak match", request("GET", "/etag", ["If-None-Match: W/" + etag])),
        ("etag star", request("GET", "/etag", ["If-None-Match: *"])),
        ("etag list", request("GET", "/etag", ['If-None-Match: "a", ' + etag])),
        ("etag garbage", request("GET", "/etag", ['If-None-Match: W/, "", ,,'])),
        ("etag unquoted", request("GET", "/etag", ["If-None-Match: " + etag.strip('"')])),
        ("body gzip ok", raw_post("/echo", ["Content-Encoding: gzip", "Content-Type: application/x-www-form-urlencoded"], gz)),
        ("body gzip garbage", raw_post("/echo", ["Content-Encoding: gzip", "Content-Type: application/x-www-form-urlencoded"], b"not gzip at all")),
        ("body gzip truncated", raw_post("/echo", ["Content-Encoding: gzip", "Content-Type: application/x-www-form-urlencoded"], gz[:-6])),
        ("body deflate", raw_post("/echo", ["Content-Encoding: deflate", "Content-Type: application/x-www-form-urlencoded"], b"a=1")),
        ("body gzip twice", raw_post("/echo", ["Content-Encoding: gzip, gzip", "Content-Type: application/x-www-form-urlencoded"], gz)),
    ]
    for name, raw in cases:
        status, body = await send(raw)
        text = body.decode("latin-1")[:100]
        after, _ = await send(request("GET", "/echo"))
        print(name, "->", status, repr(text), "" if after.endswith("200 OK") else "NEXT: " + after)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
