"""urllib.parse: quoting, query strings and URL splitting as CPython's.

Percent-encoding works on the UTF-8 bytes of a string; the results match
CPython 3.11 for the common functions (quote, unquote, urlencode, urlsplit,
urljoin, parse_qs(l)).
"""

_ALWAYS_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
_HEX = "0123456789ABCDEF"
_HEXVAL = {}
for _i, _c in enumerate("0123456789abcdef"):
    _HEXVAL[_c] = _i
    _HEXVAL[_c.upper()] = _i

uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file",
                 "https", "shttp", "mms", "prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh",
                 "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms",
               "https", "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync", "svn",
               "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss"]


def _to_bytes(s, encoding="utf-8"):
    if isinstance(s, str):
        return s.encode(encoding)
    return bytes(s)


def quote_from_bytes(bs, safe="/"):
    if isinstance(safe, bytes):
        safe = safe.decode()
    ok = _ALWAYS_SAFE.union(safe)
    out = []
    for b in bs:
        c = chr(b)
        if b < 128 and c in ok:
            out.append(c)
        else:
            out.append("%" + _HEX[b >> 4] + _HEX[b & 15])
    return "".join(out)


def quote(string, safe="/", encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        # Fast path: nothing to escape.
        ok = _ALWAYS_SAFE.union(safe)
        for c in string:
            if c not in ok:
                break
        else:
            return string
        string = string.encode(encoding or "utf-8")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    if (isinstance(string, str) and " " not in string) or (
            isinstance(string, bytes) and 32 not in list(string)):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = " "
    else:
        space = b" "
    string = quote(string, safe + space, encoding, errors)
    return string.replace(" ", "+")


# b"3f" -> b"?" for every pair of hex digits (either case), made on the
# first escape decoded.
_hextobyte = None


def unquote_to_bytes(string):
    global _hextobyte
    if not string:
        return b""
    if isinstance(string, str):
        string = string.encode("utf-8")
    if b"%" not in string:
        return bytes(string)
    bits = string.split(b"%")
    if _hextobyte is None:
        digits = "0123456789ABCDEFabcdef"
        _hextobyte = {(a + b).encode(): bytes([int(a + b, 16)]) for a in digits for b in digits}
    res = [bits[0]]
    for item in bits[1:]:
        byte = _hextobyte.get(item[:2])
        if byte is None:
            res.append(b"%")
            res.append(item)
        else:
            res.append(byte)
            res.append(item[2:])
    return b"".join(res)


def _decode_utf8_replace(bs):
    try:
        return bs.decode("utf-8")
    except UnicodeDecodeError:
        # Decode valid runs and replace the bad bytes with U+FFFD.
        out = []
        items = list(bs)
        i = 0
        n = len(items)
        while i < n:
            b = items[i]
            if b < 128:
                out.append(chr(b))
                i += 1
                continue
            size = 2 if 0xC0 <= b < 0xE0 else 3 if 0xE0 <= b < 0xF0 else 4 if 0xF0 <= b < 0xF8 else 0
            if size and i + size <= n:
                try:
                    out.append(bytes(items[i:i + size]).decode("utf-8"))
                    i += size
                    continue
                except UnicodeDecodeError:
                    pass
            out.append("\ufffd")
            i += 1
        return "".join(out)


def unquote(string, encoding="utf-8", errors="replace"):
    if encoding is None:
        encoding = "utf-8"
    if errors is None:
        errors = "replace"
    plain_utf8 = errors == "replace" and encoding.lower().replace("_", "-") in ("utf-8", "utf8")
    if isinstance(string, bytes):
        if plain_utf8:
            return _decode_utf8_replace(unquote_to_bytes(string))
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        return string
    if plain_utf8:
        return _decode_utf8_replace(unquote_to_bytes(string))
    # Another encoding: each run of %XX escapes is decoded with it; the
    # characters between runs stay as they are.
    import re

    parts = re.split("((?:%[0-9a-fA-F][0-9a-fA-F])+)", string)
    for i in range(1, len(parts), 2):
        parts[i] = unquote_to_bytes(parts[i]).decode(encoding, errors)
    return "".join(parts)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    string = string.replace("+", " ")
    return unquote(string, encoding, errors)


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, "items"):
        query = list(query.items())
    else:
        query = list(query)
    parts = []
    for k, v in query:
        if isinstance(k, bytes):
            k = quote_via(k, safe)
        else:
            k = quote_via(str(k), safe, encoding, errors)
        if not doseq or isinstance(v, (str, bytes)):
            if isinstance(v, bytes):
                v = quote_via(v, safe)
            else:
                v = quote_via(str(v), safe, encoding, errors)
            parts.append(k + "=" + v)
        else:
            try:
                items = list(v)
            except TypeError:
                parts.append(k + "=" + quote_via(str(v), safe, encoding, errors))
                continue
            for elt in items:
                if isinstance(elt, bytes):
                    elt = quote_via(elt, safe)
                else:
                    elt = quote_via(str(elt), safe, encoding, errors)
                parts.append(k + "=" + elt)
    return "&".join(parts)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
              errors="replace", max_num_fields=None, separator="&"):
    if isinstance(qs, bytes):
        qs = qs.decode("utf-8")
    result = []
    if not qs:
        return result
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        if "=" in field:
            name, value = field.split("=", 1)
        else:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            name, value = field, ""
        if value or keep_blank_values:
            result.append((unquote_plus(name), unquote_plus(value)))
    return result


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
             errors="replace", max_num_fields=None, separator="&"):
    parsed = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        if name in parsed:
            parsed[name].append(value)
        else:
            parsed[name] = [value]
    return parsed


