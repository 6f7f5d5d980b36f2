# messages of common runtime errors, printed as type name and message
import math

class C:
    pass

key = "a"
tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: {"a": 1}["b"],
    lambda: [1, 2][5],
    lambda: (1,)[3],
    lambda: undefined_name,
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: "a" * "b",
    lambda: -"a",
    lambda: (5).foo,
    lambda: "s".nope(),
    lambda: C().attr,
    lambda: None.x,
    lambda: int("abc"),
    lambda: len(5),
    lambda: iter(5),
    lambda: next([]),
    lambda: math.sqrt(-1),
    lambda: [].pop(),
    lambda: "a" < 1,
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: "x".join([1]),
    lambda: [1][key],
    lambda: 2 ** "a",
    lambda: {}.popitem(),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
