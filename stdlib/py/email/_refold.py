"""email._refold: folding a header's token tree (email._header_value_parser)
into lines of at most policy.max_line_length, written for whirl.

The tree is walked left to right as a work list. A part that fits on the
current line is written as it is. One that does not is moved whole to a new
line when it is a syntactic unit that would fit there (breaking only at
folding whitespace, RFC 5322 2.2.3); otherwise it is opened and its parts
are placed one by one. Text that cannot be sent as it is (not ASCII, or not
in the policy's charset) becomes RFC 2047 encoded words where the token
allows them, and neighbouring encoded words are merged into one where the
token allows that. MIME parameters are folded with RFC 2231 sections.
"""

import sys
import urllib.parse

from email import _encoded_words as _ew
from email import errors
from email import utils

_WSP = ' \t'
_NL = set('\r\n')
_SPECIALS_NL = set(r'()<>@,:;.\"[]') | _NL


class _Lines:
    """The output lines and the room left on the last one."""

    def __init__(self, maxlen):
        self.maxlen = maxlen
        self.lines = ['']

    @property
    def last(self):
        return self.lines[-1]

    def room(self):
        return self.maxlen - len(self.lines[-1])

    def add(self, text):
        self.lines[-1] += text

    def new_line(self, text=''):
        self.lines.append(text)

    def take_trailing_wsp(self):
        """Remove one trailing blank from the last line and return it (a
        folded line starts with the blank it was broken at)."""
        last = self.lines[-1]
        if last and last[-1] in _WSP:
            self.lines[-1] = last[:-1]
            return last[-1]
        return ''


def _charset_of(part, text, encoding):
    """(charset, needs_encoding) of the text of a token."""
    try:
        text.encode(encoding)
        return encoding, False
    except UnicodeEncodeError:
        if any(isinstance(d, errors.UndecodableBytesDefect)
               for d in part.all_defects):
            return 'unknown-8bit', True
        return 'utf-8', True


def _refold_parse_tree(parse_tree, *, policy):
    """The folded text of parse_tree, lines ended by policy.linesep."""
    from email import _header_value_parser as hvp

    maxlen = policy.max_line_length or sys.maxsize
    encoding = 'utf-8' if policy.utf8 else 'us-ascii'
    out = _Lines(maxlen)
    # Where the last encoded word on the current line starts, when the
    # next one may be merged into it.
    last_ew = None
    # Inside a token that forbids encoded words, its parts must not become
    # encoded words either; the marker closes such a token in the work list.
    ew_blocked = 0
    end_of_blocked = hvp.Terminal('', 'wrap_as_ew_blocked')
    want_encoding = False
    work = list(parse_tree)
    while work:
        part = work.pop(0)
        if part is end_of_blocked:
            ew_blocked -= 1
            continue
        text = str(part)
        if not want_encoding:
            # A line break must never be written as it is; nor a special
            # from inside a comment or quoted string (its quoting context
            # is lost once the text is placed on its own).
            unsafe = _SPECIALS_NL if part.token_type == 'ptext' else _NL
            want_encoding = not unsafe.isdisjoint(text)
        charset, needs = _charset_of(part, text, encoding)
        if needs:
            want_encoding = True
        if part.token_type == 'mime-parameters':
            _fold_mime_parameters(part, out, encoding)
            continue
        is_terminal = isinstance(part, str)
        if want_encoding and not ew_blocked:
            if not part.as_ew_allowed:
                want_encoding = False
                last_ew = None
                if part.syntactic_break:
                    folded = part.fold(policy=policy)[:-len(policy.linesep)]
                    if policy.linesep not in folded:
                        if len(folded) > out.room():
                            out.new_line(out.take_trailing_wsp())
                        out.add(folded)
                        continue
                # Otherwise place its parts one by one (below).
            want_encoding = False
            if not is_terminal:
                work[:0] = list(part)
                continue
            if part.as_ew_allowed:
                last_ew = _fold_as_ew(text, out, last_ew,
                                      part.ew_combine_allowed, charset, hvp)
                continue
            # A terminal that must stay as it is (a list separator): place
            # it like any other text (below).
            last_ew = None
        if len(text) <= out.room():
            out.add(text)
            continue
        # Too long for this line: a unit that fits on a line of its own
        # goes to the next line, broken at the blank before it.
        if part.syntactic_break and len(text) + 1 <= maxlen:
            blank = out.take_trailing_wsp()
            if blank or part.startswith_fws():
                out.new_line(blank + text)
                last_ew = None
                continue
        if not is_terminal:
            inner = list(part)
            if not part.as_ew_allowed:
                ew_blocked += 1
                inner.append(end_of_blocked)
            work[:0] = inner
            continue
        if part.as_ew_allowed and not ew_blocked:
            # Plain text too long for any line: an encoded word can be
            # split where plain text cannot.
            work.insert(0, part)
            want_encoding = True
            continue
        # Nothing better to do than to overflow the line.
        blank = out.take_trailing_wsp()
        if blank or part.startswith_fws():
            out.new_line(blank + text)
        else:
            out.add(text)
    return policy.linesep.join(out.lines) + policy.linesep


