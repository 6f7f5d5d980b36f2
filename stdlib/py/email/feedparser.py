"""email.feedparser: FeedParser and BytesFeedParser, which take a message
in pieces (feed) and parse it when closed, and BufferedSubFile, a line
buffer that hands out complete lines of the text pushed into it.

whirl parses the whole text at close with email.parser's parser;
email.parser takes these classes from here (as CPython's does, so
importing email.parser makes email.feedparser available)."""

import re
from collections import deque

__all__ = ['FeedParser', 'BytesFeedParser']

# What readline returns when no complete line is buffered yet.
NeedMoreData = object()

# A line with its end (CRLF, CR or LF), or a last line without one.
_line_re = re.compile(r'[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+')


def _split_lines(text):
    return _line_re.findall(text)


class BufferedSubFile:
    """Text pushed in arbitrary pieces, read back a line at a time. A line
    is complete once its end is seen; a CR at the end of a piece waits for
    the next piece, which may start with its LF. End-of-file matchers
    (push_eof_matcher) make readline return '' at a line they accept."""

    def __init__(self):
        self._partial = []
        self._lines = deque()
        self._eofstack = []
        self._closed = False

    def push_eof_matcher(self, pred):
        self._eofstack.append(pred)

    def pop_eof_matcher(self):
        return self._eofstack.pop()

    def close(self):
        self.pushlines(_split_lines(''.join(self._partial)))
        self._partial = []
        self._closed = True

    def readline(self):
        if not self._lines:
            return '' if self._closed else NeedMoreData
        line = self._lines.popleft()
        for at_eof in reversed(self._eofstack):
            if at_eof(line):
                self._lines.appendleft(line)
                return ''
        return line

    def unreadline(self, line):
        assert line is not NeedMoreData
        self._lines.appendleft(line)

    def push(self, data):
        self._partial.append(data)
        if '\n' not in data and '\r' not in data:
            return
        lines = _split_lines(''.join(self._partial))
        self._partial = []
        # Only a line ended by LF is surely complete (a CR may be the first
        # half of a CRLF split between two pieces).
        if lines and not lines[-1].endswith('\n'):
            self._partial.append(lines.pop())
        self.pushlines(lines)

    def pushlines(self, lines):
        self._lines.extend(lines)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line == '':
            raise StopIteration
        return line


class FeedParser:
    """Collects text fed in pieces; close() parses it."""

    def __init__(self, _factory=None, *, policy=None):
        from email.parser import Parser
        self._parser = Parser(_factory, policy=policy)
        self._chunks = []

    def feed(self, data):
        self._chunks.append(data)

    def close(self):
        return self._parser.parsestr(''.join(self._chunks))


class BytesFeedParser(FeedParser):
    """A FeedParser fed bytes (undecodable bytes kept as surrogates)."""

    def feed(self, data):
        self._chunks.append(data.decode('ascii', 'surrogateescape'))
