# unbounded recursion raises RecursionError, which can be caught; the program then continues normally
def f(n):
    return f(n + 1)

try:
    f(0)
except RecursionError:
    print("caught")
print(issubclass(RecursionError, RuntimeError))

def g(n):
    return g(n + 1) + 1

try:
    g(0)
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)

def h(n):
    if n == 0:
        return 0
    return 1 + h(n - 1)

print(h(500))

def gen_rec():
    yield from gen_rec()

try:
    next(gen_rec())
except RecursionError:
    print("caught unbounded yield from")
print(h(800))
