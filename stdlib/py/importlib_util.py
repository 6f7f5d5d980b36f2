"""importlib.util: module specs and loading a module from a file, over
whirl's import system (which itself consults no finders or loaders)."""

import sys
from importlib.machinery import ModuleSpec, SourceFileLoader, _source_path_for


def resolve_name(name, package):
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} (required for relative module names)")
    level = len(name) - len(name.lstrip("."))
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    rest = name[level:]
    return f"{base}.{rest}" if rest else base


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if is_package is None and loader is not None and hasattr(loader, "is_package"):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    spec = ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))
    return spec


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    if location is None:
        return None
    location = str(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    module = None
    if spec.loader is not None and hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module


def find_spec(name, package=None):
    fullname = resolve_name(name, package) if name.startswith(".") else name
    module = sys.modules.get(fullname)
    if module is not None:
        spec = getattr(module, "__spec__", None)
        if spec is None:
            spec = ModuleSpec(fullname, None, origin=getattr(module, "__file__", None))
        return spec
    parent = fullname.rpartition(".")[0]
    if parent:
        pkg = __import__(parent, fromlist=["__path__"])
        paths = getattr(pkg, "__path__", None)
        if paths is None:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent!r} while trying to find {fullname!r}",
                name=fullname,
            )
    else:
        paths = sys.path
    found = _source_path_for(fullname.rpartition(".")[2], paths)
    if found is not None:
        path, is_pkg = found
        spec = spec_from_file_location(fullname, path)
        if is_pkg:
            spec.submodule_search_locations = [path.rpartition("/")[0]]
        return spec
    try:
        __import__(fullname)
    except ImportError:
        return None
    module = sys.modules.get(fullname)
    return ModuleSpec(fullname, None, origin=getattr(module, "__file__", None) or "frozen")


def cache_from_source(path, debug_override=None, *, optimization=None):
    raise NotImplementedError("whirl writes no bytecode caches (sys.implementation.cache_tag is None)")


def source_from_cache(path):
    raise NotImplementedError("whirl writes no bytecode caches (sys.implementation.cache_tag is None)")


MAGIC_NUMBER = b"\xa7\r\r\n"
