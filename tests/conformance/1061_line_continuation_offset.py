# A stray character after a line continuation backslash: CPython's
# SyntaxError points at that character (offset 1-based, on its line).
cases = [
    "a = 3 \\ 4",
    "1,\\#\n2",
    "\nfgdfgf\n1,\\#\n2\n",
    "x = [1,\\ 2]",
    "f(a, \\b)",
    "s = 'x' \\é",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)

for src in ["x = 1 + \\", "\\\n"]:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno)

import types

print(types.AsyncGeneratorType.__name__)


async def agen():
    yield 1


print(isinstance(agen(), types.AsyncGeneratorType))
