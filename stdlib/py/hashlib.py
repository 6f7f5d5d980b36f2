"""hashlib: secure hashes and message digests, as CPython 3.11's module.

The digests are computed natively by `_hashlib_native` (the RustCrypto crates);
the objects here keep the running state and the attributes users read
(`name`, `digest_size`, `block_size`).
"""

import _hashlib_native as _native

# name -> (digest_size, block_size)
_SIZES = {
    "md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64),
    "sha384": (48, 128), "sha512": (64, 128), "sha512_224": (28, 128),
    "sha512_256": (32, 128), "sha3_224": (28, 144), "sha3_256": (32, 136),
    "sha3_384": (48, 104), "sha3_512": (64, 72), "shake_128": (0, 168),
    "shake_256": (0, 136), "blake2b": (64, 128), "blake2s": (32, 64),
}

algorithms_guaranteed = frozenset({
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
    "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256",
})
algorithms_available = frozenset(_SIZES)

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b",
           "blake2s", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
           "shake_128", "shake_256", "new", "algorithms_guaranteed",
           "algorithms_available", "pbkdf2_hmac", "file_digest")


def _data_of(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, bytes):
        return data
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


class HASH:
    """A hash object: update(), digest(), hexdigest(), copy()."""

    def __init__(self, name, state):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._state = state

    def update(self, obj, /):
        _native.update(self._state, _data_of(obj))

    def digest(self):
        return _native.finish(self._state)

    def hexdigest(self):
        return _native.finish(self._state).hex()

    def copy(self):
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
        other._state = _native.copy(self._state)
        return other

    def __repr__(self):
        return "<%s %s object @ %s>" % (self.name, type(self).__qualname__, hex(id(self)))


HASH.__module__ = "_hashlib"


class HASHXOF(HASH):
    """A SHAKE hash: its digest length is chosen when it is read."""

    def digest(self, length=None):
        if length is None:
            raise TypeError("digest() missing required argument 'length' (pos 1)")
        if length < 0:
            raise MemoryError()
        return _native.finish(self._state, length)

    def hexdigest(self, length=None):
        if length is None:
            raise TypeError("hexdigest() missing required argument 'length' (pos 1)")
        if length < 0:
            raise MemoryError()
        return _native.finish(self._state, length).hex()


HASHXOF.__module__ = "_hashlib"


def _canonical(name):
    key = name.lower()
    if key in _SIZES:
        return key
    key = key.replace("-", "_")
    if key in _SIZES:
        return key
    key = key.replace("_", "")
    for known in _SIZES:
        if known.replace("_", "") == key:
            return known
    return None


def _make(name, data):
    state = _native.new(name)
    cls = HASHXOF if name.startswith("shake") else HASH
    h = cls(name, state)
    if data is not None:
        h.update(data)
    return h


def new(name, data=b"", **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm."""
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    key = _canonical(name)
    if key is None:
        raise ValueError("unsupported hash type " + name)
    if key == "blake2b":
        return blake2b(data, **kwargs)
    if key == "blake2s":
        return blake2s(data, **kwargs)
    if "string" in kwargs:
        data = kwargs.pop("string")
    return _make(key, data)


def _constructor(name):
    def construct(data=b"", *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        return _make(name, data)
    construct.__name__ = "openssl_" + name
    construct.__qualname__ = construct.__name__
    return construct


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
sha3_224 = _constructor("sha3_224")
sha3_256 = _constructor("sha3_256")
sha3_384 = _constructor("sha3_384")
sha3_512 = _constructor("sha3_512")
shake_128 = _constructor("shake_128")
shake_256 = _constructor("shake_256")


class _Blake2(HASH):
    def __init__(self, data=b"", /, *, digest_size=None, key=b"", salt=b"",
                 person=b"", fanout=1, depth=1, leaf_size=0, node_offset=0,
                 node_depth=0, inner_size=0, last_node=False,
                 usedforsecurity=True):
        name = type(self)._NAME
        maximum = type(self).MAX_DIGEST_SIZE
        if digest_size is None:
            digest_size = maximum
        if not 1 <= digest_size <= maximum:
            raise ValueError("digest_size must be between 1 and %d bytes" % maximum)
        key, salt, person = _data_of(key), _data_of(salt), _data_of(person)
        if len(key) > type(self).MAX_KEY_SIZE:
            raise ValueError("maximum key length is %d bytes" % type(self).MAX_KEY_SIZE)
        if len(salt) > type(self).SALT_SIZE:
            raise ValueError("maximum salt length is %d bytes" % type(self).SALT_SIZE)
        if len(person) > type(self).PERSON_SIZE:
            raise ValueError("maximum person length is %d bytes" % type(self).PERSON_SIZE)
        if (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node) != (
                1, 1, 0, 0, 0, 0, False):
            raise ValueError("tree hashing parameters are not supported")
        self.name = name
        self.digest_size = digest_size
        self.block_size = _SIZES[name][1]
        self._state = _native.new(name, digest_size, key, salt, person)
        if data:
            self.update(data)

    def __repr__(self):
        return "<%s %s object @ %s>" % (self.name, type(self).__qualname__, hex(id(self)))


class blake2b(_Blake2):
    """Return a new BLAKE2b hash object."""
    _NAME = "blake2b"
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64


class blake2s(_Blake2):
    """Return a new BLAKE2s hash object."""
    _NAME = "blake2s"
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32


blake2b.__module__ = "_blake2"
blake2s.__module__ = "_blake2"


class UnsupportedDigestmodError(ValueError):
    pass


UnsupportedDigestmodError.__module__ = "_hashlib"


def _buffer_arg(v):
    if isinstance(v, bytes):
        return v
    if isinstance(v, (bytearray, memoryview)):
        return bytes(v)
    raise TypeError("a bytes-like object is required, not '%s'" % type(v).__name__)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    password = _buffer_arg(password)
    salt = _buffer_arg(salt)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if dklen is not None and dklen < 1:
        raise ValueError("key length must be greater than 0.")
    key = _canonical(hash_name) if isinstance(hash_name, str) else None
    if key is None or key.startswith(("shake", "blake")):
        raise UnsupportedDigestmodError("[digital envelope routines] unsupported")
    return _native.pbkdf2_hmac(key, password, salt, iterations, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, "getbuffer"):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, "read") and hasattr(fileobj, "readable")
            and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
