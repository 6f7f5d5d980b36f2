# redirect(), RedirectHandler, and the client following (or not) redirects.
from tornado import httpclient, ioloop, web

PORT = 21022


class TargetHandler(web.RequestHandler):
    def get(self):
        self.write("target reached, q=%s" % self.get_argument("q", "-"))


class HopHandler(web.RequestHandler):
    def get(self, n):
        n = int(n)
        if n == 0:
            self.redirect("/target")
        else:
            self.redirect("/hop/%d" % (n - 1), permanent=(n % 2 == 0))


class StatusRedirect(web.RequestHandler):
    def get(self):
        self.redirect("/target", status=307)


async def main():
    app = web.Application([
        (r"/target", TargetHandler),
        (r"/hop/(\d+)", HopHandler),
        (r"/temp", StatusRedirect),
        (r"/old/(.*)", web.RedirectHandler, {"url": "/target?from={0}"}),
        (r"/perm", web.RedirectHandler, {"url": "/target", "permanent": False}),
    ])
    server = app.listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    base = "http://127.0.0.1:%d" % PORT
    for path in ["/hop/0", "/hop/2", "/temp", "/old/page", "/perm"]:
        r = await client.fetch(base + path, follow_redirects=False, raise_error=False)
        print(path, r.code, r.reason, r.headers.get("Location"), r.body)
        r = await client.fetch(base + path)
        print("  followed:", r.code, r.body.decode(), r.effective_url.replace(str(PORT), "PORT"))
    try:
        await client.fetch(base + "/hop/9", max_redirects=3)
    except httpclient.HTTPClientError as e:
        print("too many redirects:", e.code, e.response.headers.get("Location"))
    server.stop()


ioloop.IOLoop.current().run_sync(main)
