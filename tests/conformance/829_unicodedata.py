# unicodedata (Unicode 14.0, as CPython 3.11): every property function over
# a spread of characters, normalization forms, name lookup and the errors.
import unicodedata as u

samples = (
    "aZ0٣९½²①Ⅻ〇零 \t\n\x00\xa0\xad"
    "é\u0301\u0308\u0327Å\u212bΩ\u2126ﬁ㎏ｶｱ가각\u1100\u1161\u11a8"
    "中文字\uf900\U00020000\U0002b739€$¥+<(\u2211\u2264»\u200b\u200d\u2028\u2029"
    "\u05d0\u0627\u0661\u06f1\u202e\u2066\U0001f600\U0001f1fa\U000e0001\U000f0000\U0010ffff"
    "\u0378\u2fe0\U0001fa7f\u0e3f\u0bf0\u2189\u216f\U00012432\U0001d7ce"
)
for c in samples:
    print(
        ascii(c), u.category(c), repr(u.bidirectional(c)), u.combining(c), u.east_asian_width(c),
        u.mirrored(c), repr(u.decomposition(c)), u.decimal(c, None), u.digit(c, None),
        u.numeric(c, None), u.name(c, "-"),
    )

texts = ["Cafe\u0301", "Café", "Å Å Å", "ﬁ ㎏ ①", "가각\u1100\u1161\u11a8", "\u1e9b\u0323", "x\u0307\u0323", "", "ascii only"]
for s in texts:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")], [u.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
print(ascii("".join(c for c in u.normalize("NFD", "Ça déjà été où") if not u.combining(c))))

for name in [
    "LATIN SMALL LETTER A", "latin small letter a", "Snowman", "EURO SIGN", "BACKSPACE", "BYTE ORDER MARK",
    "HANGUL SYLLABLE GAG", "hangul syllable gag", "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-4e00",
    "CJK COMPATIBILITY IDEOGRAPH-F900", "latinsmalllettera", "NO SUCH THING", "", "x" * 300,
]:
    try:
        print(repr(name)[:40], ascii(u.lookup(name)))
    except KeyError as e:
        print(repr(name)[:40], type(e).__name__, e)
print(ascii(u.lookup(b"SNOWMAN")))

for f, args in [
    (u.category, ("ab",)), (u.category, (5,)), (u.name, ("",)), (u.name, ("\x00",)), (u.decimal, ("a",)),
    (u.digit, ("½",)), (u.numeric, ("a",)), (u.normalize, ("NFX", "a")), (u.normalize, ("NFC", 5)),
    (u.is_normalized, ("nfc", "a")), (u.combining, (None,)), (u.lookup, (5,)), (u.decomposition, ("xy",)),
]:
    try:
        print(f.__name__, f(*args))
    except (TypeError, ValueError, KeyError) as e:
        print(f.__name__, type(e).__name__, e)
print(u.name("\x00", None), u.decimal("x", -1), u.digit("²"), u.numeric("⅓"), u.numeric("\U00012432"), u.numeric("兆"))
print(u.unidata_version, u.ucd_3_2_0.unidata_version, u.ucd_3_2_0.category("a"), type(u.ucd_3_2_0).__name__)
