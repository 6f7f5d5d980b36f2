# Comparing data nested deeper than the recursion limit raises
# RecursionError at once (not after minutes).
def nest(n, make, leaf):
    x = leaf
    for _ in range(n):
        x = make(x)
    return x

N = 20000
cases = [
    ("list <", lambda: nest(N, lambda v: [v], 0) < nest(N, lambda v: [v], 1)),
    ("list ==", lambda: nest(N, lambda v: [v], 0) == nest(N, lambda v: [v], 0)),
    ("list !=", lambda: nest(N, lambda v: [v], 0) != nest(N, lambda v: [v], 1)),
    ("tuple ==", lambda: nest(N, lambda v: (v,), 0) == nest(N, lambda v: (v,), 0)),
    ("tuple >=", lambda: nest(N, lambda v: (v,), 0) >= nest(N, lambda v: (v,), 0)),
    ("dict ==", lambda: nest(N, lambda v: {1: v}, 0) == nest(N, lambda v: {1: v}, 0)),
    ("mixed ==", lambda: nest(N, lambda v: [(v,)], 0) == nest(N, lambda v: [(v,)], 0)),
    ("sorted", lambda: sorted([nest(N, lambda v: [v], 1), nest(N, lambda v: [v], 0)])),
    ("in", lambda: nest(N, lambda v: [v], 0) in [nest(N, lambda v: [v], 0)]),
]
for name, f in cases:
    try:
        f()
        print(name, "no error")
    except RecursionError as e:
        print(name, "RecursionError:", e)

# shallow data compares as before
a = nest(10, lambda v: [v, (v,)], 0)
b = nest(10, lambda v: [v, (v,)], 0)
print(a == b, a < nest(10, lambda v: [v, (v,)], 1))
print([(1, 2), [3]] == [(1, 2), [3]], [(1, 2)] < [(1, 3)], ((1,), 2) > ((1,), 1))

# dicts compare their values with __eq__
class E:
    def __eq__(self, o):
        return True
    __hash__ = None
print({1: E()} == {1: E()}, {1: E()} != {1: E()}, {1: [E()]} == {1: [E()]})
print({1: 1.0} == {1: True}, {1: 2} == {1: 3}, {1: 2} == {2: 2})
