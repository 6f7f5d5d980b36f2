"""tornado.httputil: HTTP headers, the server-side request object and the
helpers around them (query and body parsing, timestamps, URL building).

Mirrors Tornado 6's public behaviour. The request object parses its query
string only when a handler asks for arguments, so requests that never look
at them cost nothing for it.
"""

import time
from urllib.parse import urlparse, urlunparse, parse_qsl, urlencode
from tornado.util import ObjectDict

from tornado.escape import (native_str, parse_qs_bytes, utf8, to_unicode, latin1_decode,
                            latin1_encode)

HTTP_WHITESPACE = " \t"

responses = {
    100: 'Continue',
    101: 'Switching Protocols',
    102: 'Processing',
    103: 'Early Hints',
    200: 'OK',
    201: 'Created',
    202: 'Accepted',
    203: 'Non-Authoritative Information',
    204: 'No Content',
    205: 'Reset Content',
    206: 'Partial Content',
    207: 'Multi-Status',
    208: 'Already Reported',
    226: 'IM Used',
    300: 'Multiple Choices',
    301: 'Moved Permanently',
    302: 'Found',
    303: 'See Other',
    304: 'Not Modified',
    305: 'Use Proxy',
    307: 'Temporary Redirect',
    308: 'Permanent Redirect',
    400: 'Bad Request',
    401: 'Unauthorized',
    402: 'Payment Required',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    406: 'Not Acceptable',
    407: 'Proxy Authentication Required',
    408: 'Request Timeout',
    409: 'Conflict',
    410: 'Gone',
    411: 'Length Required',
    412: 'Precondition Failed',
    413: 'Request Entity Too Large',
    414: 'Request-URI Too Long',
    415: 'Unsupported Media Type',
    416: 'Requested Range Not Satisfiable',
    417: 'Expectation Failed',
    418: "I'm a Teapot",
    421: 'Misdirected Request',
    422: 'Unprocessable Entity',
    423: 'Locked',
    424: 'Failed Dependency',
    425: 'Too Early',
    426: 'Upgrade Required',
    428: 'Precondition Required',
    429: 'Too Many Requests',
    431: 'Request Header Fields Too Large',
    451: 'Unavailable For Legal Reasons',
    500: 'Internal Server Error',
    501: 'Not Implemented',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
    505: 'HTTP Version Not Supported',
    506: 'Variant Also Negotiates',
    507: 'Insufficient Storage',
    508: 'Loop Detected',
    510: 'Not Extended',
    511: 'Network Authentication Required',
}


class HTTPInputError(Exception):
    """Exception class for malformed HTTP requests or responses."""


class HTTPOutputError(Exception):
    """Exception class for errors in HTTP output."""


# Raw header name -> canonical form ("content-TYPE" -> "Content-Type"). The
# same few dozen names arrive on every request; bounded so hostile clients
# cannot grow it forever.
_normalized_headers = {}


def _normalize_header(name):
    try:
        return _normalized_headers[name]
    except KeyError:
        pass
    norm = "-".join([w.capitalize() for w in name.split("-")])
    if len(_normalized_headers) < 1000:
        _normalized_headers[name] = norm
    return norm


