"""Where zoneinfo looks for time zone files: TZPATH (from reset_tzpath's
argument, else the PYTHONTZPATH variable, else the system's usual
directories), and the key rules that keep a lookup inside them."""

import os
import sys

# The directories Debian's CPython is built with.
_DEFAULT_TZPATH = (
    "/usr/share/zoneinfo",
    "/usr/lib/zoneinfo",
    "/usr/share/lib/zoneinfo",
    "/etc/zoneinfo",
)

TZPATH = ()


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


def _relative_paths_message(paths):
    bad = [p for p in paths if not os.path.isabs(p)]
    lines = "\n".join("    " + p for p in bad)
    return "Paths should be absolute but found the following relative paths:\n" + lines


def _paths_from_environment():
    value = os.environ.get("PYTHONTZPATH", None)
    if value is None:
        return _DEFAULT_TZPATH
    if not value:
        return ()
    paths = value.split(os.pathsep)
    good = tuple(p for p in paths if os.path.isabs(p))
    if len(good) != len(paths):
        import warnings

        warnings.warn(
            "Invalid paths specified in PYTHONTZPATH environment variable. "
            + _relative_paths_message(paths),
            InvalidTZPathWarning,
            stacklevel=4,
        )
    return good


def reset_tzpath(to=None):
    """Sets TZPATH: to the given absolute paths, or (to=None) anew from
    PYTHONTZPATH or the default directories."""
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(map(os.path.isabs, to)):
            raise ValueError(_relative_paths_message(to))
        paths = to
    else:
        paths = _paths_from_environment()
    TZPATH = tuple(paths)


def _check_key(key):
    """Refuses a key that would reach outside the TZPATH directories."""
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normalized = os.path.normpath(key)
    if len(normalized) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    resolved = os.path.normpath(os.path.join("_", normalized))
    if resolved != os.path.join("_", normalized) or normalized.startswith(".."):
        raise ValueError(
            f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def find_tzfile(key):
    """The path of key's file in the first TZPATH directory holding one,
    or None."""
    _check_key(key)
    for directory in TZPATH:
        path = os.path.join(directory, key)
        try:
            if os.path.isfile(path):
                return path
        except (ValueError, UnicodeEncodeError):
            return None
    return None


def _is_tzif(path):
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"TZif"
    except OSError:
        return False


def available_timezones():
    """The set of keys that name a time zone in TZPATH or tzdata."""
    found = set()
    # tzdata lists its zones in a file of its own.
    try:
        from zoneinfo._common import _package_dir

        with open(os.path.join(_package_dir("tzdata"), "zones"), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    found.add(line)
    except (ImportError, OSError, ValueError):
        pass
    for root in TZPATH:
        if not os.path.isdir(root):
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            if dirpath == root:
                # Not zones: the "right/" and "posix/" copies.
                for skip in ("right", "posix"):
                    if skip in dirnames:
                        dirnames.remove(skip)
            for name in filenames:
                path = os.path.join(dirpath, name)
                key = os.path.relpath(path, root)
                if os.sep != "/":
                    key = key.replace(os.sep, "/")
                if key in found:
                    continue
                if _is_tzif(path):
                    found.add(key)
    # "posixrules" is a copy of a zone kept for the TZ variable's sake.
    found.discard("posixrules")
    return found


reset_tzpath()
