# a generator that yields after GeneratorExit: close() raises RuntimeError("generator ignored GeneratorExit")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
    yield 2
    print("resumed after the failed close")

g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# the generator is suspended at "yield 2" and can continue to its end
print(next(g, "finished"))
