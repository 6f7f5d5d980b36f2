import random

random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
print(random.randrange(10), random.randrange(5, 50, 5), random.getrandbits(16))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample("abcdefg", 3))
print([random.randint(0, 1) for _ in range(20)])
rng = random.Random(7)
print(rng.random(), rng.choice([10, 20, 30]), rng.randint(-5, 5))
random.seed("text seed")
print(random.random())
random.seed(12345)
rolls = [random.randint(1, 6) for _ in range(600)]
print([rolls.count(face) for face in range(1, 7)], sum(rolls))
print(random.choices("xyz", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b)
print(round(random.gauss(0, 1), 6), round(random.triangular(0, 10), 6) if hasattr(random, "triangular") else "-")
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
