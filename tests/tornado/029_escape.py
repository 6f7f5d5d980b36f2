# tornado.escape functions.
from tornado import escape

print(escape.xhtml_escape("<a href='x'>Tom & \"Jerry\"</a>"))
print(escape.xhtml_unescape("&lt;b&gt; &amp; &quot;q&quot; &#39;s&#39; &#x41; &nbsp;x &unknown;"))
print(escape.json_encode({"script": "</script>", "n": [1, 2.5, None, True, False]}))
print(escape.json_decode('{"a": [1, "two", {"b": null}]}'))
print(escape.json_decode(b'["bytes ok"]'))
print(escape.url_escape("a b/c?d=e&f"), escape.url_escape("a b/c", plus=False))
print(escape.url_escape("café"))
print(escape.url_unescape("a+b%20c%2Fd"), escape.url_unescape("a+b", plus=False))
print(escape.url_unescape("caf%C3%A9"), escape.url_unescape("x%41y", encoding=None))
print(escape.utf8("é"), escape.utf8(b"raw"), escape.utf8(None))
print(escape.to_unicode(b"\xc3\xa9"), escape.to_unicode("s"), escape.to_unicode(None))
print(escape.native_str(b"native"), escape.to_basestring(b"base"))
print(repr(escape.squeeze("  many   spaces\t\nand  lines  ")))
print(escape.recursive_unicode({b"k": [b"v1", (b"t",)], "s": 1}))
try:
    escape.utf8(12)
except TypeError as e:
    print("TypeError:", e)
