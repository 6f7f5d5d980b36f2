class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad config value %r" % text) from e


def load_quiet(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("quiet") from None


def implicit():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")


for fn in (load, load_quiet):
    try:
        fn("abc")
    except ConfigError as e:
        print(e, type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)
try:
    implicit()
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, repr(e.__context__))
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        raise TypeError("second") from first
except TypeError as e:
    print(e, "<-", e.__cause__, e.__cause__.__context__)
err = ConfigError("manual")
err.__cause__ = KeyError("k")
print(err.__cause__, err.__suppress_context__)


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        deep(n - 1)
    except ValueError as e:
        raise ValueError("level %d" % n) from e


try:
    deep(3)
except ValueError as e:
    chain = []
    while e is not None:
        chain.append(str(e))
        e = e.__cause__
    print(chain)
print("now the uncaught, chained error:")
load("xyz")
