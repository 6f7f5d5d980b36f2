"""Shell-style pathname expansion: whirl's own `glob`."""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]

_MAGIC = "*?["


def has_magic(s):
    if isinstance(s, bytes):
        return any(c in b"*?[" for c in s)
    return any(c in _MAGIC for c in s)


def _is_hidden(name):
    return name[:1] in (".", b".")


def _is_recursive(pattern):
    return pattern == "**" or pattern == b"**"


def escape(pathname):
    """`pathname` with its magic characters made literal ([*], [?], [[])."""
    if isinstance(pathname, bytes):
        return b"".join(b"[" + bytes([c]) + b"]" if c in b"*?[" else bytes([c])
                        for c in pathname)
    return "".join("[" + c + "]" if c in _MAGIC else c for c in pathname)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching `pathname` (`*`, `?`, `[...]`; `**` when
    `recursive`), in the directory's order."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        try:
            first = next(it)
            if first:
                it = _chain(first, it)
        except StopIteration:
            pass
    return it


def _chain(first, rest):
    yield first
    yield from rest


def _join(root, path):
    if root and path:
        return os.path.join(root, path)
    return root or path


def _lexists(root, path):
    return os.path.lexists(_join(root, path))


def _isdir(root, path):
    return os.path.isdir(_join(root, path))


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(root_dir, pathname):
                yield pathname
        elif _isdir(root_dir, dirname):
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for d in dirs:
        for name in glob_in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = [x for x in names if not _is_hidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(dirname, basename):
            return [basename]
    elif _isdir(dirname, dirname[:0]):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _iterdir(dirname, dironly):
    try:
        if not dirname:
            dirname = os.curdir if not isinstance(dirname, bytes) else bytes(os.curdir, "ASCII")
        with os.scandir(dirname) as it:
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        yield entry.name
                except OSError:
                    pass
    except OSError:
        return


def _listdir(dirname, dironly):
    return list(_iterdir(dirname, dironly))


def _rlistdir(dirname, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    for x in names:
        if include_hidden or not _is_hidden(x):
            yield x
            path = _join(dirname, x)
            for y in _rlistdir(path, dironly, include_hidden):
                yield os.path.join(x, y)


magic_check = None
magic_check_bytes = None
