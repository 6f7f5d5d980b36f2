"""email._header_tokens: the small RFC 5322 / RFC 2045 reader behind
email.headerregistry's structured headers.

It reads address lists (RFC 5322 3.4: mailboxes, angle addresses, groups,
quoted strings, comments) and MIME headers with parameters (RFC 2045 5.1,
RFC 2231 continuations and charsets). It is deliberately simpler than a full
token tree: it yields the values the header classes expose (addresses,
params, the canonical text) and the defects a reader of the header needs.
"""

from email import errors

# RFC 5322 specials; a display name or local part holding one is quoted.
SPECIALS = set('()<>@,:;.\\"[]')
WSP = set(' \t')
ATOM_ENDS = SPECIALS | WSP
DOT_ATOM_ENDS = ATOM_ENDS - set('.')
# RFC 2045 tspecials end a MIME token.
TSPECIALS = (SPECIALS | set('/?=')) - set('.')


def quote_string(value):
    """value as an RFC 5322 quoted-string."""
    return '"' + str(value).replace('\\', '\\\\').replace('"', r'\"') + '"'


def decode_encoded_words(text):
    """text with its RFC 2047 encoded words decoded (left as is when they
    do not decode)."""
    if '=?' not in text:
        return text
    try:
        from email.header import decode_header, make_header
        return str(make_header(decode_header(text)))
    except Exception:
        return text


class _Lexer:
    """Splits header text into ('atom'|'quoted'|'comment'|'special', text)
    pieces; whitespace between pieces is remembered on the next piece."""

    def __init__(self, text):
        self.text = text
        self.defects = []

    def tokens(self):
        text = self.text
        i = 0
        n = len(text)
        out = []
        space = False
        while i < n:
            c = text[i]
            if c in ' \t\r\n':
                space = True
                i += 1
                continue
            if c == '"':
                j = i + 1
                buf = []
                while j < n and text[j] != '"':
                    if text[j] == '\\' and j + 1 < n:
                        j += 1
                    buf.append(text[j])
                    j += 1
                if j >= n:
                    self.defects.append(errors.InvalidHeaderDefect(
                        "end of header inside quoted string"))
                out.append(('quoted', ''.join(buf), space))
                i = j + 1
            elif c == '(':
                depth = 1
                j = i + 1
                buf = []
                while j < n and depth:
                    if text[j] == '\\' and j + 1 < n:
                        j += 1
                    elif text[j] == '(':
                        depth += 1
                    elif text[j] == ')':
                        depth -= 1
                        if not depth:
                            break
                    buf.append(text[j])
                    j += 1
                if depth:
                    self.defects.append(errors.InvalidHeaderDefect(
                        "end of header inside comment"))
                out.append(('comment', ''.join(buf), space))
                i = j + 1
            elif c in SPECIALS and c != '.':
                out.append(('special', c, space))
                i += 1
            else:
                j = i
                while j < n and (text[j] not in ATOM_ENDS or text[j] == '.') \
                        and text[j] not in '\r\n':
                    j += 1
                out.append(('atom', text[i:j], space))
                i = j
            space = False
        return out


def _phrase(words, defects=None):
    """The display text of a run of atoms and quoted strings: pieces that
    were apart stay one space apart; encoded words are decoded."""
    parts = []
    for kind, text, space in words:
        if kind == 'atom':
            text = decode_encoded_words(text)
        elif kind == 'quoted' and '=?' in text and defects is not None:
            text = _quoted_encoded_words(text, defects)
        if parts and space:
            parts.append(' ')
        parts.append(text)
    return ''.join(parts)


def parse_address_list(text):
    """[(group display name or None, [(display_name, local, domain)])] and
    the defects found, from an RFC 5322 address-list."""
    lexer = _Lexer(text)
    toks = [t for t in lexer.tokens() if t[0] != 'comment']
    defects = lexer.defects
    groups = []
    current_group = None
    i = 0
    n = len(toks)

    def read_mailbox(start):
        # Phrase words up to '<', ',', ';' or ':'; then an angle address or
        # the words are the addr-spec.
        j = start
        words = []
        while j < n and not (toks[j][0] == 'special' and
                             toks[j][1] in '<>,;:'):
            words.append(toks[j])
            j += 1
        if j < n and toks[j][1] == '<':
            k = j + 1
            spec = []
            while k < n and not (toks[k][0] == 'special' and toks[k][1] == '>'):
                spec.append(toks[k])
                k += 1
            if k >= n:
                defects.append(errors.InvalidHeaderDefect(
                    "missing trailing '>' on angle-addr"))
            display = _phrase(words, defects)
            if any(t[0] == 'atom' and '.' in t[1] for t in words):
                defects.append(errors.ObsoleteHeaderDefect(
                    "period in 'phrase'"))
            local, domain = _addr_spec(spec, defects)
            if not spec:
                defects.append(errors.InvalidHeaderDefect(
                    "null addr-spec in angle-addr"))
            return (display, local, domain), k + 1
        local, domain = _addr_spec(words, defects)
        return ('', local, domain), j

    while i < n:
        kind, tv, space = toks[i]
        if kind == 'special' and tv == ',':
            i += 1
            continue
        if kind == 'special' and tv == ';':
            current_group = None
            i += 1
            continue
        # A group: phrase ':'
        j = i
        while j < n and toks[j][0] != 'special':
            j += 1
        if j < n and toks[j][1] == ':' and current_group is None:
            current_group = (_phrase(toks[i:j]), [])
            groups.append(current_group)
            i = j + 1
            continue
        mailbox, i = read_mailbox(i)
        if current_group is not None:
            current_group[1].append(mailbox)
        else:
            groups.append((None, [mailbox]))
    return groups, defects


