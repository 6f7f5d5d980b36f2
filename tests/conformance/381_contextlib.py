# contextlib: contextmanager (and as a decorator), suppress, closing,
# nullcontext, redirect_stdout/stderr, ExitStack (order, suppression,
# exception context, pop_all, callback), and their errors.
import io
import sys
from contextlib import (
    ExitStack,
    closing,
    contextmanager,
    nullcontext,
    redirect_stderr,
    redirect_stdout,
    suppress,
)


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("a") as t:
    print("inside", t)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    raise KeyError("k")
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        yield


try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def reraise_other():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e


try:
    with reraise_other():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError", e, "cause:", repr(e.__cause__))


@contextmanager
def stop_it():
    yield


try:
    with stop_it():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration passed through:", e)


@tag("deco")
def decorated(x):
    print("decorated body", x)
    return x * 2


print(decorated(1))
print(decorated(2))
print(decorated.__name__)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed: ZeroDivisionError")


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print(type(r).__name__)

with nullcontext(42) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext", v)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("to the buffer")
    print(target is buf)
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write("err text\n")
print(repr(err.getvalue()))

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(tag("inner"))
    print("body")

with ExitStack() as stack:
    stack.push(lambda *exc: print("saw", exc[0].__name__) or True)
    raise ValueError("suppressed by the stack")
print("after suppressing stack")


def failing_exit(*exc):
    raise KeyError("from exit")


try:
    with ExitStack() as stack:
        stack.push(failing_exit)
        raise ValueError("original")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

with ExitStack() as stack:
    stack.callback(print, "moved")
    moved = stack.pop_all()
print("stack closed, moved not run yet")
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError", e)


class Tracked:
    def __enter__(self):
        print("enter tracked")
        return self

    def __exit__(self, *exc):
        print("exit tracked", exc[0])
        return False


with ExitStack() as stack:
    stack.push(Tracked())
    print("pushed without entering")
