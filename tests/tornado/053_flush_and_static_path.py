# flush() sends what is written so far (the response goes chunked); the
# static_path setting serves /static/ and static_url() points there.
import os

from tornado import gen, httpclient, ioloop, web

PORT = 21053
STATIC = os.path.join(os.getcwd(), "_static_053")


class Streaming(web.RequestHandler):
    async def get(self):
        for i in range(3):
            self.write("chunk %d\n" % i)
            await self.flush()
            await gen.sleep(0.005)
        self.finish("end\n")


class Links(web.RequestHandler):
    def get(self):
        self.write(self.static_url("site.js"))


async def main():
    app = web.Application([(r"/stream", Streaming), (r"/links", Links)], static_path=STATIC)
    server = app.listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    base = "http://127.0.0.1:%d" % PORT
    r = await client.fetch(base + "/stream")
    print(r.code, repr(r.body.decode()), r.headers.get("Content-Length"), r.headers.get("Etag"))
    print(r.headers.get("Transfer-Encoding"))
    r = await client.fetch(base + "/links")
    print(r.body.decode())
    r = await client.fetch(base + "/static/site.js")
    print(r.code, r.headers["Content-Type"], r.body)
    r = await client.fetch(base + "/static/none.js", raise_error=False)
    print(r.code)
    server.stop()


os.makedirs(STATIC, exist_ok=True)
with open(os.path.join(STATIC, "site.js"), "w") as f:
    f.write("console.log(1);\n")
try:
    ioloop.IOLoop.current().run_sync(main)
finally:
    os.remove(os.path.join(STATIC, "site.js"))
    os.rmdir(STATIC)
