import itertools
from itertools import count, cycle, repeat, chain, islice, accumulate, groupby, product, permutations, combinations, zip_longest, takewhile, dropwhile, starmap

print(list(islice(count(10, 5), 4)), list(islice(cycle("ab"), 5)), list(repeat("x", 3)))
print(list(chain([1, 2], "ab", range(2))), list(chain.from_iterable([[1], [2, 3]])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], lambda a, b: a * b)))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
for key, group in groupby(data, key=lambda w: w[0]):
    print(key, list(group))
print([(k, len(list(g))) for k, g in groupby("aaabccdd")])
print(list(product("ab", [1, 2])), len(list(product(range(3), repeat=3))))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))))
print(list(combinations([1, 2, 3, 4], 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(zip_longest("abc", [1], fillvalue="-")), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(None, [0, 1, 0, 2])))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b), list(itertools.pairwise("abcd")) if hasattr(itertools, "pairwise") else [])
print(list(islice("abcdefgh", 2, 7, 2)), list(islice(range(100), 3)), next(islice(count(), 5, None)))
squares = (n * n for n in count(1))
print(list(takewhile(lambda s: s < 50, squares)))
print(sum(1 for _ in combinations(range(10), 3)), list(map(sum, combinations(range(5), 4))))
