def naturals():
    n = 1
    while True:
        yield n
        n += 1


def take(n, it):
    return [x for _, x in zip(range(n), it)]


def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(take(10, primes()), take(12, fib()), take(5, (n * n for n in naturals())))
evaluated = []


def traced(label, values):
    for v in values:
        evaluated.append((label, v))
        yield v


pipeline = (x * 10 for x in traced("src", range(100)) if x % 3 == 0)
print(take(3, pipeline), len(evaluated), evaluated[-1])


def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)


print(list(interleave(iter("abc"), iter([1, 2]), iter("XYZW"))))
g = fib()
print([next(g) for _ in range(5)], next(g), sum(take(10, g)))
closed = []


def tracked():
    try:
        yield 1
        yield 2
    finally:
        closed.append("closed")


t = tracked()
print(next(t), closed)
t.close()
print(closed, list(t))
