"""importlib.metadata: the installed distributions' metadata, read from
the `NAME-VERSION.dist-info` folders on sys.path (what `pip install
--target DIR` writes)."""

import os
import sys


class PackageNotFoundError(ModuleNotFoundError):
    def __str__(self):
        return f"No package metadata was found for {self.name}"

    @property
    def name(self):
        (name,) = self.args
        return name


def _normalize(name):
    return name.lower().replace("-", "_").replace(".", "_")


class PackageMetadata:
    """The METADATA file's headers: `md['Name']`, `md.get_all('Requires-Dist')`."""

    def __init__(self, text):
        self._items = []
        for line in text.split("\n"):
            if not line.strip():
                break
            if line[0] in " \t" and self._items:
                key, value = self._items[-1]
                self._items[-1] = (key, value + "\n" + line.strip())
                continue
            key, sep, value = line.partition(":")
            if sep:
                self._items.append((key.strip(), value.strip()))

    def __getitem__(self, key):
        for k, v in self._items:
            if k.lower() == key.lower():
                return v
        return None

    def get(self, key, default=None):
        value = self[key]
        return default if value is None else value

    def get_all(self, key, failobj=None):
        values = [v for k, v in self._items if k.lower() == key.lower()]
        return values or failobj

    def keys(self):
        return [k for k, _ in self._items]

    def __iter__(self):
        return iter(self.keys())

    def __contains__(self, key):
        return self[key] is not None

    @property
    def json(self):
        return {k.lower().replace("-", "_"): v for k, v in self._items}


class Distribution:
    def __init__(self, path):
        self._path = path

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError("A distribution name is required.")
        want = _normalize(name)
        for dist in _all():
            if _normalize(dist.name) == want:
                return dist
        raise PackageNotFoundError(name)

    def read_text(self, filename):
        try:
            with open(os.path.join(self._path, filename), encoding="utf-8") as f:
                return f.read()
        except OSError:
            return None

    @property
    def metadata(self):
        return PackageMetadata(self.read_text("METADATA") or self.read_text("PKG-INFO") or "")

    @property
    def name(self):
        return self.metadata["Name"] or os.path.basename(self._path).split("-")[0]

    @property
    def version(self):
        return self.metadata["Version"]

    @property
    def requires(self):
        return self.metadata.get_all("Requires-Dist")

    @property
    def entry_points(self):
        return []

    @property
    def files(self):
        text = self.read_text("RECORD")
        if text is None:
            return None
        return [line.split(",")[0] for line in text.splitlines() if line]


def _all():
    seen = set()
    for entry in sys.path:
        try:
            names = sorted(os.listdir(entry or "."))
        except OSError:
            continue
        for n in names:
            if n.endswith((".dist-info", ".egg-info")):
                path = os.path.join(entry or ".", n)
                if path not in seen:
                    seen.add(path)
                    yield Distribution(path)


def distribution(distribution_name):
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    return list(_all())


def metadata(distribution_name):
    return Distribution.from_name(distribution_name).metadata


def version(distribution_name):
    return Distribution.from_name(distribution_name).version


def requires(distribution_name):
    return Distribution.from_name(distribution_name).requires


def files(distribution_name):
    return Distribution.from_name(distribution_name).files


def entry_points(**params):
    return []


def packages_distributions():
    result = {}
    for dist in _all():
        for f in dist.files or ():
            top = f.split("/")[0]
            if top and not top.endswith((".dist-info", ".egg-info")) and "." not in top:
                result.setdefault(top, []).append(dist.name)
    return result
