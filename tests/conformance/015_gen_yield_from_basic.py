# yield from a subgenerator: values pass through, the expression is the subgenerator's return value
def inner(n):
    for i in range(n):
        yield i
    return n * 10

def outer():
    a = yield from inner(2)
    print("inner returned", a)
    b = yield from inner(3)
    print("inner returned", b)
    return a + b

for v in outer():
    print("value", v)

def wrapper():
    r = yield from outer()
    print("outer returned", r)

print(list(wrapper()))

def empty():
    return "nothing yielded"
    yield

def uses_empty():
    r = yield from empty()
    yield r

print(list(uses_empty()))
