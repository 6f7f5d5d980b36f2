# Output transforms and UI modules. With compress_response (or gzip=True)
# every response says "Vary: Accept-Encoding" (added to a Vary the handler
# set) and text-like bodies of 1024 bytes or more, or sent in pieces, are
# gzipped for clients that accept it (Content-Length follows). UI modules
# ({% module X(...) %}) and ui_methods (called with the handler first) from
# the ui_modules/ui_methods settings; the built-in linkify, xsrf_form_html
# and Template modules; set_resources() in a Template module puts CSS and
# JavaScript into the rendered page's head and body.
import gzip
import socket
import types

from tornado import gen, ioloop, web
from tornado.iostream import IOStream
from tornado.template import DictLoader

PORT = 21978


async def fetch(path, accept_gzip=True, show=("Vary", "Content-Encoding", "Content-Length",
                                              "Content-Type")):
    stream = IOStream(socket.socket())
    await stream.connect(("127.0.0.1", PORT))
    head = "GET %s HTTP/1.1\r\nHost: h\r\nConnection: close\r\n" % path
    if accept_gzip:
        head += "Accept-Encoding: gzip, deflate\r\n"
    await stream.write(head.encode() + b"\r\n")
    out = await stream.read_until_close()
    stream.close()
    head, _, body = out.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    if b"Transfer-Encoding: chunked" in head:
        data = b""
        while True:
            size, _, rest = body.partition(b"\r\n")
            n = int(size, 16)
            if n == 0:
                break
            data += rest[:n]
            body = rest[n + 2:]
        body = data
    gzipped = b"Content-Encoding: gzip" in head
    shown = [h for h in lines[1:] if h.split(":")[0] in show]
    if gzipped:
        # The compressed size depends on the deflate implementation: only
        # whether it is there is shown.
        shown = ["Content-Length: <compressed size>" if h.startswith("Content-Length") else h
                 for h in shown]
    print(path, lines[0], shown)
    if gzipped:
        body = gzip.decompress(body)
        print("  gunzipped:", len(body), body[:30])
    else:
        print("  body:", body.decode()[:600])


class Big(web.RequestHandler):
    def get(self):
        for v in self.get_arguments("vary"):
            self.add_header("Vary", v)
        if self.get_argument("type", None):
            self.set_header("Content-Type", self.get_argument("type"))
        self.write("hello world" + "!" * int(self.get_argument("n", "1100")))


class Pieces(web.RequestHandler):
    async def get(self):
        self.write("first piece;")
        await self.flush()
        self.write("second piece;")
        await self.flush()
        self.finish("last")


class Json(web.RequestHandler):
    def get(self):
        self.write({"items": list(range(400))})


class Encoded(web.RequestHandler):
    def get(self):
        self.set_header("Content-Encoding", "identity")
        self.write("x" * 2000)


class Page(web.RequestHandler):
    def get(self):
        self.render("page.html", entries=[1, 2])


class Linkify(web.RequestHandler):
    def get(self):
        self.render("linkify.html", message="see http://example.com & more")


class Methods(web.RequestHandler):
    def value(self):
        return self.get_argument("value", "none")

    def get(self):
        self.render("methods.html")


class UserModuleHandler(web.RequestHandler):
    def get_current_user(self):
        self.loaded = True
        return "alice"

    def get(self):
        self.loaded = False
        self.write(self.render_string(self.get_argument("t")))
        self.write(" loaded=%s" % self.loaded)

    def get_template_namespace(self):
        return self.ui


def shout(handler, text):
    return text.upper() + " (for " + handler.value() + ")"


class Echo(web.UIModule):
    def render(self, x):
        return "Echo(%s, %s)" % (x, self.handler.value())

    def embedded_css(self):
        return "p { color: red }"

    def javascript_files(self):
        return ["/one.js", "http://cdn/two.js", "/one.js"]


class WhoModule(web.UIModule):
    def render(self):
        return "user=" + str(self.current_user)


class Quiet(web.UIModule):
    def render(self):
        return "quiet"


ui = types.ModuleType("ui")
ui.shout = shout
ui._hidden = shout
ui.Echo = Echo


async def main():
    loader = DictLoader({
        "linkify.html": "{% module linkify(message) %}",
        "page.html": "<html><head></head><body>\n{% for e in entries %}"
                     "{% module Template('entry.html', entry=e) %}\n{% end %}</body></html>",
        "entry.html": "{{ set_resources(embedded_css='.entry { margin: 1em; }', "
                      "embedded_javascript='js_embed()', css_files=['/base.css', '/foo.css'], "
                      "javascript_files='/common.js', html_head='<meta>', "
                      "html_body='<script src=\"/analytics.js\"/>') }}"
                      "<div class=\"entry\">{{ entry }}</div>",
        "methods.html": "<html><head></head><body>{{ shout('hi') }} {% module Echo(7) %} "
                        "{% module Echo(8) %} {{ modules.Echo(9) }}</body></html>",
        "who.html": "{% module WhoModule() %}",
        "quiet.html": "{% module Quiet() %}",
    })
    app = web.Application([("/big", Big), ("/pieces", Pieces), ("/json", Json),
                           ("/encoded", Encoded), ("/page", Page), ("/linkify", Linkify),
                           ("/methods", Methods), ("/user", UserModuleHandler)],
                          compress_response=True, template_loader=loader,
                          autoescape="xhtml_escape", ui_methods=[ui],
                          ui_modules={"WhoModule": WhoModule, "Quiet": Quiet, "Echo": Echo,
                                      "notamodule": 42})
    server = app.listen(PORT, "127.0.0.1")
    await fetch("/big")
    await fetch("/big", accept_gzip=False)
    await fetch("/big?n=10")
    await fetch("/big?vary=Accept-Language")
    await fetch("/big?vary=Accept-Language&vary=Cookie")
    await fetch("/big?type=image/png")
    await fetch("/big?type=image/svg%2Bxml")
    await fetch("/pieces")
    await fetch("/json")
    await fetch("/encoded")
    await fetch("/page")
    await fetch("/linkify")
    await fetch("/methods?value=v1")
    await fetch("/user?t=who.html")
    await fetch("/user?t=quiet.html")
    print(sorted(app.ui_modules), sorted(app.ui_methods))
    server.stop()
    print(web.GZipContentEncoding.MIN_LENGTH, web.GZipContentEncoding.GZIP_LEVEL,
          sorted(web.GZipContentEncoding.CONTENT_TYPES))
    print(issubclass(web.GZipContentEncoding, web.OutputTransform))


ioloop.IOLoop.current().run_sync(main)
