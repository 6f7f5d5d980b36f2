# Tuple and list ordering: items of one builtin kind compare directly,
# everything else through the comparison protocol, as CPython.
nan = float("nan")
cases = [
    ((1, 2), (1, 3)), ((1, 2), (1, 2)), ((1, 2), (1,)), ((), ()), ((), (0,)),
    ((1.5, 0), (1.5, 1)), ((1.5,), (2,)), ((2,), (1.5,)), ((1, "a"), (1, "b")),
    (("b", 1), ("a", 2)), ((nan,), (nan,)), ((nan, 1), (nan, 2)), ((1, nan), (1, nan)),
    ((True, 1), (1, 2)), ((1, (2, 3)), (1, (2, 4))), ((-0.0,), (0.0,)),
    (("\udc80",), ("\uffff",)), ((10**30, 1), (10**30, 2)), ((1, None), (2, None)),
]
for a, b in cases:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
    print(" lists:", list(a) < list(b), list(a) <= list(b), list(a) == list(b))

for a, b in [((1, None), (1, None)), ((1, None), (1, 2)), (("a", 1), ("a", "b"))]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)


class Rev:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        print("  lt", self.v, o.v)
        return self.v > o.v

    def __gt__(self, o):
        return self.v < o.v


print((1, Rev(1)) < (1, Rev(2)), (1, Rev(3)) < (1, Rev(2)))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1.0, "y"), (0.5, "x")]))
print(max([(1, 2.5), (1, 2), (0, 9)]), min([("b", 1), ("a", 3), ("a", 2)]))
