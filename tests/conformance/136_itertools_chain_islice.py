# itertools chain / chain.from_iterable / islice, with CPython's islice ValueErrors
from itertools import chain, islice, count

print(list(chain()))
print(list(chain("ab", [1, 2], (), range(3))))
print(list(chain([[1], [2]])))
print(list(chain.from_iterable(["ab", "cd", ""])))
print(list(chain.from_iterable([[1, 2], range(2), iter([9])])))
print(list(chain.from_iterable(x * "a" for x in range(4))))
print(list(chain.from_iterable([])))
ch = chain([1], [2, 3])
print(next(ch), list(ch), list(ch))
print(iter(ch) is ch)
print("".join(chain("hello", " ", "world")))

# chain is lazy: a bad item only fails when reached
c = chain([1], 5)
print(next(c))
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)

s = "ABCDEFG"
print(list(islice(s, 2)))
print(list(islice(s, 2, 4)))
print(list(islice(s, 2, None)))
print(list(islice(s, 0, None, 2)))
print(list(islice(s, None)))
print(list(islice(s, None, None)))
print(list(islice(s, 1, None, 3)))
print(list(islice(s, 10)))
print(list(islice(s, 5, 3)))
print(list(islice(s, 0)))
print(list(islice(s, 3, 3)))
print(list(islice(s, None, 4, None)))
print(list(islice(count(), 100, 110, 4)))
print(list(islice(range(10), True, 5)))

# how much of the underlying iterator islice consumes
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 0)), next(it))

# consecutive slices of one iterator
it = iter("abcdefgh")
print(["".join(islice(it, 3)) for _ in range(3)])

for args in [(-1,), (1.5,), ("a",), (-1, 5), (1, -1), (0, 5, 0), (0, 5, -1),
             (0, 5, 1.0), (1.0, 3), (None, -1), (0, None, 0)]:
    try:
        islice("abc", *args)
    except ValueError as e:
        print(args, type(e).__name__, e)

try:
    islice("abc")
except TypeError as e:
    print(type(e).__name__, e)

try:
    islice(5, 2)
except TypeError as e:
    print(type(e).__name__, e)
