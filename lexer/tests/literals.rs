//! Number, string and bytes literals.

mod common;
use common::*;

fn big(s: &str) -> Token {
    Token::Int(s.parse::<BigInt>().unwrap())
}

#[test]
fn integers() {
    assert_eq!(single("0"), int(0));
    assert_eq!(single("00"), int(0));
    assert_eq!(single("0_0"), int(0));
    assert_eq!(single("42"), int(42));
    assert_eq!(single("1_000_000"), int(1_000_000));
    assert_eq!(single("0xff"), int(255));
    assert_eq!(single("0XDEAD_beef"), int(0xdead_beef));
    assert_eq!(single("0x_1"), int(1));
    assert_eq!(single("0o17"), int(15));
    assert_eq!(single("0O7_7"), int(63));
    assert_eq!(single("0b1010"), int(10));
    assert_eq!(single("0B_1_0"), int(2));
}

#[test]
fn big_integers() {
    assert_eq!(
        single("123456789012345678901234567890"),
        big("123456789012345678901234567890")
    );
    assert_eq!(
        single("0x1_0000_0000_0000_0000"),
        big("18446744073709551616")
    );
    // CPython's int_max_str_digits limit is 4300 digits for decimal.
    let ok = "9".repeat(4300);
    assert_eq!(single(&ok), big(&ok));
}

#[test]
fn floats() {
    let cases: &[(&str, f64)] = &[
        ("1.5", 1.5),
        ("1.", 1.0),
        (".5", 0.5),
        ("0.", 0.0),
        ("1e10", 1e10),
        ("1E-10", 1e-10),
        ("1.e5", 1e5),
        ("1_000.5e-3", 1.0005),
        ("1_0e1_0", 1e11),
        ("012.5", 12.5),
        ("012e1", 120.0),
        ("0e0", 0.0),
        ("1e400", f64::INFINITY),
        ("1e-400", 0.0),
        ("0.1", 0.1),
        // Correctly rounded, as CPython's float parsing.
        ("2.2250738585072011e-308", 2.225073858507201e-308),
        ("4.9406564584124654e-324", 5e-324),
        // Halfway between two doubles: rounds to even.
        ("9007199254740993.0", 9007199254740992.0),
    ];
    for &(src, want) in cases {
        assert_eq!(single(src), Token::Float(want), "{src}");
    }
}

#[test]
fn imaginary() {
    assert_eq!(single("1j"), Token::Imaginary(1.0));
    assert_eq!(single("1.5J"), Token::Imaginary(1.5));
    assert_eq!(single("0j"), Token::Imaginary(0.0));
    assert_eq!(single("1e3j"), Token::Imaginary(1000.0));
    assert_eq!(single("012j"), Token::Imaginary(12.0));
    assert_eq!(single(".5j"), Token::Imaginary(0.5));
}

#[test]
fn numbers_followed_by_keywords() {
    // CPython only warns about these.
    assert_eq!(show("1if x else 2"), "int:1 if x else int:2 NL");
    assert_eq!(show("1else"), "int:1 else NL");
    // (`f` is a hex digit.)
    assert_eq!(show("0x1for"), "int:31 or NL");
    assert_eq!(show("1or 2"), "int:1 or int:2 NL");
    assert_eq!(show("1and 2"), "int:1 and int:2 NL");
    assert_eq!(show("1not in x"), "int:1 not in x NL");
    assert_eq!(show("1in x"), "int:1 in x NL");
    assert_eq!(show("1is x"), "int:1 is x NL");
    assert_eq!(show("1ifx"), "int:1 ifx NL");
    // A number then a non-ASCII name is two tokens (the parser objects).
    assert_eq!(show("1é"), "int:1 é NL");
}

#[test]
fn dots_and_numbers() {
    assert_eq!(show("x.y"), "x . y NL");
    assert_eq!(show("1..real"), "float:1 . real NL");
    assert_eq!(show("...5"), "... int:5 NL");
    assert_eq!(show("1.2.3"), "float:1.2 float:0.3 NL");
}

#[test]
fn plain_strings() {
    assert_eq!(single("'abc'"), s("abc"));
    assert_eq!(single("\"abc\""), s("abc"));
    assert_eq!(single("''"), s(""));
    assert_eq!(single("''''''"), s(""));
    assert_eq!(single("'''a\nb'''"), s("a\nb"));
    assert_eq!(single("\"\"\"a'b\"c\"\"\""), s("a'b\"c"));
    assert_eq!(single("u'x'"), s("x"));
    assert_eq!(single("U'x'"), s("x"));
    assert_eq!(single("'é€😀'"), s("é€😀"));
}

#[test]
fn adjacent_literals_are_separate_tokens() {
    assert_eq!(
        show("'a' \"b\" '''c'''"),
        "str:\"a\" str:\"b\" str:\"c\" NL"
    );
}

