# yield from works over any iterable: lists, ranges, tuples, strings, dicts, iterators, generator expressions
def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], range(3, 6), (6, 7), "ab", {"k1": 1, "k2": 2})))
it = iter([10, 20, 30])
next(it)
print(list(chain(it)))
print(list(chain(x * x for x in range(4))))
print(list(chain(map(str, [1, 2]), zip("ab", [1, 2]), enumerate("xy"), reversed([1, 2, 3]))))

def yf_range():
    r = yield from range(3)
    print("yield from a range evaluates to", r)

print(list(yf_range()))

def nested():
    yield from [[1, 2], [3]]
    yield from ()
    yield from [[]]

print(list(nested()))
try:
    list(chain(5))
except TypeError as e:
    print(type(e).__name__, e)
