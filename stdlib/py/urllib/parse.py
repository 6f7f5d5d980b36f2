"""urllib.parse: splitting, joining and quoting URLs, as CPython 3.11 does.

Every public function takes str or bytes. Bytes arguments are decoded as
ASCII, processed as str, and the result is encoded back, so the str code path
is the only one; mixing str and non-empty bytes is a TypeError. The result
classes are named tuples with mixins for the netloc's parts.
"""

import re as _re
from collections import namedtuple as _namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Schemes whose URLs may be resolved relative to a base.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']

# Schemes whose URLs carry a "//netloc" part.
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']

# Schemes whose last path segment may carry ";params".
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtspu', 'sip', 'sips',
               'mms', 'sftp', 'tel']

# Kept for compatibility; not used by the parser any more.
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# WHATWG URL standard: leading C0 controls and spaces are dropped, and tab,
# CR and LF are removed anywhere in the URL.
_WHATWG_C0_CONTROL_OR_SPACE = ''.join(chr(i) for i in range(33))
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']

MAX_CACHE_SIZE = 20


def clear_cache():
    """Nothing is cached here; kept because CPython has it."""


# ---------------------------------------------------------------- str/bytes

_implicit_encoding = 'ascii'
_implicit_errors = 'strict'


def _noop(obj):
    return obj


def _encode_result(obj, encoding=_implicit_encoding, errors=_implicit_errors):
    return obj.encode(encoding, errors)


def _decode_args(args, encoding=_implicit_encoding, errors=_implicit_errors):
    return tuple(x.decode(encoding, errors) if x else '' for x in args)


def _coerce_args(*args):
    # All arguments must be str, or all bytes-like; empty values of either
    # kind go with anything (so default arguments like scheme='' work).
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    return _decode_args(args) + (_encode_result,)


# ---------------------------------------------------------- result classes

class _ResultMixinStr(object):
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _ResultMixinBytes(object):
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


class _NetlocResultMixinBase(object):
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        # An IPv6 zone id after '%' keeps its case.
        sep = '%' if isinstance(hostname, str) else b'%'
        host, pct, zone = hostname.partition(sep)
        return host.lower() + pct + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError("Port could not be cast to integer value as %r" % (port,))
            if not 0 <= port <= 65535:
                raise ValueError("Port out of range 0-65535")
        return port


def _split_userinfo(netloc, at, colon):
    userinfo, have_info, _ = netloc.rpartition(at)
    if not have_info:
        return None, None
    user, have_pw, pw = userinfo.partition(colon)
    return user, (pw if have_pw else None)


def _split_hostinfo(netloc, at, colon, lbr, rbr):
    hostinfo = netloc.rpartition(at)[2]
    _, have_open, bracketed = hostinfo.partition(lbr)
    if have_open:
        hostname, _, rest = bracketed.partition(rbr)
        port = rest.partition(colon)[2]
    else:
        hostname, _, port = hostinfo.partition(colon)
    return hostname, (port if port else None)


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, '@', ':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, '@', ':', '[', ']')


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, b'@', b':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, b'@', b':', b'[', b']')


_DefragResultBase = _namedtuple('_DefragResultBase', 'url fragment')
_SplitResultBase = _namedtuple('_SplitResultBase', 'scheme netloc path query fragment')
_ParseResultBase = _namedtuple('_ParseResultBase', 'scheme netloc path params query fragment')

# CPython documents this name as the common base of the result classes.
ResultBase = _NetlocResultMixinStr


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _pair_result_classes():
    for str_cls, bytes_cls in ((DefragResult, DefragResultBytes),
                               (SplitResult, SplitResultBytes),
                               (ParseResult, ParseResultBytes)):
        str_cls._encoded_counterpart = bytes_cls
        bytes_cls._decoded_counterpart = str_cls


_pair_result_classes()
del _pair_result_classes


# ------------------------------------------------------- splitting URLs

def _splitparams(url):
    # The params start at the first ';' of the last path segment.
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def _splitnetloc(url, start=0):
    end = len(url)
    for c in '/?#':
        j = url.find(c, start)
        if 0 <= j < end:
            end = j
    return url[start:end], url[end:]


