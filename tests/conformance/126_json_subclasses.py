# json with classes derived from str, int, float, list, tuple, dict: encoded as their base type, circular checks, object_pairs_hook
import json
class S(str): pass
class I(int): pass
class F(float): pass
class L(list): pass
class T(tuple): pass
class D(dict): pass
print(json.dumps([S("x\u00e9"), I(5), F(2.5), L([1, L([2])]), T((3, 4)), D(a=1, b=D())]))
print(json.dumps({S("k"): 1, I(3): 2, F(0.5): 3}, indent=1))
d = D()
d["me"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(type(e).__name__, e)
l = L()
l.append(l)
try:
    json.dumps([l])
except ValueError as e:
    print(type(e).__name__, e)
class Bad(set): pass
try:
    json.dumps(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps(Bad([1]), default=sorted))
print(json.loads("{\"b\": [1], \"a\": 2}", object_pairs_hook=D), type(json.loads("{}", object_pairs_hook=D)).__name__)
print(json.loads("{\"b\": 1}", object_hook=D) == {"b": 1})
