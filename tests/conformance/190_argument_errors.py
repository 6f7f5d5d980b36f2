def f(a, b, c=3):
    return a + b + c


def g(*args, **kwargs):
    return args, sorted(kwargs.items())


def h(a, /, b, *, c):
    return a, b, c


def k(x, *rest, flag=False, **opts):
    return x, rest, flag, opts


class C:
    def method(self, x):
        return x

    @staticmethod
    def smeth(x):
        return x


calls = [
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: f(),
    lambda: h(1, 2, 3),
    lambda: h(a=1, b=2, c=3),
    lambda: h(1, 2),
    lambda: C().method(),
    lambda: C().method(1, 2),
    lambda: C.smeth(),
    lambda: k(),
    lambda: (lambda: 0)(1),
    lambda: f(*[1], **{"b": 2, "c": 3, "e": 5}),
    lambda: len(),
    lambda: len([], []),
    lambda: int("1", "2", "3"),
    lambda: "abc".split(1),
    lambda: sorted([3, 1], reversed=True),
    lambda: print(sep=1),
    lambda: abs(),
    lambda: divmod(1),
    lambda: isinstance(1),
]
for call in calls:
    try:
        print("ok", call())
    except TypeError as e:
        print("TypeError:", e)

print(f(1, 2), f(1, b=2), f(c=1, b=2, a=3), f(*(1, 2)), f(**{"a": 1, "b": 2}))
print(g(), g(1, 2), g(a=1), g(1, *[2, 3], x=4, **{"y": 5}))
print(h(1, 2, c=3), h(1, b=2, c=3))
print(k(1), k(1, 2, 3, flag=True, color="red"))
args = (1, 2)
kwargs = {"c": 10}
print(f(*args, **kwargs), g(*args, *args), g(**kwargs, **{"d": 1}))
