# throw() with an exception class or instance: the generator always sees an instance
def gen():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, repr(e.args))

class MyError(Exception):
    pass

g = gen()
next(g)
g.throw(ValueError)
g.throw(IndexError)
g.throw(RuntimeError("with message"))
g.throw(MyError)
g.throw(MyError("x", 2))
r = g.throw(TypeError)
print("throw returned", r)
g.close()
print("done")
