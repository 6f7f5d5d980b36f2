# html.escape and html.unescape: named references (HTML 4 and HTML5, with
# and without ';'), numeric references and their repairs, and odd input.
import html

for s in ["a < b & c > d", "\"quoted\" and 'single'", "", "no specials", "&amp;"]:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)))

cases = [
    "&lt;p&gt; &amp; &quot; &#39; &#x27; &apos;",
    "&copy; 2024 &reg; &trade; &euro; &hellip; &mdash;",
    "&notit; &notin; &not; &not",
    "&Eacute;t&eacute; &Eacute &eacuteabc",
    "&CounterClockwiseContourIntegral; &NotNestedGreaterGreater; &bne;",
    "&amp &AMP &AMP; &lt &LT &gt",
    "&unknown; &#; &#x; &#xyz; & alone &; &&",
    "&#65;&#x42;&#X43;&#0068;&#x000045",
    "&#0; &#13; &#128; &#x80; &#x9F; &#150; &#x8D;",
    "&#1; &#11; &#127; &#xFDD0; &#xFFFE; &#x1FFFF; &#x10FFFF;",
    "&#xD800; &#xDFFF; &#1114112; &#99999999999999999999;",
    "&#65 &#x41 no semicolons",
    "&lt;&lt&lt;",
    "plain text with no references",
    "&" * 3 + "lt;",
    "&ThickSpace; &nbsp;&nbsp; &NewLine;",
]
for c in cases:
    print(ascii(html.unescape(c)))

for name in ["escape", "unescape"]:
    try:
        getattr(html, name)(None)
    except Exception as e:
        print(name, type(e).__name__)
print(html.__all__)
print(html.unescape(html.escape("<&>\"'")))