def _addr_spec(words, defects):
    """(local part, domain) of addr-spec tokens. Words of the local part
    not joined by dots are read as one quoted local part; whitespace
    around the dots is dropped (obsolete syntax). An address with more
    than one '@' is no address: ('', '')."""
    ats = sum(1 for kind, text, space in words
              if kind == 'special' and text == '@')
    if ats > 1:
        defects.append(errors.InvalidHeaderDefect(
            "invalid address in address-list"))
        return '', ''
    local = []
    domain = []
    seen_at = False
    local_defects = []
    obsolete = False
    for kind, text, space in words:
        if kind == 'special' and text == '@':
            seen_at = True
            continue
        if seen_at:
            domain.append(text)
            continue
        if local:
            dotted = local[-1].endswith('.') or text.startswith('.')
            if not dotted:
                local_defects.append(errors.InvalidHeaderDefect(
                    "missing '.' between words"))
                if space:
                    local.append(' ')
            elif space:
                obsolete = True
        local.append(text)
    if local_defects:
        defects.append(errors.InvalidHeaderDefect(
            "local-part is not dot-atom, quoted-string, or obs-local-part"))
        defects.extend(local_defects)
    elif obsolete:
        defects.append(errors.ObsoleteHeaderDefect(
            "local-part is not a dot-atom (contains CFWS)"))
    local = ''.join(local)
    if not local.isascii():
        defects.append(errors.NonASCIILocalPartDefect(
            "local-part contains non-ASCII characters)"))
    if words and not seen_at:
        defects.append(errors.InvalidHeaderDefect(
            "addr-spec local part with no domain"))
    return local, ''.join(domain)


def _split_outside_quotes(value, sep):
    parts = []
    buf = []
    quoted = False
    depth = 0
    escaped = False
    for c in value:
        if escaped:
            escaped = False
        elif c == '\\':
            escaped = True
        elif c == '"' and not depth:
            quoted = not quoted
        elif c == '(' and not quoted:
            depth += 1
        elif c == ')' and not quoted and depth:
            depth -= 1
        elif c == sep and not quoted and not depth:
            parts.append(''.join(buf))
            buf = []
            continue
        buf.append(c)
    parts.append(''.join(buf))
    return parts


def _strip_comments(text):
    out = []
    quoted = False
    depth = 0
    escaped = False
    for c in text:
        if escaped:
            escaped = False
            if not depth:
                out.append(c)
            continue
        if c == '\\':
            escaped = True
            if not depth:
                out.append(c)
            continue
        if c == '"' and not depth:
            quoted = not quoted
        elif c == '(' and not quoted:
            depth += 1
            continue
        elif c == ')' and not quoted and depth:
            depth -= 1
            continue
        if not depth:
            out.append(c)
    return ''.join(out)


def _unquote(value):
    value = value.strip()
    if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
        out = []
        escaped = False
        for c in value[1:-1]:
            if escaped:
                out.append(c)
                escaped = False
            elif c == '\\':
                escaped = True
            else:
                out.append(c)
        return ''.join(out)
    return value


def _quoted_encoded_words(value, defects):
    """A quoted parameter value with its encoded words decoded (a defect
    each; the whitespace between two of them dropped)."""
    from email import _encoded_words as ew
    out = []
    pending = ''
    after_ew = False
    for part in _split_ws(value):
        if part[:1] in ' \t':
            pending = part
            continue
        text = None
        if part.startswith('=?') and part.endswith('?=') and \
                part.count('?') == 4:
            try:
                text = ew.decode(part)[0]
            except (ValueError, KeyError):
                text = None
        if text is None:
            out.append(pending + part)
            after_ew = False
        else:
            defects.append(errors.InvalidHeaderDefect(
                "encoded word inside quoted string"))
            if after_ew:
                out.append(text)
            else:
                out.append(pending + text)
            after_ew = True
        pending = ''
    out.append(pending)
    if after_ew and not pending:
        defects.append(errors.InvalidHeaderDefect(
            "missing trailing whitespace after encoded-word"))
    return ''.join(out)


