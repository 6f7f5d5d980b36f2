"""email._header_value_parser: a token-tree reader of structured header
values (RFC 5322 addresses and message ids, RFC 2045/2231 MIME headers,
RFC 2047 encoded words), written for whirl.

Every get_X(value) reads the longest X at the start of value and returns
(token, rest); parse_X(value) reads a whole header value and returns the
token. A token is either a Terminal (a str that knows its token_type) or a
TokenList (a list of tokens). For any token, str(token) is the source text
it was read from, with defects repaired (a missing closing quote, bracket or
parenthesis is supplied), and token.value is its semantic value: comments
and runs of folding whitespace become one space, quoted strings lose their
quotes, encoded words are decoded. Problems in the input are recorded as
defects on the token where they were found (token.all_defects gathers them
from the whole subtree); only input that cannot be read as the requested
construct at all raises HeaderParseError.

The module also folds a token tree to lines of at most
policy.max_line_length (TokenList.fold, _refold_parse_tree): it breaks at
folding whitespace, keeps syntactic units together where it can, and turns
text that is not ASCII into encoded words where RFC 2047 allows them.
"""

import re
import urllib.parse

from email import _encoded_words as _ew
from email import errors
from email import utils

# Character classes of RFC 5322 3.2 and RFC 2045 5.1.
WSP = set(' \t')
CFWS_LEADER = WSP | set('(')
SPECIALS = set(r'()<>@,:;.\"[]')
ATOM_ENDS = SPECIALS | WSP
DOT_ATOM_ENDS = ATOM_ENDS - set('.')
# A phrase may hold periods (obs-phrase), comments and quoted strings.
PHRASE_ENDS = SPECIALS - set('."(')
TSPECIALS = (SPECIALS | set('/?=')) - set('.')
TOKEN_ENDS = TSPECIALS | WSP
ASPECIALS = TSPECIALS | set("*'%")
ATTRIBUTE_ENDS = ASPECIALS | WSP
EXTENDED_ATTRIBUTE_ENDS = ATTRIBUTE_ENDS - set('%')

_HEXDIGITS = set('0123456789abcdefABCDEF')


def quote_string(value):
    """value as the content of an RFC 5322 quoted-string, quotes included."""
    return '"' + str(value).replace('\\', '\\\\').replace('"', r'\"') + '"'


def make_quoted_pairs(value):
    """value with the characters that need it escaped as quoted-pairs."""
    return str(value).replace('\\', '\\\\').replace('"', '\\"')


# ---------------------------------------------------------------------------
# Token lists


class TokenList(list):

    token_type = None
    # Whether a fold may break the line on either side of this token.
    syntactic_break = True
    # Whether adjacent encoded words made from this token may be merged.
    ew_combine_allowed = True

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.defects = []

    def __str__(self):
        return ''.join(str(x) for x in self)

    def __repr__(self):
        return '{}({})'.format(self.__class__.__name__, super().__repr__())

    @property
    def value(self):
        return ''.join(x.value for x in self if x.value)

    @property
    def all_defects(self):
        found = list(self.defects)
        for token in self:
            found.extend(token.all_defects)
        return found

    def startswith_fws(self):
        return self[0].startswith_fws()

    @property
    def as_ew_allowed(self):
        """True when every part of the token may become an encoded word."""
        return all(part.as_ew_allowed for part in self)

    @property
    def comments(self):
        found = []
        for token in self:
            found.extend(token.comments)
        return found

    def fold(self, *, policy):
        return _refold_parse_tree(self, policy=policy)

    def pprint(self, indent=''):
        print(self.ppstr(indent=indent))

    def ppstr(self, indent=''):
        return '\n'.join(self._pp(indent=indent))

    def _pp(self, indent=''):
        yield '{}{}/{}('.format(indent, self.__class__.__name__,
                                self.token_type)
        for token in self:
            if not hasattr(token, '_pp'):
                yield (indent + '    !! invalid element in token '
                       'list: {!r}'.format(token))
            else:
                yield from token._pp(indent + '    ')
        if self.defects:
            extra = ' Defects: {}'.format(self.defects)
        else:
            extra = ''
        yield '{}){}'.format(indent, extra)


class WhiteSpaceTokenList(TokenList):

    @property
    def value(self):
        return ' '

    @property
    def comments(self):
        return [x.content for x in self if x.token_type == 'comment']


class UnstructuredTokenList(TokenList):
    token_type = 'unstructured'


class Phrase(TokenList):
    token_type = 'phrase'


class Word(TokenList):
    token_type = 'word'


class CFWSList(WhiteSpaceTokenList):
    token_type = 'cfws'


class Atom(TokenList):
    token_type = 'atom'


class Token(TokenList):
    token_type = 'token'
    encode_as_ew = False


class EncodedWord(TokenList):
    token_type = 'encoded-word'
    cte = None
    charset = None
    lang = None


class QuotedString(TokenList):

    token_type = 'quoted-string'

    @property
    def content(self):
        for x in self:
            if x.token_type == 'bare-quoted-string':
                return x.value

    @property
    def quoted_value(self):
        parts = []
        for x in self:
            if x.token_type == 'bare-quoted-string':
                parts.append(str(x))
            else:
                parts.append(x.value)
        return ''.join(parts)

    @property
    def stripped_value(self):
        for token in self:
            if token.token_type == 'bare-quoted-string':
                return token.value


class BareQuotedString(QuotedString):

    token_type = 'bare-quoted-string'

    def __str__(self):
        return quote_string(''.join(str(x) for x in self))

    @property
    def value(self):
        return ''.join(str(x) for x in self)


class Comment(WhiteSpaceTokenList):

    token_type = 'comment'

    def __str__(self):
        return '(' + ''.join(self._quoted(x) for x in self) + ')'

    @staticmethod
    def _quoted(token):
        if token.token_type == 'comment':
            return str(token)
        return (str(token).replace('\\', '\\\\')
                .replace('(', r'\(').replace(')', r'\)'))

    @property
    def content(self):
        return ''.join(str(x) for x in self)

    @property
    def comments(self):
        return [self.content]


class AddressList(TokenList):

    token_type = 'address-list'

    @property
    def addresses(self):
        return [x for x in self if x.token_type == 'address']

    @property
    def mailboxes(self):
        return [m for x in self if x.token_type == 'address'
                for m in x.mailboxes]

    @property
    def all_mailboxes(self):
        return [m for x in self if x.token_type == 'address'
                for m in x.all_mailboxes]


class Address(TokenList):

    token_type = 'address'

    @property
    def display_name(self):
        if self[0].token_type == 'group':
            return self[0].display_name

    @property
    def mailboxes(self):
        kind = self[0].token_type
        if kind == 'mailbox':
            return [self[0]]
        if kind == 'invalid-mailbox':
            return []
        return self[0].mailboxes

    @property
    def all_mailboxes(self):
        kind = self[0].token_type
        if kind in ('mailbox', 'invalid-mailbox'):
            return [self[0]]
        return self[0].all_mailboxes


class MailboxList(TokenList):

    token_type = 'mailbox-list'

    @property
    def mailboxes(self):
        return [x for x in self if x.token_type == 'mailbox']

    @property
    def all_mailboxes(self):
        return [x for x in self
                if x.token_type in ('mailbox', 'invalid-mailbox')]


class GroupList(TokenList):

    token_type = 'group-list'

    @property
    def mailboxes(self):
        if not self or self[0].token_type != 'mailbox-list':
            return []
        return self[0].mailboxes

    @property
    def all_mailboxes(self):
        if not self or self[0].token_type != 'mailbox-list':
            return []
        return self[0].all_mailboxes


class Group(TokenList):

    token_type = 'group'

    @property
    def mailboxes(self):
        if len(self) < 3 or self[2].token_type != 'group-list':
            return []
        return self[2].mailboxes

    @property
    def all_mailboxes(self):
        if len(self) < 3 or self[2].token_type != 'group-list':
            return []
        return self[2].all_mailboxes

    @property
    def display_name(self):
        return self[0].display_name


class NameAddr(TokenList):

    token_type = 'name-addr'

    @property
    def display_name(self):
        if len(self) == 1:
            return None
        return self[0].display_name

    @property
    def local_part(self):
        return self[-1].local_part

    @property
    def domain(self):
        return self[-1].domain

    @property
    def route(self):
        return self[-1].route

    @property
    def addr_spec(self):
        return self[-1].addr_spec


class AngleAddr(TokenList):

    token_type = 'angle-addr'

    def _find(self, token_type):
        for x in self:
            if x.token_type == token_type:
                return x
        return None

    @property
    def local_part(self):
        spec = self._find('addr-spec')
        return None if spec is None else spec.local_part

    @property
    def domain(self):
        spec = self._find('addr-spec')
        return None if spec is None else spec.domain

    @property
    def route(self):
        route = self._find('obs-route')
        return None if route is None else route.domains

    @property
    def addr_spec(self):
        spec = self._find('addr-spec')
        if spec is None:
            return '<>'
        if spec.local_part:
            return spec.addr_spec
        return quote_string(spec.local_part) + spec.addr_spec


