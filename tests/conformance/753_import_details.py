# `from pkg import sub`: the submodule is imported; an error inside it is
# the error the program sees; a missing one is "cannot import name".
# `__main__`'s module attributes; a list subclass's `+=`; importlib.util.
import importlib
import importlib.util
import sys

from pkg753 import fine

print(fine.Y)
try:
    from pkg753 import broken
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkg753 import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

print(__name__, __package__, __spec__, __doc__)
print(importlib.util.resolve_name(".x", "a.b"), importlib.util.resolve_name("..x", "a.b"))
print(importlib.util.find_spec("pkg753").name, importlib.util.find_spec("no_such_thing_753"))
spec = importlib.util.spec_from_file_location("loaded753", "pkg753/fine.py")
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.Y, mod.__name__, spec.name)
print(importlib.import_module(".fine", "pkg753").Y)


class Tokens(list):
    def __init__(self, source, error):
        self += source.split()
        self.error = error


t = Tokens("a b c", ValueError)
print(t, type(t).__name__, t.error.__name__)
t += ["d"]
print(t, type(t).__name__)
t *= 2
print(len(t), type(t).__name__)