_TOKEN_CHARS = frozenset("!#$%&'*+-.^_`|~0123456789"
                         "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _check_header_name(name):
    if not name:
        raise HTTPInputError("Invalid header name %r" % name)
    for c in name:
        if c not in _TOKEN_CHARS:
            raise HTTPInputError("Invalid header name %r" % name)


def _is_field_vchar(c):
    return "\x21" <= c <= "\x7e" or "\x80" <= c <= "\xff"


def _check_header_value(value, chars_are_bytes=True):
    # RFC 9110's field-value: visible characters (or obs-text), with
    # spaces and tabs only between them. Text already decoded from UTF-8
    # (multipart heads) is only kept free of control characters.
    if not chars_are_bytes:
        for c in value:
            if (c < " " and c != "\t") or c == "\x7f":
                raise HTTPInputError("Invalid header value %r" % value)
        return
    if not value:
        return
    if not (_is_field_vchar(value[0]) and _is_field_vchar(value[-1])):
        raise HTTPInputError("Invalid header value %r" % value)
    for c in value:
        if not (_is_field_vchar(c) or c == " " or c == "\t"):
            raise HTTPInputError("Invalid header value %r" % value)


class HTTPHeaders:
    """A dictionary that maintains ``Http-Header-Case`` for all keys and
    allows several values per key (``add``, ``get_list``, ``get_all``)."""

    def __init__(self, *args, **kwargs):
        self._as_list = {}
        if not args and not kwargs:
            return
        if len(args) == 1 and len(kwargs) == 0 and isinstance(args[0], HTTPHeaders):
            for k, v in args[0].get_all():
                self.add(k, v)
        else:
            self.update(*args, **kwargs)


    @classmethod
    def _from_pairs(cls, pairs):
        """Headers from (name, value) pairs already checked by the parser."""
        h = cls()
        as_list = {}
        normalized = _normalized_headers
        for name, value in pairs:
            norm = normalized.get(name)
            if norm is None:
                norm = _normalize_header(name)
            if norm in as_list:
                as_list[norm].append(value)
            else:
                as_list[norm] = [value]
        h._as_list = as_list
        return h

    @classmethod
    def _from_grouped(cls, grouped):
        """Headers from a dict {normalized name: [values]} (as the native
        parser builds them); the dict is taken over as is."""
        h = object.__new__(cls)
        h._as_list = grouped
        return h

    def add(self, name, value, *, _chars_are_bytes=True):
        _check_header_name(name)
        _check_header_value(to_unicode(value), _chars_are_bytes)
        norm_name = _normalize_header(name)
        if norm_name in self._as_list:
            self._as_list[norm_name].append(value)
        else:
            self[norm_name] = value

    def get_list(self, name):
        return self._as_list.get(_normalize_header(name), [])

    def get_all(self):
        for name, values in self._as_list.items():
            for value in values:
                yield (name, value)

    def parse_line(self, line, *, _chars_are_bytes=True):
        if line.endswith("\n"):
            line = line[:-1]
            if line.endswith("\r"):
                line = line[:-1]
        if not line:
            return
        if line[0] in HTTP_WHITESPACE:
            raise HTTPInputError("header line cannot start with whitespace, folding not supported")
        if ":" not in line:
            raise HTTPInputError("no colon in header line")
        name, value = line.split(":", 1)
        self.add(name, value.strip(HTTP_WHITESPACE), _chars_are_bytes=_chars_are_bytes)

    @classmethod
    def parse(cls, headers, *, _chars_are_bytes=True):
        h = cls()
        start = 0
        while True:
            lf = headers.find("\n", start)
            if lf == -1:
                h.parse_line(headers[start:], _chars_are_bytes=_chars_are_bytes)
                break
            h.parse_line(headers[start:lf + 1], _chars_are_bytes=_chars_are_bytes)
            start = lf + 1
        return h

    def __setitem__(self, name, value):
        self._as_list[_normalize_header(name)] = [value]

    def __contains__(self, name):
        if not isinstance(name, str):
            return False
        return _normalize_header(name) in self._as_list

    def __getitem__(self, name):
        # Several values read as one, comma-joined; joined on each read
        # rather than cached, as headers are read about once.
        values = self._as_list[_normalize_header(name)]
        return values[0] if len(values) == 1 else ",".join(values)

    def __delitem__(self, name):
        del self._as_list[_normalize_header(name)]

    def __len__(self):
        return len(self._as_list)

    def __iter__(self):
        return iter(self._as_list)

    def __eq__(self, other):
        if isinstance(other, HTTPHeaders):
            return dict(self.items()) == dict(other.items())
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def get(self, name, default=None):
        header = _normalize_header(name)
        if header in self._as_list:
            return self[header]
        return default

    def keys(self):
        return list(self._as_list.keys())

    def values(self):
        return [self[k] for k in self._as_list]

    def items(self):
        return [(k, self[k]) for k in self._as_list]

    def pop(self, name, *default):
        header = _normalize_header(name)
        if header in self._as_list:
            value = self[header]
            del self[header]
            return value
        if default:
            return default[0]
        raise KeyError(name)

    def setdefault(self, name, default=None):
        if name in self:
            return self[name]
        self[name] = default
        return default

    def clear(self):
        self._as_list = {}

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("update expected at most 1 argument, got %d" % len(args))
        if args:
            other = args[0]
            if hasattr(other, "keys"):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def copy(self):
        return HTTPHeaders(self)

    __copy__ = copy

    def __str__(self):
        lines = []
        for name, value in self.get_all():
            lines.append("%s: %s\n" % (name, value))
        return "".join(lines)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, repr(dict(self.items())))