def _checknetloc(netloc):
    # A netloc that NFKC-normalizes into URL delimiters would be parsed
    # differently by other software: refuse it.
    if not netloc or netloc.isascii():
        return
    import unicodedata
    n = netloc.replace('@', '').replace(':', '').replace('#', '').replace('?', '')
    normalized = unicodedata.normalize('NFKC', n)
    if n == normalized:
        return
    for c in '/?#@:':
        if c in normalized:
            raise ValueError("netloc '" + netloc + "' contains invalid characters "
                             "under NFKC normalization")


_HEXDIGITS = frozenset('0123456789abcdefABCDEF')


def _is_ipv4(text):
    parts = text.split('.')
    if len(parts) != 4:
        return False
    for p in parts:
        if not p or len(p) > 3 or not (p.isascii() and p.isdigit()):
            return False
        if len(p) > 1 and p[0] == '0':
            return False
        if int(p) > 255:
            return False
    return True


def _is_ipv6(text):
    addr, pct, zone = text.partition('%')
    if pct and (not zone or '%' in zone):
        return False
    parts = addr.split(':')
    if len(parts) < 3:
        return False
    groups = 8
    if '.' in parts[-1]:
        if not _is_ipv4(parts[-1]):
            return False
        parts.pop()
        groups = 6
        if not parts:
            return False
        parts.append('0')  # stands for the group pair; counted below
        groups = 7
    if len(parts) > groups + 1:
        return False
    empties = [i for i in range(1, len(parts) - 1) if not parts[i]]
    if len(empties) > 1:
        return False
    if empties:
        # '::' inside; a leading or trailing ':' must pair with it.
        if not parts[0] and empties[0] != 1:
            return False
        if not parts[-1] and empties[0] != len(parts) - 2:
            return False
        filled = [p for p in parts if p]
        if len(filled) >= groups:
            return False
    else:
        if len(parts) != groups:
            return False
        filled = parts
    for p in filled:
        if len(p) > 4 or not all(c in _HEXDIGITS for c in p):
            return False
    return True


_IPVFUTURE = None


def _check_bracketed_host(hostname):
    global _IPVFUTURE
    if hostname.startswith('v'):
        if _IPVFUTURE is None:
            _IPVFUTURE = _re.compile(r'\Av[a-fA-F0-9]+\..+\Z', _re.DOTALL)
        if not _IPVFUTURE.match(hostname):
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(hostname):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _is_ipv6(hostname):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address" % (hostname,))


def _check_bracketed_netloc(netloc):
    # With brackets in the netloc, the host (after any userinfo) must be a
    # whole bracketed address, followed by nothing or ':port'.
    hostinfo = netloc.rpartition('@')[2]
    if '[' in hostinfo:
        if not hostinfo.startswith('['):
            raise ValueError("Invalid IPv6 URL")
        host, _, rest = hostinfo[1:].partition(']')
        if rest and not rest.startswith(':'):
            raise ValueError("Invalid IPv6 URL")
    else:
        host = hostinfo.partition(':')[0]
    _check_bracketed_host(host)


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into 5 parts: scheme://netloc/path?query#fragment."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    for b in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(b, '')
        scheme = scheme.replace(b, '')
    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        has_open = '[' in netloc
        has_close = ']' in netloc
        if has_open != has_close:
            raise ValueError("Invalid IPv6 URL")
        if has_open:
            _check_bracketed_netloc(netloc)
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _checknetloc(netloc)
    return _coerce_result(SplitResult(scheme, netloc, url, query, fragment))


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into 6 parts: scheme://netloc/path;params?query#fragment."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    else:
        params = ''
    return _coerce_result(ParseResult(scheme, netloc, url, params, query, fragment))


def urlunsplit(components):
    """Put a urlsplit() tuple back together."""
    scheme, netloc, url, query, fragment, _coerce_result = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return _coerce_result(url)


