# random: CPython's TypeError messages for bad argument counts/keywords, for module functions and Random methods
import random

calls = [
    ("seed", (1, 2, 3), {}), ("seed", (), {"b": 1}), ("seed", (1,), {"a": 2}),
    ("random", (1,), {}), ("random", (), {"x": 1}),
    ("getrandbits", (), {}), ("getrandbits", (1, 2), {}), ("getrandbits", (), {"k": 3}),
    ("randbytes", (), {}), ("randbytes", (1, 2), {}),
    ("randrange", (), {}), ("randrange", (1, 2, 3, 4), {}), ("randrange", (1,), {"start": 3}),
    ("randint", (1,), {}), ("randint", (1, 2, 3), {}), ("randint", (), {"a": 1, "b": 3}),
    ("choice", (), {}), ("choice", ([1], [2]), {}), ("shuffle", ([1], 2), {}),
    ("sample", ([1],), {}), ("sample", ([1], 1, 2), {}), ("sample", ([1],), {"k": 1, "foo": 2}),
    ("choices", (), {}), ("choices", ([1], None, None), {}), ("choices", ([1],), {"kk": 1}),
    ("uniform", (1,), {}), ("uniform", (), {}), ("triangular", (1, 2, 3, 4), {}), ("gauss", (1, 2, 3), {}),
    ("normalvariate", (1, 2, 3), {}), ("lognormvariate", (1,), {}), ("lognormvariate", (1, 2, 3), {}),
    ("expovariate", (), {}), ("getstate", (1,), {}), ("setstate", (), {}), ("gammavariate", (1,), {}),
    ("paretovariate", (), {}), ("weibullvariate", (1, 2, 3), {}), ("vonmisesvariate", (), {}),
]
for gen in [random, random.Random(5)]:
    for name, args, kw in calls:
        try:
            getattr(gen, name)(*args, **kw)
            print(name, "ok")
        except TypeError as e:
            print(name, type(e).__name__, e)
