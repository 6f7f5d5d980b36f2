# tornado.websocket end to end: a WebSocketHandler served by HTTPServer and
# websocket_connect clients. Text, binary, unicode and large messages,
# coroutine on_message run one at a time, close codes and reasons both
# ways, pings and pongs, max_message_size, permessage-deflate (wire sizes),
# subprotocols, origin checks and the handshake's error answers.
import logging

from tornado import gen, ioloop, web, websocket
from tornado.httpclient import AsyncHTTPClient, HTTPClientError, HTTPRequest
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets

logging.getLogger("tornado").setLevel(logging.CRITICAL)
PORT = 21950
URL = "ws://127.0.0.1:%d" % PORT
events = []


class Echo(websocket.WebSocketHandler):
    def initialize(self, compression=None):
        self.compression = compression

    def get_compression_options(self):
        return self.compression

    def open(self, *args):
        events.append(("open", args))

    async def on_message(self, message):
        if message == "slow":
            await gen.sleep(0.02)
        if message == "close me":
            self.close(4001, "as asked")
            return
        if message == "ping me":
            self.ping(b"srv")
            return
        await self.write_message(message, binary=isinstance(message, bytes))

    def on_ping(self, data):
        events.append(("server on_ping", data))
        if len(events) < 5:
            try:
                self.ping(b"y" * 200)
            except ValueError as e:
                events.append(("server long ping", str(e)))

    def on_pong(self, data):
        events.append(("server on_pong", data))

    def on_close(self):
        events.append(("server on_close", self.close_code, self.close_reason))


class Limited(Echo):
    @property
    def max_message_size(self):
        return 100


class Proto(websocket.WebSocketHandler):
    def select_subprotocol(self, subprotocols):
        events.append(("offered", subprotocols))
        return "b" if "b" in subprotocols else None

    def open(self):
        self.write_message("selected=%s" % self.selected_subprotocol)


class Headers(websocket.WebSocketHandler):
    def prepare(self):
        self.set_header("X-Seen", self.request.headers.get("X-Hello", "none"))

    def open(self):
        for name in ("write", "set_status", "finish", "flush"):
            try:
                getattr(self, name)()
            except RuntimeError as e:
                self.write_message("%s: %s %s" % (name, type(e).__name__, e))
        self.write_message("done")


class Trusting(Echo):
    def check_origin(self, origin):
        return origin.endswith(".example.com")


async def connect(path, **kwargs):
    return await websocket.websocket_connect(URL + path, **kwargs)


async def show_error(label, coro):
    try:
        await coro
        print(label, "connected")
    except HTTPClientError as e:
        print(label, type(e).__name__, e.code)
    except websocket.WebSocketError as e:
        print(label, type(e).__name__, e)


