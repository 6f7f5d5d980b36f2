# dicts: insertion order, get/setdefault/pop/update/popitem, views, del, in, iteration, errors
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("zz"), d.get("zz", 0))
print(d.setdefault("a", 99), d.setdefault("new", []), d)
d["new"].append(1)
print(d.pop("b"), d.pop("missing", "dflt"), d)
d.update({"x": 1, "a": 0})
d.update(y=2)
d.update([("z", 3)])
print(d)
del d["x"]
print("x" in d, "y" in d, "y" not in d, d)
print(d.popitem(), d)
for k in d:
    print(k, end=" ")
print()
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    del d["nope"]
except KeyError as e:
    print("del", e)
print(dict(a=1, b=2), dict([(1, "one"), (2, "two")]), dict(zip("xy", [8, 9])), dict.fromkeys(["p", "q"], 0))
d["a"] = "same position"
print(list(d))
del d["a"]
d["a"] = "re-added at the end"
print(list(d))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key"}[(1, 2)], {} == dict(), {"a": 1} == {"a": 1.0})
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
print(sorted({"b": 1, "a": 2}.items()), list(reversed({1: 1, 2: 2})), {**{"a": 1}, "b": 2})
