compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), (lambda *a, **k: (a, k))(1, b=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
print([ops[o](12, 4) for o in "+-*/"])
print(sorted(["b3", "a10", "c1"], key=lambda s: int(s[1:])), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print(list(filter(lambda n: n % 3 == 0, range(20))), (lambda: "no args")(), (lambda x=5: x)())


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


print(apply_n(dbl, 10, 1), apply_n(lambda s: s + "!", 3, "hi"))


def curry(f):
    return lambda a: lambda b: f(a, b)


add = curry(lambda a, b: a + b)
print(add(3)(4), list(map(add(10), [1, 2, 3])))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
value = "  Hello World  "
for step in pipeline:
    value = step(value)
print(value)
print((lambda f: f(f, 10))(lambda self, n: 1 if n == 0 else n * self(self, n - 1)))
print(max(["apple", "fig", "banana"], key=len), min({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))
f = lambda: None
print(f.__name__, f(), callable(f), callable(5), type(f).__name__)
