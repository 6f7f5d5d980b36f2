"""uuid: UUID objects (RFC 4122) and uuid1/uuid3/uuid4/uuid5, as CPython
3.11's module. A UUID is a 128-bit int; every other view (hex, bytes,
fields, time, ...) is computed from it."""

import os
from enum import Enum

__all__ = ["UUID", "uuid1", "uuid3", "uuid4", "uuid5", "getnode", "SafeUUID",
           "NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500",
           "RESERVED_NCS", "RFC_4122", "RESERVED_MICROSOFT", "RESERVED_FUTURE"]

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

_int = int
_bytes = bytes


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


# (field number, width in bits, the word used in the error)
_FIELD_WIDTHS = ((1, 32, "a 32-bit"), (2, 16, "a 16-bit"), (3, 16, "a 16-bit"),
                 (4, 8, "an 8-bit"), (5, 8, "an 8-bit"), (6, 48, "a 48-bit"))


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError("fields is not a 6-tuple")
    for (number, width, word), value in zip(_FIELD_WIDTHS, fields):
        if not 0 <= value < (1 << width):
            raise ValueError("field %d out of range (need %s value)" % (number, word))
    time_low, time_mid, time_hi, seq_hi, seq_low, node = fields
    value = time_low
    for part, width in ((time_mid, 16), (time_hi, 16), (seq_hi, 8), (seq_low, 8), (node, 48)):
        value = (value << width) | part
    return value


def _swap_le(b):
    """bytes <-> bytes_le: the first three fields change byte order."""
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


class UUID:
    """A universally unique identifier (RFC 4122)."""

    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int]
        if given.count(None) != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, "
                            "or int arguments must be given")
        if hex is not None:
            hex = hex.replace("urn:", "").replace("uuid:", "")
            hex = hex.strip("{}").replace("-", "")
            if len(hex) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            int = _int(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            bytes = _swap_le(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            assert isinstance(bytes, _bytes), repr(bytes)
            int = _int.from_bytes(bytes, "big")
        if fields is not None:
            int = _from_fields(fields)
        if not 0 <= int < 1 << 128:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            # The RFC 4122 variant (bits 10 at 62..63), then the version.
            int = (int & ~(0xC000 << 48)) | (0x8000 << 48)
            int = (int & ~(0xF000 << 64)) | (version << 76)
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "is_safe", is_safe)

    def __getstate__(self):
        state = {"int": self.int}
        if self.is_safe != SafeUUID.unknown:
            state["is_safe"] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        object.__setattr__(self, "is_safe",
                           SafeUUID(state["is_safe"]) if "is_safe" in state
                           else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __str__(self):
        h = "%032x" % self.int
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xFFFF

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xFFFF

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xFF

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xFF

    @property
    def time(self):
        return (((self.time_hi_version & 0x0FFF) << 48) |
                (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3F) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xFFFFFFFFFFFF

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        top = self.int >> 61
        if not top & 4:
            return RESERVED_NCS
        if not top & 2:
            return RFC_4122
        if not top & 1:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xF
        return None


# Reading the hardware address from system tools (ifconfig, ip, arp,
# netstat) is not done here: every such getter answers None and _GETTERS is
# empty, so getnode() falls back to a random node. The parsing helpers stay
# so that their behaviour can be checked on given text.
_MAC_DELIM = b":"
_MAC_OMITS_LEADING_ZEROES = False


def _get_command_stdout(command, *args):
    return None


def _parse_mac(word):
    """The 48-bit int spelled by `word` (six hex fields joined by
    _MAC_DELIM), or None when it is not such an address."""
    parts = word.split(_MAC_DELIM)
    if len(parts) != 6:
        return None
    if _MAC_OMITS_LEADING_ZEROES:
        if not all(1 <= len(p) <= 2 for p in parts):
            return None
        parts = [p.rjust(2, b"0") for p in parts]
    elif not all(len(p) == 2 for p in parts):
        return None
    joined = b"".join(parts)
    try:
        return _int(joined, 16)
    except ValueError:
        return None


def _find_mac_under_heading(command, args, heading):
    """The first address found in the column titled `heading` of the
    output of `command args`."""
    stdout = _get_command_stdout(command, args)
    if stdout is None:
        return None
    lines = stdout.readlines()
    if not lines:
        return None
    titles = lines[0].rstrip().split()
    try:
        column = titles.index(heading)
    except ValueError:
        return None
    for line in lines[1:]:
        fields = line.rstrip().split()
        if column >= len(fields):
            continue
        mac = _parse_mac(fields[column])
        if mac:
            return mac
    return None


def _find_mac_near_keyword(command, args, keywords, get_word_index):
    stdout = _get_command_stdout(command, args)
    if stdout is None:
        return None
    first = None
    for line in stdout:
        words = line.lower().rstrip().split()
        for i in range(len(words)):
            if words[i] in keywords:
                try:
                    word = words[get_word_index(i)]
                    mac = _int(word.replace(_MAC_DELIM, b""), 16)
                except (ValueError, IndexError):
                    continue
                if not (mac >> 40) & 1:
                    return mac
                first = first or mac
    return first or None


def _ifconfig_getnode():
    return None


def _ip_getnode():
    return None


def _arp_getnode():
    return None


def _lanscan_getnode():
    return None


def _netstat_getnode():
    return None


def _unix_getnode():
    return None


def _random_getnode():
    """A random 48-bit node with the multicast bit set (RFC 4122 4.5)."""
    return _int.from_bytes(os.urandom(6), "big") | (1 << 40)


_GETTERS = []

_node = None


def getnode():
    """A 48-bit hardware address; a random one with the multicast bit set
    (RFC 4122 section 4.5) where none can be read."""
    global _node
    if _node is None:
        _node = _int.from_bytes(os.urandom(6), "big") | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from a host ID, sequence number, and the current time."""
    global _last_timestamp
    import time
    nanoseconds = time.time_ns()
    # 100-ns intervals since the Gregorian epoch, 1582-10-15.
    timestamp = nanoseconds // 100 + 0x01B21DD213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = _int.from_bytes(os.urandom(2), "big") & 0x3FFF
    if node is None:
        node = getnode()
    fields = (timestamp & 0xFFFFFFFF, (timestamp >> 32) & 0xFFFF,
              (timestamp >> 48) & 0x0FFF, (clock_seq >> 8) & 0x3F,
              clock_seq & 0xFF, node)
    return UUID(fields=fields, version=1)


def _name_bytes(name):
    if isinstance(name, str):
        return _bytes(name, "utf-8")
    return name


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    from hashlib import md5
    digest = md5(namespace.bytes + _name_bytes(name), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + _name_bytes(name), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=5)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
