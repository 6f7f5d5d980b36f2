# CPython's messages for headers without ':' and for parenthesized
# parameters, with their positions, from compile() in exec and single mode.
cases = [
    "with a as b\n", "def f()\n    pass\n", "class A\n    pass\n", "class A(B)\n  pass\n",
    "for x in range(10)\n  pass\n", "while True\n  pass\n", "if x\n  pass\n",
    "if x:\n  pass\nelif y\n  pass\n", "if x:\n  pass\nelse\n  pass\n", "try\n  pass\n",
    "try:\n  pass\nexcept E\n  pass\n", "try:\n  pass\nexcept E as e\n  pass\n",
    "try:\n  pass\nexcept* E\n  pass\n", "try:\n  pass\nfinally\n  pass\n",
    "for x in y:\n  pass\nelse\n  pass\n", "def f() -> int\n  pass\n",
    "with blech as something\n  pass\n", "with blech\n  pass\n",
    "with blech, block as something\n  pass\n", "with (blech as something)\n  pass\n",
    "with (blech)\n  pass\n", "with (blech, block as something)\n  pass\n",
    "with (blech, block as something, bluch)\n  pass\n",
    "async def f():\n  async with a as b\n    pass\n",
    "async def f():\n  async for a in b\n    pass\n",
    "match x\n  case list():\n      pass\n", "match x:\n  case list()\n      pass\n",
    "match x:\n  case [y] if y > 0\n      pass\n", "match x\n  case 1: pass\n",
    "match = 1\nmatch\n", "match(x)\n",
    "def f(x, (y, z), w):\n   pass\n", "def f((x, y, z, w)):\n   pass\n",
    "def f(x, (y, z, w)):\n   pass\n", "def f((x, y, z), w):\n   pass\n",
    "def f((x)): pass", "def f((x,)): pass", "def f(a=1, (b)): pass", "def f(*, (b)): pass",
    "def f(((a))): pass", "def f((a, 1)): pass", "def f(()): pass",
    "lambda x, (y, z), w: None", "lambda (x, y, z, w): None", "lambda x, (y, z, w): None",
    "lambda (x, y, z), w: None", "lambda (x): 1", "lambda a=1, (b): 1",
    "try:\n    something()\nexcept* A:\npass\n", "try:\n    something()\nexcept A:\npass\n",
    "print 'hi'", "print foo", "print {1:foo}", "if 1: print foo", "if 1: print {1:foo}",
    "if 1:\n    print foo", "x = 1; print x", "print 'a', b", "exec 'x'", "exec foo",
    "if 1: exec {1:foo}", "x = 1; exec x; y = 2", "print -1", "print", "d = {1: print x}",
    "def f():\n    [(yield x) for x in a]", "def f():\n    {(yield x) for x in a}",
    "def f():\n    {(yield x): 1 for x in a}", "def f():\n    ((yield x) for x in a)",
    "def f():\n    [x for x in (yield)]", "def f():\n    [(yield from x) for x in a]",
    "[(yield x) for x in a]", "class C:\n    [(yield x) for x in a]",
]
for src in cases:
    for mode in ("exec", "single"):
        try:
            compile(src, "<case>", mode)
            print(mode, repr(src), "compiles")
        except SyntaxError as e:
            print(mode, repr(src), type(e).__name__, e, e.lineno, e.offset, e.end_lineno, e.end_offset)
