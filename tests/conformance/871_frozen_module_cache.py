# The standard modules whirl ships compiled into its binary are cached
# compiled between runs (in WHIRL_CACHE_DIR): a run behaves the same with
# an empty cache, a filled one, a damaged one and one that cannot be
# written. (CPython ignores the variable; its output is the reference.)
import os
import subprocess
import sys
import tempfile

probe = r'''
import typing, dataclasses, enum, datetime, fractions, textwrap, json, re
import collections, functools, string, decimal, statistics, argparse

T = typing.TypeVar("T")
class Box(typing.Generic[T]):
    pass
print(typing.get_origin(typing.List[int]), typing.get_args(typing.Dict[str, int]), Box[int])

@dataclasses.dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
print(P(1, 2), P(1) < P(2), dataclasses.asdict(P(3, 4)), dataclasses.fields(P)[1].default)

class Color(enum.Enum):
    RED = 1
    GREEN = enum.auto()
class Perm(enum.Flag):
    R = 4
    W = 2
print(list(Color), Color(2), Perm.R | Perm.W, repr(Perm(6)))

d = datetime.datetime(2024, 2, 29, 13, 5, 7)
print(d.isoformat(), d + datetime.timedelta(days=1, hours=12), d.strftime("%A %d %B %Y"))
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 6), decimal.Decimal("1.10") * 3)
print(textwrap.fill("the quick brown fox jumps over the lazy dog", 15))
print(json.dumps({"a": [1, 2.5, None]}, indent=1), re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"))
print(collections.Counter("abracadabra").most_common(2), functools.reduce(lambda a, b: a * b, range(1, 8)))
print(string.Template("$who likes $what").substitute(who="tim", what="kung pao"))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]))
parser = argparse.ArgumentParser(prog="demo")
parser.add_argument("--n", type=int, default=3)
print(parser.parse_args(["--n", "5"]))
for bad in (lambda: datetime.date(2020, 13, 1), lambda: fractions.Fraction(1, 0),
            lambda: Color(7), lambda: P(1, 2).__setattr__("x", 5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
fractions.Fraction("1/x")
'''

root = tempfile.mkdtemp()
cache = os.path.join(root, "cache")
env = dict(os.environ)
env.pop("PYTHONDONTWRITEBYTECODE", None)


def run(cache_dir):
    e = dict(env, WHIRL_CACHE_DIR=cache_dir)
    p = subprocess.run([sys.executable, "-c", probe], env=e, capture_output=True, text=True)
    err = [line for line in p.stderr.splitlines() if line.strip()]
    return p.returncode, p.stdout, err[-1:]


first = run(cache)
print(first[0])
print(first[1], end="")
print(first[2])
print("filled cache, same:", run(cache) == first)


def damage(how):
    for folder, _, files in os.walk(cache):
        for name in files:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                data = f.read()
            with open(path, "wb") as f:
                f.write(how(data))


damage(lambda b: b[: len(b) // 2])
print("truncated files, same:", run(cache) == first)
damage(lambda b: b"")
print("empty files, same:", run(cache) == first)
print("rewritten after damage, same:", run(cache) == first)
damage(lambda b: bytes(x ^ 0x55 for x in b))
print("scrambled files, same:", run(cache) == first)
blocker = os.path.join(root, "file")
with open(blocker, "w") as f:
    f.write("not a folder")
print("cache folder under a file, same:", run(os.path.join(blocker, "cache")) == first)
print("cache turned off, same:", run("") == first)
