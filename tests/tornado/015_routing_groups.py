# Regex routes: positional path groups, URL-unescaped, anchored at the end.
from tornado import httpclient, ioloop, web

PORT = 21015


class UserHandler(web.RequestHandler):
    def get(self, user):
        self.write("user=%r" % user)


class PostHandler(web.RequestHandler):
    def get(self, user, post_id):
        self.write("user=%s post=%d args=%r" % (user, int(post_id), self.path_args))


class FilesHandler(web.RequestHandler):
    def get(self, path):
        self.write("file path=%s" % path)


class OptionalHandler(web.RequestHandler):
    def get(self, tail):
        self.write("tail=%r" % (tail,))


app = web.Application([
    (r"/users/([^/]+)", UserHandler),
    (r"/users/([^/]+)/posts/(\d+)", PostHandler),
    (r"/files/(.*)", FilesHandler),
    (r"/opt(/x)?", OptionalHandler),
])


async def main():
    server = app.listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    for path in ["/users/alice", "/users/bob%20smith", "/users/caf%C3%A9", "/users/alice/posts/42",
                 "/users/alice/posts/x", "/files/a/b/c.txt", "/files/", "/users/alice/extra",
                 "/opt", "/opt/x", "/optx"]:
        r = await client.fetch("http://127.0.0.1:%d%s" % (PORT, path), raise_error=False)
        print(path, r.code, r.body.decode())
    server.stop()


ioloop.IOLoop.current().run_sync(main)
