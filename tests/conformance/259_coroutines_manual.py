

class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []

    def set_result(self, value):
        self.result = value
        self.done = True
        for cb in self.callbacks:
            cb(self)

    def __await__(self):
        if not self.done:
            yield self
        return self.result


async def fetch(name, fut):
    print("fetch", name, "waiting")
    value = await fut
    print("fetch", name, "got", value)
    return name + ":" + str(value)


async def main(futs):
    a = await fetch("a", futs[0])
    b = await fetch("b", futs[1])
    return [a, b]


futs = [Future(), Future()]
coro = main(futs)
print(type(coro).__name__)
pending = coro.send(None)
print("suspended on first future:", pending is futs[0])
pending.set_result(1)
pending = coro.send(None)
print("suspended on second future:", pending is futs[1])
futs[1].set_result(2)
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)


async def adder(x, y):
    return x + y


c = adder(2, 3)
try:
    c.send(None)
except StopIteration as e:
    print("adder ->", e.value)


async def failing():
    raise ValueError("inside coroutine")


c = failing()
try:
    c.send(None)
except ValueError as e:
    print("ValueError:", e)


def run(coro):
    try:
        while True:
            fut = coro.send(None)
            fut.set_result(len(fut.callbacks) + 10)
    except StopIteration as e:
        return e.value


print(run(main([Future(), Future()])))
