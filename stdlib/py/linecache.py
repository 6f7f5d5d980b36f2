"""linecache: the lines of source files, read once and kept (whirl's own).

`cache` maps a file name to (size, mtime, lines, full name), or, for a
module whose loader can give its source, to a 1-tuple holding a function
that reads it on first use (`lazycache`). Names in angle brackets
(`<string>`, `<stdin>`) have no file."""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forgets every file read."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (from 1) of the file, with its newline; '' when there
    is no such line or file."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """Every line of the file, read now unless cached."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drops cached files that changed on disk (all, or just `filename`)."""
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, _, fullname = entry
        if mtime is None:
            continue  # given, not read from a file
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _is_pseudo(filename):
    return not filename or (filename.startswith("<") and filename.endswith(">"))


def updatecache(filename, module_globals=None):
    """Reads the file again (searching sys.path for a relative name, or
    asking the module's loader) and caches its lines."""
    cache.pop(filename, None)
    if _is_pseudo(filename):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                data = None
            if data is None:
                cache.pop(filename, None)
                return []
            lines = data.splitlines(True)
            if lines and not lines[-1].endswith("\n"):
                lines[-1] += "\n"
            cache[filename] = (len(data), None, lines, fullname)
            return lines
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
                st = os.stat(fullname)
                break
            except (TypeError, AttributeError, OSError, ValueError):
                continue
        else:
            return []
    try:
        with open(fullname, "rb") as f:
            data = f.read()
        text = _decode_source(data)
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remembers how to get the source of a module whose file is not on
    disk (its loader's get_source); True if the source can come later."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _is_pseudo(filename) or not module_globals:
        return False
    spec = module_globals.get("__spec__")
    name = getattr(spec, "name", None) or module_globals.get("__name__")
    loader = getattr(spec, "loader", None) or module_globals.get("__loader__")
    get_source = getattr(loader, "get_source", None)
    if name and get_source:
        cache[filename] = (lambda: get_source(name),)
        return True
    return False


def _decode_source(data):
    """Source bytes as text: a UTF-8 BOM, else a PEP 263 coding cookie on
    one of the first two lines, else UTF-8; newlines made `\\n`."""
    encoding = "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        encoding = "utf-8"
    else:
        for line in data.split(b"\n", 2)[:2]:
            found = _coding_cookie(line)
            if found:
                encoding = found
                break
            if not line.strip().startswith(b"#") and line.strip():
                break
    text = data.decode(encoding)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _coding_cookie(line):
    stripped = line.lstrip(b" \t\f")
    if not stripped.startswith(b"#"):
        return None
    at = stripped.find(b"coding")
    if at < 0 or stripped[at + 6 : at + 7] not in (b":", b"="):
        return None
    rest = stripped[at + 7 :].lstrip(b" \t")
    name = bytearray()
    for byte in rest:
        if chr(byte).isalnum() or chr(byte) in "-_.":
            name.append(byte)
        else:
            break
    return name.decode("ascii") if name else None
