# Cookies: set_cookie on the response, get_cookie from the request.
from tornado import httpclient, ioloop, web

PORT = 21035


class CookieHandler(web.RequestHandler):
    def get(self):
        self.write("session=%s theme=%s missing=%s" % (
            self.get_cookie("session"), self.get_cookie("theme"), self.get_cookie("nope", "dflt")))
        self.set_cookie("visited", "yes")
        self.set_cookie("pref", "dark", path="/app", httponly=True)


async def main():
    server = web.Application([(r"/", CookieHandler)]).listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    r = await client.fetch("http://127.0.0.1:%d/" % PORT,
                           headers={"Cookie": "session=abc123; theme=light"})
    print(r.body.decode())
    for c in sorted(r.headers.get_list("Set-Cookie")):
        print(c)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
