# The web layer's defences, against raw requests: XSRF cookies (missing,
# wrong, in a form field or a header, version 1 and 2 tokens), header
# injection through set_header/add_header/redirect/set_cookie, X-Real-IP
# and X-Forwarded-* with xheaders=True, and bad multipart bodies.
import re

from tornado import gen, ioloop, web
from tornado.httpserver import HTTPServer
from tornado.iostream import StreamClosedError
from tornado.tcpclient import TCPClient

PORT = 21921


class Form(web.RequestHandler):
    def get(self):
        html = self.xsrf_form_html()
        self.write(html)

    def post(self):
        self.write("posted %s" % self.get_argument("a", "-"))

    put = post
    delete = post


class Unchecked(Form):
    def check_xsrf_cookie(self):
        pass


class Inject(web.RequestHandler):
    def get(self, how):
        value = self.get_argument("v")
        try:
            if how == "set":
                self.set_header("X-V", value)
            elif how == "add":
                self.add_header("X-V", value)
            elif how == "bytes":
                self.set_header("X-V", value.encode("latin-1"))
            elif how == "redirect":
                self.redirect(value)
                return
            elif how == "cookie":
                self.set_cookie("c", value)
            elif how == "cookiename":
                self.set_cookie(value, "v")
            self.write("accepted")
        except Exception as e:
            self.write("%s: %s" % (type(e).__name__, e))


class Whoami(web.RequestHandler):
    def get(self):
        self.write("%s %s" % (self.request.remote_ip, self.request.protocol))


class Upload(web.RequestHandler):
    def check_xsrf_cookie(self):
        pass

    def post(self):
        files = {k: [(f.filename, f.body) for f in v] for k, v in self.request.files.items()}
        self.write("args=%r files=%r" % (sorted(self.request.body_arguments.items()), files))


async def send(raw, port=PORT):
    stream = await TCPClient().connect("127.0.0.1", port)
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
        return "closed", {}, b""
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(": ")
        headers.setdefault(k, []).append(v)
    return lines[0], headers, body


def request(method, path, headers=(), body=b""):
    lines = ["%s %s HTTP/1.1" % (method, path), "Host: x", "Connection: close"]
    lines += list(headers)
    if body or method in ("POST", "PUT"):
        lines.append("Content-Length: %d" % len(body))
        if not any(h.startswith("Content-Type") for h in headers):
            lines.append("Content-Type: application/x-www-form-urlencoded")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def shape(token):
    # A v2 token is 2|mask|masked|timestamp (random): show its shape.
    parts = token.split("|")
    return "|".join([parts[0]] + ["<%d>" % len(p) for p in parts[1:2]] +
                    ["<%d>" % len(p) for p in parts[2:3]] + (["<ts>"] if len(parts) > 3 else []))


async def xsrf():
    print("== xsrf")
    status, headers, body = await send(request("GET", "/form"))
    cookie = [c for c in headers.get("Set-Cookie", []) if c.startswith("_xsrf=")][0]
    token = cookie.split(";")[0][len("_xsrf="):]
    form_token = re.search(r'value="([^"]*)"', body.decode()).group(1)
    print("GET", status, "cookie", shape(token), "form", shape(form_token),
          "html", re.sub(r'value="[^"]*"', 'value="..."', body.decode()))
    print("cookie attrs", cookie.split(";")[1:])
    c = "Cookie: _xsrf=" + token
    other = "2|00000000|00112233445566778899aabbccddeeff|1700000000"
    v1 = "00112233445566778899aabbccddeeff"
    cases = [
        ("POST no token no cookie", request("POST", "/form", body=b"a=1")),
        ("POST cookie only", request("POST", "/form", [c], b"a=1")),
        ("POST token only", request("POST", "/form", body=("a=1&_xsrf=" + token).encode())),
        ("POST form field", request("POST", "/form", [c], ("a=1&_xsrf=" + token).encode())),
        ("POST form field remasked", request("POST", "/form", [c], ("a=1&_xsrf=" + form_token.replace("|", "%7C")).encode())),
        ("POST X-Xsrftoken", request("POST", "/form", [c, "X-Xsrftoken: " + form_token], b"a=1")),
        ("POST X-Csrftoken", request("POST", "/form", [c, "X-CSRFToken: " + token], b"a=1")),
        ("POST wrong token", request("POST", "/form", [c, "X-Xsrftoken: " + other], b"a=1")),
        ("POST garbage token", request("POST", "/form", [c, "X-Xsrftoken: 2|zz|yy|1"], b"a=1")),
        ("POST version 3 token", request("POST", "/form", [c, "X-Xsrftoken: 3|aa|bb|1"], b"a=1")),
        ("POST v1 cookie and token", request("POST", "/form", ["Cookie: _xsrf=" + v1, "X-Xsrftoken: " + v1], b"a=1")),
        ("POST v1 cookie, v2 token", request("POST", "/form", ["Cookie: _xsrf=" + v1, "X-Xsrftoken: 2|00000000|" + v1 + "|5"], b"a=1")),
        ("POST raw cookie and token", request("POST", "/form", ["Cookie: _xsrf=abc", "X-Xsrftoken: abc"], b"a=1")),
        ("PUT no token", request("PUT", "/form", body=b"a=1")),
        ("DELETE no token", request("DELETE", "/form")),
        ("DELETE with token", request("DELETE", "/form", [c, "X-Xsrftoken: " + token])),
        ("POST check overridden", request("POST", "/unchecked", body=b"a=1")),
        ("GET v1 cookie", request("GET", "/form", ["Cookie: _xsrf=" + v1])),
    ]
    for name, raw in cases:
        status, headers, body = await send(raw)
        extra = ""
        if name.startswith("GET"):
            extra = " set-cookie %r" % (headers.get("Set-Cookie"),)
            extra += " form " + shape(re.search(r'value="([^"]*)"', body.decode()).group(1))
        elif status.endswith("200 OK"):
            extra = " " + body.decode()
        print(name, "->", status, extra)


