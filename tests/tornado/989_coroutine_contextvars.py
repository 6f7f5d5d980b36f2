# Context variables across coroutines, as Tornado runs them: a native coroutine
# run as a task and a @gen.coroutine each run in a copy of the context they
# were started in (every step, and what they yield, converted to tasks that
# copy it again), so what one sets is seen by its own steps and children,
# not by its siblings nor by its caller.
import contextvars
from tornado import gen
from tornado.ioloop import IOLoop
var = contextvars.ContextVar("var", default="unset")

@gen.coroutine
def gen_inner(x):
    print("gen_inner start", x, var.get())
    yield
    print("gen_inner after yield", x, var.get())

async def native_root(x):
    var.set(x)
    await gen.sleep(0)
    print("native", x, var.get())
    await gen_inner(x)
    print("native end", x, var.get())

@gen.coroutine
def gen_root(x):
    var.set(x)
    yield
    print("gen_root", x, var.get())
    yield gen_inner(x)

@gen.coroutine
def main():
    var.set("main")
    yield [native_root(1), native_root(2), gen_root(3), gen_root(4)]
    print("main sees", var.get())

IOLoop.current().run_sync(main)
print("outside", var.get())
