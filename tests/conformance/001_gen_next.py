# next(g), g.__next__(), exhaustion, and next() with a default
def count_to(n):
    i = 1
    while i <= n:
        yield i
        i += 1

g = count_to(3)
print(next(g))
print(g.__next__())
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
print(next(g, "default"))
try:
    g.__next__()
except StopIteration:
    print("still exhausted")
h = count_to(2)
print(next(h, None), next(h, None), next(h, None))
print(type(g).__name__)
print(next(iter([]), "empty"))
# the body does not start until the first next()
def noisy():
    print("body starts")
    yield "first"
n = noisy()
print("created")
print(next(n))
