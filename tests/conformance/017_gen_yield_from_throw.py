# throw() through yield from: the subgenerator may handle it, or it propagates into the delegator
def inner():
    try:
        yield "inner 1"
    except ValueError as e:
        print("inner handled", e)
        yield "inner recovered"
    yield "inner 2"
    return "inner done"

def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield from inner()
    except KeyError as e:
        print("outer handled", repr(e))
        yield "outer recovered"
    yield "outer end"

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g, "end"))

# an iterator without throw(): the exception is raised in the delegator at the yield from
def over_iter():
    try:
        yield from iter([1, 2, 3])
    except ValueError as e:
        print("delegator caught", e)
        yield "after"

h = over_iter()
print(next(h))
print(h.throw(ValueError("into list")))
