# html.entities: the HTML 4 tables and the HTML5 table of named references.
from html import entities
from html.entities import codepoint2name, entitydefs, html5, name2codepoint

print(len(name2codepoint), len(codepoint2name), len(entitydefs), len(html5))
print(name2codepoint["amp"], name2codepoint["nbsp"], name2codepoint["euro"], name2codepoint["Omega"])
print(codepoint2name[60], codepoint2name[8364], codepoint2name[169])
print(ascii(entitydefs["copy"]), ascii(entitydefs["lt"]))
print(list(name2codepoint)[:8], list(name2codepoint)[-3:])
print(list(html5)[:6], list(html5)[-3:])
for key in ["amp", "amp;", "AMP;", "notin;", "not", "bne;", "NotEqualTilde;", "fjlig;", "zwnj;", "nbsp"]:
    print(key, ascii(html5[key]))
print(sum(1 for k in html5 if not k.endswith(";")))
print(sum(1 for v in html5.values() if len(v) == 2))
print(all(html5[k + ";"] == chr(v) for k, v in name2codepoint.items()))
print(all(codepoint2name[v] == k for k, v in name2codepoint.items()))
print(sorted(entities.__all__))
print("missing;" in html5, html5.get("lt"))
