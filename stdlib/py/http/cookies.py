"""http.cookies: HTTP cookies as in Set-Cookie and Cookie headers.

A SimpleCookie maps names to Morsels (a value plus attributes: path,
domain, expires, max-age, secure, httponly, samesite, ...); load() reads
a Cookie or Set-Cookie header, output() writes Set-Cookie lines. Values
that are not tokens are quoted, with other characters as octal escapes,
as CPython does."""

import re
import string
import time
import types

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]

_nulljoin = ''.join
_semispacejoin = '; '.join
_spacejoin = ' '.join


class CookieError(Exception):
    pass


# Characters a value may hold unquoted; the unescaped ones may appear
# inside quotes as they are, every other byte as \ooo.
_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_UnescapedChars = _LegalChars + ' ()/<=>?@[]{}'

_Translator = {n: '\\%03o' % n for n in set(range(256)) - set(map(ord, _UnescapedChars))}
_Translator[ord('"')] = '\\"'
_Translator[ord('\\')] = '\\\\'

_is_legal_key = re.compile('[%s]+' % re.escape(_LegalChars)).fullmatch


def _quote(str):
    """The value as is when it is a token, else quoted and escaped."""
    if str is None or _is_legal_key(str):
        return str
    return '"' + str.translate(_Translator) + '"'


_OCTAL_DIGITS = '01234567'


def _unquote(str):
    """The text of a quoted value ("..."), escapes undone: \\ooo (octal,
    first digit 0-3) is that character, \\x is x."""
    if str is None or len(str) < 2:
        return str
    if str[0] != '"' or str[-1] != '"':
        return str
    inner = str[1:-1]
    out = []
    i = 0
    n = len(inner)
    while True:
        j = inner.find('\\', i)
        if j < 0 or j + 1 >= n:
            out.append(inner[i:])
            break
        out.append(inner[i:j])
        code = inner[j + 1:j + 4]
        if (len(code) == 3 and code[0] in '0123' and code[1] in _OCTAL_DIGITS
                and code[2] in _OCTAL_DIGITS):
            out.append(chr(int(code, 8)))
            i = j + 4
        else:
            out.append(inner[j + 1])
            i = j + 2
    return _nulljoin(out)


_weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

_monthname = [None,
              'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
              'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    """An expires date `future` seconds from now."""
    now = time.time()
    year, month, day, hh, mm, ss, wd, y, z = time.gmtime(now + future)[:9]
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % \
           (weekdayname[wd], day, monthname[month], year, hh, mm, ss)


class Morsel(dict):
    """One cookie: key, value, coded_value and its attributes (the dict)."""

    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }

    _flags = {'secure', 'httponly'}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for key in self._reserved:
            dict.__setitem__(self, key, "")

    @property
    def key(self):
        return self._key

    @property
    def value(self):
        return self._value

    @property
    def coded_value(self):
        return self._coded_value

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError("Invalid attribute %r" % (K,))
        dict.__setitem__(self, K, V)

    def setdefault(self, key, val=None):
        key = key.lower()
        if key not in self._reserved:
            raise CookieError("Invalid attribute %r" % (key,))
        return dict.setdefault(self, key, val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel) and
                self._value == morsel._value and
                self._key == morsel._key and
                self._coded_value == morsel._coded_value)

    def __ne__(self, morsel):
        equal = self.__eq__(morsel)
        return equal if equal is NotImplemented else not equal

    def copy(self):
        morsel = Morsel()
        dict.update(morsel, self)
        morsel.__dict__.update(self.__dict__)
        return morsel

    def update(self, values):
        data = {}
        for key, val in dict(values).items():
            key = key.lower()
            if key not in self._reserved:
                raise CookieError("Invalid attribute %r" % (key,))
            data[key] = val
        dict.update(self, data)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not _is_legal_key(key):
            raise CookieError('Illegal key %r' % (key,))
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def __getstate__(self):
        return {
            'key': self._key,
            'value': self._value,
            'coded_value': self._coded_value,
        }

    def __setstate__(self, state):
        self._key = state['key']
        self._value = state['value']
        self._coded_value = state['coded_value']

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (self.__class__.__name__, self.OutputString())

    def js_output(self, attrs=None):
        return """
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = \"%s\";
        // end hiding -->
        </script>
        """ % (self.OutputString(attrs).replace('"', r'\"'))

    def OutputString(self, attrs=None):
        """'key=value; Attr=...' with the attributes set, sorted."""
        result = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for key, value in sorted(self.items()):
            if value == "":
                continue
            if key not in attrs:
                continue
            if key == "expires" and isinstance(value, int):
                result.append("%s=%s" % (self._reserved[key], _getdate(value)))
            elif key == "max-age" and isinstance(value, int):
                result.append("%s=%d" % (self._reserved[key], value))
            elif key == "comment" and isinstance(value, str):
                result.append("%s=%s" % (self._reserved[key], _quote(value)))
            elif key in self._flags:
                if value:
                    result.append(str(self._reserved[key]))
            else:
                result.append("%s=%s" % (self._reserved[key], value))
        return _semispacejoin(result)

    __class_getitem__ = classmethod(types.GenericAlias)


