# send() through yield from reaches the subgenerator; a list iterator has no send()
def accumulator(name):
    total = 0
    while True:
        x = yield name + ":" + str(total)
        if x is None:
            return total
        total += x

def delegator():
    totals = []
    for name in ("first", "second"):
        t = yield from accumulator(name)
        totals.append(t)
    return totals

g = delegator()
print(next(g))
print(g.send(1))
print(g.send(2))
print(next(g))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("totals", e.value)

def over_list():
    yield from [1, 2, 3]

h = over_list()
print(next(h))
print(h.send(None))
try:
    h.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
