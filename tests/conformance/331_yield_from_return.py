# The value of `yield from` is the StopIteration value, whatever the
# delegate is: a plain iterator, a generator, an object with send().
class It:
    def __init__(self, n, ret):
        self.n = n
        self.ret = ret
    def __iter__(self):
        return self
    def __next__(self):
        if self.n:
            self.n -= 1
            return self.n
        raise StopIteration(self.ret)

def deleg(it):
    ret = yield from it
    print("ret", ret)
    return ret

print(list(deleg(It(2, 42))))
print(list(deleg(It(0, "s"))))
print(list(deleg(It(1, None))))
print(list(deleg(iter([1, 2]))))

class Ex(It):
    def __next__(self):
        raise StopIteration

print(list(deleg(Ex(0, 0))))

def sub():
    yield 1
    return "from gen"

print(list(deleg(sub())))

class Sender:
    def __init__(self):
        self.got = []
    def __iter__(self):
        return self
    def __next__(self):
        return "first"
    def send(self, v):
        self.got.append(v)
        if v == "stop":
            raise StopIteration("sent-" + v)
        return v.upper()

s = Sender()
g = deleg(s)
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("stop")
except StopIteration as e:
    print("gen returned", e.value)
print(s.got)

# a generator's own return value through next() and send()
def ret_gen():
    x = yield
    return x * 2
g = ret_gen()
next(g)
try:
    g.send(21)
except StopIteration as e:
    print("send ->", e.value, e.args)

# await on a custom awaitable whose iterator returns a value
class Aw:
    def __await__(self):
        yield "tick"
        return "awaited"

async def co():
    v = await Aw()
    return v + "!"

c = co()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("co ->", e.value)
