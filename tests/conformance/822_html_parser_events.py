# html.parser.HTMLParser: every handle_* callback, attributes, positions,
# get_starttag_text, convert_charrefs on and off, script/style content.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs, self.getpos(), self.get_starttag_text()))

    def handle_endtag(self, tag):
        self.events.append(("end", tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        self.events.append(("data", data, self.getpos()))

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


def show(source, chunks=None, **kw):
    p = Recorder(**kw)
    for piece in chunks or [source]:
        p.feed(piece)
    p.close()
    print(repr(source)[:60], kw)
    for e in p.events:
        print("   ", e)


doc = """<!DOCTYPE html>
<html lang="en">
<head><title>T &amp; T</title>
<meta charset=utf-8>
<style>p > a { color: red } </p></style>
</head>
<body class='main' id=b1 hidden>
<!-- a comment -->
<p>Hello,&nbsp;<b>world</b>&#33; &#x263A; &copy 2024</p>
<br/><img src="x.png" alt='A "quoted" alt'/>
<?php echo 1; ?>
<script type="text/javascript">if (a < b && c > d) { document.write("</p>"); }</script>
<![CDATA[raw <data>]]>
<a HREF="/path?a=1&amp;b=2" Title=Mixed>link</A>
</body>
</html>
"""
show(doc)
show(doc, convert_charrefs=False)
show(doc, chunks=[doc[i : i + 7] for i in range(0, len(doc), 7)])
show("<div data-x = 'y' data-z=\"w\" flag   other=\"a&lt;b\">text</div>")
show("<input value=a/b checked disabled=disabled>")
show("<p>a&b &c; &#1234567890; &#xZZ; &amp;</p>", convert_charrefs=False)
show("<p>a&b &c; &#1234567890; &#xZZ; &amp;</p>")
show("line1\nline2\n<x>\n  <y a='1\n2'>z</y>")
show("<STYLE>a</b><STYLE>c</style>tail")
show("<script>unclosed <b>script")
show("<textarea><b>not cdata</b></textarea>")

p = HTMLParser()
print(p.get_starttag_text(), p.getpos(), p.lasttag, p.convert_charrefs, p.CDATA_CONTENT_ELEMENTS)
p.feed("<a><b>")
print(p.lasttag, p.getpos(), p.get_starttag_text())
p.reset()
print(p.lasttag, p.getpos(), repr(p.rawdata))