def _split_ws(text):
    parts = []
    current = ''
    for c in text:
        if current and (c in ' \t') != (current[-1] in ' \t'):
            parts.append(current)
            current = ''
        current += c
    if current:
        parts.append(current)
    return parts


def _looks_extended(value):
    # charset'lang'text, the start of an RFC 2231 extended value.
    return value.count("'") >= 2


def parse_mime_params(text, defects=None):
    """[(name as written without its RFC 2231 star, decoded value)] from
    'a=b; c*=utf-8''x%20y; d*0=..; d*1=..' (comments dropped), noting in
    defects what CPython notes."""
    import urllib.parse
    if defects is None:
        defects = []
    result = []
    pieces = {}
    for raw_part in _split_outside_quotes(text, ';'):
        part = _strip_comments(raw_part).strip()
        if not part:
            continue
        if '=' in part:
            name, value = part.split('=', 1)
            name = name.strip()
            value = value.strip()
        else:
            defects.append(errors.InvalidHeaderDefect(
                "Parameter contains name ({}) but no value".format(
                    raw_part.rstrip())))
            name, value = part, ''
        base, star, rest = name.partition('*')
        if not star:
            if value.startswith('"') and '=?' in value:
                result.append((name, _quoted_encoded_words(_unquote(value),
                                                           defects)))
            else:
                result.append((name, _unquote(value)))
            continue
        encoded = starred = rest.endswith('*') or rest == ''
        num = rest.rstrip('*')
        num = int(num) if num.isdigit() else 0
        quoted = value.startswith('"')
        value = _unquote(value)
        if encoded and quoted:
            if _looks_extended(value) or '%' in value:
                defects.append(errors.InvalidHeaderDefect(
                    "Quoted string value for extended parameter is invalid"))
            else:
                # Taken as it is: nothing in it is percent-encoded.
                defects.append(errors.InvalidHeaderDefect(
                    "Parameter marked as extended but appears to have a "
                    "quoted string value that is non-encoded"))
                encoded = False
        elif not encoded and not quoted and _looks_extended(value):
            defects.append(errors.InvalidHeaderDefect(
                "Apparent initial-extended-value but attribute was not "
                "marked as extended or was not initial section"))
            value = value.split("'", 2)[2]
        key = base.lower()
        if key not in pieces:
            pieces[key] = [base, []]
            result.append((key, None))
        pieces[key][1].append((num, value, encoded, starred))
    final = []
    for name, value in result:
        if value is not None:
            final.append((name, value))
            continue
        base, sections = pieces[name]
        sections.sort(key=lambda c: c[0])
        charset = 'us-ascii'
        out = []
        pending = []

        def flush():
            # Percent-decoded bytes of consecutive encoded sections.
            if not pending:
                return
            raw = b''.join(pending)
            pending.clear()
            try:
                out.append(raw.decode(charset))
            except UnicodeDecodeError:
                defects.append(errors.UndecodableBytesDefect())
                out.append(raw.decode(charset, 'surrogateescape'))
            except LookupError:
                out.append(raw.decode('us-ascii', 'surrogateescape'))

        for idx, (num, val, encoded, starred) in enumerate(sections):
            if not encoded:
                if idx == 0 and starred and not _looks_extended(val):
                    defects.append(errors.InvalidHeaderDefect(
                        "Missing required charset/lang delimiters"))
                flush()
                out.append(val)
                continue
            if idx == 0:
                if _looks_extended(val):
                    cs, _lang, val = val.split("'", 2)
                    charset = cs or 'us-ascii'
                else:
                    defects.append(errors.InvalidHeaderDefect(
                        "Missing required charset/lang delimiters"))
            pending.append(urllib.parse.unquote_to_bytes(val))
        flush()
        final.append((base, ''.join(out)))
    return final


def render_mime_params(params):
    """The canonical text CPython gives parameters: '; '-joined, each value
    a quoted string."""
    return '; '.join('{}={}'.format(name, quote_string(value)) if value
                     else name for name, value in params)


def split_address_source(text):
    """The addresses (and groups) of an address list as written, split at
    the commas between them; each keeps the whitespace before it."""
    pieces = []
    buf = []
    quoted = False
    escaped = False
    depth = 0
    angle = False
    group = False
    for c in text:
        if escaped:
            escaped = False
        elif c == '\\' and (quoted or depth):
            escaped = True
        elif quoted:
            if c == '"':
                quoted = False
        elif depth:
            if c == '(':
                depth += 1
            elif c == ')':
                depth -= 1
        elif c == '"':
            quoted = True
        elif c == '(':
            depth = 1
        elif c == '<':
            angle = True
        elif c == '>':
            angle = False
        elif c == ':' and not angle:
            group = True
        elif c == ';' and group:
            group = False
        elif c == ',' and not angle and not group:
            pieces.append(''.join(buf))
            buf = []
            continue
        buf.append(c)
    pieces.append(''.join(buf))
    return [p for p in pieces if p.strip()] or pieces[:1]
