"""email._folding: folding a header's words into lines of at most
max_line_length (RFC 5322 2.2.3), writing the words that cannot go as they
are (non-ASCII under a 7-bit policy, or too long for any line) as RFC 2047
encoded words.

The rules follow what CPython's modern policies produce:
- a word that does not fit starts a new line, taking the whitespace before
  it along as the fold, when it fits on a line by itself;
- a word needing encoding becomes an encoded word filling the rest of the
  current line, continued on new lines; a later encoded word on the same
  line is merged with it (and with the plain words between them);
- a word too long for any line is encoded so that it can be split.
"""

import sys

from email import _encoded_words as _ew

WSP = ' \t'


def split_words(text):
    """text as alternating runs: whitespace runs and words."""
    parts = []
    current = []
    in_space = None
    for c in text:
        space = c in WSP
        if in_space is not None and space != in_space:
            parts.append(''.join(current))
            current = []
        current.append(c)
        in_space = space
    if current:
        parts.append(''.join(current))
    return parts


def _decoded(fragment):
    """The text a folded fragment stands for: encoded words decoded, the
    whitespace between two encoded words dropped (RFC 2047 6.2)."""
    out = []
    pending = ''
    after_ew = False
    for part in split_words(fragment):
        if part[:1] in WSP:
            pending = part
            continue
        decoded = None
        if part.startswith('=?') and part.endswith('?=') and \
                part.count('?') == 4:
            try:
                decoded = _ew.decode(part)[0]
            except (ValueError, KeyError):
                decoded = None
        if decoded is not None:
            if not after_ew:
                out.append(pending)
            out.append(decoded)
            after_ew = True
        else:
            out.append(pending)
            out.append(part)
            after_ew = False
        pending = ''
    out.append(pending)
    return ''.join(out)


def _charset_for(word, policy):
    """None when word can be written as it is, else the charset of its
    encoded word."""
    try:
        word.encode('us-ascii')
        return None
    except UnicodeEncodeError:
        pass
    if any('\udc80' <= c <= '\udcff' for c in word):
        return 'unknown-8bit'
    if policy.utf8:
        return None
    return 'utf-8'


class Folder:
    """Accumulates lines; the first starts with the header label."""

    def __init__(self, label, policy):
        self.policy = policy
        self.maxlen = policy.max_line_length or sys.maxsize
        self.lines = [label]
        # Where the last encoded word of the current line starts, and its
        # charset.
        self.last_ew = None
        self.ew_charset = None

    def room(self):
        return self.maxlen - len(self.lines[-1])

    def _steal_trailing_space(self):
        line = self.lines[-1]
        if line and line[-1] in WSP:
            self.lines[-1] = line[:-1]
            return line[-1]
        return ''

    def add_plain(self, part, *, as_ew_allowed=True, is_space=None):
        if is_space is None:
            is_space = part[:1] in WSP
        if len(part) <= self.room():
            self.lines[-1] += part
            return
        if len(part) + 1 <= self.maxlen:
            lead = self._steal_trailing_space()
            if lead or is_space:
                self.lines.append(lead + part)
                self.last_ew = None
                return
        if as_ew_allowed and not is_space:
            self.add_encoded(part, 'us-ascii')
            return
        lead = self._steal_trailing_space()
        if lead or is_space:
            self.lines.append(lead + part)
        else:
            self.lines[-1] += part
        self.last_ew = None

    def add_encoded(self, text, charset, combine=True):
        if (self.last_ew is not None and self.ew_charset != charset and
                (self.ew_charset == 'unknown-8bit' or
                 self.ew_charset == 'utf-8' and charset != 'us-ascii')):
            self.last_ew = None
        if self.last_ew is not None and combine:
            # Re-encode the earlier encoded word and what followed it
            # together with this text, as one word.
            text = _decoded(self.lines[-1][self.last_ew:]) + text
            self.lines[-1] = self.lines[-1][:self.last_ew]
        if text[:1] in WSP and text:
            lead = text[0]
            text = text[1:]
            if len(self.lines[-1]) == self.maxlen:
                self.lines.append(self._steal_trailing_space())
            self.lines[-1] += lead
        trailing = ''
        if text[-1:] in WSP and text:
            trailing = text[-1]
            text = text[:-1]
        # Where a later encoded word may merge from; like CPython, it is
        # not moved when the word has to start on a fresh line.
        start = len(self.lines[-1]) if self.last_ew is None else self.last_ew
        encode_as = 'utf-8' if charset == 'us-ascii' else charset
        chrome = len(encode_as) + 7
        if chrome + 1 >= self.maxlen:
            from email import errors
            raise errors.HeaderParseError(
                "max_line_length is too small to fit an encoded word")
        while text:
            room = self.room()
            text_room = room - chrome
            if text_room <= 0:
                self.lines.append(' ')
                continue
            piece = text[:text_room]
            word = _ew.encode(piece, charset=encode_as)
            while len(word) > room and piece:
                piece = piece[:-1]
                word = _ew.encode(piece, charset=encode_as)
            self.lines[-1] += word
            text = text[len(piece):]
            if text:
                self.lines.append(' ')
                start = len(self.lines[-1])
        self.lines[-1] += trailing
        self.last_ew = start if combine else None
        self.ew_charset = charset

    def add_words(self, text):
        """Plain words and whitespace, encoding what must be."""
        for part in split_words(text):
            charset = _charset_for(part, self.policy)
            if charset is None or part[:1] in WSP:
                self.add_plain(part)
            else:
                self.add_encoded(part, charset)

    def result(self):
        linesep = self.policy.linesep
        return linesep.join(self.lines) + linesep


