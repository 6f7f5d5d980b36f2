def deco(f): return f
@deco
def gen():
    yield
g = gen()
g.throw(ValueError("x"))
