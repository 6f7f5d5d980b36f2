# PEP 479: StopIteration escaping a generator body becomes RuntimeError("generator raised StopIteration")
def bad():
    yield 1
    raise StopIteration("explicit")

g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__))
print(next(g, "finished"))

def first_of_each(iterables):
    for it in iterables:
        it = iter(it)
        yield next(it)

try:
    print(list(first_of_each([[1], [2], [], [4]])))
except RuntimeError as e:
    print("RuntimeError", e)

def safe(iterables):
    for it in iterables:
        try:
            yield next(iter(it))
        except StopIteration:
            return

print(list(safe([[1], [2], [], [4]])))

def catches():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught inside"

print(list(catches()))
try:
    list(next(iter([])) for _ in range(1))
except RuntimeError as e:
    print("generator expression:", e)
try:
    [next(iter([])) for _ in range(1)]
except StopIteration:
    print("list comprehension: plain StopIteration")
