"""hashlib: md5, sha1, sha256 and sha512 objects over the native `_hashlib` digests.

The data is kept until a digest is asked for: the digests themselves are
computed in Rust in one pass.
"""

import _hashlib

_SIZES = {"md5": (16, 64), "sha1": (20, 64), "sha256": (32, 64), "sha512": (64, 128)}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


class _Hash:
    def __init__(self, name, data=b""):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._data = b""
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        if not isinstance(data, bytes):
            data = bytes(data)
        self._data = self._data + data

    def digest(self):
        return _hashlib.digest(self.name, self._data)

    def hexdigest(self):
        return _hashlib.digest(self.name, self._data).hex()

    def copy(self):
        other = _Hash(self.name)
        other._data = self._data
        return other

    def __repr__(self):
        return "<%s _hashlib.HASH object>" % self.name


def md5(data=b"", usedforsecurity=True):
    return _Hash("md5", data)


def sha1(data=b"", usedforsecurity=True):
    return _Hash("sha1", data)


def sha256(data=b"", usedforsecurity=True):
    return _Hash("sha256", data)


def sha512(data=b"", usedforsecurity=True):
    return _Hash("sha512", data)


def new(name, data=b""):
    key = name.lower().replace("-", "")
    if key not in _SIZES:
        raise ValueError("unsupported hash type " + name)
    return _Hash(key, data)
