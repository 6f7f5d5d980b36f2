import json

data = {
    "name": "Widget",
    "price": 9.99,
    "tags": ["a", "b"],
    "stock": None,
    "active": True,
    "dims": {"w": 10, "h": 2.5},
    "unicode": "café ☕",
    "empty": [],
}
text = json.dumps(data)
print(text)
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False))
back = json.loads(text)
print(back == data, back["dims"]["h"], type(back["price"]).__name__, back["unicode"])
print(json.dumps([1, 2.0, "x", None, True, False, [], {}]))
print(json.dumps("quote\" backslash\\ newline\n tab\t"), json.dumps(1e100), json.dumps(-0.5))
print(json.loads('{"a": [1, 2, {"b": null}], "c": "\\u00e9\\n", "d": 1e3, "e": -12}'))
print(json.dumps({"b": 1, "a": 2}, separators=(",", ":")), json.dumps({1: "int key", "k": (1, 2)}))
print(json.loads("[]"), json.loads('"s"'), json.loads("3"), json.loads("3.5"), json.loads("true"), json.loads(" null "))
for bad in ["{", "[1,]", "{'a': 1}", "", "nul", "[1 2]"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
    except ValueError as e:
        print("ValueError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"x": float("inf")}) if False else "skip inf")
records = [{"id": i, "score": i * 1.5} for i in range(3)]
encoded = json.dumps(records, indent=1)
print(encoded)
print(sum(r["score"] for r in json.loads(encoded)))
