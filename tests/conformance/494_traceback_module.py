# The traceback module's functions over traceback and frame objects:
# extract_tb, format_tb, print_tb, walk_tb, extract_stack, format_stack,
# print_stack, format_list, StackSummary and FrameSummary.
import io
import sys
import traceback

class HidePath:
    """stdout with the script's path (which depends on where the
    repository is) replaced."""

    def write(self, text):
        return sys.stdout.write(text.replace(__file__, "<this file>"))

    def flush(self):
        pass


OUT = HidePath()
_print = print


def print(*args, **kwargs):
    _print(*args, file=OUT, **kwargs)



def inner(a, b):
    c = a + 1
    return c / b


def outer(n):
    x = 10
    return inner(x, n)


def rec(n):
    if n == 0:
        raise KeyError(n)
    return rec(n - 1)


try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    s = traceback.extract_tb(tb)
    print(type(s).__name__, len(s), isinstance(s, list))
    for fs in s:
        print(fs.name, fs.lineno, repr(fs.line), fs.filename, fs, fs.locals)
        filename, lineno, name, line = fs
        print(name, lineno, line, fs[2], len(fs))
    print("".join(traceback.format_tb(tb)))
    traceback.print_tb(tb, file=OUT)
    traceback.print_tb(tb, limit=2, file=OUT)
    print(traceback.format_tb(tb, limit=1))
    print(traceback.format_tb(tb, limit=-1))
    print([(f.f_code.co_name, line) for f, line in traceback.walk_tb(tb)])
    print("".join(traceback.format_exception(e)))
    traceback.print_exception(e, file=OUT)
    traceback.print_exception(type(e), e, tb, file=OUT)
    print(s[0] == ("494_traceback_module.py", 25, "<module>", "outer(0)"))
    print(s[1] == s[1], s[1] == s[2], s[0] != ("x", 1, "y", "z"))
    print(traceback.extract_tb(tb, limit=0), traceback.extract_tb(tb, limit=2)[-1].name)
    print(traceback.StackSummary.extract(traceback.walk_tb(tb))[2].name)
    summary = traceback.StackSummary.extract(traceback.walk_tb(tb), capture_locals=True)
    print(summary[2].locals, summary[1].locals)
    print("".join(summary.format()[1:]))

try:
    rec(10)
except KeyError as e:
    print("".join(traceback.format_tb(e.__traceback__)))
    print(len(traceback.extract_tb(e.__traceback__)))


def show():
    st = traceback.extract_stack()
    print([(f.name, f.lineno, f.line) for f in st])
    print([f.name for f in traceback.extract_stack(limit=2)])
    print("".join(traceback.format_stack()), end="")
    traceback.print_stack(file=OUT)
    traceback.print_stack(sys._getframe(1), file=OUT)
    print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())])


def caller():
    show()


caller()

fs = traceback.FrameSummary("nofile.py", 3, "fun", line="  hello  ")
print(fs.line, fs.name, fs.lineno, list(fs), repr(fs), fs.locals)
fs2 = traceback.FrameSummary("494_traceback_module.py", 9, "inner", locals={"a": 1})
print(repr(fs2.line), fs2.locals)
fs3 = traceback.FrameSummary("missing-file.py", 9, "nowhere")
print(repr(fs3.line))
print(traceback.StackSummary.from_list([fs, ("a.py", 1, "b", "c")]).format())
print(traceback.format_list([("f.py", 3, "fn", "x = 1"), ("g.py", 4, "gn", None)]))
traceback.print_list([("f.py", 3, "fn", "x = 1")], file=OUT)

try:
    1/0
except Exception:
    t, v, tb = sys.exc_info()
    print(traceback.format_tb(tb))
    print(traceback.format_exception_only(v))

# An exception never raised has no traceback to format.
print(traceback.format_tb(None), traceback.extract_tb(None))
print(traceback.format_exception(ValueError("never raised")))
