# a JSON pretty-printer written by hand (recursion, isinstance dispatch, escaping), checked against json.dumps
import json


def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def pretty(value, indent=2, level=0):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + pretty(v, indent, level + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{pad}{escape(str(k))}: {pretty(v, indent, level + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    raise TypeError(f"cannot print {type(value).__name__}")


doc = {
    "name": "whirl",
    "version": [0, 1, 0],
    "fast": True,
    "ratio": 1.93,
    "notes": None,
    "tags": ["generators", "tornado", "rust"],
    "nested": {"empty_list": [], "empty_dict": {}, "quote": 'say "hi"\n', "unicode": "caf\u00e9 \u2603"},
    "matrix": [[1, 2], [3, 4]],
}
text = pretty(doc)
print(text)
print(text == json.dumps(doc, indent=2))
print(json.loads(text) == doc, pretty(doc, indent=4) == json.dumps(doc, indent=4))
try:
    pretty({"bad": {1, 2}})
except TypeError as e:
    print("TypeError", e)
