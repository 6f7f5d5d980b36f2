import sys
sys.setrecursionlimit(50)
def f(n):
    if n == 0:
        raise KeyError(n)
    return f(n - 1)
f(10)