def fold_unstructured(name, text, policy):
    folder = Folder(name + ':', policy)
    if not text:
        return folder.result()
    folder.add_plain(' ', as_ew_allowed=False)
    if not any(_charset_for(w, policy) for w in split_words(text)):
        # Text needing no encoding moves whole to the next line when it
        # fits there and not here.
        if len(text) <= folder.room():
            folder.lines[-1] += text
            return folder.result()
        if len(text) + 1 <= folder.maxlen:
            lead = folder._steal_trailing_space()
            folder.lines.append(lead + text)
            return folder.result()
    folder.add_words(text)
    return folder.result()


def _needs_encoding(text, policy):
    return any(_charset_for(w, policy) for w in split_words(text))


def fold_chunks(name, chunks, policy, params=None, sticky_head=False):
    """Folds a structured header given as chunks (each a unit that moves
    to a new line whole, starting with the whitespace before it) and, for
    MIME headers, its (name, value) parameters."""
    folder = Folder(name + ':', policy)
    text = ''.join(chunks)
    if not text and not params:
        return folder.result()
    folder.add_plain(' ', as_ew_allowed=False)
    if not params and not sticky_head and not _needs_encoding(text, policy):
        if len(text) <= folder.room():
            folder.lines[-1] += text
            return folder.result()
        if len(text) + 1 <= folder.maxlen:
            folder.lines.append(folder._steal_trailing_space() + text)
            return folder.result()
    if sticky_head:
        # A MIME type breaks only before its main type (taking the
        # whitespace before it along); the rest sticks to it.
        main, slash, rest = ''.join(chunks).partition('/')
        if len(main) > folder.room() and len(main) + 1 <= folder.maxlen:
            lead = folder._steal_trailing_space()
            if lead:
                folder.lines.append(lead)
        folder.lines[-1] += main + slash + rest
        chunks = []
    for chunk in chunks:
        if _needs_encoding(chunk, policy):
            folder.add_words(chunk)
        elif chunk:
            folder.add_plain(chunk)
    if params:
        _fold_mime_params(folder, params, policy)
    return folder.result()


def _fold_mime_params(folder, params, policy):
    # Each parameter goes on the current line when it fits with room to
    # spare, else on a line of its own; one too long for any line is cut
    # into RFC 2231 sections (name*0*=charset''..., name*1*=...).
    import urllib.parse
    lines = folder.lines
    # Too narrow a line for a section makes this 78 for the rest.
    maxlen = folder.maxlen
    codec = 'utf-8' if policy.utf8 else 'us-ascii'
    for pname, value in params:
        if not lines[-1].rstrip().endswith(';'):
            lines[-1] += ';'
        charset = codec
        errors = 'strict'
        try:
            value.encode(codec)
            plain = True
        except UnicodeEncodeError:
            plain = False
            if any('\udc80' <= c <= '\udcff' for c in value):
                charset, errors = 'unknown-8bit', 'surrogateescape'
            else:
                charset = 'utf-8'
        if plain:
            piece = '{}={}'.format(pname, _quote_string(value)) if value \
                else pname
        else:
            piece = "{}*={}''{}".format(
                pname, charset,
                urllib.parse.quote(value, safe='', errors=errors))
        if len(lines[-1]) + len(piece) + 1 < maxlen:
            lines[-1] += ' ' + piece
            continue
        if len(piece) + 2 <= maxlen:
            lines.append(' ' + piece)
            continue
        section = 0
        prefix = charset + "''"
        while value:
            chrome = len(pname) + len(str(section)) + 3 + len(prefix)
            if maxlen <= chrome + 3:
                maxlen = 78
            room = maxlen - chrome - 2
            cut = room
            while True:
                encoded = urllib.parse.quote(value[:cut], safe='',
                                             errors=errors)
                if len(encoded) <= room or cut <= 1:
                    break
                cut -= 1
            lines.append(" {}*{}*={}{}".format(pname, section, prefix,
                                               encoded))
            prefix = ''
            section += 1
            value = value[cut:]
            if value:
                lines[-1] += ';'
    folder.last_ew = None


