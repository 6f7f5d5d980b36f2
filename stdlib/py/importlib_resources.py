"""importlib.resources: the files a package ships beside its modules.

whirl's own: packages are directories on sys.path, so files() is a
pathlib.Path of the package's directory and the older functions
(open_binary, read_text, path, ...) read through it. Packages built into
the whirl binary have no directory and are refused as not packages."""

import contextlib
import os
import pathlib
import sys

__all__ = [
    "Package", "Resource", "ResourceReader", "as_file", "contents", "files",
    "is_resource", "open_binary", "open_text", "path", "read_binary", "read_text",
]

Package = "str | types.ModuleType"
Resource = str


class ResourceReader:
    """The interface a loader may offer for its package's resources."""

    def open_resource(self, resource):
        raise FileNotFoundError

    def resource_path(self, resource):
        raise FileNotFoundError

    def is_resource(self, path):
        raise FileNotFoundError

    def contents(self):
        raise FileNotFoundError


def _module(anchor):
    if isinstance(anchor, str):
        import importlib

        return importlib.import_module(anchor)
    return anchor


def _package_dir(package):
    module = _module(package)
    paths = getattr(module, "__path__", None)
    if paths is None:
        raise TypeError(f"{module.__name__!r} is not a package")
    paths = list(paths)
    if not paths:
        raise TypeError(f"{module.__name__!r} is not a package")
    return pathlib.Path(paths[0])


def files(package):
    """The directory of package, as a pathlib.Path."""
    return _package_dir(package)


@contextlib.contextmanager
def as_file(path):
    """A real file system path for path (it already is one here)."""
    yield pathlib.Path(path)


def _resource(package, resource):
    name = os.fspath(resource)
    parent, base = os.path.split(name)
    if parent:
        raise ValueError(f"{resource!r} must be only a file name")
    return _package_dir(package) / base


def open_binary(package, resource):
    return _resource(package, resource).open("rb")


def open_text(package, resource, encoding="utf-8", errors="strict"):
    return _resource(package, resource).open("r", encoding=encoding, errors=errors)


def read_binary(package, resource):
    return _resource(package, resource).read_bytes()


def read_text(package, resource, encoding="utf-8", errors="strict"):
    with open_text(package, resource, encoding, errors) as f:
        return f.read()


def path(package, resource):
    return as_file(_resource(package, resource))


def is_resource(package, name):
    return _resource(package, name).is_file()


def contents(package):
    return [p.name for p in _package_dir(package).iterdir()]


del sys
