# IOLoop() makes the configured implementation (AsyncIOLoop unless
# IOLoop.configure says otherwise) and IOLoop.current() an AsyncIOMainLoop;
# IOLoop(asyncio_loop=...) wraps that asyncio loop, and a second IOLoop on
# the same loop is refused; selector_loop; a timer cancelled by a callback
# of the loop iteration it is due in does not run; `python -m package`
# gives __main__ a __spec__ named after the module.
import asyncio
import os
import subprocess
import sys
import tempfile
import time

from tornado.ioloop import IOLoop
from tornado.platform.asyncio import AsyncIOLoop, BaseAsyncIOLoop


def classes():
    loop = IOLoop(make_current=False)
    print("IOLoop() ->", type(loop).__name__, isinstance(loop, IOLoop),
          isinstance(loop, BaseAsyncIOLoop))
    print("configured_class ->", IOLoop.configured_class().__name__)
    current = IOLoop.current()
    print("current() ->", type(current).__name__, current is IOLoop.current())
    print("selector_loop is asyncio_loop:", loop.selector_loop is loop.asyncio_loop)
    loop.close()

    asyncio_loop = asyncio.new_event_loop()
    wrapped = IOLoop(asyncio_loop=asyncio_loop, make_current=False)
    print("wraps the given loop:", wrapped.asyncio_loop is asyncio_loop)
    try:
        IOLoop(asyncio_loop=asyncio_loop, make_current=False)
    except RuntimeError as e:
        print("second IOLoop on it: RuntimeError", "already associated" in str(e))
    wrapped.close()
    asyncio_loop.close()

    IOLoop.configure("tornado.platform.asyncio.AsyncIOLoop")
    print("after configure:", type(IOLoop(make_current=False)).__name__,
          IOLoop.configured_class().__name__)
    for bad in (int, "collections.OrderedDict", 42):
        try:
            IOLoop.configure(bad)
        except (RuntimeError, ValueError, TypeError) as e:
            print("configure(%s):" % getattr(bad, "__name__", bad), type(e).__name__, e)
    IOLoop.configure(AsyncIOLoop)
    print("explicit subclass:", type(AsyncIOLoop(make_current=False)).__name__)


def timers():
    loop = IOLoop(make_current=False)
    calls = []
    now = loop.time()

    def first():
        calls.append("first")
        loop.remove_timeout(second_handle)

    def second():
        calls.append("second")

    loop.add_timeout(now + 0.01, first)
    second_handle = loop.add_timeout(now + 0.02, second)
    loop.add_timeout(now + 0.03, loop.stop)
    time.sleep(0.05)  # all three are due together at the next iteration
    loop.start()
    print("timers:", calls)

    calls = []
    handles = [loop.call_later(0, calls.append, i) for i in range(5)]
    loop.remove_timeout(handles[1])
    loop.call_later(0, lambda: loop.remove_timeout(handles[3]))
    loop.call_later(0.01, loop.stop)
    loop.start()
    print("call_later(0) with removals:", calls)
    loop.close()


def module_spec():
    tmp = tempfile.mkdtemp()
    pkg = os.path.join(tmp, "specapp")
    os.mkdir(pkg)
    with open(os.path.join(pkg, "__init__.py"), "w"):
        pass
    with open(os.path.join(pkg, "__main__.py"), "w") as f:
        f.write("import sys\n"
                "spec = sys.modules['__main__'].__spec__\n"
                "print(__name__, getattr(spec, 'name', None), __package__)\n")
    with open(os.path.join(pkg, "tool.py"), "w") as f:
        f.write("print(__name__, __spec__.name, __package__)\n")
    for args in (["-m", "specapp"], ["-m", "specapp.tool"], ["specapp"],
                 [os.path.join("specapp", "__main__.py")]):
        out = subprocess.run([sys.executable] + args, cwd=tmp, capture_output=True, text=True)
        print(" ".join(args).replace(os.sep, "/"), "->", out.stdout.strip() or out.stderr)


classes()
timers()
module_spec()
