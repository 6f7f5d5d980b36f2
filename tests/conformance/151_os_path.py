# os and os.path: path manipulation, directories made and removed, OSError subclasses and messages
import os
import os.path
from os.path import join, splitext
print(os.path.join("a", "b", "c.txt"), join("/x", "/y", "z"), join("a/", "b"))
print(os.path.split("/a/b/c.txt"), os.path.basename("/a/b/"), os.path.dirname("a/b/c"))
print(splitext("a/b.tar.gz"), splitext(".bashrc"), splitext("a/b"), splitext("x.y/z"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../a"), os.path.normpath(""), os.path.isabs("/x"))
os.mkdir("sub")
print(os.path.exists("sub"), os.path.isdir("sub"), os.path.isfile("sub"), os.listdir("sub"))
os.makedirs("sub/deeper/deepest", exist_ok=True)
print(sorted(os.listdir("sub")))
try:
    os.mkdir("sub")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e)
try:
    os.listdir("no_such_dir")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    os.remove("no_such_file")
except OSError as e:
    print(type(e).__name__, e.strerror, e.filename)
os.rmdir("sub/deeper/deepest"); os.rmdir("sub/deeper"); os.rmdir("sub")
print(os.path.exists("sub"), os.sep, os.name, os.environ.get("NO_SUCH_VAR_X"), os.getenv("NO_SUCH_VAR_X", "default"))
print(os.getcwd() == os.path.abspath("."), os.path.abspath("a/../b") == os.path.join(os.getcwd(), "b"))
