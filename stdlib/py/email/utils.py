"""email.utils: dates and addresses in RFC 5322 headers.

Written for whirl: the address parser tokenizes a header into words,
quoted strings, comments, domain literals and specials, and reads
display names, addr-specs, <route addresses> and groups from them; the
date parser reads "[Day,] DD Mon YYYY HH:MM[:SS] [zone]" and the common
variations mail software writes."""

import datetime
import os
import random
import socket
import time

__all__ = ['collapse_rfc2231_value', 'decode_params', 'decode_rfc2231',
           'encode_rfc2231', 'formataddr', 'formatdate', 'format_datetime',
           'getaddresses', 'make_msgid', 'mktime_tz', 'parseaddr', 'parsedate',
           'parsedate_tz', 'parsedate_to_datetime', 'unquote', 'quote',
           'localtime']

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
           'Oct', 'Nov', 'Dec']
_MONTH_NUMBER = {}
for _i, _m in enumerate(_MONTHS):
    _MONTH_NUMBER[_m.lower()] = _i + 1
for _i, _m in enumerate(['january', 'february', 'march', 'april', 'may', 'june',
                         'july', 'august', 'september', 'october', 'november',
                         'december']):
    _MONTH_NUMBER[_m] = _i + 1
_DAY_NAMES = {'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'}

# Zone names RFC 822 allows, as +HHMM.
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
          'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400,
          'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600,
          'PST': -800, 'PDT': -700}

_SPECIALS = '()<>@,:;.\"[]'


# --- quoting -------------------------------------------------------------

def quote(str):
    """Escapes backslashes and double quotes for a quoted-string."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    """Removes one level of <> or "" around a string."""
    if len(str) > 1:
        if str.startswith('"') and str.endswith('"'):
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str.startswith('<') and str.endswith('>'):
            return str[1:-1]
    return str


# --- dates ---------------------------------------------------------------

def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _timegm(t):
    """Seconds since the epoch of a UTC time tuple (no calendar needed)."""
    year, month, day, hour, minute, second = t[:6]
    cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    days = _days_before_year(year) - _days_before_year(1970)
    days += cum[month - 1] + day - 1
    if month > 2 and (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        days += 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def _split_zone(word):
    for sign in '+-':
        i = word.find(sign)
        if i > 0:
            return word[:i], word[i:]
    return word, ''


def _parsedate_tz(data):
    """The fields of a date header as a list of ten, the zone offset in
    seconds (None when unknown), or None when it is not a date."""
    if not data:
        return None
    parts = data.split()
    if not parts:
        return None
    if parts[0].endswith(',') or parts[0].lower() in _DAY_NAMES:
        del parts[0]
    else:
        i = parts[0].rfind(',')
        if i >= 0:
            parts[0] = parts[0][i + 1:]
    if len(parts) == 3:
        dmy = parts[0].split('-')
        if len(dmy) == 3:
            parts = dmy + parts[1:]
    if len(parts) == 4:
        hms, zone = _split_zone(parts[3])
        if zone:
            parts[3:] = [hms, zone]
        else:
            parts.append('')
    if len(parts) < 5:
        return None
    dd, mm, yy, tm, tz = parts[:5]
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _MONTH_NUMBER:
        dd, mm = mm, dd.lower()
        if mm not in _MONTH_NUMBER:
            return None
    month = _MONTH_NUMBER[mm]
    if dd.endswith(','):
        dd = dd[:-1]
    i = yy.find(':')
    if i > 0:
        yy, tm = tm, yy
    if yy.endswith(','):
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm.endswith(','):
        tm = tm[:-1]
    fields = tm.split(':')
    if len(fields) == 2:
        thh, tmm = fields
        tss = '0'
    elif len(fields) == 3:
        thh, tmm, tss = fields
    elif len(fields) == 1 and '.' in tm:
        fields = tm.split('.')
        if len(fields) == 2:
            thh, tmm = fields
            tss = '0'
        elif len(fields) == 3:
            thh, tmm, tss = fields
        else:
            return None
    else:
        return None
    try:
        year = int(yy)
        day = int(dd)
        hour = int(thh)
        minute = int(tmm)
        second = int(tss)
    except ValueError:
        return None
    if year < 100:
        year += 1900 if year > 68 else 2000
    offset = None
    tz = tz.upper()
    if tz in _ZONES:
        offset = _ZONES[tz]
    else:
        try:
            offset = int(tz)
        except ValueError:
            pass
        if offset == 0 and tz.startswith('-'):
            offset = None
    if offset is not None:
        sign = -1 if offset < 0 else 1
        offset = abs(offset)
        offset = sign * ((offset // 100) * 3600 + (offset % 100) * 60)
    return [year, month, day, hour, minute, second, 0, 1, -1, offset]


def parsedate_tz(data):
    """A 10-tuple: the 9 fields of time.struct_time and the zone's offset
    from UTC in seconds; None when data is not a date."""
    t = _parsedate_tz(data)
    if t is None:
        return None
    if t[9] is None:
        t[9] = 0
    return tuple(t)


def parsedate(data):
    """The 9 time fields of a date header (the zone ignored), or None."""
    t = parsedate_tz(data)
    if t is None:
        return None
    return t[:9]


def mktime_tz(data):
    """Seconds since the epoch of a parsedate_tz() 10-tuple."""
    if data[9] is None:
        # No zone: local time, which whirl takes as UTC.
        return _timegm(data)
    return _timegm(data) - data[9]


def parsedate_to_datetime(data):
    """A datetime from a date header; naive when the zone is -0000."""
    t = _parsedate_tz(data)
    if t is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *fields, tz = t
    if tz is None:
        return datetime.datetime(*fields[:6])
    return datetime.datetime(*fields[:6], tzinfo=datetime.timezone(
        datetime.timedelta(seconds=tz)))


def _format_timetuple_and_zone(timetuple, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[timetuple[6]], timetuple[2], _MONTHS[timetuple[1] - 1],
        timetuple[0], timetuple[3], timetuple[4], timetuple[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date string: 'Fri, 09 Nov 2001 01:08:47 -0000'."""
    if timeval is None:
        timeval = time.time()
    dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    elif not usegmt:
        dt = dt.replace(tzinfo=None)
    return format_datetime(dt, usegmt)


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date string of a datetime; a naive one gets -0000."""
    now = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime("%z")
    return _format_timetuple_and_zone(now, zone)


def localtime(dt=None, isdst=-1):
    """An aware datetime in the local zone (now, when dt is None)."""
    if dt is None:
        dt = datetime.datetime.now(datetime.timezone.utc)
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID: '<142480216486.20800.16526388040877946887@host>'."""
    timeval = int(time.time() * 100)
    pid = os.getpid()
    randint = random.getrandbits(64)
    idstring = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = socket.getfqdn()
    return '<%d.%d.%d%s@%s>' % (timeval, pid, randint, idstring, domain)