# What http.cookies.SimpleCookie accepts as a cookie name (Tornado stores
# parsed cookies in one and drops the names it refuses).
_COOKIE_NAME_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~:")
_COOKIE_RESERVED = frozenset(["expires", "path", "comment", "domain", "max-age", "secure",
                              "httponly", "version", "samesite"])


def _is_legal_cookie_name(key):
    if not key or key.lower() in _COOKIE_RESERVED:
        return False
    for c in key:
        if c not in _COOKIE_NAME_CHARS:
            return False
    return True


class Morsel:
    """The part of ``http.cookies.Morsel`` handlers read: ``key``, ``value``."""

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.coded_value = value

    def __repr__(self):
        return "<Morsel: %s=%s>" % (self.key, self.value)


class HTTPFile(ObjectDict):
    """An uploaded file: ``filename``, ``body`` (bytes), ``content_type``."""


class RequestStartLine(tuple):
    def __new__(cls, method, path, version):
        return tuple.__new__(cls, (method, path, version))

    method = property(lambda self: self[0])
    path = property(lambda self: self[1])
    version = property(lambda self: self[2])

    def __repr__(self):
        return "RequestStartLine(method=%r, path=%r, version=%r)" % tuple(self)


class ResponseStartLine(tuple):
    def __new__(cls, version, code, reason):
        return tuple.__new__(cls, (version, code, reason))

    version = property(lambda self: self[0])
    code = property(lambda self: self[1])
    reason = property(lambda self: self[2])

    def __repr__(self):
        return "ResponseStartLine(version=%r, code=%r, reason=%r)" % tuple(self)


def parse_request_start_line(line):
    # `method SP target SP HTTP/d.d`, the method a token: anything else is
    # malformed; a well-formed version other than 1.x is unexpected.
    parts = line.split(" ")
    if (len(parts) != 3 or not parts[0] or not parts[1]
            or not all(c in _TOKEN_CHARS for c in parts[0])):
        raise HTTPInputError("Malformed HTTP request line")
    version = parts[2]
    if (len(version) != 8 or not version.startswith("HTTP/") or version[5] not in _ASCII_DIGITS
            or version[6] != "." or version[7] not in _ASCII_DIGITS):
        raise HTTPInputError("Malformed HTTP request line")
    if version[5] != "1":
        raise HTTPInputError("Unexpected HTTP version %r" % version)
    return RequestStartLine(parts[0], parts[1], version)