class ObsRoute(TokenList):

    token_type = 'obs-route'

    @property
    def domains(self):
        return [x.domain for x in self if x.token_type == 'domain']


class Mailbox(TokenList):

    token_type = 'mailbox'

    @property
    def display_name(self):
        if self[0].token_type == 'name-addr':
            return self[0].display_name

    @property
    def local_part(self):
        return self[0].local_part

    @property
    def domain(self):
        return self[0].domain

    @property
    def route(self):
        if self[0].token_type == 'name-addr':
            return self[0].route

    @property
    def addr_spec(self):
        return self[0].addr_spec


class InvalidMailbox(TokenList):

    token_type = 'invalid-mailbox'

    @property
    def display_name(self):
        return None

    local_part = domain = route = addr_spec = display_name


class Domain(TokenList):

    token_type = 'domain'
    as_ew_allowed = False

    @property
    def domain(self):
        return ''.join(super().value.split())


class DotAtom(TokenList):
    token_type = 'dot-atom'


class DotAtomText(TokenList):
    token_type = 'dot-atom-text'
    as_ew_allowed = True


class NoFoldLiteral(TokenList):
    token_type = 'no-fold-literal'
    as_ew_allowed = False


class AddrSpec(TokenList):

    token_type = 'addr-spec'
    as_ew_allowed = False

    @property
    def local_part(self):
        return self[0].local_part

    @property
    def domain(self):
        if len(self) < 3:
            return None
        return self[-1].domain

    @property
    def value(self):
        if len(self) < 3:
            return self[0].value
        return self[0].value.rstrip() + self[1].value + self[2].value.lstrip()

    @property
    def addr_spec(self):
        local = self.local_part
        if set(local) & DOT_ATOM_ENDS:
            local = quote_string(local)
        if self.domain is not None:
            return local + '@' + self.domain
        return local


class ObsLocalPart(TokenList):
    token_type = 'obs-local-part'
    as_ew_allowed = False


class DisplayName(Phrase):

    token_type = 'display-name'
    ew_combine_allowed = False

    @property
    def display_name(self):
        parts = TokenList(self)
        if len(parts) == 0:
            return parts.value
        # Comments and whitespace around the name are not part of it.
        if parts[0].token_type == 'cfws':
            parts.pop(0)
        elif (isinstance(parts[0], TokenList) and parts[0]
                and parts[0][0].token_type == 'cfws'):
            parts[0] = TokenList(parts[0][1:])
        if parts and parts[-1].token_type == 'cfws':
            parts.pop()
        elif (parts and isinstance(parts[-1], TokenList) and parts[-1]
                and parts[-1][-1].token_type == 'cfws'):
            parts[-1] = TokenList(parts[-1][:-1])
        return parts.value

    @property
    def value(self):
        quote = bool(self.defects) or any(
            x.token_type == 'quoted-string' for x in self)
        if len(self) == 0 or not quote:
            return super().value
        pre = post = ''
        first, last = self[0], self[-1]
        if first.token_type == 'cfws' or (
                isinstance(first, TokenList) and first
                and first[0].token_type == 'cfws'):
            pre = ' '
        if last.token_type == 'cfws' or (
                isinstance(last, TokenList) and last
                and last[-1].token_type == 'cfws'):
            post = ' '
        return pre + quote_string(self.display_name) + post


class LocalPart(TokenList):

    token_type = 'local-part'
    as_ew_allowed = False

    @property
    def value(self):
        if self[0].token_type == 'quoted-string':
            return self[0].quoted_value
        return self[0].value

    @property
    def local_part(self):
        # The words of the local part without the comments and whitespace
        # around them and around its dots.
        result = [DOT]
        prev_was_list = False
        for token in list(self[0]) + [DOT]:
            if token.token_type == 'cfws':
                continue
            last = result[-1]
            if (prev_was_list and token.token_type == 'dot'
                    and last and last[-1].token_type == 'cfws'):
                result[-1] = TokenList(last[:-1])
            is_list = isinstance(token, TokenList)
            if (is_list and last.token_type == 'dot' and token
                    and token[0].token_type == 'cfws'):
                result.append(TokenList(token[1:]))
            else:
                result.append(token)
            prev_was_list = is_list
        return TokenList(result[1:-1]).value


class DomainLiteral(TokenList):

    token_type = 'domain-literal'
    as_ew_allowed = False

    @property
    def domain(self):
        return ''.join(super().value.split())

    @property
    def ip(self):
        for x in self:
            if x.token_type == 'ptext':
                return x.value


class MIMEVersion(TokenList):
    token_type = 'mime-version'
    major = None
    minor = None


class Parameter(TokenList):

    token_type = 'parameter'
    sectioned = False
    extended = False
    charset = 'us-ascii'

    @property
    def section_number(self):
        # The section token follows the attribute when there is one.
        return self[1].number if self.sectioned else 0

    @property
    def param_value(self):
        for token in self:
            if token.token_type == 'value':
                return token.stripped_value
            if token.token_type == 'quoted-string':
                for inner in token:
                    if inner.token_type == 'bare-quoted-string':
                        for part in inner:
                            if part.token_type == 'value':
                                return part.stripped_value
        return ''


class InvalidParameter(Parameter):
    token_type = 'invalid-parameter'


class Attribute(TokenList):

    token_type = 'attribute'

    @property
    def stripped_value(self):
        for token in self:
            if token.token_type.endswith('attrtext'):
                return token.value


class Section(TokenList):
    token_type = 'section'
    number = None


class Value(TokenList):

    token_type = 'value'

    @property
    def stripped_value(self):
        token = self[0]
        if token.token_type == 'cfws' and len(self) > 1:
            token = self[1]
        if token.token_type.endswith(
                ('quoted-string', 'attribute', 'extended-attribute')):
            return token.stripped_value
        return self.value


class MimeParameters(TokenList):

    token_type = 'mime-parameters'
    syntactic_break = False

    @property
    def params(self):
        """(name, value) pairs, RFC 2231 sections joined and decoded. The
        first of duplicate parameters wins; defects found here are recorded
        on the parameters (as CPython does, each time this is read)."""
        by_name = {}
        for token in self:
            if not token.token_type.endswith('parameter'):
                continue
            if not token or token[0].token_type != 'attribute':
                continue
            name = token[0].value.strip()
            by_name.setdefault(name, []).append((token.section_number, token))
        for name, parts in by_name.items():
            parts = sorted(parts, key=lambda part: part[0])
            first = parts[0][1]
            charset = first.charset
            if not first.extended and len(parts) > 1 and parts[1][0] == 0:
                parts[1][1].defects.append(errors.InvalidHeaderDefect(
                    'duplicate parameter name; duplicate(s) ignored'))
                parts = parts[:1]
            pieces = []
            expected = 0
            for number, param in parts:
                if number != expected:
                    if not param.extended:
                        param.defects.append(errors.InvalidHeaderDefect(
                            'duplicate parameter name; duplicate ignored'))
                        continue
                    param.defects.append(errors.InvalidHeaderDefect(
                        'inconsistent RFC2231 parameter numbering'))
                expected += 1
                text = param.param_value
                if param.extended:
                    text = _decode_rfc2231_value(text, charset, param)
                pieces.append(text)
            yield name, ''.join(pieces)

    def __str__(self):
        rendered = []
        for name, value in self.params:
            if value:
                rendered.append('{}={}'.format(name, quote_string(value)))
            else:
                rendered.append(name)
        joined = '; '.join(rendered)
        return ' ' + joined if joined else ''


def _decode_rfc2231_value(text, charset, param):
    try:
        raw = urllib.parse.unquote_to_bytes(text)
    except UnicodeEncodeError:
        # Surrogate-escaped bytes in the source: read them as latin-1.
        return urllib.parse.unquote(text, encoding='latin-1')
    try:
        decoded = raw.decode(charset, 'surrogateescape')
    except (LookupError, UnicodeEncodeError):
        decoded = raw.decode('us-ascii', 'surrogateescape')
    if utils._has_surrogates(decoded):
        param.defects.append(errors.UndecodableBytesDefect())
    return decoded


class ParameterizedHeaderValue(TokenList):

    # A parameter list is folded by its own rules (RFC 2231).
    syntactic_break = False

    @property
    def params(self):
        for token in reversed(self):
            if token.token_type == 'mime-parameters':
                return token.params
        return {}


class ContentType(ParameterizedHeaderValue):
    token_type = 'content-type'
    as_ew_allowed = False
    maintype = 'text'
    subtype = 'plain'


