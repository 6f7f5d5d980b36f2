# a tiny unit-test runner: decorators registering tests, classes with setUp, assertion helpers, exceptions, a report
import traceback

REGISTRY = []


def test(func=None, *, skip=None):
    def register(f):
        REGISTRY.append((f.__qualname__, f, skip))
        return f
    return register(func) if func is not None else register


class AssertionFailed(AssertionError):
    pass


def assert_equal(a, b):
    if a != b:
        raise AssertionFailed(f"{a!r} != {b!r}")


def assert_raises(exc_type, func, *args):
    try:
        func(*args)
    except exc_type as e:
        return e
    raise AssertionFailed(f"{exc_type.__name__} not raised")


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()


@test
def test_push_pop():
    s = Stack()
    s.push(1)
    s.push(2)
    assert_equal(s.pop(), 2)
    assert_equal(s.pop(), 1)


@test
def test_empty_pop_raises():
    e = assert_raises(IndexError, Stack().pop)
    assert_equal(str(e), "pop from empty stack")


@test
def test_failure_is_reported():
    assert_equal(sum([1, 2, 3]), 7)


@test(skip="not implemented")
def test_peek():
    raise RuntimeError("should not run")


@test
def test_error_is_reported():
    return {}["missing"]


@test
def test_plain_assert():
    assert 1 + 1 == 3, "math is broken"


def run():
    results = {"pass": 0, "fail": 0, "error": 0, "skip": 0}
    for name, func, skip in REGISTRY:
        if skip:
            results["skip"] += 1
            print(f"SKIP  {name}: {skip}")
            continue
        try:
            func()
        except AssertionError as e:
            results["fail"] += 1
            print(f"FAIL  {name}: {type(e).__name__}: {e}")
        except Exception as e:
            results["error"] += 1
            last = traceback.format_exc().strip().splitlines()[-1]
            print(f"ERROR {name}: {last}")
        else:
            results["pass"] += 1
            print(f"ok    {name}")
    summary = ", ".join(f"{k}={v}" for k, v in results.items() if v)
    print(f"{len(REGISTRY)} tests: {summary}")
    return results["fail"] + results["error"] == 0


print("success" if run() else "failures")
