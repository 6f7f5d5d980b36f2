# compile(..., 'single'): one logical line of statements, or one compound
# statement; the errors CPython gives for more.
good = [
    "1 + 2", "\n1 + 2", "1 + 2\n", "1 + 2\n\n", "1 + 2\t\t\n", "1 + 2\t\t\n        ",
    "1 + 2 # one plus two", "1; 2", "import sys; sys", "def f():\n   pass",
    "while False:\n   pass", "if x:\n   f(x)", "if x:\n   f(x)\nelse:\n   g(x)",
    "class T:\n   pass", "c = '''\na=1\nb=2\nc=3\n'''", "def f(): pass\n", "def f(): pass\n\n",
    "x = (1,\n  2)", "for x in y: pass\n# c\n", "if x:\n  pass\n\n\n",
]
bad = [
    "1\n2", "a = 13\nb = 187", "del x\ndel y", "f()\ng()", "x = 1\n\n\ny = 2\n",
    "match = 1\nmatch\n", "x = (1,\n  2)\ny = 3", "if x:\n  pass\ny=1", "1; 2\n3",
    "def f():\n  pass\ndef g():\n  pass\n",
]
for src in good:
    try:
        code = compile(src, "<single>", "single")
        print("ok", repr(src), type(code).__name__)
    except SyntaxError as e:
        print("unexpected", repr(src), type(e).__name__, e)
for src in bad:
    try:
        compile(src, "<single>", "single")
        print("compiles?", repr(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e, e.lineno, e.offset, e.end_lineno, e.end_offset)
# The rejected one-line compound statements (CPython reports offset 0).
for src in ["def f(): pass", "if x: pass", "class C: pass", "while x: y", "if x: y\nelse: z",
            "try: pass\nfinally: pass", "with a: pass", "for x in y: z"]:
    try:
        compile(src, "<single>", "single")
        print("compiles?", repr(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno)
# Running them prints expression values as the prompt does.
exec(compile("1 + 2; 'x'; None", "<single>", "single"))
exec(compile("if True:\n  5\n  6\n", "<single>", "single"))
