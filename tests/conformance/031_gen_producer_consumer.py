# producer/consumer with send(): a producer pushes items into consumer generators, then closes them
def consumer(name):
    print(name, "ready")
    count = 0
    try:
        while True:
            item = yield count
            count += 1
            print(name, "consumed", item)
    except GeneratorExit:
        print(name, "closing after", count, "items")

def producer(items, consumers):
    for c in consumers:
        next(c)
    for i, item in enumerate(items):
        target = consumers[i % len(consumers)]
        n = target.send(item)
        print("producer: sent", item, "count now", n)
    for c in consumers:
        c.close()

producer(["a", "b", "c", "d", "e"], [consumer("c1"), consumer("c2")])

def summing():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x

s = summing()
next(s)
for v in [1, 2, 3]:
    s.send(v)
try:
    s.send(None)
except StopIteration as e:
    print("sum", e.value)
