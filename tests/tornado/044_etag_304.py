# GET responses carry an Etag (sha1 of the body); If-None-Match gives 304.
from tornado import httpclient, ioloop, web

PORT = 21044


class Page(web.RequestHandler):
    def get(self):
        self.write("stable content")


class NoEtag(web.RequestHandler):
    def compute_etag(self):
        return None

    def get(self):
        self.write("no etag here")


async def main():
    server = web.Application([(r"/", Page), (r"/noetag", NoEtag)]).listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    base = "http://127.0.0.1:%d" % PORT
    r = await client.fetch(base + "/")
    etag = r.headers["Etag"]
    print(r.code, etag)
    for inm in [etag, '"other"', '"other", ' + etag, "*", "W/" + etag]:
        r = await client.fetch(base + "/", headers={"If-None-Match": inm}, raise_error=False)
        print(inm == etag, r.code, r.body, r.headers.get("Content-Type"), r.headers.get("Etag") == etag)
    r = await client.fetch(base + "/noetag")
    print(r.code, r.headers.get("Etag"), r.body)
    r = await client.fetch(base + "/", method="HEAD", raise_error=False)
    print("HEAD", r.code, r.headers.get("Content-Length"))
    server.stop()


ioloop.IOLoop.current().run_sync(main)
