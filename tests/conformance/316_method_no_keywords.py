# Builtin methods (and module functions) that take no keyword arguments in
# CPython refuse them, with CPython's message; the receiver's errors come
# first; those that take keywords still do.
import math

class L(list):
    pass

cases = [
    "[].append(1, x=2)", "[].append(x=2)", "list.append([], 1, x=2)",
    "list.append(5, x=2)", "list.append(x=2)", "L().append(1, x=2)",
    "'ab'.upper(x=1)", "'ab'.startswith('a', x=1)", "(1, 2).index(1, x=0)",
    "{1: 2}.get(1, x=3)", "{1}.discard(1, x=1)", "(5).bit_length(x=1)",
    "b'ab'.strip(x=1)", "math.sqrt(4, x=1)", "math.floor(x=1.5)",
    "list.append(*[[], 1], **{'x': 2})", "str.join(',', 'ab', x=1)",
    "[3, 1].sort(reverse=True)", "'a,b'.split(sep=',')", "'a b'.split(maxsplit=1)",
    "sorted([2, 1], key=None)", "dict(a=1)", "{}.pop(1, 2)", "'ab'.encode(encoding='ascii')",
    "int('5', base=10)", "'{x}'.format(x=1)", "{}.update(a=1)",
]
for src in cases:
    try:
        print(src, repr(eval(src)))
    except Exception as e:
        print(src, type(e).__name__, e)

for f in ([].append, [].pop, {}.get, 'x'.upper, (1,).count, {1}.add):
    try:
        f(1, k=2)
    except TypeError as e:
        print(type(e).__name__, e)

class S(set):
    def __init__(self, it, tag=None):
        super().__init__(it)
        self.tag = tag

class T(tuple):
    def __new__(cls, it, tag=None):
        return super().__new__(cls, it)

class E(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b

for src in ["list(x=1)", "tuple(x=1)", "set(x=1)", "frozenset(x=1)",
            "S([1], tag=2).tag", "T([1], tag=2)", "L([1])", "ValueError(x=1)",
            "Exception.__init__(Exception(), x=1)", "E(1, b=3).b", "KeyError('k', x=1)"]:
    try:
        print(src, repr(eval(src)))
    except Exception as e:
        print(src, type(e).__name__, e)
