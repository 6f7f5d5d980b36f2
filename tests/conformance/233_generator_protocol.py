def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


avg = averager()
print(next(avg))
for v in [10, 20, 30, 5]:
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("returned", e.value)


def delegator(results):
    while True:
        result = yield from averager()
        results.append(result)


results = []
d = delegator(results)
next(d)
for v in [1, 2, 3]:
    d.send(v)
d.send(None)
for v in [100]:
    d.send(v)
d.send(None)
print(results)


def guarded():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
    finally:
        print("cleanup")


g = guarded()
next(g)
g.send(1)
g.throw(ValueError("oops"))
g.send(2)
g.close()
print(g.gi_running if hasattr(g, "gi_running") else False)
try:
    g.send(3)
except StopIteration:
    print("closed generator raises StopIteration")


def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1


c = counter()
print([next(c), next(c), next(c), c.send("reset"), next(c)])


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], range(2))))


def inner():
    yield 1
    return "inner-result"


def outer():
    r = yield from inner()
    yield r


print(list(outer()))


def bad():
    yield 1
    raise StopIteration("inside")


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
gen = (i for i in range(3))
print(next(gen), list(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted genexp")