# --- addresses -----------------------------------------------------------

class _AddressReader:
    """Reads a list of addresses from a header value, keeping CPython's
    answers for malformed input (a lone word is an address; stray
    specials are skipped)."""

    def __init__(self, field):
        self.field = field
        self.pos = 0
        self.comments = []

    def skip_space(self):
        while self.pos < len(self.field) and self.field[self.pos] in ' \t\r\n':
            self.pos += 1

    def skip_cfws(self):
        """Skip blanks and comments (kept in self.comments); return the
        blanks skipped, line breaks left out."""
        blanks = []
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in ' \t\r\n':
                if c not in '\r\n':
                    blanks.append(c)
                self.pos += 1
            elif c == '(':
                self.comments.append(self.delimited('(', ')', True))
            else:
                break
        return ''.join(blanks)

    def peek(self):
        return self.field[self.pos] if self.pos < len(self.field) else ''

    def delimited(self, begin, end, nested):
        """The text between begin and its matching end (self.pos at
        begin); backslash escapes the next character."""
        out = []
        self.pos += 1
        quoted = False
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if quoted:
                out.append(c)
                quoted = False
            elif c == end:
                self.pos += 1
                break
            elif nested and c == begin:
                # A nested comment's text joins without its parentheses.
                out.append(self.delimited(begin, end, True))
                continue
            elif c == '\\':
                quoted = True
            else:
                out.append(c)
            self.pos += 1
        return ''.join(out)

    def atom(self, extra=''):
        start = self.pos
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in _SPECIALS + ' \t\r\n' and c not in extra:
                break
            self.pos += 1
        # join: the field may be a list of strings (parseaddr([value])).
        return ''.join(self.field[start:self.pos])

    def phrase(self):
        words = []
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in ' \t\r\n':
                self.pos += 1
            elif c == '"':
                words.append(self.delimited('"', '"', False))
            elif c == '(':
                self.comments.append(self.delimited('(', ')', True))
            elif c in _SPECIALS and c != '.':
                break
            else:
                # A display name may hold periods ('John X. Doe').
                words.append(self.atom(extra='.'))
        return words

    def addrlist(self):
        result = []
        while self.pos < len(self.field):
            got = self.address()
            if got:
                result += got
            else:
                result.append(('', ''))
        return result

    def address(self):
        self.comments = []
        self.skip_cfws()
        start = self.pos
        words = self.phrase()
        self.skip_cfws()
        found = []
        c = self.peek()
        if self.pos >= len(self.field):
            if words:
                found = [(' '.join(self.comments), words[0])]
        elif c in '.@':
            self.pos = start
            self.comments = []
            spec = self.addrspec()
            found = [(' '.join(self.comments), spec)]
        elif c == ':':
            self.pos += 1
            end = len(self.field)
            while self.pos < end:
                self.skip_space()
                if self.peek() == ';':
                    self.pos += 1
                    break
                found += self.address()
        elif c == '<':
            route = self.routeaddr()
            if self.comments:
                name = ' '.join(words) + ' (' + ' '.join(self.comments) + ')'
            else:
                name = ' '.join(words)
            found = [(name, route)]
        else:
            if words:
                found = [(' '.join(self.comments), words[0])]
            elif c in _SPECIALS:
                self.pos += 1
        self.skip_space()
        if self.peek() == ',':
            self.pos += 1
        return found

    def routeaddr(self):
        if self.peek() != '<':
            return ''
        self.pos += 1
        self.skip_space()
        spec = ''
        in_route = False
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if in_route:
                self.domain()
                in_route = False
            elif c == '>':
                self.pos += 1
                break
            elif c == '@':
                self.pos += 1
                in_route = True
            elif c == ':':
                self.pos += 1
            else:
                spec = self.addrspec()
                self.pos += 1
                break
            self.skip_space()
        return spec

    def addrspec(self):
        local = []
        self.skip_cfws()
        while self.pos < len(self.field):
            keep_dot = True
            c = self.field[self.pos]
            if c == '.':
                if local and not local[-1].strip():
                    local.pop()
                local.append('.')
                self.pos += 1
                keep_dot = False
            elif c == '"':
                local.append('"%s"' % quote(self.delimited('"', '"', False)))
            elif c in _SPECIALS:
                if local and not local[-1].strip():
                    local.pop()
                break
            else:
                local.append(self.atom())
            # Blanks inside an obsolete local part are kept as they are.
            blanks = self.skip_cfws()
            if keep_dot and blanks:
                local.append(blanks)
        if self.peek() != '@':
            return ''.join(local)
        self.pos += 1
        self.skip_cfws()
        domain = self.domain()
        if not domain:
            # No domain (or a second '@'): no address at all rather than
            # a local part alone.
            return ''
        return ''.join(local) + '@' + domain

    def domain(self):
        parts = []
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in ' \t\r\n':
                self.pos += 1
            elif c == '(':
                self.comments.append(self.delimited('(', ')', True))
            elif c == '[':
                parts.append('[%s]' % self.delimited('[', ']', False))
            elif c == '.':
                self.pos += 1
                parts.append('.')
            elif c == '@':
                # 'a@evil.org@good.org' must not pass for an address at
                # either domain (bpo-34155).
                return ''
            elif c == '>':
                break
            elif c in _SPECIALS:
                break
            else:
                parts.append(self.atom())
        return ''.join(parts)


