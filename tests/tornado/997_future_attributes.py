# A Tornado Future takes attributes of Python code's own, as asyncio's does
# (Tornado's gen_test sets `fut._refcycle = fut`); a cycle through one is
# collected.
import gc
import weakref

from tornado.concurrent import Future

fut = Future()
fut.note = "set"
print("attribute:", fut.note)
del fut.note
try:
    fut.note
except AttributeError:
    print("deleted: AttributeError")
try:
    del fut.missing
except AttributeError:
    print("del missing: AttributeError")
print("methods still work:", fut.done())

cyclic = Future()
cyclic._refcycle = cyclic
ref = weakref.ref(cyclic)
del cyclic
gc.collect()
print("cycle collected:", ref() is None)
