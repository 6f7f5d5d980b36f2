# types.coroutine: a generator function made awaitable.
import types
@types.coroutine
def sleep0():
    x = yield "tick"
    return x * 2
async def main():
    r = await sleep0()
    return r + 1
c = main()
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print("done", e.value)
print(types.coroutine(main) is main)
try: types.coroutine(1)
except TypeError as e: print("TypeError", e)
