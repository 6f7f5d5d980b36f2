# The web layer against hostile requests: invalid percent-encoded UTF-8
# and NUL in paths, query strings and form bodies; a great many
# arguments; deeply nested JSON; garbage Cookie headers; bad form
# Content-Types; absolute-form targets, OPTIONS *, odd request lines,
# long header values, NUL bytes anywhere. Each answer is shown, and after
# each case a plain request on a new connection must still be served.
import json

from tornado import escape, gen, httputil, ioloop, web
from tornado.iostream import StreamClosedError
from tornado.tcpclient import TCPClient

PORT = 23926


class Path(web.RequestHandler):
    def get(self, arg):
        self.write("path %r uri %r" % (arg, self.request.path))


class Args(web.RequestHandler):
    def get(self):
        self.write("n=%d a=%r" % (len(self.request.arguments),
                                   self.get_argument("a", "-")))

    def post(self):
        self.write("n=%d a=%r body=%r" % (len(self.request.body_arguments),
                                           self.get_body_argument("a", "-"),
                                           self.get_argument("b", "-")))


class Raw(web.RequestHandler):
    def get(self):
        self.write("raw %r" % (sorted(self.request.query_arguments.items())[:3],))

    def post(self):
        self.write("raw %r" % (sorted(self.request.body_arguments.items())[:3],))


class Json(web.RequestHandler):
    def post(self, how):
        if how == "json":
            value = json.loads(self.request.body)
        else:
            value = escape.json_decode(self.request.body)
        self.write("json %s" % type(value).__name__)


class Cookies(web.RequestHandler):
    def get(self):
        self.write("a=%r names=%r" % (self.get_cookie("a"), sorted(self.cookies.keys())))


class Echo(web.RequestHandler):
    def get(self):
        self.write("%s %r %r %r %r" % (self.request.method, self.request.uri,
                                       self.request.path, self.request.query,
                                       self.request.host))

    def options(self):
        self.get()

    def post(self):
        self.write("len %d" % len(self.request.headers.get("X-Long", "")))


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


many = "&".join("k%d=%d" % (i, i) for i in range(20000))
fields = lambda n: "&".join("k%d=%d" % (i, i) for i in range(n - 1)) + "&a=last"


def multipart(n, header_pad=0):
    parts = [b"--B\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Pad: " + b"p" * header_pad
             + b"\r\n\r\nv" + str(i).encode() + b"\r\n" for i in range(n)]
    return b"".join(parts) + b"--B--\r\n"


deep = b"[" * 100000
deep_obj = b'{"a":' * 50000

