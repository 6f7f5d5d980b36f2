# Python 2 style g.next() mixed with send() (expected output made with next(g))
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is not None:
            total += x

acc = accumulate()
print(acc.next())
print(acc.send(5))
print(acc.next())
print(acc.send(10))

def pairs():
    yield 1, 2
    yield 3, 4

p = pairs()
a, b = p.next()
print(a + b)
print(p.next())
try:
    p.next()
except StopIteration:
    print("StopIteration")
