def gen():
    x = yield 1
    x.foo
g = gen()
next(g)
g.send(5)
