"""hmac: keyed-hashing for message authentication (RFC 2104) over hashlib,
as CPython's hmac.new / HMAC / digest / compare_digest."""

import hashlib as _hashlib

digest_size = None


def _constructor(digestmod):
    if digestmod is None:
        raise TypeError("Missing required parameter 'digestmod'.")
    if isinstance(digestmod, str):
        return lambda d=b"": _hashlib.new(digestmod, d)
    return digestmod


def _xor(key, pad):
    return bytes([b ^ pad for b in key])


class HMAC:
    """An HMAC object: ``update``, ``digest``, ``hexdigest``, ``copy``."""

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, bytes):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if digestmod == "":
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._make = make
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, "block_size", 64)
        self.block_size = blocksize
        if len(key) > blocksize:
            key = make(key).digest()
        key = key + bytes(blocksize - len(key))
        self._outer.update(_xor(key, 0x5C))
        self._inner.update(_xor(key, 0x36))
        self.name = "hmac-" + self._inner.name
        if msg is not None:
            self.update(msg)

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = HMAC(b"", digestmod=self._make)
        other._outer = self._outer.copy()
        other._inner = self._inner.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    if isinstance(a, str) != isinstance(b, str):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    if len(a) != len(b):
        return False
    result = 0
    if isinstance(a, str):
        for x, y in zip(a, b):
            result |= ord(x) ^ ord(y)
    else:
        for x, y in zip(a, b):
            result |= x ^ y
    return result == 0
