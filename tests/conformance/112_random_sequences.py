# random: choice/shuffle/sample/choices with CPython's algorithms (pool vs set sample, counts, weights, cum_weights) and errors
import random

random.seed(3)
print([random.choice("abcdef") for _ in range(10)])
print([random.choice((10, 20, 30)) for _ in range(8)], random.choice(range(100, 200, 3)), random.choice([None]))

x = list(range(20))
random.shuffle(x)
print(x)
words = "the quick brown fox jumps over the lazy dog".split()
random.shuffle(words)
print(words)
empty = []
random.shuffle(empty)
print(empty)

class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v

s = Seq("abcdefg")
random.shuffle(s)
print(s.items, random.choice(s))

random.seed(4)
print(random.sample(range(100), 10))             # set branch
print(random.sample(range(10), 10))              # pool branch
print(random.sample("abcdefgh", 5))
print(random.sample((1, 2, 3), 0), random.sample([7], 1))
print(random.sample(range(10**9), 8))
print(random.sample(range(50), k=25))
print(random.sample(list(range(30)), 6))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample("xyz", counts=[1, 0, 3], k=4))

random.seed(5)
print(random.choices("abc", k=8))
print(random.choices(range(10)))
print(random.choices("abc", [1, 2, 3], k=8))
print(random.choices("abc", weights=[0.5, 0.25, 0.25], k=8))
print(random.choices("abc", cum_weights=[1, 2.5, 3], k=8))
print(random.choices(["x", "y"], [0, 1], k=4), random.choices("ab", k=0), random.choices("ab", k=-2))

for f, args, kw in [
    (random.choice, ([],), {}),
    (random.choice, ("",), {}),
    (random.sample, ([1, 2], 3), {}),
    (random.sample, ([1, 2], -1), {}),
    (random.sample, ({1, 2}, 1), {}),
    (random.sample, ({"a": 1}, 1), {}),
    (random.sample, ("ab",), {"k": 1, "counts": [1]}),
    (random.sample, ("ab",), {"k": 1, "counts": [0, 0]}),
    (random.sample, ("ab",), {"k": 1, "counts": [1.0, 1.0]}),
    (random.choices, ("ab", 3), {}),
    (random.choices, ("ab", [0, 0]), {}),
    (random.choices, ("ab", [1]), {}),
    (random.choices, ("ab", [1, 2]), {"cum_weights": [1, 2]}),
    (random.choices, ("ab",), {"cum_weights": [1, float("inf")]}),
]:
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

# a deck of cards: deal hands after a seeded shuffle
random.seed(2023)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print([deck[i:i + 5] for i in range(0, 20, 5)])
