class Timer:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type else None))
        return False


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__, exc)
            return True
        return False


log = []
with Timer("outer", log) as t:
    with Timer("inner", log):
        log.append("work " + t.name)
print(log)

log = []
try:
    with Timer("a", log), Timer("b", log):
        raise KeyError("boom")
except KeyError as e:
    print("caught", repr(e))
print(log)

with Suppress(ZeroDivisionError, ValueError):
    1 / 0
with Suppress(ValueError):
    int("x")
try:
    with Suppress(ValueError):
        [][1]
except IndexError as e:
    print("IndexError passed through:", e)


def gen_resource(log):
    log.append("open")
    try:
        yield "resource"
    finally:
        log.append("close")


class Managed:
    def __init__(self, log):
        self.g = gen_resource(log)

    def __enter__(self):
        return next(self.g)

    def __exit__(self, *exc):
        self.g.close()


log = []
with Managed(log) as r:
    log.append("use " + r)
print(log)


def early(log):
    for i in range(5):
        with Timer(str(i), log):
            if i == 2:
                return i
    return None


log = []
print(early(log), log)
log = []
for i in range(3):
    with Timer("loop%d" % i, log):
        if i == 1:
            continue
        log.append("body%d" % i)
print(log)
