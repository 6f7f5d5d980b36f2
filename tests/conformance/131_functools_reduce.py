# functools.reduce: with and without initial, empty inputs, iterators, errors
from functools import reduce
import functools

print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a + b, [1, 2, 3], 10))
print(reduce(lambda a, b: a * b, range(1, 7)))
print(reduce(lambda a, b: a + b, ["a", "b", "c"]))
print(reduce(lambda a, b: a + b, [], 0))
print(reduce(lambda a, b: a + b, [42]))
print(reduce(lambda a, b: a + [b], "xyz", []))
print(reduce(max, iter([3, 9, 2])))
print(reduce(lambda a, b: (a, b), (i * i for i in range(4))))
print(functools.reduce(lambda a, b: a - b, [10, 1, 2], 100))
print(reduce(lambda acc, x: acc, [], None))

try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(type(e).__name__, e)

try:
    reduce(lambda a, b: a + b, iter(()))
except TypeError as e:
    print(type(e).__name__, e)

try:
    reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print(type(e).__name__, e)


def bad(a, b):
    raise ValueError("stop at %r" % (b,))


try:
    reduce(bad, [1, 2, 3])
except ValueError as e:
    print(type(e).__name__, e)
