# a running generator cannot be resumed: ValueError("generator already executing")
def gen():
    yield 1
    yield next(g)
    yield 3

g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "finished after the error"))

def self_sender():
    x = yield
    me.send(x)
    yield

me = self_sender()
next(me)
try:
    me.send(5)
except ValueError as e:
    print("send:", e)

def self_closer():
    yield
    c.close()
    yield

c = self_closer()
next(c)
try:
    next(c)
except ValueError as e:
    print("close:", e)

# other instances of the same generator function are independent
def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)

print(list(countdown(4)))
