"""ssl: TLS for sockets, over whirl's `_ssl` (rustls, stdlib/src/ssl.rs).

`_ssl` is a TLS engine over memory buffers: this module feeds it the
ciphertext read from the socket and sends the ciphertext it produces.
`SSLSocket` does that over its own file descriptor (blocking, with a
timeout, or non-blocking with SSLWantReadError / SSLWantWriteError);
`SSLObject` does it over two `MemoryBIO`s.

Certificates are verified by webpki (rustls): the chain up to a loaded
CA certificate and, with check_hostname, the subjectAltName names. TLS
1.2 and 1.3 are spoken, no older versions."""

import _ssl
import os as _os
import socket as _socket
import time as _time
import warnings as _warnings
from collections import namedtuple as _namedtuple
from enum import Enum as _Enum, IntEnum as _IntEnum, IntFlag as _IntFlag

OPENSSL_VERSION = "rustls 0.23 (whirl)"
OPENSSL_VERSION_INFO = (3, 0, 0, 0, 0)
OPENSSL_VERSION_NUMBER = 0x30000000
_OPENSSL_API_VERSION = (3, 0, 0, 0, 0)

HAS_SNI = True
HAS_ALPN = True
HAS_NPN = False
HAS_ECDH = True
HAS_NEVER_CHECK_COMMON_NAME = True
HAS_SSLv2 = False
HAS_SSLv3 = False
HAS_TLSv1 = False
HAS_TLSv1_1 = False
HAS_TLSv1_2 = True
HAS_TLSv1_3 = True
CHANNEL_BINDING_TYPES = []


class _SSLMethod(_IntEnum):
    PROTOCOL_TLS = 2
    PROTOCOL_SSLv23 = 2
    PROTOCOL_TLS_CLIENT = 16
    PROTOCOL_TLS_SERVER = 17


PROTOCOL_SSLv23 = PROTOCOL_TLS = _SSLMethod.PROTOCOL_TLS
PROTOCOL_TLS_CLIENT = _SSLMethod.PROTOCOL_TLS_CLIENT
PROTOCOL_TLS_SERVER = _SSLMethod.PROTOCOL_TLS_SERVER


class VerifyMode(_IntEnum):
    CERT_NONE = 0
    CERT_OPTIONAL = 1
    CERT_REQUIRED = 2


CERT_NONE = VerifyMode.CERT_NONE
CERT_OPTIONAL = VerifyMode.CERT_OPTIONAL
CERT_REQUIRED = VerifyMode.CERT_REQUIRED


class VerifyFlags(_IntFlag):
    VERIFY_DEFAULT = 0
    VERIFY_CRL_CHECK_LEAF = 4
    VERIFY_CRL_CHECK_CHAIN = 12
    VERIFY_X509_STRICT = 32
    VERIFY_ALLOW_PROXY_CERTS = 64
    VERIFY_X509_TRUSTED_FIRST = 32768
    VERIFY_X509_PARTIAL_CHAIN = 524288


globals().update(VerifyFlags.__members__)


class Options(_IntFlag):
    OP_ALL = 0x80000050
    OP_NO_SSLv2 = 0
    OP_NO_SSLv3 = 0x02000000
    OP_NO_TLSv1 = 0x04000000
    OP_NO_TLSv1_1 = 0x10000000
    OP_NO_TLSv1_2 = 0x08000000
    OP_NO_TLSv1_3 = 0x20000000
    OP_CIPHER_SERVER_PREFERENCE = 0x00400000
    OP_SINGLE_DH_USE = 0
    OP_SINGLE_ECDH_USE = 0
    OP_NO_COMPRESSION = 0x00020000
    OP_NO_TICKET = 0x00004000
    OP_NO_RENEGOTIATION = 0x40000000
    OP_ENABLE_MIDDLEBOX_COMPAT = 0x00100000
    OP_IGNORE_UNEXPECTED_EOF = 0x80


globals().update(Options.__members__)


class TLSVersion(_IntEnum):
    MINIMUM_SUPPORTED = -2
    MAXIMUM_SUPPORTED = -1
    SSLv3 = 768
    TLSv1 = 769
    TLSv1_1 = 770
    TLSv1_2 = 771
    TLSv1_3 = 772


class SSLErrorNumber(_IntEnum):
    SSL_ERROR_SSL = 1
    SSL_ERROR_WANT_READ = 2
    SSL_ERROR_WANT_WRITE = 3
    SSL_ERROR_WANT_X509_LOOKUP = 4
    SSL_ERROR_SYSCALL = 5
    SSL_ERROR_ZERO_RETURN = 6
    SSL_ERROR_WANT_CONNECT = 7
    SSL_ERROR_EOF = 8
    SSL_ERROR_INVALID_ERROR_CODE = 10


globals().update(SSLErrorNumber.__members__)


class AlertDescription(_IntEnum):
    ALERT_DESCRIPTION_CLOSE_NOTIFY = 0
    ALERT_DESCRIPTION_UNEXPECTED_MESSAGE = 10
    ALERT_DESCRIPTION_BAD_RECORD_MAC = 20
    ALERT_DESCRIPTION_RECORD_OVERFLOW = 22
    ALERT_DESCRIPTION_DECOMPRESSION_FAILURE = 30
    ALERT_DESCRIPTION_HANDSHAKE_FAILURE = 40
    ALERT_DESCRIPTION_BAD_CERTIFICATE = 42
    ALERT_DESCRIPTION_UNSUPPORTED_CERTIFICATE = 43
    ALERT_DESCRIPTION_CERTIFICATE_REVOKED = 44
    ALERT_DESCRIPTION_CERTIFICATE_EXPIRED = 45
    ALERT_DESCRIPTION_CERTIFICATE_UNKNOWN = 46
    ALERT_DESCRIPTION_ILLEGAL_PARAMETER = 47
    ALERT_DESCRIPTION_UNKNOWN_CA = 48
    ALERT_DESCRIPTION_ACCESS_DENIED = 49
    ALERT_DESCRIPTION_DECODE_ERROR = 50
    ALERT_DESCRIPTION_DECRYPT_ERROR = 51
    ALERT_DESCRIPTION_PROTOCOL_VERSION = 70
    ALERT_DESCRIPTION_INSUFFICIENT_SECURITY = 71
    ALERT_DESCRIPTION_INTERNAL_ERROR = 80
    ALERT_DESCRIPTION_USER_CANCELLED = 90
    ALERT_DESCRIPTION_NO_RENEGOTIATION = 100
    ALERT_DESCRIPTION_UNSUPPORTED_EXTENSION = 110
    ALERT_DESCRIPTION_CERTIFICATE_UNOBTAINABLE = 111
    ALERT_DESCRIPTION_UNRECOGNIZED_NAME = 112
    ALERT_DESCRIPTION_BAD_CERTIFICATE_STATUS_RESPONSE = 113
    ALERT_DESCRIPTION_BAD_CERTIFICATE_HASH_VALUE = 114
    ALERT_DESCRIPTION_UNKNOWN_PSK_IDENTITY = 115


globals().update(AlertDescription.__members__)


