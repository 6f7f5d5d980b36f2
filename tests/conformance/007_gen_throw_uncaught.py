# throw() that the generator does not catch: finally runs, the exception propagates, the generator is finished
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = gen()
print(next(g))
try:
    g.throw(ZeroDivisionError("thrown in"))
except ZeroDivisionError as e:
    print("caller got", type(e).__name__, e)
print(list(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")

# a generator that converts the thrown exception into another one
def converter():
    try:
        yield
    except KeyError as e:
        raise ValueError("converted " + str(e))

c = converter()
next(c)
try:
    c.throw(KeyError("key"))
except ValueError as e:
    print(type(e).__name__, e)
    print("context:", repr(e.__context__))
