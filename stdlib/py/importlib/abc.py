"""importlib.abc: the base classes of finders and loaders, with their
default behaviour (whirl's import system looks on sys.path and in the
binary; these serve programs that define their own)."""

from abc import ABCMeta, abstractmethod


class MetaPathFinder(metaclass=ABCMeta):
    """A finder for sys.meta_path."""

    def invalidate_caches(self):
        pass


class PathEntryFinder(metaclass=ABCMeta):
    """A finder for one entry of sys.path."""

    def invalidate_caches(self):
        pass


class Loader(metaclass=ABCMeta):
    """A module loader."""

    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        if not hasattr(self, "exec_module"):
            raise ImportError
        raise ImportError("whirl: load_module() is not supported; use exec_module()")

    def module_repr(self, module):
        raise NotImplementedError


class ResourceLoader(Loader):
    """A loader that reads data files."""

    @abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that can show a module's source and code."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path="<string>"):
        return compile(data, path, "exec", dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError("cannot load module {!r} when get_code() returns None".format(module.__name__))
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    """An InspectLoader that knows its modules' files."""

    @abstractmethod
    def get_filename(self, fullname):
        raise ImportError