class _TLSContentType(_IntEnum):
    CHANGE_CIPHER_SPEC = 20
    ALERT = 21
    HANDSHAKE = 22
    APPLICATION_DATA = 23
    HEADER = 0x100
    INNER_CONTENT_TYPE = 0x101


class _TLSAlertType(_IntEnum):
    CLOSE_NOTIFY = 0
    UNEXPECTED_MESSAGE = 10
    BAD_RECORD_MAC = 20
    DECRYPTION_FAILED = 21
    RECORD_OVERFLOW = 22
    DECOMPRESSION_FAILURE = 30
    HANDSHAKE_FAILURE = 40
    NO_CERTIFICATE = 41
    BAD_CERTIFICATE = 42
    UNSUPPORTED_CERTIFICATE = 43
    CERTIFICATE_REVOKED = 44
    CERTIFICATE_EXPIRED = 45
    CERTIFICATE_UNKNOWN = 46
    ILLEGAL_PARAMETER = 47
    UNKNOWN_CA = 48
    ACCESS_DENIED = 49
    DECODE_ERROR = 50
    DECRYPT_ERROR = 51
    EXPORT_RESTRICTION = 60
    PROTOCOL_VERSION = 70
    INSUFFICIENT_SECURITY = 71
    INTERNAL_ERROR = 80
    INAPPROPRIATE_FALLBACK = 86
    USER_CANCELED = 90
    NO_RENEGOTIATION = 100
    MISSING_EXTENSION = 109
    UNSUPPORTED_EXTENSION = 110
    CERTIFICATE_UNOBTAINABLE = 111
    UNRECOGNIZED_NAME = 112
    BAD_CERTIFICATE_STATUS_RESPONSE = 113
    BAD_CERTIFICATE_HASH_VALUE = 114
    UNKNOWN_PSK_IDENTITY = 115
    CERTIFICATE_REQUIRED = 116
    NO_APPLICATION_PROTOCOL = 120


class _TLSMessageType(_IntEnum):
    HELLO_REQUEST = 0
    CLIENT_HELLO = 1
    SERVER_HELLO = 2
    HELLO_VERIFY_REQUEST = 3
    NEWSESSION_TICKET = 4
    END_OF_EARLY_DATA = 5
    HELLO_RETRY_REQUEST = 6
    ENCRYPTED_EXTENSIONS = 8
    CERTIFICATE = 11
    SERVER_KEY_EXCHANGE = 12
    CERTIFICATE_REQUEST = 13
    SERVER_DONE = 14
    CERTIFICATE_VERIFY = 15
    CLIENT_KEY_EXCHANGE = 16
    FINISHED = 20
    CERTIFICATE_URL = 21
    CERTIFICATE_STATUS = 22
    SUPPLEMENTAL_DATA = 23
    KEY_UPDATE = 24
    NEXT_PROTO = 67
    MESSAGE_HASH = 254
    CHANGE_CIPHER_SPEC = 0x0101


_PROTOCOL_NAMES = {2: "TLS", 16: "TLS_CLIENT", 17: "TLS_SERVER"}


# ----- exceptions -------------------------------------------------------

class SSLError(OSError):
    """An error of the TLS layer; `library` and `reason` name OpenSSL's."""

    library = None
    reason = None

    def __str__(self):
        # As _ssl.c: the message when there is one, else the args tuple.
        if isinstance(self.strerror, str):
            return self.strerror
        return str(self.args)


class SSLZeroReturnError(SSLError):
    """The peer closed the TLS connection cleanly."""


class SSLWantReadError(SSLError):
    """Non-blocking: more data must be read from the socket first."""


class SSLWantWriteError(SSLError):
    """Non-blocking: the socket must accept more data first."""


class SSLSyscallError(SSLError):
    """A system call failed under the TLS layer."""


class SSLEOFError(SSLError):
    """The connection was closed in violation of the protocol."""


class SSLCertVerificationError(SSLError, ValueError):
    """The peer's certificate did not verify."""

    verify_code = None
    verify_message = None


CertificateError = SSLCertVerificationError
socket_error = OSError


def _error(cls, errno, message, line, library=None, reason=None):
    text = "%s (_ssl.c:%d)" % (message, line)
    if reason is not None:
        text = "[%s: %s] %s" % (library, reason, text)
    elif library is not None:
        text = "[%s] %s" % (library, text)
    e = cls(errno, text)
    e.library = library
    e.reason = reason
    return e


# Line numbers of CPython 3.11's _ssl.c, as its messages end.
_LINE_WRAP = 795
_LINE_HANDSHAKE = 992
_LINE_IO = 2546
_LINE_SHUTDOWN = 2672
_LINE_CERT_FILE = 3874
_LINE_CERT_CHAIN = 3895
_LINE_CERT_ASSIGNED = 3903
_LINE_VERIFY_LOCATIONS = 4123


def _failure(exc, line):
    """The SSLError for a `_ssl.TLSFailure(kind, code, message)`."""
    kind, code, message = exc.args
    if kind == "verify":
        e = _error(SSLCertVerificationError, 1,
                   "certificate verify failed: " + message, line, "SSL",
                   "CERTIFICATE_VERIFY_FAILED")
        e.verify_code = code
        e.verify_message = message
        return e
    if kind == "eof":
        return _error(SSLEOFError, 8, message, line)
    if kind == "key":
        if code == "NO_CERTIFICATE_ASSIGNED":
            return _error(SSLError, 177, message, _LINE_CERT_ASSIGNED, "SSL", code)
        return _error(SSLError, 116, message, _LINE_CERT_CHAIN, "X509", code)
    if code == "PEM_LIB":
        return _error(SSLError, 524297, "PEM lib", _LINE_CERT_CHAIN, "SSL")
    return _error(SSLError, 1, message, line, "SSL", code)


def _want_read():
    return _error(SSLWantReadError, 2, "The operation did not complete (read)", _LINE_IO)


def _want_write():
    return _error(SSLWantWriteError, 3, "The operation did not complete (write)", _LINE_IO)


# ----- certificates -------------------------------------------------------

PEM_HEADER = "-----BEGIN CERTIFICATE-----"
PEM_FOOTER = "-----END CERTIFICATE-----"


def DER_cert_to_PEM_cert(der_cert_bytes):
    import base64
    text = base64.standard_b64encode(der_cert_bytes).decode("ascii")
    lines = [text[i:i + 64] for i in range(0, len(text), 64)]
    return PEM_HEADER + "\n" + "\n".join(lines) + "\n" + PEM_FOOTER + "\n"