_TOKEN_CHARS = frozenset("!#$%&'*+-.^_`|~0123456789"
                         "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def parse_response_start_line(line):
    # RFC 9112's status-line, `HTTP/d.d SP 3DIGIT SP reason`, the reason
    # tabs, spaces and visible (or non-ASCII) characters; then HTTP/1.x only.
    parts = line.split(" ", 2)
    if len(parts) != 3:
        raise HTTPInputError("Error parsing response start line")
    version, code, reason = parts
    if (len(version) != 8 or not version.startswith("HTTP/") or version[5] not in _ASCII_DIGITS
            or version[6] != "." or version[7] not in _ASCII_DIGITS
            or len(code) != 3 or not all(c in _ASCII_DIGITS for c in code)
            or any(c != "\t" and (c < " " or c == "\x7f") for c in reason)):
        raise HTTPInputError("Error parsing response start line")
    if not version.startswith("HTTP/1"):
        raise HTTPInputError("Unexpected HTTP version %r" % version)
    return ResponseStartLine(version, int(code), reason)


_ASCII_DIGITS = "0123456789"


class HTTPServerRequest:
    """A single HTTP request: ``method``, ``uri``, ``path``, ``query``,
    ``version``, ``headers``, ``body``, ``remote_ip``, ``protocol``, ``host``,
    ``arguments`` (query + body), ``query_arguments``, ``body_arguments``,
    ``files``, ``connection``."""

    _cookies = None
    _finish_time = None
    server_connection = None
    _body_parsed = False
    _body_error = None

    def __init__(self, method=None, uri=None, version="HTTP/1.0", headers=None, body=None,
                 host=None, files=None, connection=None, start_line=None,
                 server_connection=None):
        if start_line is not None:
            method, uri, version = start_line
        self.method = method or "GET"
        self.uri = uri = uri or "/"
        self.version = version
        if headers is None:
            headers = HTTPHeaders()
        self.headers = headers
        self.body = body or b""
        if connection is not None:
            self.remote_ip = getattr(connection, "remote_ip", None)
            self.protocol = getattr(connection, "protocol", "http")
        else:
            self.remote_ip = None
            self.protocol = "http"
        if host is not None:
            self.host = host
        else:
            hosts = headers._as_list.get("Host")
            if hosts is not None:
                self.host = hosts[0] if len(hosts) == 1 else ",".join(hosts)
            elif version == "HTTP/1.0":
                self.host = "127.0.0.1"
            else:
                raise HTTPInputError("Missing Host header")
        if files:
            self.files = files
        self.connection = connection
        if server_connection is not None:
            self.server_connection = server_connection
        self._start_time = time.time()
        self.path, sep, self.query = uri.partition("?")
        # Parsed lazily below, but bounded here as Tornado bounds it when
        # it parses the query in the constructor: too many fields is a
        # malformed request (the connection answers a bare 400).
        max_fields = _DEFAULT_PARSE_BODY_CONFIG.urlencoded.max_arguments
        if self.query and 1 + self.query.count("&") > max_fields:
            raise HTTPInputError("Invalid query string: Max number of fields exceeded")

    def __getattr__(self, name):
        # Parsed on first use: most requests never read their arguments.
        if name == "query_arguments":
            try:
                args = parse_qs_bytes(
                    self.query, keep_blank_values=True,
                    max_num_fields=_DEFAULT_PARSE_BODY_CONFIG.urlencoded.max_arguments)
            except Exception as e:
                raise HTTPInputError("Invalid query string: %s" % e)
            self.query_arguments = args
            return args
        if name == "arguments":
            args = {}
            for k, v in self.query_arguments.items():
                args[k] = list(v)
            self.arguments = args
            return args
        if name == "body_arguments":
            self.body_arguments = {}
            return self.body_arguments
        if name == "files":
            self.files = {}
            return self.files
        if name == "host_name":
            self.host_name = split_host_and_port(self.host.lower())[0]
            return self.host_name
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    @property
    def cookies(self):
        if self._cookies is None:
            cookies = {}
            if "Cookie" in self.headers:
                try:
                    parsed = parse_cookie(self.headers["Cookie"])
                except Exception:
                    parsed = {}
                for k, v in parsed.items():
                    if _is_legal_cookie_name(k):
                        cookies[k] = Morsel(k, v)
            self._cookies = cookies
        return self._cookies

    def full_url(self):
        return self.protocol + "://" + self.host + self.uri

    def request_time(self):
        if self._finish_time is None:
            return time.time() - self._start_time
        return self._finish_time - self._start_time

    def get_ssl_certificate(self, binary_form=False):
        return None

    def _parse_body(self):
        """Fills body_arguments/files (and arguments) from the body, once.
        The server calls it before dispatch; a malformed body is kept in
        ``_body_error`` for the handler to answer with a 400, as Tornado's
        RequestHandler does."""
        if self._body_parsed or (not self.body and "Content-Type" not in self.headers._as_list):
            # (An empty body still has to be a valid one of its type.)
            return
        self._body_parsed = True
        try:
            parse_body_arguments(self.headers.get("Content-Type", ""), self.body,
                                 self.body_arguments, self.files, self.headers)
        except HTTPInputError as e:
            self._body_error = e
            return
        arguments = self.arguments
        for k, v in self.body_arguments.items():
            if k in arguments:
                arguments[k].extend(v)
            else:
                arguments[k] = list(v)

    def __repr__(self):
        attrs = ("protocol", "host", "method", "uri", "version", "remote_ip")
        args = ", ".join(["%s=%r" % (n, getattr(self, n)) for n in attrs])
        return "%s(%s)" % (type(self).__name__, args)


def url_concat(url, args):
    if args is None:
        return url
    parsed_url = urlparse(url)
    if isinstance(args, dict):
        parsed_query = parse_qsl(parsed_url.query, keep_blank_values=True)
        parsed_query.extend(args.items())
    elif isinstance(args, list) or isinstance(args, tuple):
        parsed_query = parse_qsl(parsed_url.query, keep_blank_values=True)
        parsed_query.extend(args)
    else:
        raise TypeError("'args' parameter should be dict, list or tuple. Not {0}".format(
            type(args)))
    final_query = urlencode(parsed_query)
    return urlunparse((parsed_url[0], parsed_url[1], parsed_url[2], parsed_url[3],
                       final_query, parsed_url[5]))


class ParseMultipartConfig:
    """Limits on ``multipart/form-data`` bodies (Tornado 6.5.5)."""

    def __init__(self, enabled=True, max_parts=100, max_part_header_size=10 * 1024):
        self.enabled = enabled
        self.max_parts = max_parts
        self.max_part_header_size = max_part_header_size

    def __repr__(self):
        return "ParseMultipartConfig(enabled=%r, max_parts=%r, max_part_header_size=%r)" % (
            self.enabled, self.max_parts, self.max_part_header_size)


class ParseUrlEncodedConfig:
    """Limits on urlencoded bodies and query strings (Tornado 6.5.8)."""

    def __init__(self, max_arguments=1000):
        self.max_arguments = max_arguments

    def __repr__(self):
        return "ParseUrlEncodedConfig(max_arguments=%r)" % (self.max_arguments,)


class ParseBodyConfig:
    """How request bodies are parsed (Tornado 6.5.5)."""

    def __init__(self, multipart=None, urlencoded=None):
        self.multipart = multipart if multipart is not None else ParseMultipartConfig()
        self.urlencoded = urlencoded if urlencoded is not None else ParseUrlEncodedConfig()

    def __repr__(self):
        return "ParseBodyConfig(multipart=%r, urlencoded=%r)" % (self.multipart, self.urlencoded)


_DEFAULT_PARSE_BODY_CONFIG = ParseBodyConfig()


def set_parse_body_config(config):
    """Sets the **global** default configuration for parsing request bodies."""
    global _DEFAULT_PARSE_BODY_CONFIG
    _DEFAULT_PARSE_BODY_CONFIG = config


def parse_body_arguments(content_type, body, arguments, files, headers=None, *, config=None):
    if config is None:
        config = _DEFAULT_PARSE_BODY_CONFIG
    if content_type.startswith("application/x-www-form-urlencoded"):
        if headers and "Content-Encoding" in headers:
            raise HTTPInputError("Unsupported Content-Encoding: %s" % headers["Content-Encoding"])
        try:
            uri_arguments = parse_qs_bytes(body, keep_blank_values=True,
                                           max_num_fields=config.urlencoded.max_arguments)
        except Exception as e:
            raise HTTPInputError("Invalid x-www-form-urlencoded body: %s" % e)
        for name, values in uri_arguments.items():
            if values:
                arguments.setdefault(name, []).extend(values)
    elif content_type.startswith("multipart/form-data"):
        if headers and "Content-Encoding" in headers:
            raise HTTPInputError("Unsupported Content-Encoding: %s" % headers["Content-Encoding"])
        try:
            fields = content_type.split(";")
            if fields[0].strip() != "multipart/form-data":
                raise HTTPInputError("Invalid content type")
            for field in fields:
                k, sep, v = field.strip().partition("=")
                if k == "boundary" and v:
                    parse_multipart_form_data(utf8(v), body, arguments, files,
                                              config=config.multipart)
                    break
            else:
                raise HTTPInputError("multipart boundary not found")
        except Exception as e:
            raise HTTPInputError("Invalid multipart/form-data: %s" % e)


def parse_multipart_form_data(boundary, data, arguments, files, *, config=None):
    if config is None:
        config = _DEFAULT_PARSE_BODY_CONFIG.multipart
    if not config.enabled:
        raise HTTPInputError("multipart/form-data parsing is disabled")
    # whirl's bytes have few methods: the work is done on a str holding one
    # character per byte, and values are turned back into bytes.
    boundary = latin1_decode(boundary)
    text = latin1_decode(data)
    if boundary.startswith('"') and boundary.endswith('"'):
        boundary = boundary[1:-1]
    final_boundary_index = text.rfind("--" + boundary + "--")
    if final_boundary_index == -1:
        raise HTTPInputError("Invalid multipart/form-data: no final boundary found")
    parts = text[:final_boundary_index].split("--" + boundary + "\r\n", config.max_parts + 1)
    if len(parts) > config.max_parts:
        raise HTTPInputError("multipart/form-data has too many parts")
    for part in parts:
        if not part:
            continue
        eoh = part.find("\r\n\r\n")
        if eoh == -1:
            raise HTTPInputError("multipart/form-data missing headers")
        if eoh > config.max_part_header_size:
            raise HTTPInputError("multipart/form-data part header too large")
        headers = HTTPHeaders.parse(latin1_encode(part[:eoh]).decode("utf-8"),
                                    _chars_are_bytes=False)
        disp_header = headers.get("Content-Disposition", "")
        disposition, disp_params = _parse_header(disp_header)
        if disposition != "form-data" or not part.endswith("\r\n"):
            raise HTTPInputError("Invalid multipart/form-data")
        value = latin1_encode(part[eoh + 4:-2])
        if not disp_params.get("name"):
            raise HTTPInputError("multipart/form-data missing name")
        name = disp_params["name"]
        if disp_params.get("filename"):
            ctype = headers.get("Content-Type", "application/unknown")
            files.setdefault(name, []).append(
                HTTPFile(filename=disp_params["filename"], body=value, content_type=ctype))
        else:
            arguments.setdefault(name, []).append(value)


def _parse_request_range(range_header):
    """A ``Range`` header as ``(start, end)`` slice indexes, or None when
    it is not one ``bytes`` range (Tornado's rules: ``bytes=-6`` is
    ``(-6, None)``, ``bytes=-0`` is ``(None, 0)``)."""
    unit, _, value = range_header.partition("=")
    unit, value = unit.strip(), value.strip()
    if unit != "bytes":
        return None
    start_b, _, end_b = value.partition("-")
    try:
        start = _int_or_none(start_b)
        end = _int_or_none(end_b)
    except ValueError:
        return None
    if end is not None:
        if start is None:
            if end != 0:
                start = -end
                end = None
        else:
            end += 1
    return (start, end)


def _get_content_range(start, end, total):
    """A ``Content-Range`` value: ``bytes 1-2/4``."""
    start = start or 0
    end = (end or total) - 1
    return "bytes %d-%d/%d" % (start, end, total)


def _int_or_none(val):
    val = val.strip()
    if val == "":
        return None
    return int(val)


_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _timegm(t):
    year, month, day, hour, minute, second = t[0], t[1], t[2], t[3], t[4], t[5]
    # Days from 1970-01-01 to the date (Howard Hinnant's days_from_civil).
    y = year - (1 if month <= 2 else 0)
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days = era * 146097 + doe - 719468
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def format_timestamp(ts):
    """An HTTP date: ``Sun, 06 Nov 1994 08:49:37 GMT``."""
    if isinstance(ts, (int, float)) and not isinstance(ts, bool):
        time_num = ts
    elif isinstance(ts, tuple):
        time_num = _timegm(ts)
    else:
        import datetime

        if not isinstance(ts, datetime.datetime):
            raise TypeError("unknown timestamp type: %r" % (ts,))
        # A naive datetime is taken as UTC.
        time_num = _timegm(tuple(ts.utctimetuple()))
    t = time.gmtime(time_num)
    return "%s, %02d %s %04d %02d:%02d:%02d GMT" % (
        _WEEKDAYS[t[6]], t[2], _MONTHS[t[1] - 1], t[0], t[3], t[4], t[5])


def _parse_http_date(value):
    """Seconds since the epoch for an RFC 1123 date ("Sun, 06 Nov 1994
    08:49:37 GMT"), or None when it is not one."""
    parts = value.strip().replace(",", " ").split()
    if parts and parts[-1] in ("GMT", "UTC", "+0000"):
        parts = parts[:-1]
    if parts and parts[0][:3] in _WEEKDAYS:
        parts = parts[1:]
    if len(parts) != 4:
        return None
    try:
        day = int(parts[0])
        month = _MONTHS.index(parts[1][:3].capitalize()) + 1
        year = int(parts[2])
        hms = parts[3].split(":")
        hour, minute, second = int(hms[0]), int(hms[1]), int(hms[2])
    except (ValueError, IndexError):
        return None
    if year < 100:
        year += 2000 if year < 69 else 1900
    # A date datetime refuses (year 99999, 31 Feb, 25:00) is no date, as
    # email.utils.parsedate_to_datetime finds.
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    if not (1 <= year <= 9999 and 1 <= day <= days and 0 <= hour <= 23
            and 0 <= minute <= 59 and 0 <= second <= 59):
        return None
    return _timegm((year, month, day, hour, minute, second))


def _parseparam(s):
    start = 0
    while s.find(";", start) == start:
        start += 1
        end = s.find(";", start)
        ind, diff = start, 0
        while end > 0:
            diff += s.count('"', ind, end) - s.count('\\"', ind, end)
            if diff % 2 == 0:
                break
            end, ind = ind, s.find(";", end + 1)
        if end < 0:
            end = len(s)
        f = s[start:end]
        yield f.strip()
        start = end


def _parse_header(line):
    parts = _parseparam(";" + line)
    key = next(parts)
    pdict = {}
    # RFC 2231/5987 parameters: `name*=charset'lang'%XX..` and the pieces
    # `name*0`, `name*1*`, ... of a long value, joined and decoded after.
    extended = {}
    for p in parts:
        i = p.find("=")
        if i >= 0:
            name = p[:i].strip().lower()
            value = native_str(p[i + 1:].strip())
            if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
                value = value[1:-1].replace("\\\\", "\\").replace('\\"', '"')
            if "*" in name:
                base, _, rest = name.partition("*")
                encoded = rest.endswith("*") or rest == ""
                index = rest.rstrip("*")
                if index == "" or index.isdigit():
                    extended.setdefault(base, []).append((int(index or 0), encoded, value))
                    continue
            pdict[name] = value
    for name, pieces in extended.items():
        pdict[name] = _join_rfc2231(sorted(pieces, key=lambda piece: piece[0]))
    return key, pdict


def _join_rfc2231(pieces):
    """The value of an RFC 2231 parameter from its (index, encoded, text)
    pieces: the first encoded piece names the charset."""
    from urllib.parse import unquote_to_bytes

    charset = "us-ascii"
    if pieces[0][1] and pieces[0][2].count("'") >= 2:
        charset, _, text = pieces[0][2].split("'", 2)
        pieces[0] = (0, True, text)
        charset = charset or "us-ascii"
    try:
        "".encode(charset)
    except LookupError:
        charset = "us-ascii"
    raw = b""
    for _, encoded, text in pieces:
        if encoded:
            raw += unquote_to_bytes(text)
        else:
            raw += text.encode(charset, "surrogateescape")
    return raw.decode(charset, "replace")


def _encode_header(key, pdict):
    if not pdict:
        return key
    out = [key]
    for k, v in sorted(pdict.items()):
        if v is None:
            out.append(k)
        else:
            out.append("%s=%s" % (k, v))
    return "; ".join(out)


def encode_username_password(username, password):
    # Text is normalized (NFC) first, so that equal names encode equally.
    import unicodedata

    if isinstance(username, str):
        username = unicodedata.normalize("NFC", username)
    if isinstance(password, str):
        password = unicodedata.normalize("NFC", password)
    return utf8(username) + b":" + utf8(password)


def split_host_and_port(netloc):
    host, sep, port = netloc.rpartition(":")
    if sep and host and port.isdigit():
        return (host, int(port))
    return (netloc, None)


def qs_to_qsl(qs):
    for k, vs in qs.items():
        for v in vs:
            yield (k, v)


def _unquote_cookie(s):
    if s is None or len(s) < 2:
        return s
    if s[0] != '"' or s[-1] != '"':
        return s
    s = s[1:-1]
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "\\" and i + 1 < n:
            octal = s[i + 1:i + 4]
            if (len(octal) == 3 and octal[0] in "0123" and octal[1] in "01234567"
                    and octal[2] in "01234567"):
                out.append(chr(int(octal, 8)))
                i += 4
            else:
                out.append(s[i + 1])
                i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def parse_cookie(cookie):
    cookiedict = {}
    for chunk in cookie.split(";"):
        if "=" in chunk:
            key, val = chunk.split("=", 1)
        else:
            key, val = "", chunk
        key, val = key.strip(), val.strip()
        if key or val:
            cookiedict[key] = _unquote_cookie(val)
    return cookiedict


class HTTPServerConnectionDelegate:
    """Implement this interface to handle requests from `.HTTPServer`:
    `start_request(server_conn, request_conn)` gives each request's
    `HTTPMessageDelegate`."""

    def start_request(self, server_conn, request_conn):
        raise NotImplementedError()

    def on_close(self, server_conn):
        pass


class HTTPMessageDelegate:
    """Receives one HTTP message: `headers_received`, then
    `data_received` for each piece of the body, then `finish` (or
    `on_connection_close`)."""

    def headers_received(self, start_line, headers):
        pass

    def data_received(self, chunk):
        pass

    def finish(self):
        pass

    def on_connection_close(self):
        pass


class HTTPConnection:
    """What a message delegate writes its response through."""

    def write_headers(self, start_line, headers, chunk=None):
        raise NotImplementedError()

    def write(self, chunk):
        raise NotImplementedError()

    def finish(self):
        raise NotImplementedError()
