# random: uniform/triangular/gauss/normalvariate/expovariate/lognormvariate, randbytes, getstate/setstate
import random

random.seed(8)
print([random.uniform(1, 3) for _ in range(3)], random.uniform(2.5, -1), random.uniform(5, 5))
print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 2), random.triangular(3, 3, 3))
print(random.triangular(10, 0, 9), random.triangular(low=1, high=2, mode=1.5))
print([random.gauss() for _ in range(3)])
print(random.gauss(5, 2), random.gauss(mu=-1, sigma=0.5))
print([random.normalvariate(1, 2) for _ in range(3)], random.normalvariate())
print([random.expovariate(3) for _ in range(3)], random.expovariate(-0.5))
print(random.lognormvariate(0, 1), random.lognormvariate(1.5, 0.25))
print(random.randbytes(5), random.randbytes(0), len(random.randbytes(100)))

# getstate/setstate replay the stream, including the cached gauss value
random.seed(9)
random.gauss()
st = random.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], type(st[2]).__name__)
a = [random.random(), random.gauss(), random.randint(1, 1000)]
random.setstate(st)
b = [random.random(), random.gauss(), random.randint(1, 1000)]
print(a == b)
random.seed(9)
st = random.getstate()
print(st[1][:3], st[1][-1], st[2])
random.setstate(st)
print(random.random())
try:
    random.setstate((7, st[1], None))
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.expovariate(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# estimate pi with a seeded Monte Carlo
random.seed(314)
inside = 0
for _ in range(20000):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / 20000)
