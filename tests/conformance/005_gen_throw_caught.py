# throw() an exception instance that the generator catches: throw() returns the next yielded value
def worker():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("worker caught", e)
            n += 100
        n += 1

g = worker()
print(next(g))
print(next(g))
print(g.throw(ValueError("bad input")))
print(next(g))
print(g.throw(ValueError("again")))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "finished"))
