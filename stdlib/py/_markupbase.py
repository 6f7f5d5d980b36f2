"""_markupbase: what html.parser's HTMLParser shares with SGML-style
parsers: the position (line and column) of the text consumed so far, and
the scanning of comments and marked sections (<![CDATA[...]]>)."""

import re as _re

_NAME = _re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_COMMENT_END = _re.compile(r"--\s*>")
_SECTION_END = _re.compile(r"]\s*]\s*>")
# Microsoft Office writes <![if ...]> ... <![endif]>, ended by a single ].
_MS_SECTION_END = _re.compile(r"]\s*>")


class ParserBase:
    """Holds `rawdata`, the text not consumed yet, and the position of its
    start. Subclasses supply the parsing loop."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """(line, column) of the start of the text not consumed yet."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Moves the position over rawdata[i:j]; returns j."""
        if i >= j:
            return j
        newlines = self.rawdata.count("\n", i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (self.rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def parse_comment(self, i, report=1):
        """`<!--...-->` at i: reports its text; returns the index after it,
        or -1 when it does not end yet."""
        rawdata = self.rawdata
        if rawdata[i : i + 4] != "<!--":
            raise AssertionError("unexpected call to parse_comment()")
        end = _COMMENT_END.search(rawdata, i + 4)
        if end is None:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4 : end.start()])
        return end.end()

    def parse_marked_section(self, i, report=1):
        """`<![name ...]]>` at i, reported to unknown_decl."""
        rawdata = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in ("temp", "cdata", "ignore", "include", "rcdata"):
            end = _SECTION_END.search(rawdata, i + 3)
        elif name in ("if", "else", "endif"):
            end = _MS_SECTION_END.search(rawdata, i + 3)
        else:
            raise AssertionError("unknown status keyword %r in marked section" % rawdata[i + 3 : j])
        if end is None:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3 : end.start()])
        return end.end()

    def _scan_name(self, i, declstartpos):
        """The lowercased name at i and the index after it and its trailing
        blanks; (None, -1) when the text may still go on."""
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        m = _NAME.match(rawdata, i)
        if m is None:
            self.updatepos(declstartpos, i)
            raise AssertionError("expected name token at %r" % rawdata[declstartpos : declstartpos + 20])
        if m.end() == n:
            return None, -1
        return m.group().strip().lower(), m.end()

    def unknown_decl(self, data):
        pass
