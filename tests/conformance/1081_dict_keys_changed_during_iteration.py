# Iterating a dict while keys are deleted and others added keeps the size
# but not the keys: CPython raises "dictionary keys changed during
# iteration"; a change of size raises its own error; length hints follow.
import operator


def attempt(d, body, view=lambda d: d):
    it = iter(view(d))
    seen = []
    try:
        for k in it:
            seen.append(k)
            body(d, k)
        outcome = "no error"
    except RuntimeError as e:
        outcome = "RuntimeError: %s" % e
    try:
        rest = list(it)
    except RuntimeError as e:
        rest = "RuntimeError: %s" % e
    print(outcome, seen, sorted(d.items()), rest)


def swap_same(d, k):
    del d[k]
    d[k] = 0


def swap_new(d, k):
    if isinstance(k, tuple):
        k = k[0]
    if k in d:
        del d[k]
    d[k + 10] = 0


def grow(d, k):
    d[100 + len(d)] = 1


attempt({0: 0}, swap_same)
attempt({0: 0, 1: 1}, swap_new)
attempt({0: 0, 1: 1, 2: 2}, swap_new, lambda d: d.keys())
attempt({0: 0, 1: 1, 2: 2}, lambda d, v: swap_new(d, 0) if 0 in d else None, lambda d: d.values())
attempt({0: 0, 1: 1, 2: 2}, swap_new, lambda d: d.items())
attempt({0: 0, 1: 1}, grow)
d = {i: i for i in range(5)}
it = iter(d)
print(operator.length_hint(it))
next(it)
print(operator.length_hint(it))
d[9] = 9
print(operator.length_hint(it))
