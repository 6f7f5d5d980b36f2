def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        count += step
        return count

    return counter


c1 = make_counter()
c2 = make_counter(10, 5)
print(c1(), c1(), c2(), c1(), c2())


def make_accumulators():
    total = []

    def add(x):
        total.append(x)
        return sum(total)

    def reset():
        total.clear()

    return add, reset


add, reset = make_accumulators()
print(add(1), add(2), add(3))
reset()
print(add(10))

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def multiplier(n):
    return lambda x: x * n


double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5), [multiplier(k)(2) for k in range(4)])


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(50), len(fib.cache))
print(c1.__closure__ is not None, c1.__name__, make_counter.__name__)


def outer():
    x = "outer"

    def middle():
        def inner():
            return x

        return inner

    x = "changed"
    return middle()()


print(outer())


def bad():
    def inner():
        return y

    try:
        return inner()
    finally:
        pass
    y = 1


try:
    bad()
except NameError as e:
    print("NameError:", e)