class SplitResult(tuple):
    def __new__(cls, scheme, netloc, path, query, fragment):
        return tuple.__new__(cls, (scheme, netloc, path, query, fragment))

    scheme = property(lambda self: self[0])
    netloc = property(lambda self: self[1])
    path = property(lambda self: self[2])
    query = property(lambda self: self[3])
    fragment = property(lambda self: self[4])

    def geturl(self):
        return urlunsplit(self)

    def __repr__(self):
        return "SplitResult(scheme=%r, netloc=%r, path=%r, query=%r, fragment=%r)" % tuple(self)

    hostname = property(lambda self: _hostname(self[1]))
    port = property(lambda self: _port(self[1]))
    username = property(lambda self: _userinfo(self[1])[0])
    password = property(lambda self: _userinfo(self[1])[1])


class ParseResult(tuple):
    def __new__(cls, scheme, netloc, path, params, query, fragment):
        return tuple.__new__(cls, (scheme, netloc, path, params, query, fragment))

    scheme = property(lambda self: self[0])
    netloc = property(lambda self: self[1])
    path = property(lambda self: self[2])
    params = property(lambda self: self[3])
    query = property(lambda self: self[4])
    fragment = property(lambda self: self[5])

    def geturl(self):
        return urlunparse(self)

    def __repr__(self):
        return ("ParseResult(scheme=%r, netloc=%r, path=%r, params=%r, query=%r, fragment=%r)"
                % tuple(self))

    hostname = property(lambda self: _hostname(self[1]))
    port = property(lambda self: _port(self[1]))
    username = property(lambda self: _userinfo(self[1])[0])
    password = property(lambda self: _userinfo(self[1])[1])


def _userinfo(netloc):
    if "@" not in netloc:
        return None, None
    info = netloc.rpartition("@")[0]
    if ":" in info:
        user, _, pw = info.partition(":")
        return user, pw
    return info, None


def _hostport(netloc):
    hostinfo = netloc.rpartition("@")[2]
    if hostinfo.startswith("["):
        host, _, rest = hostinfo[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else None
        return host, port
    if ":" in hostinfo:
        host, _, port = hostinfo.partition(":")
        return host, port
    return hostinfo, None


def _hostname(netloc):
    host = _hostport(netloc)[0]
    if not host:
        return None
    return host.lower()


def _port(netloc):
    port = _hostport(netloc)[1]
    if port is None or port == "":
        return None
    if not port.isdigit():
        raise ValueError("Port could not be cast to integer value as %r" % (port,))
    p = int(port)
    if not 0 <= p <= 65535:
        raise ValueError("Port out of range 0-65535")
    return p


_SCHEME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-."


def urlsplit(url, scheme="", allow_fragments=True):
    url = url.lstrip().replace("\t", "").replace("\r", "").replace("\n", "")
    netloc = query = fragment = ""
    i = url.find(":")
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in _SCHEME_CHARS:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == "//":
        rest = url[2:]
        end = len(rest)
        for c in "/?#":
            j = rest.find(c)
            if j >= 0 and j < end:
                end = j
        netloc, url = rest[:end], rest[end:]
        if (("[" in netloc and "]" not in netloc) or
                ("]" in netloc and "[" not in netloc)):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme="", allow_fragments=True):
    s = urlsplit(url, scheme, allow_fragments)
    path = s.path
    params = ""
    if s.scheme in uses_params and ";" in path:
        slash = path.rfind("/")
        semi = path.find(";", slash if slash >= 0 else 0)
        if semi >= 0:
            path, params = path[:semi], path[semi + 1:]
    return ParseResult(s.scheme, s.netloc, path, params, s.query, s.fragment)


uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp",
               "rtspu", "sip", "sips", "mms", "sftp", "tel"]


def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urlunparse(components):
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if not scheme:
        scheme = bscheme
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return urlunparse((scheme, netloc, path, params, query, fragment))
    base_parts = bpath.split("/")
    if base_parts[-1] != "":
        del base_parts[-1]
    if path[:1] == "/":
        segments = path.split("/")
    else:
        segments = base_parts + path.split("/")
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for seg in segments:
        if seg == "..":
            if resolved:
                resolved.pop()
        elif seg == ".":
            continue
        else:
            resolved.append(seg)
    if segments[-1] in (".", ".."):
        resolved.append("")
    return urlunparse((scheme, netloc, "/".join(resolved) or "/", params, query, fragment))


def urldefrag(url):
    if "#" in url:
        s = urlparse(url)
        defrag = urlunparse((s[0], s[1], s[2], s[3], s[4], ""))
        return defrag, s[5]
    return url, ""
