# repr of nested containers, strings inside containers, empty containers, self-referencing containers
print([1, [2, [3, []]], (4,), {"a": (5, 6)}])
print(repr(["it's", 'q"uote', "both'\""]))
print({}, [], (), set(), frozenset(), {1: {2: {3: {}}}})
print([None, True, False, 1.0, -0.0, 1e100, float("inf")])
print({"list": [1, 2], "tuple": (1,), "nested": {"x": [()]}})
print(((1, 2), (3,)), [[]], [()], ([],))
print(repr("a\nb"), ["x\ty"], repr([1, "2", 3.0]))
a = [1, 2]
a.append(a)
print(a)
d = {"k": 1}
d["self"] = d
print(d)
print(str([1, "a"]), str(("a",)), str({"a": "b"}))
print({1, 2, 3}, {(1, 2)}, [range(3)], range(1, 10, 2), repr(range(0)))
print(b"bytes", [b"\x00\xff"], b"it's")
