# The SyntaxErrors of misplaced global/nonlocal declarations, as CPython's
# symbol table words them (raised by exec, so each is caught).
cases = [
    "def f(x):\n    global x\n",
    "def f(x):\n    def g():\n        pass\n    nonlocal x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def f(*args):\n    global args\n",
    "def f(**kw):\n    global kw\n",
    "nonlocal x\n",
    "def f():\n    nonlocal y\n",
    "x = 1\nglobal x\n",
    "def f():\n    global x\n    x = 2\n    return x\n",
]
for src in cases:
    try:
        exec(src, {})
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)