class ContentDisposition(ParameterizedHeaderValue):
    token_type = 'content-disposition'
    as_ew_allowed = False
    content_disposition = None


class ContentTransferEncoding(TokenList):
    token_type = 'content-transfer-encoding'
    as_ew_allowed = False
    cte = '7bit'


class HeaderLabel(TokenList):
    token_type = 'header-label'
    as_ew_allowed = False


class MsgID(TokenList):

    token_type = 'msg-id'
    as_ew_allowed = False

    def fold(self, policy):
        # A message id is never folded (RFC 5322 3.6.4).
        return str(self) + policy.linesep


class MessageID(MsgID):
    token_type = 'message-id'


class InvalidMessageID(MessageID):
    token_type = 'invalid-message-id'


class Header(TokenList):
    token_type = 'header'


# ---------------------------------------------------------------------------
# Terminals


class Terminal(str):

    as_ew_allowed = True
    ew_combine_allowed = True
    syntactic_break = True

    def __new__(cls, value, token_type):
        self = super().__new__(cls, value)
        self.token_type = token_type
        self.defects = []
        return self

    def __repr__(self):
        return '{}({})'.format(self.__class__.__name__, super().__repr__())

    def pprint(self):
        print(self.__class__.__name__ + '/' + self.token_type)

    @property
    def all_defects(self):
        return list(self.defects)

    def _pp(self, indent=''):
        yield '{}{}/{}({}){}'.format(
            indent, self.__class__.__name__, self.token_type,
            super().__repr__(),
            '' if not self.defects else ' {}'.format(self.defects))

    def pop_trailing_ws(self):
        # Terminals hold no whitespace to give away.
        return None

    @property
    def comments(self):
        return []

    def __getnewargs__(self):
        return (str(self), self.token_type)


class WhiteSpaceTerminal(Terminal):

    @property
    def value(self):
        return ' '

    def startswith_fws(self):
        return True


class ValueTerminal(Terminal):

    @property
    def value(self):
        return self

    def startswith_fws(self):
        return False


class EWWhiteSpaceTerminal(WhiteSpaceTerminal):
    """Whitespace between two encoded words: RFC 2047 6.2 says it is not
    displayed."""

    @property
    def value(self):
        return ''

    def __str__(self):
        return ''


class _InvalidEwError(errors.HeaderParseError):
    """An encoded word that cannot be decoded."""


DOT = ValueTerminal('.', 'dot')
ListSeparator = ValueTerminal(',', 'list-separator')
ListSeparator.as_ew_allowed = False
ListSeparator.syntactic_break = False
RouteComponentMarker = ValueTerminal('@', 'route-component-marker')


# ---------------------------------------------------------------------------
# Low level scanners

_wsp_split_re = re.compile(r'([ \t]+)')
# Something shaped like an encoded word: =?charset?q-or-b?text?=
_looks_like_ew = re.compile(r'=\?[^?]*\?[qQbB]\?.*?\?=').search


def _wsp_splitter(value, maxsplit):
    return _wsp_split_re.split(value, maxsplit)


def _run_not_in(value, ends):
    """The longest prefix of value made of characters not in ends."""
    i = 0
    n = len(value)
    while i < n and value[i] not in ends:
        i += 1
    return value[:i]


def _validate_xtext(xtext):
    """Record on xtext the defects of its characters: ASCII controls and
    bytes that did not decode."""
    non_printables = [c for c in xtext if c < ' ' or c == '\x7f']
    if non_printables:
        xtext.defects.append(errors.NonPrintableDefect(non_printables))
    if utils._has_surrogates(xtext):
        xtext.defects.append(errors.UndecodableBytesDefect(
            "Non-ASCII characters found in header token"))


def _get_ptext_to_endchars(value, endchars):
    """(text, rest, had_quoted_pair): the run of value up to whitespace or
    one of endchars, with quoted-pairs unescaped."""
    if not value:
        return '', '', False
    fragment, *remainder = _wsp_splitter(value, 1)
    out = []
    escaped = False
    had_qp = False
    pos = 0
    for pos, ch in enumerate(fragment):
        if ch == '\\':
            if escaped:
                # Only an escaped backslash counts as a quoted-pair here.
                escaped = False
                had_qp = True
                out.append(ch)
            else:
                escaped = True
            continue
        if escaped:
            escaped = False
        elif ch in endchars:
            break
        out.append(ch)
    else:
        pos += 1
    return ''.join(out), ''.join([fragment[pos:]] + remainder), had_qp


def get_fws(value):
    """FWS = 1*WSP (the line breaks are gone by the time we parse)."""
    newvalue = value.lstrip(' \t')
    fws = WhiteSpaceTerminal(value[:len(value) - len(newvalue)], 'fws')
    return fws, newvalue


def get_encoded_word(value, terminal_type='vtext'):
    """encoded-word = "=?" charset "?" encoding "?" encoded-text "?=" """
    ew = EncodedWord()
    if not value.startswith('=?'):
        raise errors.HeaderParseError(
            "expected encoded word but found {}".format(value))
    end = value.find('?=', 2)
    if end < 0:
        raise errors.HeaderParseError(
            "expected encoded word but found {}".format(value))
    inner = value[2:end]
    rest = value[end + 2:]
    if (inner.count('?') < 2 and len(rest) > 1 and rest[0] in _HEXDIGITS
            and rest[1] in _HEXDIGITS):
        # That '?=' was the separator before a q-encoded text starting
        # with an =XX escape: the word ends at the next '?='.
        more, sep, rest = rest.partition('?=')
        inner = inner + '?=' + more
    word = '=?' + inner + '?='
    if len(inner.split()) > 1:
        ew.defects.append(errors.InvalidHeaderDefect(
            "whitespace inside encoded word"))
    ew.cte = word
    try:
        decoded, charset, lang, defects = _ew.decode(word)
    except (ValueError, KeyError, LookupError):
        raise _InvalidEwError(
            "encoded word format invalid: '{}'".format(word))
    ew.charset = charset
    ew.lang = lang
    ew.defects.extend(defects)
    while decoded:
        if decoded[0] in WSP:
            token, decoded = get_fws(decoded)
            ew.append(token)
            continue
        chars, *remainder = _wsp_splitter(decoded, 1)
        vtext = ValueTerminal(chars, terminal_type)
        _validate_xtext(vtext)
        ew.append(vtext)
        decoded = ''.join(remainder)
    if rest and rest[0] not in WSP:
        ew.defects.append(errors.InvalidHeaderDefect(
            "missing trailing whitespace after encoded-word"))
    return ew, rest


def get_unstructured(value):
    """unstructured = (*([FWS] vchar) *WSP) / obs-unstruct, with RFC 2047
    encoded words decoded and the whitespace between two of them dropped.
    """
    unstructured = UnstructuredTokenList()
    while value:
        if value[0] in WSP:
            token, value = get_fws(value)
            unstructured.append(token)
            continue
        ew_ok = True
        if value.startswith('=?'):
            try:
                token, rest = get_encoded_word(value, 'utext')
            except _InvalidEwError:
                token = None
                ew_ok = False
            except errors.HeaderParseError:
                token = None
            if token is not None:
                separated = True
                if len(unstructured) > 0:
                    if unstructured[-1].token_type != 'fws':
                        unstructured.defects.append(
                            errors.InvalidHeaderDefect(
                                "missing whitespace before encoded word"))
                        separated = False
                if (separated and len(unstructured) > 1
                        and unstructured[-2].token_type == 'encoded-word'):
                    unstructured[-1] = EWWhiteSpaceTerminal(
                        unstructured[-1], 'fws')
                unstructured.append(token)
                value = rest
                continue
        chars, *remainder = _wsp_splitter(value, 1)
        # An encoded word glued to the word before it still decodes (with
        # a defect, added when the next round reads it); only when the
        # text here was not a broken encoded word itself.
        if ew_ok and _looks_like_ew(chars):
            chars, *remainder = value.partition('=?')
        vtext = ValueTerminal(chars, 'vtext')
        _validate_xtext(vtext)
        unstructured.append(vtext)
        value = ''.join(remainder)
    return unstructured


def get_qp_ctext(value):
    """ctext and quoted-pairs inside a comment, up to whitespace or a
    parenthesis; its value, like a comment's, is a space."""
    ptext, value, _ = _get_ptext_to_endchars(value, '()')
    ptext = WhiteSpaceTerminal(ptext, 'ptext')
    _validate_xtext(ptext)
    return ptext, value


def get_qcontent(value):
    """qtext and quoted-pairs inside a quoted string, up to whitespace or
    a double quote."""
    ptext, value, _ = _get_ptext_to_endchars(value, '"')
    ptext = ValueTerminal(ptext, 'ptext')
    _validate_xtext(ptext)
    return ptext, value


