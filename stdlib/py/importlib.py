"""importlib: import_module, over the interpreter's import system."""

import sys


def import_module(name, package=None):
    if name.startswith("."):
        if not package:
            raise TypeError(
                "the 'package' argument is required to perform a relative import for %r" % name
            )
        level = len(name) - len(name.lstrip("."))
        base = package.rsplit(".", level - 1)[0] if level > 1 else package
        name = base + "." + name[level:] if name[level:] else base
    __import__(name)
    return sys.modules[name]


def reload(module):
    return module


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    """The import statement's function (builtins.__import__)."""
    import builtins

    return builtins.__import__(name, globals, locals, fromlist, level)


def invalidate_caches():
    """Clears the finders' caches: whirl's import system keeps none."""
