# send(): the sent value becomes the value of the yield expression; next() sends None
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        print("got", repr(x))
        if x == "stop":
            return received

g = echo()
print(next(g))
print(g.send(10))
print(g.send("hi"))
print(next(g))
print(g.send(None))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)
try:
    g.send(1)
except StopIteration as e:
    print("send to a finished generator: StopIteration", e.args)
