"""A minimal `site`: whirl has no site-packages of its own; packages are
found through PYTHONPATH or WHIRL_PATH (e.g. a `pip install --target DIR`
folder). `addsitedir` adds a folder and the paths its .pth files name."""

import os
import sys

ENABLE_USER_SITE = False
PREFIXES = [sys.prefix, sys.exec_prefix]
USER_SITE = None
USER_BASE = None


def getsitepackages(prefixes=None):
    return []


def getuserbase():
    return os.path.expanduser("~/.local")


def getusersitepackages():
    return os.path.join(getuserbase(), "lib", "python3.11", "site-packages")


def addsitedir(sitedir, known_paths=None):
    """Adds sitedir to sys.path, then each line of its .pth files that
    names an existing folder (lines starting with 'import' are skipped:
    whirl runs no code from .pth files)."""
    sitedir = os.path.abspath(sitedir)
    if sitedir not in sys.path:
        sys.path.append(sitedir)
    try:
        names = sorted(os.listdir(sitedir))
    except OSError:
        return known_paths
    for name in names:
        if not name.endswith(".pth"):
            continue
        try:
            with open(os.path.join(sitedir, name)) as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        for line in lines:
            line = line.strip()
            if not line or line.startswith("#") or line.startswith("import"):
                continue
            path = os.path.join(sitedir, line)
            if os.path.isdir(path) and path not in sys.path:
                sys.path.append(path)
    return known_paths


def main():
    pass