def _iter_escaped_chars(addr):
    """(position, character) for each character of addr; a backslash and
    the character it escapes come as one item at the escaped one's
    position (a trailing lone backslash as itself)."""
    i = 0
    n = len(addr)
    while i < n:
        if addr[i] != '\\':
            yield i, addr[i]
        elif i + 1 < n:
            i += 1
            yield i, '\\' + addr[i]
        else:
            yield i, '\\'
        i += 1


def _strip_quoted_realnames(addr):
    """addr without its quoted strings (quotes included); an unclosed
    quote and what follows it stay."""
    if '"' not in addr:
        return addr
    kept = []
    start = 0
    opened = None
    for pos, ch in _iter_escaped_chars(addr):
        if ch != '"':
            continue
        if opened is None:
            opened = pos
        else:
            kept.append(addr[start:opened])
            start = pos + 1
            opened = None
    kept.append(addr[start:])
    return ''.join(kept)


def _check_parenthesis(addr):
    """Whether the parentheses outside quoted strings are balanced (none
    closes before it opens)."""
    depth = 0
    for _, ch in _iter_escaped_chars(_strip_quoted_realnames(addr)):
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _reject_literals(pairs):
    # A '[' left in an address means a domain literal failed to parse.
    return [('', '') if '[' in addr else (name, addr) for name, addr in pairs]