def urlunparse(components):
    """Put a urlparse() tuple back together."""
    scheme, netloc, url, params, query, fragment, _coerce_result = _coerce_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return _coerce_result(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base (RFC 3986, section 5.2)."""
    if not base:
        return url
    if not url:
        return base
    base, url, _coerce_result = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)

    if scheme != bscheme or scheme not in uses_relative:
        return _coerce_result(url)
    if scheme in uses_netloc:
        if netloc:
            return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc

    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))

    base_parts = bpath.split('/')
    if base_parts[-1] != '':
        # The base's last segment is a file name, not a directory.
        del base_parts[-1]

    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        # Empty segments in the middle collapse.
        segments[1:-1] = [s for s in segments[1:-1] if s]

    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg == '.':
            continue
        else:
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        # A trailing dot segment names a directory.
        resolved.append('')

    return _coerce_result(urlunparse((scheme, netloc, '/'.join(resolved) or '/',
                                      params, query, fragment)))


def urldefrag(url):
    """Split off the fragment: returns DefragResult(url, fragment)."""
    url, _coerce_result = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return _coerce_result(DefragResult(defrag, frag))


# ---------------------------------------------------------------- quoting

_HEXDIG = '0123456789ABCDEFabcdef'
_hextobyte = None


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    global _hextobyte
    if not string:
        string.split  # a falsy non-string raises AttributeError, as CPython
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    bits = string.split(b'%')
    if len(bits) == 1:
        return string
    if _hextobyte is None:
        _hextobyte = {(a + b).encode(): bytes.fromhex(a + b)
                      for a in _HEXDIG for b in _HEXDIG}
    res = [bits[0]]
    for item in bits[1:]:
        byte = _hextobyte.get(item[:2])
        if byte is None:
            res.append(b'%')
            res.append(item)
        else:
            res.append(byte)
            res.append(item[2:])
    return b''.join(res)


def _ascii_runs(string):
    # Alternating runs of ASCII and non-ASCII characters.
    runs = []
    start = 0
    n = len(string)
    while start < n:
        ascii_run = string[start].isascii()
        end = start + 1
        while end < n and string[end].isascii() == ascii_run:
            end += 1
        runs.append((ascii_run, string[start:end]))
        start = end
    return runs


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their characters, decoded with encoding."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    out = []
    for is_ascii, run in _ascii_runs(string):
        if is_ascii:
            out.append(unquote_to_bytes(run).decode(encoding, errors))
        else:
            out.append(run)
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), and '+' becomes a space."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)


class _Quoter(dict):
    """Maps a byte value to its quoted form, filling itself on demand."""

    def __init__(self, safe):
        self.safe = _ALWAYS_SAFE.union(safe)

    def __repr__(self):
        return "<Quoter %r>" % (dict(self),)

    def __missing__(self, b):
        res = chr(b) if b in self.safe else '%{:02X}'.format(b)
        self[b] = res
        return res


_quoters = {}


def _byte_quoter(safe):
    q = _quoters.get(safe)
    if q is None:
        if len(_quoters) > 100:
            _quoters.clear()
        table = _Quoter(safe)

        # Subscripting, not a bound table.__getitem__: whirl's bound
        # dict.__getitem__ does not fall back to __missing__ yet.
        def q(b):
            return table[b]

        _quoters[safe] = q
    return q


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string, leaving letters, digits, '_.-~' and safe alone."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), and spaces become '+'."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def quote_from_bytes(bs, safe='/'):
    """Like quote(), for bytes."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    quoter = _byte_quoter(safe)
    return ''.join([quoter(b) for b in bs])


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as a query string."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def q(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    parts = []
    if not doseq:
        for k, v in query:
            parts.append(q(k) + '=' + q(v))
        return '&'.join(parts)
    for k, v in query:
        k = q(k)
        if isinstance(v, bytes):
            parts.append(k + '=' + quote_via(v, safe))
        elif isinstance(v, str):
            parts.append(k + '=' + quote_via(v, safe, encoding, errors))
        else:
            try:
                len(v)
            except TypeError:
                parts.append(k + '=' + quote_via(str(v), safe, encoding, errors))
            else:
                for elt in v:
                    parts.append(k + '=' + q(elt))
    return '&'.join(parts)


# ---------------------------------------------------------- query strings

def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict of lists of values."""
    parsed = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator):
        if name in parsed:
            parsed[name].append(value)
        else:
            parsed[name] = [value]
    return parsed


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    qs, _coerce_result = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')

    result = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        nv = field.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            nv.append('')
        if nv[1] or keep_blank_values:
            name = unquote(nv[0].replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(nv[1].replace('+', ' '), encoding=encoding, errors=errors)
            result.append((_coerce_result(name), _coerce_result(value)))
    return result


# ------------------------------------- old helpers, deprecated since 3.8

def _deprecated(name, instead):
    import warnings
    msg = "urllib.parse.%s() is deprecated as of 3.8" % name
    if instead:
        msg += ", use urllib.parse.%s() instead" % instead
    warnings.warn(msg, DeprecationWarning, stacklevel=3)


def to_bytes(url):
    _deprecated('to_bytes', None)
    return _to_bytes(url)


def _to_bytes(url):
    if isinstance(url, str):
        try:
            url = url.encode("ASCII").decode()
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url


def unwrap(url):
    """'<URL:type://host/path>' -> 'type://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def splittype(url):
    _deprecated('splittype', 'urlparse')
    return _splittype(url)


def _splittype(url):
    scheme, colon, data = url.partition(':')
    if colon and scheme and '/' not in scheme:
        return scheme.lower(), data
    return None, url


def splithost(url):
    _deprecated('splithost', 'urlparse')
    return _splithost(url)


def _splithost(url):
    if url[:2] != '//':
        return None, url
    host_port, path = _splitnetloc(url, 2)
    if path and path[0] != '/':
        path = '/' + path
    return host_port, path


def splituser(host):
    _deprecated('splituser', 'urlparse')
    return _splituser(host)


def _splituser(host):
    user, delim, host = host.rpartition('@')
    return (user if delim else None), host


def splitpasswd(user):
    _deprecated('splitpasswd', 'urlparse')
    return _splitpasswd(user)


def _splitpasswd(user):
    user, delim, passwd = user.partition(':')
    return user, (passwd if delim else None)


def splitport(host):
    _deprecated('splitport', 'urlparse')
    return _splitport(host)


def _splitport(host):
    # 'host:digits' (digits may be empty) splits at the last colon.
    head, colon, port = host.rpartition(':')
    if colon and all(c in '0123456789' for c in port):
        if port:
            return head, port
        return head, None
    return host, None


def splitnport(host, defport=-1):
    _deprecated('splitnport', 'urlparse')
    return _splitnport(host, defport)


def _splitnport(host, defport=-1):
    head, delim, port = host.rpartition(':')
    if not delim:
        return port, defport
    if port:
        if port.isdigit() and port.isascii():
            return head, int(port)
        return head, None
    return head, defport


def splitquery(url):
    _deprecated('splitquery', 'urlparse')
    return _splitquery(url)


def _splitquery(url):
    path, delim, query = url.rpartition('?')
    if delim:
        return path, query
    return url, None


def splittag(url):
    _deprecated('splittag', 'urlparse')
    return _splittag(url)


def _splittag(url):
    path, delim, tag = url.rpartition('#')
    if delim:
        return path, tag
    return url, None


def splitattr(url):
    _deprecated('splitattr', 'urlparse')
    return _splitattr(url)


def _splitattr(url):
    words = url.split(';')
    return words[0], words[1:]


def splitvalue(attr):
    _deprecated('splitvalue', 'parse_qsl')
    return _splitvalue(attr)


def _splitvalue(attr):
    attr, delim, value = attr.partition('=')
    return attr, (value if delim else None)


def __getattr__(name):
    if name == 'Quoter':
        import warnings
        warnings.warn('Deprecated in 3.11. '
                      'urllib.parse.Quoter will be removed in Python 3.14. '
                      'It was not intended to be a public API.',
                      DeprecationWarning, stacklevel=2)
        return _Quoter
    raise AttributeError("module %r has no attribute %r" % (__name__, name))