def get_atext(value):
    """atext = the characters of an atom (anything but specials and
    whitespace; non-printables are accepted with a defect)."""
    chars = _run_not_in(value, ATOM_ENDS)
    if not chars:
        raise errors.HeaderParseError(
            "expected atext but found '{}'".format(value))
    atext = ValueTerminal(chars, 'atext')
    _validate_xtext(atext)
    return atext, value[len(chars):]


def get_bare_quoted_string(value):
    """bare-quoted-string = DQUOTE *([FWS] qcontent) [FWS] DQUOTE"""
    if not value or value[0] != '"':
        raise errors.HeaderParseError(
            "expected '\"' but found '{}'".format(value))
    bare = BareQuotedString()
    value = value[1:]
    if value and value[0] == '"':
        # "" holds one empty qcontent.
        token, value = get_qcontent(value)
        bare.append(token)
    while value and value[0] != '"':
        if value[0] in WSP:
            token, value = get_fws(value)
        elif value[:2] == '=?':
            try:
                token, value = get_encoded_word(value)
            except errors.HeaderParseError:
                token, value = get_qcontent(value)
            else:
                bare.defects.append(errors.InvalidHeaderDefect(
                    "encoded word inside quoted string"))
                # As between encoded words elsewhere, the blanks between
                # two of them are not part of the text (RFC 2047 6.2).
                if (len(bare) > 1 and bare[-1].token_type == 'fws'
                        and bare[-2].token_type == 'encoded-word'):
                    bare[-1] = EWWhiteSpaceTerminal(bare[-1], 'fws')
        else:
            token, value = get_qcontent(value)
        bare.append(token)
    if not value:
        bare.defects.append(errors.InvalidHeaderDefect(
            "end of header inside quoted string"))
        return bare, value
    return bare, value[1:]


def get_comment(value):
    """comment = "(" *([FWS] ccontent) [FWS] ")"
       ccontent = ctext / quoted-pair / comment"""
    if value and value[0] != '(':
        raise errors.HeaderParseError(
            "expected '(' but found '{}'".format(value))
    comment = Comment()
    value = value[1:]
    while value and value[0] != ')':
        if value[0] in WSP:
            token, value = get_fws(value)
        elif value[0] == '(':
            token, value = get_comment(value)
        else:
            token, value = get_qp_ctext(value)
        comment.append(token)
    if not value:
        comment.defects.append(errors.InvalidHeaderDefect(
            "end of header inside comment"))
        return comment, value
    return comment, value[1:]


def get_cfws(value):
    """CFWS = (1*([FWS] comment) [FWS]) / FWS"""
    cfws = CFWSList()
    while value and value[0] in CFWS_LEADER:
        if value[0] in WSP:
            token, value = get_fws(value)
        else:
            token, value = get_comment(value)
        cfws.append(token)
    return cfws, value


def _leading_cfws(tokens, value):
    if value and value[0] in CFWS_LEADER:
        token, value = get_cfws(value)
        tokens.append(token)
    return value


def get_quoted_string(value):
    """quoted-string = [CFWS] bare-quoted-string [CFWS]"""
    quoted = QuotedString()
    value = _leading_cfws(quoted, value)
    token, value = get_bare_quoted_string(value)
    quoted.append(token)
    value = _leading_cfws(quoted, value)
    return quoted, value


def get_atom(value):
    """atom = [CFWS] 1*atext [CFWS]; an encoded word counts as an atom."""
    atom = Atom()
    value = _leading_cfws(atom, value)
    if value and value[0] in ATOM_ENDS:
        raise errors.HeaderParseError(
            "expected atom but found '{}'".format(value))
    if value.startswith('=?'):
        try:
            token, value = get_encoded_word(value)
        except errors.HeaderParseError:
            token, value = get_atext(value)
    else:
        token, value = get_atext(value)
    atom.append(token)
    value = _leading_cfws(atom, value)
    return atom, value


def get_dot_atom_text(value):
    """dot-atom-text = 1*atext *("." 1*atext)"""
    dot_atom_text = DotAtomText()
    if not value or value[0] in ATOM_ENDS:
        raise errors.HeaderParseError(
            "expected atom at a start of dot-atom-text but found "
            "'{}'".format(value))
    while value and value[0] not in ATOM_ENDS:
        token, value = get_atext(value)
        dot_atom_text.append(token)
        if value and value[0] == '.':
            dot_atom_text.append(DOT)
            value = value[1:]
    if dot_atom_text[-1] is DOT:
        raise errors.HeaderParseError(
            "expected atom at end of dot-atom-text but found "
            "'{}'".format('.' + value))
    return dot_atom_text, value


def get_dot_atom(value):
    """dot-atom = [CFWS] dot-atom-text [CFWS]"""
    dot_atom = DotAtom()
    value = _leading_cfws(dot_atom, value)
    if value.startswith('=?'):
        try:
            token, value = get_encoded_word(value)
        except errors.HeaderParseError:
            token, value = get_dot_atom_text(value)
    else:
        token, value = get_dot_atom_text(value)
    dot_atom.append(token)
    value = _leading_cfws(dot_atom, value)
    return dot_atom, value


def get_word(value):
    """word = atom / quoted-string (either with its surrounding CFWS)."""
    if value and value[0] in CFWS_LEADER:
        leader, value = get_cfws(value)
    else:
        leader = None
    if not value:
        raise errors.HeaderParseError(
            "Expected 'atom' or 'quoted-string' but found nothing.")
    if value[0] == '"':
        token, value = get_quoted_string(value)
    elif value[0] in SPECIALS:
        raise errors.HeaderParseError(
            "Expected 'atom' or 'quoted-string' but found '{}'".format(value))
    else:
        token, value = get_atom(value)
    if leader is not None:
        token[:0] = [leader]
    return token, value


def get_phrase(value):
    """phrase = 1*word / obs-phrase
       obs-phrase = word *(word / "." / CFWS)"""
    phrase = Phrase()
    try:
        token, value = get_word(value)
        phrase.append(token)
    except errors.HeaderParseError:
        phrase.defects.append(errors.InvalidHeaderDefect(
            "phrase does not start with word"))
    while value and value[0] not in PHRASE_ENDS:
        if value[0] == '.':
            phrase.append(DOT)
            phrase.defects.append(errors.ObsoleteHeaderDefect(
                "period in 'phrase'"))
            value = value[1:]
            continue
        try:
            token, value = get_word(value)
        except errors.HeaderParseError:
            if value[0] not in CFWS_LEADER:
                raise
            token, value = get_cfws(value)
            phrase.defects.append(errors.ObsoleteHeaderDefect(
                "comment found without atom"))
        phrase.append(token)
    return phrase, value


def get_local_part(value):
    """local-part = dot-atom / quoted-string / obs-local-part"""
    local_part = LocalPart()
    leader = None
    if value and value[0] in CFWS_LEADER:
        leader, value = get_cfws(value)
    if not value:
        raise errors.HeaderParseError(
            "expected local-part but found '{}'".format(value))
    try:
        token, value = get_dot_atom(value)
    except errors.HeaderParseError:
        try:
            token, value = get_word(value)
        except errors.HeaderParseError:
            if value[0] != '\\' and value[0] in PHRASE_ENDS:
                raise
            token = TokenList()
    if leader is not None:
        token[:0] = [leader]
    local_part.append(token)
    if value and (value[0] == '\\' or value[0] not in PHRASE_ENDS):
        obs_local_part, value = get_obs_local_part(str(local_part) + value)
        if obs_local_part.token_type == 'invalid-obs-local-part':
            local_part.defects.append(errors.InvalidHeaderDefect(
                "local-part is not dot-atom, quoted-string, or "
                "obs-local-part"))
        else:
            local_part.defects.append(errors.ObsoleteHeaderDefect(
                "local-part is not a dot-atom (contains CFWS)"))
        local_part[0] = obs_local_part
    try:
        local_part.value.encode('ascii')
    except UnicodeEncodeError:
        local_part.defects.append(errors.NonASCIILocalPartDefect(
            "local-part contains non-ASCII characters)"))
    return local_part, value


