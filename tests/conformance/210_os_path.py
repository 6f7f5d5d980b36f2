import os
import os.path

print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"), os.path.join("a/", "b"))
for p in ["/usr/local/bin/python3", "relative/file.tar.gz", "noext", ".hidden", "/", "dir/", "a/b/../c"]:
    print(repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p), os.path.splitext(p))
print(os.path.normpath("a/./b/../c//d/"), os.path.normpath("/../x"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.exists("209_random_seeded.py"), os.path.isfile("209_random_seeded.py"), os.path.isdir("."), os.path.exists("no_such_thing"))
print(os.path.abspath("x").endswith("/x"), os.getcwd() == os.path.abspath("."), os.sep, os.path.sep, os.curdir, os.pardir)
name = "_210_tmpdir"
os.mkdir(name)
print(os.path.isdir(name), os.listdir(name))
with open(os.path.join(name, "f.txt"), "w") as f:
    f.write("hello")
print(os.listdir(name), os.path.getsize(os.path.join(name, "f.txt")))
os.rename(os.path.join(name, "f.txt"), os.path.join(name, "g.txt"))
print(sorted(os.listdir(name)))
os.remove(os.path.join(name, "g.txt"))
os.rmdir(name)
print(os.path.exists(name))
try:
    os.remove("_210_missing_file")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    os.listdir("_210_nope")
except OSError as e:
    print(type(e).__name__, e)
print(sorted(f for f in os.listdir(".") if f.startswith("20") and f.endswith(".py"))[:3])
