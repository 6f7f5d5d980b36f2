# prepare() runs before the method and may finish the request; on_finish runs after.
from tornado import httpclient, ioloop, web

PORT = 21034
events = []


class Base(web.RequestHandler):
    def prepare(self):
        events.append("prepare %s %s" % (self.request.method, self.request.path))
        if self.get_argument("block", None):
            self.set_status(403)
            self.finish("blocked in prepare")

    def on_finish(self):
        events.append("on_finish %d" % self.get_status())


class Page(Base):
    def get(self):
        events.append("get")
        self.write("page")


async def main():
    server = web.Application([(r"/page", Page)]).listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    for path in ["/page", "/page?block=1"]:
        r = await client.fetch("http://127.0.0.1:%d%s" % (PORT, path), raise_error=False)
        print(path, r.code, r.body.decode())
    r = await client.fetch("http://127.0.0.1:%d/page" % PORT, method="POST", body="", raise_error=False)
    print("POST", r.code)
    for e in events:
        print(e)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
