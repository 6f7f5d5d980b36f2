"""importlib.abc: the finder and loader base classes."""


class Finder:
    pass


class MetaPathFinder(Finder):
    def invalidate_caches(self):
        pass


class PathEntryFinder(Finder):
    def invalidate_caches(self):
        pass


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        raise ImportError("exec_module not implemented")


class ResourceLoader(Loader):
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    def is_package(self, fullname):
        raise ImportError

    def get_source(self, fullname):
        raise ImportError


class ExecutionLoader(InspectLoader):
    def get_filename(self, fullname):
        raise ImportError


class FileLoader(ResourceLoader, ExecutionLoader):
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path


class SourceLoader(ResourceLoader, ExecutionLoader):
    pass
