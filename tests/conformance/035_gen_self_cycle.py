# a generator whose frame refers to the generator itself (a reference cycle) works and can be dropped
def g():
    me = yield
    yield me

x = g()
next(x)
y = x.send(x)
print(y is x)
print(next(x, "done"))
del x, y

class Holder:
    pass

def holds(h):
    yield h.gen is not None
    yield "still running"

h = Holder()
h.gen = holds(h)
print(next(h.gen), next(h.gen))
del h
count = 0
for i in range(10000):
    c = g()
    next(c)
    if c.send(c) is c:
        count += 1
print("cycles made", count)
