def my_zip(*its):
    iters = [iter(i) for i in its]
    while True:
        try:
            yield tuple(next(i) for i in iters) if False else tuple([next(i) for i in iters])
        except StopIteration:
            return


def my_enumerate(it, start=0):
    n = start
    for x in it:
        yield n, x
        n += 1


def my_map(f, *its):
    for args in my_zip(*its):
        yield f(*args)


def window(seq, n):
    it = iter(seq)
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


def unique(it, key=lambda x: x):
    seen = set()
    for x in it:
        k = key(x)
        if k not in seen:
            seen.add(k)
            yield x


print(list(my_zip("abc", [1, 2, 3, 4], range(10))))
print(list(my_enumerate("xyz", 1)), list(my_map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(window(range(6), 3)), list(window("ab", 3)))
print(list(flatten([1, [2, (3, [4])], [], 5])), list(unique("abracadabra")), list(unique(["A", "a", "b"], key=str.lower)))
evens = (n for n in range(10) if n % 2 == 0)
squares = (n * n for n in evens)
print(next(squares), list(squares), list(evens))
it = iter(range(10))
print(list(zip(it, it)), list(it))
print(list(map(None.__class__, [])) if False else [], sorted(unique([3, 1, 3, 2, 1])), dict(my_enumerate("ab")))
