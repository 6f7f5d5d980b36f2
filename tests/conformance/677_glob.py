# glob: wildcards, recursive **, hidden files, root_dir, escape (results sorted).
import glob
import os
import tempfile

base = tempfile.mkdtemp()
home = os.getcwd()
os.chdir(base)
for name in ["a.txt", "b.txt", "c.py", ".hidden", ".h.txt", "dir/x.txt", "dir/y.py", "dir/sub/z.txt",
             "dir/.sec/s.txt", "other/q.txt", "we[ird].txt", "star*.txt", "qu?.txt"]:
    os.makedirs(os.path.dirname(name) or ".", exist_ok=True)
    with open(name, "w") as f:
        f.write(name)
os.symlink("dir", "dirlink")
os.symlink("nowhere", "broken.txt")


def g(pattern, **kw):
    print(repr(pattern), kw or "", sorted(glob.glob(pattern, **kw)))


for pat in ["*.txt", "*", "?.py", "[ab].txt", "[!a].txt", "dir/*", "*/*.txt", "dir/sub/*",
            "nothing*", "a.txt", "missing.txt", "dir/", "*/", ".*", "dir/.*", "*.h", "broken.txt",
            "dirlink/*.py", "", "we[[]ird].txt", "star[*].txt", "qu[?].txt", "**/*.txt", "**"]:
    g(pat)
for pat in ["**", "**/*.txt", "dir/**", "dir/**/", "**/z.txt", "**/", "dir/**/*.py"]:
    g(pat, recursive=True)
g("**", recursive=True, include_hidden=True)
g("*", include_hidden=True)
g("*.txt", root_dir="dir")
g("**/*.txt", root_dir="dir", recursive=True)
g(b"*.py")
g(b"dir/*.py")
print(sorted(glob.iglob("*.py")), type(glob.iglob("*")).__name__ in ("generator", "chain"))
print(glob.escape("a*b?c[d]e"), glob.escape(b"x*"), glob.escape("plain"), glob.escape("/p/[x]"))
print(glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic(b"[x]"))
os.chdir(home)
import shutil
shutil.rmtree(base)
