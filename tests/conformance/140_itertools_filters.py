# itertools starmap / takewhile / dropwhile / filterfalse / compress / pairwise
from itertools import starmap, takewhile, dropwhile, filterfalse, compress, pairwise, count

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(starmap(max, ["ab", "zy"])))
print(list(starmap(divmod, iter([(7, 2)]))))
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print(type(e).__name__)

print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [])))
print(list(takewhile(lambda x: True, "abc")))
print(list(takewhile(lambda x: x < 3, count())))
it = iter([1, 2, 10, 3])
print(list(takewhile(lambda x: x < 5, it)), list(it))

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: x < 5, [])))
print(list(dropwhile(lambda x: True, "abc")))
print(list(dropwhile(str.isspace, "   hi there")))
calls = []


def small(x):
    calls.append(x)
    return x < 3


print(list(dropwhile(small, [1, 2, 3, 1, 0])), calls)

print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0], False])))
print(list(filterfalse(str.isdigit, "a1b2c3")))
print(list(filterfalse(lambda x: x, [])))

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress("ABCDEF", [1, 0, 1])))
print(list(compress("AB", [1, 1, 1, 1])))
print(list(compress(range(10), count() if False else (x % 3 == 0 for x in range(10)))))
print(list(compress([], [])))
print(list(compress(count(), [0, 1, 1, 0, 1])))

print(list(pairwise("ABCDEFG")))
print(list(pairwise([1])))
print(list(pairwise([])))
print(list(pairwise(range(3))))
print(["".join(p) for p in pairwise("abc")])

for fn, args in [(takewhile, (bool, 3)), (dropwhile, (bool, 3)), (filterfalse, (None, 3)),
                 (compress, (3, [])), (compress, ([], 3)), (pairwise, (3,)), (starmap, (pow, 3))]:
    try:
        fn(*args)
    except TypeError as e:
        print(type(e).__name__, e)
