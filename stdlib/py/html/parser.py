"""html.parser: a tolerant HTML tokenizer. HTMLParser is fed text in
pieces and calls a handle_* method for each start tag, end tag, run of
text, comment, declaration, processing instruction and (with
convert_charrefs=False) character reference; subclasses override those.

Like CPython's it follows the HTML standard's tokenizer where that is
simple and otherwise hands what it cannot read to handle_data; the
contents of <script> and <style> are passed on as text."""

import re as _re

from _markupbase import ParserBase
from html import unescape

__all__ = ["HTMLParser"]

_INTERESTING = _re.compile("[&<]")
_INCOMPLETE_REF = _re.compile("&[a-zA-Z#]")
_ENTITY_REF = _re.compile("&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_CHAR_REF = _re.compile("&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_START_TAG_OPEN = _re.compile("<[a-zA-Z]")
_BLANK_OR_SEMICOLON = _re.compile(r"[\s;]")
# A tag name and what follows it up to the first attribute.
_TAG_NAME = _re.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
# One attribute: name, optional `= value` (quoted or bare), separators.
_ATTRIBUTE = _re.compile(
    r"((?<=['\"\s/])[^\s/>][^\s/=>]*)"
    r"(\s*=+\s*('[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*))?"
    r"(?:\s|/(?!>))*"
)
# A whole start tag as far as it goes, without its closing '>'.
_START_TAG_BODY = _re.compile(
    r"<[a-zA-Z][^\t\n\r\f />\x00]*"
    r"(?:[\s/]*"
    r"(?:(?<=['\"\s/])[^\s/>][^\s/=>]*"
    r"(?:\s*=+\s*(?:'[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*)\s*)?"
    r"(?:\s|/(?!>))*"
    r")*"
    r")?"
    r"\s*"
)
_END_TAG = _re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_GT = _re.compile(">")


class HTMLParser(ParserBase):
    """Feed text with feed(); call close() at the end of the document."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forgets all text fed so far."""
        self.rawdata = ""
        self.lasttag = "???"
        self.interesting = _INTERESTING
        self.cdata_elem = None
        ParserBase.reset(self)

    def feed(self, data):
        """Parses as much of the text fed so far as can be; the rest waits
        for more text or close()."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Parses whatever text is left, taking the end of input as given."""
        self.goahead(1)

    __starttag_text = None

    def get_starttag_text(self):
        """The source of the last start tag opened."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = _re.compile(r"</\s*%s\s*>" % self.cdata_elem, _re.I)

    def clear_cdata_mode(self):
        self.interesting = _INTERESTING
        self.cdata_elem = None

    def _text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(text))
        else:
            self.handle_data(text)

    def goahead(self, end):
        """The tokenizer's loop over rawdata; with `end` false it stops
        where a construct may still be continued by the next feed."""
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            if self.convert_charrefs and not self.cdata_elem:
                j = rawdata.find("<", i)
                if j < 0:
                    # A reference may be cut at the end of this piece:
                    # keep text with a late '&' not followed by a blank or
                    # ';' for the next feed.
                    amp = rawdata.rfind("&", max(i, n - 34))
                    if amp >= 0 and not _BLANK_OR_SEMICOLON.search(rawdata, amp):
                        break
                    j = n
            else:
                found = self.interesting.search(rawdata, i)
                if found:
                    j = found.start()
                elif self.cdata_elem:
                    break
                else:
                    j = n
            if i < j:
                self._text(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith("<", i):
                if _START_TAG_OPEN.match(rawdata, i):
                    k = self.parse_starttag(i)
                elif rawdata.startswith("</", i):
                    k = self.parse_endtag(i)
                elif rawdata.startswith("<!--", i):
                    k = self.parse_comment(i)
                elif rawdata.startswith("<?", i):
                    k = self.parse_pi(i)
                elif rawdata.startswith("<!", i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    # At the end of input an unfinished construct runs to
                    # the next '>' (or '<') and is taken as text.
                    k = rawdata.find(">", i + 1)
                    if k < 0:
                        k = rawdata.find("<", i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                m = _CHAR_REF.match(rawdata, i)
                if m:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    if not rawdata.startswith(";", k - 1):
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in rawdata[i:]:
                    # Not a reference after all: pass the '&#' on.
                    self.handle_data(rawdata[i : i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata.startswith("&", i):
                m = _ENTITY_REF.match(rawdata, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if not rawdata.startswith(";", k - 1):
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                m = _INCOMPLETE_REF.match(rawdata, i)
                if m:
                    if end and m.group() == rawdata[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                elif i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n and not self.cdata_elem:
            self._text(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def parse_html_declaration(self, i):
        """`<!...>` at i: a comment, marked section, doctype or bogus
        comment."""
        rawdata = self.rawdata
        if rawdata[i : i + 4] == "<!--":
            return self.parse_comment(i)
        if rawdata[i : i + 3] == "<![":
            return self.parse_marked_section(i)
        if rawdata[i : i + 9].lower() == "<!doctype":
            gt = rawdata.find(">", i + 9)
            if gt == -1:
                return -1
            self.handle_decl(rawdata[i + 2 : gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        """`<!...>` or `</...>` that is no tag: its inside is a comment."""
        rawdata = self.rawdata
        gt = rawdata.find(">", i + 2)
        if gt == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2 : gt])
        return gt + 1

    def parse_pi(self, i):
        """`<?...>` at i, a processing instruction."""
        rawdata = self.rawdata
        m = _GT.search(rawdata, i + 2)
        if not m:
            return -1
        self.handle_pi(rawdata[i + 2 : m.start()])
        return m.end()

    def parse_starttag(self, i):
        """The start tag at i: reports it (or, when it is malformed, its
        text); returns the index after it, or -1 when it is not whole yet."""
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self.__starttag_text = rawdata[i:endpos]
        m = _TAG_NAME.match(rawdata, i + 1)
        k = m.end()
        tag = m.group(1).lower()
        self.lasttag = tag
        attrs = []
        while k < endpos:
            m = _ATTRIBUTE.match(rawdata, k)
            if not m:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == "'" == value[-1:] or value[:1] == '"' == value[-1:]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        tail = rawdata[k:endpos].strip()
        if tail not in (">", "/>"):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if tail.endswith("/>"):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def check_for_whole_start_tag(self, i):
        """Where the start tag at i ends, or -1 when more text may still
        belong to it."""
        rawdata = self.rawdata
        m = _START_TAG_BODY.match(rawdata, i)
        if not m:
            raise AssertionError("we should not get here!")
        j = m.end()
        following = rawdata[j : j + 1]
        if following == ">":
            return j + 1
        if following == "/":
            if rawdata.startswith("/>", j):
                return j + 2
            if rawdata.startswith("/", j):
                return -1
            return j if j > i else i + 1
        if following == "":
            return -1
        if following in "abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        """The end tag at i; returns the index after it, or -1."""
        rawdata = self.rawdata
        gt = _GT.search(rawdata, i + 1)
        if not gt:
            return -1
        gtpos = gt.end()
        m = _END_TAG.match(rawdata, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            name = _TAG_NAME.match(rawdata, i + 2)
            if not name:
                if rawdata[i : i + 3] == "</>":
                    return i + 3
                return self.parse_bogus_comment(i)
            # Whatever stands between the name and the next '>' is dropped.
            gtpos = rawdata.find(">", name.end())
            self.handle_endtag(name.group(1).lower())
            return gtpos + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # The handlers, to be overridden; by default they ignore what they get.

    def handle_startendtag(self, tag, attrs):
        """An empty-element tag, <tag/>: a start tag and its end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
