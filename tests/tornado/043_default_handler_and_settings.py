# Application settings: default_handler_class, settings visible to handlers, current_user.
from tornado import httpclient, ioloop, web

PORT = 21043


class NotFound(web.RequestHandler):
    def prepare(self):
        self.set_status(404)
        self.finish({"error": "no route for " + self.request.path})


class Profile(web.RequestHandler):
    def get_current_user(self):
        return self.request.headers.get("X-User")

    def get(self):
        if not self.current_user:
            raise web.HTTPError(401)
        self.write("user=%s site=%s debug=%s" % (self.current_user, self.settings["site_name"],
                                                 self.application.settings.get("debug")))


async def main():
    app = web.Application([(r"/profile", Profile)], default_handler_class=NotFound,
                          site_name="Example")
    server = app.listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    base = "http://127.0.0.1:%d" % PORT
    for path, headers in [("/profile", {"X-User": "ann"}), ("/profile", {}), ("/elsewhere", {})]:
        r = await client.fetch(base + path, headers=headers, raise_error=False)
        print(path, r.code, r.body.decode())
    print(sorted(app.settings.items()))
    server.stop()


ioloop.IOLoop.current().run_sync(main)
