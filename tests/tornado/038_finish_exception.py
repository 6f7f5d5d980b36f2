# raise web.Finish() ends the request normally; writing after finish is an error.
from tornado import httpclient, ioloop, web

PORT = 21038
errors = []


class FinishEarly(web.RequestHandler):
    def get(self):
        self.write("before ")
        if self.get_argument("stop", None):
            raise web.Finish("finished early")
        self.write("after")


class DoubleFinish(web.RequestHandler):
    def get(self):
        self.finish("once")
        try:
            self.finish("twice")
        except RuntimeError as e:
            errors.append(str(e))
        try:
            self.write("more")
        except RuntimeError as e:
            errors.append(str(e))


class BadWrite(web.RequestHandler):
    def get(self):
        try:
            self.write([1, 2])
        except TypeError as e:
            errors.append(str(e).split(".")[0])
        self.write("ok")


async def main():
    app = web.Application([(r"/early", FinishEarly), (r"/double", DoubleFinish), (r"/bad", BadWrite)])
    server = app.listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    for path in ["/early", "/early?stop=1", "/double", "/bad"]:
        r = await client.fetch("http://127.0.0.1:%d%s" % (PORT, path))
        print(path, r.code, r.body.decode())
    for e in errors:
        print(e)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
