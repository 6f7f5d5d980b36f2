# linecache: lines of files read once, relative names on sys.path, coding
# cookies, lazily loaded module sources, checkcache after a change.
import linecache
import os
import sys
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "m.py")
with open(path, "w") as f:
    f.write("first = 1\nsecond = 2\nthird = 3")
print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 3)))
print(repr(linecache.getline(path, 0)), repr(linecache.getline(path, 4)))
print(len(linecache.getlines(path)), path in linecache.cache)
size, mtime, lines, full = linecache.cache[path]
print(size, lines == ["first = 1\n", "second = 2\n", "third = 3\n"], full == path)

with open(path, "w") as f:
    f.write("changed\n")
print(repr(linecache.getline(path, 1)))  # still cached
os.utime(path, (1, 1))
linecache.checkcache(path)
print(path in linecache.cache, repr(linecache.getline(path, 1)))

latin = os.path.join(d, "latin.py")
with open(latin, "wb") as f:
    f.write(b"# -*- coding: latin-1 -*-\r\ns = '\xe9t\xe9'\r\n")
print(linecache.getlines(latin))

sys.path.insert(0, d)
print(repr(linecache.getline("latin.py", 2)))
sys.path.pop(0)

print(linecache.getline("<string>", 1) == "", linecache.getlines("/no/such/file.py"))


class Loader:
    def get_source(self, name):
        return "line one of %s\nline two" % name


print(linecache.lazycache("virtual.py", {"__name__": "virt", "__loader__": Loader()}))
print(linecache.cache["virtual.py"][0]())
print(repr(linecache.getline("virtual.py", 2, {"__name__": "virt", "__loader__": Loader()})))
print(linecache.lazycache("<x>", {"__name__": "virt", "__loader__": Loader()}),
      linecache.lazycache("nothing.py", None))
linecache.clearcache()
print(len(linecache.cache))
