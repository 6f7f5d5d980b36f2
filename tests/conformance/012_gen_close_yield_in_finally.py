# a generator whose finally block yields: close() gets RuntimeError; resuming re-raises GeneratorExit
def gen():
    try:
        yield "body"
    finally:
        print("finally starts")
        yield "from finally"
        print("finally ends")

g = gen()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("close:", e)
try:
    next(g)
except GeneratorExit:
    print("the pending GeneratorExit escaped from next()")
print(next(g, "finished"))
