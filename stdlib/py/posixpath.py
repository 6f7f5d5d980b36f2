"""`os.path` for POSIX: whirl's own, for str, bytes and os.PathLike."""

import os
import sys
import stat as _st
import genericpath
from genericpath import *

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]


def _seps(p):
    """('/', '.', '..', '') in the type of `p`."""
    if isinstance(p, bytes):
        return b"/", b".", b"..", b""
    return "/", ".", "..", ""


def _fs(funcname, p):
    if isinstance(p, (str, bytes)):
        return p
    try:
        return os.fspath(p)
    except TypeError:
        raise TypeError(f"{funcname}() argument must be str, bytes, or "
                        f"os.PathLike object, not {type(p).__name__!r}") from None


def _same_kind(funcname, parts):
    has_str = has_bytes = False
    for p in parts:
        if isinstance(p, str):
            has_str = True
        elif isinstance(p, bytes):
            has_bytes = True
        else:
            raise TypeError(f"{funcname}() argument must be str, bytes, or "
                            f"os.PathLike object, not {type(p).__name__!r}") from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = os.fspath(a)
    slash = _seps(a)[0]
    out = a
    try:
        if not p:
            out[:0] + slash
        for b in map(os.fspath, p):
            if b.startswith(slash):
                out = b
            elif not out or out.endswith(slash):
                out = out + b
            else:
                out = out + slash + b
    except (TypeError, AttributeError):
        _same_kind("join", [a] + [os.fspath(x) if isinstance(x, os.PathLike) else x for x in p])
        raise
    return out


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def split(p):
    p = os.fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    slash, dot, _, _ = _seps(p)
    sep_index = p.rfind(slash)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # Leading dots of the name do not start an extension.
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = os.fspath(p)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


# ----- questions to the file system -----

def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def islink(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return _st.S_ISLNK(st.st_mode)


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if _st.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = realpath(join(path, _seps(path)[2]))
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


# ----- rewriting paths -----

def expanduser(path):
    path = os.fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if "HOME" in os.environ:
            home = os.environ["HOME"]
        else:
            try:
                import pwd
                home = pwd.getpwuid(os.getuid()).pw_dir
            except (ImportError, KeyError):
                return path
    else:
        try:
            import pwd
        except ImportError:
            return path
        name = path[1:i]
        if isinstance(name, bytes):
            name = str(name, "ASCII")
        try:
            home = pwd.getpwnam(name).pw_dir
        except KeyError:
            return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


_varprog = None


def expandvars(path):
    """$name and ${name} replaced by the environment's values; unknown
    names are left as written."""
    global _varprog
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode("latin-1") if is_bytes else path
    if "$" not in text:
        return path
    if _varprog is None:
        import re
        _varprog = re.compile(r"\$(\w+|\{[^}]*\})", re.ASCII)

    def value(m):
        name = m.group(1)
        if name.startswith("{") and name.endswith("}"):
            name = name[1:-1]
        if is_bytes:
            name = os.fsdecode(name.encode("latin-1"))
        v = os.environ.get(name)
        if v is None:
            return m.group(0)
        return os.fsencode(v).decode("latin-1") if is_bytes else v

    result = _varprog.sub(value, text)
    return result.encode("latin-1") if is_bytes else result


def normpath(path):
    path = os.fspath(path)
    slash, dot, dotdot, empty = _seps(path)
    if path == empty:
        return dot
    if path.startswith(slash):
        initial = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    else:
        initial = 0
    parts = []
    for comp in path.split(slash):
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not initial and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    out = slash * initial + slash.join(parts)
    return out or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved; a missing part is kept
    as written unless `strict`."""
    filename = os.fspath(filename)
    slash, dot, dotdot, empty = _seps(filename)
    resolved = {}
    path, _ = _resolve(empty, filename, strict, resolved)
    return abspath(path)


def _resolve(path, rest, strict, seen):
    slash, dot, dotdot, empty = _seps(rest)
    if rest.startswith(slash):
        rest = rest[1:]
        path = slash
    while rest:
        name, _, rest = rest.partition(slash)
        if not name or name == dot:
            continue
        if name == dotdot:
            if path:
                path, name = split(path)
                if name == dotdot:
                    path = join(path, dotdot, dotdot)
            else:
                path = dotdot
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = _st.S_ISLNK(st.st_mode)
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                os.stat(newpath)
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    slash, dot, dotdot, empty = _seps(path)
    if start is None:
        start = dot
    else:
        start = os.fspath(start)
    _same_kind("relpath", [path, start])
    start_list = [x for x in abspath(start).split(slash) if x]
    path_list = [x for x in abspath(path).split(slash) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return join(*rel_list)


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    _same_kind("commonpath", paths)
    slash, dot, dotdot, empty = _seps(paths[0])
    split_paths = [p.split(slash) for p in paths]
    try:
        isabs_, = set(p[:1] == slash for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    lo, hi = min(split_paths), max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    prefix = slash if isabs_ else empty
    return prefix + slash.join(common)
