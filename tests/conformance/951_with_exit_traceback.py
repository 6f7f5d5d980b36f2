# __exit__ gets the traceback; exception attributes seen by context managers.
import contextlib


class M:
    def __init__(self, swallow):
        self.swallow = swallow

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        print("exit:", typ.__name__ if typ else None, repr(val),
              type(tb).__name__, tb is not None and tb is val.__traceback__ if val else tb)
        if tb is not None:
            print("  line offset:", tb.tb_lineno - first_line)
        return self.swallow


first_line = M.__init__.__code__.co_firstlineno

with M(True):
    raise ValueError("inside")

with M(False):
    pass

try:
    with M(False), M(False):
        raise KeyError("two")
except KeyError as e:
    print("propagated", repr(e))


def nested():
    with M(True):
        with M(False):
            1 / 0

nested()


@contextlib.contextmanager
def cm():
    try:
        yield
    except ZeroDivisionError as e:
        print("cm saw", type(e).__name__, e.__traceback__ is not None)
        raise RuntimeError("wrapped") from e

try:
    with cm():
        1 / 0
except RuntimeError as e:
    print(repr(e), type(e.__cause__).__name__)


class AsyncM:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        print("aexit:", typ.__name__, type(tb).__name__)
        return True


async def main():
    async with AsyncM():
        raise OSError("async")
    return "done"

coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)
