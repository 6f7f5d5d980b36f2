# Query arguments: repeated values, defaults, a missing required argument is a 400.
from tornado import httpclient, ioloop, web

PORT = 21036


class Search(web.RequestHandler):
    def get(self):
        q = self.get_query_argument("q")
        pages = self.get_query_arguments("page")
        limit = int(self.get_argument("limit", "10"))
        self.write({"q": q, "pages": pages, "limit": limit,
                    "uri": self.request.uri, "path": self.request.path, "query": self.request.query})


async def main():
    server = web.Application([(r"/search", Search)]).listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    for qs in ["q=tornado", "q=a+b&page=1&page=2&limit=5", "q=%E2%9C%93", "page=1", "q="]:
        r = await client.fetch("http://127.0.0.1:%d/search?%s" % (PORT, qs), raise_error=False)
        print(qs, r.code, r.body.decode())
    server.stop()


ioloop.IOLoop.current().run_sync(main)
