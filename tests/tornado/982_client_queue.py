# SimpleAsyncHTTPClient's limits and plumbing: max_clients (requests past
# it wait in `queue`; a redirect does not take a second slot), the queue
# timeout, a resolver that never answers ("Timeout while resolving"),
# hostname_mapping (a name, a (host, port) pair), AsyncHTTPClient.configure
# with keyword arguments, and _save_configuration/_restore_configuration.
import logging
import socket

from tornado import gen, ioloop, locks, web
from tornado.httpclient import AsyncHTTPClient
from tornado.httpserver import HTTPServer
from tornado.netutil import Resolver
from tornado.simple_httpclient import HTTPTimeoutError, SimpleAsyncHTTPClient
from tornado.testing import bind_unused_port

logging.getLogger("tornado").setLevel(logging.CRITICAL)
release = locks.Event()
arrived = []


class Wait(web.RequestHandler):
    async def get(self):
        arrived.append(self.get_argument("n"))
        await release.wait()
        self.write("done " + self.get_argument("n"))


class Hello(web.RequestHandler):
    def get(self):
        self.write("Hello from " + self.request.host.split(":")[0])


class Countdown(web.RequestHandler):
    def get(self, n):
        if n == "0":
            self.write("zero")
        else:
            self.redirect("/countdown/%d" % (int(n) - 1))


async def main():
    sock, port = bind_unused_port()
    server = HTTPServer(web.Application([("/wait", Wait), ("/hello", Hello),
                                         ("/countdown/([0-9]+)", Countdown)]))
    server.add_sockets([sock])
    url = "http://127.0.0.1:%d" % port

    client = SimpleAsyncHTTPClient(force_instance=True, max_clients=2)
    print("max_clients", client.max_clients)
    futures = [client.fetch(url + "/wait?n=%d" % i) for i in range(4)]
    while len(arrived) < 2:
        await gen.sleep(0.01)
    print("arrived", sorted(arrived), "queued", len(client.queue))
    release.set()
    for f in futures:
        print((await f).body)
    print("queued after", len(client.queue))
    r = await client.fetch(url + "/countdown/3")
    print("redirects", r.body, r.effective_url.endswith("/countdown/0"))
    client.close()

    release.clear()
    one = SimpleAsyncHTTPClient(force_instance=True, max_clients=1)
    blocked = one.fetch(url + "/wait?n=9", request_timeout=10)
    try:
        await one.fetch(url + "/hello", connect_timeout=0.1)
    except HTTPTimeoutError as e:
        print("queue:", type(e).__name__, e, e.code)
    release.set()
    print((await blocked).body)
    one.close()

    never = locks.Event()

    class Stuck(Resolver):
        async def resolve(self, host, port, family=socket.AF_UNSPEC):
            await never.wait()

    stuck = SimpleAsyncHTTPClient(force_instance=True, resolver=Stuck())
    try:
        await stuck.fetch(url + "/hello", connect_timeout=0.1, request_timeout=5)
    except HTTPTimeoutError as e:
        print("resolve:", type(e).__name__, e)
    stuck.close()

    mapped = SimpleAsyncHTTPClient(force_instance=True, hostname_mapping={
        "www.example.com": "127.0.0.1",
        ("foo.example.com", 8000): ("127.0.0.1", port)})
    r = await mapped.fetch("http://www.example.com:%d/hello" % port)
    print("mapped name:", r.body)
    r = await mapped.fetch("http://foo.example.com:8000/hello")
    print("mapped port:", r.body)
    mapped.close()

    saved = AsyncHTTPClient._save_configuration()
    AsyncHTTPClient.configure(SimpleAsyncHTTPClient, max_clients=12)
    for kwargs in [{}, {"max_clients": 13}]:
        c = AsyncHTTPClient(force_instance=True, **kwargs)
        print(type(c).__name__, kwargs, c.max_clients)
        c.close()
    c = SimpleAsyncHTTPClient(force_instance=True)
    print("subclass ignores configure kwargs:", c.max_clients)
    c.close()
    AsyncHTTPClient._restore_configuration(saved)
    c = AsyncHTTPClient(force_instance=True)
    print("restored", c.max_clients, AsyncHTTPClient.configured_class().__name__)
    c.close()
    try:
        AsyncHTTPClient.configure(int)
    except ValueError as e:
        print("configure(int):", type(e).__name__, e)
    server.stop()


ioloop.IOLoop.current().run_sync(main)
