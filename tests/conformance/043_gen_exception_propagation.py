# an exception raised inside a generator propagates out of next()/for; the generator is then finished
def fragile(n):
    for i in range(n):
        if i == 2:
            raise ValueError(f"fragile at {i}")
        yield i

g = fragile(5)
try:
    for v in g:
        print("got", v)
except ValueError as e:
    print("caught", e)
print(next(g, "finished"))
print(list(g))

def with_context():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")

g = with_context()
next(g)
try:
    next(g)
except KeyError as e:
    print(repr(e), "context:", type(e.__context__).__name__)

def half_ok():
    yield 1
    yield 2
    raise IndexError("boom")

out = []
try:
    for x in half_ok():
        out.append(x)
except IndexError as e:
    print(out, e)
try:
    print(list(half_ok()))
except IndexError as e:
    print("list() lost the partial result:", e)
