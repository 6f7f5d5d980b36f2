# random: randrange()/randint() results (steps, negatives, big ints, float args) and their CPython error messages
import random

random.seed(12345)
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-5, 5) for _ in range(20)])
print([random.randrange(10) for _ in range(20)])
print([random.randrange(3, 30, 4) for _ in range(15)])
print([random.randrange(30, 3, -4) for _ in range(15)])
print([random.randrange(-100, -10, 7) for _ in range(15)])
print([random.randrange(5, 6) for _ in range(5)], random.randint(7, 7))
print([random.randrange(2**40) for _ in range(5)])
print([random.randrange(-2**62, 2**62) for _ in range(5)])
print([random.randrange(-2**63, 2**63) for _ in range(5)])
print([random.randrange(2**100) for _ in range(5)])
print([random.randrange(-2**80, 2**80, 3) for _ in range(5)])
print([random.randint(2**70, 2**70 + 10) for _ in range(5)])
print(random.randrange(10, step=1), random.randrange(start=2, stop=9), random.randint(a=1, b=3))
print(random.randrange(3.0), random.randrange(1.0, 10.0, 2.0), random.randint(1.0, 4.0))
print(random.randrange(True, 5))

cases = [(5, 3), (5, 3, -2), (5, 3, 2), (0,), (-3,), (1, 5, 0), (3, 3), (1.5,), (1, 2.5), (1, 5, 1.5),
         (None,), ("3",), (10, None, 2), (float("nan"),), (float("inf"),), (2**70, 5)]
for args in cases:
    try:
        print(args, random.randrange(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
for args in [(5, 1), (1.5, 3), (1, 2.5), (3, 2)]:
    try:
        print(args, random.randint(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    random.randrange()
except TypeError as e:
    print(type(e).__name__)

# a dice simulation: counts only depend on the stream
random.seed(1)
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts)
