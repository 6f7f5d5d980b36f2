# A request served and fetched leaves no reference cycles behind: the
# collector, run with gc.DEBUG_SAVEALL, finds no garbage after a fetch
# against a plain, a raising-Finish, a @gen.coroutine and an async handler,
# nor with a streaming_callback. A known cycle is found (gc.garbage,
# gc.get_referents) and reported by name, the object it keeps alive is not.
import asyncio
import gc
import io
import sys

import tornado.httpserver
import tornado.testing
from tornado import gen, httpclient, web


def cycles_in(garbage):
    """Lists of objects forming cycles among `garbage` (a depth-first walk
    over gc.get_referents that stays inside the garbage)."""
    inside = {id(o) for o in garbage}
    done = set()
    path = []
    on_path = set()
    found = []

    def walk(objs):
        for o in objs:
            if id(o) not in inside or id(o) in done:
                continue
            if id(o) in on_path:
                found.append(path[[id(p) for p in path].index(id(o)):] + [o])
                continue
            path.append(o)
            on_path.add(id(o))
            walk(gc.get_referents(o))
            path.pop()
            on_path.discard(id(o))
            done.add(id(o))

    walk(garbage)
    return found


class Watch:
    """Collects before and after the block; what the second collection
    finds is the block's cycle garbage."""

    def __enter__(self):
        gc.disable()
        gc.collect()
        gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_SAVEALL)
        return self

    def __exit__(self, *exc):
        saved_stderr = sys.stderr
        sys.stderr = io.StringIO()  # DEBUG_STATS reports on stderr
        try:
            gc.collect()
        finally:
            sys.stderr = saved_stderr
            gc.set_debug(0)
            gc.enable()
        self.garbage = gc.garbage[:]
        gc.garbage[:] = []
        self.cycles = cycles_in(self.garbage)
        return False


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
        self.extra = None

    def __repr__(self):
        return "Node(%s)" % self.name


def known_leak():
    with Watch() as w:
        a, b, c = Node("a"), Node("b"), Node("c")
        a.other, b.other = b, a
        a.extra = b.extra = c
        del a, b, c
    names = set()
    for cycle in w.cycles:
        for o in cycle:
            if isinstance(o, Node):
                names.add(o.name)
    print("known leak: cycle found:", bool(w.cycles), "members:", sorted(names))
    print("  c is garbage but in no cycle:",
          any(isinstance(o, Node) and o.name == "c" for o in w.garbage))


async def fetch_with(handler_class, **fetch_kwargs):
    app = web.Application([(r"/", handler_class)], log_function=lambda handler: None)
    sock, port = tornado.testing.bind_unused_port()
    server = tornado.httpserver.HTTPServer(app)
    server.add_socket(sock)
    client = httpclient.AsyncHTTPClient()
    with Watch() as w:
        response = await client.fetch("http://127.0.0.1:%d/" % port, **fetch_kwargs)
    client.close()
    server.stop()
    sock.close()
    return response, w


class SyncHandler(web.RequestHandler):
    def get(self):
        self.write("sync\n")


class FinishHandler(web.RequestHandler):
    def get(self):
        raise web.Finish("finish\n")


class CoroHandler(web.RequestHandler):
    @gen.coroutine
    def get(self):
        yield asyncio.sleep(0.01)
        self.write("coro\n")


class AsyncHandler(web.RequestHandler):
    async def get(self):
        await asyncio.sleep(0.01)
        self.write("async\n")


def main():
    print("gc debug flags:", gc.DEBUG_STATS, gc.DEBUG_SAVEALL, gc.get_debug())
    known_leak()
    for handler in (SyncHandler, FinishHandler, CoroHandler, AsyncHandler):
        response, w = asyncio.run(fetch_with(handler))
        print(handler.__name__, response.code, response.body, "cycles:", len(w.cycles))
    chunks = []
    response, w = asyncio.run(fetch_with(SyncHandler, streaming_callback=chunks.append))
    print("streaming", response.code, b"".join(chunks), "cycles:", len(w.cycles))
    print("gc debug flags after:", gc.get_debug(), "garbage:", gc.garbage)


main()
