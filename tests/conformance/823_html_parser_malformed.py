# html.parser on malformed and incomplete markup, fed whole and in pieces:
# what becomes data, comments and tags, and what waits for more input.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def handle_charref(self, name):
        self.events.append(("charref", name))

    def handle_entityref(self, name):
        self.events.append(("entityref", name))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))


cases = [
    "<", "<<", "<a", "<a ", "<a b", "<a b=", "<a b='c", "<a b=c", "</", "</a", "</ a>",
    "</>", "</3>", "<!", "<!-", "<!--", "<!-- x --", "<!-- x -- >", "<!-->", "<!--->",
    "<!x>", "<!DOCTYPE", "<!doctype html SYSTEM 'x'>", "<?", "<?x", "<![CDATA[x",
    "<![if !IE]>y<![endif]>", "<![CDATA[a]]b]]>", "a < b", "a <3 b", "1 <= 2 && 3 > 2",
    "<a/b>", "<a / >", "<a =b>", "<a b c=d/>", "<a\tb\nc>", "<a b='1'c='2'>", "<a b==c>",
    "<a></a b c>", "</a foo='>'>x", "<a>&", "&", "&#", "&#x", "&#12", "&amp", "&am;", "x&y",
    "<p>&lt;&#60;&#x3C;</p>", "<div>\x00</div>", "<a\x00b>", "<ÿ>", "<é>x</é>",
    "<script>a</script >b</script>", "<script><!-- x --></script>", "<style>&amp;</style>",
    "<title>&amp;</title>", "<a href=\"a\"b>", "<a b='c'/d>", "<br/ >", "<br />",
]
for source in cases:
    for conv in (True, False):
        whole = Recorder(convert_charrefs=conv)
        whole.feed(source)
        before_close = list(whole.events)
        whole.close()
        split = Recorder(convert_charrefs=conv)
        for ch in source:
            split.feed(ch)
        split.close()
        same = "same" if split.events == whole.events else split.events
        print(repr(source), conv, before_close, whole.events, same)

p = HTMLParser()
try:
    p.feed(None)
except TypeError as e:
    print(type(e).__name__)
try:
    HTMLParser(True)
except TypeError as e:
    print(type(e).__name__, e)