async def injection():
    print("== header injection")
    from urllib.parse import quote
    for how in ["set", "add", "bytes", "redirect", "cookie", "cookiename"]:
        for value in ["ok", "a\r\nX-Evil: 1", "a\nb", "a\rb", "a\x00b", "a\x7fb", "tab\there", "caf\xe9", "snow\u2603", "a b", "a;b"]:
            if how in ("bytes", "cookie") and value == "snow\u2603":
                continue
            status, headers, body = await send(request("GET", "/inject/%s?v=%s" % (how, quote(value))))
            shown = {k: v for k, v in headers.items() if k in ("X-V", "Location", "X-Evil")}
            print(how, repr(value), "->", status, body.decode("latin-1")[:90], shown)


async def xheaders():
    print("== xheaders")
    cases = [
        [],
        ["X-Real-IP: 4.4.4.4"],
        ["X-Real-IP: 4.4.4.4<script>"],
        ["X-Real-IP: ::1"],
        ["X-Real-IP: fe80::1%1"],
        ["X-Real-IP: 0x7f.1"],
        ["X-Real-IP: 010.0.0.1"],
        ["X-Real-IP: 09.1.1.1"],
        ["X-Real-IP: 1.2.3.4."],
        ["X-Real-IP: ::ffff:1.2.3.4"],
        ["X-Real-IP: 1::2::3"],
        ["X-Real-IP: 1:2:3:4:5:6:7:8"],
        ["X-Real-IP: 1:2:3:4:5:6:7::8"],
        ["X-Real-IP: 12345::1"],
        ["X-Real-IP: 1.2.3"],
        ["X-Real-IP: 999.1.1.1"],
        ["X-Real-IP: "],
        ["X-Real-IP: example.com"],
        ["X-Forwarded-For: 1.1.1.1, 2.2.2.2"],
        ["X-Forwarded-For: 1.1.1.1, bogus"],
        ["X-Forwarded-For: 1.1.1.1,  "],
        ["X-Forwarded-For: 1.1.1.1", "X-Real-IP: 3.3.3.3"],
        ["X-Forwarded-For: 1.1.1.1", "X-Real-IP: nope"],
        ["X-Scheme: https"],
        ["X-Scheme: javascript"],
        ["X-Forwarded-Proto: https"],
        ["X-Forwarded-Proto: http, https"],
        ["X-Forwarded-Proto: https, ftp"],
        ["X-Scheme: http", "X-Forwarded-Proto: https"],
    ]
    for hs in cases:
        status, headers, body = await send(request("GET", "/whoami", hs), PORT + 1)
        print(hs, "->", status, body.decode())


async def multipart():
    print("== multipart")
    good = (b"--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"
            b"--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.txt\"\r\n"
            b"Content-Type: text/plain\r\n\r\nhello\r\n--B--\r\n")
    cases = [
        ("good", "multipart/form-data; boundary=B", good),
        ("quoted boundary", 'multipart/form-data; boundary="B"', good),
        ("no boundary", "multipart/form-data", good),
        ("empty boundary", "multipart/form-data; boundary=", good),
        ("no final boundary", "multipart/form-data; boundary=B", good.replace(b"--B--", b"--B")),
        ("no headers", "multipart/form-data; boundary=B", b"--B\r\nno headers here\r\n--B--\r\n"),
        ("no disposition", "multipart/form-data; boundary=B", b"--B\r\nContent-Type: text/plain\r\n\r\n1\r\n--B--\r\n"),
        ("not form-data", "multipart/form-data; boundary=B", b"--B\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\n1\r\n--B--\r\n"),
        ("no name", "multipart/form-data; boundary=B", b"--B\r\nContent-Disposition: form-data\r\n\r\n1\r\n--B--\r\n"),
        ("part not ending in CRLF", "multipart/form-data; boundary=B", b"--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1--B--\r\n"),
        ("bad header in part", "multipart/form-data; boundary=B", b"--B\r\nContent-Disposition: form-data; name=\"a\"\r\n bad\r\n\r\n1\r\n--B--\r\n"),
        ("empty body", "multipart/form-data; boundary=B", b""),
        ("urlencoded", "application/x-www-form-urlencoded", b"a=1&b=%zz&c"),
        ("urlencoded gzip", "application/x-www-form-urlencoded", b"a=1"),
        ("other type", "text/plain", b"a=1"),
    ]
    for name, ctype, body in cases:
        hs = ["Content-Type: " + ctype]
        if name == "urlencoded gzip":
            hs.append("Content-Encoding: gzip")
        status, headers, rbody = await send(request("POST", "/upload", hs, body))
        print(name, "->", status, rbody.decode("latin-1") if status.endswith("200 OK") else "")


async def main():
    app = web.Application([(r"/form", Form), (r"/unchecked", Unchecked),
                           (r"/inject/(\w+)", Inject), (r"/whoami", Whoami),
                           (r"/upload", Upload)], xsrf_cookies=True)
    server = HTTPServer(app)
    server.listen(PORT, "127.0.0.1")
    proxied = HTTPServer(app, xheaders=True)
    proxied.listen(PORT + 1, "127.0.0.1")
    await xsrf()
    await injection()
    await xheaders()
    await multipart()
    server.stop()
    proxied.stop()


ioloop.IOLoop.current().run_sync(main)
