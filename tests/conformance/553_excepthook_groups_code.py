# sys.__excepthook__ writes to sys.stderr as it is now; TracebackException
# limits for exception groups, equality, __all__; code objects' co_code,
# co_lines and co_positions.
import io
import sys
import traceback


def func():
    return global_for_suggestio  # noqa: F821


global_for_suggestions = 1
try:
    func()
except NameError:
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        sys.__excepthook__(*sys.exc_info())
    finally:
        sys.stderr = old
    print(buf.getvalue().replace(__file__, "FILE"), end="")

try:
    raise ValueError("plain")
except ValueError:
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        sys.excepthook(*sys.exc_info())
    finally:
        sys.stderr = old
    print(buf.getvalue().replace(__file__, "FILE"), end="")


def nested_group(depth):
    if depth == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {depth}", [nested_group(depth - 1), TypeError(depth)])


try:
    raise nested_group(4)
except ExceptionGroup as e:
    te = traceback.TracebackException.from_exception(e, max_group_depth=2)
    print("".join(te.format()).replace(__file__, "FILE"), end="")

try:
    raise ExceptionGroup("wide", [ValueError(i) for i in range(6)])
except ExceptionGroup as e:
    te = traceback.TracebackException.from_exception(e, max_group_width=3)
    print("".join(te.format()).replace(__file__, "FILE"), end="")


def make(n):
    try:
        1 / n
    except ZeroDivisionError as e:
        return e


a = traceback.TracebackException.from_exception(make(0))
b = traceback.TracebackException.from_exception(make(0))
print("equal:", a == b, a != b, a == 1)
print(sorted(traceback.__all__))
print(traceback.format_exception.__name__, repr(traceback._sentinel) if hasattr(traceback, "_sentinel") else "<implicit>")


class Custom(traceback.StackSummary):
    def format_frame_summary(self, fs):
        return f"{fs.name}:{fs.lineno - some_inner.__code__.co_firstlineno}"


def some_inner():
    return Custom.extract(traceback.walk_stack(None), limit=1)


print(some_inner().format())


def sample(a, b):
    c = a + b
    return c


code = sample.__code__
print(type(code.co_code).__name__, len(code.co_code) % 2)
lines = [line - code.co_firstlineno for _, _, line in code.co_lines() if line is not None]
print(sorted(set(lines)))
starts = [s for s, _, _ in code.co_lines()]
print(starts == sorted(starts), starts[0])
pos = list(code.co_positions())
print(len(pos) * 2 == len(code.co_code), all(len(p) == 4 for p in pos))
