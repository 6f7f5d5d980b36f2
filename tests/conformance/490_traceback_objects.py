# Traceback objects: e.__traceback__, tb_next/tb_frame/tb_lineno/tb_lasti,
# sys.exc_info, with_traceback and __traceback__ assignment.
import sys


def inner(a, b):
    c = a + 1
    raise ValueError("boom %d" % c)


def middle(x):
    y = [x, x]
    inner(x, 2)


def entries(tb):
    out = []
    while tb is not None:
        f = tb.tb_frame
        out.append((f.f_code.co_name, tb.tb_lineno, f.f_lineno == tb.tb_lineno,
                    type(tb.tb_lasti).__name__))
        tb = tb.tb_next
    return out


try:
    middle(10)
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__)
    print(entries(tb))
    last = tb.tb_next.tb_next
    print(last.tb_next)
    print(sorted(last.tb_frame.f_locals.items()))
    print(sorted(tb.tb_next.tb_frame.f_locals.items()))
    print(last.tb_frame.f_back.f_code.co_name)
    print(tb.tb_frame.f_globals is globals(), tb.tb_frame.f_locals is globals())
    print(last.tb_frame.f_globals is globals())
    t, v, tb2 = sys.exc_info()
    print(t is ValueError, v is e, type(tb2).__name__, tb2.tb_lineno == tb.tb_lineno)

print(sys.exc_info())

# A traceback grows as the exception passes outward.
def reraiser():
    try:
        middle(1)
    except ValueError as e:
        print("inside", [n for n, *_ in entries(e.__traceback__)])
        raise

try:
    reraiser()
except ValueError as e:
    print("outside", [n for n, *_ in entries(e.__traceback__)])

# New exceptions have none.
e = KeyError("k")
print(e.__traceback__)

# Assignment and with_traceback.
for bad in (5, "tb", [], object()):
    try:
        e.__traceback__ = bad
    except TypeError as ex:
        print(type(ex).__name__, ex)
    try:
        e.with_traceback(bad)
    except TypeError as ex:
        print(type(ex).__name__, ex)

try:
    middle(3)
except ValueError as err:
    saved = err.__traceback__

e = RuntimeError("r")
print(e.with_traceback(saved) is e)
print([n for n, *_ in entries(e.__traceback__)])
e.__traceback__ = saved.tb_next
print([n for n, *_ in entries(e.__traceback__)])
e.__traceback__ = None
print(e.__traceback__)

try:
    raise RuntimeError("again").with_traceback(saved.tb_next.tb_next)
except RuntimeError as r:
    print([n for n, *_ in entries(r.__traceback__)])

# exc_info inside nested handlers and after them.
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise IndexError("inner")
    except IndexError:
        print(sys.exc_info()[0].__name__, sys.exc_info()[2].tb_lineno > 0)
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
    print(sys.exception().__class__.__name__)
print(sys.exc_info(), sys.exception())

# Through a generator and a method.
def gen():
    yield 1
    local_in_gen = "here"
    raise OSError("gen failed")


class C:
    def method(self):
        return list(gen())


try:
    C().method()
except OSError as e:
    tb = e.__traceback__
    print([n for n, *_ in entries(tb)])
    while tb.tb_next is not None:
        tb = tb.tb_next
    print(tb.tb_frame.f_locals)

# Deep recursion: the traceback has every frame.
def down(n):
    if n == 0:
        raise LookupError("bottom")
    return down(n - 1)


try:
    down(50)
except LookupError as e:
    print(len(entries(e.__traceback__)))
    tb = e.__traceback__
    ns = []
    while tb is not None:
        ns.append(tb.tb_frame.f_locals.get("n"))
        tb = tb.tb_next
    print(ns[:3], ns[-3:])

# Attributes that do not exist.
try:
    saved.tb_nothing
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    saved.tb_frame.f_nothing
except AttributeError as ex:
    print(type(ex).__name__, ex)
