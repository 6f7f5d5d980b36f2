# 404 for an unknown path, 405 for a method the handler lacks, HEAD handling.
from tornado import httpclient, ioloop, web

PORT = 21023


class OnlyGet(web.RequestHandler):
    def get(self):
        self.write("got it")


class WithHead(web.RequestHandler):
    def get(self):
        self.write("body for GET")

    def head(self):
        self.set_header("X-Head", "yes")


async def main():
    app = web.Application([(r"/only-get", OnlyGet), (r"/head", WithHead)])
    server = app.listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    base = "http://127.0.0.1:%d" % PORT
    cases = [("GET", "/nowhere", None), ("GET", "/only-get", None), ("POST", "/only-get", "x"),
             ("PUT", "/only-get", "x"), ("DELETE", "/only-get", None), ("PATCH", "/only-get", "x"),
             ("OPTIONS", "/only-get", None), ("HEAD", "/only-get", None), ("HEAD", "/head", None),
             ("GET", "/only-get/", None)]
    for method, path, body in cases:
        r = await client.fetch(base + path, method=method, body=body, raise_error=False)
        print(method, path, r.code, r.reason, len(r.body), r.headers.get("X-Head"))
    server.stop()


ioloop.IOLoop.current().run_sync(main)
