# What tracebacks show: a SyntaxError's location from its attributes as
# they are now, each traceback entry's line, the
# "Did you mean" for a __getattr__ that raised a bare AttributeError.
import sys


def report(e):
    old = sys.stderr
    lines = []

    class Capture:
        def write(self, s):
            lines.append(s)

        def flush(self):
            pass

    sys.stderr = Capture()
    try:
        sys.__excepthook__(type(e), e, e.__traceback__)
    finally:
        sys.stderr = old
    return "".join(lines)


e = SyntaxError("bad syntax")
print(report(e), end="")
e.lineno = 100
print(report(e), end="")
e = SyntaxError("bad", ("f.py", 2, 3, "x = = 1\n"))
e.msg = "changed"
e.offset = 5
print(report(e), end="")
e = SyntaxError("bad", ("f.py", 2, 3, "x = = 1\n", 2, 6))
print(report(e), end="")
e.text = None
print(report(e), end="")
e.filename = None
print(report(e), end="")


def lineno_after_raise(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__
    lines = []
    t = t.tb_next
    while t:
        frame = t.tb_frame
        lines.append(t.tb_lineno - frame.f_code.co_firstlineno)
        t = t.tb_next
    return lines


def simple():
    1/0
    pass

def in_try():
    try:
        1/0
    finally:
        pass

def other_except():
    try:
        1/0
    except TypeError as ex:
        pass

def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass

def in_with():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False
    with CM():
        1/0

def nested():
    simple()

for f in (simple, in_try, other_except, in_named_except, nested):
    print(f.__name__, lineno_after_raise(f))


class A:
    blech = None

    def __getattr__(self, attr):
        raise AttributeError()

class B:
    blech = None

    def __getattr__(self, attr):
        raise AttributeError

for cls in (A, B):
    try:
        cls().bluch
    except AttributeError as exc:
        text = report(exc)
        print(cls.__name__, "blech" in text, text.splitlines()[-1])
