# heapq: push/pop/heapify order of equal elements, nlargest/nsmallest, merge, errors
import heapq, bisect, random
class P:
    def __init__(s, k, t): s.k=k; s.t=t
    def __lt__(s, o): return s.k < o.k
    def __repr__(s): return '%s%s' % (s.k, s.t)
rng = random.Random(5)
data = [P(rng.randrange(5), i) for i in range(30)]
h = []
for d in data: heapq.heappush(h, d)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = list(data); heapq.heapify(h); print(h)
print(heapq.heapreplace(h, P(2,'r')), heapq.heappushpop(h, P(1,'p')), heapq.heappushpop(h, P(9,'q')), h)
for n in (0,1,2,5,29,30,31):
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    print(n, heapq.nsmallest(n, iter(data), key=lambda p: p.k), heapq.nlargest(n, iter(data), key=lambda p: p.k))
    print(n, heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)))
ins = [sorted(data[i::3], key=lambda p:p.k) for i in range(3)]
print(list(heapq.merge(*ins)))
print(list(heapq.merge(*ins, key=lambda p: p.k)))
print(list(heapq.merge(*[sorted(x, key=lambda p:p.k, reverse=True) for x in ins], key=lambda p: p.k, reverse=True)))
print(list(heapq.merge(*[sorted(x, key=lambda p:p.k, reverse=True) for x in ins], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([1,3],[],[2])), list(heapq.merge('ace','bdf')))
for f, a in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1)), (heapq.heapify, (None,)), (heapq.heappush, ([1], 'a'))]:
    try: f(*a)
    except Exception as e: print(type(e).__name__, e)
print(heapq.heappushpop([], 3))
