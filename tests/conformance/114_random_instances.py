# random: random.Random instances (own generators, independent of the module-level one and of each other), subclasses, state
import random

r = random.Random(42)
random.seed(42)
print(r.random(), random.random(), r.random(), random.random())

a = random.Random(2**90)
b = random.Random(2**90)
print([a.randint(1, 10) for _ in range(5)], [b.randint(1, 10) for _ in range(5)])

r2 = random.Random("seed text")
print(r2.randint(1, 100), r2.choice("xyz"), r2.sample(range(50), 5), r2.choices("ab", [1, 3], k=4))
print(r2.gauss(), r2.gauss(), r2.uniform(1, 2), r2.triangular(1, 2), r2.expovariate(2))
print(r2.normalvariate(), r2.lognormvariate(0, 1), r2.randrange(1, 10, 2), r2.getrandbits(40), r2.randbytes(3))
x = list(range(10))
r2.shuffle(x)
print(x)
st = r2.getstate()
v = [r2.random(), r2.gauss()]
r2.setstate(st)
print(v == [r2.random(), r2.gauss()])
r2.seed(5)
print(r2.random())
r2.seed(a=5)
print(r2.random())

class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)

d = Dice(7)
print([d.roll() for _ in range(10)], isinstance(d, random.Random))

gens = [random.Random(i) for i in range(500)]
print(sum(g.randint(0, 10) for g in gens))
del gens
print([random.Random(i).random() for i in range(3)])

# Python code run by a method (a sequence's __getitem__) uses the module-level generator
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        random.random()
        return i

random.seed(1)
r = random.Random(1)
print(r.choice(Seq()), r.random(), random.random())

print(0.0 <= random.Random().random() < 1.0)
try:
    r.randrange(5, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.choice([])
except IndexError as e:
    print(type(e).__name__, e)
