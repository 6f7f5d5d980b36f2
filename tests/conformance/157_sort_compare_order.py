# sorted/min/max compare in CPython's order: the same TypeError for values that cannot be compared; stable reverse sorts
for data in ([True, -2, 'z'], [3, 'a'], ['a', 3], [1, 2, 'x', 3], [(1, 'a'), (1, 2)]):
    for rev in (False, True):
        try:
            print(sorted(data, reverse=rev))
        except TypeError as e:
            print("TypeError", e)
for f in (min, max):
    try:
        print(f([1, 'a']))
    except TypeError as e:
        print("TypeError", e)
print(sorted([3, 1, 2], reverse=True), sorted("banana"), sorted([(2, 'b'), (1, 'z'), (2, 'a')], key=lambda t: t[0], reverse=True))
print(max([1, 5, 3]), min("hello"), max([], default=7), max(1, 2, key=lambda x: -x))
import random
random.seed(3)
big = [random.randint(0, 1000) for _ in range(500)]
print(sorted(big) == sorted(big, key=lambda x: x), sorted(big)[:5], sorted(big, reverse=True)[:5])
