# heapq's heap operations are native: messages, list subclasses, user
# __lt__ (also one that empties the list), tie order, max-heap helpers.
import heapq as h
for f, args in [(h.heappush, ()), (h.heappush, ([],)), (h.heappop, ()), (h.heappop, ([],)), (h.heappop, ((),)), (h.heappush, ((), 1)), (h.heapify, ()), (h.heapify, (1,)), (h.heapreplace, ([], 1)), (h.heappushpop, ([],)), (h._heappop_max, ([],)), (h._heapreplace_max, ([],1)), (h.heapify, ([],1)), (h.heappop, (None,))]:
    try: print(f(*args))
    except Exception as e: print(type(e).__name__, e)
class Bad:
    def __lt__(s, o):
        L.clear(); return True
L = [Bad(), Bad(), Bad()]
try: h.heappush(L, Bad())
except Exception as e: print(type(e).__name__, e)
try: h.heappush([1, "a"], 2)
except Exception as e: print(type(e).__name__, e)
try: h.heappush([1, "a"], "b")
except Exception as e: print(type(e).__name__, e)
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed % 1000
items = [rnd() for _ in range(300)]
heap = []
for x in items:
    h.heappush(heap, (x % 10, x))
out = [h.heappop(heap) for _ in range(len(heap))]
print(out[:10], out == sorted(out))
a = items[:]
h.heapify(a); print(a[:8])
h._heapify_max(a); print(a[:8], h._heappop_max(a), h._heapreplace_max(a, 5))
print(h.heappushpop(a, -1), h.heappushpop(a, 10**6), h.heapreplace(a, 3))
class L2(list): pass
l = L2([5, 3, 1]); h.heapify(l); print(l, type(l).__name__)
print(h.nsmallest(3, items), h.nlargest(3, items), list(h.merge([1, 4], [2, 3])))
# ties come out in CPython's order
t = [(1, i) for i in range(5)] + [(0, 9)]
heap = []
for x in t:
    h.heappush(heap, x)
print(heap)
class K:
    def __init__(self, k, i): self.k, self.i = k, i
    def __lt__(self, o): return self.k < o.k
heap = []
for i in range(12):
    h.heappush(heap, K(i % 3, i))
print([h.heappop(heap).i for _ in range(12)])