def get_obs_local_part(value):
    """obs-local-part = word *("." word), read leniently: missing and
    repeated dots and stray backslashes are kept, with defects that make
    the token an 'invalid-obs-local-part'."""
    obs = ObsLocalPart()
    after_dot = False
    while value and (value[0] == '\\' or value[0] not in PHRASE_ENDS):
        if value[0] == '.':
            if after_dot:
                obs.defects.append(errors.InvalidHeaderDefect(
                    "invalid repeated '.'"))
            obs.append(DOT)
            after_dot = True
            value = value[1:]
            continue
        if value[0] == '\\':
            obs.append(ValueTerminal(value[0], 'misplaced-special'))
            value = value[1:]
            obs.defects.append(errors.InvalidHeaderDefect(
                "'\\' character outside of quoted-string/ccontent"))
            after_dot = False
            continue
        if obs and obs[-1].token_type != 'dot':
            obs.defects.append(errors.InvalidHeaderDefect(
                "missing '.' between words"))
        try:
            token, value = get_word(value)
            after_dot = False
        except errors.HeaderParseError:
            if value[0] not in CFWS_LEADER:
                raise
            token, value = get_cfws(value)
        obs.append(token)
    if not obs:
        raise errors.HeaderParseError(
            "expected obs-local-part but found '{}'".format(value))
    if (obs[0].token_type == 'dot' or
            obs[0].token_type == 'cfws' and len(obs) > 1
            and obs[1].token_type == 'dot'):
        obs.defects.append(errors.InvalidHeaderDefect(
            "Invalid leading '.' in local part"))
    if (obs[-1].token_type == 'dot' or
            obs[-1].token_type == 'cfws' and len(obs) > 1
            and obs[-2].token_type == 'dot'):
        obs.defects.append(errors.InvalidHeaderDefect(
            "Invalid trailing '.' in local part"))
    if obs.defects:
        obs.token_type = 'invalid-obs-local-part'
    return obs, value


def get_dtext(value):
    """dtext of a domain literal, up to whitespace or a bracket; a
    quoted-pair there is obsolete (obs-dtext)."""
    ptext, value, had_qp = _get_ptext_to_endchars(value, '[]')
    ptext = ValueTerminal(ptext, 'ptext')
    if had_qp:
        ptext.defects.append(errors.ObsoleteHeaderDefect(
            "quoted printable found in domain-literal"))
    _validate_xtext(ptext)
    return ptext, value


def _check_for_early_dl_end(value, domain_literal):
    if value:
        return False
    domain_literal.append(errors.InvalidHeaderDefect(
        "end of input inside domain-literal"))
    domain_literal.append(ValueTerminal(']', 'domain-literal-end'))
    return True


def get_domain_literal(value):
    """domain-literal = [CFWS] "[" *([FWS] dtext) [FWS] "]" [CFWS]"""
    literal = DomainLiteral()
    value = _leading_cfws(literal, value)
    if not value:
        raise errors.HeaderParseError("expected domain-literal")
    if value[0] != '[':
        raise errors.HeaderParseError(
            "expected '[' at start of domain-literal but found "
            "'{}'".format(value))
    value = value[1:]
    literal.append(ValueTerminal('[', 'domain-literal-start'))
    if value and value[0] in WSP:
        token, value = get_fws(value)
        literal.append(token)
    token, value = get_dtext(value)
    literal.append(token)
    if value and value[0] in WSP:
        token, value = get_fws(value)
        literal.append(token)
    if not value:
        raise errors.HeaderParseError("expected ']' at end of domain-literal")
    if value[0] != ']':
        raise errors.HeaderParseError(
            "expected ']' at end of domain-literal but found "
            "'{}'".format(value))
    literal.append(ValueTerminal(']', 'domain-literal-end'))
    value = value[1:]
    value = _leading_cfws(literal, value)
    return literal, value


def get_domain(value):
    """domain = dot-atom / domain-literal / obs-domain
       obs-domain = atom *("." atom)"""
    domain = Domain()
    leader = None
    if value and value[0] in CFWS_LEADER:
        leader, value = get_cfws(value)
    if not value:
        raise errors.HeaderParseError(
            "expected domain but found '{}'".format(value))
    if value[0] == '[':
        token, value = get_domain_literal(value)
        if leader is not None:
            token[:0] = [leader]
        domain.append(token)
        return domain, value
    try:
        token, value = get_dot_atom(value)
    except errors.HeaderParseError:
        token, value = get_atom(value)
    if value and value[0] == '@':
        raise errors.HeaderParseError('Invalid Domain')
    if leader is not None:
        token[:0] = [leader]
    domain.append(token)
    if value and value[0] == '.':
        domain.defects.append(errors.ObsoleteHeaderDefect(
            "domain is not a dot-atom (contains CFWS)"))
        if domain[0].token_type == 'dot-atom':
            domain[:] = domain[0]
        while value and value[0] == '.':
            domain.append(DOT)
            token, value = get_atom(value[1:])
            domain.append(token)
    return domain, value


def get_addr_spec(value):
    """addr-spec = local-part "@" domain"""
    addr_spec = AddrSpec()
    token, value = get_local_part(value)
    addr_spec.append(token)
    if not value or value[0] != '@':
        addr_spec.defects.append(errors.InvalidHeaderDefect(
            "addr-spec local part with no domain"))
        return addr_spec, value
    addr_spec.append(ValueTerminal('@', 'address-at-symbol'))
    token, value = get_domain(value[1:])
    addr_spec.append(token)
    return addr_spec, value


def get_obs_route(value):
    """obs-route = obs-domain-list ":"
       obs-domain-list = *(CFWS / ",") "@" domain
                         *("," [CFWS] ["@" domain])"""
    route = ObsRoute()
    while value and (value[0] == ',' or value[0] in CFWS_LEADER):
        if value[0] in CFWS_LEADER:
            token, value = get_cfws(value)
            route.append(token)
        elif value[0] == ',':
            route.append(ListSeparator)
            value = value[1:]
    if not value or value[0] != '@':
        raise errors.HeaderParseError(
            "expected obs-route domain but found '{}'".format(value))
    route.append(RouteComponentMarker)
    token, value = get_domain(value[1:])
    route.append(token)
    while value and value[0] == ',':
        route.append(ListSeparator)
        value = value[1:]
        if not value:
            break
        if value[0] in CFWS_LEADER:
            token, value = get_cfws(value)
            route.append(token)
        if not value:
            break
        if value[0] == '@':
            route.append(RouteComponentMarker)
            token, value = get_domain(value[1:])
            route.append(token)
    if not value:
        raise errors.HeaderParseError("end of header while parsing obs-route")
    if value[0] != ':':
        raise errors.HeaderParseError(
            "expected ':' marking end of obs-route but found "
            "'{}'".format(value))
    route.append(ValueTerminal(':', 'end-of-obs-route-marker'))
    return route, value[1:]


def get_angle_addr(value):
    """angle-addr = [CFWS] "<" addr-spec ">" [CFWS] / obs-angle-addr
       obs-angle-addr = [CFWS] "<" obs-route addr-spec ">" [CFWS]"""
    angle = AngleAddr()
    value = _leading_cfws(angle, value)
    if not value or value[0] != '<':
        raise errors.HeaderParseError(
            "expected angle-addr but found '{}'".format(value))
    angle.append(ValueTerminal('<', 'angle-addr-start'))
    value = value[1:]
    if value and value[0] == '>':
        angle.append(ValueTerminal('>', 'angle-addr-end'))
        angle.defects.append(errors.InvalidHeaderDefect(
            "null addr-spec in angle-addr"))
        return angle, value[1:]
    try:
        token, value = get_addr_spec(value)
    except errors.HeaderParseError:
        try:
            token, value = get_obs_route(value)
            angle.defects.append(errors.ObsoleteHeaderDefect(
                "obsolete route specification in angle-addr"))
        except errors.HeaderParseError:
            raise errors.HeaderParseError(
                "expected addr-spec or obs-route but found "
                "'{}'".format(value))
        angle.append(token)
        token, value = get_addr_spec(value)
    angle.append(token)
    if value and value[0] == '>':
        value = value[1:]
    else:
        angle.defects.append(errors.InvalidHeaderDefect(
            "missing trailing '>' on angle-addr"))
    angle.append(ValueTerminal('>', 'angle-addr-end'))
    value = _leading_cfws(angle, value)
    return angle, value


def get_display_name(value):
    """display-name = phrase (its value is quoted when it needs to be)."""
    display_name = DisplayName()
    token, value = get_phrase(value)
    display_name.extend(token[:])
    display_name.defects = token.defects[:]
    return display_name, value


def get_name_addr(value):
    """name-addr = [display-name] angle-addr"""
    name_addr = NameAddr()
    leader = None
    if not value:
        raise errors.HeaderParseError(
            "expected name-addr but found '{}'".format(value))
    if value[0] in CFWS_LEADER:
        leader, value = get_cfws(value)
        if not value:
            raise errors.HeaderParseError(
                "expected name-addr but found '{}'".format(leader))
    if value[0] != '<':
        if value[0] in PHRASE_ENDS:
            raise errors.HeaderParseError(
                "expected name-addr but found '{}'".format(value))
        token, value = get_display_name(value)
        if not value:
            raise errors.HeaderParseError(
                "expected name-addr but found '{}'".format(token))
        if leader is not None:
            if isinstance(token[0], TokenList):
                token[0][:0] = [leader]
            else:
                token[:0] = [leader]
            leader = None
        name_addr.append(token)
    token, value = get_angle_addr(value)
    if leader is not None:
        token[:0] = [leader]
    name_addr.append(token)
    return name_addr, value