CASES = [
    ("path ascii", request("GET", "/p/abc")),
    ("path utf8", request("GET", "/p/caf%C3%A9")),
    ("path bad utf8", request("GET", "/p/%FF%FE")),
    ("path lone continuation", request("GET", "/p/%80")),
    ("path overlong", request("GET", "/p/%C0%AF")),
    ("path surrogate", request("GET", "/p/%ED%A0%80")),
    ("path %00", request("GET", "/p/a%00b")),
    ("path raw high byte", b"GET /p/caf\xe9 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("path bad percent", request("GET", "/p/%zz%4")),
    ("path plus", request("GET", "/p/a+b")),
    ("path encoded slash", request("GET", "/p/a%2Fb")),
    ("unmatched bad utf8", request("GET", "/nowhere/%FF")),
    ("query bad utf8", request("GET", "/args?a=%FF")),
    ("query bad utf8 other", request("GET", "/args?z=%FF&a=1")),
    ("query %00", request("GET", "/args?a=x%00y")),
    ("query raw high byte", b"GET /args?a=caf\xe9 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("query no value", request("GET", "/args?a&b=&=c&&")),
    ("query semicolon", request("GET", "/args?a=1;b=2")),
    ("query many", request("GET", "/args?" + many + "&a=last")),
    ("query raw bad", request("GET", "/raw?a=%FF&b=%zz")),
    ("query 1000 fields", request("GET", "/args?" + fields(1000))),
    ("query 1001 fields", request("GET", "/args?" + fields(1001))),
    ("query 1001 empty fields", request("GET", "/args?" + "&" * 1000)),
    ("query 1001 fields unmatched", request("GET", "/nowhere?" + fields(1001))),
    ("form 1000 fields", request("POST", "/args", body=fields(1000).encode())),
    ("form 1001 fields", request("POST", "/args", body=fields(1001).encode())),
    ("multipart 99 parts", request("POST", "/args", ["Content-Type: multipart/form-data; boundary=B"], multipart(99))),
    ("multipart 100 parts", request("POST", "/args", ["Content-Type: multipart/form-data; boundary=B"], multipart(100))),
    ("multipart big part header", request("POST", "/args", ["Content-Type: multipart/form-data; boundary=B"], multipart(1, 10240))),
    ("multipart part header at limit", request("POST", "/args", ["Content-Type: multipart/form-data; boundary=B"], multipart(1, 10150))),
    ("form bad utf8", request("POST", "/args", body=b"a=%FF")),
    ("form bad utf8 raw", request("POST", "/args", body=b"a=\xff\xfe")),
    ("form bad utf8 other", request("POST", "/args", body=b"z=%FF&a=ok")),
    ("form %00", request("POST", "/args", body=b"a=1%002")),
    ("form many", request("POST", "/args", body=(many + "&a=last").encode())),
    ("form raw bad", request("POST", "/raw", body=b"a=%FF%FE&c=%00")),
    ("form ctype garbage", request("POST", "/args", ["Content-Type: ;;;==="], b"a=1")),
    ("form ctype charset", request("POST", "/args", ["Content-Type: application/x-www-form-urlencoded; charset=latin-1"], b"a=1")),
    ("form ctype upper", request("POST", "/args", ["Content-Type: APPLICATION/X-WWW-FORM-URLENCODED"], b"a=1")),
    ("form ctype multipart no boundary", request("POST", "/args", ["Content-Type: multipart/form-data"], b"a=1")),
    ("form ctype multipart empty boundary", request("POST", "/args", ["Content-Type: multipart/form-data; boundary="], b"a=1")),
    ("form ctype text", request("POST", "/args", ["Content-Type: text/plain"], b"a=1")),
    ("form ctype nul", request("POST", "/args", ["Content-Type: application/x-www-form-urlencoded\x00"], b"a=1")),
    ("json deep list", request("POST", "/j/json", ["Content-Type: application/json"], deep)),
    ("json_decode deep list", request("POST", "/j/decode", ["Content-Type: application/json"], deep)),
    ("json deep object", request("POST", "/j/json", ["Content-Type: application/json"], deep_obj)),
    ("json bad utf8", request("POST", "/j/decode", ["Content-Type: application/json"], b'"\xff"')),
    ("json ok", request("POST", "/j/decode", ["Content-Type: application/json"], b'[[1]]')),
    ("cookie plain", request("GET", "/cookie", ["Cookie: a=1; b=2"])),
    ("cookie garbage", request("GET", "/cookie", ["Cookie: ;;;=;=a;a"])),
    ("cookie quoted", request("GET", "/cookie", ['Cookie: a="x\\"y\\073z"'])),
    ("cookie bad quote", request("GET", "/cookie", ['Cookie: a="abc; b=2'])),
    ("cookie octal escapes", request("GET", "/cookie", ['Cookie: a="\\377\\000\\1"'])),
    ("cookie no equals", request("GET", "/cookie", ["Cookie: a"])),
    ("cookie spaces", request("GET", "/cookie", ["Cookie:   a  =  1  ;  b = 2 "])),
    ("cookie duplicate", request("GET", "/cookie", ["Cookie: a=1; a=2"])),
    ("cookie two headers", request("GET", "/cookie", ["Cookie: a=1", "Cookie: b=2"])),
    ("cookie high bytes", b"GET /cookie HTTP/1.1\r\nHost: x\r\nConnection: close\r\nCookie: a=caf\xe9; \xff=\xfe\r\n\r\n"),
    ("cookie many", request("GET", "/cookie", ["Cookie: " + "; ".join("c%d=%d" % (i, i) for i in range(5000))])),
    ("cookie reserved names", request("GET", "/cookie", ["Cookie: path=1; Expires=2; a b=3; a,b=4; ok=1; max-age=5; a=6"])),
    ("cookie dollar", request("GET", "/cookie", ["Cookie: $Version=1; a=1; $Path=/"])),
    ("absolute-form", request("GET", "http://example.com/echo?x=1")),
    ("absolute-form other path", request("GET", "http://example.com:8080/")),
    ("absolute-form https", request("GET", "https://h/echo")),
    ("options star", request("OPTIONS", "*")),
    ("get star", request("GET", "*")),
    ("no leading slash", request("GET", "echo")),
    ("empty target", b"GET  HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("only spaces", b"     \r\n\r\n"),
    ("only spaces then crlf", b"     \r\nHost: x\r\n\r\n"),
    ("tab separated", b"GET\t/echo\tHTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("double space", b"GET  /echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("lowercase method", request("get", "/echo")),
    ("unknown method", request("BREW", "/echo")),
    ("lowercase version", b"GET /echo http/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("nul in method", b"GE\x00T /echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("nul in target", b"GET /echo\x00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("nul in version", b"GET /echo HTTP/1.1\x00\r\nHost: x\r\nConnection: close\r\n\r\n"),
    ("nul in header name", b"GET /echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX\x00Y: 1\r\n\r\n"),
    ("nul in header value", b"GET /echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Y: a\x00b\r\n\r\n"),
    ("nul in host", b"GET /echo HTTP/1.1\r\nHost: x\x00y\r\nConnection: close\r\n\r\n"),
    ("nul in body", request("POST", "/echo", ["X-Long: 1"], b"a\x00b")),
    ("nul alone", b"\x00\r\n\r\n"),
    ("host garbage", request("GET", "/echo", ["Host: a b"])),
    ("host empty", b"GET /echo HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n"),
    ("no host 1.1", b"GET /echo HTTP/1.1\r\nConnection: close\r\n\r\n"),
    ("two hosts", request("GET", "/echo", ["Host: y"])),
    ("long header value", request("POST", "/echo", ["X-Long: " + "v" * 65000], b"")),
    ("header value at limit", request("POST", "/echo", ["X-Long: " + "v" * 65400], b"")),
    ("header value past limit", request("POST", "/echo", ["X-Long: " + "v" * 66000], b"")),
    ("many long headers", request("POST", "/echo", ["X-%d: %s" % (i, "h" * 1000) for i in range(60)], b"")),
    ("if-none-match garbage", request("GET", "/echo", ['If-None-Match: "\x01, W/, ,,*'])),
    ("range garbage", request("GET", "/echo", ["Range: bytes=9-1,-,x-y"])),
    ("accept-language garbage", request("GET", "/echo", ["Accept-Language: ;q=x,,*;q="])),
]


async def main():
    app = web.Application([
        (r"/p/(.*)", Path),
        (r"/args", Args),
        (r"/raw", Raw),
        (r"/j/(\w+)", Json),
        (r"/cookie", Cookies),
        (r"/echo", Echo),
        (r"/", Echo),
        (r"http://example.com/echo", Echo),
    ])
    server = app.listen(PORT, "127.0.0.1")
    for name, raw in CASES:
        status, body = await send(raw)
        text = body.decode("latin-1")
        if len(text) > 160:
            text = text[:160] + "...(%d)" % len(text)
        after, _ = await send(request("GET", "/echo"))
        print(name, "->", status, repr(text), "" if after.endswith("200 OK") else "NEXT: " + after)
    # The limits can be raised for the whole process.
    httputil.set_parse_body_config(httputil.ParseBodyConfig(
        urlencoded=httputil.ParseUrlEncodedConfig(max_arguments=2000),
        multipart=httputil.ParseMultipartConfig(max_parts=200)))
    for name, raw in CASES:
        if "1001" in name or "100 parts" in name:
            status, body = await send(raw)
            print("raised limits:", name, "->", status, repr(body.decode("latin-1")[:60]))
    server.stop()


ioloop.IOLoop.current().run_sync(main)
