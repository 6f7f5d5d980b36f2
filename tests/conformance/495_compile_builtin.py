# compile(): modes exec/eval/single, str and bytes sources, flags,
# dont_inherit, optimize, and its errors.


def show(label, fn):
    try:
        r = fn()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
        return None
    print(label, "->", type(r).__name__)
    return r


c = show("exec", lambda: compile("x = 1\ny = x + 1\n", "prog.py", "exec"))
print(c.co_name, c.co_filename, c.co_firstlineno)
ns = {}
exec(c, ns)
print(ns["x"], ns["y"], sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)

e = compile("a * 2 + 1", "<expr>", "eval")
print(e.co_name, e.co_filename, eval(e, {"a": 20}))
print(eval(compile("[i * i for i in range(4)]", "<e>", "eval")))

# 'single' prints expression values like the prompt.
s = compile("40 + 2", "<single>", "single")
print(exec(s))
exec(compile("None", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
exec(compile("x = 5", "<single>", "single"))
exec(compile("for i in range(2): i\n", "<single>", "single"))
exec(compile("if True:\n    7\n    8\n", "<single>", "single"))
show("single multi", lambda: compile("a = 1\nb = 2\n", "<s>", "single"))

# Bytes sources and filenames.
b = compile(b"z = 'bytes source'", b"bytes-name.py", "exec")
print(b.co_filename)
ns = {}
exec(b, ns)
print(ns["z"])
exec(compile("w = 'caf\u00e9'".encode(), "u.py", "exec"), ns)
print(ns["w"])
exec(compile(b"\xef\xbb\xbfq = 3", "bom.py", "exec"), ns)
print(ns["q"])

# Keyword arguments, flags, dont_inherit, optimize.
k = compile(source="v = 9", filename="kw.py", mode="exec", flags=0, dont_inherit=True, optimize=0)
print(k.co_filename)
# __future__ feature flags: annotations, division, generator_stop,
# print_function, absolute_import, with_statement, unicode_literals.
for flag in (0x1000000, 0x20000, 0x800000, 0x100000, 0x40000, 0x80000, 0x200000):
    print(hex(flag), type(compile("1", "f", "eval", flag)).__name__)
for opt in (-1, 0, 1, 2):
    print("optimize", opt, type(compile("1", "o", "eval", optimize=opt)).__name__)

show("bad optimize", lambda: compile("1", "o", "eval", optimize=3))
show("bad flags", lambda: compile("1", "f", "eval", 0x12345678))
show("bad mode", lambda: compile("1", "f", "run"))
show("mode type", lambda: compile("1", "f", 3))
show("source type", lambda: compile(12, "f", "exec"))
show("source None", lambda: compile(None, "f", "exec"))
show("filename type", lambda: compile("1", 12, "exec"))
show("missing", lambda: compile("1", "f"))
show("too many", lambda: compile("1", "f", "exec", 0, False, -1, 5))
show("unknown kw", lambda: compile("1", "f", "exec", color=1))
show("twice", lambda: compile("1", "f", "exec", source="2"))
show("flags str", lambda: compile("1", "f", "exec", "x"))
show("null byte", lambda: compile("a = 1\0", "f", "exec"))

# Syntax errors carry where they are.
for src, mode in (("x = = 1", "exec"), ("def f(:\n  pass", "exec"),
                  ("a = 1\nb = (\n", "exec"), ("del 1", "exec"), ("f() = 1", "exec")):
    try:
        compile(src, "where.py", mode)
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))

# Code objects run in whatever namespace is given, as often as wanted.
counter = compile("n = n + 1", "<count>", "exec")
ns = {"n": 0}
for _ in range(3):
    exec(counter, ns)
print(ns["n"])

# An empty program and comments only.
print(exec(compile("", "<empty>", "exec")), exec(compile("# nothing\n", "<c>", "exec")))
