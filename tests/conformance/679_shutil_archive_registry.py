# shutil's archive registries with formats of the program's own (the built-in
# tar/zip formats need tarfile/zipfile).
import os
import shutil
import tempfile


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, "->", repr(r))
    except Exception as e:
        print(f.__name__, "!", type(e).__name__, e)


print([n for n, _ in shutil.get_archive_formats() if n in ("tar", "zip")])
print([n for n, _, _ in shutil.get_unpack_formats() if n in ("tar", "zip")])

made = []


def make_listing(base_name, base_dir, **kw):
    out = base_name + ".list"
    with open(out, "w") as f:
        for d, dirs, files in sorted(os.walk(base_dir)):
            for name in sorted(files):
                f.write(os.path.relpath(os.path.join(d, name), base_dir) + "\n")
    made.append(sorted(k for k in kw))
    return out


def unpack_listing(filename, extract_dir, **kw):
    with open(filename) as f:
        for line in f:
            path = os.path.join(extract_dir, line.strip())
            os.makedirs(os.path.dirname(path), exist_ok=True)
            open(path, "w").close()


shutil.register_archive_format("listing", make_listing, [("extra", 1)], "a list of files")
print(("listing", "a list of files") in shutil.get_archive_formats())
show(shutil.register_archive_format, "bad", 42)
show(shutil.register_archive_format, "bad", make_listing, "notalist")
show(shutil.register_archive_format, "bad", make_listing, [(1, 2, 3)])
shutil.register_unpack_format("listing", [".list"], unpack_listing, description="lists")
print(("listing", [".list"], "lists") in shutil.get_unpack_formats())
show(shutil.register_unpack_format, "again", [".list"], unpack_listing)
show(shutil.register_unpack_format, "bad", [".bad"], "notcallable")

base = tempfile.mkdtemp()
home = os.getcwd()
os.chdir(base)
os.makedirs("src/sub")
for name in ("a.txt", "sub/b.txt"):
    open(os.path.join("src", name), "w").close()
name = shutil.make_archive("archive", "listing", root_dir="src")
print(os.path.relpath(name, base), open(name).read().split(), made)
shutil.unpack_archive(name, "unpacked")
print(sorted(os.path.relpath(os.path.join(d, f), "unpacked")
             for d, _, fs in os.walk("unpacked") for f in fs))
shutil.unpack_archive(name, "unpacked2", format="listing")
print(sorted(os.listdir("unpacked2")))
show(shutil.make_archive, "x", "nosuchformat")
show(shutil.unpack_archive, "file.unknown")
show(shutil.unpack_archive, name, "u3", format="nosuchformat")
shutil.unregister_archive_format("listing")
shutil.unregister_unpack_format("listing")
print(("listing", "a list of files") in shutil.get_archive_formats())
show(shutil.unregister_archive_format, "listing")
os.chdir(home)
shutil.rmtree(base)
