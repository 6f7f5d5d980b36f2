from collections import OrderedDict


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("  evict", evicted)

    def __repr__(self):
        return "LRU(%s)" % list(self.data.items())


cache = LRU(3)
for k in "abc":
    cache.put(k, k.upper())
print(cache, cache.get("a"), cache)
cache.put("d", "D")
print(cache, cache.get("b"), cache.get("c"))
cache.put("c", "C2")
cache.put("e", "E")
print(cache, cache.hits, cache.misses)


def cached(capacity):
    def deco(fn):
        lru = LRU(capacity)

        def wrapper(n):
            sentinel = object()
            v = lru.get(n, sentinel)
            if v is sentinel:
                v = fn(n)
                lru.put(n, v)
            return v

        wrapper.lru = lru
        return wrapper

    return deco


@cached(100)
def slow_square(n):
    return n * n


print([slow_square(i % 4) for i in range(10)], slow_square.lru.hits, slow_square.lru.misses)