#[test]
fn escapes() {
    assert_eq!(single(r#"'\n\t\\\'\"'"#), s("\n\t\\'\""));
    assert_eq!(single(r"'\a\b\f\v\r'"), s("\x07\x08\x0c\x0b\r"));
    assert_eq!(single(r"'\0\00\000\0000'"), s("\0\0\0\u{0}0"));
    assert_eq!(single(r"'\101\7\777'"), s("A\x07\u{1ff}"));
    assert_eq!(single(r"'\x41\x4a'"), s("AJ"));
    assert_eq!(single(r"'\u00e9\u20AC'"), s("é€"));
    assert_eq!(single(r"'\U0001F600'"), s("😀"));
    // Unknown escapes keep the backslash.
    assert_eq!(single(r"'\d\w\/\é'"), s("\\d\\w\\/\\é"));
    // Backslash-newline continues the string.
    assert_eq!(single("'ab\\\ncd'"), s("abcd"));
    assert_eq!(single("'ab\\\r\ncd'"), s("abcd"));
    assert_eq!(single("'''a\\\nb'''"), s("ab"));
}

#[test]
fn named_escapes() {
    assert_eq!(single(r"'\N{BULLET}'"), s("•"));
    assert_eq!(single(r"'\N{bullet}'"), s("•"));
    assert_eq!(single(r"'\N{LATIN SMALL LETTER E WITH ACUTE}'"), s("é"));
    assert_eq!(single(r"'\N{LATIN CAPITAL LETTER Q}'"), s("Q"));
    assert_eq!(single(r"'\N{GREEK SMALL LETTER LAMDA}'"), s("λ"));
    assert_eq!(single(r"'\N{GREEK SMALL LETTER FINAL SIGMA}'"), s("ς"));
    assert_eq!(single(r"'\N{GREEK CAPITAL LETTER OMEGA}'"), s("Ω"));
    assert_eq!(single(r"'\N{DIGIT SEVEN}'"), s("7"));
    assert_eq!(single(r"'\N{EM DASH}\N{NO-BREAK SPACE}'"), s("—\u{a0}"));
    assert_eq!(single(r"'\N{LINE FEED}\N{TAB}\N{NUL}'"), s("\n\t\0"));
    assert_eq!(single(r"'\N{SNAKE}'"), s("🐍"));
    assert_eq!(single(r"'\N{CJK UNIFIED IDEOGRAPH-4E2D}'"), s("中"));
}

#[test]
fn line_endings_inside_strings_become_newlines() {
    assert_eq!(single("'''a\r\nb\rc'''"), s("a\nb\nc"));
    assert_eq!(single("r'''a\r\nb'''"), s("a\nb"));
    assert_eq!(single("b'''a\r\nb'''"), Token::Bytes(b"a\nb".to_vec()));
}

#[test]
fn raw_strings() {
    assert_eq!(single(r"r'\n\d'"), s("\\n\\d"));
    assert_eq!(single(r"R'\''"), s("\\'"));
    assert_eq!(single(r"r'\\'"), s("\\\\"));
    assert_eq!(single("r'a\\\nb'"), s("a\\\nb"));
    assert_eq!(single(r"r'\N{BULLET}'"), s("\\N{BULLET}"));
}

#[test]
fn bytes() {
    let b = |v: &[u8]| Token::Bytes(v.to_vec());
    assert_eq!(single("b'abc'"), b(b"abc"));
    assert_eq!(single("B\"\""), b(b""));
    assert_eq!(single(r"b'\x00\xff\n\t\\'"), b(b"\x00\xff\n\t\\"));
    assert_eq!(single(r"b'\101\777'"), b(b"A\xff"));
    // \u, \U and \N are not escapes in bytes.
    assert_eq!(single(r"b'\u1234\N{x}'"), b(b"\\u1234\\N{x}"));
    assert_eq!(single(r"br'\x41'"), b(b"\\x41"));
    assert_eq!(single(r"Rb'\x41'"), b(b"\\x41"));
    assert_eq!(single(r"bR'\''"), b(b"\\'"));
    assert_eq!(single("b'''a\\\nb'''"), b(b"ab"));
}

#[test]
fn prefixes_that_are_not_prefixes() {
    // `ur` and `bf` are not string prefixes: a name, then a string.
    assert_eq!(show("ur'x'"), "ur str:\"x\" NL");
    assert_eq!(show("bf'x'"), "bf str:\"x\" NL");
    assert_eq!(show("rb"), "rb NL");
}

#[test]
fn literal_spans() {
    let t = lex("x = rb'ab' + 0x_ff").unwrap();
    assert_eq!(t[2].0, 4);
    assert_eq!(t[2].2, 10);
    assert_eq!((t[4].0, t[4].2), (13, 18));
}
