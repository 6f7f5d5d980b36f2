# Named groups are passed as keyword arguments; url() names a route for reverse_url.
from tornado import httpclient, ioloop, web

PORT = 21016


class ArchiveHandler(web.RequestHandler):
    def get(self, year, slug):
        self.write({"year": year, "slug": slug, "kwargs": sorted(self.path_kwargs),
                    "back": self.reverse_url("archive", "2001", "x y")})


class DbHandler(web.RequestHandler):
    def initialize(self, database, flag=False):
        self.database = database
        self.flag = flag

    def get(self):
        self.write("db=%s flag=%s" % (self.database, self.flag))


app = web.Application([
    web.url(r"/archive/(?P<year>\d{4})/(?P<slug>[a-z-]+)", ArchiveHandler, name="archive"),
    (r"/db", DbHandler, {"database": "main-db"}),
    web.url(r"/db2", DbHandler, dict(database="other", flag=True), name="db2"),
])


async def main():
    server = app.listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    for path in ["/archive/2024/hello-world", "/archive/24/x", "/db", "/db2"]:
        r = await client.fetch("http://127.0.0.1:%d%s" % (PORT, path), raise_error=False)
        print(path, r.code, r.body.decode())
    print(app.reverse_url("db2"))
    print(app.reverse_url("archive", 1999, "abc"))
    try:
        app.reverse_url("nothing")
    except KeyError as e:
        print("KeyError", e)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
