# functools.cmp_to_key and total_ordering
from functools import cmp_to_key, total_ordering


def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=cmp_to_key(by_len_then_alpha), reverse=True))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(min([5, 3, 9], key=cmp_to_key(lambda a, b: a - b)))
print(max([5, 3, 9], key=cmp_to_key(lambda a, b: a - b)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) < K(1), K(1) == K(1), K(1) <= K(1), K(3) >= K(4), K(3) > K(2))
print(K(5).obj)
try:
    hash(K(1))
except TypeError as e:
    print(type(e).__name__)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(str(p) for p in self.parts)


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a == c, a <= c, a >= c, a > c)
print(sorted([b, a, Version(0, 9)]))
print(max(a, b), min(a, b))


@total_ordering
class Rank:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n


print(Rank(1) < Rank(2), Rank(1) <= Rank(1), Rank(3) >= Rank(4), Rank(3) > Rank(2))


@total_ordering
class Le:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __le__(self, other):
        return self.n <= other.n


print(Le(1) < Le(2), Le(2) < Le(2), Le(2) > Le(1), Le(2) >= Le(2))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