async def main():
    app = web.Application([
        (r"/echo", Echo),
        (r"/args/(\w+)/(\d+)", Echo),
        (r"/deflate", Echo, {"compression": {}}),
        (r"/limited", Limited),
        (r"/proto", Proto),
        (r"/headers", Headers),
        (r"/trusting", Trusting),
        (r"/plain", web.RedirectHandler, {"url": "/echo"}),
    ], websocket_max_message_size=5000)
    server = HTTPServer(app)
    server.add_sockets(bind_sockets(PORT, "127.0.0.1"))

    ws = await connect("/echo")
    for message in ["hello", "h\u00e9llo \u2603", "", b"\x00\xffbin", "x" * 300]:
        await ws.write_message(message, binary=isinstance(message, bytes))
        reply = await ws.read_message()
        print("echo", type(reply).__name__, len(reply), reply[:20])
    # Coroutine handlers run one message at a time, in order.
    ws.write_message("slow")
    ws.write_message("fast")
    print("order", await ws.read_message(), await ws.read_message())
    ws.ping(b"client ping")
    ws.write_message("ping me")
    await ws.write_message("sync")
    print("after ping", await ws.read_message())
    try:
        ws.ping(b"x" * 126)
    except ValueError as e:
        print("long ping", type(e).__name__, e)
    ws.ping("text ping \u00e9")
    ws.close(1001, "going away")
    print("closed read", await ws.read_message())
    await gen.sleep(0.05)
    try:
        ws.write_message("late")
    except websocket.WebSocketClosedError as e:
        print("write after close", type(e).__name__)

    ws = await connect("/args/abc/42")
    ws.write_message("close me")
    print("server closed", await ws.read_message(), ws.close_code, ws.close_reason)
    await gen.sleep(0.05)

    # Too big for the application's limit, then for the handler's.
    ws = await connect("/echo")
    ws.write_message("y" * 5001)
    print("too big", await ws.read_message(), ws.close_code, ws.close_reason)
    ws = await connect("/limited")
    ws.write_message("z" * 100)
    print("limit exact", len(await ws.read_message()))
    ws.write_message("z" * 101)
    print("limit past", await ws.read_message(), ws.close_code)

    # permessage-deflate, negotiated only when both sides ask.
    for path, options in [("/deflate", {}), ("/deflate", None), ("/echo", {})]:
        ws = await connect(path, compression_options=options)
        for i in range(3):
            ws.write_message("Compress me please, compress me please. " * 3)
            await ws.read_message()
        p = ws.protocol
        # (Exact compressed sizes depend on the deflate implementation.)
        print("deflate", path, options, ws.headers.get("Sec-WebSocket-Extensions"),
              p._message_bytes_in, p._message_bytes_out, p._wire_bytes_in < p._message_bytes_in,
              p._wire_bytes_out - p._wire_bytes_in)
        ws.close()

    ws = await connect("/proto", subprotocols=["a", "b"])
    print("subprotocol", ws.selected_subprotocol, await ws.read_message())
    ws = await connect("/proto")
    print("subprotocol", ws.selected_subprotocol, await ws.read_message())

    ws = await websocket.websocket_connect(HTTPRequest(URL + "/headers", headers={"X-Hello": "hi"}))
    print("response header", ws.headers.get("X-Seen"), ws.headers.get("Upgrade"))
    while True:
        msg = await ws.read_message()
        print("headers handler:", msg)
        if msg == "done":
            break

    origin = "http://127.0.0.1:%d" % PORT
    for path, headers in [
        ("/echo", {"Origin": origin}),
        ("/echo", {"Origin": origin + "/some/path"}),
        ("/echo", {"Origin": "http://elsewhere.com"}),
        ("/echo", {"Origin": "127.0.0.1:%d" % PORT}),
        ("/echo", {"Origin": "http://proxy.example", "Sec-Fetch-Site": "same-origin"}),
        ("/echo", {"Origin": origin, "Sec-Fetch-Site": "cross-site"}),
        ("/trusting", {"Origin": "http://a.example.com", "Sec-Fetch-Site": "cross-site"}),
        ("/trusting", {"Origin": "http://evil.com"}),
    ]:
        await show_error("origin %s %s" % (path, sorted(headers.items())),
                         websocket.websocket_connect(HTTPRequest(URL + path, headers=headers)))

    await show_error("not found", connect("/missing"))
    await show_error("redirect", connect("/plain"))

    client = AsyncHTTPClient()
    for headers in [
        {},
        {"Upgrade": "websocket"},
        {"Upgrade": "WebSocket", "Connection": "keep-alive, Upgrade"},
        {"Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Version": "12"},
    ]:
        r = await client.fetch("http://127.0.0.1:%d/echo" % PORT, headers=headers, raise_error=False)
        print("plain http", sorted(headers.items()), r.code, r.body, r.headers.get("Sec-WebSocket-Version"))

    await gen.sleep(0.05)
    for e in events:
        print("event", e)


ioloop.IOLoop.current().run_sync(main, timeout=20)
