# itertools recipes from the CPython docs: combining the functions with generators and functools
from itertools import (chain, combinations, count, cycle, groupby, islice, repeat,
                       starmap, tee, zip_longest, filterfalse, accumulate, product,
                       permutations, compress, takewhile, dropwhile, pairwise)
from functools import reduce, partial


def take(n, iterable):
    return list(islice(iterable, n))


def tabulate(function, start=0):
    return map(function, count(start))


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(partial(next, iter(it)) for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    if key is None:
        for element in filterfalse(lambda e: e in seen, iterable):
            seen.add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element


def unique_justseen(iterable, key=None):
    return map(next, map(lambda kg: kg[1], groupby(iterable, key)))


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))


def dotproduct(vec1, vec2):
    return sum(map(lambda a, b: a * b, vec1, vec2))


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def triplewise(iterable):
    for (a, _), (b, c) in pairwise(pairwise(iterable)):
        yield a, b, c


print(take(4, tabulate(lambda x: x * x)))
print(nth(range(10), 3), nth(range(3), 7, "none"))
print(all_equal("aaaa"), all_equal("aaba"), all_equal(""))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")))
print(list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")))
odds, evens = partition(lambda x: x % 2 == 0, range(10))
print(list(odds), list(evens))
print(list(flatten([[1, 2], [3], []])))
print(list(ncycles("ab", 3)))
print(dotproduct([1, 2, 3], [4, 5, 6]))
print(quantify([0, 1, 2, 0, 3]), quantify("aAbB", str.isupper))
print(list(triplewise("ABCDE")))
print(reduce(lambda a, b: a * b, accumulate(range(1, 5))))
print(sorted(set(map(partial(reduce, lambda a, b: a + b), permutations([1, 2, 3])))))
print(list(compress(*zip(*[(c, c.isupper()) for c in "aBcDe"]))))
print(list(starmap(lambda x, y: x * y, product(range(1, 3), repeat=2))))
print(list(dropwhile(lambda s: s.startswith("#"), takewhile(bool, ["#a", "#b", "c", "#d", "", "e"]))))


# generator pipelines that send values through itertools
def numbers():
    n = 0
    while True:
        got = yield n
        n = n + 1 if got is None else got


gen = numbers()
first = take(3, gen)
print(first, gen.send(100), take(2, gen))
print(take(5, accumulate(chain([1], repeat(2)), lambda a, b: a * b)))
