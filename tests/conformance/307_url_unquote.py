# urllib.parse: unquote_to_bytes, unquote and unquote_plus on escapes, bad escapes and bytes.
from urllib.parse import unquote_to_bytes, unquote, unquote_plus
for s in ["", "abc", "a%20b", "%", "%2", "%zz", "a%2Fb%2f", "%E2%82%AC", b"x%41y", "100%", "%%41", "é%41"]:
    print(repr(s), unquote_to_bytes(s), unquote(s) if isinstance(s, str) else None)
print(unquote_plus("a+b%2B"))
for s in ["%41%42%4", "%C3%A9t%C3%A9", "%ff%FE", "a%%b", b"", b"%"]:
    print(repr(s), unquote_to_bytes(s))
print(repr(unquote("%C3%28")), repr(unquote("caf%C3%A9")))
