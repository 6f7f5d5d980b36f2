"""email._header_tokens: the small RFC 5322 reader behind
email.headerregistry's address headers.

It reads address lists (RFC 5322 3.4: mailboxes, angle addresses, groups,
quoted strings, comments). It is deliberately simpler than a full token
tree: it yields the values the header classes expose (addresses, the
canonical text) and the defects a reader of the header needs. (The MIME
headers are read by email._header_value_parser.)
"""

from email import errors

# RFC 5322 specials; a display name or local part holding one is quoted.
SPECIALS = set('()<>@,:;.\\"[]')
WSP = set(' \t')
ATOM_ENDS = SPECIALS | WSP
DOT_ATOM_ENDS = ATOM_ENDS - set('.')


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
