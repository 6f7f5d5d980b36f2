# CPython's messages for broken parameter lists, keyword arguments,
# comprehension targets, `yield` targets and Python 2's print statement.
cases = [
    "def foo(/,a,b=,c):\n   pass\n", "def foo(a,*b: int=,c):\n   pass\n",
    "def foo(a,**b: int=3):\n   pass\n", "def foo(a,*b=3,c):\n   pass\n", "def foo(a,**b=3):\n   pass\n",
    "def foo(a=1,/*,b,c):\n   pass\n", "lambda a=1,/*,b,c: None\n", "lambda a=1,d=,c: None\n",
    "lambda a,d=,c: None\n", "lambda *a=1: 0", "lambda **k=1: 0", "lambda /, a: 0",
    "def foo(a, b=, c): pass", "def foo(a, /, b=): pass",
    "f((x)=2)\n", "f(x=1, (y)=2)", "f(a.b=1)", "f(1=2)", "f(x for x in y=1)", "f(x=1)",
    "f(((x))=1)", "f(True=1)",
    "yield = 1", "yield x = 1",
    "[x,y for x,y in range(100)]", "{x,y for x,y in range(100)}", "[x,y, z for x in y]",
    "[x, y for x in y if z]", "[x, y async for x in y]",
    "[(x, y) for x, y in z]", "[x, *y for x in z]", "(x, y for x in z)",
    "print 'hi'", "print foo", "print {1:foo}", "print {1:(foo.)}", "print (foo.)",
    "if 1: print foo", "x = 1; print x", "print 'a', b", "exec 'x'", "exec foo",
    "if 1: exec {1:foo}", "x = 1; exec x; y = 2", "print -1", "print", "d = {1: print x}",
    "f(print x)", "print x = 3", "lambda: print x", "[print x]",
]
for src in cases:
    for mode in ("exec", "single", "eval"):
        try:
            compile(src, "<case>", mode)
            print(mode, repr(src), "compiles")
        except SyntaxError as e:
            print(mode, repr(src), type(e).__name__, e, e.lineno, e.offset, e.end_lineno, e.end_offset)
