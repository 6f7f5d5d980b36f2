# The traceback module: walking, extracting and formatting tracebacks and
# stacks, TracebackException, as CPython 3.11 renders them.
import sys
import traceback


def f(x):
    return 1 / x


def g():
    try:
        f(0)
    except ZeroDivisionError as e:
        raise ValueError("bad") from e


def short(name):
    return name.rsplit("/", 1)[-1]


try:
    g()
except ValueError as e:
    err = e

te = traceback.TracebackException.from_exception(err)
print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__,
      te.__context__ is None or te.__context__.exc_type.__name__,
      te.__suppress_context__)
text = "".join(te.format())
print(text.replace(__file__, "FILE"), end="")
print("---- chain=False")
print("".join(te.format(chain=False)).replace(__file__, "FILE"), end="")
print(list(te.format_exception_only()))
for fs in te.stack:
    print(short(fs.filename), fs.lineno, fs.name, repr(fs.line),
          fs.end_lineno, fs.colno, fs.end_colno, len(fs), fs[2])
for fs in te.__cause__.stack:
    print(fs.lineno, fs.name, repr(fs.line), fs.end_lineno, fs.colno, fs.end_colno)
print("format_exception same as format:",
      traceback.format_exception(err) == list(te.format()))
print("".join(traceback.format_exception(err, limit=1)).replace(__file__, "FILE"), end="")
print("".join(traceback.format_exception(type(err), err, err.__traceback__,
                                         chain=False)).replace(__file__, "FILE"), end="")
print([(fr.f_code.co_name, n) for fr, n in traceback.walk_tb(err.__traceback__)])
print([x for x, _ in traceback.walk_tb(err.__traceback__)][0] is sys._getframe())
tb_list = traceback.extract_tb(err.__traceback__)
print(len(tb_list), [tuple(x)[1:] for x in tb_list])
print([x.replace(__file__, "FILE") for x in traceback.format_tb(err.__traceback__)])
print(traceback.extract_tb(err.__traceback__, limit=1)[0].name)
print(traceback.extract_tb(err.__traceback__, limit=-1)[0].name)

try:
    g()
except ValueError:
    import io
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue().replace(__file__, "FILE"), end="")
    buf = io.StringIO()
    traceback.print_exc(limit=1, file=buf)
    print(buf.getvalue().replace(__file__, "FILE"), end="")
    print(traceback.format_exc(chain=False).replace(__file__, "FILE"), end="")
    buf = io.StringIO()
    traceback.print_exception(err, file=buf)
    print(buf.getvalue() == "".join(traceback.format_exception(err)))
    buf = io.StringIO()
    te.print(file=buf)
    print(buf.getvalue() == text)


def h():
    return traceback.extract_stack()


s = h()
print([(x.name, x.lineno, x.line, x.end_lineno, x.colno) for x in s][-2:])
print([x.replace(__file__, "FILE") for x in traceback.format_list(s)][-2:])
print(traceback.StackSummary.from_list([("a.py", 3, "fn", "x = 1")]).format())
print(traceback.format_list([("a.py", 3, "fn", "x = 1"), ("b.py", 4, "gn", None)]))
fs = traceback.FrameSummary("a.py", 3, "fn", line="  y = 2  ")
print(fs, fs.line, fs == ("a.py", 3, "fn", "y = 2"), list(fs))


def gen_stack():
    return [fr.f_code.co_name for fr, n in traceback.walk_stack(sys._getframe())]


print(gen_stack())

try:
    compile("x = (1,", "<s>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
    print(list(traceback.TracebackException.from_exception(e).format_exception_only()))

e = KeyError("k")
e.add_note("note1\nnote2")
e.add_note("note3")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(ValueError, ValueError()))
print(traceback.format_exception_only(ValueError("x")))
print(traceback.format_exception(None, None, None))

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    te = traceback.TracebackException.from_exception(eg)
    print(len(te.exceptions), [x.exc_type.__name__ for x in te.exceptions])
    print("".join(te.format()).replace(__file__, "FILE"), end="")


# Context shown, suppressed with "from None".
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"), end="")
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("quiet") from None
except RuntimeError as e:
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"), end="")
    te = traceback.TracebackException.from_exception(e)
    print(te.__suppress_context__, te.__context__ is not None)


# Recursion: repeated lines are counted.
def rec(n):
    if n == 0:
        raise OverflowError("deep")
    rec(n - 1)


try:
    rec(10)
except OverflowError as e:
    print("".join(traceback.format_tb(e.__traceback__)).replace(__file__, "FILE"), end="")

try:
    traceback.format_exception(ValueError("x"), None)
except ValueError as e:
    print(type(e).__name__, e)
try:
    traceback.print_exception(1)
except TypeError as e:
    print(type(e).__name__, e)
