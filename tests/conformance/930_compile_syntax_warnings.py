# SyntaxWarnings the compiler gives (CPython 3.11): "is" with a literal,
# an assert of a tuple, a literal called or subscripted (a missed comma),
# seen by warnings.catch_warnings and turned into SyntaxError by filters.
import warnings


def warnings_of(src):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        compile(src, "<case>", "exec")
    return [(w.category.__name__, str(w.message), w.filename, w.lineno) for w in log]


cases = [
    "x is 1",
    "x is 'thing'",
    "1 is x",
    "x is y is 1",
    "x is not 1",
    "x is -1",
    "x is (1, 2)",
    "x is ()",
    "x is None",
    "x is True",
    "x is ...",
    "x is not None",
    "x == 1",
    "x is y",
    "assert(x, 'msg')",
    "assert(False,)",
    "assert x, 'msg'",
    "assert ()",
    "[(1, 2) (3, 4)]",
    "[(x, y) (3, 4)]",
    "[[1, 2] (3, 4)]",
    "[{1: 2} (3, 4)]",
    "[{i for i in range(5)} (3, 4)]",
    "[f'{x}' (3, 4)]",
    "['abc' (3, 4)]",
    "[b'abc' (3, 4)]",
    "[123 (3, 4)]",
    "[12.3j (3, 4)]",
    "[None (3, 4)]",
    "[True (3, 4)]",
    "[... (3, 4)]",
    "[(lambda x: x) (3)]",
    "[f (3, 4)]",
    "[{1, 2} [i, j]]",
    "[(i for i in range(5)) [i, j]]",
    "[(lambda x, y: x) [i, j]]",
    "[123 [i, j]]",
    "[None [i, j]]",
    "[(1, 2) [i, j]]",
    "[[1, 2] [i, j]]",
    "['abc' [i, j]]",
    "[[1, 2] [3, 4]]",
    "[[1, 2] [[3, 4]]]",
    "[[1, 2] [{3, 4}]]",
    "[[1, 2] [{3: 4}]]",
    "[[1, 2] [(i for i in range(5))]]",
    "[[1, 2] [(lambda x, y: x)]]",
    "[[1, 2] ['abc']]",
    "[[1, 2] [12.3]]",
    "[[1, 2] [None]]",
    "[[1, 2] [0]]",
    "[[1, 2] [True]]",
    "[[1, 2] [i]]",
    "[[1, 2] [1:2]]",
    "['abc' [0]]",
    "d = {}[1]",
    "def f():\n    if x is 1:\n        pass\n",
    "class C:\n    y = 2\n    z = y is 'a'\n",
    "x = (\n  1 is x)\n",
]
for src in cases:
    print(repr(src), warnings_of(src))

# Each statement warns once, on its own line.
print(warnings_of("a = 1\nb = a is 1\nc = [(1, 2) (3, 4)]\nassert (a, b)\n"))

# A filter that makes SyntaxWarning an error gives a SyntaxError.
for src in ["x is 1", "assert(x, 'msg')", "[(1, 2) (3, 4)]", "x = 1\ny = x is not 'a'\n"]:
    with warnings.catch_warnings():
        warnings.simplefilter("error", SyntaxWarning)
        try:
            compile(src, "<case>", "exec")
            print("compiled")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.filename, e.lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)
    for src in ["x is None", "assert x, 'msg'", "x is ..."]:
        compile(src, "<case>", "exec")
        print("no warning:", src)

# Ignored warnings leave nothing; exec and eval compile with the check too.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    compile("x is 1", "<case>", "exec")
print(len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    print(eval("5 is 5"))
    exec("y = 3 is not 'b'")
print([(w.category.__name__, str(w.message), w.filename) for w in log])

# "default" shows each (message, line) once per file.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    compile("x is 1\nx is 1", "<case>", "exec")
    compile("x is 1", "<case>", "exec")
print(len(log))
