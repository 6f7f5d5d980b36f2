"""importlib.machinery: ModuleSpec and the loader classes, enough for
programs that load a module from a path (spec_from_file_location,
module_from_spec, loader.exec_module)."""

import os
import sys

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = [".pyc"]


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    def __repr__(self):
        args = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            args.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            args.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"ModuleSpec({', '.join(args)})"

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name, self.loader, self.origin, self.submodule_search_locations) == (
            other.name, other.loader, other.origin, other.submodule_search_locations)


def _source_path_for(leaf, paths):
    for entry in paths:
        base = os.path.join(entry or ".", leaf)
        init = os.path.join(base, "__init__.py")
        if os.path.isfile(init):
            return init, True
        if os.path.isfile(base + ".py"):
            return base + ".py", False
    return None


class SourceFileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def create_module(self, spec):
        return None

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, name=None):
        with open(self.path, encoding="utf-8") as f:
            return f.read()

    def is_package(self, name):
        return os.path.basename(self.path).startswith("__init__.")

    def exec_module(self, module):
        code = compile(self.get_source(), self.path, "exec")
        exec(code, module.__dict__)

    def load_module(self, name=None):
        import importlib.util

        spec = importlib.util.spec_from_file_location(name or self.name, self.path, loader=self)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        self.exec_module(module)
        return module

    def __repr__(self):
        return f"<_frozen_importlib_external.SourceFileLoader object>"


SourcelessFileLoader = SourceFileLoader


class BuiltinImporter:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname in sys.builtin_module_names:
            return ModuleSpec(fullname, cls, origin="built-in")
        return None


class FrozenImporter:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


class PathFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _source_path_for(fullname.rpartition(".")[2], sys.path if path is None else path)
        if found is None:
            return None
        file, is_pkg = found
        spec = ModuleSpec(fullname, SourceFileLoader(fullname, file), origin=file, is_package=is_pkg)
        spec.has_location = True
        if is_pkg:
            spec.submodule_search_locations = [os.path.dirname(file)]
        return spec

    @classmethod
    def invalidate_caches(cls):
        pass


class FileFinder:
    def __init__(self, path, *loader_details):
        self.path = path

    def find_spec(self, fullname, target=None):
        return PathFinder.find_spec(fullname, [self.path])

    def invalidate_caches(self):
        pass