def PEM_cert_to_DER_cert(pem_cert_string):
    import base64
    if not pem_cert_string.startswith(PEM_HEADER):
        raise ValueError("Invalid PEM encoding; must start with %s" % PEM_HEADER)
    if not pem_cert_string.strip().endswith(PEM_FOOTER):
        raise ValueError("Invalid PEM encoding; must end with %s" % PEM_FOOTER)
    d = pem_cert_string.strip()[len(PEM_HEADER):-len(PEM_FOOTER)]
    return base64.decodebytes(d.encode("ASCII", "strict"))


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def cert_time_to_seconds(cert_time):
    """Seconds since the epoch of a certificate time, 'Jan  5 09:34:43 2018 GMT'."""
    import calendar
    try:
        month_name, rest = cert_time.split(None, 1)
        month = _MONTHS.index(month_name.title()) + 1
    except ValueError:
        raise ValueError('time data %r does not match format "%%b %%d %%H:%%M:%%S %%Y GMT"'
                         % cert_time) from None
    parts = rest.split()
    if len(parts) != 4 or parts[3] != "GMT":
        raise ValueError('time data %r does not match format "%%b %%d %%H:%%M:%%S %%Y GMT"'
                         % cert_time)
    day, clock, year = int(parts[0]), parts[1], int(parts[2])
    h, m, s = (int(x) for x in clock.split(":"))
    return calendar.timegm((year, month, day, h, m, s))


# A small DER reader for the certificate fields getpeercert() shows.
_OID_NAMES = {
    "2.5.4.3": "commonName", "2.5.4.4": "surname", "2.5.4.5": "serialNumber",
    "2.5.4.6": "countryName", "2.5.4.7": "localityName",
    "2.5.4.8": "stateOrProvinceName", "2.5.4.9": "streetAddress",
    "2.5.4.10": "organizationName", "2.5.4.11": "organizationalUnitName",
    "2.5.4.12": "title", "2.5.4.13": "description", "2.5.4.17": "postalCode",
    "2.5.4.42": "givenName", "2.5.4.43": "initials", "2.5.4.44": "generationQualifier",
    "2.5.4.46": "dnQualifier", "2.5.4.65": "pseudonym",
    "1.2.840.113549.1.9.1": "emailAddress",
    "0.9.2342.19200300.100.1.1": "userId",
    "0.9.2342.19200300.100.1.25": "domainComponent",
    "1.3.6.1.4.1.311.60.2.1.3": "jurisdictionC",
    "2.5.4.15": "businessCategory",
}


def _der(data, pos=0):
    """(tag, contents start, end) of the element at `pos`."""
    tag = data[pos]
    n = data[pos + 1]
    pos += 2
    if n & 0x80:
        k = n & 0x7f
        n = int.from_bytes(data[pos:pos + k], "big")
        pos += k
    return tag, pos, pos + n


def _der_children(data, start, end):
    out = []
    while start < end:
        tag, s, e = _der(data, start)
        out.append((tag, s, e))
        start = e
    return out


