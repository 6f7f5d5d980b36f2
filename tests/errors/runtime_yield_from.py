def f():
    yield from g()
def g():
    yield 1
    raise TypeError("in g")
list(f())
