# deep recursion with a raised recursion limit: 100000 nested Python calls
import sys

sys.setrecursionlimit(200000)
print(sys.getrecursionlimit())

def f(n):
    if n == 0:
        return 0
    return 1 + f(n - 1)

print(f(100000))

def sum_list(xs, i=0):
    return 0 if i == len(xs) else xs[i] + sum_list(xs, i + 1)

print(sum_list(list(range(50000))))
