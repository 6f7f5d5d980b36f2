# random: CPython's MT19937 seeding (int, negative, big, float, str, bytes, bool, version=1) and random()/getrandbits() streams
import random

seeds = [0, 1, 2, 42, -42, 2**32 - 1, 2**32, 2**64 + 5, 2**100, -(2**100), 12345678901234567890,
         True, False, 3.0, 3.5, -1.0, 0.1, 1e300, float("inf"), "hello", "", "héllo wörld", b"abc", b""]
for s in seeds:
    random.seed(s)
    print(repr(s), [random.random() for _ in range(3)])

random.seed(2024)
print([random.random() for _ in range(700)][-5:])  # crosses a 624-word regeneration

random.seed(7)
for k in [0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200, 1000]:
    print(k, random.getrandbits(k))

random.seed("x", version=1)
print(random.random())
random.seed(b"xyz", version=1)
print(random.random())
random.seed("x", version=2)
print(random.random())

# seed(a) and seed(a=...) agree; seeding resets the stream
random.seed(a=99)
a = [random.random() for _ in range(4)]
random.seed(99)
print(a == [random.random() for _ in range(4)])

# seed() / seed(None) give some stream in [0, 1)
random.seed()
x = random.random()
random.seed(None)
y = random.random()
print(0.0 <= x < 1.0, 0.0 <= y < 1.0)

for bad in [[1], (1, 2), {}]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [-1, 2.0, "3"]:
    try:
        random.getrandbits(bad)
    except Exception as e:
        print(type(e).__name__, e)
