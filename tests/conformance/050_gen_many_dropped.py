# ten thousand suspended generators dropped one by one: each finally runs when its generator is dropped
closed = 0

def gen():
    global closed
    try:
        yield 1
        yield 2
    finally:
        closed += 1

for i in range(10000):
    g = gen()
    next(g)
print(closed)
del g
print(closed)
total = 0
for i in range(1000):
    total += next(gen()) + next(gen())
print(total, closed)
