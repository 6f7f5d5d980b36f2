# RequestHandler.render and render_string over tornado.template: the
# template_path setting, the template namespace (handler, request, locale,
# _, static_url, xsrf_form_html, reverse_url), autoescape and whitespace
# settings, a template_loader setting, and the browser's locale.
import os
import tempfile

from tornado.httpclient import AsyncHTTPClient
from tornado.ioloop import IOLoop
from tornado.template import DictLoader
from tornado.web import Application, RequestHandler, url

root = tempfile.mkdtemp()
with open(os.path.join(root, "page.html"), "w") as f:
    f.write(
        "<h1>{{ title }}</h1>\n"
        "  <p>{{ handler.__class__.__name__ }} {{ request.method }} {{ request.path }}</p>\n"
        "<p>{{ locale.code }} {{ _('school') }} {{ reverse_url('page') }}</p>\n"
        "{% for item in items %}<li>{{ item }}</li>{% end %}\n"
    )
with open(os.path.join(root, "base.html"), "w") as f:
    f.write("[{% block main %}{% end %}]")
with open(os.path.join(root, "child.html"), "w") as f:
    f.write("{% extends 'base.html' %}{% block main %}child {{ x }}{% end %}")
with open(os.path.join(root, "raw.txt"), "w") as f:
    f.write("  {{ s }}  \n\n  end")


class Page(RequestHandler):
    def get(self):
        self.render("page.html", title="<Hi>", items=["a", "&"])


class Child(RequestHandler):
    def get(self):
        self.render("child.html", x=self.get_argument("x", "1"))


class AsString(RequestHandler):
    def get(self):
        body = self.render_string("raw.txt", s="<s>")
        self.write(repr(body))


class Twice(RequestHandler):
    def get(self):
        self.render("child.html", x=1)
        try:
            self.render("child.html", x=2)
        except RuntimeError as e:
            print("RuntimeError", e)


class FromDict(RequestHandler):
    def get(self):
        self.render("d.html", v="<v>")


class Missing(RequestHandler):
    def get(self):
        try:
            self.render("nope.html")
        except Exception as e:
            self.write(type(e).__name__)


async def main():
    app = Application(
        [
            url("/page", Page, name="page"),
            ("/child", Child),
            ("/string", AsString),
            ("/twice", Twice),
            ("/missing", Missing),
        ],
        template_path=root,
    )
    noesc = Application([("/string", AsString), ("/page", Page, {}, "page")], template_path=root,
                        autoescape=None, template_whitespace="oneline")
    dict_app = Application([("/d", FromDict)], template_loader=DictLoader({"d.html": "dict {{ v }}"}))
    client = AsyncHTTPClient()
    for port, application in ((21936, app), (21937, noesc), (21938, dict_app)):
        application.listen(port, "127.0.0.1")
    for port, path, headers in [
        (21936, "/page", {}),
        (21936, "/page", {"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"}),
        (21936, "/child?x=%3Cb%3E", {}),
        (21936, "/string", {}),
        (21936, "/twice", {}),
        (21936, "/missing", {}),
        (21937, "/string", {}),
        (21937, "/page", {}),
        (21938, "/d", {}),
    ]:
        response = await client.fetch("http://127.0.0.1:%d%s" % (port, path), headers=headers, raise_error=False)
        print(port, path, response.code)
        print(response.body.decode())


IOLoop.current().run_sync(main)