# One "key[=value]" of a cookie header: a key of legal characters, then
# optionally '=' and a value -- quoted, an expires date (which holds a
# comma and spaces), or a run of legal characters -- then a space, a
# semicolon or the end.
_key_chars = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_value_chars = _key_chars + r"\[\]"
_CookiePattern = re.compile(
    r'\s*(?P<key>[' + _key_chars + r']+?)'
    r'(\s*=\s*(?P<val>"(?:[^\\"]|\\.)*"'
    r'|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT'
    r'|[' + _value_chars + r']*))?'
    r'\s*(\s+|;|$)', re.ASCII)


class BaseCookie(dict):
    """Cookies by name; subclasses say how values are coded."""

    def value_decode(self, val):
        return val, val

    def value_encode(self, val):
        strval = str(val)
        return strval, strval

    def __init__(self, input=None):
        if input:
            self.load(input)

    def __set(self, key, real_value, coded_value):
        M = self.get(key, Morsel())
        M.set(key, real_value, coded_value)
        dict.__setitem__(self, key, M)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            rval, cval = self.value_encode(value)
            self.__set(key, rval, cval)

    def output(self, attrs=None, header="Set-Cookie:", sep="\015\012"):
        result = []
        for key, value in sorted(self.items()):
            result.append(value.output(attrs, header))
        return sep.join(result)

    __str__ = output

    def __repr__(self):
        parts = []
        for key, value in sorted(self.items()):
            parts.append('%s=%s' % (key, repr(value.value)))
        return '<%s: %s>' % (self.__class__.__name__, _spacejoin(parts))

    def js_output(self, attrs=None):
        result = []
        for key, value in sorted(self.items()):
            result.append(value.js_output(attrs))
        return _nulljoin(result)

    def load(self, rawdata):
        """Reads a cookie header ('a=1; b="x y"; Path=/'), or sets the
        items of a dict."""
        if isinstance(rawdata, str):
            self.__parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value
        return

    def __parse_string(self, str, patt=_CookiePattern):
        i = 0
        n = len(str)
        parsed = []
        morsel_seen = False
        ATTRIBUTE = 1
        KEYVALUE = 2
        while 0 <= i < n:
            match = patt.match(str, i)
            if not match:
                break
            key, value = match.group("key"), match.group("val")
            i = match.end(0)
            if key[0] == "$":
                if not morsel_seen:
                    continue
                parsed.append((ATTRIBUTE, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not morsel_seen:
                    return
                if value is None:
                    if key.lower() in Morsel._flags:
                        parsed.append((ATTRIBUTE, key, True))
                    else:
                        return
                else:
                    parsed.append((ATTRIBUTE, key, _unquote(value)))
            elif value is not None:
                parsed.append((KEYVALUE, key, self.value_decode(value)))
                morsel_seen = True
            else:
                return
        M = None
        for tp, key, value in parsed:
            if tp == ATTRIBUTE:
                M[key] = value
            else:
                rval, cval = value
                self.__set(key, rval, cval)
                M = self[key]


class SimpleCookie(BaseCookie):
    """Cookies whose values are strings, quoted when needed."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        strval = str(val)
        return strval, _quote(strval)
