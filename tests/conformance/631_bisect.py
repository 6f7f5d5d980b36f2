# bisect: left/right, lo/hi, key, insort, errors
import bisect
a = [1,2,2,2,3,5]
for x in (0,1,2,2.5,3,6):
    print(x, bisect.bisect_left(a,x), bisect.bisect_right(a,x), bisect.bisect(a,x), bisect.bisect_left(a,x,2), bisect.bisect_right(a,x,1,3))
try: bisect.bisect_left(a, 1, -1)
except ValueError as e: print(e)
try: bisect.insort(a, 1, -1)
except ValueError as e: print(e)
recs = [('a',1),('b',2),('c',2),('d',4)]
print(bisect.bisect_left(recs, 2, key=lambda r: r[1]), bisect.bisect_right(recs, 2, key=lambda r: r[1]))
bisect.insort(recs, ('e',2), key=lambda r:r[1]); bisect.insort_left(recs, ('f',2), key=lambda r:r[1]); print(recs)
b=[]; 
for x in [5,1,4,1,3]: bisect.insort_left(b, x); bisect.insort_right(b, x)
print(b)
try: bisect.bisect([1,'a'], 2)
except TypeError as e: print(type(e).__name__, e)