def get_mailbox(value):
    """mailbox = name-addr / addr-spec"""
    mailbox = Mailbox()
    try:
        token, value = get_name_addr(value)
    except errors.HeaderParseError:
        try:
            token, value = get_addr_spec(value)
        except errors.HeaderParseError:
            raise errors.HeaderParseError(
                "expected mailbox but found '{}'".format(value))
    if any(isinstance(x, errors.InvalidHeaderDefect)
           for x in token.all_defects):
        mailbox.token_type = 'invalid-mailbox'
    mailbox.append(token)
    return mailbox, value


def get_invalid_mailbox(value, endchars):
    """Whatever text runs up to one of endchars, kept as an invalid
    mailbox (phrases and the specials between them)."""
    invalid = InvalidMailbox()
    while value and value[0] not in endchars:
        if value[0] in PHRASE_ENDS:
            invalid.append(ValueTerminal(value[0], 'misplaced-special'))
            value = value[1:]
        else:
            token, value = get_phrase(value)
            invalid.append(token)
    return invalid, value


def get_mailbox_list(value):
    """mailbox-list = (mailbox *("," mailbox)) / obs-mbox-list
       obs-mbox-list = *([CFWS] ",") mailbox *("," [mailbox / CFWS])"""
    mailbox_list = MailboxList()
    while value and value[0] != ';':
        try:
            token, value = get_mailbox(value)
            mailbox_list.append(token)
        except errors.HeaderParseError:
            leader = None
            if value[0] in CFWS_LEADER:
                leader, value = get_cfws(value)
            if leader is not None and (not value or value[0] in ',;'):
                mailbox_list.append(leader)
                mailbox_list.defects.append(errors.ObsoleteHeaderDefect(
                    "empty element in mailbox-list"))
            elif leader is None and value[0] == ',':
                mailbox_list.defects.append(errors.ObsoleteHeaderDefect(
                    "empty element in mailbox-list"))
            else:
                token, value = get_invalid_mailbox(value, ',;')
                if leader is not None:
                    token[:0] = [leader]
                mailbox_list.append(token)
                mailbox_list.defects.append(errors.InvalidHeaderDefect(
                    "invalid mailbox in mailbox-list"))
        if value and value[0] not in ',;':
            # Junk after a mailbox makes the whole entry invalid.
            mailbox = mailbox_list[-1]
            mailbox.token_type = 'invalid-mailbox'
            token, value = get_invalid_mailbox(value, ',;')
            mailbox.extend(token)
            mailbox_list.defects.append(errors.InvalidHeaderDefect(
                "invalid mailbox in mailbox-list"))
        if value and value[0] == ',':
            mailbox_list.append(ListSeparator)
            value = value[1:]
    return mailbox_list, value


def get_group_list(value):
    """group-list = mailbox-list / CFWS / obs-group-list
       obs-group-list = 1*([CFWS] ",") [CFWS]"""
    group_list = GroupList()
    if not value:
        group_list.defects.append(errors.InvalidHeaderDefect(
            "end of header before group-list"))
        return group_list, value
    leader = None
    if value[0] in CFWS_LEADER:
        leader, value = get_cfws(value)
        if not value:
            # Only comments where the list belongs: no ';' to end it.
            group_list.defects.append(errors.InvalidHeaderDefect(
                "end of header in group-list"))
            group_list.append(leader)
            return group_list, value
        if value[0] == ';':
            group_list.append(leader)
            return group_list, value
    token, value = get_mailbox_list(value)
    if len(token.all_mailboxes) == 0:
        if leader is not None:
            group_list.append(leader)
        group_list.extend(token)
        group_list.defects.append(errors.ObsoleteHeaderDefect(
            "group-list with empty entries"))
        return group_list, value
    if leader is not None:
        token[:0] = [leader]
    group_list.append(token)
    return group_list, value


def get_group(value):
    """group = display-name ":" [group-list] ";" [CFWS]"""
    group = Group()
    token, value = get_display_name(value)
    if not value or value[0] != ':':
        raise errors.HeaderParseError(
            "expected ':' at end of group display name but found "
            "'{}'".format(value))
    group.append(token)
    group.append(ValueTerminal(':', 'group-display-name-terminator'))
    value = value[1:]
    if value and value[0] == ';':
        group.append(ValueTerminal(';', 'group-terminator'))
        return group, value[1:]
    token, value = get_group_list(value)
    group.append(token)
    if not value:
        group.defects.append(errors.InvalidHeaderDefect(
            "end of header in group"))
    elif value[0] != ';':
        raise errors.HeaderParseError(
            "expected ';' at end of group but found {}".format(value))
    group.append(ValueTerminal(';', 'group-terminator'))
    value = value[1:]
    value = _leading_cfws(group, value)
    return group, value


def get_address(value):
    """address = mailbox / group"""
    address = Address()
    try:
        token, value = get_group(value)
    except errors.HeaderParseError:
        try:
            token, value = get_mailbox(value)
        except errors.HeaderParseError:
            raise errors.HeaderParseError(
                "expected address but found '{}'".format(value))
    address.append(token)
    return address, value


def get_address_list(value):
    """address-list = (address *("," address)) / obs-addr-list
       obs-addr-list = *([CFWS] ",") address *("," [address / CFWS])"""
    address_list = AddressList()
    while value:
        try:
            token, value = get_address(value)
            address_list.append(token)
        except errors.HeaderParseError:
            leader = None
            if value[0] in CFWS_LEADER:
                leader, value = get_cfws(value)
            if leader is not None and (not value or value[0] == ','):
                address_list.append(leader)
                address_list.defects.append(errors.ObsoleteHeaderDefect(
                    "address-list entry with no content"))
            elif leader is None and value[0] == ',':
                address_list.defects.append(errors.ObsoleteHeaderDefect(
                    "empty element in address-list"))
            else:
                token, value = get_invalid_mailbox(value, ',')
                if leader is not None:
                    token[:0] = [leader]
                address_list.append(Address([token]))
                address_list.defects.append(errors.InvalidHeaderDefect(
                    "invalid address in address-list"))
        if value and value[0] != ',':
            # Junk after an address: the address becomes invalid.
            mailbox = address_list[-1][0]
            mailbox.token_type = 'invalid-mailbox'
            token, value = get_invalid_mailbox(value, ',')
            mailbox.extend(token)
            address_list.defects.append(errors.InvalidHeaderDefect(
                "invalid address in address-list"))
        if value:
            address_list.append(ListSeparator)
            value = value[1:]
    return address_list, value


def get_no_fold_literal(value):
    """no-fold-literal = "[" *dtext "]" """
    literal = NoFoldLiteral()
    if not value:
        raise errors.HeaderParseError(
            "expected no-fold-literal but found '{}'".format(value))
    if value[0] != '[':
        raise errors.HeaderParseError(
            "expected '[' at the start of no-fold-literal but found "
            "'{}'".format(value))
    literal.append(ValueTerminal('[', 'no-fold-literal-start'))
    token, value = get_dtext(value[1:])
    literal.append(token)
    if not value or value[0] != ']':
        raise errors.HeaderParseError(
            "expected ']' at the end of no-fold-literal but found "
            "'{}'".format(value))
    literal.append(ValueTerminal(']', 'no-fold-literal-end'))
    return literal, value[1:]


def get_msg_id(value):
    """msg-id = [CFWS] "<" id-left "@" id-right ">" [CFWS]
       id-left = dot-atom-text / obs-id-left
       id-right = dot-atom-text / no-fold-literal / obs-id-right"""
    msg_id = MsgID()
    value = _leading_cfws(msg_id, value)
    if not value or value[0] != '<':
        raise errors.HeaderParseError(
            "expected msg-id but found '{}'".format(value))
    msg_id.append(ValueTerminal('<', 'msg-id-start'))
    value = value[1:]
    try:
        token, value = get_dot_atom_text(value)
    except errors.HeaderParseError:
        try:
            token, value = get_obs_local_part(value)
            msg_id.defects.append(errors.ObsoleteHeaderDefect(
                "obsolete id-left in msg-id"))
        except errors.HeaderParseError:
            raise errors.HeaderParseError(
                "expected dot-atom-text or obs-id-left but found "
                "'{}'".format(value))
    msg_id.append(token)
    if not value or value[0] != '@':
        msg_id.defects.append(errors.InvalidHeaderDefect(
            "msg-id with no id-right"))
        if value and value[0] == '>':
            msg_id.append(ValueTerminal('>', 'msg-id-end'))
            value = value[1:]
        return msg_id, value
    msg_id.append(ValueTerminal('@', 'address-at-symbol'))
    value = value[1:]
    try:
        token, value = get_dot_atom_text(value)
    except errors.HeaderParseError:
        try:
            token, value = get_no_fold_literal(value)
        except errors.HeaderParseError:
            try:
                token, value = get_domain(value)
                msg_id.defects.append(errors.ObsoleteHeaderDefect(
                    "obsolete id-right in msg-id"))
            except errors.HeaderParseError:
                raise errors.HeaderParseError(
                    "expected dot-atom-text, no-fold-literal or obs-id-right"
                    " but found '{}'".format(value))
    msg_id.append(token)
    if value and value[0] == '>':
        value = value[1:]
    else:
        msg_id.defects.append(errors.InvalidHeaderDefect(
            "missing trailing '>' on msg-id"))
    msg_id.append(ValueTerminal('>', 'msg-id-end'))
    value = _leading_cfws(msg_id, value)
    return msg_id, value


