import more_itertools as mi
print(list(mi.chunked(range(7), 3)), list(mi.windowed([1, 2, 3, 4], 2)), mi.first([9, 8]))
print(list(mi.flatten([[1], [2, 3]])), list(mi.unique_everseen("aabca")), mi.ilen(range(5)))
print(list(mi.interleave([1, 2], "ab")), list(mi.pairwise("abc")), mi.one([1]))
print(list(mi.distinct_permutations([1, 1, 2])), list(mi.split_at(range(6), lambda x: x % 3 == 0)))
