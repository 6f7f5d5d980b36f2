# Python 2 style g.next() as an alias of __next__ (expected output made with next(g))
def letters():
    yield "a"
    yield "b"

g = letters()
print(g.next())
print(g.next())
try:
    g.next()
except StopIteration:
    print("done")
squares = (x * x for x in range(4))
print(squares.next(), squares.next())
print(list(squares))
