import cachetools
from cachetools import LRUCache, TTLCache, LFUCache, cached

c = LRUCache(maxsize=2)
c["a"] = 1
c["b"] = 2
c["a"]
c["c"] = 3
print(sorted(c.items()), c.maxsize, c.currsize, "b" in c)
calls = []


@cached(cache=LRUCache(maxsize=32))
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(calls))
f = LFUCache(maxsize=2)
f[1] = "x"
f[2] = "y"
f[1]
f[3] = "z"
print(sorted(f))
t = TTLCache(maxsize=10, ttl=60, timer=lambda: 0)
t["k"] = "v"
print(t["k"], len(t))
