# tornado.routing: RuleRouter and ReversibleRuleRouter given to HTTPServer,
# the matchers (PathMatches with positional and named groups, HostMatches,
# AnyMatches), targets that are Applications, routers, connection
# delegates or plain callables, nested rules inside an Application, and
# reverse_url through all of them.
import logging

from tornado import gen, ioloop, web
from tornado.httpclient import AsyncHTTPClient
from tornado.httpserver import HTTPServer
from tornado.httputil import (HTTPHeaders, HTTPMessageDelegate,
                              HTTPServerConnectionDelegate, ResponseStartLine)
from tornado.netutil import bind_sockets
from tornado.testing import bind_unused_port
from tornado.routing import (AnyMatches, HostMatches, Matcher, PathMatches,
                             ReversibleRuleRouter, Rule, RuleRouter, URLSpec)

logging.getLogger("tornado").setLevel(logging.CRITICAL)
PORT = 21952


class Named(web.RequestHandler):
    def initialize(self, tag="-"):
        self.tag = tag

    def get(self, *args, **kwargs):
        self.write("%s args=%r kwargs=%r" % (self.tag, args, sorted(kwargs.items())))


class Reverse(web.RequestHandler):
    def get(self, name):
        try:
            self.write("reverse %s -> %s" % (name, self.reverse_url(name, "x")))
        except KeyError as e:
            self.write("reverse %s -> KeyError %s" % (name, e))


def plain_callable(request):
    body = ("callable saw %s %s" % (request.method, request.path)).encode()
    request.connection.write_headers(
        ResponseStartLine("HTTP/1.1", 202, "Accepted"),
        HTTPHeaders({"Content-Length": str(len(body))}), body)
    request.connection.finish()


class Collect(HTTPMessageDelegate):
    def __init__(self, connection):
        self.connection = connection
        self.parts = []

    def headers_received(self, start_line, headers):
        self.parts.append("%s %s" % (start_line.method, start_line.path))

    def data_received(self, chunk):
        self.parts.append(len(chunk))

    def finish(self):
        # (How the body is cut into chunks depends on the network.)
        sizes = [p for p in self.parts if isinstance(p, int)]
        summary = [p for p in self.parts if not isinstance(p, int)]
        summary.append("%d bytes, chunks <= 65536: %s" % (sum(sizes), all(n <= 65536 for n in sizes)))
        body = repr(summary).encode()
        self.connection.write_headers(ResponseStartLine("HTTP/1.1", 200, "OK"),
                                      HTTPHeaders({"Content-Length": str(len(body))}))
        self.connection.write(body)
        self.connection.finish()


class Delegate(HTTPServerConnectionDelegate):
    def start_request(self, server_conn, request_conn):
        return Collect(request_conn)


class MethodMatches(Matcher):
    def __init__(self, method):
        self.method = method

    def match(self, request):
        return {} if request.method == self.method else None


def show_matchers():
    p = PathMatches(r"/item/(\d+)/([a-z]+)")
    print("reverse", p.reverse(7, "abc"), p.reverse("a b", "c/d"))
    print("named reverse", PathMatches(r"/n/(?P<id>\d+)").reverse(5))
    print("no reverse", PathMatches(r"/a+/(\d)").reverse(1) if False else PathMatches(r"/x|y")._path)
    try:
        PathMatches(r"/(?P<a>\d)/(\d)")
    except AssertionError as e:
        print("mixed groups", type(e).__name__)
    rule = Rule(PathMatches("/r"), Named, {"tag": "t"}, name="r")
    print("rule", rule.name, rule.target is Named, rule.target_kwargs, rule.reverse())
    spec = URLSpec("/u/([0-9]+)", Named, name="u")
    print("urlspec", spec.reverse(12), spec.name, isinstance(spec, Rule))
    print("any", AnyMatches().match(None), Matcher().reverse())


async def main():
    show_matchers()
    app = web.Application([
        (r"/app/(\d+)", Named, {"tag": "app"}),
        (r"/app/named/(?P<key>\w+)", Named, {"tag": "named"}, "named"),
        (r"/reverse/(\w+)", Reverse),
        (r"/item/(\w+)", Named, {"tag": "item"}, "item"),
    ])
    inner = ReversibleRuleRouter([
        Rule(PathMatches(r"/inner/(\w+)"), app.get_handler_delegate and Named, {"tag": "inner"}, "inner"),
    ])
    router = ReversibleRuleRouter([
        Rule(HostMatches("special\\.example"), web.Application([(r".*", Named, {"tag": "host"})])),
        Rule(MethodMatches("DELETE"), plain_callable),
        (r"/app/.*", app),
        (r"/reverse/.*", app),
        (r"/item/.*", app),
        (PathMatches(r"/callable.*"), plain_callable),
        ("/delegate", Delegate()),
        Rule(PathMatches(r"/nested.*"), web.Application([
            (HostMatches(r".*"), [
                (PathMatches(r"/nested/(\w+)"), Named, {"tag": "nested"}, "nested"),
            ]),
        ])),
    ])
    try:
        print("router reverse", router.reverse_url("nope"))
    except KeyError as e:
        print("router reverse", type(e).__name__, e)
    server = HTTPServer(router)
    server.add_sockets(bind_sockets(PORT, "127.0.0.1"))
    client = AsyncHTTPClient()
    base = "http://127.0.0.1:%d" % PORT
    for method, path, headers, body in [
        ("GET", "/app/12", {}, None),
        ("GET", "/app/named/k%20ey", {}, None),
        ("GET", "/item/thing", {}, None),
        ("GET", "/reverse/item", {}, None),
        ("GET", "/reverse/named", {}, None),
        ("GET", "/reverse/missing", {}, None),
        ("GET", "/app/not-a-number", {}, None),
        ("GET", "/anything", {"Host": "special.example"}, None),
        ("GET", "/callable/x?q=1", {}, None),
        ("DELETE", "/whatever", {}, None),
        ("POST", "/delegate", {}, b"d" * 70000),
        ("GET", "/delegate", {}, None),
        ("GET", "/nested/deep", {}, None),
        ("GET", "/nowhere", {}, None),
    ]:
        r = await client.fetch(base + path, method=method, headers=headers, body=body,
                               raise_error=False, allow_nonstandard_methods=True)
        print(method, path, r.code, r.body.decode()[:80])

    # An Application with rules other than path -> handler.
    app2 = web.Application([
        Rule(PathMatches("/first"), Named, {"tag": "first"}, name="first"),
        (HostMatches("www\\.example\\.com"), [(PathMatches("/first"), Named, {"tag": "www"}, "www")]),
        Rule(PathMatches("/call"), plain_callable),
        ("/deleg", Delegate()),
        Rule(PathMatches("/sub.*"), inner),
    ])
    print("app2 reverse", app2.reverse_url("first"), app2.reverse_url("www"))
    server2 = HTTPServer(app2)
    sock, port = bind_unused_port()
    server2.add_sockets([sock])
    base = "http://127.0.0.1:%d" % port
    for path, headers in [("/first", {}), ("/first", {"Host": "www.example.com"}),
                          ("/call", {}), ("/deleg", {}), ("/sub/x", {}), ("/other", {})]:
        r = await client.fetch(base + path, headers=headers, raise_error=False)
        print("app2", path, headers, r.code, r.body.decode()[:80])


ioloop.IOLoop.current().run_sync(main, timeout=20)
