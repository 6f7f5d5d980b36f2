# send() of a non-None value to a just-started generator is a TypeError; send(None) starts it
def gen():
    print("started")
    x = yield 1
    print("x =", x)
    yield 2
    print("end")

g = gen()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)
# the generator is untouched by the failed send and can still be started
print(g.send(None))
print(g.send("value"))
print(next(g, "exhausted"))
g2 = gen()
print(next(g2))
print(g2.send([1, 2]))