# getaddresses and parseaddr take strict= (the CVE-2023-27043 fix).
supports_strict_parsing = True


def getaddresses(fieldvalues, *, strict=True):
    """(realname, address) pairs of all the addresses in header values.
    Strict (the default, as in Debian's patched 3.11): a value with
    unbalanced parentheses counts as invalid, and when the number of
    addresses found differs from the number of commas outside quoted
    names plus one, the answer is [('', '')]."""
    if not strict:
        return _AddressReader(', '.join(str(v) for v in fieldvalues)).addrlist()
    values = []
    for v in fieldvalues:
        v = str(v)
        values.append(v if _check_parenthesis(v) else "('', '')")
    found = _reject_literals(_AddressReader(', '.join(values)).addrlist())
    # Each comma outside a quoted name separates two addresses.
    expected = sum(1 + _strip_quoted_realnames(v).count(',') for v in values)
    if len(found) != expected:
        return [('', '')]
    return found


def parseaddr(addr, *, strict=True):
    """The (realname, address) pair of an address header; ('', '') when
    there is none or (strict) more than one, or it is malformed."""
    if not strict:
        found = _AddressReader(addr).addrlist()
        return found[0] if found else ('', '')
    if isinstance(addr, list):
        addr = addr[0]
    if not isinstance(addr, str):
        return ('', '')
    if not _check_parenthesis(addr):
        addr = "('', '')"
    found = _reject_literals(_AddressReader(addr).addrlist())
    if len(found) != 1:
        return ('', '')
    return found[0]


def formataddr(pair, charset='utf-8'):
    """'Name <addr>' from (name, addr), quoting the name when needed; a
    non-ASCII name is encoded as an RFC 2047 word."""
    name, address = pair
    address.encode('ascii')
    if name:
        try:
            name.encode('ascii')
        except UnicodeEncodeError:
            # The charset (a name or any object with header_encode) picks
            # the encoding of the word.
            if isinstance(charset, str):
                from email.charset import Charset
                charset = Charset(charset)
            return '%s <%s>' % (charset.header_encode(name), address)
        needs_quotes = any(c in '][\\()<>@,:;".' for c in name)
        if needs_quotes:
            return '"%s" <%s>' % (quote(name), address)
        return '%s <%s>' % (name, address)
    return address


# --- RFC 2231 parameters ----------------------------------------------------

def decode_rfc2231(s):
    """Splits "charset'language'value" into its three parts."""
    parts = s.split("'", 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    import urllib.parse
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    if language is None:
        language = ''
    return "%s'%s'%s" % (charset, language, s)


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    rawbytes = bytes(text, 'raw-unicode-escape')
    try:
        return str(rawbytes, charset, errors)
    except LookupError:
        return unquote(text)


def decode_params(params):
    """Decodes (name, value) parameters, joining RFC 2231 continuations."""
    import urllib.parse
    new_params = [params[0]]
    pieces = {}
    for name, value in params[1:]:
        encoded = name.endswith('*')
        value = unquote(value)
        base, star, rest = name.partition('*')
        if star and (rest == '' or rest.rstrip('*').isdigit()):
            num = int(rest.rstrip('*')) if rest.rstrip('*') else 0
            pieces.setdefault(base, []).append((num, value, encoded))
        else:
            new_params.append((name, '"%s"' % quote(value)))
    for name, continuations in pieces.items():
        continuations.sort(key=lambda c: c[0])
        value = []
        extended = False
        for num, s, encoded in continuations:
            if encoded:
                s = urllib.parse.unquote(s, encoding='latin-1')
                extended = True
            value.append(s)
        value = quote(''.join(value))
        if extended:
            charset, language, value = decode_rfc2231(value)
            new_params.append((name, (charset, language, '"%s"' % value)))
        else:
            new_params.append((name, '"%s"' % value))
    return new_params


def _has_surrogates(s):
    """True when the str carries undecodable bytes (lone surrogates)."""
    try:
        s.encode()
        return False
    except UnicodeEncodeError:
        return True


def _sanitize(string):
    # Undecodable bytes (surrogateescape) become U+FFFD.
    original_bytes = string.encode('utf-8', 'surrogateescape')
    return original_bytes.decode('utf-8', 'replace')
