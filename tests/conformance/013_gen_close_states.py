# close() on unstarted, exhausted, suspended and already closed generators
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

a = gen()
a.close()
print("a closed before starting: finally did not run")
b = gen()
print(list(b))
b.close()
print("b closed after exhaustion")
c = gen()
next(c)
c.close()
c.close()
print("c closed twice")
try:
    next(c)
except StopIteration:
    print("next after close: StopIteration")
try:
    c.send(None)
except StopIteration:
    print("send after close: StopIteration")
try:
    c.throw(ValueError("x"))
except ValueError:
    print("throw after close raises the thrown exception")