def _quote_string(value):
    return '"' + str(value).replace('\\', '\\\\').replace('"', '\\"') + '"'


def _address_units(piece, policy):
    """(text, needs encoding) units of one address that must be folded
    word by word: the display name's words (unquoted; a word holding a
    special character is encoded too), then the angle address."""
    from email._header_tokens import SPECIALS
    lead = piece[:len(piece) - len(piece.lstrip(' \t'))]
    body = piece.strip(' \t')
    units = []
    first = True
    if body.endswith('>') and '<' in body:
        cut = body.rindex('<')
        display, addr = body[:cut].rstrip(), body[cut:]
    elif body.endswith(';') and ':' in body and not body.startswith('"'):
        # A group: its name folds like a display name.
        cut = body.index(':')
        display, addr = body[:cut].rstrip(), body[cut:]
    else:
        display, addr = '', body
    # In a name that must be encoded, words with special characters are
    # encoded too (they could not stand unquoted).
    encode_specials = not display.isascii()
    maxlen = policy.max_line_length or sys.maxsize
    if display and display.isascii() and len(display) + 1 <= maxlen:
        # A name that fits on a line moves whole, as written.
        units.append((lead + display, False))
        first = False
        display = ''
    elif display.startswith('"') and display.endswith('"') and \
            len(display) > 1:
        display = display[1:-1].replace('\\"', '"').replace('\\\\', '\\')
    for part in split_words(display):
        if part[:1] in WSP:
            continue
        text = (lead if first else ' ') + part
        first = False
        units.append((text, bool(_charset_for(part, policy)) or
                      encode_specials and not SPECIALS.isdisjoint(part)))
    if addr:
        if addr[:1] == ':':
            units.append((addr, None))
        else:
            units.append(((lead if first else ' ') + addr, None))
    return units


def _units_of(piece, policy):
    if not _needs_encoding(piece, policy):
        return [(piece, False)]
    return _address_units(piece, policy)


def _feed_units(folder, units, policy):
    for item in units:
        if item is None:
            # Between addresses: encoded words never merge across.
            folder.last_ew = None
            continue
        unit, encode = item
        if encode is None:
            # An address: moved to a line of its own, never encoded.
            folder.add_plain(unit, as_ew_allowed=False)
            continue
        if encode:
            word = unit.lstrip(WSP)
            lead = unit[:len(unit) - len(word)]
            if lead:
                folder.add_plain(lead, as_ew_allowed=False)
            folder.add_encoded(word, _charset_for(word, policy) or 'utf-8')
        else:
            folder.add_plain(unit)


def _standalone(units, policy):
    """The units folded on their own: one line, or None."""
    folder = Folder('', policy)
    _feed_units(folder, units, policy)
    return folder.lines[0] if len(folder.lines) == 1 else None


def _place(folder, text):
    # A unit that folds to one line goes on this line or the next.
    if len(text) <= folder.room():
        folder.lines[-1] += text
    else:
        folder.lines.append(folder._steal_trailing_space() + text)
    folder.last_ew = None


def fold_address_pieces(name, pieces, policy):
    """Folds an address list given as its addresses' text: the list, or
    else each address, moves to a new line whole when it can; what still
    does not fit is folded word by word."""
    folder = Folder(name + ':', policy)
    text = ','.join(pieces)
    if not text:
        return folder.result()
    folder.add_plain(' ', as_ew_allowed=False)
    if not _needs_encoding(text, policy):
        if len(text) <= folder.room():
            folder.lines[-1] += text
            return folder.result()
        if len(text) + 1 <= folder.maxlen:
            folder.lines.append(folder._steal_trailing_space() + text)
            return folder.result()
    else:
        units = []
        for i, piece in enumerate(pieces):
            if i:
                units.append((',', False))
            units.extend(_units_of(piece, policy))
            units.append(None)
        single = _standalone(units, policy)
        if single is not None:
            _place(folder, single)
            return folder.result()
    for i, piece in enumerate(pieces):
        if i:
            folder.add_plain(',', as_ew_allowed=False, is_space=False)
        if not _needs_encoding(piece, policy):
            if len(piece) <= folder.room():
                folder.lines[-1] += piece
                continue
            if len(piece) + 1 <= folder.maxlen:
                lead = folder._steal_trailing_space()
                if lead or piece[:1] in WSP:
                    folder.lines.append(lead + piece)
                    folder.last_ew = None
                    continue
        else:
            single = _standalone(_units_of(piece, policy), policy)
            if single is not None:
                _place(folder, single)
                continue
        _feed_units(folder, _address_units(piece, policy), policy)
        folder.last_ew = None
    return folder.result()