def parse_message_id(value):
    """message-id = "Message-ID:" msg-id CRLF"""
    message_id = MessageID()
    try:
        token, value = get_msg_id(value)
        message_id.append(token)
    except errors.HeaderParseError as ex:
        token = get_unstructured(value)
        message_id = InvalidMessageID(token)
        message_id.defects.append(errors.InvalidHeaderDefect(
            "Invalid msg-id: {!r}".format(ex)))
    else:
        if value:
            message_id.defects.append(errors.InvalidHeaderDefect(
                "Unexpected {!r}".format(value)))
    return message_id


# ---------------------------------------------------------------------------
# MIME headers (RFC 2045, 2183, 2231)


def parse_mime_version(value):
    """mime-version = [CFWS] 1*digit [CFWS] "." [CFWS] 1*digit [CFWS]"""
    version = MIMEVersion()
    if not value:
        version.defects.append(errors.HeaderMissingRequiredValue(
            "Missing MIME version number (eg: 1.0)"))
        return version
    value = _leading_cfws(version, value)
    if not value:
        version.defects.append(errors.HeaderMissingRequiredValue(
            "Expected MIME version number but found only CFWS"))
    digits = _run_not_in(value, CFWS_LEADER | set('.'))
    value = value[len(digits):]
    if not digits.isdigit():
        version.defects.append(errors.InvalidHeaderDefect(
            "Expected MIME major version number but found {!r}".format(
                digits)))
        version.append(ValueTerminal(digits, 'xtext'))
    else:
        version.major = int(digits)
        version.append(ValueTerminal(digits, 'digits'))
    value = _leading_cfws(version, value)
    if not value or value[0] != '.':
        if version.major is not None:
            version.defects.append(errors.InvalidHeaderDefect(
                "Incomplete MIME version; found only major number"))
        if value:
            version.append(ValueTerminal(value, 'xtext'))
        return version
    version.append(ValueTerminal('.', 'version-separator'))
    value = value[1:]
    value = _leading_cfws(version, value)
    if not value:
        if version.major is not None:
            version.defects.append(errors.InvalidHeaderDefect(
                "Incomplete MIME version; found only major number"))
        return version
    digits = _run_not_in(value, CFWS_LEADER)
    value = value[len(digits):]
    if not digits.isdigit():
        version.defects.append(errors.InvalidHeaderDefect(
            "Expected MIME minor version number but found {!r}".format(
                digits)))
        version.append(ValueTerminal(digits, 'xtext'))
    else:
        version.minor = int(digits)
        version.append(ValueTerminal(digits, 'digits'))
    value = _leading_cfws(version, value)
    if value:
        version.defects.append(errors.InvalidHeaderDefect(
            "Excess non-CFWS text after MIME version"))
        version.append(ValueTerminal(value, 'xtext'))
    return version


def get_invalid_parameter(value):
    """Text up to the next ';', kept as an invalid parameter."""
    invalid = InvalidParameter()
    while value and value[0] != ';':
        if value[0] in PHRASE_ENDS:
            invalid.append(ValueTerminal(value[0], 'misplaced-special'))
            value = value[1:]
        else:
            token, value = get_phrase(value)
            invalid.append(token)
    return invalid, value


def get_ttext(value):
    """ttext: the characters of a MIME token (RFC 2045 5.1)."""
    chars = _run_not_in(value, TOKEN_ENDS)
    if not chars:
        raise errors.HeaderParseError(
            "expected ttext but found '{}'".format(value))
    ttext = ValueTerminal(chars, 'ttext')
    _validate_xtext(ttext)
    return ttext, value[len(chars):]


def get_token(value):
    """token = [CFWS] 1*ttext [CFWS]"""
    token_list = Token()
    value = _leading_cfws(token_list, value)
    if value and value[0] in TOKEN_ENDS:
        raise errors.HeaderParseError(
            "expected token but found '{}'".format(value))
    token, value = get_ttext(value)
    token_list.append(token)
    value = _leading_cfws(token_list, value)
    return token_list, value


def _get_terminal_run(value, ends, token_type, what):
    chars = _run_not_in(value, ends)
    if not chars:
        raise errors.HeaderParseError(
            "expected {} but found '{}'".format(what, value))
    token = ValueTerminal(chars, token_type)
    _validate_xtext(token)
    return token, value[len(chars):]


def get_attrtext(value):
    """attrtext = 1*(any ttext but "*", "'" and "%")"""
    return _get_terminal_run(value, ATTRIBUTE_ENDS, 'attrtext', 'attrtext')


def get_attribute(value):
    """attribute = [CFWS] 1*attrtext [CFWS]"""
    attribute = Attribute()
    value = _leading_cfws(attribute, value)
    if value and value[0] in ATTRIBUTE_ENDS:
        raise errors.HeaderParseError(
            "expected token but found '{}'".format(value))
    token, value = get_attrtext(value)
    attribute.append(token)
    value = _leading_cfws(attribute, value)
    return attribute, value


def get_extended_attrtext(value):
    """attrtext that may hold '%' (the %XX escapes of RFC 2231)."""
    return _get_terminal_run(value, EXTENDED_ATTRIBUTE_ENDS,
                             'extended-attrtext', 'extended attrtext')


def get_extended_attribute(value):
    """[CFWS] 1*extended-attrtext [CFWS]"""
    attribute = Attribute()
    value = _leading_cfws(attribute, value)
    if value and value[0] in EXTENDED_ATTRIBUTE_ENDS:
        raise errors.HeaderParseError(
            "expected token but found '{}'".format(value))
    token, value = get_extended_attrtext(value)
    attribute.append(token)
    value = _leading_cfws(attribute, value)
    return attribute, value


def get_section(value):
    """section = "*" 1*digit (RFC 2231 continuations)"""
    section = Section()
    if not value or value[0] != '*':
        raise errors.HeaderParseError(
            "Expected section but found {}".format(value))
    section.append(ValueTerminal('*', 'section-marker'))
    value = value[1:]
    if not value or not value[0].isdigit():
        raise errors.HeaderParseError(
            "Expected section number but found {}".format(value))
    digits = ''
    while value and value[0].isdigit():
        digits += value[0]
        value = value[1:]
    if digits[0] == '0' and digits != '0':
        section.defects.append(errors.InvalidHeaderDefect(
            "section number has an invalid leading 0"))
    section.number = int(digits)
    section.append(ValueTerminal(digits, 'digits'))
    return section, value


def get_value(value):
    """value = quoted-string / attrtext (extended, so %XX is kept)"""
    v = Value()
    if not value:
        raise errors.HeaderParseError("Expected value but found end of string")
    leader = None
    if value[0] in CFWS_LEADER:
        leader, value = get_cfws(value)
    if not value:
        raise errors.HeaderParseError(
            "Expected value but found only {}".format(leader))
    if value[0] == '"':
        token, value = get_quoted_string(value)
    else:
        token, value = get_extended_attribute(value)
    if leader is not None:
        token[:0] = [leader]
    v.append(token)
    return v, value


def _rest_as_qcontent(value):
    """The text left inside a quoted extended value, as one Value."""
    v = Value()
    while value:
        if value[0] in WSP:
            token, value = get_fws(value)
        elif value[0] == '"':
            token = ValueTerminal('"', 'DQUOTE')
            value = value[1:]
        else:
            token, value = get_qcontent(value)
        v.append(token)
    return v