def _oid(b):
    first = b[0]
    parts = [min(first // 40, 2), first - 40 * min(first // 40, 2)]
    v = 0
    for x in b[1:]:
        v = (v << 7) | (x & 0x7f)
        if not x & 0x80:
            parts.append(v)
            v = 0
    return ".".join(map(str, parts))


def _der_string(tag, b):
    if tag == 0x1e:
        return b.decode("utf-16-be", "replace")
    if tag == 0x1c:
        return b.decode("utf-32-be", "replace")
    return b.decode("utf-8", "replace")


def _name(data, start, end):
    rdns = []
    for _, s, e in _der_children(data, start, end):
        rdn = []
        for _, s2, e2 in _der_children(data, s, e):
            (_, os_, oe), (vt, vs, ve) = _der_children(data, s2, e2)[:2]
            oid = _oid(data[os_:oe])
            rdn.append((_OID_NAMES.get(oid, oid), _der_string(vt, data[vs:ve])))
        rdns.append(tuple(rdn))
    return tuple(rdns)


def _time_text(tag, b):
    t = b.decode("ascii")
    if tag == 0x17:  # UTCTime, YYMMDDHHMMSSZ
        year = int(t[:2])
        year += 2000 if year < 50 else 1900
        t = t[2:]
    else:
        year = int(t[:4])
        t = t[4:]
    month, day = int(t[0:2]), int(t[2:4])
    return "%s %2d %s:%s:%s %d GMT" % (_MONTHS[month - 1], day, t[4:6], t[6:8], t[8:10], year)


def _general_names(data, start, end):
    out = []
    for tag, s, e in _der_children(data, start, end):
        b = data[s:e]
        if tag == 0x82:
            out.append(("DNS", b.decode("ascii", "replace")))
        elif tag == 0x81:
            out.append(("email", b.decode("ascii", "replace")))
        elif tag == 0x86:
            out.append(("URI", b.decode("ascii", "replace")))
        elif tag == 0x87:
            if len(b) == 4:
                out.append(("IP Address", ".".join(str(x) for x in b)))
            elif len(b) == 16:
                out.append(("IP Address", ":".join(
                    "%X" % int.from_bytes(b[i:i + 2], "big") for i in range(0, 16, 2))))
        elif tag == 0xa4:
            _, s2, e2 = _der(data, s)
            out.append(("DirName", _name(data, s2, e2)))
        elif tag == 0x88:
            out.append(("Registered ID", _oid(b)))
        else:
            out.append(("othername", "<unsupported>"))
    return tuple(out)


def _decode_cert(der):
    """The dict getpeercert() gives for a DER certificate."""
    _, cs, ce = _der(der)
    _, ts, te = _der(der, cs)
    fields = _der_children(der, ts, te)
    version = 1
    if fields[0][0] == 0xa0:
        _, vs, ve = _der(der, fields[0][1])
        version = int.from_bytes(der[vs:ve], "big") + 1
        fields = fields[1:]
    serial, _sig, issuer, validity, subject = fields[:5]
    extensions = [f for f in fields[5:] if f[0] == 0xa3]
    serial_bytes = der[serial[1]:serial[2]].lstrip(b"\x00") or b"\x00"
    (t1, s1, e1), (t2, s2, e2) = _der_children(der, validity[1], validity[2])
    cert = {
        "subject": _name(der, subject[1], subject[2]),
        "issuer": _name(der, issuer[1], issuer[2]),
        "version": version,
        "serialNumber": serial_bytes.hex().upper(),
        "notBefore": _time_text(t1, der[s1:e1]),
        "notAfter": _time_text(t2, der[s2:e2]),
    }
    ocsp, ca_issuers, crl = [], [], []
    for _, xs, xe in extensions:
        _, ls, le = _der(der, xs)
        for _, s, e in _der_children(der, ls, le):
            parts = _der_children(der, s, e)
            oid = _oid(der[parts[0][1]:parts[0][2]])
            _, vs, ve = parts[-1]
            if oid == "2.5.29.17":
                _, gs, ge = _der(der, vs)
                cert["subjectAltName"] = _general_names(der, gs, ge)
            elif oid == "1.3.6.1.5.5.7.1.1":
                _, as_, ae = _der(der, vs)
                for _, ds, de in _der_children(der, as_, ae):
                    (_, ms, me), loc = _der_children(der, ds, de)[:2]
                    method = _oid(der[ms:me])
                    if loc[0] == 0x86:
                        uri = der[loc[1]:loc[2]].decode("ascii", "replace")
                        if method == "1.3.6.1.5.5.7.48.1":
                            ocsp.append(uri)
                        elif method == "1.3.6.1.5.5.7.48.2":
                            ca_issuers.append(uri)
            elif oid == "2.5.29.31":
                _, ps, pe = _der(der, vs)
                for _, ds, de in _der_children(der, ps, pe):
                    for tag, s3, e3 in _der_children(der, ds, de):
                        if tag == 0xa0:
                            for tag4, s4, e4 in _der_children(der, s3, e3):
                                if tag4 == 0xa0:
                                    for name in _general_names(der, s4, e4):
                                        if name[0] == "URI":
                                            crl.append(name[1])
    if ocsp:
        cert["OCSP"] = tuple(ocsp)
    if ca_issuers:
        cert["caIssuers"] = tuple(ca_issuers)
    if crl:
        cert["crlDistributionPoints"] = tuple(crl)
    return cert


def _is_ca(der):
    """Whether a certificate says basicConstraints CA:TRUE."""
    try:
        _, cs, ce = _der(der)
        _, ts, te = _der(der, cs)
        for tag, s, e in _der_children(der, ts, te):
            if tag != 0xa3:
                continue
            _, ls, le = _der(der, s)
            for _, xs, xe in _der_children(der, ls, le):
                parts = _der_children(der, xs, xe)
                if _oid(der[parts[0][1]:parts[0][2]]) == "2.5.29.19":
                    _, vs, ve = parts[-1]
                    _, bs, be = _der(der, vs)
                    inner = _der_children(der, bs, be)
                    return bool(inner) and inner[0][0] == 0x01 and der[inner[0][1]] != 0
    except (IndexError, ValueError):
        pass
    return False


# ----- purposes and default paths ------------------------------------------

class _ASN1Object(_namedtuple("_ASN1Object", "nid shortname longname oid")):
    __slots__ = ()


class Purpose(_ASN1Object, _Enum):
    SERVER_AUTH = (129, "serverAuth", "TLS Web Server Authentication", "1.3.6.1.5.5.7.3.1")
    CLIENT_AUTH = (130, "clientAuth", "TLS Web Client Authentication", "1.3.6.1.5.5.7.3.2")


DefaultVerifyPaths = _namedtuple(
    "DefaultVerifyPaths",
    "cafile capath openssl_cafile_env openssl_cafile openssl_capath_env openssl_capath")

_SYSTEM_CAFILE = "/etc/ssl/certs/ca-certificates.crt"
_SYSTEM_CAPATH = "/etc/ssl/certs"


def get_default_verify_paths():
    cafile = _os.environ.get("SSL_CERT_FILE", "/usr/lib/ssl/cert.pem")
    capath = _os.environ.get("SSL_CERT_DIR", "/usr/lib/ssl/certs")
    return DefaultVerifyPaths(
        cafile if _os.path.isfile(cafile) else None,
        capath if _os.path.isdir(capath) else None,
        "SSL_CERT_FILE", "/usr/lib/ssl/cert.pem", "SSL_CERT_DIR", "/usr/lib/ssl/certs")


def _read_file(path):
    # OpenSSL's errors name no file: CPython's OSError has errno and
    # strerror only.
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        if e.errno is None:
            raise
        raise type(e)(e.errno, e.strerror) from None


# ----- contexts ------------------------------------------------------------

class SSLContext:
    """Settings shared by TLS connections: protocol side, certificates,
    verification, ALPN."""

    sslsocket_class = None  # set below
    sslobject_class = None

    def __new__(cls, protocol=None, *args, **kwargs):
        if protocol is None:
            _warnings.warn("ssl.SSLContext() without protocol argument is deprecated.",
                           DeprecationWarning, stacklevel=2)
            protocol = PROTOCOL_TLS
        if protocol == PROTOCOL_TLS:
            _warnings.warn("ssl.PROTOCOL_TLS is deprecated", DeprecationWarning, stacklevel=2)
        if protocol not in (2, 16, 17):
            raise ValueError("invalid or unsupported protocol version %i" % protocol)
        self = object.__new__(cls)
        self._protocol = _SSLMethod(protocol)
        client = protocol == PROTOCOL_TLS_CLIENT
        self._verify_mode = CERT_REQUIRED if client else CERT_NONE
        self._check_hostname = client
        self._roots = []
        self._chain = None
        self._key = None
        self._alpn = ()
        self._minimum_version = TLSVersion.MINIMUM_SUPPORTED
        self._maximum_version = TLSVersion.MAXIMUM_SUPPORTED
        self._options = Options(0x82520050)
        self._native = None
        self.verify_flags = VerifyFlags.VERIFY_X509_TRUSTED_FIRST | VerifyFlags.VERIFY_X509_PARTIAL_CHAIN
        self.sni_callback = None
        self.post_handshake_auth = False
        self.hostname_checks_common_name = False
        self.keylog_filename = None
        self.security_level = 2
        return self

    def __init__(self, protocol=None, *args, **kwargs):
        pass

    def _changed(self):
        self._native = None

    @property
    def protocol(self):
        return self._protocol

    @property
    def verify_mode(self):
        return self._verify_mode

    @verify_mode.setter
    def verify_mode(self, value):
        value = VerifyMode(value) if value in (0, 1, 2) else value
        if value not in (0, 1, 2):
            raise ValueError("invalid value for verify_mode")
        if value == CERT_NONE and self._check_hostname:
            raise ValueError("Cannot set verify_mode to CERT_NONE when check_hostname is enabled.")
        self._verify_mode = VerifyMode(value)
        self._changed()

    @property
    def check_hostname(self):
        return self._check_hostname

    @check_hostname.setter
    def check_hostname(self, value):
        value = bool(value)
        if value and self._verify_mode == CERT_NONE:
            self._verify_mode = CERT_REQUIRED
        self._check_hostname = value
        self._changed()

    @property
    def minimum_version(self):
        return self._minimum_version

    @minimum_version.setter
    def minimum_version(self, value):
        self._minimum_version = TLSVersion(value)
        self._changed()

    @property
    def maximum_version(self):
        return self._maximum_version

    @maximum_version.setter
    def maximum_version(self, value):
        self._maximum_version = TLSVersion(value)
        self._changed()

    @property
    def options(self):
        return self._options

    @options.setter
    def options(self, value):
        self._options = Options(value)
        self._changed()

    # -- certificates

    def load_cert_chain(self, certfile, keyfile=None, password=None):
        cert_pem = _read_file(certfile)
        key_pem = cert_pem if keyfile is None else _read_file(keyfile)
        try:
            chain = _ssl.pem_certs(cert_pem)
            if not chain:
                raise _error(SSLError, 524297, "PEM lib", _LINE_CERT_FILE, "SSL")
            _ssl.check_key(chain, key_pem)
        except _ssl.TLSFailure as e:
            raise _failure(e, _LINE_CERT_CHAIN) from None
        self._chain = chain
        self._key = key_pem
        self._changed()

    def load_verify_locations(self, cafile=None, capath=None, cadata=None):
        if cafile is None and capath is None and cadata is None:
            raise TypeError("cafile, capath and cadata cannot be all omitted")
        added = []
        if cafile is not None:
            data = _read_file(cafile)
            certs = self._pem(data)
            if not certs:
                raise _error(SSLError, 136, "no certificate or crl found",
                             _LINE_VERIFY_LOCATIONS, "X509", "NO_CERTIFICATE_OR_CRL_FOUND")
            added += certs
        if capath is not None:
            for name in sorted(_os.listdir(capath)):
                path = _os.path.join(capath, name)
                if _os.path.isfile(path):
                    try:
                        with open(path, "rb") as f:
                            added += self._pem(f.read())
                    except (OSError, SSLError):
                        pass
        if cadata is not None:
            if isinstance(cadata, str):
                certs = self._pem(cadata.encode("ascii"))
                if not certs:
                    raise _error(SSLError, 136, "no start line: cadata does not contain a certificate",
                                 _LINE_VERIFY_LOCATIONS, "PEM", "NO_START_LINE")
                added += certs
            else:
                data = bytes(memoryview(cadata))
                while data:
                    _, _, end = _der(data)
                    added.append(data[:end])
                    data = data[end:]
        for der in added:
            if der not in self._roots:
                self._roots.append(der)
        self._changed()

    @staticmethod
    def _pem(data):
        try:
            return _ssl.pem_certs(data)
        except _ssl.TLSFailure:
            return []

    def load_default_certs(self, purpose=Purpose.SERVER_AUTH):
        if not isinstance(purpose, _ASN1Object):
            raise TypeError(purpose)
        self.set_default_verify_paths()

    def set_default_verify_paths(self):
        cafile = _os.environ.get("SSL_CERT_FILE")
        if cafile and _os.path.isfile(cafile):
            self.load_verify_locations(cafile)
        elif _os.path.isfile(_SYSTEM_CAFILE):
            self.load_verify_locations(_SYSTEM_CAFILE)
        elif _os.path.isdir(_SYSTEM_CAPATH):
            self.load_verify_locations(capath=_SYSTEM_CAPATH)

    def cert_store_stats(self):
        cas = sum(1 for der in self._roots if _is_ca(der))
        return {"x509": len(self._roots), "crl": 0, "x509_ca": cas}

    def get_ca_certs(self, binary_form=False):
        certs = [der for der in self._roots if _is_ca(der)]
        if binary_form:
            return certs
        return [_decode_cert(der) for der in certs]

    def set_alpn_protocols(self, alpn_protocols):
        protos = []
        for p in alpn_protocols:
            b = p.encode("ascii")
            if len(b) == 0 or len(b) > 255:
                raise SSLError("ALPN protocols must be 1 to 255 in length")
            protos.append(b)
        self._alpn = tuple(protos)
        self._changed()

    def set_npn_protocols(self, npn_protocols):
        raise NotImplementedError("The NPN extension requires OpenSSL 1.0.1 or later.")

    def set_ciphers(self, ciphers):
        # rustls's suites are fixed (all of them safe); the string is
        # accepted as OpenSSL accepts one it can satisfy.
        if not isinstance(ciphers, str):
            raise TypeError("set_ciphers() argument must be str, not %s" % type(ciphers).__name__)

    def get_ciphers(self):
        return [
            {"id": 50336514, "name": "TLS_AES_256_GCM_SHA384", "protocol": "TLSv1.3",
             "description": "TLS_AES_256_GCM_SHA384  TLSv1.3 Kx=any      Au=any   Enc=AESGCM(256)            Mac=AEAD",
             "strength_bits": 256, "alg_bits": 256, "aead": True, "symmetric": "aes-256-gcm",
             "digest": None, "kea": "kx-any", "auth": "auth-any"},
        ]

    def set_ecdh_curve(self, name):
        pass

    def set_servername_callback(self, server_name_callback):
        self.sni_callback = server_name_callback

    def load_dh_params(self, path):
        with open(path, "rb"):
            pass

    def session_stats(self):
        return {k: 0 for k in ("number", "connect", "connect_good", "connect_renegotiate",
                               "accept", "accept_good", "accept_renegotiate", "hits",
                               "misses", "timeouts", "cache_full")}

    # -- connections

    def _config(self, server_side):
        key = ("server" if server_side else "client")
        native = self._native
        if native is None:
            native = self._native = {}
        config = native.get(key)
        if config is None:
            low, high = int(self._minimum_version), int(self._maximum_version)
            if self._options & OP_NO_TLSv1_3 and (high == -1 or high > TLSVersion.TLSv1_2):
                high = 771
            if self._options & OP_NO_TLSv1_2 and low in (-2, 769, 770, 771):
                low = 772
            try:
                if server_side:
                    config = _ssl.server_config(
                        int(self._verify_mode), self._roots, self._chain, self._key,
                        self._alpn, low, high)
                else:
                    config = _ssl.client_config(
                        int(self._verify_mode), self._check_hostname, self._roots,
                        self._chain, self._key, self._alpn,
                        low, high)
            except _ssl.TLSFailure as e:
                raise _failure(e, _LINE_HANDSHAKE) from None
            native[key] = config
        return config

    def _check_side(self, server_side, server_hostname):
        if server_side:
            if server_hostname:
                raise ValueError("server_hostname can only be specified in client mode")
        if self._check_hostname and not server_hostname:
            raise ValueError("check_hostname requires server_hostname")
        if server_hostname is not None:
            if not isinstance(server_hostname, str):
                raise TypeError("server_hostname must be str, not %s" % type(server_hostname).__name__)
            if not server_hostname or server_hostname.startswith("."):
                raise ValueError("server_hostname cannot be an empty string or start with a leading dot.")

    def _engine(self, server_side, server_hostname):
        if server_side and self._protocol == PROTOCOL_TLS_CLIENT:
            raise SSLError(0, "Cannot create a server socket with a PROTOCOL_TLS_CLIENT context (_ssl.c:%d)"
                           % _LINE_WRAP)
        if not server_side and self._protocol == PROTOCOL_TLS_SERVER:
            raise SSLError(0, "Cannot create a client socket with a PROTOCOL_TLS_SERVER context (_ssl.c:%d)"
                           % _LINE_WRAP)
        config = self._config(server_side)
        if server_side:
            return _ssl.accept(config)
        return _ssl.connect(config, server_hostname)

    def wrap_socket(self, sock, server_side=False, do_handshake_on_connect=True,
                    suppress_ragged_eofs=True, server_hostname=None, session=None):
        return self.sslsocket_class._create(
            sock=sock, server_side=server_side,
            do_handshake_on_connect=do_handshake_on_connect,
            suppress_ragged_eofs=suppress_ragged_eofs,
            server_hostname=server_hostname, context=self, session=session)

    def wrap_bio(self, incoming, outgoing, server_side=False, server_hostname=None, session=None):
        return self.sslobject_class._create(incoming, outgoing, server_side=server_side,
                                            server_hostname=server_hostname, session=session,
                                            context=self)


def create_default_context(purpose=Purpose.SERVER_AUTH, *, cafile=None, capath=None, cadata=None):
    if not isinstance(purpose, _ASN1Object):
        raise TypeError(purpose)
    if purpose == Purpose.SERVER_AUTH:
        context = SSLContext(PROTOCOL_TLS_CLIENT)
    elif purpose == Purpose.CLIENT_AUTH:
        context = SSLContext(PROTOCOL_TLS_SERVER)
    else:
        raise ValueError(purpose)
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    elif context.verify_mode != CERT_NONE:
        context.load_default_certs(purpose)
    return context


def _create_unverified_context(protocol=None, *, cert_reqs=CERT_NONE, check_hostname=False,
                               purpose=Purpose.SERVER_AUTH, certfile=None, keyfile=None,
                               cafile=None, capath=None, cadata=None):
    if not isinstance(purpose, _ASN1Object):
        raise TypeError(purpose)
    if purpose == Purpose.SERVER_AUTH:
        protocol = protocol or PROTOCOL_TLS_CLIENT
    elif purpose == Purpose.CLIENT_AUTH:
        protocol = protocol or PROTOCOL_TLS_SERVER
    context = SSLContext(protocol)
    context.check_hostname = check_hostname
    if cert_reqs is not None:
        context.verify_mode = cert_reqs
    if keyfile and not certfile:
        raise ValueError("certfile must be specified")
    if certfile or keyfile:
        context.load_cert_chain(certfile, keyfile)
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    elif context.verify_mode != CERT_NONE:
        context.load_default_certs(purpose)
    return context


_create_default_https_context = create_default_context
_create_stdlib_context = _create_unverified_context


# ----- the engine's common face ---------------------------------------------

_CIPHER_NAMES = {
    "TLS13_AES_256_GCM_SHA384": ("TLS_AES_256_GCM_SHA384", 256),
    "TLS13_AES_128_GCM_SHA256": ("TLS_AES_128_GCM_SHA256", 128),
    "TLS13_CHACHA20_POLY1305_SHA256": ("TLS_CHACHA20_POLY1305_SHA256", 256),
    "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384": ("ECDHE-ECDSA-AES256-GCM-SHA384", 256),
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256": ("ECDHE-ECDSA-AES128-GCM-SHA256", 128),
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256": ("ECDHE-ECDSA-CHACHA20-POLY1305", 256),
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384": ("ECDHE-RSA-AES256-GCM-SHA384", 256),
    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256": ("ECDHE-RSA-AES128-GCM-SHA256", 128),
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256": ("ECDHE-RSA-CHACHA20-POLY1305", 256),
}


class _TLSInfo:
    """What SSLSocket and SSLObject both say about a connection, from
    `self._conn` (None once unwrapped), `self._handshake_done` and
    `self._context`."""

    def _info(self):
        if self._conn is None:
            return None
        return _ssl.info(self._conn)

    def version(self):
        if not self._handshake_done:
            return None
        info = self._info()
        return info[0] if info else None

    def cipher(self):
        if not self._handshake_done:
            return None
        info = self._info()
        if not info or info[1] is None:
            return None
        name, bits = _CIPHER_NAMES.get(info[1], (info[1], 256))
        return (name, info[0], bits)

    def shared_ciphers(self):
        if not self.server_side or not self._handshake_done:
            return None
        c = self.cipher()
        return [c] if c else None

    def compression(self):
        return None

    def selected_alpn_protocol(self):
        info = self._info()
        if not info or info[2] is None:
            return None
        return info[2].decode("ascii", "replace")

    def selected_npn_protocol(self):
        return None

    def getpeercert(self, binary_form=False):
        if not self._handshake_done:
            raise ValueError("handshake not done yet")
        info = self._info()
        chain = info[3] if info else None
        if not chain:
            return None
        if binary_form:
            return chain[0]
        if self._context.verify_mode == CERT_NONE:
            return {}
        return _decode_cert(chain[0])

    def get_verified_chain(self):
        info = self._info()
        return list(info[3] or []) if info else []

    get_unverified_chain = get_verified_chain

    def get_channel_binding(self, cb_type="tls-unique"):
        if cb_type not in CHANNEL_BINDING_TYPES:
            raise ValueError("Unsupported channel binding type")
        return None

    @property
    def session(self):
        return None

    @property
    def session_reused(self):
        return False


# ----- SSLSocket ---------------------------------------------------------------

_CHUNK = 16384


class SSLSocket(_TLSInfo, _socket.socket):
    """A socket speaking TLS: created by SSLContext.wrap_socket, which
    takes over the wrapped socket's file descriptor."""

    def __init__(self, *args, **kwargs):
        raise TypeError(
            f"{self.__class__.__name__} does not have a public "
            f"constructor. Instances are returned by "
            f"SSLContext.wrap_socket().")

    @classmethod
    def _create(cls, sock, server_side=False, do_handshake_on_connect=True,
                suppress_ragged_eofs=True, server_hostname=None, context=None, session=None):
        if sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_TYPE) != _socket.SOCK_STREAM:
            raise NotImplementedError("only stream sockets are supported")
        context._check_side(server_side, server_hostname)
        timeout = sock.gettimeout()
        self = cls.__new__(cls)
        _socket.socket.__init__(self, sock.family, sock.type, sock.proto, fileno=sock.detach())
        self.settimeout(timeout)
        self._context = context
        self.server_side = server_side
        self.server_hostname = server_hostname
        self.do_handshake_on_connect = do_handshake_on_connect
        self.suppress_ragged_eofs = suppress_ragged_eofs
        self._out = bytearray()
        self._eof = False
        self._handshake_done = False
        self._conn = None
        self._dead = False
        try:
            connected = True
            try:
                self.getpeername()
            except OSError:
                connected = False
            if connected:
                self._conn = context._engine(server_side, server_hostname)
                if do_handshake_on_connect:
                    if timeout == 0.0:
                        raise ValueError("do_handshake_on_connect should not be specified for non-blocking sockets")
                    self.do_handshake()
        except BaseException:
            self.close()
            raise
        return self

    @property
    def context(self):
        return self._context

    @context.setter
    def context(self, ctx):
        self._context = ctx

    def __repr__(self):
        return _socket.socket.__repr__(self).replace("<socket.socket", "<ssl.SSLSocket", 1)

    def dup(self):
        raise NotImplementedError("Can't dup() %s instances" % self.__class__.__name__)

    # -- the transport

    def _flush(self):
        """Sends the pending ciphertext; False when a non-blocking
        socket would block before all of it left."""
        out = self._out
        out += _ssl.take_outgoing(self._conn)
        while out:
            try:
                n = _socket.socket.send(self, out)
            except BlockingIOError:
                return False
            del out[:n]
        return True

    def _feed_more(self):
        """Reads ciphertext into the engine; SSLWantReadError when none is
        there yet."""
        try:
            data = _socket.socket.recv(self, _CHUNK)
        except BlockingIOError:
            raise _want_read() from None
        if not data:
            self._eof = True
        self._feed(data)

    def _feed(self, data):
        try:
            _ssl.feed(self._conn, data)
        except _ssl.TLSFailure as e:
            self._dead = True
            # Let the peer hear the alert before the error is raised.
            try:
                self._flush()
            except OSError:
                pass
            raise _failure(e, _LINE_HANDSHAKE if not self._handshake_done else _LINE_IO) from None

    def _state(self):
        if self._dead:
            raise _error(SSLEOFError, 8, "EOF occurred in violation of protocol",
                         _LINE_HANDSHAKE if not self._handshake_done else _LINE_IO)
        try:
            return _ssl.state(self._conn)
        except _ssl.TLSFailure as e:
            self._dead = True
            raise _failure(e, _LINE_HANDSHAKE if not self._handshake_done else _LINE_IO) from None

    def _check_connected(self):
        if self._conn is None:
            if self._handshake_done:
                return False
            # Connected after wrapping (connect() does the handshake).
            self.getpeername()
            self._conn = self._context._engine(self.server_side, self.server_hostname)
        return True

    def do_handshake(self, block=False):
        self._check_connected()
        timeout = self.gettimeout()
        if block:
            self.settimeout(None)
        try:
            while True:
                if not self._flush():
                    raise _want_write()
                handshaking = self._state()[0]
                if not handshaking:
                    break
                if self._eof:
                    raise _error(SSLEOFError, 8, "EOF occurred in violation of protocol",
                                 _LINE_HANDSHAKE)
                self._feed_more()
        finally:
            if block:
                self.settimeout(timeout)
        self._handshake_done = True

    def connect(self, address):
        _socket.socket.connect(self, address)
        self._conn = self._context._engine(self.server_side, self.server_hostname)
        if self.do_handshake_on_connect:
            self.do_handshake()

    def connect_ex(self, address):
        err = _socket.socket.connect_ex(self, address)
        if err:
            return err
        self._conn = self._context._engine(self.server_side, self.server_hostname)
        if self.do_handshake_on_connect:
            self.do_handshake()
        return 0

    def accept(self):
        newsock, addr = _socket.socket.accept(self)
        newsock = self._context.wrap_socket(
            newsock, do_handshake_on_connect=self.do_handshake_on_connect,
            suppress_ragged_eofs=self.suppress_ragged_eofs, server_side=True)
        return newsock, addr

    # -- data

    def pending(self):
        if self._conn is None:
            return 0
        try:
            return _ssl.state(self._conn)[2]
        except _ssl.TLSFailure:
            return 0

    def _buffered(self):
        """Whether data arrived that a read would return without the
        socket becoming readable again (an event loop's concern)."""
        if self._conn is None:
            return False
        try:
            _, _, ready, unprocessed = _ssl.state(self._conn)
        except _ssl.TLSFailure:
            return True
        return bool(ready or unprocessed or self._eof)

    def read(self, len=1024, buffer=None):
        if buffer is not None:
            data = self.recv(len or memoryview(buffer).nbytes)
            buffer[:data.__len__()] = data
            return data.__len__()
        return self.recv(len)

    def write(self, data):
        return self.send(data)

    def recv(self, buflen=1024, flags=0):
        if self._conn is None and self._handshake_done:
            return _socket.socket.recv(self, buflen, flags)
        if flags != 0:
            raise ValueError("non-zero flags not allowed in calls to recv() on %s" % self.__class__)
        if buflen < 0:
            raise ValueError("negative buffer size in recv")
        if not self._handshake_done:
            self.do_handshake()
        if buflen == 0:
            return b""
        while True:
            try:
                data = _ssl.read(self._conn, buflen)
            except _ssl.TLSFailure as e:
                if e.args[0] == "eof" and self.suppress_ragged_eofs:
                    return b""
                raise _failure(e, _LINE_IO) from None
            if data is not None:
                if self._out or self._state()[1] is False:
                    self._flush()
                return data
            if self._eof:
                if self.suppress_ragged_eofs:
                    return b""
                raise _error(SSLEOFError, 8, "EOF occurred in violation of protocol", _LINE_IO)
            self._flush()
            self._feed_more()

    def recv_into(self, buffer, nbytes=None, flags=0):
        view = memoryview(buffer)
        if nbytes is None or nbytes == 0:
            nbytes = view.nbytes
        data = self.recv(nbytes, flags)
        view[:len(data)] = data
        return len(data)

    def send(self, data, flags=0):
        if self._conn is None and self._handshake_done:
            return _socket.socket.send(self, data, flags)
        if flags != 0:
            raise ValueError("non-zero flags not allowed in calls to send() on %s" % self.__class__)
        if not self._handshake_done:
            self.do_handshake()
        if not self._flush():
            raise _want_write()
        data = bytes(memoryview(data))
        n = _ssl.write(self._conn, data[:_CHUNK * 4])
        self._flush()
        return n

    def sendall(self, data, flags=0):
        if self._conn is None and self._handshake_done:
            return _socket.socket.sendall(self, data, flags)
        view = memoryview(data).cast("B")
        sent = 0
        while sent < len(view):
            sent += self.send(view[sent:], flags)
        if self._out:
            while not self._flush():
                _socket.socket._wait(self, True, _time.monotonic() + (self.gettimeout() or 3600))

    def recvfrom(self, buflen=1024, flags=0):
        raise ValueError("recvfrom not allowed on instances of %s" % self.__class__)

    def recvfrom_into(self, buffer, nbytes=None, flags=0):
        raise ValueError("recvfrom_into not allowed on instances of %s" % self.__class__)

    def sendto(self, data, flags_or_addr, addr=None):
        raise ValueError("sendto not allowed on instances of %s" % self.__class__)

    def unwrap(self):
        """Closes the TLS layer (close_notify both ways); the socket then
        carries plain data."""
        if self._conn is None:
            raise ValueError("No SSL wrapper around " + str(self))
        _ssl.close_notify(self._conn)
        if not self._flush():
            raise _want_write()
        while not self._eof:
            try:
                data = _ssl.read(self._conn, _CHUNK)
            except _ssl.TLSFailure:
                break
            if data == b"":
                break
            if data is None:
                try:
                    self._feed_more()
                except SSLWantReadError:
                    raise _error(SSLWantReadError, 2, "The operation did not complete (read)",
                                 _LINE_SHUTDOWN) from None
        self._conn = None
        return self

    def shutdown(self, how):
        self._conn = None
        _socket.socket.shutdown(self, how)

    def verify_client_post_handshake(self):
        raise NotImplementedError("Post-handshake auth is not supported by whirl's ssl")

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        return _socket.socket.makefile(self, mode, buffering, encoding=encoding, errors=errors,
                                       newline=newline)


# ----- memory BIOs and SSLObject ---------------------------------------------

class MemoryBIO:
    """A buffer of bytes: written at one end, read at the other."""

    def __init__(self):
        self._buf = bytearray()
        self.eof = False
        self._eof_written = False

    @property
    def pending(self):
        return len(self._buf)

    @property
    def eof(self):
        return self._eof_written and not self._buf

    @eof.setter
    def eof(self, value):
        pass

    def read(self, size=-1):
        if size < 0 or size > len(self._buf):
            size = len(self._buf)
        data = bytes(self._buf[:size])
        del self._buf[:size]
        return data

    def write(self, b):
        if self._eof_written:
            raise SSLError("cannot write() after write_eof()")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(memoryview(b))
        self._buf += data
        return len(data)

    def write_eof(self):
        self._eof_written = True


class SSLObject(_TLSInfo):
    """TLS over two MemoryBIOs: what arrives is written to `incoming`,
    what to send is read from `outgoing`."""

    def __init__(self, *args, **kwargs):
        raise TypeError(
            f"{self.__class__.__name__} does not have a public "
            f"constructor. Instances are returned by SSLContext.wrap_bio().")

    @classmethod
    def _create(cls, incoming, outgoing, server_side=False, server_hostname=None,
                session=None, context=None):
        context._check_side(server_side, server_hostname)
        self = cls.__new__(cls)
        self._context = context
        self._incoming = incoming
        self._outgoing = outgoing
        self.server_side = server_side
        self.server_hostname = server_hostname
        self._handshake_done = False
        self._conn = context._engine(server_side, server_hostname)
        return self

    @property
    def context(self):
        return self._context

    def _pump(self):
        data = self._incoming.read()
        try:
            if data:
                _ssl.feed(self._conn, data)
            elif self._incoming.eof:
                _ssl.feed(self._conn, b"")
        except _ssl.TLSFailure as e:
            self._outgoing.write(_ssl.take_outgoing(self._conn))
            raise _failure(e, _LINE_HANDSHAKE if not self._handshake_done else _LINE_IO) from None
        return bool(data)

    def _push(self):
        out = _ssl.take_outgoing(self._conn)
        if out:
            self._outgoing.write(out)

    def do_handshake(self):
        self._pump()
        self._push()
        try:
            handshaking = _ssl.state(self._conn)[0]
        except _ssl.TLSFailure as e:
            raise _failure(e, _LINE_HANDSHAKE) from None
        if handshaking:
            if self._incoming.eof:
                raise _error(SSLZeroReturnError, 6, "TLS/SSL connection has been closed (EOF)",
                             _LINE_HANDSHAKE)
            raise _want_read()
        self._handshake_done = True

    def read(self, len=1024, buffer=None):
        if not self._handshake_done:
            self.do_handshake()
        self._pump()
        try:
            data = _ssl.read(self._conn, len if buffer is None else (len or memoryview(buffer).nbytes))
        except _ssl.TLSFailure as e:
            raise _failure(e, _LINE_IO) from None
        self._push()
        if data is None:
            if self._incoming.eof:
                raise _error(SSLEOFError, 8, "EOF occurred in violation of protocol", _LINE_IO)
            raise _want_read()
        if buffer is not None:
            memoryview(buffer)[:data.__len__()] = data
            return data.__len__()
        return data

    def write(self, data):
        if not self._handshake_done:
            self.do_handshake()
        n = _ssl.write(self._conn, bytes(memoryview(data)))
        self._push()
        return n

    def pending(self):
        return _ssl.state(self._conn)[2]

    def unwrap(self):
        _ssl.close_notify(self._conn)
        self._push()
        self._pump()
        try:
            data = _ssl.read(self._conn, 1)
        except _ssl.TLSFailure:
            data = b""
        if data != b"":
            raise _error(SSLWantReadError, 2, "The operation did not complete (read)", _LINE_SHUTDOWN)

    def verify_client_post_handshake(self):
        raise NotImplementedError("Post-handshake auth is not supported by whirl's ssl")


SSLContext.sslsocket_class = SSLSocket
SSLContext.sslobject_class = SSLObject


# ----- the older helpers -----------------------------------------------------

def _dnsname_match(pattern, hostname):
    pattern = pattern.lower()
    hostname = hostname.lower()
    if pattern.count("*") > 1:
        raise CertificateError("too many wildcards in certificate DNS name: %s." % pattern)
    if "*" not in pattern:
        return pattern == hostname
    left, sep, rest = pattern.partition(".")
    if left != "*" or not sep:
        raise CertificateError("wildcard can only be present in the leftmost label: %s." % pattern)
    h_left, h_sep, h_rest = hostname.partition(".")
    return bool(h_sep) and bool(h_left) and h_rest == rest


def match_hostname(cert, hostname):
    """Deprecated since 3.7 (checks are done during the handshake now)."""
    _warnings.warn("ssl.match_hostname() is deprecated", category=DeprecationWarning, stacklevel=2)
    if not cert:
        raise ValueError("empty or no certificate, match_hostname needs a "
                         "SSL socket or SSL context with either "
                         "CERT_OPTIONAL or CERT_REQUIRED")
    import ipaddress
    try:
        host_ip = ipaddress.ip_address(hostname)
    except ValueError:
        host_ip = None
    dnsnames = []
    for key, value in cert.get("subjectAltName", ()):
        if key == "DNS":
            if host_ip is None and _dnsname_match(value, hostname):
                return
            dnsnames.append(value)
        elif key == "IP Address":
            if host_ip is not None and ipaddress.ip_address(value.rstrip()) == host_ip:
                return
            dnsnames.append(value)
    if not dnsnames:
        for sub in cert.get("subject", ()):
            for key, value in sub:
                if key == "commonName":
                    if _dnsname_match(value, hostname):
                        return
                    dnsnames.append(value)
    if len(dnsnames) > 1:
        raise CertificateError("hostname %r doesn't match either of %s"
                               % (hostname, ", ".join(map(repr, dnsnames))))
    elif len(dnsnames) == 1:
        raise CertificateError("hostname %r doesn't match %r" % (hostname, dnsnames[0]))
    raise CertificateError("no appropriate commonName or subjectAltName fields were found")


def wrap_socket(sock, keyfile=None, certfile=None, server_side=False, cert_reqs=CERT_NONE,
                ssl_version=PROTOCOL_TLS, ca_certs=None, do_handshake_on_connect=True,
                suppress_ragged_eofs=True, ciphers=None):
    _warnings.warn("ssl.wrap_socket() is deprecated, use SSLContext.wrap_socket()",
                   category=DeprecationWarning, stacklevel=2)
    if server_side and not certfile:
        raise ValueError("certfile must be specified for server-side operations")
    if keyfile and not certfile:
        raise ValueError("certfile must be specified")
    with _warnings.catch_warnings():
        _warnings.simplefilter("ignore", DeprecationWarning)
        context = SSLContext(PROTOCOL_TLS_SERVER if server_side else PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = cert_reqs
    if ca_certs:
        context.load_verify_locations(ca_certs)
    if certfile:
        context.load_cert_chain(certfile, keyfile)
    if ciphers:
        context.set_ciphers(ciphers)
    return context.wrap_socket(sock=sock, server_side=server_side,
                               do_handshake_on_connect=do_handshake_on_connect,
                               suppress_ragged_eofs=suppress_ragged_eofs)


def get_server_certificate(addr, ssl_version=PROTOCOL_TLS_CLIENT, ca_certs=None, timeout=None):
    host, port = addr
    context = _create_unverified_context(ssl_version if ssl_version != PROTOCOL_TLS else None,
                                         cert_reqs=CERT_REQUIRED if ca_certs else CERT_NONE,
                                         cafile=ca_certs)
    kwargs = {} if timeout is None else {"timeout": timeout}
    with _socket.create_connection(addr, **kwargs) as sock:
        with context.wrap_socket(sock, server_hostname=host) as sslsock:
            der = sslsock.getpeercert(True)
    return DER_cert_to_PEM_cert(der)


def get_protocol_name(protocol_code):
    try:
        return _SSLMethod(protocol_code).name[len("PROTOCOL_"):]
    except ValueError:
        return "??"


def RAND_status():
    return True


def RAND_bytes(n):
    return _os.urandom(n)


def RAND_add(string, entropy):
    pass