def _fold_as_ew(text, out, last_ew, combine, charset, hvp):
    """Write text as encoded words, split to fit the lines; return where
    the last one starts when a following one may be merged into it."""
    if last_ew is not None and combine:
        # Merge with the encoded word(s) already on this line: decode them
        # back and encode everything again.
        text = str(hvp.get_unstructured(out.last[last_ew:] + text))
        out.lines[-1] = out.last[:last_ew]
    if text and text[0] in _WSP:
        # The blank before the word separates it from plain text: keep it
        # outside the encoded word.
        blank = text[0]
        text = text[1:]
        if out.room() == 0:
            out.new_line(out.take_trailing_wsp())
        out.add(blank)
    trailing = ''
    if text and text[-1] in _WSP:
        trailing = text[-1]
        text = text[:-1]
    new_last_ew = len(out.last) if last_ew is None else last_ew
    encode_as = 'utf-8' if charset == 'us-ascii' else charset
    # '=?' charset '?q?' ... '?=' around the encoded text.
    chrome = len(encode_as) + 7
    if chrome + 1 >= out.maxlen:
        raise errors.HeaderParseError(
            "max_line_length is too small to fit an encoded word")
    while text:
        room = out.room()
        space = room - chrome
        if space <= 0:
            out.new_line(' ')
            continue
        chunk = text[:space]
        word = _ew.encode(chunk, charset=encode_as)
        while len(word) > room and chunk:
            chunk = chunk[:-1]
            word = _ew.encode(chunk, charset=encode_as)
        if not chunk and len(out.last) <= 1:
            # Not even one character fits on a fresh line: overflow it
            # rather than loop forever.
            chunk = text[:1]
            word = _ew.encode(chunk, charset=encode_as)
        out.add(word)
        text = text[len(chunk):]
        if text:
            out.new_line(' ')
            new_last_ew = len(out.last)
    out.add(trailing)
    return new_last_ew if combine else None


def _fold_mime_parameters(part, out, encoding):
    """Fold MIME parameters (RFC 2231): each parameter on the current line
    if it fits, else on a line of its own, else split into sections
    name*0*=, name*1*=, ... all %-encoded."""
    from email._header_value_parser import quote_string

    maxlen = out.maxlen
    for name, value in part.params:
        if not out.last.rstrip().endswith(';'):
            out.add(';')
        charset = encoding
        errors_handler = 'strict'
        try:
            value.encode(encoding)
            must_encode = False
        except UnicodeEncodeError:
            must_encode = True
            if utils._has_surrogates(value):
                charset = 'unknown-8bit'
                errors_handler = 'surrogateescape'
            else:
                charset = 'utf-8'
        if must_encode:
            text = "{}*={}''{}".format(name, charset, urllib.parse.quote(
                value, safe='', errors=errors_handler))
        else:
            text = '{}={}'.format(name, quote_string(value))
        if len(out.last) + len(text) + 1 < maxlen:
            out.add(' ' + text)
            continue
        if len(text) + 2 <= maxlen:
            out.new_line(' ' + text)
            continue
        section = 0
        prefix = charset + "''"
        while value:
            chrome = len(name) + len(str(section)) + 3 + len(prefix)
            if maxlen <= chrome + 3:
                # No room for even one character: use the RFC's width.
                maxlen = 78
            limit = maxlen - chrome - 2
            cut = limit
            while True:
                encoded = urllib.parse.quote(value[:cut], safe='',
                                             errors=errors_handler)
                if len(encoded) <= limit or cut <= 1:
                    break
                cut -= 1
            out.new_line(' {}*{}*={}{}'.format(name, section, prefix,
                                                encoded))
            prefix = ''
            section += 1
            value = value[cut:]
            if value:
                out.add(';')
