"""email.parser: headers and body from text (Parser, HeaderParser) or
bytes (BytesParser, BytesHeaderParser). Multipart bodies are split on
their boundary; a header block ends at a blank line, or at a line that
is not a header (recorded as a defect, as CPython does)."""

import re
from email import errors
from email.message import Message
# The incremental parsers live in email.feedparser (as in CPython).
from email.feedparser import FeedParser, BytesFeedParser

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser',
           'FeedParser', 'BytesFeedParser']

_HEADER_NAME = re.compile(r'[\041-\071\073-\176]+:')


_LINE = re.compile(r'[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+')


def _lines(text):
    """The lines of text with their ends, broken at \r\n, \r and \n only
    (not at the other characters str.splitlines breaks at)."""
    return _LINE.findall(text)


def _strip_eol(line):
    if line.endswith('\r\n'):
        return line[:-2]
    if line.endswith('\n') or line.endswith('\r'):
        return line[:-1]
    return line


def _parse_text(text, factory, headersonly, default_type=None):
    msg = factory()
    if default_type is not None:
        msg.set_default_type(default_type)
    lines = _lines(text)
    i = 0
    if lines and lines[0].startswith('From '):
        msg.set_unixfrom(_strip_eol(lines[0]))
        i = 1
    name = None
    value_lines = []

    def finish():
        # The policy turns a header's source lines into (name, value).
        if name is not None:
            msg.set_raw(*msg.policy.header_source_parse(value_lines))

    while i < len(lines):
        line = lines[i]
        if line in ('\n', '\r\n', '\r'):
            i += 1
            break
        if line[0] in ' \t':
            if name is None:
                msg.policy.handle_defect(
                    msg, errors.FirstHeaderLineIsContinuationDefect(line))
                i += 1
                continue
            value_lines.append(line)
            i += 1
            continue
        if line[0] == ':':
            # A header without a name is dropped (CPython: a defect).
            msg.policy.handle_defect(
                msg, errors.InvalidHeaderDefect('Missing header name.'))
            i += 1
            continue
        m = _HEADER_NAME.match(line)
        if m is None:
            if line.startswith('From '):
                msg.policy.handle_defect(
                    msg, errors.MisplacedEnvelopeHeaderDefect(line))
                i += 1
                continue
            msg.policy.handle_defect(
                msg, errors.MissingHeaderBodySeparatorDefect())
            break
        finish()
        name = line[:m.end() - 1].rstrip(' \t')
        value_lines = [line]
        i += 1
    finish()
    body = ''.join(lines[i:])
    if headersonly:
        msg.set_payload(body)
        return msg
    if msg.get_content_maintype() == 'multipart':
        boundary = msg.get_boundary()
        if boundary is None:
            msg.policy.handle_defect(msg, errors.NoBoundaryInMultipartDefect())
            msg.set_payload(body)
            return msg
        cte = str(msg.get('content-transfer-encoding', '8bit')).lower()
        if cte not in ('7bit', '8bit', 'binary'):
            msg.policy.handle_defect(
                msg, errors.InvalidMultipartContentTransferEncodingDefect())
        _split_multipart(msg, body, boundary, factory)
        return msg
    if msg.get_content_maintype() == 'message':
        _parse_message_body(msg, body, factory)
        return msg
    msg.set_payload(body)
    return msg


def _parse_message_body(msg, body, factory):
    """A message/* body is a message itself (its payload a one-item list);
    message/delivery-status holds blocks of headers, one message each."""
    if msg.get_content_subtype() != 'delivery-status':
        msg.set_payload([_parse_text(body, factory, False)])
        return
    blocks = []
    block = []
    for line in _lines(body):
        if line in ('\n', '\r\n', '\r'):
            if block:
                blocks.append(''.join(block))
            block = []
        else:
            block.append(line)
    if block:
        blocks.append(''.join(block))
    parts = []
    for text in blocks:
        part = _parse_text(text, factory, True)
        part.set_payload('')
        parts.append(part)
    msg.set_payload(parts)


def _split_multipart(msg, body, boundary, factory):
    separator = '--' + boundary
    lines = _lines(body)
    parts = []
    preamble = []
    current = None
    closed = False
    epilogue = []
    for line in lines:
        stripped = _strip_eol(line).rstrip(' \t')
        if closed:
            epilogue.append(line)
        elif stripped == separator + '--':
            if current is not None:
                parts.append(current)
            current = None
            closed = True
        elif stripped == separator:
            if current == []:
                # A boundary right after a boundary starts no part (CPython
                # reads RFC 2046 so).
                continue
            if current is not None:
                parts.append(current)
            current = []
        elif current is None:
            preamble.append(line)
        else:
            current.append(line)
    if current is not None:
        parts.append(current)
    if not parts:
        msg.policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())
        msg.set_payload(body)
        return
    if not closed:
        msg.policy.handle_defect(msg, errors.CloseBoundaryNotFoundDefect())
    msg.preamble = _strip_eol(''.join(preamble)) if preamble else None
    msg.epilogue = ''.join(epilogue) if closed and epilogue else ('' if closed else None)
    # The parts of a digest are messages unless they say otherwise
    # (RFC 2046 5.1.5).
    default_type = ('message/rfc822'
                    if msg.get_content_type() == 'multipart/digest' else None)
    payload = []
    for part in parts:
        text = ''.join(part)
        if text.endswith('\r\n'):
            text = text[:-2]
        elif text.endswith('\n'):
            text = text[:-1]
        payload.append(_parse_text(text, factory, False, default_type))
    msg.set_payload(payload)


class Parser:
    def __init__(self, _class=None, *, policy=None):
        if policy is None:
            from email._policybase import compat32
            policy = compat32
        if _class is None:
            _class = policy.message_factory or Message
        self._class = _class
        self.policy = policy

    def _factory(self):
        try:
            return self._class(policy=self.policy)
        except TypeError:
            # A factory from before policies existed.
            return self._class()

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        msg = _parse_text(text, self._factory, headersonly)
        if (not headersonly and msg.get_content_maintype() == 'multipart'
                and not msg.is_multipart()):
            # A multipart whose parts could not be found (the top message
            # only, as CPython's feed parser checks).
            msg.policy.handle_defect(
                msg, errors.MultipartInvariantViolationDefect())
        return msg


class HeaderParser(Parser):
    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        text = text.decode('ASCII', errors='surrogateescape')
        return self.parser.parsestr(text, headersonly)


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)
