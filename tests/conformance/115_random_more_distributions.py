# random: vonmises/gamma/beta/pareto/weibull variates (module level and on Random instances) and their errors
import math
import random

random.seed(11)
print([random.vonmisesvariate(0, 4) for _ in range(3)], random.vonmisesvariate(1, 0), random.vonmisesvariate(-2, 1))
print([random.gammavariate(2.5, 1.5) for _ in range(3)])
print([random.gammavariate(1.0, 2.0) for _ in range(2)], [random.gammavariate(0.5, 1.0) for _ in range(3)])
print([random.betavariate(2, 5) for _ in range(3)], random.betavariate(0.3, 0.3))
print([random.paretovariate(3) for _ in range(3)], random.weibullvariate(1, 1.5), random.weibullvariate(2.0, 0.5))

r = random.Random(99)
print(r.vonmisesvariate(math.pi, 2), r.gammavariate(3, 1), r.betavariate(1, 1), r.paretovariate(1.5), r.weibullvariate(1, 2))

for f, args in [(random.gammavariate, (0, 1)), (random.gammavariate, (1, -1)), (random.betavariate, (-1, 1)),
                (random.paretovariate, (0,)), (random.weibullvariate, (1, 0))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

# mean of many gamma draws stays near alpha * beta
random.seed(5)
draws = [random.gammavariate(2.0, 3.0) for _ in range(5000)]
print(round(sum(draws) / len(draws), 6))
