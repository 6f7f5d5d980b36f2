# random: edge cases: non-sequence populations, huge bit counts, dict/tuple arguments, big getrandbits values, shared state
import random

random.seed(3)
for f, args in [
    (random.sample, ((x for x in range(5)), 2)),
    (random.sample, (iter([1, 2]), 1)),
    (random.getrandbits, (2**31,)),
    (random.getrandbits, (2**100,)),
    (random.choice, ({"a": 1},)),
    (random.choice, ({0: "z"},)),
    (random.shuffle, ((1, 2, 3),)),
    (random.choice, (5,)),
    (random.uniform, ("a", "b")),
    (random.choices, ([],)),
    (random.choices, ([], [])),
    (random.sample, (range(5), 2.0)),
]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

random.seed(10)
big = random.getrandbits(1000)
print(big.bit_length() <= 1000, big % 1000003, big >> 990)
print(random.randrange(10**30, 10**30 + 5), random.randrange(-(10**40), 0, 10**20) % 10**20)
print(random.sample(range(-5, 5), 10), random.sample("ab" * 3000, 3))
print(list(random.randbytes(9)))

# functions imported by name share the module's generator
from random import randint, seed, random as rnd
seed(77)
a = [randint(1, 9), rnd()]
random.seed(77)
print(a == [random.randint(1, 9), random.random()])

# a seeded random walk
random.seed(123)
pos, path = 0, []
for _ in range(30):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path)
