# AsyncHTTPClient and credentials: auth_username/auth_password (basic, an
# explicit mode, an unsupported one), user:password in the URL (kept out of
# the Host header), Unicode names (NFC-normalized), user_agent, and the
# Authorization/Cookie headers dropped on a redirect to another origin but
# kept on the same one.
import json
import logging

from tornado import ioloop, web
from tornado.httpclient import AsyncHTTPClient
from tornado.httpserver import HTTPServer
from tornado.testing import bind_unused_port

logging.getLogger("tornado").setLevel(logging.CRITICAL)


class Echo(web.RequestHandler):
    def get(self):
        self.write(json.dumps({k: self.request.headers.get(k) for k in
                               ("Authorization", "Cookie", "Host", "User-Agent", "X-Other")},
                              sort_keys=True))


class Redirect(web.RequestHandler):
    def get(self):
        self.redirect(self.get_argument("to"))


def serve():
    sock, port = bind_unused_port()
    server = HTTPServer(web.Application([("/echo", Echo), ("/redirect", Redirect)]))
    server.add_sockets([sock])
    return server, port


async def main():
    server1, port1 = serve()
    server2, port2 = serve()
    client = AsyncHTTPClient()

    async def show(label, url, **kwargs):
        try:
            r = await client.fetch(url, **kwargs)
            got = json.loads(r.body)
            if got["Host"] is not None:
                got["Host"] = got["Host"].replace(str(port1), "P1").replace(str(port2), "P2")
            print(label, r.code, got)
        except Exception as e:
            print(label, "raised", type(e).__name__, e)

    base = "http://127.0.0.1:%d" % port1
    await show("basic", base + "/echo", auth_username="Aladdin", auth_password="open sesame")
    await show("mode basic", base + "/echo", auth_username="a", auth_password="b", auth_mode="basic")
    await show("no password", base + "/echo", auth_username="only")
    await show("unicode", base + "/echo", auth_username="jose\u0301", auth_password="s\u0259cr\u0259t")
    await show("bad mode", base + "/echo", auth_username="a", auth_password="b", auth_mode="digest")
    await show("in url", "http://me:secret@127.0.0.1:%d/echo" % port1)
    await show("url wins", "http://me:secret@127.0.0.1:%d/echo" % port1,
               auth_username="other", auth_password="x")
    await show("user agent", base + "/echo", user_agent="MyAgent/1.0")
    await show("user agent bytes", base + "/echo", headers={"User-Agent": b"Bytes/2"})
    other = "http://127.0.0.1:%d/echo" % port2
    same = base + "/echo"
    for name, kwargs, creds in [
            ("header", dict(headers={"Authorization": "secret", "X-Other": "kept"}), ""),
            ("cookie", dict(headers={"Cookie": "c=1", "X-Other": "kept"}), ""),
            ("params", dict(auth_username="me", auth_password="pw"), ""),
            ("url", dict(), "me:pw@")]:
        for where, target in (("cross", other), ("same", same)):
            url = "http://%s127.0.0.1:%d/redirect?to=%s" % (creds, port1, target)
            await show("redirect %s %s" % (name, where), url, **kwargs)
    client.close()
    server1.stop()
    server2.stop()


ioloop.IOLoop.current().run_sync(main)