def get_parameter(value):
    """parameter = attribute [section] ["*"] "=" value, where a value
    marked extended ("*") is charset'language'%-encoded text (RFC 2231)."""
    param = Parameter()
    token, value = get_attribute(value)
    param.append(token)
    if not value or value[0] == ';':
        param.defects.append(errors.InvalidHeaderDefect(
            "Parameter contains name ({}) but no value".format(token)))
        return param, value
    if value[0] == '*':
        try:
            token, value = get_section(value)
            param.sectioned = True
            param.append(token)
        except errors.HeaderParseError:
            pass
        if not value:
            raise errors.HeaderParseError("Incomplete parameter")
        if value[0] == '*':
            param.append(ValueTerminal('*', 'extended-parameter-marker'))
            value = value[1:]
            param.extended = True
    if not value or value[0] != '=':
        raise errors.HeaderParseError("Parameter not followed by '='")
    param.append(ValueTerminal('=', 'parameter-separator'))
    value = value[1:]
    value = _leading_cfws(param, value)
    after_quotes = None
    target = param
    if param.extended and value and value[0] == '"':
        # An extended value should not be quoted, but often is: read the
        # inside of the quotes as the extended value (with a defect) when
        # it looks like one.
        quoted, rest = get_quoted_string(value)
        inner = quoted.stripped_value
        looks_extended = False
        if param.section_number == 0:
            if inner and inner[0] == "'":
                looks_extended = True
            else:
                try:
                    _, tail = get_attrtext(inner)
                except errors.HeaderParseError:
                    tail = ''
                looks_extended = bool(tail) and tail[0] == "'"
        else:
            try:
                _, tail = get_extended_attrtext(inner)
            except errors.HeaderParseError:
                pass
            else:
                looks_extended = not tail
        if looks_extended:
            param.defects.append(errors.InvalidHeaderDefect(
                "Quoted string value for extended parameter is invalid"))
            param.append(quoted)
            for part in quoted:
                if part.token_type == 'bare-quoted-string':
                    part[:] = []
                    target = part
                    break
            after_quotes = rest
            value = inner
        else:
            param.defects.append(errors.InvalidHeaderDefect(
                "Parameter marked as extended but appears to have a quoted "
                "string value that is non-encoded"))
    if value and value[0] == "'":
        token = None
    else:
        token, value = get_value(value)
    if not param.extended or param.section_number > 0:
        if not value or value[0] != "'":
            target.append(token)
            if after_quotes is not None:
                value = after_quotes
            return param, value
        param.defects.append(errors.InvalidHeaderDefect(
            "Apparent initial-extended-value but attribute was not marked "
            "as extended or was not initial section"))
    if not value:
        # No charset'language' delimiters: take the text as the value.
        param.defects.append(errors.InvalidHeaderDefect(
            "Missing required charset/lang delimiters"))
        target.append(token)
        if after_quotes is None:
            return param, value
    else:
        if token is not None:
            # The charset is the text inside the value token (not a value
            # itself: param_value must find the encoded text).
            for charset_token in token:
                if charset_token.token_type == 'extended-attrtext':
                    break
            target.append(charset_token)
            param.charset = charset_token.value
        if value[0] != "'":
            raise errors.HeaderParseError(
                "Expected RFC2231 char/lang encoding delimiter, but found "
                "{!r}".format(value))
        target.append(ValueTerminal("'", 'RFC2231-delimiter'))
        value = value[1:]
        if value and value[0] != "'":
            token, value = get_attrtext(value)
            target.append(token)
            param.lang = token.value
            if not value or value[0] != "'":
                raise errors.HeaderParseError(
                    "Expected RFC2231 char/lang encoding delimiter, but "
                    "found {}".format(value))
        target.append(ValueTerminal("'", 'RFC2231-delimiter'))
        value = value[1:]
    if after_quotes is not None:
        token = _rest_as_qcontent(value)
        value = ''
    else:
        token, value = get_value(value)
    target.append(token)
    if after_quotes is not None:
        value = after_quotes
    return param, value


def parse_mime_parameters(value):
    """parameters = *(";" parameter), read leniently: a parameter that
    cannot be read is kept as an invalid-parameter with a defect."""
    params = MimeParameters()
    while value:
        try:
            token, value = get_parameter(value)
            params.append(token)
        except errors.HeaderParseError:
            leader = None
            if value[0] in CFWS_LEADER:
                leader, value = get_cfws(value)
            if not value:
                params.append(leader)
                break
            if value[0] == ';':
                if leader is not None:
                    params.append(leader)
                params.defects.append(errors.InvalidHeaderDefect(
                    "parameter entry with no content"))
            else:
                token, value = get_invalid_parameter(value)
                if leader is not None:
                    token[:0] = [leader]
                params.append(token)
                params.defects.append(errors.InvalidHeaderDefect(
                    "invalid parameter {!r}".format(token)))
        if value and value[0] != ';':
            # Junk after a parameter makes it invalid.
            param = params[-1]
            param.token_type = 'invalid-parameter'
            token, value = get_invalid_parameter(value)
            param.extend(token)
            params.defects.append(errors.InvalidHeaderDefect(
                "parameter with invalid trailing text {!r}".format(token)))
        if value:
            params.append(ValueTerminal(';', 'parameter-separator'))
            value = value[1:]
    return params


def _find_mime_parameters(tokenlist, value):
    """Skip (keeping them as tokens) whatever precedes the parameters of a
    MIME header that could not be read, then read the parameters."""
    while value and value[0] != ';':
        if value[0] in PHRASE_ENDS:
            tokenlist.append(ValueTerminal(value[0], 'misplaced-special'))
            value = value[1:]
        else:
            token, value = get_phrase(value)
            tokenlist.append(token)
    if not value:
        return
    tokenlist.append(ValueTerminal(';', 'parameter-separator'))
    tokenlist.append(parse_mime_parameters(value[1:]))


def parse_content_type_header(value):
    """content-type = type "/" subtype *(";" parameter)"""
    ctype = ContentType()
    if not value:
        ctype.defects.append(errors.HeaderMissingRequiredValue(
            "Missing content type specification"))
        return ctype
    try:
        token, value = get_token(value)
    except errors.HeaderParseError:
        ctype.defects.append(errors.InvalidHeaderDefect(
            "Expected content maintype but found {!r}".format(value)))
        _find_mime_parameters(ctype, value)
        return ctype
    ctype.append(token)
    if not value or value[0] != '/':
        ctype.defects.append(errors.InvalidHeaderDefect(
            "Invalid content type"))
        if value:
            _find_mime_parameters(ctype, value)
        return ctype
    ctype.maintype = token.value.strip().lower()
    ctype.append(ValueTerminal('/', 'content-type-separator'))
    value = value[1:]
    try:
        token, value = get_token(value)
    except errors.HeaderParseError:
        ctype.defects.append(errors.InvalidHeaderDefect(
            "Expected content subtype but found {!r}".format(value)))
        _find_mime_parameters(ctype, value)
        return ctype
    ctype.append(token)
    ctype.subtype = token.value.strip().lower()
    if not value:
        return ctype
    if value[0] != ';':
        ctype.defects.append(errors.InvalidHeaderDefect(
            "Only parameters are valid after content type, but "
            "found {!r}".format(value)))
        # The type is not trustworthy when junk follows it.
        del ctype.maintype, ctype.subtype
        _find_mime_parameters(ctype, value)
        return ctype
    ctype.append(ValueTerminal(';', 'parameter-separator'))
    ctype.append(parse_mime_parameters(value[1:]))
    return ctype


def parse_content_disposition_header(value):
    """disposition = disposition-type *(";" parameter)"""
    disp = ContentDisposition()
    if not value:
        disp.defects.append(errors.HeaderMissingRequiredValue(
            "Missing content disposition"))
        return disp
    try:
        token, value = get_token(value)
    except errors.HeaderParseError:
        disp.defects.append(errors.InvalidHeaderDefect(
            "Expected content disposition but found {!r}".format(value)))
        _find_mime_parameters(disp, value)
        return disp
    disp.append(token)
    disp.content_disposition = token.value.strip().lower()
    if not value:
        return disp
    if value[0] != ';':
        disp.defects.append(errors.InvalidHeaderDefect(
            "Only parameters are valid after content disposition, but "
            "found {!r}".format(value)))
        _find_mime_parameters(disp, value)
        return disp
    disp.append(ValueTerminal(';', 'parameter-separator'))
    disp.append(parse_mime_parameters(value[1:]))
    return disp


def parse_content_transfer_encoding_header(value):
    """mechanism = token"""
    cte = ContentTransferEncoding()
    if not value:
        cte.defects.append(errors.HeaderMissingRequiredValue(
            "Missing content transfer encoding"))
        return cte
    try:
        token, value = get_token(value)
    except errors.HeaderParseError:
        cte.defects.append(errors.InvalidHeaderDefect(
            "Expected content transfer encoding but found {!r}".format(
                value)))
    else:
        cte.append(token)
        cte.cte = token.value.strip().lower()
    if not value:
        return cte
    while value:
        cte.defects.append(errors.InvalidHeaderDefect(
            "Extra text after content transfer encoding"))
        if value[0] in PHRASE_ENDS:
            cte.append(ValueTerminal(value[0], 'misplaced-special'))
            value = value[1:]
        else:
            token, value = get_phrase(value)
            cte.append(token)
    return cte


from email._refold import _refold_parse_tree  # noqa: E402,F401
