# Redirects built from the request may not go to another host (Tornado
# 6.6): RedirectHandler's substitutions cannot change the scheme or netloc
# (400, "Redirect URL cannot change the scheme or netloc"), nor bring
# control characters (400); @addslash/@removeslash and a static directory
# redirect refuse a path a browser reads as //host (403). Also set_cookie's
# mixed-case attribute names (deprecated), its refusals (CookieError),
# clear_cookie/clear_all_cookies, URLSpec.reverse, @authenticated with an
# absolute login URL, and handlers for the default host.
import logging
import os
import shutil
import re
import socket
import tempfile
import warnings
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
warnings.simplefilter("ignore")

PORT = 21977


def show_log():
    for line in log.getvalue().splitlines():
        if line.startswith("tornado"):
            print("  log:", line.split("\n")[0])
    log.seek(0)
    log.truncate()


async def fetch(path, headers=None, host="127.0.0.1"):
    stream = IOStream(socket.socket())
    await stream.connect(("127.0.0.1", PORT))
    head = "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n" % (path, host)
    for k, v in (headers or {}).items():
        head += "%s: %s\r\n" % (k, v)
    await stream.write(head.encode("latin-1") + b"\r\n")
    out = await stream.read_until_close()
    stream.close()
    head, _, body = out.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    shown = [lines[0]] + [re.sub("expires=[^;]*", "expires=<date>", h) for h in lines[1:]
                          if h.split(":")[0] in ("Location", "Set-Cookie")]
    print(path, "->", shown, body[:40] if lines[0].endswith("200 OK") else "")
    if path == "/cookies":
        print(body.decode())
    await gen.sleep(0.01)
    show_log()


class AddSlash(web.RequestHandler):
    @web.addslash
    def get(self):
        self.write("add ok")


class RemoveSlash(web.RequestHandler):
    @web.removeslash
    def get(self):
        self.write("remove ok")


class Cookies(web.RequestHandler):
    def get(self):
        self.set_cookie("a", "b", HttpOnly=True, pATH="/foo")
        self.set_cookie("c", "d", domain="example.com", max_age=10, secure=True,
                        samesite="Lax")
        self.set_cookie("e", "")
        self.clear_cookie("gone", path="/x")
        for bad in (dict(name="x y"), dict(name="x;y"), dict(name="x\x01"),
                    dict(domain="a b"), dict(path="/;x"), dict(samesite="L;ax"),
                    dict(Comment="a;b"), dict(max_age="1; Path=/x"), dict(flavour="x")):
            kwargs = dict(bad)
            name = kwargs.pop("name", "ok")
            try:
                self.set_cookie(name, "v", **kwargs)
                self.write("accepted %r\n" % (bad,))
            except Exception as e:
                self.write("%s %s: %s\n" % (bad, type(e).__name__, e))
        try:
            self.clear_cookie("x", max_age=3)
        except TypeError as e:
            self.write("TypeError %s\n" % e)


class ClearAll(web.RequestHandler):
    def get(self):
        self.clear_all_cookies()


class Login(web.RequestHandler):
    def initialize(self, login_url):
        self.login_url = login_url

    def get_login_url(self):
        return self.login_url

    @web.authenticated
    def get(self):
        self.write("never")


class Reply(web.RequestHandler):
    def initialize(self, reply):
        self.reply = reply

    def get(self):
        self.write(self.reply)


static_dir = []


async def main():
    static = tempfile.mkdtemp()
    static_dir.append(static)
    os.mkdir(os.path.join(static, "dir"))
    with open(os.path.join(static, "dir", "index.html"), "w") as f:
        f.write("index")
    R = web.RedirectHandler
    app = web.Application([
        ("/src", R, {"url": "/dst"}),
        ("/src2", R, {"url": "/dst2?foo=bar"}),
        (r"/any/(.*)", R, {"url": "{0}"}),
        (r"/moved(.*)", R, {"url": "https://example.com{0}"}),
        (r"/(.*)/target", R, {"url": "/{0}/destination"}),
        (r"/hostless/(.*)", R, {"url": "https://{0}"}),
        (r"/schemeonly/(.*)", R, {"url": "https:{0}"}),
        ("/addslash", AddSlash),
        ("/removeslash/", RemoveSlash),
        (r"/+add.*", AddSlash),
        (r"/+rem.*", RemoveSlash),
        ("/cookies", Cookies),
        ("/clear_all", ClearAll),
        ("/relative", Login, {"login_url": "/login"}),
        ("/absolute", Login, {"login_url": "http://example.com/login"}),
        (r"/s/(.*)", web.StaticFileHandler, {"path": static, "default_filename": "index.html"}),
        (r"/(.*?)/(.*?)/(.*)", R, {"url": "/{1}/{0}/{2}"}),
    ], default_host="www.example.com")
    app.add_handlers("www.example.com", [("/foo", Reply, {"reply": "[0]"})])
    app.add_handlers(r"www\.example\.com", [("/bar", Reply, {"reply": "[1]"})])
    app.add_handlers("www.test.com", [("/baz", Reply, {"reply": "[2]"})])
    server = app.listen(PORT, "127.0.0.1")
    for path in ["/src", "/src?foo=bar", "/src2?foo2=bar2", "/a/b/c", "/a/example.com/b",
                 "/a//example.com/a/b", "/a/%5Cexample.com/b", "/a/%09/example.com/b",
                 "/a///example.com/b", "/ok/target", "/a/b/target", "/ok/target?x=1",
                 "/%2Fevil.com/target", "/%5C%5Cevil.com/target", "/%2Fevil.com/target?x=1",
                 "/any/%0Afoo", "/any/a%00b", "/any/%2F%2F%5B?x=1", "/any/%C3%A9",
                 "/any/foo/bar", "/any/https://evil.com/", "/any/javascript:alert(1)",
                 "/hostless/evil.com", "/schemeonly/evil.com", "/schemeonly////evil.com",
                 "/moved/x", "/moved.evil.com/x", "/moved@evil.com/x", "/moved:8080/x"]:
        await fetch(path)
    for path in ["/addslash", "/addslash?a=b", "/removeslash/", "/removeslash/?a=b",
                 "//add.example.com", "///add.example.com", "//rem.example.com/",
                 "///rem.example.com/x/", "/s/dir", "/s/dir/", "/\\evil.com/../s/dir"]:
        await fetch(path)
    await fetch("/cookies")
    await fetch("/clear_all", {"Cookie": "foo=bar; baz=xyzzy"})
    await fetch("/relative")
    await fetch("/absolute")
    await fetch("/foo")
    await fetch("/bar")
    await fetch("/baz")
    await fetch("/foo", {"X-Real-Ip": "127.0.0.1"})
    await fetch("/baz", host="www.test.com")
    app.default_host = "www.test.com"
    await fetch("/baz")
    server.stop()

    for pattern, args in [(r"/favicon\.ico", ()), (r"^/favicon\.ico$", ()),
                          (r"^/api/v1/foo/(\w+)$", ("bar",)),
                          (r"/api\.v1/foo/([0-9]+)/icon\.png", (5,)),
                          (r"/x/(\d+)/(.*)", (1, "a b/c")),
                          (r"^/api/v\d+/foo/(\w+)$", ("x",)),
                          (r"/a/(b|c)?(d)", ("x",)),
                          (r"/(?P<name>\w+)", ("n",))]:
        try:
            print(pattern, "->", web.url(pattern, None).reverse(*args))
        except (ValueError, AssertionError) as e:
            print(pattern, "->", type(e).__name__, e)


ioloop.IOLoop.current().run_sync(main)
shutil.rmtree(static_dir[0])
