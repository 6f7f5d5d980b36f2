def f(a, b, c=3):
    return a + b + c
class K:
    def m(self, x):
        return x
for call in [lambda: f(1, 2, **{"c": 3}, c=4), lambda: f(**{"a": 1}, **{"a": 2}), lambda: K().m(**{"x": 1}, x=2), lambda: print(**{"sep": 1}, sep=2), lambda: f(1, **{"b": 2}, c=5)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
