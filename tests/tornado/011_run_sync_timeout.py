# run_sync with a timeout raises TimeoutError when the function is too slow.
from tornado import gen, ioloop


async def quick():
    await gen.sleep(0.001)
    return "quick"


async def forever():
    await gen.sleep(10)


loop = ioloop.IOLoop.current()
print(loop.run_sync(quick, timeout=1))
try:
    loop.run_sync(forever, timeout=0.05)
except Exception as e:
    print(type(e).__name__, e)
print(loop.run_sync(lambda: None))
print(loop.run_sync(quick))
