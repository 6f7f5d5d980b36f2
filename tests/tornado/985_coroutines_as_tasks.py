# Coroutines that Tornado runs are asyncio Tasks: convert_yielded of a
# coroutine, a coroutine yielded by @gen.coroutine, run_sync's coroutine,
# spawn_callback/add_callback of a coroutine function, and an async
# handler. asyncio.current_task() inside is that Task, all_tasks() sees it,
# and cancel() throws CancelledError in; a handler whose own task is
# cancelled answers 500 without logging, one that awaits something
# cancelled logs an uncaught exception and answers 500.
import asyncio
import logging

from tornado import gen
from tornado.concurrent import Future
from tornado.httpclient import AsyncHTTPClient
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop
from tornado.testing import bind_unused_port
from tornado.web import Application, RequestHandler


class Recorder(logging.Handler):
    def emit(self, record):
        message = record.getMessage().split("\n")[0]
        if record.name == "tornado.access":
            message = message.rsplit(" ", 1)[0]  # without the time taken
        print("  log:", record.name, record.levelname, message)


logging.getLogger("tornado").addHandler(Recorder())
logging.getLogger("tornado").propagate = False

seen = {}


async def report(label):
    task = asyncio.current_task()
    print(label, type(task).__name__, task in asyncio.all_tasks(), task.done())
    await gen.sleep(0)
    return label


@gen.coroutine
def gen_caller():
    result = yield report("yielded by gen.coroutine:")
    return result.upper()


class TaskHandler(RequestHandler):
    async def get(self):
        task = asyncio.current_task()
        seen["handler"] = task
        self.write("%s %s" % (type(task).__name__, isinstance(task, asyncio.Task)))


class PrepareHandler(RequestHandler):
    async def prepare(self):
        seen["prepare"] = asyncio.current_task()

    def get(self):
        self.write("prepared in a %s" % type(seen["prepare"]).__name__)


class WaitHandler(RequestHandler):
    async def get(self):
        seen["waiting"] = asyncio.current_task()
        seen["started"].set_result(None)
        await Future()


def cancelled_future():
    f = Future()
    f.cancel()
    return f


class AwaitCancelledHandler(RequestHandler):
    async def get(self):
        await cancelled_future()


async def main():
    print("run_sync's coroutine:", type(asyncio.current_task()).__name__)
    print("gen.coroutine got", (await gen_caller()))

    fut = gen.convert_yielded(report("convert_yielded:"))
    print("converted is a Task:", isinstance(fut, asyncio.Task), "future:", asyncio.isfuture(fut))
    print("result", await fut, "done", fut.done())

    IOLoop.current().spawn_callback(report, "spawn_callback:")
    IOLoop.current().add_callback(report, "add_callback:")
    await gen.sleep(0.01)

    async def forever():
        try:
            await Future()
        except asyncio.CancelledError:
            print("CancelledError thrown in")
            raise

    task = gen.convert_yielded(forever())
    await gen.sleep(0)
    print("pending in all_tasks:", task in asyncio.all_tasks())
    print("cancel()", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting it raises CancelledError; cancelled()", task.cancelled())
    print("still in all_tasks:", task in asyncio.all_tasks())

    sock, port = bind_unused_port()
    app = Application(
        [
            ("/task", TaskHandler),
            ("/prepare", PrepareHandler),
            ("/wait", WaitHandler),
            ("/await_cancelled", AwaitCancelledHandler),
        ]
    )
    server = HTTPServer(app)
    server.add_sockets([sock])
    client = AsyncHTTPClient()
    url = "http://127.0.0.1:%d" % port

    for path in ("/task", "/prepare"):
        r = await client.fetch(url + path)
        print(path, r.code, r.body.decode())
    print("handler task done:", seen["handler"].done())

    seen["started"] = Future()
    pending = client.fetch(url + "/wait", raise_error=False)
    await seen["started"]
    print("handler task cancel()", seen["waiting"].cancel())
    r = await pending
    print("/wait", r.code, "task cancelled:", seen["waiting"].cancelled())

    r = await client.fetch(url + "/await_cancelled", raise_error=False)
    print("/await_cancelled", r.code)
    server.stop()


IOLoop.current().run_sync(main)
