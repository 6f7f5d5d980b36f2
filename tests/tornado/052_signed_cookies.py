# Signed ("secure") cookies: set_signed_cookie, get_signed_cookie, tampering detected.
from tornado import httpclient, ioloop, web

PORT = 21052


class Login(web.RequestHandler):
    def get(self):
        self.set_signed_cookie("user", self.get_argument("name"))
        self.write("logged in")


class Whoami(web.RequestHandler):
    def get_current_user(self):
        return self.get_signed_cookie("user")

    def get(self):
        user = self.current_user
        self.write("user=%r" % (user,))


async def main():
    app = web.Application([(r"/login", Login), (r"/whoami", Whoami)], cookie_secret="s3cret!")
    server = app.listen(PORT, "127.0.0.1")
    client = httpclient.AsyncHTTPClient()
    base = "http://127.0.0.1:%d" % PORT
    r = await client.fetch(base + "/login?name=ada")
    set_cookie = r.headers["Set-Cookie"]
    cookie = set_cookie.split(";")[0]
    name, value = cookie.split("=", 1)
    print(r.body, name, value.startswith('"2|1:0|10:'), "expires=" in set_cookie, "Path=/" in set_cookie)
    r = await client.fetch(base + "/whoami", headers={"Cookie": cookie})
    print(r.body)
    tampered = cookie.replace("|4:YWRh|", "|4:Ym9i|")
    r = await client.fetch(base + "/whoami", headers={"Cookie": tampered})
    print(tampered != cookie, r.body)
    r = await client.fetch(base + "/whoami")
    print(r.body)
    signed = web.create_signed_value("k", "n", "v", clock=lambda: 1000000000)
    print(signed)
    print(web.decode_signed_value("k", "n", signed, clock=lambda: 1000000100))
    print(web.decode_signed_value("k", "other", signed, clock=lambda: 1000000100))
    print(web.decode_signed_value("k", "n", signed, max_age_days=1, clock=lambda: 1000000000 + 2 * 86400))
    print(web.decode_signed_value("wrong", "n", signed, clock=lambda: 1000000100))
    server.stop()


ioloop.IOLoop.current().run_sync(main)
