# Cross-origin protection (the cross_origin_protection setting, Tornado
# 6.6): state-changing requests (not GET/HEAD/OPTIONS) from another site
# get a 403, logged on tornado.general as a warning ("Sec-Fetch-Site ... &
# origin ... not allowed" or "Origin ... not allowed"), before prepare()
# runs; Sec-Fetch-Site decides when present, else Origin must name this host
# or pass check_trusted_origin (the trusted_origins setting by default). A
# POST to an unknown path stays a 404; xsrf_cookies is checked first.
import logging
import socket
from io import StringIO

from tornado import gen, ioloop, web
from tornado.iostream import IOStream

log = StringIO()
handler = logging.StreamHandler(log)
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
for name in ("tornado.general", "tornado.application"):
    logging.getLogger(name).addHandler(handler)
    logging.getLogger(name).setLevel(logging.INFO)
    logging.getLogger(name).propagate = False
logging.getLogger("tornado.access").setLevel(logging.CRITICAL)

PORT = 21976
prepared = []


def show_log():
    for line in log.getvalue().splitlines():
        if line.startswith("tornado"):
            print("  log:", line)
    log.seek(0)
    log.truncate()


class Handler(web.RequestHandler):
    def prepare(self):
        prepared.append(self.request.method)

    def get(self):
        self.write("got")

    def post(self):
        self.write("posted")


class Trusting(web.RequestHandler):
    def check_trusted_origin(self, origin):
        return origin.endswith(".example.com")

    def post(self):
        self.write("posted")


async def request(label, method, path, headers, port=PORT):
    stream = IOStream(socket.socket())
    await stream.connect(("127.0.0.1", port))
    head = "%s %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nConnection: close\r\n" % (method, path, port)
    for k, v in headers.items():
        head += "%s: %s\r\n" % (k, v)
    body = b"x=1" if method in ("POST", "PUT", "PATCH") else b""
    if body:
        head += "Content-Length: %d\r\n" % len(body)
    await stream.write(head.encode() + b"\r\n" + body)
    out = await stream.read_until_close()
    status = out.split(b"\r\n", 1)[0].decode()
    print(label, "->", status, "| body:", out.split(b"\r\n\r\n", 1)[1][:60])
    await gen.sleep(0.01)
    show_log()
    stream.close()


async def main():
    here = "http://127.0.0.1:%d" % PORT
    app = web.Application([("/", Handler), ("/trusting", Trusting)],
                          cross_origin_protection=True,
                          trusted_origins=["https://trusted.example.com"])
    server = app.listen(PORT, "127.0.0.1")
    await request("same-origin", "POST", "/", {"Sec-Fetch-Site": "same-origin"})
    await request("none", "POST", "/", {"Sec-Fetch-Site": "none"})
    await request("cross-site", "POST", "/", {"Sec-Fetch-Site": "cross-site"})
    await request("same-site", "POST", "/", {"Sec-Fetch-Site": "same-site",
                                            "Origin": "https://other.example.com"})
    await request("cross-site, this origin", "POST", "/", {"Sec-Fetch-Site": "cross-site",
                                                          "Origin": here})
    await request("cross-site, trusted", "POST", "/", {"Sec-Fetch-Site": "cross-site",
                                                      "Origin": "https://trusted.example.com"})
    await request("no headers", "POST", "/", {})
    await request("origin here", "POST", "/", {"Origin": here + "/some/path"})
    await request("origin here, upper case", "POST", "/", {"Origin": here.upper()})
    await request("origin evil", "POST", "/", {"Origin": "https://evil.example.com"})
    await request("origin null", "POST", "/", {"Origin": "null"})
    await request("origin trusted", "POST", "/", {"Origin": "https://trusted.example.com"})
    await request("origin trusted/", "POST", "/", {"Origin": "https://trusted.example.com/"})
    await request("origin evil, referer here", "POST", "/",
                  {"Origin": "https://evil.com", "Referer": here + "/"})
    for method in ("GET", "HEAD", "OPTIONS"):
        await request("safe " + method, method, "/", {"Sec-Fetch-Site": "cross-site",
                                                      "Origin": "https://evil.com"})
    for method in ("PUT", "DELETE", "PATCH"):
        await request("unsafe " + method, method, "/", {"Sec-Fetch-Site": "cross-site"})
    await request("unknown path", "POST", "/nowhere", {"Sec-Fetch-Site": "cross-site"})
    await request("override allows", "POST", "/trusting",
                  {"Sec-Fetch-Site": "same-site", "Origin": "https://app.example.com"})
    await request("override rejects", "POST", "/trusting", {"Origin": "https://evil.com"})
    print("prepare ran for:", prepared)
    server.stop()

    # Both protections: the XSRF cookie is checked first.
    app = web.Application([("/", Handler)], cross_origin_protection=True, xsrf_cookies=True)
    server = app.listen(PORT + 100, "127.0.0.1")
    await request("xsrf missing", "POST", "/", {"Sec-Fetch-Site": "same-origin"},
                  port=PORT + 100)
    await request("xsrf missing, cross-site", "POST", "/", {"Sec-Fetch-Site": "cross-site"},
                  port=PORT + 100)
    server.stop()

    # Off by default.
    app = web.Application([("/", Handler)])
    server = app.listen(PORT + 200, "127.0.0.1")
    await request("disabled", "POST", "/", {"Sec-Fetch-Site": "cross-site",
                                           "Origin": "https://evil.com"}, port=PORT + 200)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
