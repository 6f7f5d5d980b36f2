# Compiled modules cached in __pycache__: an import reads them back,
# notices an edited source, survives damaged or unwritable caches, and
# -B / PYTHONDONTWRITEBYTECODE / sys.dont_write_bytecode stop the writing.
import os
import shutil
import subprocess
import sys
import tempfile

root = tempfile.mkdtemp()
env = dict(os.environ)
env.pop("PYTHONDONTWRITEBYTECODE", None)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def run(code, *options, extra_env=None):
    e = dict(env)
    if extra_env:
        e.update(extra_env)
    p = subprocess.run(
        [sys.executable, *options, "-c", code],
        cwd=root,
        env=e,
        capture_output=True,
        text=True,
    )
    out = p.stdout.replace(root, "ROOT")
    err = [line.replace(root, "ROOT") for line in p.stderr.splitlines() if line.strip()]
    return p.returncode, out, err[-3:]


def cached(folder=root):
    d = os.path.join(folder, "__pycache__")
    if not os.path.isdir(d):
        return "no __pycache__"
    return [n.endswith(".pyc") for n in os.listdir(d)]


write(
    os.path.join(root, "shapes.py"),
    '''"""Shapes."""
import math

SIDES = {"triangle": 3, "square": 4}
BIG = 2 ** 100 + 1
CONSTS = (1.5, -0.0, 3j, b"\\x00\\xff", "caf\\u00e9", None, ..., True, (1, (2, "x")))

class Circle:
    """A circle."""
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(math.pi * self.r ** 2, 3)

def gen(n):
    for i in range(n):
        yield i * i

async def coro():
    return 42

def fail(x):
    y = [1, 2]
    return y[x]

def closure():
    k = 10
    def inner(v, *a, w=3, **kw):
        nonlocal k
        k += v
        return k, a, w, kw
    return inner

def matcher(v):
    match v:
        case [a, *rest]:
            return ("seq", a, rest)
        case {"k": val}:
            return ("map", val)
        case Circle(r=r) if r > 1:
            return ("circle", r)
        case _:
            return "other"
''',
)

probe = """
import shapes
print(shapes.__doc__, shapes.SIDES, shapes.BIG, shapes.CONSTS)
c = shapes.Circle(2)
print(c.area(), shapes.Circle.__doc__, shapes.Circle.area.__qualname__)
print(list(shapes.gen(5)))
co = shapes.coro()
try:
    co.send(None)
except StopIteration as e:
    print("coro", e.value)
f = shapes.closure()
print(f(1), f(2, 3, 4, w=5, z=6))
print(shapes.matcher([1, 2, 3]), shapes.matcher({"k": 9}), shapes.matcher(c), shapes.matcher(0))
print(shapes.gen.__code__.co_varnames, shapes.Circle.__init__.__code__.co_argcount)
shapes.fail(5)
"""

print("first run (compiles, writes the cache):")
first = run(probe)
print(*first, sep="\n")
print("cache written:", cached())
print("second run (from the cache) is the same:", run(probe) == first)

print("edited source is noticed:")
with open(os.path.join(root, "shapes.py"), "a") as f:
    f.write("\nSIDES['pentagon'] = 5\n")
print(run("import shapes; print(shapes.SIDES)"))
print(run("import shapes; print(shapes.SIDES)"))

print("damaged cache files are ignored:")
for name in os.listdir(os.path.join(root, "__pycache__")):
    for garbage in (b"", b"\x00" * 7, b"WHIRLPYC" + b"\xff" * 100):
        with open(os.path.join(root, "__pycache__", name), "wb") as f:
            f.write(garbage)
        print(run("import shapes; print(shapes.Circle(1).area(), shapes.SIDES)"))

print("a __pycache__ that cannot be written does not matter:")
shutil.rmtree(os.path.join(root, "__pycache__"))
write(os.path.join(root, "__pycache__"), "not a folder")
print(run("import shapes; print(shapes.Circle(3).area())"))
os.remove(os.path.join(root, "__pycache__"))

print("-B, PYTHONDONTWRITEBYTECODE and sys.dont_write_bytecode stop the writing:")
print(run("import sys, shapes; print(sys.flags.dont_write_bytecode, sys.dont_write_bytecode)", "-B"), cached())
print(run("import sys, shapes; print(sys.dont_write_bytecode)", extra_env={"PYTHONDONTWRITEBYTECODE": "1"}), cached())
print(run("import sys; sys.dont_write_bytecode = True; import shapes; print(shapes.SIDES)"), cached())
print(run("import sys; print(sys.dont_write_bytecode); import shapes"), cached())

print("a package and a submodule:")
write(os.path.join(root, "pkg", "__init__.py"), "from .sub import twice\nNAME = __name__\n")
write(os.path.join(root, "pkg", "sub.py"), "def twice(x):\n    return 2 * x\n")
for _ in range(2):
    print(run("import pkg, pkg.sub; print(pkg.NAME, pkg.twice(21), pkg.sub.__name__)"))
print("package cache:", sorted(cached(os.path.join(root, "pkg"))))

print("a syntax error is reported each time, never cached:")
write(os.path.join(root, "broken.py"), "x = 1\ndef f(:\n    pass\n")
for _ in range(2):
    code, out, err = run("import broken")
    print(code, out, err[-1])

shutil.rmtree(root)
