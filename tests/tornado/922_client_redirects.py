# The HTTP client following redirects: credentials (Authorization, Cookie)
# are dropped when the redirect leaves the origin, 303 turns any method
# but HEAD into a bodiless GET, 301/302 turn only POST into GET, 307/308
# keep everything; response headers are Latin-1.
from tornado import httpclient, ioloop, web

PORT = 21922


class Echo(web.RequestHandler):
    def echo(self):
        h = self.request.headers
        self.write("%s body=%r auth=%s cookie=%s ctype=%s" % (
            self.request.method, self.request.body, h.get("Authorization"), h.get("Cookie"),
            h.get("Content-Type")))

    get = post = put = delete = patch = echo

    def head(self):
        self.set_header("X-Method", "HEAD auth=%s" % self.request.headers.get("Authorization"))


class Redirect(web.RequestHandler):
    def go(self, code, where):
        target = "/echo" if where == "same" else "http://localhost:%d/echo" % PORT
        self.redirect(target, status=int(code))

    get = post = put = delete = patch = head = go


class Latin1(web.RequestHandler):
    def get(self):
        self.set_header("X-Name", b"caf\xe9")
        self.set_header("X-Str", "na\xefve")
        self.write("ok")


async def main():
    app = web.Application([(r"/echo", Echo), (r"/r/(\d+)/(\w+)", Redirect), (r"/latin1", Latin1)])
    server = app.listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    creds = {"Authorization": "Bearer secret", "Cookie": "session=1"}
    for where in ["same", "other"]:
        for code in [301, 302, 303, 307, 308]:
            for method in ["GET", "POST", "PUT", "HEAD"]:
                body = b"payload" if method in ("POST", "PUT") else None
                r = await client.fetch("http://127.0.0.1:%d/r/%d/%s" % (PORT, code, where),
                                       method=method, body=body, headers=dict(creds),
                                       raise_error=False)
                shown = r.body.decode() if method != "HEAD" else r.headers.get("X-Method")
                print(where, code, method, "->", r.code, r.effective_url.replace(str(PORT), "PORT"),
                      shown)
    r = await client.fetch("http://127.0.0.1:%d/latin1" % PORT)
    print("latin-1 headers", repr(r.headers["X-Name"]), repr(r.headers["X-Str"]))
    r = await client.fetch("http://127.0.0.1:%d/r/302/same" % PORT, follow_redirects=False,
                           raise_error=False)
    print("not followed", r.code, r.headers["Location"])
    r = await client.fetch("http://127.0.0.1:%d/r/302/same" % PORT, max_redirects=0,
                           raise_error=False)
    print("no redirects left", r.code)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
