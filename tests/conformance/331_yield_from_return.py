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

# throw() into a yield from over a plain iterator goes to its throw()
class Thrower:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def throw(self, typ, *rest):
        self.n += 1
        if self.n == 1:
            return "caught " + getattr(typ, "__name__", type(typ).__name__)
        if self.n == 2:
            raise StopIteration("thrown-ret")
        raise KeyError("from throw")
    def close(self):
        print("closed")

def deleg2(it):
    r = yield from it
    print("r", r)
    yield "after"

t = Thrower()
g = deleg2(t)
print(next(g))
print(g.throw(ValueError))
print(next(g))
print(g.throw(ValueError))
g = deleg2(Thrower())
next(g)
g.throw(ValueError)
g.throw(ValueError)
try:
    g.throw(ValueError)
except Exception as e:
    print("escaped", type(e).__name__)
g = deleg2(Thrower())
next(g)
g.close()

def sub2():
    try:
        yield 1
    except ValueError:
        return "sub-ret"
def deleg3():
    r = yield from sub2()
    yield r
g = deleg3()
next(g)
print(g.throw(ValueError))

class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
def deleg4():
    yield from NoThrow()
g = deleg4()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)

class Aw3:
    def __await__(self):
        return iter([])
async def co3():
    return await Aw3()
c = co3()
try:
    c.send(None)
except StopIteration as e:
    print("co3", e.value)
