# Response headers: set_header, add_header, clear_header, set_default_headers;
# request headers seen by the handler.
from tornado import httpclient, ioloop, web

PORT = 21018


class BaseHandler(web.RequestHandler):
    def set_default_headers(self):
        self.set_header("X-Frame-Options", "DENY")
        self.set_header("X-Remove-Me", "1")


class HeaderHandler(BaseHandler):
    def get(self):
        self.set_header("X-Single", "one")
        self.set_header("X-Single", "two")
        self.add_header("X-Multi", "a")
        self.add_header("X-Multi", "b")
        self.set_header("X-Number", 42)
        self.clear_header("X-Remove-Me")
        self.set_header("Content-Type", "text/plain")
        seen = self.request.headers.get("X-Request-Id", "none")
        agent = self.request.headers.get("user-agent", "")
        self.write("request id %s, agent starts with Tornado: %s" % (seen, agent.startswith("Tornado/")))


async def main():
    server = web.Application([(r"/", HeaderHandler)]).listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    r = await client.fetch("http://127.0.0.1:%d/" % PORT, headers={"X-Request-Id": "abc-123"})
    print(r.body.decode())
    for name in ["X-Single", "X-Multi", "X-Number", "X-Frame-Options", "X-Remove-Me", "Content-Type",
                 "content-length"]:
        print(name, r.headers.get(name), r.headers.get_list(name))
    # Date changes; Connection is up to the client and server transport.
    names = sorted(n for n in r.headers if n not in ("Date", "Connection"))
    print(names)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
