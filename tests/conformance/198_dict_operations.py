inventory = {"apples": 5, "pears": 2}
inventory["kiwis"] = 7
inventory["apples"] += 3
print(inventory, len(inventory), "pears" in inventory, "figs" in inventory)
print(inventory.get("figs"), inventory.get("figs", 0), inventory.setdefault("figs", 1), inventory.setdefault("apples", 100))
print(list(inventory), list(inventory.keys()), list(inventory.values()), list(inventory.items()))
print(inventory.pop("pears"), inventory.pop("nope", "default"), inventory.popitem(), inventory)
inventory.update({"plums": 4}, grapes=9)
inventory.update([("dates", 2)])
print(inventory)
del inventory["plums"]
print(sorted(inventory.items(), key=lambda kv: -kv[1]), max(inventory, key=inventory.get))
merged = {**inventory, "apples": 0, **{"new": 1}}
print(merged, inventory | {"x": 1}, dict(a=1, b=2), dict([("c", 3)]), dict.fromkeys("ab", 0))
squares = {n: n * n for n in range(6) if n % 2 == 0}
print(squares, {v: k for k, v in squares.items()}, {k: v for k, v in zip("abc", range(3))})
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
nested = {"user": {"name": "x", "tags": ["a", "b"]}}
nested["user"]["tags"].append("c")
print(nested, nested["user"]["tags"][-1])
for bad in [lambda: inventory["missing"], lambda: {}.popitem(), lambda: {[1]: 2}, lambda: dict(1), lambda: dict([(1, 2, 3)])]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
d = {1: "int", 1.0: "float", True: "bool"}
print(d, {(1, 2): "tuple"}, {None: 0}, {"b": 1, "a": 2} == {"a": 2, "b": 1})
keys = inventory.keys()
inventory["late"] = 1
print(len(keys), "late" in keys, keys)
try:
    for k in inventory:
        inventory["boom" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
ordered = {}
for k in ["z", "a", "m"]:
    ordered[k] = len(ordered)
ordered.pop("a")
ordered["a"] = 9
print(ordered, list(reversed(ordered)), next(iter(ordered)))
