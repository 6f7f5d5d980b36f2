w = range(1 << 30)
match w:
    case x, y, *_:
        print(x, y)
match [1, 2, 3, 4, 5]:
    case a, *_, b, c: print(a, b, c)
match (1,):
    case a, *_, b: print("no")
    case _: print("short")
match "abc":
    case [*_]: print("str no")
    case _: print("str is not a sequence")
match [1, [2, 3]]:
    case _, [_, *_, q]: print(q)
match [1,2]:
    case [_, *_]: print("ok")
match {-0-0j: 5, 1+2j: 6}:
    case {-0-0j: v, 1+2j: w}: print(v, w)
class C:
    def __init__(s, n): s.n = n
    def __len__(s): return s.n
    def __getitem__(s, i):
        print("get", i)
        if i < 0: i += s.n
        if not 0 <= i < s.n: raise IndexError
        return i * 10
import collections.abc
collections.abc.Sequence.register(C)
match C(5):
    case a, *_, b: print(a, b)
