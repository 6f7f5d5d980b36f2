# stat: file-type tests, permission bits and filemode, on real files and on numbers.
import os
import stat
import tempfile

for name in ["S_IFMT", "S_IMODE", "S_ISDIR", "S_ISREG", "S_ISLNK", "S_ISFIFO", "S_ISSOCK",
             "S_ISCHR", "S_ISBLK"]:
    print(name, callable(getattr(stat, name)))
print(stat.S_IFDIR, stat.S_IFREG, stat.S_IFLNK, stat.S_IFIFO, stat.S_IFSOCK, stat.S_IFCHR, stat.S_IFBLK)
print(stat.S_ISUID, stat.S_ISGID, stat.S_ISVTX, stat.S_IRWXU, stat.S_IRUSR, stat.S_IWUSR, stat.S_IXUSR,
      stat.S_IRWXG, stat.S_IRWXO, stat.S_IROTH, stat.S_IREAD, stat.S_IWRITE, stat.S_IEXEC)
print(stat.ST_MODE, stat.ST_INO, stat.ST_DEV, stat.ST_NLINK, stat.ST_UID, stat.ST_GID, stat.ST_SIZE,
      stat.ST_ATIME, stat.ST_MTIME, stat.ST_CTIME)
print(stat.UF_NODUMP, stat.UF_IMMUTABLE, stat.SF_ARCHIVED, stat.FILE_ATTRIBUTE_DIRECTORY)

for mode in [0o100644, 0o040755, 0o120777, 0o010600, 0o140755, 0o020620, 0o060660, 0o104755,
             0o102755, 0o041777, 0o041776, 0o100000, 0o7777, 0, 0o170000]:
    print(oct(mode), stat.filemode(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)),
          stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode), stat.S_ISFIFO(mode),
          stat.S_ISSOCK(mode), stat.S_ISCHR(mode), stat.S_ISBLK(mode))
print(stat.S_ISDOOR(0), stat.S_ISPORT(0), stat.S_ISWHT(0))
for bad in ["x", 1.5, None]:
    try:
        stat.S_ISDIR(bad)
    except TypeError as e:
        print("TypeError", type(bad).__name__)

d = tempfile.mkdtemp()
f = os.path.join(d, "f")
open(f, "w").close()
os.chmod(f, 0o754)
os.symlink(f, os.path.join(d, "l"))
st = os.stat(f)
print(stat.filemode(st.st_mode), stat.S_ISREG(st[stat.ST_MODE]), stat.S_IMODE(st.st_mode) == 0o754)
print(stat.filemode(os.lstat(os.path.join(d, "l")).st_mode)[0], stat.filemode(os.stat(d).st_mode)[0])
print(stat.S_ISCHR(os.stat(os.devnull).st_mode), stat.filemode(os.stat(os.devnull).st_mode)[0])
os.mkfifo(os.path.join(d, "fifo"))
print(stat.S_ISFIFO(os.stat(os.path.join(d, "fifo")).st_mode), stat.filemode(os.lstat(os.path.join(d, "fifo")).st_mode)[0])
try:
    os.mkfifo(os.path.join(d, "fifo"))
except FileExistsError as e:
    print("FileExistsError", e.errno)
r, w = os.pipe()
print(stat.S_ISFIFO(os.fstat(r).st_mode))
os.close(r)
os.close(w)
import shutil
shutil.rmtree(d)
