# itertools count / cycle / repeat: values, steps, floats, exhaustion, laziness
from itertools import count, cycle, repeat, islice
import itertools

print(list(islice(count(), 5)))
print(list(islice(count(10), 3)))
print(list(islice(count(5, -2), 4)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(start=3, step=3), 3)))
print(list(zip("abc", count(1))))
c = count(7)
print(next(c), next(c), next(c))
for i in count():
    if i * i > 30:
        print("stop at", i)
        break

print(list(islice(cycle("ab"), 5)))
print(list(islice(cycle([1, 2, 3]), 7)))
print(list(cycle([])))
print(list(cycle(iter(()))))
cy = cycle(x * 10 for x in range(2))
print([next(cy) for _ in range(5)])

# cycle saves the items of a one-shot iterator
seen = []


def gen():
    for x in "xyz":
        seen.append(x)
        yield x


print(list(islice(cycle(gen()), 8)), seen)

print(list(repeat("a", 3)))
print(list(repeat(None, 0)))
print(list(repeat(1, -5)))
print(list(repeat(7, times=2)))
print(list(islice(repeat("z"), 4)))
print(list(map(pow, range(5), repeat(2))))
r = repeat([1], 2)
x, y = list(r)
print(x is y)
print(list(r))
print(repr(itertools.repeat("q", 2)), repr(repeat(3)))

try:
    cycle(5)
except TypeError as e:
    print(type(e).__name__, e)

for args in [("a",), (1, "b"), (None,)]:
    try:
        count(*args)
    except TypeError as e:
        print(type(e).__name__, e)


class Num:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __repr__(self):
        return "Num(%d)" % self.v


print(list(islice(count(Num(1), Num(5)), 3)))
